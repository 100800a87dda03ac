# object.__getstate__ (new in 3.11): the __dict__ when it has items, paired with the set __slots__.
class A: pass
a=A(); print(repr(a.__getstate__())); a.x=1; s=a.__getstate__(); print(s, s is a.__dict__)
class S:
    __slots__=('p','q')
s=S(); print(s.__getstate__()); s.p=1; print(s.__getstate__())
class D(S): pass
d=D(); d.p=2; d.z=3; print(d.__getstate__())
for v in [1, 'a', [1], {}, None, (lambda:0), slice(1), range(2), ValueError(1), property(), enumerate([])]:
    try: print(type(v).__name__, repr(v.__getstate__()))
    except Exception as e: print(type(v).__name__, type(e).__name__, e)
e=ValueError(1); e.foo=2; print(e.__getstate__())
print(object.__getstate__(5))
import copy
class G:
    def __init__(self): self.v = [1]
g = copy.deepcopy(G()); print(g.v)
