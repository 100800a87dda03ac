# Line, call, return and exception events of sys.settrace, recorded as
# (event, function, line relative to the function's first line).
import sys

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__ or co.co_name in ("tracer", "run"):
        return None
    extra = None
    if event == "return":
        extra = repr(arg) if isinstance(arg, (int, str, list, type(None))) else type(arg).__name__
    elif event == "exception":
        extra = arg[0].__name__
    events.append((event, co.co_name, frame.f_lineno - co.co_firstlineno, extra))
    return tracer

def run(fn, *args):
    events.clear()
    sys.settrace(tracer)
    try:
        fn(*args)
    except Exception as e:
        events.append(("raised", type(e).__name__))
    finally:
        sys.settrace(None)
    print(fn.__name__)
    for e in events:
        print("  ", e)

def simple(a):
    b = a + 1
    return b

def loop_for(n):
    total = 0
    for i in range(n):
        total += i
    return total

def loop_while(n):
    i = 0
    while i < n:
        i += 1
    return i

def loop_while_multi(n):
    i = 0
    while (i <
           n):
        i += 1
    else:
        i = -i
    return i

def multi_line_stmt(a):
    x = (a +
         1 +
         2)
    y = [a,
         a]
    return f(
        x,
        y)

def f(x, y):
    return x

def branches(a):
    if a > 1:
        r = 1
    elif a > 0:
        r = 2
    else:
        r = 3
    return r

def raises():
    x = 1
    raise ValueError("x")

def catches():
    try:
        raises()
    except ValueError:
        x = 2
    finally:
        y = 3
    return 4

def gen(n):
    for i in range(n):
        yield i
    return "done"

def uses_gen():
    s = 0
    for v in gen(2):
        s += v
    return s

def comprehension(n):
    return [i * 2
            for i in range(n)
            if i]

def with_stmt():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return False
    with CM() as c:
        x = 1
    return x

def nested_loops():
    out = 0
    for i in range(2):
        for j in range(2):
            if j:
                continue
            out += 1
        else:
            out += 10
    return out

def break_loop():
    for i in range(5):
        if i == 1:
            break
    return i

def lambda_call():
    g = lambda x: x + 1
    return g(1)

def one_liner(): return 5

def call_one_liner():
    return one_liner()

def assert_fail():
    assert 1 == 2, "no"

def try_else():
    try:
        x = 1
    except KeyError:
        x = 2
    else:
        x = 3
    return x

def empty_loop_body():
    for i in range(2):
        pass
    while False:
        pass

def chained_cmp(a):
    return 0 < a < 10 and a != 5

def global_stmt():
    global events
    return len(events) >= 0

class Klass:
    attr = 1
    def method(self):
        return self.attr

def method_call():
    k = Klass()
    return k.method()

def deco(fn):
    return fn

@deco
def decorated():
    return 1

def call_decorated():
    return decorated()

def ternary(a):
    return (1 if a
            else 2)

def augassign_attr():
    k = Klass()
    k.attr += 1
    return k.attr

def match_stmt(x):
    match x:
        case 1:
            return "one"
        case [a, b]:
            return a
        case _:
            return None

def yield_from():
    yield from gen(1)

def uses_yield_from():
    return list(yield_from())

def try_at_end():
    items = range(0, 3)
    try:
        i = 0
        while 1:
            b = items[i]; i+=1
    except IndexError:
        pass

def exc_in_loop():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError:
            pass
    return i

for fn, args in [(simple, (1,)), (loop_for, (3,)), (loop_while, (2,)), (loop_while_multi, (2,)),
                 (multi_line_stmt, (1,)), (branches, (0,)), (branches, (2,)), (raises, ()),
                 (catches, ()), (with_stmt, ()),
                 (nested_loops, ()), (break_loop, ()), (lambda_call, ()), (call_one_liner, ()),
                 (assert_fail, ()), (try_else, ()), (chained_cmp, (3,)),
                 (global_stmt, ()), (method_call, ()), (call_decorated, ()),
                 (augassign_attr, ()), (match_stmt, (1,)), (match_stmt, ([1, 2],)),
                 (match_stmt, (3,)), (exc_in_loop, ()), (try_at_end, ())]:
    run(fn, *args)
