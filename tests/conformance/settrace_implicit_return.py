# Line and return events of a function's end: the implicit return is on
# the line that reaches it (no event for the function's last line), and a
# constant expression statement has a line of its own; an exception no
# handler matches leaves from the last handler's line.
import sys

def trace_of(func, *args):
    events = []
    def tracer(frame, event, arg):
        if frame.f_code is func.__code__:
            events.append((event, frame.f_lineno - func.__code__.co_firstlineno))
        return tracer
    sys.settrace(tracer)
    try:
        func(*args)
    except Exception as e:
        events.append(('raised', type(e).__name__))
    finally:
        sys.settrace(None)
    return events

def if_else(x):
    if x:
        y = 1
    else:
        y = 2

def if_only(x):
    if x:
        y = 1

def for_loop(n):
    for i in range(n):
        y = i

def for_else(n):
    for i in range(n):
        y = i
    else:
        z = 3

def while_loop(n):
    while n:
        n -= 1

def try_except(x):
    try:
        y = 1 / x
    except ZeroDivisionError:
        y = 0

def try_finally(x):
    try:
        y = x
    finally:
        z = 2

def with_stmt(x):
    with x:
        y = 1

def match_no_default(command):
    match command.split():
        case ["go", direction] if direction in "nesw":
            return f"go {direction}"
        case ["go", _]:
            return "no go"

def match_with_body(v):
    match v:
        case 1:
            y = 1
        case 2:
            y = 2

def nested_if(a, b):
    if a:
        if b:
            y = 1
    y = 2

def const_stmts():
    1
    lambda x: 2
    3

def if_then_const(x):
    if x:
        y = 1
    3

def ellipsis_body():
    ...

def try_star_not_caught():
    try:
        try:
            raise ValueError(3)
        except* TypeError:
            5
    except ValueError:
        7

def except_no_match():
    try:
        raise KeyError
    except ValueError:
        x = 5
    except TypeError:
        x = 7

def except_star_no_match():
    try:
        try:
            raise ValueError(3)
        except* TypeError:
            x = 5
        except* KeyError:
            x = 6
    except ValueError:
        x = 7

import contextlib
for f, argsets in [(if_else, [(0,), (1,)]), (if_only, [(0,), (1,)]), (for_loop, [(0,), (2,)]),
                   (for_else, [(0,), (1,)]), (while_loop, [(0,), (2,)]), (try_except, [(0,), (1,)]),
                   (try_finally, [(1,)]), (with_stmt, [(contextlib.nullcontext(),)]),
                   (match_no_default, [("go n",), ("go x",), ("spam",)]),
                   (match_with_body, [(1,), (2,), (3,)]), (nested_if, [(0, 0), (1, 0), (1, 1)]),
                   (const_stmts, [()]), (if_then_const, [(0,), (1,)]), (ellipsis_body, [()]),
                   (try_star_not_caught, [()]), (except_star_no_match, [()])]:
    for args in argsets:
        print(f.__name__, len(args), trace_of(f, *args))
print(trace_of(except_no_match))
