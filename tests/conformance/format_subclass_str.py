class I(int):
    def __str__(self): return "I!"
class F(float):
    def __str__(self): return "F!"
class S(str):
    def __str__(self): return "S!"
class C(complex):
    def __str__(self): return "C!"
class B(int):
    pass
for v in (I(3), F(2.5), S("x"), C(1j)):
    print(format(v), format(v, ''), f"{v}", format(v, '>4'), type(v).__format__(v, ''))
print(format(True), format(True, ''), format(True, 'd'))
