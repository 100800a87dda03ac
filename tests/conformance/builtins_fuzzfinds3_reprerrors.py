# repr of slices and generic aliases, and list.index's message, pass on what
# repr() or attribute lookups of their items raise.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Boom(Exception): pass
class GR:
    def __getattr__(self, name): raise Boom(name)
    def __getattribute__(self, name):
        if name.startswith('__') and name != '__class__': raise Boom(name)
class RW:
    def __repr__(self): return 5
class RR:
    def __repr__(self): return repr(self)
class Q:
    __qualname__ = 7
    __module__ = "m"
class Q2:
    pass
Q2.__module__ = None
class Q3:
    __qualname__ = "q3"
    __module__ = 9
t(lambda: repr(tuple[GR()]))
t(lambda: repr(slice(RW())))
t(lambda: repr(slice(1, RW())))
t(lambda: repr(list[0:RR()]))
t(lambda: repr(list[Q]))
t(lambda: repr(list[Q2]).split(" at ")[0])
t(lambda: repr(list[Q3]))
t(lambda: repr(dict[int, list[str]]))
t(lambda: [1].index(RW()))
t(lambda: [1].index(2))
t(lambda: repr(slice(1, 2, 3)))
