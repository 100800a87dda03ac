# Loops over small ints and floats: with --jit they run as native code;
# every result must be what the interpreter computes.


def sum_ints(n):
    total = 0
    for i in range(n):
        total += i * 3
    return total


def sum_range_step(a, b, c):
    total = 0
    for i in range(a, b, c):
        total = total + i - 1
    return total


def overflow_midway(n):
    # Grows past 2**63 partway: the overflow leaves native code and the
    # interpreter makes the big int.
    t = 1
    for i in range(n):
        t = t * 3 + i
    return t


def add_overflow(n):
    x = 2**62
    for i in range(n):
        x += 2**60
    return x


def sub_overflow(n):
    x = -(2**62)
    for i in range(n):
        x = x - 2**60
    return x


def float_acc(n):
    x = 0.5
    s = 0.0
    for i in range(n):
        x = x * 1.0001 - 0.25
        s = s + x * i
    return x, s


def mixed(n):
    # int operands of float arithmetic
    s = 0.0
    for i in range(n):
        s = s + i * 0.5
        s = 2 * s - i
    return s


def nested(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += i * j
        total -= i
    return total


def early_break(n):
    total = 0
    for i in range(n):
        total += i
        if total > 1000:
            break
    return total, i


def while_cmp(n):
    j = 0
    k = 10
    while j < n:
        j += 1
        if j >= k:
            k += 7
    return j, k


def while_float(limit):
    x = 1.0
    steps = 0
    while x < limit:
        x = x * 1.5
        steps += 1
    return x, steps


def float_cmp_int_const():
    x = 0.0
    n = 0
    while x < 100:
        x += 0.75
        n = n + 1
    return x, n


def type_change(n):
    # x is an int when the loop is compiled, then becomes a float: the
    # entry check refuses the trace and the interpreter goes on.
    x = 0
    for i in range(n):
        if i == n // 2:
            x = 0.5
        x = x + 1
    return x


def type_change_in_body(n):
    x = 0
    for i in range(n):
        x = x + i
        if i > 5:
            x = x * 0.5
    return x


def big_entry(n):
    x = 2**70
    for i in range(n):
        x = x + i
    return x


def negative_step():
    total = 0
    for i in range(100, -100, -3):
        total = total * 2 - i
        total = total - (total // 1000) * 1000 if False else total % 1000003
    return total


def cmp_ops(n):
    counts = [0] * 6
    a = 0
    b = 0
    c = 0
    d = 0
    e = 0
    f = 0
    for i in range(n):
        if i < 10:
            a += 1
        if i <= 10:
            b += 1
        if i == 10:
            c += 1
        if i != 10:
            d += 1
        if i > 10:
            e += 1
        if i >= 10:
            f += 1
    return a, b, c, d, e, f


def float_cmp_ops(n):
    a = b = c = 0
    x = 0.0
    for i in range(n):
        x = x + 0.5
        if x < 5.0:
            a += 1
        if x == 5.0:
            b += 1
        if x != 5.0:
            c += 1
    return a, b, c, x


def nan_and_inf(n):
    x = 1.0
    y = 0.0
    for i in range(n):
        x = x * 1e100
        y = x - x
    return x, y, y == y, y != y


def neg_zero(n):
    z = -0.0
    for i in range(n):
        z = z * 1.0
    return z


print(sum_ints(10))
print(sum_ints(100000))
print(sum_range_step(5, 1000, 7))
print(sum_range_step(1000, 5, -7))
print(overflow_midway(100))
print(add_overflow(10))
print(sub_overflow(10))
print(float_acc(1000))
print(mixed(50))
print(nested(50, 60))
print(early_break(100))
print(while_cmp(1000))
print(while_float(1e10))
print(float_cmp_int_const())
print(type_change(100))
print(type_change_in_body(100))
print(big_entry(100))
print(negative_step())
print(cmp_ops(30))
print(float_cmp_ops(30))
print(nan_and_inf(10))
print(neg_zero(10))
for k in range(3):
    print(sum_ints(k * 1000), overflow_midway(k * 30))


def with_continue(n):
    total = 0
    for i in range(n):
        if i > 50:
            continue
        total += i
    return total


def gen(n):
    for i in range(n):
        t = 0
        for j in range(i):
            t += j
        yield t


def in_try(n):
    total = 0
    try:
        for i in range(n):
            total = total * 7 + i
    except OverflowError:
        total = -1
    return total


def closure(n):
    k = 3

    def inner():
        total = 0
        for i in range(n):
            total += i * k
        return total
    return inner()


class C:
    def m(self, n):
        s = 0
        i = 0
        while i < n:
            s += i
            i += 1
        return s


print(with_continue(200))
print(list(gen(10)))
print(in_try(100))
print(closure(100))
print(C().m(1000))
