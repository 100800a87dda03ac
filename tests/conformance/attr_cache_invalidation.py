# Attribute loads and stores specialized while a class attribute is a
# plain object must notice when that object's class later becomes a
# descriptor, and a slot descriptor copied into an unrelated class must
# keep raising TypeError however often the access runs; a class whose
# metaclass is swapped finds its attributes on the new one.


def descriptor_added_later():
    class Descriptor:
        pass

    class C:
        x = Descriptor()

        def __init__(self):
            self.x = 1

    def load(o):
        return o.x

    def store(o, v):
        o.x = v

    o = C()
    for _ in range(2000):
        load(o)
        store(o, 1)
    Descriptor.__get__ = lambda self, instance, owner: 2
    Descriptor.__set__ = lambda self, instance, value: print("set", value)
    print(load(o))
    store(o, 5)
    print(o.__dict__)


def borrowed_slot(with_slots):
    class Class:
        __slots__ = ("slot",)

    if with_slots:
        class Sneaky:
            __slots__ = ("shadowed",)
            borrowed = Class.slot
    else:
        class Sneaky:
            borrowed = Class.slot

    def load(o):
        return o.borrowed

    def store(o):
        o.borrowed = 42

    o = Sneaky()
    if with_slots:
        o.shadowed = 42
    errors = set()
    for f in (load, store):
        for _ in range(2000):
            try:
                f(o)
            except TypeError as e:
                errors.add(str(e))
    print(sorted(errors))


def metaclass_swap():
    class Old(type):
        @property
        def attribute(self):
            return True

    class New(type):
        @property
        def attribute(self):
            return False

    class C(metaclass=Old):
        pass

    def load():
        return C.attribute

    for _ in range(2000):
        load()
    C.__class__ = New
    print(type(C).__name__, load(), C.attribute)

    class D:
        pass

    for target, cls in ((D, New), (C, type), (C, int), (1, New)):
        try:
            target.__class__ = cls
        except TypeError as e:
            print(e)


descriptor_added_later()
borrowed_slot(True)
borrowed_slot(False)
metaclass_swap()
