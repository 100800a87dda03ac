# Bad calls of builtin methods and functions: too few and too many
# arguments, unknown keywords, a self of the wrong type, no self. Every
# call must raise CPython's exception with CPython's message; none may end
# the program with an internal error.
import math

METHODS = {'BaseException': ['__new__', '__repr__', '__str__', 'add_note', 'with_traceback'],
 'BaseExceptionGroup': ['__new__', '__str__', 'derive', 'split', 'subgroup'],
 'KeyError': ['__str__'],
 'SyntaxError': ['__str__'],
 'bool': ['__and__', '__new__', '__or__', '__repr__', '__xor__'],
 'builtins': ['__import__', 'abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'callable', 'chr',
              'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash',
              'hex', 'id', 'isinstance', 'issubclass', 'iter', 'len', 'locals', 'max', 'min', 'next', 'oct',
              'ord', 'pow', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars'],
 'bytearray': ['__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__iter__', '__le__', '__len__',
               '__lt__', '__ne__', '__new__', '__repr__', '__setitem__', 'append', 'decode', 'extend', 'hex',
               'join'],
 'bytes': ['__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__hash__', '__iter__', '__le__',
           '__len__', '__lt__', '__ne__', '__new__', '__repr__', 'decode', 'hex', 'join'],
 'classmethod': ['__get__', '__new__'],
 'dict': ['__contains__', '__delitem__', '__eq__', '__ge__', '__getitem__', '__gt__', '__ior__', '__iter__',
          '__le__', '__len__', '__lt__', '__ne__', '__new__', '__or__', '__repr__', '__reversed__',
          '__setitem__', 'clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
          'update', 'values'],
 'float': ['__abs__', '__add__', '__bool__', '__ceil__', '__eq__', '__float__', '__floor__', '__floordiv__',
           '__ge__', '__getnewargs__', '__gt__', '__hash__', '__int__', '__le__', '__lt__', '__mod__',
           '__mul__', '__ne__', '__neg__', '__new__', '__pos__', '__pow__', '__radd__', '__repr__',
           '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rsub__', '__rtruediv__',
           '__sub__', '__truediv__', '__trunc__', 'as_integer_ratio', 'conjugate', 'fromhex', 'hex',
           'is_integer'],
 'frozenset': ['__and__', '__contains__', '__eq__', '__ge__', '__gt__', '__hash__', '__iter__', '__le__',
               '__len__', '__lt__', '__ne__', '__new__', '__or__', '__repr__', '__sub__', '__xor__', 'copy',
               'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference',
               'union'],
 'int': ['__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__eq__', '__float__', '__floor__',
         '__floordiv__', '__ge__', '__getnewargs__', '__gt__', '__hash__', '__index__', '__int__',
         '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__new__',
         '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__repr__', '__rfloordiv__', '__rlshift__',
         '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__',
         '__rtruediv__', '__rxor__', '__sub__', '__truediv__', '__trunc__', '__xor__', 'as_integer_ratio',
         'bit_count', 'bit_length', 'conjugate', 'from_bytes', 'to_bytes'],
 'list': ['__add__', '__contains__', '__delitem__', '__eq__', '__ge__', '__getitem__', '__gt__', '__iadd__',
          '__iter__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__new__', '__repr__',
          '__reversed__', '__setitem__', 'append', 'clear', 'copy', 'count', 'extend', 'index', 'insert',
          'pop', 'remove', 'reverse', 'sort'],
 'math': ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'ceil', 'comb', 'copysign', 'cos',
          'cosh', 'degrees', 'dist', 'erf', 'erfc', 'exp', 'expm1', 'fabs', 'factorial', 'floor', 'fmod',
          'frexp', 'fsum', 'gamma', 'gcd', 'hypot', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm',
          'ldexp', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'nextafter', 'perm', 'pow', 'prod',
          'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp'],
 'memoryview': ['__enter__', '__eq__', '__exit__', '__getitem__', '__len__', '__new__', '__repr__',
                '__setitem__', 'hex', 'release', 'tobytes', 'tolist'],
 'object': ['__eq__', '__ge__', '__gt__', '__hash__', '__init_subclass__', '__le__', '__lt__', '__ne__',
            '__new__', '__repr__', '__str__', '__subclasshook__'],
 'property': ['__get__', '__new__', '__set__', '__set_name__', 'deleter', 'getter', 'setter'],
 'range': ['__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__iter__', '__le__', '__len__',
           '__lt__', '__ne__', '__new__', '__repr__', '__reversed__', 'count', 'index'],
 'set': ['__and__', '__contains__', '__eq__', '__ge__', '__gt__', '__iand__', '__ior__', '__isub__',
         '__iter__', '__ixor__', '__le__', '__len__', '__lt__', '__ne__', '__new__', '__or__', '__repr__',
         '__sub__', '__xor__', 'add', 'clear', 'copy', 'difference', 'difference_update', 'discard',
         'intersection', 'intersection_update', 'isdisjoint', 'issubset', 'issuperset', 'pop', 'remove',
         'symmetric_difference', 'symmetric_difference_update', 'union', 'update'],
 'slice': ['__new__', '__repr__', 'indices'],
 'staticmethod': ['__call__', '__get__', '__new__'],
 'str': ['__add__', '__contains__', '__eq__', '__ge__', '__getitem__', '__getnewargs__', '__gt__', '__hash__',
         '__iter__', '__le__', '__len__', '__lt__', '__mod__', '__mul__', '__ne__', '__new__', '__repr__',
         '__str__', 'capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find',
         'format', 'format_map', 'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit',
         'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join',
         'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace',
         'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith',
         'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'],
 'tuple': ['__add__', '__contains__', '__eq__', '__ge__', '__getitem__', '__getnewargs__', '__gt__',
           '__hash__', '__iter__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__new__', '__repr__',
           'count', 'index'],
 'type': ['__call__', '__instancecheck__', '__new__', '__or__', '__prepare__', '__repr__', '__ror__',
          '__subclasscheck__']}

SAMPLES = {
    'str': lambda: 'ab', 'bytes': lambda: b'ab', 'bytearray': lambda: bytearray(b'ab'),
    'list': lambda: [1], 'tuple': lambda: (1,), 'dict': lambda: {1: 2}, 'set': lambda: {1},
    'frozenset': lambda: frozenset({1}), 'int': lambda: 5, 'bool': lambda: True, 'float': lambda: 1.5,
    'range': lambda: range(3), 'slice': lambda: slice(1, 2), 'memoryview': lambda: memoryview(b'ab'),
    'object': lambda: object(), 'type': lambda: int, 'BaseException': lambda: BaseException('x'),
    'SyntaxError': lambda: SyntaxError('x'), 'KeyError': lambda: KeyError(1),
    'BaseExceptionGroup': lambda: BaseExceptionGroup('x', [ValueError()]),
    'property': lambda: property(), 'classmethod': lambda: classmethod(len),
    'staticmethod': lambda: staticmethod(len),
}


def show(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        result = 'ok'
    except Exception as e:
        result = type(e).__name__ + ': ' + str(e)
    print(label, '->', result)


for tname, methods in METHODS.items():
    if tname in ('builtins', 'math'):
        continue
    T = eval(tname)
    for name in methods:
        d = T.__dict__[name]
        q = tname + '.' + name
        if name == '__new__':
            show(q + '()', d)
            show(q + '(5)', d, 5)
            show(q + '(int)', d, int)
            continue
        m = getattr(SAMPLES[tname](), name)
        show(q + ' no args', m)
        show(q + ' 6 args', m, None, None, None, None, None, None)
        show(q + ' bogus keyword', m, zzz=1)
        show(q + ' 1 arg and bogus keyword', m, None, zzz=1)
        if type(d).__name__ in ('method_descriptor', 'wrapper_descriptor'):
            show(q + ' wrong self', d, 'x' if T is not str else 5, None)
            show(q + ' no self', d)

import builtins
for mod, names in (('builtins', METHODS['builtins']), ('math', METHODS['math'])):
    m = builtins if mod == 'builtins' else math
    for name in names:
        f = getattr(m, name)
        show(name + ' no args', f)
        show(name + ' 6 args', f, None, None, None, None, None, None)
        show(name + ' bogus keyword', f, zzz=1)

# Messages of builtin methods bound to an instance of a subclass, or to a
# type, name that type; calls through the descriptor name the owner.
class L(list):
    pass

show('L().clear(1)', L().clear, 1)
m = L().clear
show('bound L.clear(1)', m, 1)
show('int.__instancecheck__()', int.__instancecheck__)

class D(dict):
    pass

show('D.fromkeys(x=1)', D.fromkeys, x=1)

# Special methods taken from another type check self and their arguments.
class X:
    __len__ = list.__len__
    __getitem__ = list.__getitem__
    __add__ = str.__add__

for expr in ('len(X())', 'X()[0]', 'X() + X()'):
    show(expr, eval, expr)

class S(str):
    __len__ = str.zfill

show('len(S())', len, S())

# Keyword rules of Argument Clinic's parser.
tb = (5).to_bytes
show('to_bytes 3 positional', tb, 1, 'big', 3)
show('to_bytes too many', tb, 1, 'big', 3, signed=1, x=3)
show('to_bytes by name and position', tb, 1, length=2)
show('to_bytes keywords only', tb, a=1, b=2, c=3, d=4)
show('isclose missing', math.isclose, b=1)
show('isclose given twice', math.isclose, 1, 2, a=1)
show('isclose too many positional', math.isclose, 1, 2, 3, rel_tol=1)
show('sum start only', sum, start=1)
show('split invalid before missing', 'a b'.split, x=1, sep=2)
show('from_bytes bad byteorder', int.from_bytes, b'', None)
show('from_bytes byteorder', int.from_bytes, b'\x01\x00', byteorder='little')
show('sorted keyword', sorted, [3, 1], reverse=True)

# Classmethod descriptors check their class.
fk = dict.__dict__['fromkeys']
show('fromkeys on int', fk, 5)
show('fromkeys on a type', fk, int)
show('fromkeys no class', fk)

# The same bad calls from hot call sites (tier 1 specializes good sites
# only) and good calls that must keep working.
def hot():
    out = []
    for i in range(40):
        try:
            [].append()
        except TypeError as e:
            out.append(str(e))
        try:
            'abc'.zfill(1, 2)
        except TypeError as e:
            out.append(str(e))
        try:
            len()
        except TypeError as e:
            out.append(str(e))
        try:
            'a,b'.split(',', maxsplit=1, x=2)
        except TypeError as e:
            out.append(str(e))
        out.append('a,b,c'.split(',', maxsplit=1))
        out.append('x'.zfill(3))
        out.append(len([i]))
    return out

r = hot()
print(len(r), r[:7])
print(r == hot())

# Constructors check their arguments as CPython's do.
for src in ['int(x=1)', 'int(1, x=1)', "int('1', base=10)", 'int(1, 2, 3)', 'str(x=1)', "str(object='a')",
            'str(1, 2, 3, 4)', 'bytes(x=1)', 'bytes(1, 2, 3, 4)', 'bytearray(x=1)', 'list(x=1)', 'list(1, 2)',
            'tuple(x=1)', 'set(x=1)', 'frozenset(x=1)', 'bool(x=1)', 'range(x=1)', 'range()', 'slice(x=1)',
            'slice()', 'float(x=1)', 'float(1, 2)', 'object(x=1)', 'object(1)', 'type(x=1)', 'memoryview(x=1)',
            'memoryview()', 'property(x=1)', 'property(1, 2, 3, 4, 5)', 'zip(x=1)', 'map()', 'filter()',
            'reversed()', 'super(x=1)', 'super(1, 2, 3)', 'staticmethod(x=1)', 'staticmethod()',
            'classmethod(x=1)', 'classmethod(1, 2)', 'ValueError(x=1)']:
    show(src, eval, src)

# Arguments of the wrong type.
for src in ['{1}.issubset(None)', '{1}.issuperset(5)', 'frozenset().issubset(1.5)', 'str.maketrans(None, None)',
            "str.maketrans(None, 'a')", "str.maketrans({'': 1})", "str.maketrans('ab', 'cd', 'e')", "'ab'.zfill(1.5)",
            "'ab'.zfill(2**70)", "'ab'.zfill(True)", "'a\\tb'.expandtabs('x')", '(5).to_bytes(-1)', '(5).to_bytes(1.5)',
            '(5).to_bytes(2**70)', "(5).to_bytes(2, 'little')", "(5).to_bytes(2, 'middle')", "int.from_bytes(b'\\x01', 5)",
            "set().difference_update(None)", "set().intersection_update(1)"]:
    show(src, eval, src)

# Binding a method descriptor to an object of another type.
for src in ["list.__dict__['append'].__get__(5)", "str.__add__.__get__(5)", "list.append.__get__([])(1)",
            "range.__dict__['start'].__get__(5)"]:
    show(src, eval, src)
