# Binary operators on constants are folded by the compiler as CPython's
# optimizer folds them: within its size limits, never when the operation
# raises, never for str/bytes % (formatting); co_consts shows the result.
def consts(src):
    code = compile(src, "case.py", "eval")
    return tuple(c for c in code.co_consts if c is not None)


cases = [
    "1 << 10", "1 << 127", "1 << 128", "3 << 126", "1 << -1", "0 << 1000",
    "2 + 3j", "-2 ** 2", "2 ** -1", "2 ** 64", "2 ** 128", "3 ** 80", "0 ** 1000", "(-2) ** 0.5",
    "'a' * 3", "3 * 'ab'", "'ab' * -1", "'x' * 4096", "'x' * 4097", "'é' * 2048", "'é' * 2049",
    "b'ab' * 2048", "b'ab' * 2049", "(1, 2) * 128", "(1, 2) * 129", "((1, 2, 3),) * 200",
    "(1, 2) + (3,)", "'a' + 'b'", "b'a' + b'b'",
    "1 / 0", "1 // 0", "1 % 0", "'x%s' % 1", "b'x%d' % 1", "7.5 % 2", "-7 // 2", "-7 % 2",
    "10 / 4", "2 ** 100 * 2 ** 28", "2 ** 100 * 2 ** 29", "True + True", "True * 'x'", "1.5 * 2",
    "(1 + 2j) * (3 - 4j)", "1e308 * 10", "~(1 + 1)", "-(2 ** 3)", "(1 + 2, 'a' * 2)",
    "'a' < 'b'", "[1] * 2", "1 @ 2", "1 & 3 | 4 ^ 8", "1 >> 70", "1.0 // 0.0",
]
for src in cases:
    try:
        print(src, "->", consts(src))
    except SyntaxError as e:
        print(src, "-> SyntaxError", e.msg)


def f():
    return 1 << 10


print(f.__code__.co_consts, f())
