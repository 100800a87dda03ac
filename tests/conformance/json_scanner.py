import json, json.decoder, json.scanner
from collections import OrderedDict
print(json.scanner.make_scanner.__module__, json.decoder.scanstring.__module__)
docs = ['{"a": [1, 2.5, null, true, false, "x\\u00e9\\ud83d\\ude00"], "b": {"c": -1e3, "d": 0}}',
        '[]', '{}', ' [ 1 , 2 ] ', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"héllo"', '-0', '1E+2', '1.5e-3', '12345678901234567890',
        'NaN', '[Infinity, -Infinity]', '"\\ud800"', '"\\udc00\\ud800x"', '["é", {"é": "ü"}]']
for d in docs:
    print(repr(json.loads(d)))
bad = ['', '[', '[1,]', '{"a" 1}', '{"a": }', '{"a": 1,}', '{"a": 1 "b"}', '[1 2]', '"abc', '"a\x01b"', '"\\x"', '"\\u12"', '"\\u12zz"',
       '{1: 2}', '[1] x', 'nul', '-', '-a', '01', '1.', '1e', '["a\\', '{"a":1', '{', '{ ', '[1,', 'é', '["é', '{"é"', '{"é":', '[-]']
for b in bad:
    try:
        json.loads(b)
        print("ok?", repr(b))
    except json.JSONDecodeError as e:
        print(repr(b), e.msg, e.pos, str(e))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1.5}', parse_float=str, object_hook=lambda d: sorted(d)))
print(json.loads('[1, 2]', parse_int=lambda s: s + "!"))
print(json.loads('"a\x01b"', strict=False))
print(json.decoder.scanstring('"abc" x', 1), json.decoder.scanstring('a\\nb"', 0))
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print("RecursionError")
try:
    json.decoder.scanstring(b'x', 0)
except TypeError as e:
    print(e)
s = json.scanner.make_scanner(json.decoder.JSONDecoder())
print(s('[1]', 0), s.strict, s.parse_float)
try:
    s('[1]', 5)
except StopIteration as e:
    print("stop", e.value)
