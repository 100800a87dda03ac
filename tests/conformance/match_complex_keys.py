# Complex literals as keys of mapping patterns (`{1+2j: y}`, `{-0-0j: y}`),
# with duplicate keys found by value and shown as repr() shows them.
def f(x):
    match x:
        case {-0-0j: y}:
            return "a", y
        case {1+2j: y, -1.5-2j: z}:
            return "b", y, z
        case {2j: y}:
            return "c", y
    return None
print(f({0: 5}), f({-0j: 6}), f({1+2j: 1, -1.5-2j: 2}), f({2j: 7}), f({3: 1}))
for src in ["match x:\n case {1+2j: 1, 1+2j: 2}: pass", "match x:\n case {0: 1, -0-0j: 2}: pass", "match x:\n case {1-0j: 1, 1: 2}: pass"]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
