# co_code is laid out as CPython's bytecode, consistently with co_lines,
# co_positions, co_exceptiontable, f_lasti and tb_lasti, so that CPython's
# dis module reads it.
import dis
import sys

def g():
    def f(x: not (int is int), /): ...

codes = [(i.opname, i.argval) for i in dis.get_instructions(g)]
print(("UNARY_NOT", None) in codes, ("IS_OP", 1) in codes)

def sample(x, y=2):
    for i in range(x):
        if i > y:
            return x[1:2]
    try:
        z = x[0]
    except (IndexError, TypeError) as e:
        z = None
    return x not in {1, 2}, z

co = sample.__code__
raw = co.co_code
print(type(raw).__name__, len(raw) % 2, len(list(co.co_positions())) == len(raw) // 2)
starts = list(dis.findlinestarts(co))
print(all(off % 2 == 0 and 0 <= off < len(raw) for off, _ in starts))
print(sorted({line - co.co_firstlineno for _, line in starts if line is not None} - {0}))
ends = [end for _, end, _ in co.co_lines()]
print(ends[-1] == len(raw))
names = {i.opname for i in dis.get_instructions(sample)}
print(sorted(names & {"FOR_ITER", "GET_ITER", "CONTAINS_OP", "CHECK_EXC_MATCH", "PUSH_EXC_INFO", "RETURN_VALUE"}))
entries = dis.Bytecode(sample).exception_entries
print(len(entries) > 0, all(e.target % 2 == 0 and e.target < len(raw) for e in entries))
jumps = [i for i in dis.get_instructions(sample) if i.opcode in dis.hasjrel]
offsets = {i.offset for i in dis.get_instructions(sample)}
print(all(j.argval in offsets for j in jumps))

def caller():
    return callee()

def callee():
    f = sys._getframe(1)
    code = f.f_code
    pos = list(code.co_positions())[f.f_lasti // 2]
    return f.f_lasti % 2 == 0 and pos[0] == f.f_lineno == code.co_firstlineno + 1

print(caller())

def fails():
    a = 1
    return a / 0

try:
    fails()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    code = tb.tb_frame.f_code
    print(dis.opname[code.co_code[tb.tb_lasti]])
    pos = list(code.co_positions())[tb.tb_lasti // 2]
    print(pos[0] == tb.tb_lineno == code.co_firstlineno + 2)
print(g.__code__._varname_from_oparg(0))
