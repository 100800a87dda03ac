# A thousands separator with a presentation type that has none is a
# ValueError for every type, as CPython's format-spec parser decides.
for v in [1.5, 2, True, "s", 1j]:
    for s in [",n", "_n", ",x", "_x", "_b", ",b", "_o", "_X", ",s", ",c", ",%", "_%", ",d", "_e", ",", "_"]:
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(v), repr(s), type(e).__name__, e)
