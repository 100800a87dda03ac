# The '0' flag with and without a fill or an alignment, and 'z', across types.
for v in ['ab', 7, -7, 1.5, -0.0, True, 2**70]:
    for s in ['05', '<05', '>05', '^05', '=05', 'x=05', '=+08', 'z', 'z5', 'zd', 'zx', 'z,', 'z.2', '0', '010,', '+,', ' _', '#,']:
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(v), repr(s), type(e).__name__, e)
class R:
    def __round__(self, *a):
        return ('round', a)
print(round(R()), round(R(), None), round(R(), 2))
for a in [None, 1, -1, 2**70]:
    try:
        print((1234).__round__(a), round(1234, a))
    except Exception as e:
        print(type(e).__name__, e)
