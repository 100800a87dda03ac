# json.dumps of nested data, with and without formatting options.
import json

EMPTY = ({}, 2000)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo', 'key5': 'string'}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0], 'key5': SIMPLE[0], 'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)
FLOATS = ([i / 7 for i in range(200)] + [1e20, -0.0, 1.5e-8], 50)

cases = ['EMPTY', 'SIMPLE', 'NESTED', 'HUGE', 'FLOATS']
total = 0
for name in cases:
    obj, count = globals()[name]
    for _ in range(count):
        s = json.dumps(obj)
        total += len(s)
    total += len(json.dumps(obj, indent=2, sort_keys=True))
print(total, json.dumps(NESTED_DATA)[:60], json.dumps(FLOATS[0][-3:]))
