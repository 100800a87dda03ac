# Protocol operations on builtin values that their fast paths do not
# handle: the builtin types' special methods must not call the operation
# back (which recursed without end), and the answer is CPython's.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

show('True in range(3)', lambda: True in range(3))
show('False in range(1)', lambda: False in range(1))
show('1.5 in range(3)', lambda: 1.5 in range(3))
show('2.0 in range(3)', lambda: 2.0 in range(3))
show('None in range(3)', lambda: None in range(3))
show('range(3).count(None)', lambda: range(3).count(None))
show('range(3).count(True)', lambda: range(3).count(True))
show('range(3).index(True)', lambda: range(3).index(True))
show('range(3).__contains__(2.0)', lambda: range(3).__contains__(2.0))
for x in [None, 97, 300, -1, 2**70, 1.5, True, b'a', bytearray(b'b'), memoryview(b'ab'), 'a']:
    show('%s in b"ab"' % type(x).__name__, lambda: x in b'ab')
    show('%s in bytearray(b"ab")' % type(x).__name__, lambda: x in bytearray(b'ab'))
show('set()[0]', lambda: set()[0])
show('frozenset()[0]', lambda: frozenset()[0])
show('~1.5', lambda: ~1.5)
show('1.5 & 1', lambda: 1.5 & 1)
show('1.5 << 1', lambda: 1.5 << 1)
show('1 @ 2', lambda: 1 @ 2)
show('-[]', lambda: -[])
show('~"a"', lambda: ~"a")
show('+()', lambda: +())
show('"abc".translate(set())', lambda: "abc".translate(set()))
show('"abc".translate({})', lambda: "abc".translate({}))
show('len(1.5)', lambda: len(1.5))
show('iter(1)', lambda: iter(1))
one, none, empty_list, empty_tuple, ab = 1, None, [], (), 'ab'
show('1[0]', lambda: one[0])
show('(1).__getitem__', lambda: (1).__getitem__)
show('None[0]', lambda: none[0])
show('[][1.5]', lambda: empty_list[1.5])
show('()["a"]', lambda: empty_tuple["a"])
show('"ab"[None]', lambda: ab[None])
show('{}.__contains__([])', lambda: {}.__contains__([]))
show('[] in {}', lambda: [] in {})
show('[] in set()', lambda: [] in set())
show('3 in 4', lambda: 3 in 4)
show('"a" in ["a"]', lambda: "a" in ["a"])
show('1 in "abc"', lambda: 1 in "abc")

class L(list): pass
class T(tuple): pass
class F(float): pass
class I(int): pass
show('True in L([1])', lambda: True in L([1]))
show('L([1])[0]', lambda: L([1])[0])
show('L([1]) < L([2])', lambda: L([1]) < L([2]))
show('T((1,))[0]', lambda: T((1,))[0])
show('~F(1.5)', lambda: ~F(1.5))
show('-F(1.5)', lambda: -F(1.5))
show('F(1.5) + 1', lambda: F(1.5) + 1)
show('I(3) @ 1', lambda: I(3) @ 1)
show('~I(3)', lambda: ~I(3))
show('I(3) & 1', lambda: I(3) & 1)

for t in [list, tuple, dict, set, frozenset, bytes, range, int, float, bool, str]:
    print(t.__name__, sorted(n for n in ['__getitem__', '__contains__', '__len__', '__iter__', '__and__',
          '__invert__', '__matmul__', '__rmatmul__', '__lshift__', '__xor__', '__neg__']
          if hasattr(t, n)))
