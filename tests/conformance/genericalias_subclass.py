# types.GenericAlias subclasses (collections.abc's _CallableGenericAlias), pickling of
# aliases and of unpacked aliases, and the iterator that unpacks an alias.
import collections.abc as c, pickle, weakref, copy
a = c.Callable[[int], str]
print(type(a), repr(a), a.__args__, a.__origin__)
print(c.Callable[[], bool], c.Callable[..., int], c.Callable[[int, str], bool] == c.Callable[[int, str], bool])
print(pickle.loads(pickle.dumps(a)) == a, repr(pickle.loads(pickle.dumps(list[int]))))
print(a | None, int | a)
g = list[int]
print(pickle.loads(pickle.dumps(next(iter(tuple[int])))))
class G(type(list[int])):
    def __repr__(self): return 'G!'
print(repr(G(list, (int,))), type(G(list, int)).__name__, G(list, int) == list[int], G(list, int).__args__)
try: type(list[int])(list, int, x=1)
except TypeError as e: print(e)
try: type(list[int])(list)
except TypeError as e: print(e)
it = iter(tuple[int, str])
print(type(it).__name__, pickle.loads(pickle.dumps(it)).__next__(), next(it), list(it), list(pickle.loads(pickle.dumps(it))))
