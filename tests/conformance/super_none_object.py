# super(type, None) is an unbound super object, as super(type); so is
# super() in a method whose first argument is None.
s = super(ValueError, None)
print(s, s.__self__, s.__self_class__, s.__thisclass__)
print(super(int, None).__get__(3))
class A:
    def f(self):
        return super()
    def g(self):
        return 'A.g'
class B(A):
    def g(self):
        return super().g()
print(A.f(None))
try:
    print(B.g(None))
except Exception as e:
    print(type(e).__name__, e)
print(super(B, B()).g(), super(B, None).__get__(B()).g())
