for b in [b'', b'\x01', bytes(range(7))]:
    for per in [1, 2, 3, -2, -3, 0, 10, -10]:
        print(b.hex(':', per), bytearray(b).hex('-', per), memoryview(b).hex(b' ', per))
