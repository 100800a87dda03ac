# The reflected and in-place operator methods of the builtin types, called
# directly and through the operators.


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", type(r).__name__, repr(r))


show("True.__rand__(False)", True.__rand__, False)
show("True.__ror__(0)", True.__ror__, 0)
show("True.__rxor__(True)", True.__rxor__, True)
show("True.__rxor__(6)", True.__rxor__, 6)
show("False.__ror__(1.5)", False.__ror__, 1.5)
show("True.__rand__('x')", True.__rand__, "x")
show("(7).__divmod__(2)", (7).__divmod__, 2)
show("(-7).__divmod__(2)", (-7).__divmod__, 2)
show("(7).__rdivmod__(2)", (7).__rdivmod__, 2)
show("(7).__divmod__(2.0)", (7).__divmod__, 2.0)
show("(7).__divmod__(0)", (7).__divmod__, 0)
show("(7).__divmod__(True)", (7).__divmod__, True)
show("(7.5).__divmod__(2)", (7.5).__divmod__, 2)
show("(7.5).__rdivmod__(2)", (7.5).__rdivmod__, 2)
show("(-7.5).__divmod__(2.0)", (-7.5).__divmod__, 2.0)
show("(7.5).__divmod__(0.0)", (7.5).__divmod__, 0.0)
show("(7.5).__divmod__('x')", (7.5).__divmod__, "x")
show("True.__divmod__(2)", True.__divmod__, 2)
show("divmod(10**20, 7)", divmod, 10**20, 7)
s, f = {1, 2, 3}, frozenset({2, 3, 4})
for name in ("__rand__", "__ror__", "__rsub__", "__rxor__"):
    show("set." + name, lambda: sorted(getattr(s, name)(f)))
    show("frozenset." + name, lambda: type(getattr(f, name)(s)).__name__)
    show("set.%s(list)" % name, getattr(s, name), [1])
show("dict.__ror__", {1: 1, 2: 2}.__ror__, {2: "b", 3: "c"})
show("dict.__ror__ list", {1: 1}.__ror__, [])
l = [1, 2]
m = l
show("list.__imul__", l.__imul__, 2)
print(l, m is l)
l *= 2
print(m is l, len(l))
l *= 0
print(l, m is l)
show("list.__rmul__", [1, 2].__rmul__, 2)
show("tuple.__rmul__", (1,).__rmul__, 3)
show("str.__rmul__", "ab".__rmul__, 2)
show("str.__rmul__ neg", "ab".__rmul__, -1)
show("str.__rmod__ str", "x".__rmod__, "<%s>")
show("str.__rmod__ int", "x".__rmod__, 5)
for expr in ('"ab" * 2.0', '[1] * "x"', '(1,) * 1.5', '2.5 * "ab"', '"a" * "b"', 'None * [1]', '{1} * 2'):
    show(expr, eval, expr)


class R:
    def __rmul__(self, other):
        return "rmul", other

    def __rmod__(self, other):
        return "rmod", other


show("[1] * R()", lambda: [1] * R())
show("'%d' % R()", lambda: "%d" % R())
show("b'' * R()", lambda: b"x" * R())

# In-place repetition keeps the object.
l = [1, 2]
m = l
l *= 3
print(l, m is l)
l *= -1
print(l, m is l)
t = (1,)
u = t
t *= 2
print(t, u)


class L(list):
    pass


x = L([1])
y = x
x *= 2
print(x, y is x, type(x).__name__)
