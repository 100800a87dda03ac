# pydoc's text for builtin classes and functions: the class signature from
# __text_signature__, __new__ listed as a static method bound to its type.
import inspect
import pydoc

for obj in (list, dict, int, str, range, float, complex, bytes, set, frozenset, enumerate, memoryview, property,
            reversed, len, sorted, print, super, BaseException, Exception, ValueError, OSError, KeyError,
            StopIteration, SyntaxError, UnicodeDecodeError):
    print(pydoc.render_doc(obj, renderer=pydoc.plaintext))


class L(list):
    pass


class Plain:
    pass


for obj in (list, L, tuple, float, complex, object, Plain, enumerate, property, memoryview, reversed, dict, int, range):
    try:
        print(obj.__name__, inspect.signature(obj))
    except ValueError as e:
        print(obj.__name__, "ValueError", e)
print(repr(list.__text_signature__), repr(L.__text_signature__), repr(Plain.__text_signature__), repr(dict.__text_signature__))
for t in (list, int, object, dict, str):
    new = t.__dict__["__new__"]
    print(type(new).__name__, new.__self__ is t, new.__qualname__, new.__text_signature__, new.__doc__,
          repr(new).startswith("<built-in method __new__ of type object at 0x"))
print(object.__new__.__self__ is object, list.__new__ is list.__dict__["__new__"])
print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(list) if a.name in ("__new__", "append", "__class_getitem__", "__hash__", "__doc__")])
print(type.__doc__)
print(property.__doc__ == pydoc.getdoc(property), property(doc="d").__doc__)


class P(property):
    pass


print(P.__doc__, [(a.name, a.kind) for a in inspect.classify_class_attrs(type) if a.name in ("__text_signature__", "__base__", "__dict__", "__doc__")])
