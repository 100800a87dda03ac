# Set displays of constants whose items have equal hashes but are not
# equal ("" and 0, "a" and b"a", (0,) and ("",)), or are equal across
# types (0, 0.0, False, 0j): the constant set keeps the first of each
# group of equal items and membership tests see every one.


def is_blank(v):
    return v in {None, "", 0}


for x in ["", 0, None, 0.0, False, 3, "x"]:
    print(repr(x), is_blank(x))


def show(s):
    print(len(s), sorted(repr(x) for x in s))


show({0, "", 5})
show(frozenset({0, "", 7}))
show({"a", b"a", 1})
show({0, 0.0, False, 0j, ""})
show({1, 1.0, True, 1 + 0j, (1,), (1.0,), (True,)})
show({(0,), ("",), (0.0,), 3})
show({frozenset({0}), frozenset({""}), frozenset({0.0}), 9})
show({2**64, float(2**64), complex(2**64), "x"})
show({1.5, 3 / 2, "b", b"b"})
for x in ["", 0, None, (), 1, "a", b""]:
    print(repr(x), x in {"", 0, None, (), b""})
