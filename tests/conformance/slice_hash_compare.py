# Slices: unhashable in 3.11 (so not dict keys), ordered as (start, stop, step).
for c in ["hash(slice(1))", "{}[1:2]", "slice(1,2)==slice(1,2)", "slice(1,2) < slice(1,3)", "slice(1,2) <= slice(1,2)", "slice(1,2,3) < slice(1,2,4)", "slice(1) == 1", "slice(1) < 1", "slice('a') < slice('b')", "slice(None) < slice(1)", "{slice(1): 2}", "slice(1, 2) != slice(1, 2)", "sorted([slice(3), slice(1), slice(2)])"]:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
