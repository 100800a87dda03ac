# CPython's pure-Python modules over re, contextvars and time.
import textwrap, fractions, decimal, statistics, difflib, calendar, html, string
from decimal import Decimal, localcontext, ROUND_HALF_UP
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.shorten("Hello  world, this is long", 15))
print(fractions.Fraction(3, 6), fractions.Fraction("1.25") + 1, fractions.Fraction(1, 3) ** 2, fractions.Fraction(0.1).limit_denominator(100))
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("2").sqrt())
with localcontext() as c:
    c.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("1.23456").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.mode("aabbbc"), statistics.fmean([1, 2, 4]), statistics.quantiles(range(1, 11), n=4))
print(list(difflib.unified_diff(["a\n", "b\n", "c\n"], ["a\n", "c\n", "d\n"], "x", "y")))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 3, 1))
print(calendar.month(2024, 2))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#39;&eacute;"))
print(string.Template("$who likes ${what}").substitute(who="tim", what="pie"), string.capwords("hello   world"))
import re
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, ann@site.com"))
print(re.findall(r"\d+", "a1b22c333"), re.split(r"[,;]\s*", "a, b;c"), bool(re.match(r"^\w+$", "abc")))
import sys
print(sys.float_info.epsilon, sys.float_info.mant_dig, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(hash(fractions.Fraction(1, 3)) == hash(Decimal(1) / 3) or "decimal rounds", hash(1.5) == hash(fractions.Fraction(3, 2)))
