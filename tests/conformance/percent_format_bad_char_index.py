# The conversion character str % rejects is named (as ? outside ASCII's
# printable range) with its index in code points, found by a
# differential run of random formats against CPython.
for f in ["%y", "é%y", "é%é", "%\U0001F600", "aé%-5\u20ac", "\u20ac\u20ac% .5%", "%\x1f", "%\x7f", "%~"]:
    for args in [1, (1,), {"a": 1}]:
        try:
            print(repr(f % args))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
