step = [0]
class M(type):
    def mro(cls):
        print("mro", cls.__mro__)
        if step[0] < 1:
            step[0] += 1
            try:
                cls.__bases__ += ()
            except Exception as e: print("ERR", type(e), e)
            print("after", cls.__mro__)
        r = type.mro(cls)
        print("ret", r)
        return r
class A(metaclass=M): pass
print(A.__mro__)
class B: pass
class M(type):
    def mro(cls):
        del M.mro
        return (B,)
try:
    class A(metaclass=M): pass
    print("no error", A.__mro__)
except TypeError as e: print("TE", e)
class M2(type):
    def mro(cls):
        return (B,)
try:
    class A(metaclass=M2): pass
    print("no error", A.__mro__)
except TypeError as e: print("TE", e)
class M3(type):
    def mro(cls):
        if cls.__mro__ is None:
            try:
                super(cls, cls).xxx
            except AttributeError:
                print("AttributeError while the MRO is unset")
        return type.mro(cls)
class D(metaclass=M3): pass
print(D.__mro__, type.mro(D))
class M4(type):
    def mro(cls):
        return [cls, int, object] if cls.__name__ == "E" else type.mro(cls)
try:
    class E(metaclass=M4): pass
except TypeError as e:
    print("TypeError", e)
class M5(type):
    def mro(cls):
        return [cls, F0, object] if cls.__name__ == "F" else type.mro(cls)
class F0: pass
class F(metaclass=M5): pass
print(F.__mro__, type.mro(F))
