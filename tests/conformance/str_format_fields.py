# str.format and format_map: the field grammar, automatic numbering
# shared with nested specs, conversions and their errors.
class A:
    x = 5
    def __getitem__(self, k):
        return ("item", k)
cases = [
    ("{:^{}} {}", ("bar", 6, "X"), {}), ("{:{}}{}", (1, 3, "z"), {}), ("{0:{1}}", ("a", 5), {}),
    ("{} {}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{a.x}", (), {"a": A()}),
    ("{0[1]}{0[x]}{0[-1]}", (A(),), {}), ("{0!r:>6}", ("s",), {}), ("{0!a}", ("é",), {}),
    ("{0!x}", (1,), {}), ("{0!\x01}", (1,), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}),
    ("{", (), {}), ("}", (), {}), ("a{{b}}c", (), {}), ("{0:{1:{2}}}", (1, 2, 3), {}),
    ("{0:{1:{2:{3}}}}", (1, 2, 3, 4), {}), ("{x}", (), {}), ("{3}", (1,), {}), ("{0[}", (1,), {}),
    ("{0[0]x}", ([1],), {}), ("{0.}", (1,), {}), ("{99999999999999999999}", (), {}),
    ("{0:{a}}", (3,), {"a": "04"}), ("{٣}", (0, 1, 2, 3), {}), ("{0.real.imag}", (5,), {}),
    ("{:}", (7,), {}), ("{!r}", ("q",), {}), ("{a{}", (), {}), ("{0:}}", (1,), {}),
]
for fmt, args, kw in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ["{0}", "{}", "{a}", "{a[0]}", "{a.real}"]:
    try:
        print(repr(fmt), repr(fmt.format_map({"a": [7]})))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
class M(dict):
    def __missing__(self, k):
        return k.upper()
print("{x} {y}".format_map(M(x=1)))
