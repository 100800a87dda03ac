# different value in compare
# found by: pyjit run (seed 20261201, program 249; reduced from 336 to 1 statements)
# CPython: compare#28 False
# pyjit:   compare#28 True
print('compare#28', repr(((float('-inf') ** -2) > (divmod(1, -2147483648)[1] if ('aaa' > 'a') else len('a')) >= float('nan'))))
