# Float division in loops run as native code: a zero divisor leaves
# native code before dividing, and the interpreter raises.


def harmonic(n):
    s = 0.0
    for i in range(1, n):
        s = s + 1.0 / i
    return s


def halve(x, n):
    for i in range(n):
        x = x / 2
    return x


def div_by_zero_midway(n):
    s = 1.0
    d = 5.0
    try:
        for i in range(n):
            s = s / d
            d = d - 1.0
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), s, d, i
    return s


def int_by_int(n):
    # true division of two ints stays in the interpreter
    s = 0.0
    for i in range(1, n):
        s = s + i / 3
    return s


def neg_zero_divisor(n):
    d = -0.0
    x = 1.0
    try:
        for i in range(n):
            x = x / (d + 1.0) if False else x / (d - 0.0)
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e)
    return x


def nan_divisor(n):
    x = 1.0
    d = float("nan")
    for i in range(n):
        x = 2.0 / (d * 0.0 + 4.0)
    return x


print(harmonic(1000))
print(halve(1e300, 2000))
print(div_by_zero_midway(100))
print(int_by_int(1000))
print(neg_zero_divisor(10))
print(nan_divisor(10))


def ratio_exits(n):
    # the branch goes the other way on every other iteration
    a = 0
    b = 0
    for i in range(n):
        if i & 1 == 0:
            a += 1
        b += 1
    return a, b


def alternating(n):
    a = 0
    b = 0
    flip = 0
    for i in range(n):
        if flip == 0:
            a += 1
            flip = 1
        else:
            b += 1
            flip = 0
    return a, b


print(ratio_exits(3000))
print(alternating(5000))
