# An assignment expression in a comprehension binds its target in the
# enclosing function, which may declare it global: then it is global inside
# the comprehension too (CPython 3.11 symtable).
GLOBAL_VAR = 0
def f():
    global GLOBAL_VAR
    r = [GLOBAL_VAR := i for i in range(3)]
    return r, GLOBAL_VAR
print(f(), GLOBAL_VAR)
def g():
    x = 5
    def h():
        global x
        [x := 7 for _ in range(1)]
        return x
    return h(), x
print(g(), x)
def k():
    global Y
    return [[Y := j for j in range(i)] for i in range(3)], Y
print(k(), Y)
