# A constant set display that is only tested for membership or iterated
# is a frozenset constant, as in CPython.
def member(x):
    return x in {1, 2, 3}, x not in {"a", "b"}

print(member(2), member("a"), member(4))
print([sorted(c) for c in member.__code__.co_consts[1:]])

def loop():
    out = []
    for v in {7}:
        out.append(v)
    out += [w for w in {(1, 2)}]
    return out

print(loop())
print([c for c in loop.__code__.co_consts if isinstance(c, frozenset)])

def folded(x):
    return x in {1 + 1, -3, 2.0, True, 1}

print(folded(1), folded(2), folded(-3), folded(3))
print(sorted(c for c in folded.__code__.co_consts if isinstance(c, frozenset))[0] == frozenset({1, 2, -3}))

def not_const(x, y):
    return x in {y, 1}

print(not_const(1, 5), not_const.__code__.co_consts)

def unhashable_item():
    try:
        return [] in {1, 2}
    except TypeError as e:
        return str(e)

print(unhashable_item())
