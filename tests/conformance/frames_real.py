# Frame objects are the live frames they stand for: one object per frame
# (sys._getframe, tb_frame, gi_frame and f_back all give the same one),
# f_locals and f_lineno follow the running code, and a frame outlives its
# execution with its final state. Tracebacks share those frames, have a
# writable, checked tb_next and can be built with types.TracebackType.
# co_positions() is checked for format and plausibility only: pyjit's
# instructions are not CPython's.
import builtins
import inspect
import io
import logging
import sys
import traceback
import types


def show(label, *values):
    print(label, *values)


def err(fn):
    try:
        fn()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"


# --- sys._getframe: identity, live lines and locals ---------------------

def live():
    a = 1
    fr = sys._getframe()
    show("same object", fr is sys._getframe(), type(fr) is types.FrameType, type(fr).__name__)
    show("code", fr.f_code is live.__code__, fr.f_code.co_name)
    first = fr.f_lineno
    second = fr.f_lineno
    show("lines advance", second - first)
    d1 = fr.f_locals
    b = 2
    d2 = fr.f_locals
    show("one dict", d1 is d2, sorted(d2), d2["b"])
    del a
    show("deleted local dropped", "a" in fr.f_locals)
    fr.f_locals["b"] = 99
    show("writes do not persist", b, fr.f_locals["b"])
    show("locals() is f_locals", locals() is fr.f_locals)
    show("globals", fr.f_globals is globals(), fr.f_builtins is builtins.__dict__)
    show("lasti", type(fr.f_lasti).__name__, fr.f_lasti >= 0, fr.f_lasti % 2)
    return fr


def caller():
    me = sys._getframe()
    fr = live()
    show("f_back is caller", fr.f_back is me, me.f_back is sys._getframe(1))
    return fr


top = sys._getframe()
fr = caller()
show("finished frame keeps state", sorted(fr.f_locals), fr.f_locals["b"])
show("finished f_lineno is the return", fr.f_lineno == fr.f_code.co_firstlineno + 19)
show("finished f_back", fr.f_back.f_code.co_name, fr.f_back.f_back is top)
show("module frame", top.f_back is None, top.f_locals is globals(), top.f_code.co_name)


def depth(n):
    if n:
        return depth(n - 1)
    return [sys._getframe(i).f_code.co_name for i in range(4)]


show("depths", depth(2))
show("too deep", err(lambda: sys._getframe(10000)))


class Body:
    x = 1
    ns = sys._getframe().f_locals
    show("class frame", "x" in ns, ns["x"], sys._getframe().f_code.co_name)


# --- f_trace, clear() and repr -------------------------------------------

def trace_attrs():
    fr = sys._getframe()
    show("f_trace default", fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
    fr.f_trace = print
    show("f_trace set", fr.f_trace is print)
    del fr.f_trace
    show("f_trace deleted", fr.f_trace)
    show("clear running", err(fr.clear))
    show("clear caller", err(sys._getframe(1).clear))
    x = 5
    return fr


fr = trace_attrs()
show("before clear", sorted(fr.f_locals), fr.f_locals["x"])
fr.clear()
show("after clear", fr.f_locals)
text = repr(fr)
show("repr", (text[:text.index("0x")] + "ADDR" + text[text.index(","):]).replace(repr(__file__), "FILE"))


# --- tracebacks ----------------------------------------------------------

seen = {}


def inner(v):
    seen["inner"] = sys._getframe()
    y = v * 2
    raise ValueError(y)


def outer():
    seen["outer"] = sys._getframe()
    inner(21)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    show("tb_frame is this frame", tb.tb_frame is sys._getframe())
    show("tb_frame is getframe", tb.tb_next.tb_frame is seen["outer"], tb.tb_next.tb_next.tb_frame is seen["inner"])
    last = tb.tb_next.tb_next
    show("tb lines", tb.tb_next.tb_lineno - outer.__code__.co_firstlineno,
         last.tb_lineno - inner.__code__.co_firstlineno)
    show("tb frame lines", last.tb_frame.f_lineno == last.tb_lineno)
    show("tb frame locals", last.tb_frame.f_locals)
    show("tb frame back", last.tb_frame.f_back is tb.tb_next.tb_frame)
    show("tb_lasti", type(last.tb_lasti).__name__, last.tb_lasti % 2)
    show("tb_next type check", err(lambda: setattr(tb, "tb_next", 1)))
    show("tb_next loop", err(lambda: setattr(last, "tb_next", tb)))
    show("tb_next self loop", err(lambda: setattr(tb, "tb_next", tb)))
    show("tb_next delete", err(lambda: delattr(tb, "tb_next")))
    show("tb_lineno read-only", err(lambda: setattr(tb, "tb_lineno", 1)))
    tb.tb_next = last
    show("tb_next set", tb.tb_next is last)
    tb.tb_next = None
    show("tb_next cleared", tb.tb_next)

here = sys._getframe()
made = types.TracebackType(None, here, 6, 42)
show("constructed", made.tb_next, made.tb_frame is here, made.tb_lasti, made.tb_lineno)
made2 = types.TracebackType(tb_next=made, tb_frame=here, tb_lasti=0, tb_lineno=1)
show("keywords", made2.tb_next is made)
show("loop via constructed", err(lambda: setattr(made, "tb_next", made2)))
for args in [(), (None,), (None, here), (None, here, 0), (1, here, 0, 1), (None, 1, 0, 1),
             (None, here, "a", 1), (None, here, 0, "b"), (None, here, 0, 1, 2), (None, here, 1.5, 1)]:
    show("TracebackType" + repr(args[2:]).replace(repr(here), "frame"), err(lambda: types.TracebackType(*args)))
show("traceback subclass", err(lambda: type("X", (types.TracebackType,), {})))
show("with_traceback", ValueError().with_traceback(made2).__traceback__ is made2)


# --- co_positions --------------------------------------------------------

def positioned(a,
               b):
    total = (a +
             b)
    return total


co = positioned.__code__
positions = list(co.co_positions())
show("positions are 4-tuples", all(isinstance(p, tuple) and len(p) == 4 for p in positions))
known = [p for p in positions if p[0] is not None]
show("positions have lines", len(known) > 0)
last_line = co.co_firstlineno + 4
show("lines in range", all(co.co_firstlineno <= p[0] <= p[1] <= last_line for p in known))
show("columns", all(p[2] is None or (p[3] is not None and p[2] >= 0 and (p[0] < p[1] or p[2] <= p[3]))
                    for p in known))
show("spans the addition", (co.co_firstlineno + 2, co.co_firstlineno + 3) in [(p[0], p[1]) for p in known])
show("co_lines", all(len(t) == 3 and t[0] < t[1] for t in co.co_lines()))


# --- generators and coroutines ------------------------------------------

def gen():
    x = 1
    yield sys._getframe()
    y = 2
    yield y


g = gen()
gf = g.gi_frame
show("gi_frame before start", gf.f_lineno - gen.__code__.co_firstlineno, gf.f_locals, gf.f_lasti)
inside = next(g)
show("gi_frame identity", inside is gf, g.gi_frame is gf)
show("suspended", gf.f_lineno - gen.__code__.co_firstlineno, gf.f_locals, gf.f_back)
show("clear suspended", err(gf.clear), g.gi_frame)
g = gen()
next(g)
next(g)
gf = g.gi_frame
show("second yield", gf.f_lineno - gen.__code__.co_firstlineno, sorted(gf.f_locals))
show("exhausted", list(g), g.gi_frame, gf.f_locals["y"])


def running_gen():
    fr = sys._getframe()
    yield fr.f_back is sys._getframe(1), err(fr.clear)


show("running generator", next(running_gen()))


async def coro():
    return sys._getframe().f_code.co_name


c = coro()
show("cr_frame", type(c.cr_frame).__name__, c.cr_frame.f_code.co_name, c.cr_frame is c.cr_frame)
try:
    c.send(None)
except StopIteration as e:
    show("coroutine result", e.value, c.cr_frame)


# --- consumers: logging, inspect, traceback -----------------------------

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(lineno)s %(funcName)s %(module)s %(message)s"))
log = logging.getLogger("frames")
log.addHandler(handler)
log.propagate = False


def logs():
    log.warning("first %d", 1)
    log.error("second")


logs()
log.warning("module level")
for line in stream.getvalue().splitlines():
    level, lineno, rest = line.split(" ", 2)
    show("log", level, int(lineno) - logs.__code__.co_firstlineno, rest)


def inspecting():
    fr = inspect.currentframe()
    show("currentframe", fr is sys._getframe())
    st = inspect.stack()
    show("stack", [(s.function, s.lineno - inspecting.__code__.co_firstlineno) for s in st][:1],
         st[0].frame is fr, st[0].filename.split('/')[-1], st[0].code_context[0].strip(), st[0].index)
    show("stack bottom", st[-1].function, st[-1].frame.f_back)
    info = inspect.getframeinfo(fr)
    show("getframeinfo", info.function, info.lineno - inspecting.__code__.co_firstlineno)
    summary = traceback.extract_stack()
    show("extract_stack", [fs.name for fs in summary][-2:], summary[-1].lineno - inspecting.__code__.co_firstlineno)
    show("walk_stack", [f.f_code.co_name for f, _ in traceback.walk_stack(fr)])
    formatted = traceback.format_stack()
    show("format_stack", len(formatted), formatted[-1].splitlines()[0].split(",")[-1], formatted[-1].splitlines()[1].strip())
    out = io.StringIO()
    traceback.print_stack(file=out, limit=1)
    show("print_stack", out.getvalue().count("File"))


def calls_inspecting():
    inspecting()


calls_inspecting()
try:
    inner(1)
except ValueError as e:
    show("extract_tb", [(fs.name, fs.lineno - inner.__code__.co_firstlineno) for fs in traceback.extract_tb(e.__traceback__)][1:])
    show("walk_tb", [f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)])
    show("inspect.trace", [fi.function for fi in inspect.trace()])
