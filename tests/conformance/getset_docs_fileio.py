import _io
for n in ('closed', 'closefd', 'mode', '_blksize'):
    print(n, repr(_io.FileIO.__dict__[n].__doc__))
print(repr(complex.real.__doc__))
