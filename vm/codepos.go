package vm

// A code object's bytecode in CPython's format (co_code,
// co_exceptiontable) and the APIs that give offsets into it: co_positions,
// co_lines, f_lasti and tb_lasti.
//
// pyjit's instructions are laid out as CPython 3.11's bytecode
// (code.Layout), so the offsets and the number of entries differ from
// CPython's for the same source; each entry is the source range pyjit's
// compiler recorded for the instruction the code unit belongs to.

import "github.com/pyjit/pyjit/vm/code"

// cpython returns the code's CPython layout.
func (co *CodeObj) cpython() *code.Layout {
	if l := co.layout.Load(); l != nil {
		return l
	}
	co.layout.CompareAndSwap(nil, co.CPythonLayout())
	return co.layout.Load()
}

// lastiOffset returns f_lasti or tb_lasti for instruction pc: the byte
// offset of its CPython instruction, -1 before the first.
func (co *CodeObj) lastiOffset(pc int) int {
	if pc < 0 {
		return -1
	}
	l := co.cpython()
	if pc >= len(l.Main) {
		return 2 * l.Start[len(l.Main)]
	}
	return 2 * l.Main[pc]
}

// instrAtOffset returns the instruction at byte offset off of co_code.
func (co *CodeObj) instrAtOffset(off int) int {
	return co.cpython().InstrAt(off / 2)
}

func initCodePositions() {
	co := func(v Value) *CodeObj { return v.o.(*CodeObj) }
	// optInt renders a line (1-based) or column (0-based), None if absent.
	optInt := func(n, min int32) Value {
		if n < min {
			return None
		}
		return Int(int64(n))
	}
	method(CodeType, "co_positions", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := co(self)
		l := c.cpython()
		items := make([]Value, 0, l.Start[len(c.Instrs)])
		ps := c.Positions.All()
		for i := range c.Instrs {
			p := ps[i]
			v := Obj(NewTuple([]Value{None, None, None, None}))
			if p.Line > 0 {
				v = Obj(NewTuple([]Value{optInt(p.Line, 1), optInt(p.EndLine, 1), optInt(p.Col, 0), optInt(p.EndCol, 0)}))
			}
			for u := l.Start[i]; u < l.Start[i+1]; u++ {
				items = append(items, v)
			}
		}
		return th.Iter(Obj(NewList(items)))
	})
	method(CodeType, "co_lines", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := co(self)
		l := c.cpython()
		var items []Value
		ps := c.Positions.All()
		start := 0
		for i := 1; i <= len(c.Instrs); i++ {
			if i < len(c.Instrs) && ps[i].Line == ps[start].Line {
				continue
			}
			items = append(items, Obj(NewTuple([]Value{Int(int64(2 * l.Start[start])), Int(int64(2 * l.Start[i])), optInt(ps[start].Line, 1)})))
			start = i
		}
		return th.Iter(Obj(NewList(items)))
	})
	getset(CodeType, "co_code", func(th *Thread, v Value) (Value, error) {
		return Obj(&Bytes{b: co(v).cpython().Code}), nil
	})
	getset(CodeType, "_co_code_adaptive", func(th *Thread, v Value) (Value, error) {
		return Obj(&Bytes{b: co(v).cpython().Code}), nil
	})
	CodeType.addReadonly("co_exceptiontable", func(th *Thread, v Value) (Value, error) {
		return Obj(&Bytes{b: co(v).cpython().ExcTable}), nil
	})
	method(CodeType, "_varname_from_oparg", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := co(self)
		var oparg Value
		if err := unpackArgs("_varname_from_oparg", args, kw, 1, []string{"oparg"}, &oparg); err != nil {
			return Null, err
		}
		i, ok, err := th.index(oparg)
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", oparg.Type().Name)
		}
		if i < 0 || i >= int64(c.NLocals) {
			return Null, Errorf(IndexErrorType, "tuple index out of range")
		}
		return String(c.LocalName(int(i))), nil
	})
}
