class M(type): pass
for args in [(5,), (), ('a', (), {}, 1), ('a', ())]:
    for t in (type, M):
        try: print(t.__name__, t(*args))
        except TypeError as e: print(t.__name__, len(args), e)
try: type.__new__(type, 5)
except TypeError as e: print(e)
try: type.__new__(M, 5)
except TypeError as e: print(e)
