# Sequence patterns: list and tuple syntax, star captures, what counts as a sequence.
import array
import collections
import collections.abc


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case (a, b, c):
            return f"three {a!r} {b!r} {c!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(3), [1, 2, 3, 4, 5],
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1, 2]), 5, None,
          array.array("i", [7, 8]), collections.deque([1, 2, 3, 4]), memoryview(b"xy")]:
    print(type(v).__name__, "->", seq(v))


def stars(x):
    match x:
        case [*_]:
            pass
    match x:
        case [*a, 1]:
            print("  ends in 1:", a)
        case [1, *a]:
            print("  starts with 1:", a)
        case [_, *_, 9]:
            print("  ends with 9, length", len(x))
        case [_, _, *rest]:
            print("  rest", rest, type(rest).__name__)
        case [*everything]:
            print("  everything", everything)


for v in [[5, 1], (1, 2, 3), [0, 0, 9], (7, 8, 9, 10), [3], (), "abc"]:
    print(repr(v))
    stars(v)

# Nested sequences and parenthesized patterns.
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), [c, [d, e]]]:
        print("nested", a, b, c, d, e)

match (1, 2):
    case (1 | 2) as first, second:
        print("open sequence", first, second)

match [1, 2, 3]:
    case 1, *rest:
        print("open star", rest)

match (1,):
    case (x):
        print("group, not a tuple", x)

# A Sequence subclass and a registered class are sequences.
class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

    def __len__(self):
        print("  len")
        return len(self.items)


match MySeq(1, 2, 3):
    case [a, *_, c]:
        print("MySeq", a, c)

match MySeq(1, 2, 3):
    case [a, *b]:
        print("MySeq star", a, b)


class Registered:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class RegisteredChild(Registered):
    pass


match Registered([1, 2]):
    case [a, b]:
        print("before register?!")
    case _:
        print("not a sequence before register")

collections.abc.Sequence.register(Registered)

for v in [Registered([1, 2]), RegisteredChild([3, 4])]:
    match v:
        case [a, b]:
            print(type(v).__name__, "is a sequence now", a, b)
        case _:
            print(type(v).__name__, "not a sequence")


class ListChild(list):
    pass


class TupleChild(tuple):
    pass


class StrChild(str):
    pass


for v in [ListChild([1, 2]), TupleChild((1, 2)), StrChild("12")]:
    match v:
        case [a, b]:
            print(type(v).__name__, "sequence", a, b)
        case _:
            print(type(v).__name__, "not a sequence")

# Mappings registered as Sequence are not both.
class Both(dict):
    pass

match Both(a=1):
    case [*_]:
        print("dict subclass as sequence?!")
    case {"a": v}:
        print("dict subclass as mapping", v)


# Multiple inheritance: the first class in the MRO with a flag decides.
def seq_or_map(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
        case _:
            return "neither"


class C:
    pass


class M1(collections.UserDict, collections.abc.Sequence):
    pass


class M2(C, collections.UserDict, collections.abc.Sequence):
    pass


class M4(dict, collections.abc.Sequence, C):
    pass


class S3(list, C, collections.abc.Mapping):
    pass


class S5(C, collections.abc.Sequence, collections.abc.Mapping):
    def __getitem__(self, i):
        raise IndexError(i)

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


for cls in [M1, M2, M4, S3, S5]:
    print(cls.__name__, seq_or_map(cls()))


# Registering a parent late reaches existing subclasses.
class Parent:
    pass


class ChildPre(Parent):
    pass


class GrandchildPre(ChildPre):
    pass


collections.abc.Mapping.register(Parent)


class ChildPost(Parent):
    pass


for cls in [Parent, ChildPre, GrandchildPre, ChildPost]:
    print(cls.__name__, seq_or_map(cls()))

# Registering a builtin type changes nothing.
collections.abc.Sequence.register(str)
collections.abc.Mapping.register(set)
print(seq_or_map("ab"), seq_or_map({1}))
