# A binary operator tries the reflected method of a subclass of the left
# operand's type first when the subclass overrides it, builtin left operands
# (str % x, bytes % x) included; and str() keeps a str subclass that
# __str__ returns; ''.join of one str is that str.
class S(str):
    def __rmod__(self, other): return 'S.__rmod__'
    def __radd__(self, other): return 'S.__radd__'
class B(bytes):
    def __rmod__(self, other): return 'B.__rmod__'
class I(int):
    def __radd__(self, other): return 'I.__radd__'
    def __rsub__(self, other): return NotImplemented
class L(list):
    def __radd__(self, other): return 'L.__radd__'
class T(tuple):
    def __rmul__(self, other): return 'T.__rmul__'
class F(float):
    def __rtruediv__(self, other): return 'F.__rtruediv__'
class Plain:
    def __rmod__(self, other): return 'Plain.__rmod__'
print('lhs %% %r' % S('rhs'), 'x' + S('y'), b'%s' % B(b'z'), 1 + I(2), 5 - I(2), [1] + L([2]), 3 * T((1,)), 1 / F(2.0))
try:
    print('x' % Plain())
except TypeError as e:
    print('TypeError', e)
print('%s' % S('x'), type('%s' % S('x')).__name__)
for _ in range(3):
    print('lhs %% %r' % S('rhs'), 1 + I(2))
class StrSubclass(str): pass
class StrSubclassToStrSubclass(str):
    def __new__(cls, content=""):
        return str.__new__(cls, 2*content)
    def __str__(self):
        return self
s = str(StrSubclassToStrSubclass("foo"))
print(s, type(s).__name__)
s = StrSubclass(StrSubclassToStrSubclass("foo"))
print(s, type(s).__name__)
print(type(str(StrSubclass("x"))).__name__, type(str(1)).__name__)
class R:
    def __str__(self): return StrSubclass("r")
print(type(str(R())).__name__, f"{R()}")
class Bad:
    def __str__(self): return 1
try: str(Bad())
except TypeError as e: print(e)
print(str(ValueError("x")), str(None))
s = 'abcd'
print(''.join([s]) is s, ''.join((s,)) is s, type(''.join([S('x')])).__name__)
