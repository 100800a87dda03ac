# str % args with subclasses of str and tuple as args, str() of bytearray
# subclasses, iterators of str subclasses.


class S(str):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


class T(tuple):
    pass


class L(list):
    pass


class D(dict):
    pass


class G:
    def __getitem__(self, k):
        return "g"


for fmt in ["", "%s", "%(a)s", "%s %s"]:
    for arg in ["x", S("x"), b"x", B(b"x"), bytearray(b"x"), BA(b"x"), (1,), T((1,)), T((1, 2)), [1], L([1]),
                {"a": 1}, D(a=2), G(), 5]:
        for f in [fmt, fmt.encode()]:
            try:
                r = f % arg
                if isinstance(arg, G) and fmt == "%s" and isinstance(f, str):
                    r = r.split(" at ")[0]
            except Exception as e:
                r = "%s: %s" % (type(e).__name__, e)
            print(repr(f), type(arg).__name__, repr(r))
x = BA(b"x")
print(repr(x), str(x), "%s" % x, "%r" % x, f"{x}", format(x), "{}".format(x), bytearray.__str__(x))
y = B(b"y")
print(repr(y), str(y), "%s" % y, f"{y}", bytes.__str__(y))
for s in ["ab", S("ab"), "é", S("é")]:
    it = iter(s)
    print(type(it).__name__, next(it), list(it), type(s.__iter__()).__name__, it.__length_hint__())
it = iter(S("abc"))
next(it)
print(type(it).__name__, it.__reduce__()[1:], list(it))
