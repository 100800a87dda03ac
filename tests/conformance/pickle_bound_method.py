# Bound methods pickle and copy as getattr(self, name), as in CPython.
import copy
import pickle


class A:
    def f(self):
        return "f", self.tag

    @classmethod
    def c(cls):
        return "c", cls.__name__

    def __init__(self):
        self.tag = 7


a = A()
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(a.f, proto))(), pickle.loads(pickle.dumps(A.c, proto))())
fn, args = a.f.__reduce__()
print(fn is getattr, args[0] is a, args[1])
print(copy.copy(a.f)(), copy.deepcopy(a.f)())
try:
    a.f.__reduce__(1)
except TypeError as e:
    print(e)
