"""A small asyncio for pyjit: an event loop, tasks, futures, gather and sleep."""
import time as _time
import heapq as _heapq
import sys as _sys
import weakref as _weakref


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class TimeoutError(Exception):
    pass


_running_loop = None


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _running_loop
    if _running_loop is None:
        _running_loop = new_event_loop()
    return _running_loop


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop or get_running_loop()
        self._done = False
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancelled = False

    def done(self):
        return self._done

    def cancelled(self):
        return self._cancelled

    def result(self):
        if not self._done:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if not self._done:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn):
        if self._done:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def _finish(self):
        self._done = True
        callbacks, self._callbacks = self._callbacks, []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def set_result(self, result):
        if self._done:
            raise InvalidStateError('invalid state')
        self._result = result
        self._finish()

    def set_exception(self, exception):
        if self._done:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._finish()

    def cancel(self, msg=None):
        if self._done:
            return False
        self._cancelled = True
        self._exception = CancelledError() if msg is None else CancelledError(msg)
        self._finish()
        return True

    def __await__(self):
        if not self._done:
            self._asyncio_future_blocking = True
            yield self
        return self.result()

    __iter__ = __await__


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        self._coro = coro
        self._name = name
        self._loop.call_soon(self._step)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def _step(self, exc=None):
        if self._done:
            return
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            self.set_result(e.value)
        except CancelledError as e:
            self._cancelled = True
            self._exception = e
            self._finish()
        except BaseException as e:
            self.set_exception(e)
        else:
            if result is None:
                self._loop.call_soon(self._step)
            elif isinstance(result, Future):
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
            else:
                self._loop.call_soon(self._step, RuntimeError('Task got bad yield: {!r}'.format(result)))

    def _wakeup(self, fut):
        try:
            fut.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()

    def __repr__(self):
        return '<Task {}>'.format('finished' if self._done else 'pending')


class _Handle:
    def __init__(self, when, seq, fn, args):
        self.when, self.seq, self.fn, self.args = when, seq, fn, args
        self.cancelled = False

    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)

    def cancel(self):
        self.cancelled = True


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._timers = []
        self._seq = 0
        self._closed = False
        self._asyncgens = _weakref.WeakSet()
        self._asyncgens_shutdown_called = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, fn, *args):
        h = _Handle(0, 0, fn, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, fn, *args):
        self._seq += 1
        h = _Handle(self.time() + delay, self._seq, fn, args)
        _heapq.heappush(self._timers, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        return Task(coro, loop=self, name=name)

    def _run_once(self):
        if not self._ready and self._timers:
            delay = self._timers[0].when - self.time()
            if delay > 0:
                _time.sleep(delay)
        now = self.time()
        while self._timers and self._timers[0].when <= now:
            self._ready.append(_heapq.heappop(self._timers))
        ready, self._ready = self._ready, []
        for h in ready:
            if not h.cancelled:
                h.fn(*h.args)

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)

    def run_until_complete(self, future):
        global _running_loop
        saved = _running_loop
        _running_loop = self
        old_agen_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                finalizer=self._asyncgen_finalizer_hook)
        try:
            fut = ensure_future(future, loop=self)
            while not fut.done():
                if not self._ready and not self._timers:
                    raise RuntimeError('Event loop stopped before Future completed.')
                self._run_once()
            return fut.result()
        finally:
            _running_loop = saved
            _sys.set_asyncgen_hooks(*old_agen_hooks)

    def close(self):
        self._closed = True

    def is_closed(self):
        return self._closed


def new_event_loop():
    return BaseEventLoop()


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = get_running_loop()
    if hasattr(obj, 'send') and hasattr(obj, 'throw'):
        return loop.create_task(obj)
    if hasattr(obj, '__await__'):
        async def _wrap():
            return await obj
        return loop.create_task(_wrap())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    if _running_loop is not None and _running_loop._ready:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not (hasattr(main, 'send') and hasattr(main, 'throw')):
        raise ValueError('a coroutine was expected, got {!r}'.format(main))
    loop = new_event_loop()
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()


class _Sleep0:
    def __await__(self):
        yield None


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    loop.call_later(delay, lambda: fut.done() or fut.set_result(result))
    return await fut


def gather(*aws, return_exceptions=False):
    loop = get_running_loop()
    children = [ensure_future(a, loop=loop) for a in aws]
    outer = loop.create_future()
    if not children:
        outer.set_result([])
        return outer
    remaining = [len(children)]

    def done(fut):
        if outer.done():
            return
        if not return_exceptions and fut._exception is not None:
            outer.set_exception(fut._exception)
            return
        remaining[0] -= 1
        if remaining[0] == 0:
            results = []
            for c in children:
                if c._exception is not None:
                    results.append(c._exception)
                else:
                    results.append(c._result)
            outer.set_result(results)

    for c in children:
        c.add_done_callback(done)
    return outer


async def wait_for(aw, timeout):
    return await aw


def iscoroutine(obj):
    return hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, '__await__')


def iscoroutinefunction(func):
    return bool(getattr(getattr(func, '__code__', None), 'co_flags', 0) & 0x80)


class Queue:
    def __init__(self, maxsize=0):
        self._items = []
        self._getters = []

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def put_nowait(self, item):
        self._items.append(item)
        while self._getters:
            g = self._getters.pop(0)
            if not g.done():
                g.set_result(None)
                break

    async def put(self, item):
        self.put_nowait(item)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        return self._items.pop(0)

    async def get(self):
        while not self._items:
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            await fut
        return self._items.pop(0)


class QueueEmpty(Exception):
    pass


class Event:
    def __init__(self):
        self._set = False
        self._waiters = []

    def is_set(self):
        return self._set

    def set(self):
        self._set = True
        for w in self._waiters:
            if not w.done():
                w.set_result(True)
        self._waiters = []

    def clear(self):
        self._set = False

    async def wait(self):
        if self._set:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        return await fut
