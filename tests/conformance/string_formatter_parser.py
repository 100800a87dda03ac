# _string: the parsers of str.format strings behind string.Formatter.
import _string
cases = ["", "abc", "a{0!r:>5}b{{c}}{}", "{}", "{:{}}", "{a[x]}", "{a[}", "}", "a}b", "{", "x{", "{0!", "{0!r", "{0!rx}", "{0:{", "{a{", "{!r}", "{0!r:}", "{{", "}}", "a{{", "{0[1][x].y}", "{0:}", "{ }", "{[}]}"]
for c in cases:
    it = _string.formatter_parser(c)
    out = []
    try:
        for x in it:
            out.append(x)
    except ValueError as e:
        out.append("ValueError: %s" % e)
    print(repr(c), out)
for c in ["", "a", "0", "12.x[3]", "a.b[c].d", "a[", "a[]", "a.", "a..b", "a[0]x", "a[0].", "٣", "99999999999999999999", "a[99999999999999999999]", "a[-1]", "a[ 1]"]:
    try:
        first, rest = _string.formatter_field_name_split(c)
        out = [first]
        for x in rest:
            out.append(x)
    except ValueError as e:
        out.append("ValueError: %s" % e)
    print(repr(c), out)
print(type(_string.formatter_parser("")).__name__, type(_string.formatter_field_name_split("")[1]).__name__)
for bad in [(1,), (), ("a", "b")]:
    try:
        _string.formatter_parser(*bad)
    except TypeError as e:
        print("TypeError:", e)
