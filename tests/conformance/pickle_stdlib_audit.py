# CPython's pickle.py over _struct, with sys.audit hooks.
import pickle, struct, base64, zlib, time, collections
class P:
    def __init__(self, a): self.a = a
    def __eq__(self, o): return self.a == o.a
data = [1, 2.5, "x", b"y", (1, 2), {"k": [None, True]}, P(3), {1, 2}, frozenset([3]), 10**30, complex(1, 2)]
for proto in range(0, 6):
    s = pickle.dumps(data, proto)
    print(proto, pickle.loads(s) == data)
print(pickle.loads(pickle.dumps(time.gmtime(0))))
print(struct.pack("<iHd", 1, 2, 3.5), base64.b64encode(b"hello"), zlib.decompress(zlib.compress(b"abc" * 10)))
import sys
events = []
sys.addaudithook(lambda ev, args: events.append(ev) if ev.startswith("pickle") else None)
pickle.loads(pickle.dumps(P(1)))
sys.audit("pickle.custom", 1, 2)
print(events)
try:
    sys.audit(5)
except TypeError as e:
    print(e)
import copy
print(copy.deepcopy(collections.OrderedDict(a=1)), pickle.loads(pickle.dumps(collections.Counter("aab"))))
