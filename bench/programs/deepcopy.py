# copy.deepcopy of nested containers and objects.
import copy


class A:
    def __init__(self, string, number, lst, mapping):
        self.string = string
        self.number = number
        self.lst = lst
        self.mapping = mapping


class WithState:
    def __init__(self, items):
        self.items = items

    def __getstate__(self):
        return {"items": self.items}

    def __setstate__(self, state):
        self.items = state["items"]


class Custom:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        return Custom(copy.deepcopy(self.v, memo))


def make():
    shared = [1, 2, 3]
    a = A("hello", 42, [shared, shared, {"k": (1, 2, [3])}], {"x": shared, "y": {"z": [4, 5]}})
    return {"a": a, "list": [a, a], "tuple": (a, [a]), "state": WithState([shared]), "custom": Custom([shared]),
            "nums": list(range(50)), "text": "abc" * 10}


def checksum(obj, seen=None):
    if isinstance(obj, dict):
        return sum(checksum(k) + checksum(v) for k, v in obj.items())
    if isinstance(obj, (list, tuple)):
        return sum(checksum(v) for v in obj) + len(obj)
    if isinstance(obj, str):
        return len(obj)
    if isinstance(obj, int):
        return obj
    if isinstance(obj, A):
        return checksum(obj.lst) + checksum(obj.mapping) + obj.number
    if isinstance(obj, WithState):
        return checksum(obj.items)
    if isinstance(obj, Custom):
        return checksum(obj.v)
    return 0


data = make()
total = 0
for _ in range(2000):
    c = copy.deepcopy(data)
    total += checksum(c)
c = copy.deepcopy(data)
print(total, c["list"][0] is c["list"][1], c["a"].lst[0] is c["a"].lst[1], c["a"] is not data["a"])
