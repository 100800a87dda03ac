# Literal, singleton, capture, wildcard and value patterns.
import enum


def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 123456789012345678901234567890:
            return "big"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes"
        case "con" "cat":
            return "concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"


for v in [0, 0.0, -1, -1.0, 1.5, -2.5, 123456789012345678901234567890, "hello", b"bytes",
          bytearray(b"bytes"), "concat", None, True, False, 1, 1.0, "", [], object]:
    print(repr(v), "->", lit(v))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Consts:
    ANSWER = 42
    class Inner:
        NAME = "inner"


def val(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Consts.ANSWER:
            return "answer"
        case Consts.Inner.NAME:
            return "inner name"
        case other:
            return f"captured {other!r}"


for v in [Color.RED, Color.GREEN, 42, 42.0, "inner", 1, "x"]:
    print(repr(v), "->", val(v))


# Equality is used for literals, identity for None/True/False.
class Eq:
    def __init__(self, result):
        self.result = result
        self.calls = 0

    def __eq__(self, other):
        self.calls += 1
        print("  __eq__ called with", repr(other))
        return self.result


for r in [True, False, 1, 0, "", "x"]:
    e = Eq(r)
    match e:
        case 5:
            print("matched 5 with", repr(r))
        case True:
            print("matched True?!")
        case None:
            print("matched None?!")
        case _:
            print("no match with", repr(r), "calls", e.calls)

# The capture binds even when a later guard fails; the wildcard binds nothing.
match 7:
    case n if n > 100:
        print("big")
    case _:
        print("n is", n)

try:
    del _
except NameError as e:
    print("NameError", e)

# A subject is evaluated once.
def subject():
    print("evaluating subject")
    return 3

match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case 3:
        print("three")

# Tuple subjects without parentheses, starred too.
rest = [3, 4]
match 1, 2, *rest:
    case (1, 2, 3, 4):
        print("tuple subject", (1, 2, 3, 4))

match 1,:
    case (x,):
        print("one-tuple subject", x)

# No case matches: nothing happens, the names stay unbound.
match 99:
    case 1:
        unbound_name = 1
print("unbound" if "unbound_name" not in globals() else "bound")

# A match inside loops: break and continue from a case body.
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            print("loop", i)

# Walrus in a guard, nested match.
match [1, [2, 3]]:
    case [a, inner] if (total := a + len(inner)) > 2:
        match inner:
            case [b, c]:
                print("nested", a, b, c, total)
