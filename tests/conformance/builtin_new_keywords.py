# Builtin constructors refuse keyword arguments unless the subclass
# overrides the other half of construction (__init__ for __new__, and
# __new__ for list.__init__), which may take keywords of its own.
import collections
for base in (list, set, frozenset, tuple, dict, bytearray, bytes, str, int, float, complex, collections.deque, bool if False else object, range if False else list):
    class WithNew(base):
        def __new__(cls, *args, newarg=None, **kw):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self
    class WithInit(base):
        def __init__(self, *args, newarg=None):
            super().__init__(*args)
            self.newarg = newarg
    class Plain(base):
        pass
    out = [base.__name__]
    for cls in (WithNew, WithInit, Plain):
        try:
            v = cls([1, 2] if base not in (int, float, complex, str, bytes, object) else (), newarg=3) if base is not object else cls(newarg=3)
            out.append(type(v).__name__ + ":" + repr(getattr(v, "newarg", None)))
        except TypeError as e:
            out.append(str(e))
    print(out)
for base in (list, set, frozenset, tuple, dict, bytearray, collections.deque):
    try:
        base(sequence=())
    except TypeError as e:
        print(e)
for base, args in ((filter, (None, [1])), (map, (abs, [1])), (reversed, ((1, 2),)), (enumerate, ([1],)), (zip, ([1],)), (range, (3,)) if False else (bytearray, (b"ab",))):
    class WithNew(base):
        def __new__(cls, *a, newarg=None):
            self = super().__new__(cls, *a)
            self.newarg = newarg
            return self
    class WithInit(base):
        def __init__(self, *a, newarg=None):
            self.newarg = newarg
    class Plain(base):
        pass
    out = [base.__name__]
    for cls in (WithNew, WithInit, Plain):
        try:
            v = cls(*args, newarg=3)
            out.append(type(v).__name__ + ":" + repr(getattr(v, "newarg", None)))
        except TypeError as e:
            out.append(str(e))
    print(out)
    try:
        base(*args, x=1)
    except TypeError as e:
        print(e)
