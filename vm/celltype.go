package vm

// The cell type (types.CellType): construction, cell_contents and the
// comparisons CPython defines on cells.

func initCellType() {
	t := CellType
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "cell() takes no keyword arguments")
		}
		if len(args) > 2 {
			return Null, Errorf(TypeErrorType, "cell expected at most 1 argument, got %d", len(args)-1)
		}
		c := &Cell{}
		if len(args) == 2 {
			c.V = args[1]
		}
		return Obj(c), nil
	}}))
	t.addGetSet("cell_contents", func(th *Thread, v Value) (Value, error) {
		c := v.o.(*Cell)
		if c.V.o == nil {
			return Null, Errorf(ValueErrorType, "Cell is empty")
		}
		return c.V, nil
	}, func(th *Thread, v, x Value) error {
		v.o.(*Cell).V = x // Null deletes
		return nil
	})
	// Cells compare by contents; an empty cell comes before any other.
	for op, name := range cmpDunder {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			other, ok := args[0].o.(*Cell)
			if !ok {
				return NotImplemented, nil
			}
			a, b := self.o.(*Cell).V, other.V
			if a.o != nil && b.o != nil {
				return th.RichCompare(a, b, op)
			}
			return th.RichCompare(Bool(b.o == nil), Bool(a.o == nil), op)
		})
	}
	t.Dict.SetStr("__hash__", None)
}
