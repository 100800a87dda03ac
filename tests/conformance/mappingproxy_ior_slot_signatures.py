# mappingproxy refuses |= with CPython's message; slot wrappers of every
# builtin type have the slot's __text_signature__.
import types, inspect
m = {"a": 1}
p = types.MappingProxyType(m)
q = p
try:
    p |= {"b": 2}
except TypeError as e:
    print("TypeError:", e)
print(p is q, m, p | {"b": 2}, {"c": 3} | p)
print(sorted(set(dir(p)) - set(dir(object()))))
print(p.__ior__.__name__, p.__ior__.__text_signature__)
for f in [object.__init__.__get__, types.FunctionType.__get__, (lambda: 0).__get__, type(len).__call__,
          types.MappingProxyType.__ior__, types.GeneratorType.__next__, type(iter([])).__next__, types.CodeType.__eq__,
          type(object.__init__).__call__, type({}.keys()).__or__]:
    print(f.__name__, f.__text_signature__, inspect.signature(f))
