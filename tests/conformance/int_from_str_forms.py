# int(s) and int(s, 0) of the short decimal strings a fast path takes, and
# of their neighbours it must leave to the general parser: signs, leading
# zeros, 18 and 19 digits, spaces, underscores, non-ASCII digits.
cases = [
    "0", "7", "-7", "+7", "-0", "+0", "00", "007", "-007", "10", "99",
    "123456789012345678", "-123456789012345678", "999999999999999999",
    "1234567890123456789", "-9223372036854775808", "9223372036854775807",
    "9223372036854775808", "99999999999999999999999",
    " 12", "12 ", "\t-3\n", "1_000", "_1", "1_", "1__0", "", "-", "+", "--1",
    "+-1", "1e3", "0x10", "0o7", "0b1", "12a", "\u0661\u0662", "\uff19\uff19",
    "\x1c5", "٣-", "1 2",
]
for s in cases:
    for base in (10, 0):
        try:
            r = int(s, base)
            print(repr(s), base, r, type(r).__name__)
        except ValueError as e:
            print(repr(s), base, "ValueError:", e)
    try:
        print(repr(s), "int()", int(s))
    except ValueError as e:
        print(repr(s), "int()", "ValueError:", e)

# A str subclass and bytes take the same paths.
class S(str):
    pass
print(int(S("42")), int(b"-17"), int(bytearray(b"0")), int(S("0"), 0))

# A sign after the one allowed, or after a base prefix, is an error.
for s in ["0x-1", "0x+1", "-0x-1", "0b-1", "0o+7", "-+0x1", b"--5", b"+-5", b"-5"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
