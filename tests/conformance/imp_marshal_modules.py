# The C parts of CPython's import system that importlib calls (_imp), and
# marshal's format for constants.
import _imp
import importlib
import marshal
import sys

# _imp: built-in modules, the import lock, frozen modules, source hashes.
for name in ["sys", "builtins", "_imp", "marshal", "posix", "_io", "_thread",
             "_weakref", "_warnings", "errno", "time", "no_such_module"]:
    print(name, _imp.is_builtin(name), name in sys.builtin_module_names)
print(_imp.lock_held())
_imp.acquire_lock()
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print(type(e).__name__, e)
print(_imp.is_frozen("no_such_module"), _imp.find_frozen("no_such_module"),
      _imp.init_frozen("no_such_module"))
for fn in [_imp.get_frozen_object, _imp.is_frozen_package]:
    try:
        fn("no_such_module")
    except ImportError as e:
        print(type(e).__name__, e, e.name)
print(_imp.source_hash(3495, b"print('hello')\n").hex(),
      _imp.source_hash(0, b"").hex(), _imp.source_hash(2**40 + 7, bytearray(b"x" * 100)).hex())
print(_imp.check_hash_based_pycs, type(_imp.extension_suffixes()).__name__)
code = compile("def f():\n    return 1\n", "old.py", "exec")
_imp._fix_co_filename(code, "new.py")
print(code.co_filename, [c.co_filename for c in code.co_consts if hasattr(c, "co_filename")])
print(_imp.create_builtin(sys.__spec__) is sys, _imp.exec_builtin(sys))

# marshal: values written by CPython load; values round-trip.
written = [
    b"\xe9\x01\x00\x00\x00",
    b"\xe9\xff\xff\xff\xff",
    b"l\x03\x00\x00\x00\x00\x00\x00\x00\x01\x00",
    b"l\xfd\xff\xff\xff\xff\x7f\xff\x7f\x03\x00",
    b"\xe7\x00\x00\x00\x00\x00\x00\xf8?",
    b"\xfa\x03abc",
    b"\xf5\x05\x00\x00\x00\xc3\xa9t\xc3\xa9",
    b"\xf3\x02\x00\x00\x00xy",
    b"\xa9\x03\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00r\x01\x00\x00\x00",
    b"\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00",
    b"\xfb\xda\x01a\xe9\x01\x00\x00\x00\xda\x01br\x02\x00\x00\x000",
    b"\xbc\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00",
    b">\x01\x00\x00\x00\xe9\x03\x00\x00\x00",
    b"N", b"T", b"F", b".", b"S",
    b"\xf9\x00\x00\x00\x00\x00\x00\xf0?\x00\x00\x00\x00\x00\x00\x00\xc0",
    b"\xe9\x01\x00\x00\x00trailing",
]
for data in written:
    v = marshal.loads(data)
    print(repr(v), type(v).__name__)
values = [0, 1, -1, 2**31 - 1, -2**31, 2**31, 2**100, -2**100 + 1, 0.0, -0.0, 1.5,
          float("inf"), 1e300, 3 + 4j, "", "ascii", "é" * 300, "\udc80", b"", b"\x00\xff",
          bytearray(b"ba"), (), (1, "a", (2.5,)), tuple(range(300)), [1, [2, [3]]],
          {"k": [1, 2], 3: None}, {1, 2, 3}, frozenset({"x"}), None, True, False,
          Ellipsis, StopIteration, ["shared", "shared"]]
for v in values:
    for version in (0, 1, 2, 3, 4):
        w = marshal.loads(marshal.dumps(v, version))
        if w != v and not (v is StopIteration and w is v):
            print("mismatch", repr(v), version, repr(w))
print(marshal.version, len(values))
x = [1]
x.append(x)
y = marshal.loads(marshal.dumps(x))
print(y[1] is y, y[0])
shared = [1]
t = marshal.loads(marshal.dumps((shared, shared)))
print(t[0] is t[1])
import io
f = io.BytesIO()
marshal.dump({"a": 1}, f)
marshal.dump("second", f, 2)
f.seek(0)
print(marshal.load(f), marshal.load(f))
for bad in [b"", b"\xe9\x01", b"?", b"l\x01\x00\x00\x00\xff\xff", b"r\x00\x00\x00\x00",
            b"\xf5\x01\x00\x00\x00\xff", b"\xf3\x05\x00\x00\x00ab", b"\xdb\xff\xff\xff\xff"]:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [object(), [object()], type("Sub", (int,), {})(5), {1: print}]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    marshal.loads("str")
except TypeError as e:
    print(type(e).__name__, e)
