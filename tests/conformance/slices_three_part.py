l = list(range(10)); t = tuple(l); s = "héllo wörld!"
vals = (None, -20, -11, -10, -3, -1, 0, 1, 3, 9, 10, 11, 20)
for a in vals:
    for b in vals:
        for c in (None, -20, -3, -2, -1, 1, 2, 3, 20):
            print(a, b, c, l[a:b:c], t[a:b:c], s[a:b:c])
try: l[1:2:0]
except ValueError as e: print(e)
try: l[1:2:'x']
except TypeError as e: print(e)
class I:
    def __index__(self): return 2
print(l[I():None:I()], l[::True])
class L(list):
    def __getitem__(self, k): return ('get', k)
print(L([1])[1:2:3], range(10)[1:8:2], b"abcdef"[::-2], bytearray(b"abc")[::-1])
d = {}
try: d[1:2:3]
except TypeError as e: print(type(e).__name__, e)
def f(x):
    return x[::-1], x[1::2]
for i in range(20):
    r = f([1, 2, 3, 4] if i % 2 else "abcd")
print(r, f({slice(None, None, -1): 1, slice(1, None, 2): 2}))
