# float() of decimal text and float literals with any number of digits and
# any exponent are correctly rounded (CPython's dtoa), including texts of
# more than 800 digits, whose decimal point a parser limited to 800 digits
# loses.
import hashlib
import random


def positive_exp(n):
    return "0.{}1e+{}".format("0" * (n - 1), n)


def negative_exp(n):
    return "1{}e-{}".format("0" * n, n)


for n in [10, 400, 799, 800, 801, 10000, 20001]:
    print(n, float(positive_exp(n)), float(negative_exp(n)))
print(float("1" + "0" * 400 + "e-400"), float("0." + "0" * 400 + "1e401"))
print(float("1.7976931348623158e308"), float("1.7976931348623159e308"))
print(float("2.4703282292062327e-324"), float("2.4703282292062328e-324"))
print(float("1" * 800), float("0." + "9" * 800), float("-" + "9" * 900 + "e-900"))
print(float("1e-400"), float("-1e400"), float("0e99999999999999999999"), float("-0.000e5"))
print(float(b"1" + b"0" * 1000 + b"e-1000"), float(" 1_000.000_1e-3 "))
print(1.00000000000000011102230246251565404236316680908203125, 1_000.000_1e-3, 1e-10000, 1e10000, 2.5e-324j)
halfway = "1.00000000000000011102230246251565404236316680908203125"
print(float(halfway), float(halfway + "0" * 900 + "1"), float(halfway + "0" * 900))
for bad in ["1e", "1.2.3", "1__0", "_1", "1e5x", "0x10", ".", "e5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)

# Near the boundaries CPython's test_strtod probes: 1.0, overflow, the
# smallest normal, zero; a few thousand texts of up to 1,200 digits.
rng = random.Random(2024)
out = []
for k in range(3000):
    nd = rng.choice([1, 5, 17, 20, 40, 300, 790, 801, 1200])
    digs = "".join(rng.choice("0123456789") for _ in range(nd))
    if rng.random() < 0.3:
        digs = digs[:1] + "0" * rng.randint(0, 900) + digs[1:]
    dot = rng.randint(0, len(digs))
    s = digs[:dot] + "." + digs[dot:] if rng.random() < 0.5 else digs
    e = rng.choice([0, rng.randint(-400, 400), rng.randint(-1500, 1500),
                    rng.randint(-350, -300), rng.randint(290, 320)])
    out.append(float(s + "e" + str(e)).hex())
print(hashlib.sha256("\n".join(out).encode()).hexdigest())
print(out[:5])
