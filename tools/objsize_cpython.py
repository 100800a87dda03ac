"""Bytes of memory one object of each kind costs under CPython (tracemalloc),
kept alive in a list: the counterpart of vm.BenchmarkObjectSize
(go test ./vm -run XXX -bench ObjectSize -benchtime 1x), which builds the
same objects under pyjit. Run: python3 tools/objsize_cpython.py
"""
import tracemalloc, gc
cases = [("int","","i + 1000"),("float","","i + 0.5"),("str(8 chars)","","'%08d' % i"),("tuple(2)","","(i, i)"),("list(3)","","[i, i, i]"),("dict(3 str keys)","","{'a': i, 'b': i, 'c': i}"),("set(3)","","{i, i + 1, i + 2}"),
("instance(3 attrs)","class C:\n    def __init__(self, i):\n        self.a = self.b = self.c = i\n","C(i)"),
("instance(__slots__ 3)","class C:\n    __slots__ = ('a', 'b', 'c')\n    def __init__(self, i):\n        self.a = self.b = self.c = i\n","C(i)"),
("closure","def outer(i):\n    def inner():\n        return i\n    return inner\n","outer(i)"),("bound method","class C:\n    def m(self): pass\nc = C()\n","c.m")]
n=200000
for name, setup, make in cases:
    g={}
    exec(setup, g)
    gc.collect()
    tracemalloc.start()
    exec(f"keep = [{make} for i in range({n})]", g)
    cur,_=tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{name:24s} {cur/n:7.1f}")
