# ExceptionGroup and except*.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(eg, repr(eg.message), len(eg.exceptions))
m, r = eg.split(ValueError)
print(m.exceptions, r.exceptions)
print(eg.subgroup(TypeError).exceptions)

try:
    raise eg
except* ValueError as e:
    print("values:", e.exceptions)
except* TypeError as e:
    print("types:", e.exceptions)

try:
    try:
        raise ExceptionGroup("g", [KeyError("a"), OSError("b")])
    except* KeyError:
        print("handled key")
except* OSError as e:
    print("outer got", type(e).__name__, e.exceptions)

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", type(e).__name__, e.exceptions)

try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
