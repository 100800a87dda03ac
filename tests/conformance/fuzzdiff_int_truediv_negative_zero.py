# different value in arith
# found by: pyjit run (seed 20261201, program 354; reduced from 228 to 2 statements)
# CPython: arith#18 -0.0
# pyjit:   arith#18 0.0
v8 = (~9223372036854775808)
print('arith#18', repr(((+(-0)) / v8)))
