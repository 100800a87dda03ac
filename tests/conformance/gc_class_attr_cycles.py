# Objects the runtime's own caches or spare slots must not keep alive:
# a class whose attribute refers back to it (the attribute lookup cache),
# the locals of a finished generator, the slot a list deletion vacates,
# and a chain of objects with __del__ a hundred deep.
import gc
import weakref


def collect():
    for _ in range(3):
        gc.collect()


def class_collected(setup):
    A = type('A', (), {})
    setup(A)
    r = weakref.ref(A)
    del A
    collect()
    return r() is None


def dict_key_loaded(A):
    A.d = {A: None}
    x = A.d
    x[1] = 2


def list_loaded(A):
    A.d = [A]
    A.d.append(1)


def subscript_store(A):
    A.od = {}
    A.od[A] = None


print('class attr dict', class_collected(dict_key_loaded))
print('class attr list', class_collected(list_loaded))
print('class subscript store', class_collected(subscript_store))


class Tracked:
    freed = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Tracked.freed.append(self.name)


def gen(owner, n):
    yield from range(n)


def finished_generator_frees():
    collect()
    Tracked.freed.clear()
    it = gen(Tracked('g'), 2)
    for _ in it:
        pass
    collect()
    return Tracked.freed[:], it.gi_frame


print('finished generator', finished_generator_frees())


class Holder:
    def __init__(self, n):
        self.n = n
        self.tracked = Tracked('h')

    def __iter__(self):
        for x in range(self.n):
            yield x


def finished_method_generator():
    collect()
    Tracked.freed.clear()
    it = iter(Holder(2))
    list(it)
    collect()
    return Tracked.freed[:], it.gi_frame


print('finished method generator', finished_method_generator())


def list_deletions():
    out = []
    for name, op in [('del last', lambda l: l.__delitem__(-1)),
                     ('del first', lambda l: l.__delitem__(0)),
                     ('remove', lambda l: l.remove(l[1])),
                     ('pop', lambda l: l.pop()),
                     ('reinit', lambda l: l.__init__([]))]:
        objs = [Tracked(i) for i in range(4)]
        refs = [weakref.ref(o) for o in objs]
        op(objs)
        collect()
        out.append((name, [r() is None for r in refs]))
    return out


for row in list_deletions():
    print(*row)


def nested_chain():
    deleted = []

    class Node:
        def __init__(self, child):
            self.child = child

        def __del__(self):
            deleted.append(self.i)

    obj = None
    for i in range(100):
        obj = Node(obj)
        obj.i = i
    del obj
    collect()
    return deleted == list(reversed(range(100)))


print('chain of __del__', nested_chain())
