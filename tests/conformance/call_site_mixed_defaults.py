# One call site calling functions from a table: some take exactly the
# arguments given, others fill the rest from defaults. Every call binds
# as its own function says, whichever form the site settled on.


def exact(x, memo):
    return ("exact", x)


def one_default(x, memo, scale=10):
    return ("one_default", x * scale)


def two_defaults(x, memo, scale=2, acc=[]):
    acc.append(x)
    return ("two_defaults", x * scale, len(acc))


def needs_three(x, memo, extra):
    return ("needs_three", x, extra)


def with_cell(x, memo, k=3):
    def inner():
        return x + k
    return ("with_cell", inner())


table = [exact, one_default, two_defaults, exact, with_cell, one_default]
out = []
for i in range(60):
    fn = table[i % len(table)]
    out.append(fn(i, None))
print(out[:12])
print(out[-6:])
print(len(out), two_defaults.__defaults__[1][-3:])

# A function the site cannot bind with two arguments raises at its turn.
errors = 0
for i in range(20):
    fn = needs_three if i % 5 == 4 else table[i % 3]
    try:
        fn(i, None)
    except TypeError as e:
        errors += 1
        last = str(e)
print(errors, last)

# Defaults changed between calls are the ones used.
def later(x, memo, scale=1):
    return x * scale


results = []
for i in range(30):
    if i == 15:
        later.__defaults__ = (100,)
    results.append((exact if i % 2 else later)(i, None))
print(results)
