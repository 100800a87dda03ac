for v in [0, 1, 127, 128, 255, 256, -1, -127, -128, -129, -256, 32767, -32768, -32769, 2**63, -2**63, 2**63 - 1, -2**63 - 1]:
    row = []
    for n in [0, 1, 2, 8]:
        for s in [False, True, 2, []]:
            try:
                row.append(v.to_bytes(n, 'little', signed=s).hex())
            except OverflowError as e:
                row.append(str(e))
    print(v, row)
