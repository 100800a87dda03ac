# Loops that read and write cells (closures' variables), in the loop's
# own frame and in closures tier 2 inlines: cells shared between the
# two, cells emptied or changing type midway, and exceptions raised
# inside closures.


def counter(n):
    total = 0
    step = 1

    def add(x):
        return x + step

    for i in range(n):
        total = add(total)
        if i == n // 2:
            step = 3
    return total, step


print("counter", counter(1000), counter(10))


def nonlocal_acc(n):
    acc = 0.5
    hits = 0

    def tick(k):
        nonlocal acc, hits
        acc = acc * 1.0001 + k
        hits += 1
        return hits

    last = 0
    for i in range(n):
        last = tick(0.25)
    return acc, hits, last


print("nonlocal", nonlocal_acc(1000))


def outer_cells(n):
    # Cells of the loop's own frame, read and written in the loop.
    a = 0
    b = 2.5

    def peek():
        return a, b

    for i in range(n):
        a += i
        b = b * 0.5 + a
    return peek()


print("outer", outer_cells(500))


def make(k):
    def scale(x):
        return x * k

    return scale


double = make(2)
triple = make(3.0)


def use_closures(n):
    t = 0
    f = 0.0
    for i in range(n):
        t += double(i)
        f += triple(i)
    return t, f


print("closures", use_closures(600))


def changes_type(n):
    k = 1

    def add(x):
        return x + k

    t = 0
    for i in range(n):
        if i == 300:
            k = 0.5
        if i == 400:
            k = 10**20
        t = add(t)
    return t


print("changes type", changes_type(600))


def emptied(n):
    k = 1

    def add(x):
        return x + k

    t = 0
    try:
        for i in range(n):
            if i == 300:
                del k
            t = add(t)
    except NameError as e:
        print("NameError", e, t)
        tb = e.__traceback__
        frames = []
        while tb:
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("frames", frames)
    return t


emptied(600)


def stores_other(n):
    k = 0
    for i in range(n):
        if i == 300:
            k = "s"
        elif i > 300:
            k = k + "x" if len(k) < 5 else "s"
        else:
            k += i

    def get():
        return k

    return get()


print("stores other", stores_other(600))


def raises_inside(n):
    d = 10.0

    def div(x):
        return x / d

    t = 0.0
    for i in range(n):
        if i == 400:
            d = 0.0
        t += div(i)
    return t


try:
    raises_inside(600)
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb.tb_frame
        tb = tb.tb_next
    print("ZeroDivisionError", e, frames, sorted(last.f_locals.items()))


def shared_nan(n):
    x = 1.0

    def bump():
        nonlocal x
        x = x * 2.0 if x < 1e300 else x * 1e300

    for i in range(n):
        bump()
    return x


print("inf", shared_nan(1100))


def closure_rebound(n):
    k = 2

    def f(x):
        return x * k

    def g(x):
        return x + k

    h = f
    t = 0
    for i in range(n):
        if i == 200:
            h = g
        t += h(i)
    return t


print("rebound", closure_rebound(400))


def calls_cell_function(n):
    def sq(x):
        return x * x

    def apply(x):
        return sq(x) + 1

    t = 0
    for i in range(n):
        t += apply(i)
        if i == 300:
            sq = lambda x: -x
    return t


print("cell function", calls_cell_function(500))
