# Rich comparisons with a builtin left operand fall back to the right
# operand's reflected method; list and tuple comparisons.


class X:
    def __eq__(self, o):
        return "X.eq"

    def __ne__(self, o):
        return "X.ne"

    def __lt__(self, o):
        return "X.lt"

    def __gt__(self, o):
        return "X.gt"

    def __le__(self, o):
        return "X.le"

    def __ge__(self, o):
        return "X.ge"


for v in [None, 1, 1.5, True, "s", b"b", (1,), [1], {1: 2}, {1}, frozenset(), range(3), bytearray()]:
    x = X()
    print(type(v).__name__, v == x, v != x, v < x, v <= x, v > x, v >= x)
print(None == None, None != None, None == 0, None != 0)
try:
    None < None
except TypeError as e:
    print("TypeError", e)


class Boom(Exception):
    pass


class EqRaise:
    def __eq__(self, o):
        raise Boom

    __hash__ = None


class EqRecurse:
    def __eq__(self, o):
        return self == o


for expr in [lambda: (EqRaise(),) == (1, (2, 3)), lambda: (EqRaise(),) != (1, 2),
             lambda: (EqRaise(), 1) < (1,), lambda: [EqRaise()] == [1, 2], lambda: [EqRaise()] != [1, 2],
             lambda: [EqRaise()] == [1], lambda: None != EqRecurse(), lambda: None == EqRecurse()]:
    try:
        print(expr())
    except Boom:
        print("Boom")
    except RecursionError:
        print("RecursionError")

nan = float("nan")
row = [1.5, nan]
print(row <= row, row < row, row == row, (1.5, nan) <= (1.5, nan), [nan] == [nan], (nan,) < (nan,))
e = EqRaise()
print([e] == [e], (e, 1) < (e, 2), [e, 2] >= [e, 1])
