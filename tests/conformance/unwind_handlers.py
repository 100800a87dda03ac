# Leaving blocks early (return, break, continue): what the unwinding code
# raises (a context manager's __exit__, a finally body) goes to the
# handlers around the block, never to the block's own.

class Boom:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        raise KeyError(self.name)

class Quiet:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.log.append("exit %s %s" % (self.name, exc[0] and exc[0].__name__))
        return False

def show(f):
    log = []
    try:
        r = f(log)
        print(f.__name__, "returned", r, log)
    except Exception as e:
        print(f.__name__, "raised", type(e).__name__, e, repr(e.__context__), log)

def return_in_with(log):
    with Boom("a", log):
        return 1

def return_in_nested_with(log):
    with Quiet("outer", log):
        with Boom("inner", log):
            return 2

def return_in_with_in_try(log):
    try:
        with Boom("a", log):
            return 3
    except KeyError as e:
        log.append("caught " + str(e))
        return 4

def return_in_try_except_in_with(log):
    with Boom("a", log):
        try:
            return 5
        except KeyError:
            log.append("wrongly caught")
            return 6

def return_in_handler_in_with(log):
    with Boom("a", log):
        try:
            raise ValueError
        except ValueError:
            return 7

def return_in_named_handler_in_with(log):
    with Boom("a", log):
        try:
            raise ValueError
        except ValueError as e:
            return 8

def return_in_finally_in_with(log):
    with Boom("a", log):
        try:
            return 9
        finally:
            log.append("finally")

def raising_finally_in_with(log):
    with Quiet("q", log):
        try:
            return 10
        finally:
            raise IndexError("fin")

def break_in_with(log):
    for i in range(3):
        try:
            with Boom(str(i), log):
                break
        except KeyError:
            log.append("caught %d" % i)
    return i

def continue_in_with(log):
    n = 0
    for i in range(3):
        try:
            with Boom(str(i), log):
                continue
        except KeyError:
            n += 1
    return n

def break_in_try_in_with(log):
    for i in range(2):
        with Boom(str(i), log):
            try:
                break
            except KeyError:
                log.append("wrongly caught")
    return i

def return_in_loop_in_with_in_try(log):
    try:
        with Boom("a", log):
            for x in [1, 2]:
                return x
    except KeyError:
        return "handled"

async def coro_return_in_async_with(log):
    class A:
        async def __aenter__(self):
            return self
        async def __aexit__(self, *exc):
            log.append("aexit")
            raise KeyError("async")
    async with A():
        return 11

def run_coro(log):
    c = coro_return_in_async_with(log)
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

def generator_return_in_with(log):
    def g():
        with Boom("gen", log):
            yield 1
            return 2
    it = g()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        return ("stop", e.value)

for f in [return_in_with, return_in_nested_with, return_in_with_in_try,
          return_in_try_except_in_with, return_in_handler_in_with,
          return_in_named_handler_in_with, return_in_finally_in_with,
          raising_finally_in_with, break_in_with, continue_in_with,
          break_in_try_in_with, return_in_loop_in_with_in_try, run_coro,
          generator_return_in_with]:
    show(f)
