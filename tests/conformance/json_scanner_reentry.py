# The scanner gathers the items of the containers it decodes on a stack
# kept between calls; hooks that decode other documents in the middle of
# an object or array, errors half way through, and keys that repeat must
# all see their own items.
import json

def float_hook(text):
    # Decodes a whole other document while the outer object is half built.
    inner = json.loads('{"x": [1, 2, {"y": 3}], "z": "w"}')
    return (float(text), inner)

def object_hook(d):
    if "nested" in d:
        d["nested_again"] = json.loads('[{"k": 1}, {"k": 2}]')
    return d

doc = '{"a": 1, "b": [1.5, 2, {"c": 2.5, "d": [3.5]}], "e": "f", "nested": true}'
print(json.loads(doc, parse_float=float_hook, object_hook=object_hook))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))

# A failing decode leaves nothing behind for the next one.
for bad in ['{"a": [1, 2, {"b": }]}', '[1, [2, [3, ', '{"a" 1}', '{"a": 1,}', '[1, 2,]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e)
print(json.loads('[{"a": 1}, {"a": 2}, [], {}, [[]], [{}]]'))

# Equal keys in one document are one object; in another document not.
rows = json.loads('[{"key": 1, "other": 2}, {"key": 3, "other": 4}, {"k\\u0065y": 5}]')
k0, k1, k2 = (next(iter(r)) for r in rows)
print(k0 is k1, k0 is k2, k0 == k2)
again = json.loads('{"key": 0}')
print(next(iter(again)) is k0)

# Repeated keys: the last value wins, at the first key's position.
print(json.loads('{"a": 1, "b": 2, "a": 3}'))

# Non-ASCII documents and keys.
print(json.loads('{"clé": ["été", {"ñ": "\\u00f1"}], "ok": 1}'))

# Large containers and deep nesting.
big = json.loads("[" + ",".join(str(i) for i in range(5000)) + "]")
print(len(big), big[:3], big[-1])
obj = json.loads("{" + ",".join(f'"k{i}": {i}' for i in range(2000)) + "}")
print(len(obj), obj["k0"], obj["k1999"])
deep = json.loads("[" * 200 + "]" * 200)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print(depth)

# The decoder object used from many places at once.
dec = json.JSONDecoder(object_hook=lambda d: dec.decode('{"in": 1}') if "out" in d else d)
print(dec.decode('[{"out": 1}, {"x": {"out": 2}}]'))
