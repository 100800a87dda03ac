l = list(range(10))
t = tuple(l)
s = "héllo wörld"
for lo in (None, -20, -3, -1, 0, 1, 5, 9, 10, 20):
    for hi in (None, -20, -3, -1, 0, 1, 5, 9, 10, 20):
        print(lo, hi, l[lo:hi], t[lo:hi], t[lo:hi] is t, s[lo:hi], b"abcdefghij"[lo:hi])
        m = list(l); m[lo:hi] = "xyz"; print(m)
        m = list(l); m[lo:hi] = m; print(m)
        m = list(l); m[lo:hi] = (); print(m)
        m = list(l); del m[lo:hi]; print(m)
        m = list(l); del m[lo:hi:2]; print(m)
        m = list(l); del m[lo:hi:-3]; print(m)
        m = list(l); m[lo:hi] = range(30); print(m)
class I:
    def __index__(self): return 2
print(l[I():True], l[True:I()])
try: l[1:'a'] = 5
except TypeError as e: print(e)
try: l[1:2] = 5
except TypeError as e: print(e)
try: l[1:5:2] = 5
except TypeError as e: print(e)
try: l[1:5:2] = [1]
except ValueError as e: print(e)
class L(list):
    def __getitem__(self, k): return ('get', k)
    def __setitem__(self, k, v): print('set', k, v)
x = L([1, 2, 3])
print(x[1:2], x[:])
x[1:] = 5
print(t[:] is t, t[0:] is t, t[-10:100] is t, t[-1:] is t)
print(range(10)[2:5], memoryview(b'abc')[1:].tobytes() if hasattr(memoryview, 'tobytes') else 0)
d = {}
try: d[1:2]
except Exception as e: print(type(e).__name__, e)
n = 5
try: n[1:2]
except Exception as e: print(type(e).__name__, e)
