#!/usr/bin/env python3
"""Generate vm/argspec_gen.go: the argument signatures of builtin methods and
functions, read from CPython 3.11.

Run from the repository root (or through `go generate ./vm`):

    python3 tools/gensig.py > vm/argspec_gen.go

For every method of the builtin types and every function of the modules
pyjit implements in Go, the generator reads the calling convention CPython
uses (the METH_* flags of the method's PyMethodDef, read with ctypes; slot
wrappers are their own convention) and the parameters from
__text_signature__. The convention decides the form of the error messages;
the parameters decide the counts and keyword names. Callables without a
text signature whose convention does not fix the count (METH_NOARGS and
METH_O do) take their entry from HAND below, written from CPython's
behaviour.
"""
import _abc
import _bisect
import _blake2
import _codecs
import _collections
import _contextvars
import _csv
import _functools
import _heapq
import _io
import _json
import _md5
import _operator
import _sha1
import _sha256
import _sha3
import _sha512
import _signal
import _socket
import _string
import _struct
import _warnings
import _weakref
import atexit
import binascii
import builtins
import cmath
import ctypes
import fcntl
import gc
import grp
import itertools
import marshal
import math
import posix
import pwd
import pyexpat
import resource
import select
import sys
import termios
import time
import types
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11), "signatures must come from CPython 3.11"

METH_VARARGS, METH_KEYWORDS, METH_NOARGS, METH_O = 0x1, 0x2, 0x4, 0x8
METH_FASTCALL = 0x80

TYPES = [str, bytes, bytearray, list, tuple, dict, set, frozenset, int, bool,
         float, range, slice, memoryview, object, type, property, classmethod,
         staticmethod, super, enumerate, zip, map, filter, reversed,
         _io._IOBase, _io._RawIOBase, _io._BufferedIOBase, _io._TextIOBase, _io.StringIO, _io.BytesIO, _io.FileIO,
         _struct.Struct, type(_struct.iter_unpack("b", b"")), type(zlib.compressobj()), type(zlib.decompressobj()),
         _collections.deque, _collections.defaultdict, _collections._deque_iterator,
         _collections._deque_reverse_iterator, _collections._tuplegetter, unicodedata.UCD, _socket.socket,
         _csv.Dialect, _csv.Reader, _csv.Writer, pyexpat.XMLParserType]
HASH_TYPES = [type(_md5.md5()), type(_sha1.sha1()), type(_sha256.sha224()), type(_sha256.sha256()),
              type(_sha512.sha384()), type(_sha512.sha512()), _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384,
              _sha3.sha3_512, _sha3.shake_128, _sha3.shake_256, _blake2.blake2b, _blake2.blake2s]
TYPES += HASH_TYPES
# The types of itertools, named with their module (itertools.chain).
ITERTOOLS_TYPES = [t for _, t in sorted(vars(itertools).items()) if isinstance(t, type)]
TYPES += ITERTOOLS_TYPES
EXC = [t for t in vars(builtins).values()
       if isinstance(t, type) and issubclass(t, BaseException)]
MODULES = {"builtins": builtins, "math": math, "cmath": cmath, "time": time, "sys": sys, "gc": gc, "atexit": atexit,
           "_struct": _struct, "binascii": binascii, "zlib": zlib, "_collections": _collections, "posix": posix,
           "unicodedata": unicodedata, "_warnings": _warnings, "_socket": _socket, "_abc": _abc, "itertools": itertools,
           "_md5": _md5, "_sha1": _sha1, "_sha256": _sha256, "_sha512": _sha512,
           "_csv": _csv, "pyexpat": pyexpat, "termios": termios, "resource": resource, "pwd": pwd, "grp": grp,
           "fcntl": fcntl, "_codecs": _codecs,
           "_bisect": _bisect, "_contextvars": _contextvars, "_functools": _functools, "_heapq": _heapq,
           "_json": _json, "_operator": _operator, "_signal": _signal, "_string": _string,
           "_weakref": _weakref, "marshal": marshal, "select": select}

# Modules whose private functions are their interface (abc.py calls _abc's).
ALL_PRIVATE = {"_abc"}


def internal_types():
    """The other static types of module builtins: views, iterators,
    generators, descriptors, code and frames (dict_keys, list_iterator)."""
    out, seen = [], set(TYPES + EXC)

    def walk(t):
        for s in type.__subclasses__(t):
            if s in seen or s.__module__ != "builtins" or s.__flags__ & (1 << 9):  # Py_TPFLAGS_HEAPTYPE
                continue
            seen.add(s)
            out.append(s)
            walk(s)
    walk(object)
    for t in TYPES + EXC:
        walk(t)
    return sorted(out, key=lambda t: t.__name__)


INTERNAL = internal_types()

# Entries for callables whose text signature is missing and whose calling
# convention does not fix the argument count, written from CPython's
# behaviour. Each is (style, min, max) and optionally a dict of extras:
# varkw (keywords are passed on to the function, which checks them) and
# anon (PyArg_ParseTuple without a function name: "function takes ...").
# Entries of METH_VARARGS functions name the function without its type
# when they refuse keywords ("union() takes no keyword arguments").
# max -1 is unbounded. Styles as in vm/argspec.go; "any" leaves all
# checking to the function.
HAND = {
    # PyArg_UnpackStack / _PyArg_CheckPositional: "NAME expected ..."
    "builtins.getattr": ("pos", 2, 3),
    "builtins.sorted": ("pos", 1, 1, {"varkw": True}),
    "dict.update": ("pos", 0, 1, {"varkw": True}),
    "BaseExceptionGroup.split": ("pos", 1, 1, {"kwbare": True}),
    "BaseExceptionGroup.subgroup": ("pos", 1, 1, {"kwbare": True}),
    "BaseExceptionGroup.derive": ("varargs", 1, 1, {"anon": True}),
    "property.__set_name__": ("any", 0, -1),
    # Constructors whose tp_new parses the arguments (after the class), so
    # that subclasses get the same checks.
    "int.__new__": ("kw", 0, 2, {"names": ["x", "base"], "posonly": 1, "name": "int"}),
    "bytes.__new__": ("kw", 0, 3, {"names": ["source", "encoding", "errors"], "name": "bytes"}),
    "memoryview.__new__": ("kw", 1, 1, {"names": ["object"], "name": "memoryview"}),
    "slice.__new__": ("pos", 1, 3, {"name": "slice", "qual": "slice"}),
    # Constructors whose __init__ parses the arguments: checked for the
    # type itself only, since a subclass may define its own __init__.
    "bytearray.__new__": ("kw", 0, 3, {"names": ["source", "encoding", "errors"], "name": "bytearray", "exact": True}),
    "staticmethod.__new__": ("pos", 1, 1, {"name": "staticmethod", "qual": "staticmethod", "exact": True}),
    "classmethod.__new__": ("pos", 1, 1, {"name": "classmethod", "qual": "classmethod", "exact": True}),
    "super.__new__": ("pos", 0, 2, {"name": "super()", "qual": "super", "exact": True}),
    "set.difference": ("varargs", 0, -1),
    "set.difference_update": ("varargs", 0, -1),
    "set.intersection": ("varargs", 0, -1),
    "set.intersection_update": ("varargs", 0, -1),
    "set.union": ("varargs", 0, -1),
    "set.update": ("varargs", 0, -1),
    "frozenset.difference": ("varargs", 0, -1),
    "frozenset.intersection": ("varargs", 0, -1),
    "frozenset.union": ("varargs", 0, -1),
    "builtins.iter": ("pos", 1, 2),
    "builtins.next": ("pos", 1, 2),
    "builtins.min": ("pos", 1, -1, {"varkw": True}),
    "builtins.max": ("pos", 1, -1, {"varkw": True}),
    "builtins.vars": ("pos", 0, 1),
    "builtins.dir": ("pos", 0, 1),
    "math.log": ("varargs", 0, -1),
    "math.hypot": ("pos", 0, -1),
    "math.gcd": ("pos", 0, -1),
    "math.lcm": ("pos", 0, -1),
    "memoryview.__exit__": ("varargs", 0, -1),
    "object.__subclasshook__": ("varargs", 0, -1),
    "BaseException.with_traceback": ("o", 1, 1),
    "str.count": ("varargs", 1, 3),
    "str.find": ("varargs", 1, 3),
    "str.rfind": ("varargs", 1, 3),
    "str.index": ("varargs", 1, 3),
    "str.rindex": ("varargs", 1, 3),
    "str.startswith": ("varargs", 1, 3),
    "str.endswith": ("varargs", 1, 3),
    "bytes.count": ("varargs", 1, 3),
    "bytes.find": ("varargs", 1, 3),
    "bytes.rfind": ("varargs", 1, 3),
    "bytes.index": ("varargs", 1, 3),
    "bytes.rindex": ("varargs", 1, 3),
    "bytes.startswith": ("varargs", 1, 3),
    "bytes.endswith": ("varargs", 1, 3),
    "bytearray.count": ("varargs", 1, 3),
    "bytearray.find": ("varargs", 1, 3),
    "bytearray.rfind": ("varargs", 1, 3),
    "bytearray.index": ("varargs", 1, 3),
    "bytearray.rindex": ("varargs", 1, 3),
    "bytearray.startswith": ("varargs", 1, 3),
    "bytearray.endswith": ("varargs", 1, 3),
    # _socket parses most arguments with PyArg_ParseTuple, and a few with
    # PyArg_ParseTupleAndKeywords (whose messages are Argument Clinic's).
    "_socket.socket.listen": ("varargs", 0, 1),
    "_socket.socket.recv": ("varargs", 1, 2),
    "_socket.socket.recvfrom": ("varargs", 1, 2),
    "_socket.socket.send": ("varargs", 1, 2),
    "_socket.socket.sendall": ("varargs", 1, 2),
    # sendto and setsockopt count their arguments themselves ("sendto()
    # takes 2 or 3 arguments"; setsockopt tries three formats in turn).
    "_socket.socket.sendto": ("varargs", 0, -1),
    "_socket.socket.getsockopt": ("varargs", 2, 3),
    "_socket.socket.setsockopt": ("varargs", 0, -1),
    "_socket.socket.recv_into": ("kw", 1, 3, {"names": ["buffer", "nbytes", "flags"]}),
    "_socket.socket.recvfrom_into": ("kw", 1, 3, {"names": ["buffer", "nbytes", "flags"]}),
    "_socket.getaddrinfo": ("kw", 2, 6, {"names": ["host", "port", "family", "type", "proto", "flags"]}),
    "_socket.getnameinfo": ("varargs", 2, 2),
    "_socket.gethostbyname": ("varargs", 1, 1),
    "_socket.gethostbyname_ex": ("varargs", 1, 1),
    "_socket.gethostbyaddr": ("varargs", 1, 1),
    "_socket.getprotobyname": ("varargs", 1, 1),
    "_socket.getservbyname": ("varargs", 1, 2),
    "_socket.getservbyport": ("varargs", 1, 2),
    "_socket.socketpair": ("varargs", 0, 3),
    "_socket.htons": ("varargs", 1, 1),
    "_socket.ntohs": ("varargs", 1, 1),
    "_socket.inet_aton": ("varargs", 1, 1),
    "_socket.inet_ntoa": ("varargs", 1, 1),
    "_socket.inet_pton": ("varargs", 2, 2),
    "_socket.inet_ntop": ("varargs", 2, 2),
    "_socket.if_nametoindex": ("varargs", 1, 1),
    "_socket.CMSG_LEN": ("varargs", 1, 1),
    "_socket.CMSG_SPACE": ("varargs", 1, 1),
}
# The constructors of _sha3's and _blake2's types parse their arguments in
# tp_new; every _sha3 type names itself sha3_224 in its messages, as
# CPython 3.11's do.
for _t in (_sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _sha3.shake_128, _sha3.shake_256):
    HAND[_t.__name__ + ".__new__"] = ("kw", 0, 1, {"names": ["data", "usedforsecurity"], "posonly": 1,
                                                   "kwonly": 1, "name": "sha3_224"})
for _t in (_blake2.blake2b, _blake2.blake2s):
    HAND[_t.__name__ + ".__new__"] = ("kw", 0, 1, {"names": [
        "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
        "node_depth", "inner_size", "last_node", "usedforsecurity"], "posonly": 1, "kwonly": 1, "name": _t.__name__})


def ml_flags(obj):
    """The METH_* flags of a builtin method or function, or None."""
    kind = type(obj).__name__
    addr = id(obj)
    if kind in ("method_descriptor", "classmethod_descriptor"):
        # PyDescr_COMMON: ob_refcnt, ob_type, d_type, d_name, d_qualname.
        ml = ctypes.c_void_p.from_address(addr + 40).value
    elif kind == "builtin_function_or_method":
        ml = ctypes.c_void_p.from_address(addr + 16).value
    else:
        return None
    return ctypes.c_int.from_address(ml + 16).value


def split_params(text):
    """Parameter strings of a text signature such as '($self, a, /, b=1)'."""
    body = text.strip()[1:-1]
    out, depth, cur, quote = [], 0, "", None
    for ch in body:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
            continue
        cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def parse_sig(text):
    """(min, max, names, posonly, kwonly_from, varargs, varkw) from a text signature."""
    params = split_params(text)
    if params and params[0].startswith("$"):
        params = params[1:]
    names, posonly, mn, kwonly_from = [], 0, 0, None
    varargs = varkw = False
    for p in params:
        if p == "/":
            posonly = len(names)
            continue
        if p == "*":
            kwonly_from = len(names)
            continue
        if p.startswith("**"):
            varkw = True
            continue
        if p.startswith("*"):
            varargs = True
            kwonly_from = len(names)
            continue
        name = p.split("=")[0].strip()
        if "=" not in p and kwonly_from is None:
            mn = len(names) + 1
        names.append(name)
    if kwonly_from is None:
        kwonly_from = len(names)
    mx = -1 if varargs else kwonly_from
    return mn, mx, names, posonly, kwonly_from, varargs, varkw


def unpack_style(owner, name, mx):
    """Whether the slot wrapper owner.name reports a bad count as
    PyArg_UnpackTuple with an empty name does (" expected 1 argument, got 0",
    with the leading space) rather than as check_num_args. Found by calling
    it with one argument too many."""
    samples = {memoryview: lambda: memoryview(b"x"), range: lambda: range(1), slice: lambda: slice(1),
               map: lambda: map(len, []), filter: lambda: filter(None, []), reversed: lambda: reversed([]),
               enumerate: lambda: enumerate([]),
               types.MemberDescriptorType: lambda: type.__dict__["__basicsize__"],
               types.GetSetDescriptorType: lambda: type.__dict__["__doc__"]}
    try:
        inst = samples[owner]() if owner in samples else owner()
    except Exception:
        try:
            inst = owner.__new__(owner)
        except Exception:
            return False
    try:
        getattr(inst, name)(*[None] * (mx + 1))
    except TypeError as e:
        return str(e).startswith(" expected")
    except Exception:
        pass
    return False


def entry(key, obj, wrapper=False, owner=None):
    name = key.split(".")[-1]
    text = getattr(obj, "__text_signature__", None)
    if key in HAND:
        h = HAND[key]
        style, mn, mx = h[:3]
        extra = h[3] if len(h) > 3 else {}
        names = extra.get("names", [])
        return dict(style=style, min=mn, max=mx, names=names, posonly=extra.get("posonly", 0),
                    kwonly=extra.get("kwonly", len(names)), varkw=extra.get("varkw", False), anon=extra.get("anon", False),
                    kwbare=extra.get("kwbare", style == "varargs"), name=extra.get("name", name),
                    qual=extra.get("qual"), exact=extra.get("exact", False), src="hand")
    if wrapper:
        if not text:
            return None
        mn, mx, names, posonly, kwonly_from, varargs, varkw = parse_sig(text)
        if varkw:  # __init__, __new__, __call__: the slot parses its arguments
            return dict(style="any", min=0, max=-1, names=[], posonly=0, kwonly=0, varkw=True,
                        slot=True, name=name, src="sig")
        return dict(style="wrapper", min=mn, max=mx, names=[], posonly=0, kwonly=0,
                    varkw=False, slot=True, anon=unpack_style(owner, name, mx), name=name, src="sig")
    flags = ml_flags(obj)
    if flags is None:
        return None
    if flags & METH_NOARGS:
        return dict(style="noargs", min=0, max=0, names=[], posonly=0, kwonly=0, varkw=False,
                    name=name, src="sig" if text else "flags")
    if flags & METH_O:
        return dict(style="o", min=1, max=1, names=[], posonly=0, kwonly=0, varkw=False,
                    name=name, src="sig" if text else "flags")
    if not text:
        return None
    mn, mx, names, posonly, kwonly_from, varargs, varkw = parse_sig(text)
    if flags & METH_KEYWORDS:
        if varargs or varkw:
            return None  # the function parses its own *args/**kwargs
        style = "kw"
    elif flags & METH_FASTCALL:
        style = "pos"
    else:
        style = "varargs"
    if style in ("pos", "varargs"):
        names = []
        posonly = kwonly_from = 0
    return dict(style=style, min=mn, max=mx, names=names, posonly=posonly, kwonly=kwonly_from,
                varkw=varkw, kwbare=not flags & METH_FASTCALL, name=name, src="sig")


# Types of C modules that pyjit names as CPython's tp_name does, with their
# module (collections.deque); their entries are keyed by that name.
MODULE_NAMED = {_collections.deque, _collections.defaultdict, _collections._deque_iterator,
                _collections._deque_reverse_iterator, _collections._tuplegetter, _socket.socket,
                *ITERTOOLS_TYPES}


def key_of(t, name):
    if t in MODULE_NAMED:
        return t.__module__ + "." + t.__name__ + "." + name
    return t.__name__ + "." + name


def collect():
    out = {}
    for t in TYPES + EXC + INTERNAL:
        for name, d in t.__dict__.items():
            if name == "__init__" or name == "__new__" and key_of(t, name) not in HAND:
                continue
            kind = type(d).__name__
            key = key_of(t, name)
            if kind == "wrapper_descriptor":
                e = entry(key, d, wrapper=True, owner=t)
            elif kind in ("method_descriptor", "classmethod_descriptor"):
                e = entry(key, d)
            elif kind == "staticmethod":
                e = entry(key, d.__func__)
            elif kind == "builtin_function_or_method":
                e = entry(key, d)
            else:
                continue
            if e:
                e["qual"] = e.get("qual") or t.__name__ + "." + name
                out[key] = e
    for mname, mod in MODULES.items():
        for name, f in vars(mod).items():
            private = name.startswith("_") and name != "__import__" and mname not in ALL_PRIVATE
            if type(f).__name__ != "builtin_function_or_method" or private:
                continue
            key = mname + "." + name
            e = entry(key, f)
            if e:
                e["qual"] = name if mname == "builtins" else key
                out[key] = e
    for key in HAND:
        if key not in out:
            raise SystemExit("hand-written entry for unknown callable " + key)
    return out


STYLES = {"noargs": "styleNoArgs", "o": "styleO", "pos": "stylePos", "varargs": "styleVarargs",
          "kw": "styleKw", "wrapper": "styleWrapper", "any": "styleAny"}


def go_strings(xs):
    return "[]string{" + ", ".join('"%s"' % x for x in xs) + "}" if xs else "nil"


def main():
    out = collect()
    counts = {}
    for e in out.values():
        counts[e["src"]] = counts.get(e["src"], 0) + 1
    print("// Code generated by tools/gensig.py from CPython %d.%d.%d; DO NOT EDIT." % sys.version_info[:3])
    print()
    print("package vm")
    print()
    print("// %d signatures: %d from __text_signature__, %d from the calling convention alone," %
          (len(out), counts.get("sig", 0), counts.get("flags", 0)))
    print("// %d written by hand in the generator." % counts.get("hand", 0))
    print("//")
    print("// Sorted by key, so that lookupArgSpec finds a key by binary search: the")
    print("// table is static data, built by the linker rather than at start-up.")
    print("var argSpecTable = [...]argSpecEntry{")
    for key in sorted(out):
        e = out[key]
        print('\t{"%s", argSpec{style: %s, min: %d, max: %d, names: %s, posOnly: %d, kwOnly: %d, varKw: %s, anon: %s, kwBare: %s, slot: %s, exact: %s, name: "%s", qual: "%s", maxPos: %d}},%s' % (
            key, STYLES[e["style"]], e["min"], e["max"], go_strings(e["names"]), e["posonly"], e["kwonly"],
            "true" if e["varkw"] else "false", "true" if e.get("anon") else "false",
            "true" if e.get("kwbare") else "false", "true" if e.get("slot") else "false",
            "true" if e.get("exact") else "false", e["name"], e["qual"], e["max"] if e["max"] >= 0 else 1 << 30, " // hand-written" if e["src"] == "hand" else ""))
    print("}")


if __name__ == "__main__":
    main()
