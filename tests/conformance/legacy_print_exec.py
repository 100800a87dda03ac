# print and exec used as Python 2's statements: CPython's hint only when
# what follows them parses as expressions, over its exact range.
cases = ["print foo", "print {1:foo}", "if 1: print foo", "if 1:\n    exec {1:foo}",
         "print {1:(foo.)}", "exec (foo.)", "print 1, 2", "print 'x'", "print x; y", "print *a, b",
         "print x y", "exec x if y", "print f'{x}'", "exec = 3 4", "print\n",
         "print foo, ", "print x if y else z", "print x in y, 1"]
for s in cases:
    try:
        exec(s)
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except NameError as e:
        print(repr(s), e)
