# NaN floats are objects: each one an operation makes is new, one NaN is
# identical to itself, and containers compare identity before equality.
nan = float('nan')
print([nan] == [nan], (nan,) == (nan,), [nan].count(nan), nan in [nan])
a = float('nan'); b = float('nan')
d = {a: 1, b: 2}
print(len(d), [a] == [b], a is b)
c = a + 1
print(c is a, [c] == [a])
print([1.5, float('nan')] >= [1.5, float('nan')])
import math
print(math.nan is math.nan, [math.nan] == [math.nan])
print(len({float('nan'), float('nan')}))
x = [float('nan')]*3
print(x.count(x[0]), x.index(x[1]))
import math
n = math.nan
print(n is math.nan, hash(n) == hash(n), float('nan') is float('nan'))
s = {n, n, float('nan')}
print(len(s))
x = float('inf') - float('inf')
print(x is x, [x, x].count(x), -x is -x)
d = {}
for i in range(5):
    d[float('nan')] = i
print(len(d), list(d.values()))
print(math.copysign(1.0, -math.nan), math.copysign(1.0, float('-nan')), math.copysign(1, x))
print(float.hex(-math.nan), repr(-math.nan), math.isnan(x))
y = [n]
print(y == [n], y == [float(n)], max([n, 1.0]) is n, min(n, n) is n)
t = (n, 2)
print(t == (n, 2), t.index(n), n in {n: 1})
print(sorted([n, 1.0, n]).count(n))
for s in ['--nan', '+-inf', '-+nan', ' -nan ', '-NaN', '+nan', '-infinity', 'nan ', '-inf', '++1']:
    try:
        f = float(s)
        print(repr(s), repr(f), math.copysign(1, f))
    except ValueError as e:
        print(repr(s), e)
print(math.copysign(1, float.fromhex('-nan')), math.copysign(1, float.fromhex('+nan')))

# Each NaN an operation makes is a new object; one NaN is itself.
def f(v):
    return v * 2
a = float('nan')
b = f(a)
print(a is b, [a] == [b], [a, b].count(a), {a: 1, b: 2}.get(a), len({a, b, a, b}))
print(a in (b,), a in (a,), (a, 1) == (a, 1), (a, 1) < (b, 2), {'k': a} == {'k': a}, {'k': a} == {'k': b})
print(id(a) == id(a), id(a) == id(b), hash(a) == hash(a))
