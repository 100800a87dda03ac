# Lists the methods of the builtin types and the builtin functions that the
# runtime fuzzer calls, as JSON on stdout. Run by CPython 3.11.
import builtins, inspect, json, sys

TYPES = {
    "str": "str", "bytes": "bytes", "bytearray": "bytearray", "list": "list",
    "tuple": "tuple", "dict": "dict", "set": "set", "frozenset": "frozenset",
    "int": "int", "bool": "bool", "float": "float", "complex": "complex",
    "range": "range", "slice": "slice", "memoryview": "memoryview",
    "object": "object", "type": "type", "BaseException": "BaseException",
    "Exception": "Exception", "ValueError": "ValueError", "KeyError": "KeyError",
    "OSError": "OSError", "StopIteration": "StopIteration",
    "SyntaxError": "SyntaxError", "UnicodeDecodeError": "UnicodeDecodeError",
    "property": "property", "classmethod": "classmethod",
    "staticmethod": "staticmethod", "super": "super", "map": "map", "zip": "zip",
    "filter": "filter", "enumerate": "enumerate", "reversed": "reversed",
    "list_iterator": "type(iter([]))", "dict_keys": "type({}.keys())",
    "dict_items": "type({}.items())", "generator": "type((x for x in ()))",
    "function": "type(lambda: 0)", "NoneType": "type(None)",
}

SKIP_BUILTINS = {"input", "open", "exit", "quit", "help", "breakpoint", "print",
                 "copyright", "credits", "license", "__loader__", "__spec__",
                 "__build_class__", "__import__"}


def params(f):
    try:
        sig = inspect.signature(f)
    except (ValueError, TypeError):
        return -1, [], []
    pos, kw = [], []
    for p in sig.parameters.values():
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            pos.append(p.name)
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY):
            kw.append(p.name)
    return len(pos), pos, kw


out = {"types": [], "builtins": []}
for name, expr in TYPES.items():
    t = eval(expr)
    methods = []
    for m in sorted(dir(t)):
        try:
            raw = inspect.getattr_static(t, m)
            v = getattr(t, m)
        except AttributeError:
            continue
        if not callable(v):
            continue
        kind = "method"
        if isinstance(raw, (classmethod, type(dict.__dict__["fromkeys"]))):
            kind = "classmethod"
        elif isinstance(raw, staticmethod) or m == "__new__":
            kind = "static"
        n, pos, kw = params(v)
        if kind == "method" and n > 0 and pos and pos[0] == "self":
            n -= 1
            pos = pos[1:]
        methods.append({"name": m, "kind": kind, "n": n, "kw": kw})
    out["types"].append({"name": name, "expr": expr, "methods": methods})
for b in sorted(dir(builtins)):
    if b in SKIP_BUILTINS:
        continue
    v = getattr(builtins, b)
    if not callable(v):
        continue
    n, pos, kw = params(v)
    out["builtins"].append({"name": b, "kind": "function", "n": n, "kw": kw})
json.dump(out, sys.stdout)
