# __doc__ of builtin callables and objects: slot wrappers have CPython's
# texts; nothing inherits object's docstring.
class S:
    __slots__ = ('a',)
objs = {"int.__add__": int.__add__, "(1).__add__": (1).__add__, "S.a": S.a,
        "iter([]).__next__": iter([]).__next__, "object.__init__": object.__init__, "list.__len__": list.__len__,
        "property()": property(), "super": super(int, 1),
        "(x for x in ())": (x for x in ()), "Ellipsis": Ellipsis, "None": None, "NotImplemented": NotImplemented, "cell": (lambda: objs).__closure__}
for k, v in objs.items():
    d = getattr(v, '__doc__', 'MISSING')
    print(k, type(v).__name__, None if d is None else (d[:40] if isinstance(d, str) else type(d)))
for name in ("__init__", "__repr__", "__hash__", "__eq__", "__lt__", "__call__", "__getattribute__", "__iter__", "__len__", "__getitem__", "__radd__", "__neg__", "__bool__", "__set__", "__get__", "__delete__"):
    for t in (object, int, list, dict, type, property, str):
        w = t.__dict__.get(name)
        if type(w).__name__ == "wrapper_descriptor":
            print(t.__name__, name, repr(w.__doc__))
            break
