# An expression evaluator and simplifier over nested tuples.
import math


def evaluate(expr, env):
    match expr:
        case int() | float() as n:
            return n
        case str(name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"unbound variable {name!r}") from None
        case ("neg", x):
            return -evaluate(x, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    if b == 0:
                        raise ZeroDivisionError("division by zero in " + show(expr))
                    return a / b
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("call", "sqrt" | "abs" as fn, arg):
            v = evaluate(arg, env)
            return math.sqrt(v) if fn == "sqrt" else abs(v)
        case ("sum", *terms) if terms:
            return sum(evaluate(t, env) for t in terms)
        case ("if", cond, then, otherwise):
            return evaluate(then if evaluate(cond, env) else otherwise, env)
        case _:
            raise ValueError(f"bad expression: {expr!r}")


def simplify(expr):
    match expr:
        case (op, left, right) if op in "+-*/":
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", 0, x) | ("+", x, 0) | ("-", x, 0):
                    return x
                case ("*", 1, x) | ("*", x, 1) | ("/", x, 1):
                    return x
                case ("*", 0, _) | ("*", _, 0):
                    return 0
                case ("-", x, y) if x == y:
                    return 0
                case (_, int(a), int(b)) if op != "/":
                    return evaluate((op, a, b), {})
                case _:
                    return (op, left, right)
        case ("neg", ("neg", x)):
            return simplify(x)
        case ("neg", x):
            return ("neg", simplify(x))
        case ("sum", *terms):
            return ("sum", *[simplify(t) for t in terms])
        case _:
            return expr


def show(expr):
    match expr:
        case (("+" | "-" | "*" | "/") as op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case ("neg", x):
            return f"-{show(x)}"
        case ("let", name, v, body):
            return f"(let {name} = {show(v)} in {show(body)})"
        case ("call", fn, arg):
            return f"{fn}({show(arg)})"
        case ("sum", *terms):
            return "sum(" + ", ".join(map(show, terms)) + ")"
        case ("if", c, t, e):
            return f"({show(t)} if {show(c)} else {show(e)})"
        case _:
            return str(expr)


programs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("*", "x", ("+", "x", 1))),
    ("call", "sqrt", ("+", ("*", 3, 3), ("*", 4, 4))),
    ("sum", 1, 2, ("neg", 3), 4.5),
    ("if", ("-", "y", 2), "y", ("neg", "y")),
    ("/", 1, ("-", 2, 2)),
    ("+", "unknown", 1),
    ("pow", 2, 3),
    ("sum",),
    ("+", ("*", 1, "a"), ("*", 0, "b")),
    ("neg", ("neg", ("-", "a", "a"))),
    ("*", ("+", 2, 3), ("/", "z", 1)),
]

for p in programs:
    print(show(p))
    print("  simplified:", show(simplify(p)))
    try:
        print("  value:", evaluate(p, {"y": 2, "a": 7, "z": 1.5}))
    except (NameError, ValueError, ZeroDivisionError) as e:
        print("  error:", type(e).__name__, e)

# A token stream parser written with sequence patterns.
def parse(tokens):
    def expr(ts):
        left, ts = term(ts)
        while True:
            match ts:
                case ["+" | "-" as op, *rest]:
                    right, ts = term(rest)
                    left = (op, left, right)
                case _:
                    return left, ts

    def term(ts):
        left, ts = atom(ts)
        while True:
            match ts:
                case ["*" | "/" as op, *rest]:
                    right, ts = atom(rest)
                    left = (op, left, right)
                case _:
                    return left, ts

    def atom(ts):
        match ts:
            case ["(", *rest]:
                e, rest = expr(rest)
                match rest:
                    case [")", *rest]:
                        return e, rest
                    case _:
                        raise SyntaxError("expected )")
            case ["-", *rest]:
                e, rest = atom(rest)
                return ("neg", e), rest
            case [str(t), *rest] if t.isdigit():
                return int(t), rest
            case [str(t), *rest] if t.isidentifier():
                return t, rest
            case [t, *_]:
                raise SyntaxError(f"unexpected {t!r}")
            case []:
                raise SyntaxError("unexpected end")

    e, rest = expr(tokens)
    if rest:
        raise SyntaxError(f"trailing {rest!r}")
    return e


for text in ["1 + 2 * 3", "( 1 + 2 ) * 3", "- x * ( y - 4 )", "1 +", "( 1", "1 2", "1 + $"]:
    try:
        tree = parse(text.split())
        print(text, "=>", show(tree), "=", evaluate(tree, {"x": 2, "y": 10}))
    except SyntaxError as e:
        print(text, "=> SyntaxError:", e)
