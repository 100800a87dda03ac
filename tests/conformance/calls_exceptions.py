# Exceptions through calls: finally, chaining, handlers in callers.

def f():
    raise ValueError("bad")

def g():
    try:
        return f()
    except ValueError:
        return 0

print(g())

def cleanup():
    try:
        print("try")
        return "from try"
    finally:
        print("finally runs")

print(cleanup())

def override():
    try:
        return 1
    finally:
        return 2

print(override())

def chain():
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e

try:
    chain()
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

def implicit():
    try:
        f()
    except ValueError:
        raise TypeError("during")

try:
    implicit()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

def suppressed():
    try:
        f()
    except ValueError:
        raise TypeError("no context") from None

try:
    suppressed()
except TypeError as e:
    print(repr(e.__context__), e.__suppress_context__)

def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "loop done"

print(loop_finally())

def nested():
    try:
        try:
            raise ValueError(1)
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    else:
        print("no else")

nested()

def else_clause():
    try:
        x = 1
    except Exception:
        print("no")
    else:
        print("else", x)
    finally:
        print("fin")

else_clause()

try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("tuple match", type(e).__name__, e.args)

try:
    try:
        raise KeyError("x")
    except ValueError:
        print("wrong")
except LookupError as e:
    print("lookup", e)

e_saved = None
try:
    raise RuntimeError("saved")
except RuntimeError as e:
    e_saved = e
print(e_saved)
try:
    e
except NameError as err:
    print("NameError:", err)

def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise MyError(42, "custom")
except MyError as e:
    print(e.code, e, e.args)

try:
    raise 5
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except TypeError as e:
    print(e)
except ValueError:
    print("value error (no type check without exception)")

import sys
def info():
    try:
        raise IndexError("idx")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb.tb_lineno)
    print(sys.exc_info())
info()

e = ValueError("note me")
e.add_note("first note")
print(e.__notes__)
print(ValueError(1, 2), repr(ValueError(1, 2)), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(StopIteration(5).value, SystemExit(3).code)

def with_stmt():
    class CM:
        def __enter__(self):
            print("enter")
            return "resource"
        def __exit__(self, typ, val, tb):
            print("exit", typ.__name__ if typ else None, val)
            return typ is KeyError
    with CM() as r:
        print("using", r)
    with CM():
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        with CM():
            raise ValueError("not suppressed")
    except ValueError as e:
        print("propagated", e)
    def ret():
        with CM():
            return "returned"
    print(ret())
with_stmt()
