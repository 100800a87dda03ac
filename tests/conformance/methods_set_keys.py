s = {frozenset(), frozenset({1}), 2}
print(set() in s, {1} in s, {3} in s, s.__contains__(set()), frozenset() in s)
s.discard({1}); print(sorted(map(repr, s)))
s.remove(set()); print(sorted(map(repr, s)))
try: s.remove({5})
except KeyError as e: print('KeyError', e)
try: s.difference_update([set()])
except TypeError as e: print(e)
try: [] in s
except TypeError as e: print(e)
class S(set): pass
print(S() in {frozenset()})
print({}.pop([], 'd'), {}.pop({}, None))
try: {}.pop([])
except KeyError as e: print('KeyError', e)
try: {1: 2}.pop([])
except TypeError as e: print(e)
