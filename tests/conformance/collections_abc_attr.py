# collections.abc is reachable after `import collections`, and its classes
# belong to module collections.abc.
import collections

print(collections.abc.Mapping, collections.abc.Sequence.__module__)
print(isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.MutableSequence))
print(isinstance((), collections.abc.Sequence), isinstance("", collections.abc.Iterable))
from collections import abc
print(abc is collections.abc, abc.Set)
import _collections_abc
print(_collections_abc.Mapping is abc.Mapping)
print(repr(collections.abc.KeysView))
