# Assigning f_lineno from a trace function's line event jumps, with
# CPython's checks and messages.
import sys

def jumper(func, from_line, to_line):
    out = []
    first = func.__code__.co_firstlineno
    done = []
    def tracer(frame, event, arg):
        if frame.f_code is not func.__code__:
            return None
        if event == "line" and frame.f_lineno == first + from_line and not done:
            done.append(1)
            try:
                frame.f_lineno = first + to_line
                out.append("jumped")
            except ValueError as e:
                out.append(str(e))
        return tracer
    sys.settrace(tracer)
    try:
        result = func(out)
    except Exception as e:
        result = type(e).__name__
    finally:
        sys.settrace(None)
    print(func.__name__, from_line, to_line, out, result)

def skip_forward(out):
    out.append(1)
    out.append(2)
    out.append(3)
    return "done"

def skip_backward(out):
    out.append(1)
    out.append(2)
    if len(out) < 6:
        out.append(4)
    return "done"

def out_of_loop(out):
    for i in range(3):
        out.append(i)
        out.append("x")
    out.append("after")

def into_loop(out):
    out.append(1)
    for i in range(2):
        out.append(i)
    return "done"

def into_except(out):
    out.append(1)
    try:
        out.append(2)
    except ValueError:
        out.append(4)
    return "done"

def out_of_except(out):
    try:
        raise KeyError
    except KeyError:
        out.append(sys.exc_info()[0].__name__)
        out.append("in handler")
    out.append(sys.exc_info()[0])

jumper(skip_forward, 2, 4)
jumper(skip_backward, 3, 1)
jumper(out_of_loop, 3, 4)
jumper(into_loop, 1, 3)
jumper(into_except, 1, 5)
jumper(out_of_except, 5, 6)
jumper(skip_forward, 1, 100)
jumper(skip_forward, 1, -1)

def not_in_trace():
    f = sys._getframe()
    try:
        f.f_lineno = "x"
    except ValueError as e:
        print(e)

not_in_trace()
