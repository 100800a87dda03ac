"""Functional tools for creating and using iterators."""

import sys as _sys

_NULL = object()
_new = object.__new__


def _ssize(value):
    """Convert value to an index the way a C Py_ssize_t argument is converted."""
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return index(value)


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    tp = type(value)
    return (hasattr(tp, '__index__') or hasattr(tp, '__float__') or
            hasattr(tp, '__int__') or hasattr(tp, '__complex__'))


def _no_keywords(cls, name, kwargs):
    """Refuse keyword arguments, as CPython's iterators do unless a
    subclass defines its own __init__ (which may take them)."""
    if kwargs and cls.__init__ is object.__init__:
        raise TypeError('%s() takes no keyword arguments' % name)


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __new__(cls, start=0, step=1):
        self = _new(cls)
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, step)


class cycle:
    """Return elements from the iterable until it is exhausted, then repeat the sequence."""

    def __new__(cls, iterable, /, **kwargs):
        _no_keywords(cls, 'cycle', kwargs)
        self = _new(cls)
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        # On a first pass (a state restored with the saved items
        # complete), the input's items are not saved again.
        self._firstpass = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for element in self._it:
                if not self._firstpass:
                    self._saved.append(element)
                return element
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        element = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return element

    def __reduce__(self):
        if self._it is None:
            it = iter(self._saved)
            if self._index:
                it.__setstate__(self._index)
            return type(self), (it,), (self._saved, True)
        return type(self), (self._it,), (self._saved, self._firstpass)

    def __setstate__(self, state):
        if type(state) is not tuple:
            raise TypeError('state is not a tuple')
        if len(state) != 2:
            raise TypeError('function takes exactly 2 arguments (%d given)' % len(state))
        saved, firstpass = state
        if not isinstance(saved, list):
            raise TypeError('argument 1 must be list, not %s' % type(saved).__name__)
        self._saved = saved
        self._firstpass = _cint(firstpass) != 0
        self._index = 0


class repeat:
    """repeat(object [,times]) -> object yielded indefinitely or times times."""

    def __new__(cls, object, times=_NULL):
        self = _new(cls)
        self._object = object
        if times is _NULL:
            self._times = -1
        else:
            times = _ssize(times)
            self._times = times if times > 0 else 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._times == 0:
            raise StopIteration
        if self._times > 0:
            self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times < 0:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times < 0:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __new__(cls, iterable, func=None, *, initial=None):
        self = _new(cls)
        self._it = iter(iterable)
        self._func = func
        self._total = _NULL
        self._initial = initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is _NULL:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total

    def __reduce__(self):
        if self._initial is not None:
            return type(self), (chain((self._initial,), self._it), self._func), None
        if self._total is None:
            # As CPython: the total None goes in front of the input, and
            # the first result, None again, is sliced off.
            return islice, (type(self)(chain((None,), self._it), self._func), 1, None)
        return type(self), (self._it, self._func), (None if self._total is _NULL else self._total)

    def __setstate__(self, state):
        self._total = state


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next iterable."""

    def __new__(cls, *iterables, **kwargs):
        _no_keywords(cls, 'chain', kwargs)
        self = _new(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable, /):
        self = _new(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __reduce__(self):
        if self._source is None:
            return type(self), ()
        if self._active is None:
            return type(self), (), (self._source,)
        return type(self), (), (self._source, self._active)

    def __setstate__(self, state):
        if type(state) is not tuple:
            raise TypeError('state is not a tuple')
        if not state:
            raise TypeError('function takes at least 1 argument (0 given)')
        if len(state) > 2:
            raise TypeError('function takes at most 2 arguments (%d given)' % len(state))
        if not all(hasattr(type(it), '__next__') for it in state):
            raise TypeError('Arguments must be iterators.')
        self._source = state[0]
        self._active = state[1] if len(state) == 2 else None

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements."""

    def __new__(cls, data, selectors):
        self = _new(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            if next(self._selectors):
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __new__(cls, predicate, iterable, /, **kwargs):
        _no_keywords(cls, 'dropwhile', kwargs)
        self = _new(cls)
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping or not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true."""

    def __new__(cls, predicate, iterable, /, **kwargs):
        _no_keywords(cls, 'takewhile', kwargs)
        self = _new(cls)
        self._predicate = predicate
        self._it = iter(iterable)
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __new__(cls, function, iterable, /, **kwargs):
        _no_keywords(cls, 'filterfalse', kwargs)
        self = _new(cls)
        self._function = function
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        function = self._function
        while True:
            item = next(self._it)
            if function is None:
                if not item:
                    return item
            elif not function(item):
                return item


class starmap:
    """Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence."""

    def __new__(cls, function, iterable, /, **kwargs):
        _no_keywords(cls, 'starmap', kwargs)
        self = _new(cls)
        self._function = function
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __new__(cls, iterable, key=None):
        self = _new(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __new__(cls, parent, tgtkey):
        self = _new(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        return self

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _NULL:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _NULL
        parent._currkey = _NULL
        return value


_grouper.__module__ = 'itertools'

_ISLICE_STOP = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_ISLICE_INDICES = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_ISLICE_STEP = 'Step for islice() must be a positive integer or None.'


def _islice_arg(value, message):
    if value is None:
        return None
    try:
        index = type(value).__index__
    except AttributeError:
        raise ValueError(message) from None
    value = index(value)
    if value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __new__(cls, *args, **kwargs):
        _no_keywords(cls, 'islice', kwargs)
        self = _new(cls)
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
        iterable = args[0]
        start, step = 0, 1
        if len(args) == 2:
            stop = _islice_arg(args[1], _ISLICE_STOP)
        else:
            stop = _islice_arg(args[2], _ISLICE_STOP)
            start = _islice_arg(args[1], _ISLICE_INDICES)
            if start is None:
                start = 0
            if len(args) == 4:
                if args[3] is not None:
                    try:
                        step = _ssize(args[3])
                    except TypeError:
                        step = -1
                    if step < 1:
                        raise ValueError(_ISLICE_STEP)
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            stop = self._stop
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = _NULL
        self.next = None

    def __reduce__(self):
        return _tee_link_restore, (self.value, self.next)


def _tee_link_restore(value, next):
    link = _tee_link()
    link.value = value
    link.next = next
    return link


class _tee_source:
    __slots__ = ('it', 'running')

    def __init__(self, it):
        self.it = it
        self.running = False

    def __reduce__(self):
        return _tee_source, (self.it,)


class _tee:
    """Iterator wrapped to make it copyable."""

    def __new__(cls, iterable, /):
        self = _new(cls)
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
        else:
            self._source = _tee_source(iter(iterable))
            self._link = _tee_link()
        return self

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            source = self._source
            if source.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            source.running = True
            try:
                value = next(source.it)
            finally:
                source.running = False
            if link.next is None:
                link.value = value
                link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        new = _new(_tee)
        new._source = self._source
        new._link = self._link
        return new


_tee.__name__ = _tee.__qualname__ = '_tee'
_tee.__module__ = 'itertools'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    if copy is None:
        it = _tee(it)
        copy = it.__copy__
    result = [it]
    for _ in range(1, n):
        result.append(copy())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument."""

    def __new__(cls, *args, fillvalue=None):
        self = _new(cls)
        self._iterators = [iter(it) for it in args]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        iterators = self._iterators
        if not iterators or not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(self._fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                iterators[i] = None
                value = self._fillvalue
            values.append(value)
        return tuple(values)


def _reduce(self):
    """Pickle an iterator as its attributes, made without calling its
    class (whose __new__ takes the constructor's arguments)."""
    import copyreg
    return copyreg._reconstructor, (type(self), object, None), vars(self)


def _cint(value):
    """Convert value to a C int argument."""
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _ssize(value)


def _check_r(r):
    if type(r) is not int and not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __new__(cls, *args, repeat=1):
        self = _new(cls)
        repeat = _ssize(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self._pools = [tuple(pool) for pool in args] * repeat
        self._indices = None
        self._done = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            if any(not pool for pool in pools):
                self._done = True
                raise StopIteration
            self._indices = [0] * len(pools)
            self._result = [pool[0] for pool in pools]
            return tuple(self._result)
        result = self._result
        for i in reversed(range(len(pools))):
            pool = pools[i]
            indices[i] += 1
            if indices[i] < len(pool):
                result[i] = pool[indices[i]]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
        self._done = True
        raise StopIteration

    def __reduce__(self):
        if self._done:
            return type(self), ((),)
        pools = tuple(self._pools)
        if self._indices is None:
            return type(self), pools
        return type(self), pools, tuple(self._indices)

    def __setstate__(self, state):
        pools = self._pools
        if len(state) != len(pools):
            raise ValueError('invalid arguments')
        indices = []
        for index, pool in zip(state, pools):
            index = _ssize(index)
            if not pool:
                self._done = True
                return
            indices.append(min(max(index, 0), len(pool) - 1))
        self._indices = indices
        self._result = [pool[i] for pool, i in zip(pools, indices)]


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __new__(cls, iterable, r=None):
        self = _new(cls)
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices[:r])
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[i] for i in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __new__(cls, iterable, r):
        self = _new(cls)
        r = _check_r(r)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._done = r > len(self._pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    def __new__(cls, iterable, r):
        self = _new(cls)
        r = _check_r(r)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._done = not self._pool and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __new__(cls, iterable, /):
        self = _new(cls)
        self._it = iter(iterable)
        self._old = _NULL
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _NULL:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _NULL
            raise
        old = self._old
        self._old = new
        return (old, new)


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, starmap, groupby, _grouper, islice, _tee, zip_longest, product,
             permutations, combinations, combinations_with_replacement):
    if '__reduce__' not in vars(_cls):
        _cls.__reduce__ = _reduce
del _cls


def _no_pickle(self):
    cls = type(self)
    name = 'itertools.pairwise' if cls is pairwise else cls.__name__
    raise TypeError('cannot pickle %r object' % name)


pairwise.__reduce__ = _no_pickle
