# The encoder reuses its working memory from one call to the next: a call
# made from inside another (through default), an error half-way through,
# a dict changed while it is being written, large and small outputs in
# turn all give what they give on a fresh encoder.
import json


class Inner:
    def __init__(self, v):
        self.v = v


def default(o):
    if isinstance(o, Inner):
        # A call of the encoder from inside one.
        return json.loads(json.dumps({"inner": o.v, "list": [o.v, {"k": o.v}]}, sort_keys=True))
    raise TypeError(f"no {type(o).__name__}")


print(json.dumps({"a": Inner(1), "b": [Inner(2), {"c": Inner(3)}]}, default=default))

# An error half-way through, then calls that must not see its text.
try:
    json.dumps({"x": [1, 2, {"y": object()}], "z": "after"})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"short": 1}))
print(json.dumps([]), json.dumps({}), json.dumps("s"))

# default changes the dict being written: the encoder writes the items it
# took at the start, as CPython's does.
d = {"first": 1, "obj": Inner(0), "last": 3}


def mutating(o):
    d.clear()
    d["new"] = 99
    return "replaced"


print(json.dumps(d, default=mutating), d)

# Keys of several kinds, sorted and not.
mixed = {2: "two", 1.5: "x", True: "t", None: "n", "s": "str"}
print(json.dumps(mixed))
try:
    print(json.dumps(mixed, sort_keys=True))
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True))

# Large output (beyond what is kept between calls), then small.
big = [{"key%d" % i: "v" * 50, "n": i} for i in range(3000)]
s = json.dumps(big)
print(len(s), s[:60], s[-40:])
print(json.dumps({"small": [1, 2, 3]}))

# Deep nesting: an item list for each level.
deep = x = {}
for i in range(60):
    x["k"] = {"i": i, "pad": [i, i + 1]}
    x = x["k"]
out = json.dumps(deep)
print(len(out), out[:50], out == json.dumps(json.loads(out)))

# Circular references are still found.
c = {"a": 1}
c["self"] = c
try:
    json.dumps(c)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({"after": "circular"}))
