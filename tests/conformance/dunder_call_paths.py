# Special methods called by operators and protocol functions, in the forms
# a function can take: plain, with defaults, with cells, generators,
# *args, and recursion through them.
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o.v)
    def __neg__(self): return Plain(-self.v)
    def __getitem__(self, k): return (self.v, k)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'Plain(%r)' % self.v
print(Plain(1) + Plain(2), -Plain(3), Plain(4)[5], Plain(1) < Plain(2), sorted([Plain(3), Plain(1)]))

class Defaults:
    def __add__(self, o, extra=10): return ('defaults', extra)
    def __sub__(self, *rest): return ('star', len(rest))
    def __mul__(self, o, /): return 'posonly'
    def __getitem__(self, k, *, kw=1): return ('kwonly', k, kw)
print(Defaults() + 1, Defaults() - 1, Defaults() * 2, Defaults()[3])

class Cells:
    def __add__(self, o):
        def inner():
            return (self.__class__.__name__, o)
        return inner()
    def __getitem__(self, k):
        return [lambda: k * i for i in range(3)][2]()
print(Cells() + 5, Cells()[7])

class Gen:
    def __iter__(self):
        yield 1
        yield 2
    def __getitem__(self, k):
        yield k
print(list(Gen()), list(Gen()[9]))

class NotImpl:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'radd'
class Other:
    def __radd__(self, o): return 'other radd'
print(NotImpl() + Other(), 1 + NotImpl())
try:
    NotImpl() + NotImpl()
except TypeError as e:
    print('TypeError', e)

class Deep:
    def __add__(self, o): return self + o
try:
    Deep() + 1
except RecursionError as e:
    print('RecursionError', e)

class Raises:
    def __add__(self, o): raise ValueError('from __add__')
try:
    Raises() + 1
except ValueError as e:
    print('ValueError', e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

class WithIndex:
    def __index__(self): return 2
print('ab' * WithIndex(), [0] * WithIndex(), WithIndex() * 'cd')
