# int(x), float(x) and bool(x) of one positional argument, the calls tier 1
# sends straight to the conversion, agree with the generic class call.


class WithIndex:
    def __index__(self):
        return 7


class WithInt:
    def __int__(self):
        return 8


class WithTrunc:
    def __trunc__(self):
        return 9


class WithFloat:
    def __float__(self):
        return 2.5


class BadInt:
    def __int__(self):
        return "no"


class Truthy:
    def __bool__(self):
        return False


class Sized:
    def __len__(self):
        return 3


class BadBool:
    def __bool__(self):
        raise KeyError("bool")


class MyInt(int):
    pass


class MyFloat(float):
    pass


values = [0, -3, 2**70, True, 2.75, -0.5, 1e300, float("inf"), float("nan"),
          "12", " -7 ", "1_000", "0x10", "3.5", "nan", "-inf", b"42", bytearray(b"9"),
          None, [], [1], (), "", WithIndex(), WithInt(), WithTrunc(), WithFloat(),
          BadInt(), Truthy(), Sized(), BadBool(), MyInt(5), MyFloat(1.25), 3 + 0j]

for conv in (int, float, bool):
    for v in values:
        for _ in range(3):  # the specialized call after the first
            try:
                r = conv(v)
                out = f"{type(r).__name__} {r!r}"
            except Exception as e:
                out = f"{type(e).__name__}: {e}"
        print(conv.__name__, type(v).__name__, out)

# A subclass is still built through its own __new__ and __init__.
for cls in (MyInt, MyFloat):
    for _ in range(3):
        r = cls("4")
    print(cls.__name__, type(r).__name__, r)
