# Set operators with elements whose __eq__ runs Python code, one of them
# emptying another set while the operation walks it.
class K:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim
    def __hash__(self):
        return hash(self.v % 7)
    def __eq__(self, other):
        if self.victim is not None and self.victim:
            self.victim.pop()
        return isinstance(other, K) and self.v == other.v
a = {K(i) for i in range(30)}
b = {K(i) for i in range(0, 60, 3)}
for op in ("-", "&", "|", "^"):
    r = eval("a %s b" % op)
    print(op, sorted(k.v for k in r))
v = {K(i) for i in range(20)}
m = {K(i, v) for i in range(10)}
try:
    r = m & v
    print("mutated", type(r).__name__)
except Exception as e:
    print(type(e).__name__)
