# object.__new__ refuses a type whose instances have a builtin layout, also
# when a class names it as its own __new__.
class C(object):
    __new__ = list.__new__

class L(list):
    __new__ = object.__new__

class D(dict):
    __new__ = object.__new__

for f in (C, L, D, lambda: object.__new__(L), lambda: object.__new__(list),
          lambda: list.__new__(object), lambda: object.__new__(type(None))):
    try:
        r = f()
        print(type(r).__name__, r if type(r) is not C else '')
    except TypeError as e:
        print("TypeError:", e)
print(type(None)())
