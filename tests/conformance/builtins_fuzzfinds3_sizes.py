# Results too large for Py_ssize_t: bytes raise OverflowError, others
# MemoryError; enumerate converts its start before iterating.
N = 2**63 - 1
for f in [lambda: b'a' * N, lambda: b'ab' * (N // 2), lambda: bytearray(b'a') * N, lambda: b'a\tb'.expandtabs(N), lambda: 'a\tb'.expandtabs(N),
          lambda: bytes(N), lambda: bytearray(N), lambda: (1).to_bytes(N), lambda: 'a' * N, lambda: [0] * N, lambda: (0,) * N,
          lambda: b'abc'.rjust(2**63-1), lambda: b'abc'.zfill(2**63-1), lambda: bytearray(b'a').ljust(2**63-1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
class R:
    def __iter__(self): raise KeyError
for f in [lambda: enumerate(R(), enumerate('ab')), lambda: enumerate(R(), 1), lambda: enumerate(5, 's')]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
