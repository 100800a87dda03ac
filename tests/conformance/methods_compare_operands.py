vals = [b'a', bytearray(b'a'), memoryview(b'a'), 1, 1.0, True, 2**70, float(2**70)]
for a in vals:
    print([a == b for b in vals], [a != b for b in vals])
    r = []
    for b in vals:
        try: r.append(a < b)
        except TypeError as e: r.append(str(e))
    print(r)
    print([type(a).__eq__(a, b) for b in vals])
