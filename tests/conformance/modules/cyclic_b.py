import cyclic_a
B = "b"
