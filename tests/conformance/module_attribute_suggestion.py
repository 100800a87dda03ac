# An AttributeError of a module's missing attribute knows the name and the
# module, so that an uncaught one suggests the closest attribute.
import collections
import math

for o, n in ((math, "sqroot"), (collections, "OrderDict")):
    try:
        getattr(o, n)
    except AttributeError as e:
        print(e.name, e.obj is o, e)

try:
    math.sqroot
except AttributeError as e:
    print(e.name, e.obj is math)

class Custom(AttributeError):
    pass

try:
    raise Custom("plain")
except AttributeError as e:
    print(e.name, e.obj)

math.sqroot(4)
