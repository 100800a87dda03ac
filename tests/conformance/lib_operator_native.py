# The native _operator module under CPython's operator.py: functions that
# are builtins (they do not bind as methods), the getters' reprs, pickling
# and errors, _compare_digest, length_hint and index.
import _operator
import operator
import pickle


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


print(operator.add is _operator.add, operator.__add__ is operator.add, operator.__iand__ is operator.iand)
print(type(operator.add).__name__, operator.add.__module__, operator.attrgetter.__module__)
print(sorted(n for n in vars(_operator) if not n.startswith('__')))


class Holder:
    get = operator.itemgetter(0)
    add = operator.add


h = Holder()
attempt('builtin does not bind', lambda: Holder.add(2, 3))
attempt('itemgetter as attribute', lambda: h.get('xy'))

attempt('add one arg', lambda: operator.add(1))
attempt('add keyword', lambda: operator.add(1, b=2))
attempt('neg no arg', lambda: operator.neg())
attempt('pow three args', lambda: operator.pow(2, 3, 4))
attempt('is_ one arg', lambda: operator.is_(1))
attempt('iand', lambda: operator.iand(6, 3))
attempt('ior list', lambda: operator.ior({1}, {2}))
attempt('iadd list', lambda: operator.iadd([1], (2,)))
attempt('index bool', lambda: (operator.index(True), type(operator.index(True)).__name__))
attempt('index float', lambda: operator.index(1.5))
attempt('concat ints', lambda: operator.concat(1, [2]))
attempt('concat dicts', lambda: operator.concat({}, {}))
attempt('concat list tuple', lambda: operator.concat([1], (2,)))
attempt('iconcat list', lambda: operator.iconcat([1], 'ab'))
nan = float('nan')
attempt('countOf identity', lambda: operator.countOf([nan, nan, 1], nan))
attempt('countOf int', lambda: operator.countOf(1, 1))
attempt('indexOf missing', lambda: operator.indexOf([1], 2))
attempt('indexOf', lambda: operator.indexOf('abc', 'c'))
attempt('call', lambda: operator.call(dict, a=1))
attempt('call no args', lambda: operator.call())
attempt('length_hint', lambda: (operator.length_hint([1, 2]), operator.length_hint(iter(range(9))), operator.length_hint(1, 4)))
attempt('length_hint bad default', lambda: operator.length_hint(1, 'x'))
attempt('length_hint no args', lambda: operator.length_hint())
attempt('digest bytes', lambda: (_operator._compare_digest(b'ab', bytearray(b'ab')), _operator._compare_digest(b'a', b'ab')))
attempt('digest str', lambda: _operator._compare_digest('ab', 'ab'))
attempt('digest non-ascii', lambda: _operator._compare_digest('\xe9', '\xe9'))
attempt('digest str bytes', lambda: _operator._compare_digest('a', b'a'))
attempt('digest ints', lambda: _operator._compare_digest(1, 2))

g = operator.attrgetter('real', 'imag')
print(g(3 + 4j), operator.attrgetter('__class__.__name__')(1))
print(repr(operator.attrgetter('a.b', 'c')), repr(operator.itemgetter(1, 'x')))
print(repr(operator.methodcaller('split', ',', maxsplit=1)))
print(operator.methodcaller('split', ',', maxsplit=1)('a,b,c'))
lst = []
ig = operator.itemgetter(lst)
lst.append(ig)
print(repr(ig))
print(operator.attrgetter('a.b').__reduce__(), operator.itemgetter(1, 2).__reduce__())
print(operator.methodcaller('f', 1).__reduce__())
r = operator.methodcaller('f', 1, k=2).__reduce__()
print(type(r[0]).__name__, r[0].args, r[0].keywords, r[1])
for obj in (operator.attrgetter('__class__'), operator.itemgetter(0, 1), operator.methodcaller('upper'),
            operator.methodcaller('split', maxsplit=1)):
    copy = pickle.loads(pickle.dumps(obj))
    print(repr(copy), copy('a b c'))
attempt('attrgetter()', lambda: operator.attrgetter())
attempt('attrgetter(1)', lambda: operator.attrgetter(1))
attempt('attrgetter kw', lambda: operator.attrgetter('a', b=1))
attempt('itemgetter()', lambda: operator.itemgetter())
attempt('methodcaller()', lambda: operator.methodcaller())
attempt('methodcaller(1)', lambda: operator.methodcaller(1))
attempt('getter call no arg', lambda: operator.attrgetter('a')())
attempt('getter call two args', lambda: operator.itemgetter(0)(1, 2))
attempt('getter call kw', lambda: operator.methodcaller('x')(x=1))
attempt('missing attribute', lambda: operator.attrgetter('a')(1))
attempt('subclass attrgetter', lambda: type('X', (operator.attrgetter,), {}))
