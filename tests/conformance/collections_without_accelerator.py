# collections imports without its C half, as CPython's does: deque and
# defaultdict are then missing and the rest works.
import sys

from test.support.import_helper import import_fresh_module

pure = import_fresh_module("collections", blocked=["_collections"])
print(hasattr(pure, "deque"), hasattr(pure, "defaultdict"))
print(pure.OrderedDict(a=1), pure.Counter("abca").most_common(1), pure.namedtuple("P", "x y")(1, 2))
import collections
print(collections.deque([1]), collections.defaultdict(int)["k"])
print(isinstance(collections.deque(), collections.abc.MutableSequence))
