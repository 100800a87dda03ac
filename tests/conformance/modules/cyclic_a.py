import cyclic_b
A = "a"
def use():
    return cyclic_b.B
