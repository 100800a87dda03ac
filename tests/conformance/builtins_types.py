# Builtin types: int, float, str, bytes, list, tuple, dict, set.
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, -2 ** 2)
print(10 / 4, 1 / 3, 2 ** 100, -(2 ** 63), 2 ** 64 // 3, (2 ** 70) % 7)
print(1 << 70, (1 << 70) >> 68, 255 & 15, 8 | 1, 6 ^ 3, ~5, -5 >> 1)
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int(3.99), int(-3.99))
print(0x1F, 0o17, 0b11, 1_000_000, 123456789012345678901234567890)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(3, 4, 5), pow(2, -1, 7))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(0.1 + 0.2, 10))
print(abs(-3), abs(-2.5), max([1, 5, 3]), min("hello"), sum([0.1] * 10), sum(range(101)))
print(1e16, 1e-5, 0.1 + 0.2, 1/3, 2.0, -0.0, 1e300 * 1e10, float("nan"), 3.14159e-10, 123456789.0)
print(float("1e5"), float(" -2.5 "), float("inf"), 5e-324, 1.7976931348623157e308, 100.0 / 3)
print(repr(0.1), str(1.5), 1.0 == 1, hash(1.0) == hash(1), 0.1 * 3, 1.1 * 1.1)
print(True + True, True * 3, int(True), bool(0), bool(""), bool([0]), isinstance(True, int))
print(hex(255), oct(8), bin(5), hex(-255), chr(65), ord("A"), chr(0x263A))
print((5).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))
print(3.5.is_integer(), (2.5).as_integer_ratio(), float.fromhex("0x1.8p1") if False else 3.0)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [] + ()
except TypeError as e:
    print(e)

s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s[::-1], s[1:5], s[-5:], s.find("o"), s.rfind("o"))
print(s.replace("l", "L"), s.startswith("He"), s.endswith("x"), s.count("l"), s.index("W"))
print("  pad  ".strip(), "x".center(7, "*"), "5".zfill(3), "-5".zfill(4), "a,b,,c".split(","))
print(" a  b c ".split(), "a b c".split(None, 1), "a-b-c".rsplit("-", 1), "".split(","))
print("-".join(["a", "b", "c"]), "abc".title(), "hello world".capitalize(), "AbC".swapcase())
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace(), "Ab".isupper(), "ab".islower())
print("a\tb".expandtabs(4), "x=%d" % 5, "%5.2f|%-4s|%04d" % (3.14159, "ab", 42), "%r" % "q")
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}!".format(name="N"), "{:>6.2f}".format(2.5))
print("{0[1]} {0[0]}".format(["x", "y"]), "{:,}".format(1234567), "{:08.3f}".format(-3.14159), "{:x}".format(255))
print(f"{'nested'!r:>10}", f"{3+4=}", f"{10:#x}", f"{0.5:%}", f"{1e10:g}", f"{123.456:e}", f"{42:b}")
print(len("héllo"), "héllo"[1], "héllo".upper(), "ß".upper(), "ǅ".lower())
print("abc" < "abd", "a" * 3, "b" in "abc", "abc".partition("b"), "a\nb\r\nc".splitlines())
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("\x00\x7f"), repr("é\u200b"))
print(str(b"bytes"), b"ab" + b"cd", b"abc"[1], list(b"hi"), bytes(3), bytearray(b"x"), b"a,b".split(b",") if False else None)

l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1), sorted(l), l[::2], l[-1])
l.sort(); print(l); l.reverse(); print(l); l.remove(2); print(l)
l[1:3] = ["a", "b", "c"]; print(l)
del l[0]; print(l)
del l[::2]; print(l)
print([1, 2] * 2, [[0] * 2] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [] or "empty")
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(9)
except ValueError as e:
    print(e)
t = (1, 2, 3)
print(t, t[1:], t + (4,), t * 2, len(t), t.index(2), (1,), (), tuple("ab"), hash((1, 2)) == hash((1, 2)))
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()), d.get("x"), d.get("x", 0), "a" in d, len(d))
print(d.pop("a"), d, d.setdefault("z", 9), d, dict.fromkeys("ab", 0), {**d, "q": 1})
print(d.keys(), d.values(), d.items())
del d["b"]; print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print({1: "a", True: "b", 1.0: "c"}, dict([("x", 1)]), dict(a=1, b=2), {} == {}, {1: 2} | {3: 4})
s = {3, 1, 2, 3}
print(s, len(s), 2 in s, s | {5}, s & {1, 2}, s - {1}, s ^ {1, 9}, set(), frozenset([1, 2]))
s.add(10); s.discard(3); print(s, {1, 2} <= {1, 2, 3}, sorted({"b", "a"}))
print(set(range(20)), {-1, -2, 5, 100, 33})
print(list(range(10, 0, -3)), range(5)[2], len(range(0, 10, 3)), 3 in range(5), range(1, 5))
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])), sorted([3, 1, 2], key=lambda x: -x), any([0, 1]), all([]), sorted("bca", reverse=True))
print(isinstance(1, (str, int)), issubclass(bool, int), type(1) is int, id(1) == id(1))
print(slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], "abcdef"[1:5:2])
x = [1, 2, 3]
x += [4]
print(x, x.copy(), list.__name__)
n = 5
n += 2; n *= 3; n //= 2; n -= 1; n **= 2; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, None is None, "a" is not None, not [], [] is [])
print(ascii("é"), format(3.14159, ".3"), format(1234, "_"), format("s", "^5"), vars(type("E", (), {"a": 1})())) 
