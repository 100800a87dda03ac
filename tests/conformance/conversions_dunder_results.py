# Conversions through __index__, __int__ and __float__ whose results have the
# wrong type, in the builtins and in % formatting; compile()'s argument checks.
class W:
    def __index__(self): return 'i'
    def __int__(self): return 1.5
class W2:
    def __index__(self): return 'i'
class W3:
    def __int__(self): return 'x'
for c in ["'%d' % W()", "'%x' % W()", "'%d' % W2()", "'%d' % W3()", "'%i' % W3()", "float(W2())", "bin(W())", "hex(W2())", "oct(W2())", "int(W3())", "int(W())", "range(W2())", "[1][W2():]", "format(W2(), 'd')", "round(1.5, W2())", "(1).to_bytes(W2(), 'big')", "chr(W2())"]:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class I2:
    def __index__(self): return 2**70
for c in ["'%d' % F()", "'%x' % F()", "'%d' % 2.7", "'%x' % 2.7", "'%d' % '1'", "'%x' % I2()", "'%d' % I2()", "'%o' % True", "'%d' % None", "float(I2())"]:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
class P:
    def __fspath__(self): return 'p.py'
class Bad:
    def __fspath__(self): return 3
for c in ["compile('', 0, 0)", "compile('', 'f', 0)", "compile(1, 'f', 'exec')", "compile('x', 'f', 'bad')", "compile('a\\x00', 'f', 'exec')",
          "compile(b'x=1', b'f', 'exec').co_filename", "compile('x', 'f', 'exec', 'a')", "compile(bytearray(b'x'), 'f', 'exec').co_filename",
          "compile('x', P(), 'exec').co_filename", "compile('x', Bad(), 'exec')", "compile('x', None, 'exec')", "compile('1+', 'f', 'eval')"]:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
