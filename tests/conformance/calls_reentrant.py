# Calls that re-enter Python from operations that do not look like calls,
# implicit None returns, and exceptions raised inside dunder methods.

def no_return():
    pass

def bare_return():
    return

print(no_return(), bare_return(), (lambda: None)())

class Num:
    calls = []
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        Num.calls.append("add")
        return Num(self.v + helper(other))
    def __radd__(self, other):
        Num.calls.append("radd")
        return Num(other + self.v)
    def __eq__(self, other):
        Num.calls.append("eq")
        return isinstance(other, Num) and self.v == other.v
    def __hash__(self):
        Num.calls.append("hash")
        return hash(self.v)
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "Num(%d)" % self.v
    def __iter__(self):
        for i in range(self.v):
            yield Num(i)
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        if i >= self.v:
            raise IndexError(i)
        return i * 10
    def __contains__(self, x):
        Num.calls.append("contains")
        return x == 1
    def __bool__(self):
        Num.calls.append("bool")
        return self.v != 0
    def __call__(self, *a):
        return sum(a) + self.v
    def __index__(self):
        return self.v

def helper(x):
    return x.v if isinstance(x, Num) else x

print(Num(1) + Num(2), 5 + Num(3), sum([Num(1), Num(2)], Num(0)))
d = {Num(1): "one"}
print(d[Num(1)], Num(1) in d)
print(sorted([Num(3), Num(1), Num(2)]), max(Num(4), Num(9)), list(Num(3)))
print(len(Num(4)), 1 in Num(0), [x for x in Num(2)], bool(Num(0)), Num(5)(1, 2))
print(list(range(10))[Num(3)], "abcdef"[Num(1):Num(4)], [0] * Num(2))
if Num(1) and not Num(0):
    print("truthiness via __bool__")
print(Num.calls)

class Weird:
    def __eq__(self, other):
        raise ValueError("eq failed")
    __hash__ = object.__hash__

try:
    [Weird()].index(1)
except ValueError as e:
    print("ValueError:", e)
try:
    Weird() in [1, 2]
except ValueError as e:
    print("ValueError:", e)

class Prop:
    @property
    def factory(self):
        print("property getter runs first")
        return lambda: 42
print(Prop().factory())

class Meta(type):
    def __call__(cls, *args):
        print("metaclass call", args)
        return super().__call__(*args)
class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x
print(WithMeta(7).x)
print(list(map(lambda n: n.v * 2, Num(3))), sorted([3, 1, 2], key=lambda v: -v))
print(str(Num(5)), format(Num(5).v, "03d"), f"{Num(6)}")
