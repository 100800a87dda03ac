# exec and eval accept a dict subclass as globals; with no locals, the
# names the code stores and loads go through the subclass's methods.
from collections import defaultdict

a = defaultdict(float)
a[1] = 3.25
a['print'] = print
exec("x = 3; print(x)", a)
print(sorted(a.keys(), key=lambda k: (str(type(k)), k)))
print(a['x'])


class D(dict):
    def __missing__(self, key):
        return key.upper()


print(eval("foo + 'x'", D()))
d = D(y=2)
print(eval("y * 10", d))
exec("z = y + 1", d)
print(sorted(k for k in d if k != "__builtins__"), d["z"], "__builtins__" in d)
try:
    exec("pass", [])
except TypeError as e:
    print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
