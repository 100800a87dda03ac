"""functools for pyjit: higher-order functions and operations on callables."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class _ReadOnly:
    """A data descriptor exposing a private attribute that cannot be assigned."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self._slot)

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        raise AttributeError('readonly attribute')


class partial:
    """New function with partial application of the given arguments and keywords."""

    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(*args, **keywords):
        if not args:
            raise TypeError("descriptor '__new__' of partial needs an argument")
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    func = _ReadOnly('_func', 'function object to use in future partial calls')
    args = _ReadOnly('_args', 'tuple of arguments to future partial calls')
    keywords = _ReadOnly('_keywords', 'dictionary of keyword arguments to future partial calls')

    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        args = [repr(self._func)]
        args.extend(repr(x) for x in self._args)
        args.extend('%s=%r' % (k, v) for (k, v) in self._keywords.items())
        return '%s(%s)' % (name, ', '.join(args))

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args,
                                           self._keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError("expected 4 items in state, got %d" % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(kwds) if kwds is not None else {}
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend('%s=%r' % (k, v) for (k, v) in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(args))

    def _unbound(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


_initial_missing = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, sequence = args[0], args[1]
    initial = args[2] if len(args) == 3 else _initial_missing
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def _compare(self, other):
            if type(other) is not K:
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._compare(other) < 0

        def __gt__(self, other):
            return self._compare(other) > 0

        def __eq__(self, other):
            return self._compare(other) == 0

        def __le__(self, other):
            return self._compare(other) <= 0

        def __ge__(self, other):
            return self._compare(other) >= 0

        __hash__ = None
    K.__name__ = K.__qualname__ = 'KeyWrapper'
    return K


def total_ordering(cls):
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)

    def lt_from_le(self, other):
        r = type(self).__le__(self, other)
        return NotImplemented if r is NotImplemented else (r and self != other)

    def defs():
        if root == '__lt__':
            return {
                '__gt__': lambda self, other: _flip(type(self).__lt__(self, other), self, other, True),
                '__le__': lambda self, other: _or_eq(type(self).__lt__(self, other), self, other),
                '__ge__': lambda self, other: _not(type(self).__lt__(self, other)),
            }
        if root == '__le__':
            return {
                '__ge__': lambda self, other: _flip(type(self).__le__(self, other), self, other, False),
                '__lt__': lambda self, other: _and_ne(type(self).__le__(self, other), self, other),
                '__gt__': lambda self, other: _not(type(self).__le__(self, other)),
            }
        if root == '__gt__':
            return {
                '__lt__': lambda self, other: _flip(type(self).__gt__(self, other), self, other, True),
                '__ge__': lambda self, other: _or_eq(type(self).__gt__(self, other), self, other),
                '__le__': lambda self, other: _not(type(self).__gt__(self, other)),
            }
        return {
            '__le__': lambda self, other: _flip(type(self).__ge__(self, other), self, other, False),
            '__gt__': lambda self, other: _and_ne(type(self).__ge__(self, other), self, other),
            '__lt__': lambda self, other: _not(type(self).__ge__(self, other)),
        }
    for opname, opfunc in defs().items():
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


def _not(r):
    return NotImplemented if r is NotImplemented else not r


def _or_eq(r, self, other):
    return NotImplemented if r is NotImplemented else (r or self == other)


def _and_ne(r, self, other):
    return NotImplemented if r is NotImplemented else (r and self != other)


def _flip(r, self, other, strict):
    if r is NotImplemented:
        return r
    return (not r and self != other) if strict else (not r or self == other)


class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)"""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]
    sentinel = object()

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        result = cache.get(key, sentinel)
        if result is not sentinel:
            stats[0] += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is not None and maxsize == 0:
            return result
        cache[key] = result
        if maxsize is not None and len(cache) > maxsize:
            del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                raise TypeError(
                    "The '__dict__' attribute on %r instance does not support item "
                    "assignment for caching %r property."
                    % (type(instance).__name__, self.attrname)) from None
        return val


def _find_impl(cls, registry):
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    best = None
    for candidate in registry:
        if candidate is object or not isinstance(candidate, type):
            continue
        try:
            matches = issubclass(cls, candidate)
        except TypeError:
            continue
        if matches and (best is None or issubclass(candidate, best)):
            best = candidate
    if best is not None:
        return registry[best]
    return registry.get(object)


class _ReadOnlyMapping:
    """A read-only view of a dict."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
            cache[cls] = impl
            return impl

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    "Invalid first argument to `register()`. "
                    "%r is not a class or union type." % (cls,))
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an "
                    "annotated function." % (cls,))
            func = cls
            params = [name for name in annotations if name != 'return']
            if not params:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an "
                    "annotated function." % (func,))
            argname = params[0]
            cls = annotations[argname]
            if not isinstance(cls, type):
                raise TypeError(
                    "Invalid annotation for %r. %r is not a class." % (argname, cls))
        registry[cls] = func
        cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _ReadOnlyMapping(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
