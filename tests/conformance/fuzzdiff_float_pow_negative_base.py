# wrong outcome in arith: CPython a value, pyjit ValueError
# found by: pyjit run (seed 20261201, program 161; reduced from 364 to 3 statements)
# CPython: arith#29 (-9.797174393178826e-16-16j)
# pyjit:   arith#29 ValueError
try:
    print('arith#29', repr((-((10 if (not float('inf')) else -256)) ** 0.5)))
except Exception as e:
    print('arith#29', type(e).__name__)
