package vm

// itertools.groupby with its groups (_grouper), and the iterators tee
// makes (_tee) with the buffer they share (_tee_dataobject).

// groupbyIter is an itertools.groupby. currkey and currvalue are the item
// read last and its key (Null once a group took it), tgtkey the key of the
// current group, curr the group that may still advance.
type groupbyIter struct {
	self, it, keyfunc          Value
	tgtkey, currkey, currvalue Value
	curr                       *grouperIter
}

func (*groupbyIter) Type() *Type { return groupbyType }

// step reads the next item and its key.
func (g *groupbyIter) step(th *Thread) (bool, error) {
	v, ok, err := th.Next(g.it)
	if err != nil || !ok {
		return false, err
	}
	key := v
	if !g.keyfunc.IsNone() {
		if key, err = th.Call(g.keyfunc, []Value{v}, nil); err != nil {
			return false, err
		}
	}
	g.currvalue, g.currkey = v, key
	return true, nil
}

func (g *groupbyIter) next(th *Thread) (Value, bool, error) {
	g.curr = nil
	for {
		if g.currkey.o != nil {
			if g.tgtkey.o == nil {
				break
			}
			same, err := th.sameOrEqual(g.tgtkey, g.currkey)
			if err != nil {
				return Null, false, err
			}
			if !same {
				break
			}
		}
		if ok, err := g.step(th); !ok {
			return Null, false, err
		}
	}
	g.tgtkey = g.currkey
	return TupleOf(g.currkey, Obj(g.newGrouper(g.tgtkey))), true, nil
}

// newGrouper makes the group of the items of key tgtkey, the one that may
// advance from now on.
func (g *groupbyIter) newGrouper(tgtkey Value) *grouperIter {
	gr := &grouperIter{parent: g, tgtkey: tgtkey}
	g.curr = gr
	return gr
}

var groupbySpec = kwSpec("groupby", 1, 2, "iterable", "key")

func groupbyNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs(groupbySpec, args, kw)
	if err != nil {
		return Null, err
	}
	g := &groupbyIter{keyfunc: noneIfNull(a[1])}
	if g.it, err = th.Iter(a[0]); err != nil {
		return Null, err
	}
	g.self = newIterOf(args, groupbyType, g)
	return g.self, nil
}

func groupbyReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	g, err := selfAs[*groupbyIter](self)
	if err != nil {
		return Null, err
	}
	cls, fnArgs := Obj(self.Type()), TupleOf(g.it, g.keyfunc)
	if g.tgtkey.o != nil && g.currkey.o != nil && g.currvalue.o != nil {
		return TupleOf(cls, fnArgs, TupleOf(g.currkey, g.currvalue, g.tgtkey)), nil
	}
	return TupleOf(cls, fnArgs), nil
}

func groupbySetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	g, err := selfAs[*groupbyIter](self)
	if err != nil {
		return Null, err
	}
	st, err := stateTuple(args[0], 3, 3)
	if err != nil {
		return Null, err
	}
	g.currkey, g.currvalue, g.tgtkey = st[0], st[1], st[2]
	return None, nil
}

// grouperIter is a group of a groupby: its items while their key is
// tgtkey and the groupby has not moved on to another group.
type grouperIter struct {
	parent *groupbyIter
	tgtkey Value
}

func (*grouperIter) Type() *Type { return grouperType }

func (gr *grouperIter) next(th *Thread) (Value, bool, error) {
	g := gr.parent
	if g.curr != gr {
		return Null, false, nil
	}
	if g.currvalue.o == nil {
		if ok, err := g.step(th); !ok {
			return Null, false, err
		}
	}
	same, err := th.sameOrEqual(gr.tgtkey, g.currkey)
	if err != nil || !same {
		return Null, false, err
	}
	v := g.currvalue
	g.currvalue, g.currkey = Null, Null
	return v, true, nil
}

func grouperNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := positionalArgs("_grouper", grouperType, args, kw, 2, 2)
	if err != nil {
		return Null, err
	}
	g, ok := unwrap(a[0]).o.(*groupbyIter)
	if !ok {
		return Null, Errorf(TypeErrorType, "_grouper() argument 1 must be itertools.groupby, not %s", a[0].Type().Name)
	}
	return Obj(g.newGrouper(a[1])), nil
}

func grouperReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	gr, err := selfAs[*grouperIter](self)
	if err != nil {
		return Null, err
	}
	if gr.parent.curr != gr {
		return th.iterReduce(TupleOf(Obj(emptyTuple)))
	}
	return TupleOf(Obj(self.Type()), TupleOf(gr.parent.self, gr.tgtkey)), nil
}

// teeLinkCells is how many items a _tee_dataobject holds (CPython's
// LINKCELLS, which its pickles show).
const teeLinkCells = 57

// teeData is an itertools._tee_dataobject: a block of the items read
// from it, shared by the tees over it, and the block after it.
type teeData struct {
	it       Value
	values   [teeLinkCells]Value
	numread  int
	running  bool
	nextLink *teeData
}

func (*teeData) Type() *Type { return teeDataType }

// link is the block after d, made when first needed.
func (d *teeData) link() *teeData {
	if d.nextLink == nil {
		d.nextLink = &teeData{it: d.it}
	}
	return d.nextLink
}

// item is the item i of the block, read from the iterator by the tee
// that is ahead of the others.
func (d *teeData) item(th *Thread, i int) (Value, bool, error) {
	if i < d.numread {
		return d.values[i], true, nil
	}
	if d.running {
		return Null, false, Errorf(RuntimeErrorType, "cannot re-enter the tee iterator")
	}
	d.running = true
	v, ok, err := th.Next(d.it)
	d.running = false
	if err != nil || !ok {
		return Null, false, err
	}
	d.values[i] = v
	d.numread++
	return v, true, nil
}

// teeIter is an itertools._tee: an iterator at index of a block of a
// shared buffer.
type teeIter struct {
	data  *teeData
	index int
}

func (*teeIter) Type() *Type { return teeType }

func (t *teeIter) next(th *Thread) (Value, bool, error) {
	if t.index >= teeLinkCells {
		t.data, t.index = t.data.link(), 0
	}
	v, ok, err := t.data.item(th, t.index)
	if ok {
		t.index++
	}
	return v, ok, err
}

// teeOf is a tee over the iterator of iterable: a copy of it when it is
// a tee already.
func (th *Thread) teeOf(iterable Value) (Value, error) {
	it, err := th.Iter(iterable)
	if err != nil {
		return Null, err
	}
	if t, ok := it.o.(*teeIter); ok {
		return Obj(&teeIter{data: t.data, index: t.index}), nil
	}
	return Obj(&teeIter{data: &teeData{it: it}}), nil
}

func teeNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := positionalArgs("_tee", teeType, args, kw, 1, 1)
	if err != nil {
		return Null, err
	}
	return th.teeOf(a[0])
}

func teeSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	t, err := selfAs[*teeIter](self)
	if err != nil {
		return Null, err
	}
	st, err := stateTuple(args[0], 2, 2)
	if err != nil {
		return Null, err
	}
	data, ok := st[0].o.(*teeData)
	if !ok {
		return Null, Errorf(TypeErrorType, "argument 1 must be itertools._tee_dataobject, not %s", st[0].Type().Name)
	}
	index, err := th.cIntArg(st[1])
	if err != nil {
		return Null, err
	}
	if index < 0 || index > teeLinkCells {
		return Null, Errorf(ValueErrorType, "Index out of range")
	}
	t.data, t.index = data, int(index)
	return None, nil
}

// teeDataNew is _tee_dataobject.__new__(cls, iterable, values, next, /).
func teeDataNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := positionalArgs("_tee_dataobject", teeDataType, args, kw, 3, 3)
	if err != nil {
		return Null, err
	}
	values, ok := unwrap(a[1]).o.(*List)
	if !ok {
		return Null, Errorf(TypeErrorType, "teedataobject() argument 2 must be list, not %s", a[1].Type().Name)
	}
	invalid := Errorf(ValueErrorType, "Invalid arguments")
	d := &teeData{it: a[0], numread: len(values.items)}
	if d.numread > teeLinkCells {
		return Null, invalid
	}
	copy(d.values[:], values.items)
	if next := a[2]; !next.IsNone() {
		link, ok := next.o.(*teeData)
		if !ok || d.numread < teeLinkCells {
			return Null, invalid
		}
		d.nextLink = link
	}
	return Obj(d), nil
}

func initGroupbyTypes() {
	groupbyType = newItertoolsType("groupby", groupbyNew, true, false)
	method(groupbyType, "__reduce__", groupbyReduce)
	method(groupbyType, "__setstate__", groupbySetState)

	grouperType = newItertoolsType("_grouper", grouperNew, true, true)
	method(grouperType, "__reduce__", grouperReduce)
}

func initTeeTypes() {
	teeType = newItertoolsType("_tee", teeNew, true, true)
	builtinWeakrefs[teeType] = true
	method(teeType, "__copy__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		t, err := selfAs[*teeIter](self)
		if err != nil {
			return Null, err
		}
		return Obj(&teeIter{data: t.data, index: t.index}), nil
	})
	method(teeType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		t, err := selfAs[*teeIter](self)
		if err != nil {
			return Null, err
		}
		return TupleOf(Obj(teeType), TupleOf(Obj(emptyTuple)), TupleOf(Obj(t.data), Int(int64(t.index)))), nil
	})
	method(teeType, "__setstate__", teeSetState)

	teeDataType = newItertoolsType("_tee_dataobject", teeDataNew, false, true)
	method(teeDataType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		d, err := selfAs[*teeData](self)
		if err != nil {
			return Null, err
		}
		next := None
		if d.nextLink != nil {
			next = Obj(d.nextLink)
		}
		values := NewList(append([]Value(nil), d.values[:d.numread]...))
		return TupleOf(Obj(teeDataType), TupleOf(d.it, Obj(values), next)), nil
	})
}
