# list.index and tuple.index bounds (ints or __index__, never None); str.splitlines' keepends and __reduce_ex__'s protocol are C ints.
t = (1, 2, 3, 2, 1)
for a in [(2,), (2, 2), (2, 4), (1, -2), (1, 1, 3), (2, None), (2, 0, None), (2, ''), (3, 10**30), (1, -10**30, 2)]:
    try: print(a, t.index(*a))
    except Exception as e: print(a, type(e).__name__, e)
t = [1, 2, 3, 2, 1]
for a in [(2,), (2, 2), (2, 4), (1, -2), (1, 1, 3), (2, None), (2, 0, None), (2, ''), (3, 10**30), (1, -10**30, 2)]:
    try: print(a, t.index(*a))
    except Exception as e: print(a, type(e).__name__, e)
for c in ["(0).__reduce_ex__(2**62)", "str.splitlines('', 10**20)", "'a\\nb'.splitlines(True)", "'a\\nb'.splitlines('x')"]:
    try: print(c, repr(eval(c))[:50])
    except Exception as e: print(c, type(e).__name__, e)
