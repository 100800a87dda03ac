# Instances held in globals, read and written in loops run as native code
# (richards' taskWorkArea): the global is rebound between calls, its class
# is assigned midway, its attribute changes type, and it is replaced by
# None midway.


class Area:
    def __init__(self):
        self.count = 0
        self.hold = 0.0
        self.items = [1, 2, 3]


class Sub(Area):
    pass


class Other:
    count = 100


area = Area()


def bump(n):
    for i in range(n):
        area.count += 1
        area.hold = area.hold + 0.5
    return area.count, area.hold


def bump_and_switch(n, at, cls):
    for i in range(n):
        area.count += 1
        if i == at:
            area.__class__ = cls
    return area.count, type(area).__name__


def read_items(n):
    t = 0
    for i in range(n):
        t += area.items[i % 3]
    return t


def use_method(n):
    t = 0
    for i in range(n):
        t += area.count
        if i == n // 2:
            area.count = "s" if n > 100 else 1.5
            try:
                t += area.count
            except TypeError as e:
                return "TypeError", str(e), t
    return t


def rebind_midway(n):
    global area
    t = 0
    try:
        for i in range(n):
            t += area.count
            if i == 300:
                area = None
    except AttributeError as e:
        return "AttributeError", str(e), t
    return t


print(bump(1000), bump(10))
area = Area()
print(bump(500))
print(bump_and_switch(1000, 400, Sub), bump_and_switch(1000, 400, Area))
print(read_items(1000))
area = Area()
print(use_method(50), use_method(1000))
area = Area()
area.count = 7
print(rebind_midway(1000))
area = Area()
area.count = 2
area.__class__ = Sub
print(bump(100), type(area).__name__)
