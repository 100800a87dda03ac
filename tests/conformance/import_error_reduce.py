# ImportError keeps name and path through pickle and copy: they travel in
# the state __reduce__ returns, with the instance's own attributes.
import copy
import pickle

for kwargs in ({}, {"name": "somename"}, {"path": "somepath"},
               {"name": "somename", "path": "somepath"}, {"name": None}):
    orig = ImportError("test", **kwargs)
    print(kwargs, orig.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        exc = pickle.loads(pickle.dumps(orig, proto))
        print(proto, exc.args, exc.msg, exc.name, exc.path)
    for c in copy.copy, copy.deepcopy:
        exc = c(orig)
        print(c.__name__, exc.args, exc.msg, exc.name, exc.path)

e = ModuleNotFoundError("m", name="n")
e.extra = 1
r = e.__reduce__()
print(r[0].__name__, r[1], sorted(r[2].items()))
e2 = ImportError("x")
e2.name = "later"
print(e2.__reduce__())
