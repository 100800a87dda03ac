import json
data = {"name": "pyjit", "n": [1, 2.5, 1e20, -0.0, True, None], "nested": {"a": "é\n\"x\""}, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("😀"), json.dumps(float("nan")))
s = json.dumps(data)
print(json.loads(s))
print(json.loads('{"a": [1, 2.0, -3e2, "x\\u00e9"], "b": null, "c": true}'))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e)
try:
    json.dumps({object(): 1})
except TypeError as e:
    print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
from typing import List, Optional, Dict
print(List[int], Optional[str], Dict[str, int])
