import sys
# Debian and python.org builds of CPython 3.11 have no ABI flags.
print(repr(sys.abiflags))
