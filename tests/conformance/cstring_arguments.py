tests = [
 lambda: float.__getformat__('\ud800'),
 lambda: 'x'.encode('\ud800'),
 lambda: 'x'.encode('utf-8', '\ud800'),
 lambda: b'x'.decode('\ud800'),
 lambda: b'x'.decode('ascii', '\ud800'),
 lambda: (1).to_bytes(1, '\ud800'),
 lambda: int.from_bytes(b'\x01', '\ud800'),
 lambda: bytes('x', '\ud800'),
 lambda: str(b'x', '\ud800'),
 lambda: memoryview(b'ab').cast('\ud800'),
 lambda: compile('1', 'f', '\ud800'),
 lambda: compile('1', '\ud800', 'eval').co_filename,
 lambda: format(1, '\ud800'),
 lambda: getattr(1, '\ud800'),
 lambda: __import__('\ud800'),
 lambda: float.fromhex('\ud800'),
 lambda: int('\ud800'),
 lambda: float('\ud800'),

 lambda: type('\ud800', (), {}),
 lambda: 'x'.encode('\ud800', 'strict'),
]
for i, t in enumerate(tests):
    try: r = t(); print(i, ascii(r)[:60])
    except Exception as e: print(i, type(e).__name__, ascii(str(e)[:100]))
for s in ('dou\x00ble', 'double', 'float', 'x\udcff'):
    try: print(float.__getformat__(s))
    except Exception as e: print(type(e).__name__, ascii(str(e)))
try: type('a\x00b',(),{})
except Exception as e: print(type(e).__name__, e)
class A: pass
for n in ('a\x00b','\ud800', 'ok'):
    try: A.__name__=n; print(A.__name__)
    except Exception as e: print(type(e).__name__, ascii(str(e)))
for n in ("a'b", 'pkg\ud800.x'):
    try: __import__(n)
    except Exception as e: print(type(e).__name__, ascii(str(e)))
