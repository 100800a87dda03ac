# reversed() of each kind of sequence, of a subclass of reversed, and with
# wrong arguments.
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
class R(reversed): pass
for x in ([1, 2], (3, 4), range(3), "ab", Seq(), {1: 2}, NoRev(), 5):
    try:
        print(list(reversed(x)))
    except TypeError as e:
        print("TypeError", e)
print(type(reversed([])).__name__, type(reversed(())).__name__, type(R((1, 2))).__name__, list(R((1, 2))))
try:
    reversed()
except TypeError as e:
    print(e)
try:
    reversed([], [])
except TypeError as e:
    print(e)
try:
    reversed(seq=[])
except TypeError as e:
    print(e)
