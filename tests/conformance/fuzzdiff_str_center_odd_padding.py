# different value in assign
# found by: pyjit run (seed 20261201, program 153; reduced from 278 to 2 statements)
# CPython: assign#52 'a*'
# pyjit:   assign#52 '*a'
v51 = 'a'.center(2, '*')
print('assign#52', repr(v51))
