# printf-style formatting with a mapping key: an unclosed key is
# 'incomplete format key', checked after the argument is found a mapping.
for fmt in ["%(n", "%(n)s", "%(", "%(a", "%(a)", "%((a)s", "%(a)s%(", "%", "%(a)s %"]:
    for arg in ({}, {"a": 1, "n": 2, "(a": 3}, None, 5):
        for f in (fmt, fmt.encode()):
            a = arg if not isinstance(arg, dict) or isinstance(f, str) else {k.encode(): v for k, v in arg.items()}
            try:
                print(repr(f), arg, repr(f % a))
            except Exception as e:
                print(repr(f), arg, type(e).__name__, e)
