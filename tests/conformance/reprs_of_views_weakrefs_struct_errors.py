# Nested dict views count against the recursion limit when shown; a weak
# reference names its referent's type as CPython's tp_name does; struct's
# buffer-size errors compute the size needed without overflow.
import struct
import sys
import weakref

d = {}
for i in range(sys.getrecursionlimit() + 100):
    d = {42: d.values()}
try:
    print("no error, len", len(repr(d)))
except RecursionError:
    print("RecursionError")
d = {}
for i in range(sys.getrecursionlimit() + 100):
    d = {42: d.keys()}
print(repr(d))
d = {1: 2}
d[3] = d.values()
print(d)

class Node:
    pass

class D(dict):
    pass

import collections, functools
objs = [Node(), D(), collections.OrderedDict(), functools.partial(print), set(), frozenset({1}), weakref, Node]
refs = [weakref.ref(o) for o in objs]
for r in refs:
    print(repr(r).split(" to ")[1].split(" at ")[0])
p = weakref.proxy(objs[0])
print(repr(p).split(" to ")[1].split(" at ")[0])

for fn, args in ((struct.pack_into, ("<I", bytearray(10), sys.maxsize, 1)),
                 (struct.unpack_from, ("<I", bytearray(10), sys.maxsize)),
                 (struct.pack_into, ("<I", bytearray(10), 8, 1))):
    try:
        fn(*args)
    except struct.error as e:
        print(e)
