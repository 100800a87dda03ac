from enum import Enum, IntEnum, auto, Flag, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
    ALIAS = 1
    def describe(self):
        return self.name.lower()
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], list(Color), len(Color))
print(Color.ALIAS is Color.RED, Color.RED.value, Color.BLUE.describe(), Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, str(Num.ONE), repr(Num.TWO), f"{Num.ONE}", sorted([Num.TWO, Num.ONE]))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W), list(Perm))
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
print({Color.RED: "r"}[Color.RED], Color.__members__.keys())
