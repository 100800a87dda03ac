# str.upper, lower and casefold of ASCII and other text.
for s in ["", "abc", "ABC", "Hello World 123 _@[`{~", "ÉcoLE", "ß", "İ", "ﬁ", "aBc\x7f\x00", "Σ"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), s.upper().isascii())
print("x".upper() == "X", "AbC".lower() + "é")
