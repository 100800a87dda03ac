# An attribute that spans lines is reported at the line of its name, as
# CPython 3.11 places its load, store, deletion and method call: the
# traceback of a chained call shows the line of the method that failed.
import traceback


class A:
    def m(self, x):
        return 1 / x


a = A()


def run(k):
    try:
        if k == 0:
            r = (a
                 .missing)
        if k == 1:
            r = (a
                 .m(0))
        if k == 2:
            r = (a.m
                 (0))
        if k == 3:
            x = ("text"
                 .upper()
                 .nope())
        if k == 4:
            (a
             .m) = 1
            (a.
             frozen) = 2
        if k == 5:
            del (a
                 .absent)
        if k == 6:
            (a
             .count) += 1
        if k == 7:
            r = (a
                 .m(x=0))
        if k == 8:
            r = (a
                 .m(*[0]))
    except Exception as e:
        frame = traceback.extract_tb(e.__traceback__)[0]
        print(k, type(e).__name__, frame.lineno, repr(frame.line))


for k in range(9):
    run(k)

import dis

src = "r = (a\n  .zz)\nr = (a\n   .m(0))\n(a\n  .b) = 5\ndel (a\n  .b)\nr = (a.\n   m(0))\nr = (a\n  .méé(0))\n"
for ins in dis.get_instructions(compile(src, "s", "exec")):
    if ins.opname in ("LOAD_ATTR", "LOAD_METHOD", "STORE_ATTR", "DELETE_ATTR", "CALL"):
        print(ins.opname, ins.positions.lineno, ins.positions.end_lineno,
              ins.positions.col_offset, ins.positions.end_col_offset)
