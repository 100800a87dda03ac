for s, n in [(b"", 2**63-1), (b"", 0), (b"ab", 0), (b"ab", -3), (b"ab", 1), (b"abc", 5), (b"x", 1000)]:
    b = bytearray(s); b *= n; print(len(b), bytes(b[:12]))
b = bytearray(b"ab"); v = b.__imul__(3); print(v is b, b)
