import operator
class SeqWithWeirdLen:
    called = False
    def __len__(self):
        if not self.called:
            self.called = True
            return 10
        raise ZeroDivisionError
    def __getitem__(self, index):
        return index
r = reversed(SeqWithWeirdLen())
try: print(operator.length_hint(r))
except ZeroDivisionError: print("ZDE")
class Shrink:
    n = 5
    def __len__(self): return self.n
    def __getitem__(self, i): return i
s = Shrink(); r = reversed(s); print(operator.length_hint(r)); next(r); print(operator.length_hint(r)); s.n = 2; print(operator.length_hint(r)); s.n=100; print(operator.length_hint(r))
for x in ([1,2,3], (1,2), "abc", range(4)):
    r = reversed(x); next(r); print(type(r).__name__, operator.length_hint(r))
