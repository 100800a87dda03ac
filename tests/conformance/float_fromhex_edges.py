# float.fromhex: a zero mantissa is zero whatever its exponent, and the
# exponent takes one sign at most.
for s in ['0x0p123456789123456789', '-0x0p123456789123456789', '0x0p-123456789123456789',
          '0x1p123456789123456789', '0x1p-123456789123456789', '0X1.fffffffffffff7p1023',
          '0x1.fffffffffffff7fffffffffffffp1023', '0x1.0p+-0', '0x1.0p-+0', '0x1.0p++0',
          '0x1.0p--0', '0x1.0p+0', '0x1.0p-0', '0x.8p-1074', '0x1p-1075', '0x1.8p-1074']:
    try:
        print(s, float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__, e)
