# A text adventure command interpreter built on match.
from dataclasses import dataclass, field


@dataclass
class Room:
    name: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)


@dataclass
class Player:
    room: Room
    inventory: list = field(default_factory=list)
    score: int = 0


hall = Room("hall", items=["lamp"])
kitchen = Room("kitchen", items=["knife", "bread"])
garden = Room("garden")
hall.exits = {"north": kitchen, "east": garden}
kitchen.exits = {"south": hall}
garden.exits = {"west": hall}

player = Player(hall)
DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west"}


def handle(line):
    match line.split():
        case []:
            return "say something"
        case ["quit" | "exit"]:
            return "bye"
        case ["look"]:
            r = player.room
            return f"{r.name}: exits {sorted(r.exits)}, items {r.items}"
        case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
            return move(direction)
        case [("n" | "s" | "e" | "w") as short]:
            return move(DIRECTIONS[short])
        case ["take", *words] if words:
            name = " ".join(words)
            match player.room.items:
                case [*_] as items if name in items:
                    items.remove(name)
                    player.inventory.append(name)
                    player.score += 10
                    return f"taken {name}"
                case _:
                    return f"no {name} here"
        case ["drop", item] if item in player.inventory:
            player.inventory.remove(item)
            player.room.items.append(item)
            return f"dropped {item}"
        case ["drop", item]:
            return f"you have no {item}"
        case ["inventory" | "i"]:
            match player.inventory:
                case []:
                    return "empty-handed"
                case [only]:
                    return f"carrying {only}"
                case [*most, last]:
                    return f"carrying {', '.join(most)} and {last}"
        case ["score"]:
            return f"score {player.score}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


def move(direction):
    match player.room.exits:
        case {**exits} if direction not in exits:
            return f"no exit {direction}"
        case exits:
            player.room = exits[direction]
            return f"you go {direction} to the {player.room.name}"


script = ["", "look", "take lamp", "take lamp", "n", "look", "take bread", "take knife",
          "i", "drop knife", "drop spoon", "go south", "east", "look", "go up", "w", "score",
          "dance wildly", "inventory", "quit"]
for line in script:
    print(f"> {line}")
    print(handle(line))


# Events as dicts, dispatched by shape.
events = [
    {"type": "click", "pos": (3, 4), "button": "left"},
    {"type": "click", "pos": (0, 0)},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": "x", "mods": []},
    {"type": "resize", "size": {"w": 80, "h": 24}},
    {"type": "scroll", "delta": -3},
    {"kind": "unknown"},
    ["not", "a", "dict"],
]


def dispatch(event):
    match event:
        case {"type": "click", "pos": (x, y), "button": b}:
            return f"{b} click at {x},{y}"
        case {"type": "click", "pos": (0, 0) | [0, 0]}:
            return "click at origin with default button"
        case {"type": "key", "key": k, "mods": ["ctrl", *_]}:
            return f"ctrl+{k}"
        case {"type": "key", "key": k, "mods": []}:
            return f"plain {k}"
        case {"type": "resize", "size": {"w": int(w), "h": int(h)}} if w > 0 < h:
            return f"resize {w}x{h}"
        case {"type": t, **rest}:
            return f"unhandled {t} with {sorted(rest)}"
        case {}:
            return "event without a type"
        case other:
            return f"not an event: {type(other).__name__}"


for e in events:
    print(dispatch(e))
