# set methods whose iterable argument changes the set while it is iterated:
# intersection and intersection_update look each item up in the live set.
class _Mut:
    def __init__(self, r): self.r = r
    def _clear(self):
        c = getattr(self.r, 'clear', None)
        if c is not None: c()
    def __eq__(self, o): self._clear(); return False
    def __hash__(self): self._clear(); return 1
    def __index__(self): self._clear(); return 0
    def __len__(self): self._clear(); return 1
    def __iter__(self): self._clear(); return iter([1, 2])
    def __repr__(self): self._clear(); return '_Mut'
class _MutAdd:
    def __init__(self, r): self.r = r
    def __iter__(self):
        self.r.add(5)
        return iter([1, 5])
for M in (_Mut, _MutAdd):
    for name in ('intersection', 'intersection_update', 'difference', 'difference_update', 'union', 'update',
                 'symmetric_difference', 'symmetric_difference_update', 'isdisjoint', 'issubset', 'issuperset'):
        for extra in ((), ({1, 2, 3},), ([2, 3],)):
            r = {1, 2}
            try:
                v = getattr(r, name)(M(r), *extra)
                print(M.__name__, name, len(extra), 'OK', v, r)
            except Exception as e:
                print(M.__name__, name, len(extra), 'EXC', type(e).__name__, e, r)
            r = {1, 2}
            try:
                v = getattr(r, name)(*extra, M(r))
                print(M.__name__, name, len(extra), 'OK', v, r)
            except Exception as e:
                print(M.__name__, name, len(extra), 'EXC', type(e).__name__, e, r)
    for op in ('__and__', '__or__', '__sub__', '__xor__', '__iand__', '__ior__', '__isub__', '__ixor__', '__le__', '__eq__'):
        r = {1, 2}
        try:
            print(M.__name__, op, getattr(r, op)(M(r)), r)
        except Exception as e:
            print(M.__name__, op, 'EXC', type(e).__name__, e, r)
    r = {1, 2}
    fr = frozenset(r)
    print(fr.intersection(M(r)), fr.isdisjoint(M(r)), r)
