# The alternate form of float's format without a type keeps a decimal
# point; float.__getformat__ takes str subclasses.
for v in [1e300, 1.0, 1e16, float('inf'), float('-inf'), float('nan'), -1e-300, 123.456, 0.0, -0.0, 1e-5, 5e-324, 1e22, 12345678901234567.0]:
    print(repr(format(v, '#')), repr(format(v, '#10')), repr(format(v, '')), repr(format(v, '#.3')), repr(format(v, '#,')))
print(repr(format(complex(1e300, 1), '#')), repr(f"{1e16:#}"))
class S(str):
    pass
print(float.__getformat__(S('double')))
try:
    float.__getformat__(S('ab'))
except ValueError as e:
    print("ValueError", e)
