# int() and float() of text with underscores and base prefixes.
for s, b in [("0b_0", 0), ("0_7", 0), ("0o_7", 0), ("0x_f", 0), ("1_0", 10), ("_1", 10), ("1__0", 10), ("1_", 10), ("0b_0", 2), ("0x_f", 16), ("0_0", 0), ("00", 0), ("0_1", 0), ("1_000", 0), (" 1_0 ", 0), ("0b", 0), ("0b_", 0)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, e)
for s in ["1_0.5", "1.5_0", "1e1_0", "1_0e1", "1_.5", "1._5", "1.5e_1", "0_0", "_1.0", "1.0_", "inf", "1__0.0", "0x1p3"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), e)
