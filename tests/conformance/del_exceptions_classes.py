# __del__ of instances of exception classes and of classes made by a
# metaclass that defines it: run after the last reference goes (at the
# next collection here) or at exit.
import gc

finalized = []

class E(Exception):
    def __del__(self):
        finalized.append(("E", self.args))

class Sub(E):
    pass

class Meta(type):
    def __del__(cls):
        print("Meta.__del__", cls.__name__)

def f():
    E("made")
    try:
        raise E("raised")
    except E:
        pass
    try:
        raise Sub("sub raised")
    except Exception as e:
        print("caught", e)
    Sub("sub made")

f()
gc.collect()
print(sorted(finalized))

kept = E("kept until exit")

class Kept(metaclass=Meta):
    def __del__(self):
        print("Kept instance __del__")

k = Kept()
print("end")
