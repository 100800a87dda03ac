# different value in arith
# found by: pyjit run (seed 77, program 57; reduced from 353 to 1 statements)
# CPython: arith#11 1e-32
# pyjit:   arith#11 9.999999999999999e-33
print('arith#11', repr((1e16 ** -2)))
