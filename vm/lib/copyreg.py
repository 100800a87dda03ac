"""Registry of reduction functions used by pickle and copy, plus the
helpers that object.__reduce_ex__ hands back to them.

The module keeps three pieces of shared state:

* dispatch_table maps a type to a function that reduces its instances;
  pickle and copy consult it before asking the object itself.
* __newobj__, __newobj_ex__ and _reconstructor rebuild objects from the
  tuples produced by object.__reduce_ex__.
* The extension registry maps (module, qualified name) pairs to small
  integer codes that the pickle protocol may write instead of a name.
"""

import _pyjit

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]


# ---------------------------------------------------------------------------
# Reduction functions for types that cannot describe themselves.

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function(obj) the reducer for instances of ob_type.

    constructor_ob is accepted for old callers; it is only checked for
    being callable.
    """
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object could serve as a constructor (it must be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    """Reduce a complex number to a call of complex(real, imag)."""
    return complex, (c.real, c.imag)


def pickle_union(obj):
    """Reduce X | Y to functools.reduce(operator.or_, (X, Y))."""
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


def _register_builtin_reducers():
    try:
        kind = complex
    except NameError:
        kind = None
    if kind is not None:
        pickle(kind, pickle_complex, kind)
    pickle(type(int | str), pickle_union)


_register_builtin_reducers()
del _register_builtin_reducers


# ---------------------------------------------------------------------------
# Rebuilding objects.

def __newobj__(cls, *args):
    """Create an instance through cls.__new__(cls, *args) (protocol 2)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Create an instance through cls.__new__(cls, *args, **kwargs).

    Protocol 4 uses this form so that keyword-only arguments of __new__
    survive a round trip.
    """
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Rebuild an instance of cls whose built-in ancestor base holds state.

    This is the callable in the protocol 0 and 1 reductions made by
    _reduce_ex.
    """
    if base is object:
        return object.__new__(cls)
    result = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(result, state)
    return result


# Py_TPFLAGS_HEAPTYPE, kept for callers that test type flags themselves.
_HEAPTYPE = 1 << 9
# The type of a built-in __new__ such as int.__new__.
_new_type = type(int.__new__)


def _builtin_base(cls):
    """The first class in cls.__mro__ whose instances are laid out by a
    built-in type: a static type, or one whose __new__ is its own
    built-in function."""
    for klass in cls.__mro__:
        if not _pyjit.is_heaptype(klass):
            return klass
        maker = klass.__new__
        if isinstance(maker, _new_type) and maker.__self__ is klass:
            return klass
    return object


def _no_slots_message(cls, proto):
    return (f"cannot pickle {cls.__name__!r} object: a class that defines "
            f"__slots__ without defining __getstate__ cannot be pickled "
            f"with protocol {proto}")


def _instance_state(obj, cls, proto):
    """The state _reduce_ex records for obj: what __getstate__ returns,
    or the instance dictionary when there is no __getstate__."""
    try:
        getstate = obj.__getstate__
    except AttributeError:
        if getattr(obj, "__slots__", None):
            raise TypeError(_no_slots_message(cls, proto)) from None
        return getattr(obj, "__dict__", None)
    if (getattr(obj, "__slots__", None)
            and type(obj).__getstate__ is object.__getstate__):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    return getstate()


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1.

    The result calls _reconstructor(cls, base, base(self)) where base is
    the nearest built-in ancestor, and carries the instance state when
    there is any.
    """
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        base_value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        base_value = base(self)
    state = _instance_state(self, cls, proto)
    recipe = (cls, base, base_value)
    if state:
        return _reconstructor, recipe, state
    return _reconstructor, recipe


# ---------------------------------------------------------------------------
# Slot names.

def _declared_slots(klass):
    """The slot names klass itself declares, as stored attribute names."""
    declared = klass.__dict__["__slots__"]
    if isinstance(declared, str):
        declared = [declared]
    owner = klass.__name__.lstrip("_")
    out = []
    for slot in declared:
        if slot == "__dict__" or slot == "__weakref__":
            continue
        if owner and slot.startswith("__") and not slot.endswith("__"):
            # A private name is stored under its mangled form.
            slot = "_" + owner + slot
        out.append(slot)
    return out


def _slotnames(cls):
    """List the names of the slots of cls and of all its ancestors.

    __dict__ and __weakref__ are left out and private names are given in
    mangled form.  The answer is cached as cls.__slotnames__ when the
    class accepts the attribute.
    """
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" in klass.__dict__:
                found.extend(_declared_slots(klass))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# ---------------------------------------------------------------------------
# Extension codes.
#
# A registered (module, name) pair may be pickled as its integer code.
# Codes are global, so a pickle means the same thing everywhere; valid
# codes run from 1 to 0x7fffffff.  The pickle machinery holds on to these
# three dictionaries, so they are only ever mutated, never rebound.

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object loaded for that code


def add_extension(module, name, code):
    """Assign extension code code to the global module.name."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return      # registering the same pair twice is harmless
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, known_code))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, known_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Drop the registration of module.name under code (meant for tests)."""
    key = (module, name)
    if (_extension_registry.get(key) != code
            or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s"
                         % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget every object loaded through an extension code."""
    _extension_cache.clear()
