# str % args: conversions with and without flags, widths and precisions,
# small and big ints, bools and int subclasses, mappings of every kind,
# and the errors, each run enough times to pass any warm-up.

class MyStr(str):
    pass

class MyInt(int):
    def __str__(self):
        return "MyInt!"

class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"

class Mapping:
    def __getitem__(self, key):
        return key.upper()

values = [0, 1, -1, 7, -42, 2**31, -2**31, 2**62, -2**63, 2**63, 2**64 + 5, -(2**100), True, False, MyInt(5), MyInt(-3)]
formats = ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%+08d", "%x", "%#o", "%-+7i|", "%s", "%r", "%3s|", "%.1s"]
for _ in range(3):
    for f in formats:
        print(f, [f % (v,) for v in values])

for _ in range(40):
    pass
texts = ["", "x", "héllo", "\u20ac\u20ac", MyStr("sub"), "a" * 10]
for _ in range(3):
    for f in ["%s", "%r", "%a", "%5s|", "%-5s|", "%.2s|", "%5.1s|", "[%s]", "%s%s"]:
        out = []
        for t in texts:
            try:
                out.append(f % t)
            except TypeError as e:
                out.append("TypeError: " + str(e))
        print(f, out)

# A conversion that is the whole format returns the str it converted,
# a subclass instance too.
s = MyStr("kept")
for _ in range(30):
    r = "%s" % s
print(type(r).__name__, r, ("%s" % "plain") == "plain")

# Mappings: exact dicts, dicts with str-subclass keys, __missing__, any
# object with __getitem__.
d = {"a": 1, "b": "two", MyStr("c"): 3.5}
for _ in range(30):
    r1 = "%(a)s-%(b)s-%(c)s" % d
    r2 = "%(a)05d|%(b)-5s|" % d
print(r1, r2)
print("%(x)s and %(y)r" % Missing(y=2))
print("%(name)s" % Mapping())
try:
    "%(zz)s" % d
except KeyError as e:
    print("KeyError", e)
try:
    "%(a)s %s" % d
except TypeError as e:
    print("TypeError", e)

# Literal text around conversions, and %%.
for _ in range(30):
    r = "100%% of %s is %d%%, é%sé" % ("x", 5, "ü")
print(r)

# The errors.
for f, a in [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", ("x",)), ("%d", (1.5,)), ("%x", (1.5,)),
             ("%", ()), ("%(a", {"a": 1}), ("%z", (1,)), ("%c", (0x110000,)), ("%*d", ("w", 1))]:
    try:
        print(repr(f % a))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("%d" % 1.9, "%i" % -2.5, "%*d|" % (-4, 7), "%.*f" % (2, 3.14159))
