# sys.setprofile: call and return of Python functions, c_call, c_return and
# c_exception of builtins; sys.gettrace/getprofile; f_trace and the local
# trace function; an error in a trace function removes it.
import sys

events = []

def profiler(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith("c_"):
        events.append((event, name, arg.__name__))
    else:
        events.append((event, name, frame.f_lineno - frame.f_code.co_firstlineno))

def helper(x):
    return len(x)

def work():
    a = helper([1, 2])
    b = [].append(3)
    try:
        int("x")
    except ValueError:
        pass
    return a

sys.setprofile(profiler)
work()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile(), sys.gettrace())

def tracer(frame, event, arg):
    return local

seen = []
def local(frame, event, arg):
    seen.append((event, frame.f_code.co_name))
    return local

def traced():
    x = 1
    return x

sys.settrace(tracer)
print(sys.gettrace() is tracer)
traced()
sys.settrace(None)
print(seen)

def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("from tracer")
    return bad

sys.settrace(bad)
try:
    traced()
except RuntimeError as e:
    print("raised", e)
print(sys.gettrace())

def only_calls(frame, event, arg):
    seen.append(event)

seen.clear()
sys.settrace(only_calls)
traced()
sys.settrace(None)
print(seen)

def gen():
    yield 1
    yield 2

seen.clear()
sys.settrace(tracer)
print(list(gen()))
sys.settrace(None)
print(seen)

# Setting f_trace on the current frame traces its following lines.
lines = []
def linetracer(frame, event, arg):
    lines.append((event, frame.f_lineno - sys._getframe(1).f_code.co_firstlineno if event == "line" else None))
    return linetracer

def self_traced():
    sys._getframe().f_trace = linetracer
    sys.settrace(linetracer)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b

self_traced()
print(lines)
