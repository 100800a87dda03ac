# str's search methods with start past the end (CPython's ADJUST_INDICES
# does not clamp start): nothing is found, not even ''.
class S(str): pass
for obj in ['abc', S('abc'), '', 'é€x']:
    for args in [('', 4), ('', 3), ('', 2, 1), ('', -10), ('', 1, -1), ('', 10, 20), ('c', 2), ('x', -1), ('€', 1, 2), ('', 1, 0)]:
        out = []
        for m in ('find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex'):
            try:
                out.append(getattr(obj, m)(*args))
            except ValueError as e:
                out.append(str(e))
        print(repr(obj), args, out)
print('abc'.startswith(('x', ''), 4), 'abc'.endswith(('', 'c'), 2, 1), 'abc'.count('', 5), 'abc'.find('', 10**30))
try:
    'abc'.startswith(('a', 1), 5)
except TypeError as e:
    print(e)
