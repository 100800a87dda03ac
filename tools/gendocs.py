#!/usr/bin/env python3
"""Generate vm/builtindocs_gen.go: the docstrings of the builtin functions,
the most used builtin types and their methods and attributes, read from
CPython 3.11.

Run from the repository root:

    python3 tools/gendocs.py | gofmt > vm/builtindocs_gen.go

The table maps "builtins.len" to len.__doc__, "int" to int.__doc__ and
"str.join" to str.join.__doc__; pyjit's builtins without a docstring of
their own answer __doc__ from it. A second table holds the functions' and
methods' __text_signature__ ("($module, obj, /)"), for inspect.signature.
"""
import builtins
import _io
import itertools
import sys
import types

assert sys.version_info[:2] == (3, 11), "docstrings must come from CPython 3.11"

TYPES = [object, type, int, bool, float, complex, str, bytes, bytearray, list,
         tuple, dict, set, frozenset, range, slice, memoryview, enumerate, zip,
         map, filter, reversed, property, classmethod, staticmethod, super,
         types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType]
# The exception classes of builtins, BaseException first.
TYPES += sorted((t for name, t in vars(builtins).items()
                 if isinstance(t, type) and issubclass(t, BaseException) and t.__name__ == name),
                key=lambda t: (len(t.__mro__), t.__name__))

# The modules written in Go whose docstrings come from here: the module
# ("itertools"), its functions ("itertools.tee") and its types, named
# with their module ("itertools.chain"), with their methods.
MODULES = [itertools, _io]


def modname(m):
    """The name m's types give as their __module__ (_io calls itself io)."""
    return "_io" if m is _io else m.__name__

METHOD_KINDS = (type(vars(str)["join"]), type(vars(dict)["fromkeys"]), type(vars(int)["real"]),
                type(vars(str)["maketrans"]), type(vars(complex)["real"]))


def types():
    """The documented types and the names they are keyed by."""
    for t in TYPES:
        yield t.__name__, t
    for m in MODULES:
        for name, value in sorted(vars(m).items()):
            if isinstance(value, type) and value.__module__ == modname(m):
                yield modname(m) + "." + name, value


def objects():
    """The documented builtins: key ("builtins.len", "int", "str.join")
    and object."""
    for name, value in sorted(vars(builtins).items()):
        if type(value) is type(len):
            yield "builtins." + name, value
    for m in MODULES:
        yield modname(m), m
        for name, value in sorted(vars(m).items()):
            if type(value) is type(len):
                yield modname(m) + "." + name, value
    for key, t in types():
        yield key, t
        for name, value in sorted(vars(t).items()):
            if not isinstance(value, METHOD_KINDS):
                continue
            if name.startswith("__") and isinstance(value, (METHOD_KINDS[2], METHOD_KINDS[4])):
                # A special attribute's descriptor (BaseException.__cause__):
                # its own docstring, not its value's.
                yield key + "." + name, value
                continue
            if name.startswith("__") and not isinstance(value, METHOD_KINDS[:2]):
                # The slot wrappers' docstrings are pyjit's own
                # (vm/slotdocs.go).
                continue
            yield key + "." + name, getattr(t, name)


def entries():
    for key, value in objects():
        if value.__doc__:
            yield key, value.__doc__


def signatures():
    """The __text_signature__ of the builtin functions, methods and types,
    the special methods' slot wrappers included ("int.__add__"), which
    inspect.signature (and so pydoc) reads."""
    out = {}
    for key, value in objects():
        out[key] = value
    for key, t in types():
        for name, value in vars(t).items():
            if name.startswith("__") and isinstance(value, (type(int.__add__), type(vars(str)["join"]))):
                out[key + "." + name] = getattr(t, name)
    for key, value in sorted(out.items()):
        sig = getattr(value, "__text_signature__", None)
        if sig:
            yield key, sig


def go_string(s):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif c == '\n':
            out.append('\\n')
        elif c == '\t':
            out.append('\\t')
        elif ord(c) < 0x20:
            out.append('\\x%02x' % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def in_module(key):
    """Whether key names a module of MODULES or something in one."""
    return any(key == modname(m) or key.startswith(modname(m) + ".") for m in MODULES)


def print_map(name, comment, items):
    print(comment)
    print("var %s = map[string]string{" % name)
    for key, value in items:
        print("\t%s: %s," % (go_string(key), go_string(value)))
    print("}")
    print()


def main():
    docs, sigs = list(entries()), list(signatures())
    print("// Code generated by tools/gendocs.py from CPython %d.%d.%d; DO NOT EDIT." % sys.version_info[:3])
    print()
    print("package vm")
    print()
    print_map("builtinDocs", "// builtinDocs holds CPython's docstrings of the builtin functions\n"
              "// (\"builtins.len\"), of the most used builtin types (\"int\") and of\n"
              "// their methods (\"str.join\").", [(k, d) for k, d in docs if not in_module(k)])
    print_map("builtinSignatures", "// builtinSignatures holds the __text_signature__ of the builtin functions\n"
              "// (\"builtins.len\") and methods (\"str.join\") that have one.", [(k, d) for k, d in sigs if not in_module(k)])
    print_map("moduleDocs", "// moduleDocs holds the docstrings of the modules written in Go whose\n"
              "// texts are CPython's (\"itertools\"), of their functions\n"
              "// (\"itertools.tee\"), types (\"itertools.chain\") and methods.", [(k, d) for k, d in docs if in_module(k)])
    print_map("moduleSignatures", "// moduleSignatures holds the __text_signature__ of the functions,\n"
              "// types and methods of moduleDocs's modules that have one.", [(k, d) for k, d in sigs if in_module(k)])


main()
