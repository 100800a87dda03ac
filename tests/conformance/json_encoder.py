# json.dumps and friends: the _json accelerator (one-shot, no indent) and the
# pure-Python path (indent, iterencode), against CPython's output.
import json
import _json
import sys
from collections import OrderedDict


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, str(e))
    else:
        print(label, '->', ascii(r))


# Scalars and nesting.
show('scalars', lambda: json.dumps([None, True, False, 0, -1, 2**63, -2**100, 1.5, -0.0, 1e300, 1e-300, 0.1, '']))
show('nested', lambda: json.dumps({'a': [1, [2, [3, {'b': {'c': []}}]]], 'd': {}, 'e': ()}))
show('tuple', lambda: json.dumps((1, (2, 3), [()])))
show('nested indent', lambda: json.dumps({'a': [1, [2, {'b': {}}]], 'd': [], 'e': (1,)}, indent=2))
show('indent str', lambda: json.dumps([1, {'a': 2}], indent='--'))
show('indent 0', lambda: json.dumps([1, {'a': 2}], indent=0))

# Keys of every kind.
keys = {'s': 1, 2: 2, 2.5: 3, True: 4, False: 5, None: 6, -7: 7, 10**25: 8, float('inf'): 9}
show('keys', lambda: json.dumps(keys))
show('keys indent', lambda: json.dumps(keys, indent=1))
show('bad key', lambda: json.dumps({(1, 2): 1}))
show('bad key indent', lambda: json.dumps({(1, 2): 1}, indent=1))
show('bad key bytes', lambda: json.dumps({b'k': 1}))
show('skipkeys', lambda: json.dumps({(1, 2): 1, 'a': 2, frozenset(): 3, 'b': 4}, skipkeys=True))
show('skipkeys first', lambda: json.dumps({(1, 2): 1, 'a': 2}, skipkeys=True, indent=1))
show('nan key', lambda: json.dumps({float('nan'): 1}, allow_nan=False))

# sort_keys.
show('sort', lambda: json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
show('sort unicode', lambda: json.dumps({'\u00e9': 1, 'z': 2, '\U0001F600': 3, '\uffff': 4}, sort_keys=True))
show('sort ints', lambda: json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
show('sort mixed', lambda: json.dumps({3: 1, 'a': 2}, sort_keys=True))
show('sort mixed indent', lambda: json.dumps({3: 1, 'a': 2}, sort_keys=True, indent=1))
show('sort indent', lambda: json.dumps({'b': [1], 'a': {'d': 1, 'c': 2}}, sort_keys=True, indent=3))

# Separators.
show('separators', lambda: json.dumps({'a': [1, 2]}, separators=(',', ':')))
show('separators wide', lambda: json.dumps({'a': [1, 2], 'b': 3}, separators=(' ;; ', ' => ')))
show('separators bad', lambda: json.dumps({'a': 1}, separators=(1, ':')))
show('separators indent', lambda: json.dumps({'a': [1, 2]}, separators=(',', ':'), indent=2))

# Strings: escapes, ensure_ascii, non-BMP, lone surrogates.
s = 'a"b\\c/\b\f\n\r\t\x00\x1f\x7f\x80\u00e9\u07ff\u0800\u20ac\uffff\U00010000\U0001F600\U0010FFFF'
show('ascii', lambda: json.dumps(s))
show('unicode', lambda: json.dumps(s, ensure_ascii=False))
show('ascii in list', lambda: json.dumps([s, {s: s}]))
show('unicode in list', lambda: json.dumps([s, {s: s}], ensure_ascii=False))
show('lone surrogates', lambda: json.dumps(['\ud800', '\udfff', 'x\udc80y', '\ud83d\ude00']))
show('lone surrogates unicode', lambda: json.dumps(['\ud800', 'x\udc80y'], ensure_ascii=False))
show('lone surrogates indent', lambda: json.dumps(['\ud800', '\U0001F600'], indent=1))
show('encode_basestring_ascii', lambda: _json.encode_basestring_ascii(s))
show('encode_basestring', lambda: _json.encode_basestring(s))
show('encode_basestring_ascii int', lambda: _json.encode_basestring_ascii(1))
show('encode_basestring bytes', lambda: _json.encode_basestring(b'x'))
show('encode_basestring_ascii no args', lambda: _json.encode_basestring_ascii())
show('encode_basestring_ascii kw', lambda: _json.encode_basestring_ascii(s='x'))
show('long string', lambda: len(json.dumps('\U0001F600' * 5000 + 'x' * 5000)))
show('long string unicode', lambda: len(json.dumps('\U0001F600' * 5000 + '\n' * 5000, ensure_ascii=False)))

# NaN and infinities.
specials = [float('nan'), float('inf'), float('-inf')]
show('nan', lambda: json.dumps(specials))
show('nan indent', lambda: json.dumps(specials, indent=1))
for v in specials:
    show('allow_nan off %r' % v, lambda: json.dumps([v], allow_nan=False))
    show('allow_nan off indent %r' % v, lambda: json.dumps([v], allow_nan=False, indent=1))
show('allow_nan off finite', lambda: json.dumps([1.5, 1e308], allow_nan=False))


# default hooks.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def point_default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot encode %s' % type(o).__name__)


show('default', lambda: json.dumps([Point(1, 2), {3, 1, 2}], default=point_default))
show('default indent', lambda: json.dumps([Point(1, 2)], default=point_default, indent=1))
show('default raises', lambda: json.dumps([1, object()], default=point_default))
show('default none', lambda: json.dumps([1, object()]))
show('default none set', lambda: json.dumps({'a': {1}}))
show('default chain', lambda: json.dumps(Point(Point(1, 2), [Point(3, 4)]), default=point_default))
show('default returns self', lambda: json.dumps(Point(1, 2), default=lambda o: o))
show('default returns self unchecked', lambda: json.dumps([b'x'], default=lambda o: str(o), check_circular=False))


def raising(o):
    raise ValueError('nope: %r' % (o,))


show('default ValueError', lambda: json.dumps({'k': [1, b'2']}, default=raising))
show('default ValueError indent', lambda: json.dumps({'k': [1, b'2']}, default=raising, indent=1))


class KeyErr(Exception):
    pass


def kraise(o):
    raise KeyErr('custom')


show('default custom exc', lambda: json.dumps(b'bytes', default=kraise))

# Circular references.
lst = [1]
lst.append(lst)
show('circular list', lambda: json.dumps(lst))
show('circular list indent', lambda: json.dumps(lst, indent=1))
dct = {'a': 1}
dct['self'] = dct
show('circular dict', lambda: json.dumps(dct))
show('circular dict indent', lambda: json.dumps(dct, indent=1))
shared = [1, 2]
show('shared not circular', lambda: json.dumps([shared, shared, {'a': shared}]))
show('circular via default', lambda: json.dumps(Point(1, 2), default=lambda o: [o]))
show('circular unchecked', lambda: json.dumps(lst, check_circular=False))
show('circular unchecked dict', lambda: json.dumps(dct, check_circular=False))


# Subclasses of int, float, str, list, tuple, dict.
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

    def __str__(self):
        return 'MyInt?'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    def __str__(self):
        return 'MyStr!'


class MyList(list):
    pass


class RevList(list):
    def __iter__(self):
        return reversed(list(list.__iter__(self)))


class BadIterList(list):
    def __iter__(self):
        raise TypeError('no iteration')


class BadNextList(list):
    def __iter__(self):
        return self

    def __next__(self):
        raise TypeError('no next')


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [('z', 1), ('a', 2)]


class BadItemsDict(dict):
    def items(self):
        return 5


class BadPairDict(dict):
    def items(self):
        return [('a', 1), (1, 2, 3)]


sub = [MyInt(5), MyFloat(2.5), MyStr('s\u00e9'), MyList([1, MyInt(2)]), MyTuple((3,)),
       MyDict(a=MyFloat(1.0)), {MyInt(7): 1, MyFloat(8.5): 2, MyStr('k'): 3}]
show('subclasses', lambda: json.dumps(sub))
show('subclasses indent', lambda: json.dumps(sub, indent=1))
show('subclasses sort', lambda: json.dumps({MyStr('b'): 1, MyStr('a'): 2}, sort_keys=True))
show('rev list', lambda: json.dumps(RevList([1, 2, 3])))
show('rev list indent', lambda: json.dumps(RevList([1, 2, 3]), indent=1))
show('bad iter list', lambda: json.dumps([BadIterList([1])]))
show('bad iter list indent', lambda: json.dumps([BadIterList([1])], indent=1))
show('bad next list', lambda: json.dumps([BadNextList([1])]))
show('empty rev list', lambda: json.dumps(RevList()))
show('items dict', lambda: json.dumps(ItemsDict(x=1)))
show('items dict sort', lambda: json.dumps(ItemsDict(x=1), sort_keys=True))
show('items dict empty', lambda: json.dumps(ItemsDict()))
show('bad items dict', lambda: json.dumps(BadItemsDict(x=1)))
show('bad pair dict', lambda: json.dumps(BadPairDict(x=1)))
show('ordered dict', lambda: json.dumps(OrderedDict([('z', 1), ('a', [OrderedDict(b=2)])])))
show('ordered dict sort', lambda: json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True))
show('ordered dict indent', lambda: json.dumps(OrderedDict([('z', 1), ('a', 2)]), indent=1))
show('bool key first', lambda: json.dumps({True: 1, 1.0: 2}))


# Mutation by default(): the list grows while it is encoded.
class Grow:
    pass


grow = [1, Grow()]


def grow_default(o):
    if len(grow) < 5:
        grow.append(len(grow))
    return 'g'


mut = {'a': 1, 'b': Grow(), 'c': 3}


def mut_default(o):
    mut['d'] = 4
    del mut['c']
    return 'm'


show('dict mutated', lambda: json.dumps(mut, default=mut_default))
show('list grows', lambda: json.dumps(grow, default=grow_default))

# Deep nesting.
deep = []
for _ in range(100000):
    deep = [deep]
show('deep list', lambda: json.dumps(deep))
deepd = {}
for _ in range(100000):
    deepd = {'a': deepd}
show('deep dict', lambda: json.dumps(deepd))
show('moderate nesting', lambda: len(json.dumps(eval('[' * 200 + ']' * 200))))
limit = sys.getrecursionlimit()
sys.setrecursionlimit(100)
nest = []
for _ in range(200):
    nest = [nest]
show('recursion limit', lambda: json.dumps(nest))
sys.setrecursionlimit(limit)


# JSONEncoder subclasses.
class DefaultEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, bytes):
            return list(o)
        return super().default(o)


class EncodeEncoder(json.JSONEncoder):
    def encode(self, o):
        return '<' + super().encode(o) + '>'


class IterEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


show('cls default', lambda: json.dumps({'c': b'ab'}, cls=DefaultEncoder))
show('cls default fail', lambda: json.dumps({'c': object()}, cls=DefaultEncoder))
show('cls encode', lambda: json.dumps([1, 'a'], cls=EncodeEncoder))
show('cls iterencode', lambda: json.dumps([1, 'a', {'k': None}], cls=IterEncoder))
show('cls kw', lambda: json.dumps([1], cls=DefaultEncoder, separators=(',', ':')))
show('encoder str', lambda: json.JSONEncoder().encode('\u00e9'))
show('encoder str unicode', lambda: json.JSONEncoder(ensure_ascii=False).encode('\u00e9"'))
show('iterencode chunks', lambda: list(json.JSONEncoder().iterencode([1, [2, 3], {'a': 'b'}, 'x'])))
show('iterencode indent chunks', lambda: list(json.JSONEncoder(indent=1).iterencode({'a': [1, {}]})))
show('encoder attrs', lambda: (json.JSONEncoder().item_separator, json.JSONEncoder(indent=2).item_separator))


# dump to a file-like object: the chunks it writes.
class Sink:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


def dumped(obj, **kw):
    w = Sink()
    json.dump(obj, w, **kw)
    return w.chunks


show('dump chunks', lambda: dumped([1, [2, 3], {'a': 'b', 'c': [4]}, 'x']))
show('dump chunks sort', lambda: dumped({'b': 1, 'a': [True]}, sort_keys=True))

# make_encoder used directly.
enc = _json.make_encoder(None, lambda o: 'D', _json.encode_basestring_ascii, None, ':', ',', True, True, False)
show('make_encoder call', lambda: enc([{'b': 1, 'a': object(), (1,): 2}], 0))
show('make_encoder attrs', lambda: (enc.markers, enc.indent, enc.key_separator, enc.item_separator, enc.sort_keys, enc.skipkeys))
show('make_encoder type', lambda: (type(enc).__name__, type(enc).__module__))
show('make_encoder nan', lambda: enc(float('nan'), 0))
show('make_encoder kw', lambda: enc(obj=[1], _current_indent_level=5))
show('make_encoder no args', lambda: enc())
show('make_encoder bad level', lambda: enc(1, 'a'))
show('make_encoder bad markers', lambda: _json.make_encoder([], None, None, None, ':', ',', 0, 0, 0))
show('make_encoder bad sep', lambda: _json.make_encoder(None, None, None, None, ':', 5, 0, 0, 0))
show('make_encoder missing', lambda: _json.make_encoder(None, None, None, None, ':', ',', 0, 0))
show('make_encoder too many', lambda: _json.make_encoder(None, None, None, None, ':', ',', 0, 0, 0, 0))
markers = {}
enc2 = _json.make_encoder(markers, lambda o: 1 / 0, _json.encode_basestring, None, ':', ',', 0, 0, 1)
show('markers after error', lambda: enc2([[object()]], 0))
show('markers left', lambda: sorted(type(v).__name__ for v in markers.values()))
enc3 = _json.make_encoder(None, None, lambda s: '<%s>' % s, None, ':', ',', 0, 0, 1)
show('custom encoder', lambda: enc3({'a': ['b'], 1: 2.5}, 0))
enc4 = _json.make_encoder(None, None, lambda s: 5, None, ':', ',', 0, 0, 1)
show('custom encoder bad', lambda: enc4(['b'], 0))


# Enum members mixed with int, float and str; big ints; other dict subclasses.
import collections
import enum


class Color(enum.IntEnum):
    RED = 1


class Half(float, enum.Enum):
    X = 2.5


class Letter(str, enum.Enum):
    A = 'a'


enums = [Color.RED, {Color.RED: Half.X}, Half.X, Letter.A, {Letter.A: 1}]
show('enums', lambda: json.dumps(enums))
show('enums indent', lambda: json.dumps(enums, indent=1))
show('int too long', lambda: json.dumps(10**5000))
show('int key too long', lambda: json.dumps({10**5000: 1}))
show('int too long indent', lambda: json.dumps([10**5000], indent=1))
show('unicode sort numbers', lambda: json.dumps({1: 2, 1.5: 3}, ensure_ascii=False, sort_keys=True))
show('non-ascii separator', lambda: json.dumps([1, 2], separators=('\u00e9', ':')))
show('defaultdict', lambda: json.dumps(collections.defaultdict(int, a=1)))
show('counter sorted', lambda: json.dumps(collections.Counter('aab'), sort_keys=True))
show('namedtuple', lambda: json.dumps(collections.namedtuple('P', 'x y')(1, 2)))
show('round trip', lambda: json.loads(json.dumps({'a': [1, 2.5, '\U0001F600', None]})))
