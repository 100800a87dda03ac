"""Shallow and deep copies of Python objects.

copy(x) returns a new container holding the same elements as x;
deepcopy(x) also copies the elements, recursively, so that the result
shares no mutable part with x.

Immutable scalars, types, functions and similar objects are returned
unchanged by both.  Built-in containers are copied directly.  Any other
object decides how it is copied:

* a __copy__() or __deepcopy__(memo) method wins when present;
* otherwise a reducer registered in copyreg.dispatch_table, then
  x.__reduce_ex__(4), then x.__reduce__() describes how to rebuild it,
  exactly as for pickling (including __getstate__ and __setstate__).

deepcopy keeps a memo dictionary, keyed by id(), of the objects already
copied in the current pass.  It lets shared references stay shared and
recursive structures be copied without looping.  Failures are reported
with copy.Error.
"""

import types
from copyreg import dispatch_table

try:
    import weakref
except ImportError:
    weakref = None

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # older spelling of the same class


# ---------------------------------------------------------------------------
# Types whose instances are never copied.

def _immutable_types():
    kinds = [type(None), type(Ellipsis), type(NotImplemented), bool, int,
             float, str, bytes, type, range, property,
             types.BuiltinFunctionType, types.FunctionType]
    try:
        kinds.append(complex)
    except NameError:
        pass
    code = getattr(types, "CodeType", None)
    if code is not None:
        kinds.append(code)
    if weakref is not None:
        kinds.append(weakref.ref)
    return kinds


def _reduction(x, cls, what):
    """How to rebuild x: from copyreg.dispatch_table, else from the
    object's own __reduce_ex__(4) or __reduce__()."""
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    reducer = getattr(x, "__reduce_ex__", None)
    if reducer is not None:
        return reducer(4)
    reducer = getattr(x, "__reduce__", None)
    if reducer:
        return reducer()
    raise Error("un(%s)copyable object of type %s" % (what, cls))


# ---------------------------------------------------------------------------
# Shallow copies.

def _same(x):
    return x


_copy_dispatch = {}
for _kind in _immutable_types():
    _copy_dispatch[_kind] = _same
for _kind in (tuple, frozenset, slice):
    _copy_dispatch[_kind] = _same
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy


def copy(x):
    """Return a shallow copy of x (see the module documentation)."""
    cls = type(x)
    handler = _copy_dispatch.get(cls)
    if handler:
        return handler(x)
    if issubclass(cls, type):
        return x        # classes, including metaclass instances, are shared
    method = getattr(cls, "__copy__", None)
    if method is not None:
        return method(x)
    recipe = _reduction(x, cls, "shallow")
    if isinstance(recipe, str):
        return x        # a global name: the object is its own copy
    return _reconstruct(x, None, *recipe)


# ---------------------------------------------------------------------------
# Deep copies.

_missing = object()


def deepcopy(x, memo=None, _nil=_missing):
    """Return a deep copy of x (see the module documentation).

    memo maps id(original) to its copy for the objects already copied in
    this pass; callers of __deepcopy__ methods pass it along.
    """
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    handler = _deepcopy_dispatch.get(cls)
    if handler is not None:
        result = handler(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        method = getattr(x, "__deepcopy__", None)
        if method is not None:
            result = method(memo)
        else:
            recipe = _reduction(x, cls, "deep")
            if isinstance(recipe, str):
                result = x
            else:
                result = _reconstruct(x, memo, *recipe)
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    """Hold a reference to x in memo for as long as memo lives.

    The memo is keyed by id(), so an original that is only alive during
    the copy could otherwise be freed and its id reused.  The references
    are kept in a list stored under id(memo), a key no copied object can
    have while the memo exists.
    """
    holder = memo.get(id(memo))
    if holder is None:
        memo[id(memo)] = [x]
    else:
        holder.append(x)


def _deep_same(x, memo):
    return x


def _deep_list(x, memo, deepcopy=deepcopy):
    result = []
    memo[id(x)] = result
    add = result.append
    for item in x:
        add(deepcopy(item, memo))
    return result


def _deep_tuple(x, memo, deepcopy=deepcopy):
    parts = [deepcopy(item, memo) for item in x]
    # A tuple is not memoized before its items are copied, but an item
    # may refer back to it through a mutable container; in that case the
    # copy made along that path is the one to return.
    found = memo.get(id(x), _missing)
    if found is not _missing:
        return found
    for old, new in zip(x, parts):
        if old is not new:
            return tuple(parts)
    return x


def _deep_dict(x, memo, deepcopy=deepcopy):
    result = {}
    memo[id(x)] = result
    for k, v in x.items():
        result[deepcopy(k, memo)] = deepcopy(v, memo)
    return result


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {}
for _kind in _immutable_types():
    _deepcopy_dispatch[_kind] = _deep_same
_deepcopy_dispatch[list] = _deep_list
_deepcopy_dispatch[tuple] = _deep_tuple
_deepcopy_dispatch[dict] = _deep_dict
_deepcopy_dispatch[types.MethodType] = _deep_method
del _kind


# ---------------------------------------------------------------------------
# Rebuilding an object from its reduction.

def _apply_state(obj, state):
    """Give obj the state from a reduction: through __setstate__ when it
    has one, else as (instance dict, slot values) or an instance dict."""
    if hasattr(obj, "__setstate__"):
        obj.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        obj.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(obj, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *, deepcopy=deepcopy):
    """Build the copy of x described by a reduction tuple.

    memo is None for a shallow copy; for a deep copy the arguments, the
    state and the items are deep-copied too, and the new object enters
    the memo before its state is copied.
    """
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    result = func(*args)
    if deep:
        memo[id(x)] = result
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _apply_state(result, state)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            result.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            result[k] = v
    return result


del types, weakref
