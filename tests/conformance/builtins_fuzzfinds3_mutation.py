# Containers changed by their items' methods while an operation runs:
# repr of a list reads its length again for every item; a set's
# symmetric_difference collects the other operand first.


class Mut:
    def __init__(self, r):
        self.r = r

    def _clear(self):
        c = getattr(self.r, 'clear', None)
        if c is not None:
            c()

    def __hash__(self):
        self._clear()
        return 1

    def __eq__(self, o):
        self._clear()
        return False

    def __iter__(self):
        self._clear()
        return iter([1, 2])

    def __repr__(self):
        self._clear()
        return 'Mut'


l = [1, 2, 3]
l += (Mut(l), 1)
print(repr(l), l)
l = [Mut(None), 5]
l[0].r = l
print(repr(l), l)
s = {'a'}
print(sorted(s.symmetric_difference(Mut(s))), s)
a = {1, 2, 3}
b = frozenset({3, 4})
print(sorted(a.symmetric_difference(b)), type(a.symmetric_difference(b)).__name__,
      type(b.symmetric_difference(a)).__name__, sorted(b.symmetric_difference([1, 5])), a.symmetric_difference(a))
