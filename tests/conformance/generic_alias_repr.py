# The repr of generic aliases names functions and classes by module and
# qualified name.


def f():
    pass


class C:
    class D:
        pass


print(list[lambda x: 0], dict[abs, int], list[int, ...], list[None], tuple[()], list['a'], list[list[int]])
print(list[f], dict[C, C.D], tuple[C.D, ...], type[C], list[len], set[print])
