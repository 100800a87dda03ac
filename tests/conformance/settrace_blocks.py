# Line numbers of trace events around the code CPython's compiler gives no
# line of its own: the implicit return after if/else chains and class
# bodies, the jumps that end try bodies and else clauses, with and finally
# blocks left by return, break and continue, class docstrings, exception
# handlers entered from a line, constant conditions (if False, while
# True) and the code they make unreachable, and f_lineno assignments
# refused by the event being reported.
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name.startswith('t_') or frame.f_code.co_name[0].isupper():
        print(frame.f_code.co_name, frame.f_lineno, event)
    return tracer

def t_implicit_return_in_class():
    class A:
        if 3 < 9:
            a = 1
        else:
            a = 2

def t_class_creation_with_docstrings():
    class Class_1:
        ''' the docstring. 2'''
        def __init__(self):
            ''' Another docstring. 4'''
            self.a = 5

def t_class_ann():
    class B:
        """doc"""
        x: int = 1
        def f(self):
            return __class__
    class C:
        pass
    class D:
        "d"
    class E:
        for i in range(2):
            if i:
                break
    class F:
        try:
            1/0
        except ZeroDivisionError:
            pass
        finally:
            z = 1

def t_with_loop():
    class Cm:
        def __enter__(s): return s
        def __exit__(s, *a): pass
    for i in (1, 2):
        with Cm():
            break
    for i in (1, 2):
        with Cm():
            continue
    for i in (1, 2):
        try:
            if i == 1:
                continue
            break
        finally:
            x = 1
    while True:
        try:
            break
        finally:
            pass

def t_return_with():
    class Cm:
        def __enter__(s): return s
        def __exit__(s, *a): pass
    with Cm():
        with Cm() as y:
            return (1,
                    2)

def t_return_finally_nested():
    try:
        try:
            return 1
        finally:
            a = 1
    finally:
        b = 2

def t_if_else_chain(x=3):
    if x == 1:
        y = 1
    elif x == 2:
        y = 2
    elif x == 3:
        if x:
            y = 3
        else:
            y = 4
    else:
        y = 5

def t_try_else():
    try:
        a = 1
    except ValueError:
        a = 2
    else:
        if a:
            a = 3
    try:
        a = 1
    except* ValueError:
        a = 2
    else:
        a = 3
    finally:
        a = 4

def t_const_conditions():
    if False:
        a = 1
    if 0:
        a = 2
    else:
        a = 3
    while 1:
        a = 4
        if a:
            break
    if "":
        a = 5
    return a

def t_wrong_type():
    try:
        2/0
    except IndexError:
        4
    finally:
        return 6

def t_unreachable_line():
    x = 1
    while True:
        x += 1
        if x > 3:
            return x
    x = 7

for name, f in list(globals().items()):
    if name.startswith('t_'):
        sys.settrace(tracer)
        try:
            f()
        except Exception as e:
            print("exc", e)
        sys.settrace(None)

def jumper(target, event_wanted):
    def tr(frame, event, arg):
        if frame.f_code.co_name == "t_unreachable_line" and event == event_wanted:
            try:
                frame.f_lineno = frame.f_code.co_firstlineno + target
            except ValueError as e:
                print(event, e.args[0].replace(str(frame.f_code.co_firstlineno + target), "N"))
            sys.settrace(None)
            return None
        return tr
    return tr

for target, event in [(6, "line"), (6, "call")]:
    sys.settrace(jumper(target, event))
    try:
        t_unreachable_line()
    finally:
        sys.settrace(None)


def nested_call_jump():
    def inner():
        pass
    def tr(frame, event, arg):
        if frame.f_code is inner.__code__ and event == "call":
            try:
                frame.f_lineno = frame.f_lineno + 1
            except ValueError as e:
                print("inner", event, e)
        return tr
    sys.settrace(tr)
    inner()
    sys.settrace(None)

nested_call_jump()
