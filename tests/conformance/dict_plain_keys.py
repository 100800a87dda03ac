# Lookups and stores of int, str and class keys, alone and next to keys of
# the same hash that are equal (1.0, True, a str subclass) or compare by
# a Python __eq__.
d = {}
d[1] = 'a'; d[1.0] = 'b'; d[True] = 'c'
print(d, d.get(1), d.get(1.0), d.get(True), d[1])
class S(str):
    pass
d = {'x': 1}
print(d.get(S('x')), S('x') in d)
d[S('y')] = 2
print(d.get('y'), type(list(d)[1]).__name__)
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): print('eq', o); return o == 5
d = {H(5): 'h'}
print(d.get(5), d.get(6))
d[5] = 'five'
print(len(d), d.get(5))
d = {}
for i in range(100):
    d[i * 16] = i
    d[str(i)] = i
print(len(d), d[32], d['7'], d.get(-1), d.get(2**62), d.get(-2))
d[-1] = 'm1'; d[-2] = 'm2'
print(d[-1], d[-2])
del d[0]; del d['0']
d[0] = 'z'
print(len(d), d[0], list(d)[-1])
big = 2**61 - 1
d = {big: 'b', 2**61: 'c', -(2**61-1): 'd'}
print(d[big], d[2**61], d[-(2**61-1)], d.get(0))
import sys
print({sys.intern('ab' + 'c'): 1}.get('abc'))
class M(type):
    pass
class A(metaclass=M): pass
class B: pass
d = {int: 1, str: 2, A: 3, B: 4, type(None): 5}
print(d.get(int), d.get(A), d[B], d.get(float), d.get(type(None)), A in d, float in d)
d[A] = 33; d[float] = 6
print(len(d), d[A], d[float])
# A miss in a dict whose slots the lookup must probe past deleted entries.
d = {i: i for i in range(20)}
for i in range(0, 20, 2):
    del d[i]
print(d.get(4), d.get(5), len(d))
d[4] = 'again'
print(list(d)[-1], d[4])
class E:
    def __hash__(self): return hash(int)
    def __eq__(self, o): print('E.eq', o is int); return o is int
d = {E(): 'e'}
print(d.get(int), int in d)
d[int] = 'int'
print(len(d), d[int])
