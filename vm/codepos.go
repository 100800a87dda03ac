package vm

// Source positions of code objects: co_positions and co_lines.
//
// pyjit's instructions are not CPython's, so the instruction offsets and
// the number of entries differ from CPython's for the same source; the
// format is CPython's (two bytes per instruction) and each entry is the
// source range pyjit's compiler recorded for the instruction.

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
		items := make([]Value, len(c.Instrs))
		for i := range c.Instrs {
			p := c.Positions[i]
			if p.Line <= 0 {
				items[i] = Obj(NewTuple([]Value{None, None, None, None}))
				continue
			}
			items[i] = Obj(NewTuple([]Value{optInt(p.Line, 1), optInt(p.EndLine, 1), optInt(p.Col, 0), optInt(p.EndCol, 0)}))
		}
		return th.Iter(Obj(NewList(items)))
	})
	method(CodeType, "co_lines", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := co(self)
		var items []Value
		start := 0
		for i := 1; i <= len(c.Instrs); i++ {
			if i < len(c.Instrs) && c.Positions[i].Line == c.Positions[start].Line {
				continue
			}
			items = append(items, Obj(NewTuple([]Value{Int(int64(start * 2)), Int(int64(i * 2)), optInt(c.Positions[start].Line, 1)})))
			start = i
		}
		return th.Iter(Obj(NewList(items)))
	})
}
