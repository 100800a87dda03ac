class S(str): pass
class L(list): pass
class T(tuple): pass
class B(bytes): pass
class X:
    def __radd__(self, o): return 'radd'
    def __rmul__(self, o): return 'rmul'
    def __mul__(self, o): return 'mul'
for v in [S('a'), L([1]), T((1,)), B(b'a'), bytearray(b'a'), 'a', [1]]:
    print(v + X(), v * X(), X() * v)
    try: v * 1.5
    except TypeError as e: print(e)
    try: 1.5 * v
    except TypeError as e: print(e)
    try: v + 1
    except TypeError as e: print(e)
    print(v * 2, 2 * v)
    w = v; w *= 2; print(w)
