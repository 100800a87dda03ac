# deque, its iterators, defaultdict, namedtuples, Counter and OrderedDict
# round-trip through pickle at every protocol.
import pickle
from collections import deque, defaultdict, namedtuple, Counter, OrderedDict
P = namedtuple('P', 'x y')
for o in [deque([1, 2], 5), deque("ab"), defaultdict(int, {1: 2}), P(1, 2), Counter("aab"), OrderedDict(a=1)]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(o, proto))
        assert r == o and type(r) is type(o), (o, proto, r)
    print(repr(r), getattr(r, 'maxlen', None), getattr(r, 'default_factory', None))
it = iter(deque("abc")); next(it)
print(list(pickle.loads(pickle.dumps(it))))
