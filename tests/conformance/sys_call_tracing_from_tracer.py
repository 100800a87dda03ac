# sys.call_tracing, called from inside a trace function (a debugger's
# `debug` command), traces the call again: the trace function the callee
# installs sees its events, and the outer tracing resumes afterwards.
import sys

log = []


def inner_tracer(frame, event, arg):
    if frame.f_code.co_name in ("target", "<module>"):
        log.append(("inner", event, frame.f_code.co_name, frame.f_lineno))
    return inner_tracer


def target(x):
    y = x + 1
    return y


def run_traced(f, *args):
    sys.settrace(inner_tracer)
    try:
        return f(*args)
    finally:
        sys.settrace(None)


def outer_tracer(frame, event, arg):
    if frame.f_code.co_name == "main" and event == "line" and frame.f_lineno == main_line + 2:
        log.append(("outer", event, "main", "calls", sys.call_tracing(run_traced, (target, 41))))
        log.append(("outer", "after", sys.call_tracing(run_traced, (lambda: exec("z = 1", {}),))))
    return outer_tracer


def main():
    a = 1
    b = 2
    return a + b


main_line = main.__code__.co_firstlineno
sys.settrace(outer_tracer)
main()
sys.settrace(None)
for entry in log:
    print(entry)
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print("TypeError:", e)
print(sys.call_tracing(len, ((1, 2),)))
