package vm

// The iterators of itertools over one input (or none): count, cycle,
// repeat, accumulate, compress, dropwhile, takewhile, filterfalse,
// starmap and islice; chain, pairwise and zip_longest are in
// itertoolschain.go.

import (
	"math"

	"github.com/pyjit/pyjit/vm/code"
)

// countIter is an itertools.count. While fast, it counts in n with step
// 1; otherwise it adds step to the number cur, whatever its type.
type countIter struct {
	fast      bool
	n         int64
	cur, step Value
}

func (*countIter) Type() *Type { return countType }

func (c *countIter) next(th *Thread) (Value, bool, error) {
	if c.fast {
		if c.n < math.MaxInt64 {
			c.n++
			return Int(c.n - 1), true, nil
		}
		c.fast, c.cur = false, Int(math.MaxInt64)
	}
	r := c.cur
	next, err := th.BinaryOp(code.NB_ADD, r, c.step)
	if err != nil {
		return Null, false, err
	}
	c.cur = next
	return r, true, nil
}

var countSpec = kwSpec("count", 0, 2, "start", "step")

// countNew is count.__new__(cls, start=0, step=1).
func countNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs(countSpec, args, kw)
	if err != nil {
		return Null, err
	}
	start, step := a[0], a[1]
	if start.o != nil && !numberCheck(start) || step.o != nil && !numberCheck(step) {
		return Null, Errorf(TypeErrorType, "a number is required")
	}
	c := &countIter{fast: true}
	if start.o == nil {
		start = Int(0)
	} else if n, ok := smallIntOf(start); ok {
		c.n = n
	} else {
		c.fast = false
	}
	if step.o == nil {
		step = Int(1)
	} else if n, ok := smallIntOf(step); !ok || n != 1 {
		c.fast = false
	}
	if !c.fast {
		c.cur, c.step = start, step
	} else {
		c.step = Int(1)
	}
	return newIterOf(args, countType, c), nil
}

// smallIntOf returns the value of v, an int (or bool, or a subclass's
// instance) that fits int64.
func smallIntOf(v Value) (int64, bool) {
	if !isIntLike(v) {
		return 0, false
	}
	u := unwrap(v)
	if _, big := u.o.(*BigInt); big {
		return 0, false
	}
	return int64(u.n), true
}

func countRepr(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	c, err := selfAs[*countIter](self)
	if err != nil {
		return Null, err
	}
	name := shortTypeName(self.Type())
	if c.fast {
		return String(name + "(" + itoa(int(c.n)) + ")"), nil
	}
	cur, err := th.Repr(c.cur)
	if err != nil {
		return Null, err
	}
	if n, ok := smallIntOf(c.step); ok && n == 1 {
		return String(name + "(" + cur + ")"), nil
	}
	step, err := th.Repr(c.step)
	if err != nil {
		return Null, err
	}
	return String(name + "(" + cur + ", " + step + ")"), nil
}

func countReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	c, err := selfAs[*countIter](self)
	if err != nil {
		return Null, err
	}
	if c.fast {
		return TupleOf(Obj(self.Type()), TupleOf(Int(c.n))), nil
	}
	return TupleOf(Obj(self.Type()), TupleOf(c.cur, c.step)), nil
}

// repeatIter is an itertools.repeat: elem, left times (forever when left
// is negative).
type repeatIter struct {
	elem Value
	left int64
}

func (*repeatIter) Type() *Type { return repeatType }

func (r *repeatIter) next(th *Thread) (Value, bool, error) {
	if r.left == 0 {
		return Null, false, nil
	}
	if r.left > 0 {
		r.left--
	}
	return r.elem, true, nil
}

var repeatSpec = kwSpec("repeat", 1, 2, "object", "times")

// repeatNew is repeat.__new__(cls, object, times=<forever>).
func repeatNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs(repeatSpec, args, kw)
	if err != nil {
		return Null, err
	}
	r := &repeatIter{elem: a[0], left: -1}
	if a[1].o != nil {
		if r.left, err = th.sizeArg(a[1]); err != nil {
			return Null, err
		}
		r.left = max(r.left, 0)
	}
	return newIterOf(args, repeatType, r), nil
}

func repeatRepr(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	r, err := selfAs[*repeatIter](self)
	if err != nil {
		return Null, err
	}
	elem, err := th.Repr(r.elem)
	if err != nil {
		return Null, err
	}
	s := shortTypeName(self.Type()) + "(" + elem
	if r.left >= 0 {
		s += ", " + itoa(int(r.left))
	}
	return String(s + ")"), nil
}

// cycleIter is an itertools.cycle: the items of it, saved as they come
// (unless firstpass: a restored state already holds them), then the
// saved items over and over from index.
type cycleIter struct {
	it        Value // Null once exhausted
	saved     *List
	index     int
	firstpass bool
}

func (*cycleIter) Type() *Type { return cycleType }

func (c *cycleIter) next(th *Thread) (Value, bool, error) {
	if c.it.o != nil {
		v, ok, err := th.Next(c.it)
		if err != nil {
			return Null, false, err
		}
		if ok {
			if !c.firstpass {
				if c.saved.items, err = th.growValues(c.saved.items, v); err != nil {
					return Null, false, err
				}
			}
			return v, true, nil
		}
		c.it = Null
	}
	items := c.saved.items
	if len(items) == 0 {
		return Null, false, nil
	}
	if c.index >= len(items) {
		c.index = 0
	}
	v := items[c.index]
	c.index++
	if c.index >= len(items) {
		c.index = 0
	}
	return v, true, nil
}

func cycleNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := positionalArgs("cycle", cycleType, args, kw, 1, 1)
	if err != nil {
		return Null, err
	}
	it, err := th.Iter(a[0])
	if err != nil {
		return Null, err
	}
	return newIterOf(args, cycleType, &cycleIter{it: it, saved: NewList(nil)}), nil
}

func cycleReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	c, err := selfAs[*cycleIter](self)
	if err != nil {
		return Null, err
	}
	if c.it.o == nil {
		it := &listIter{l: c.saved, i: c.index}
		return TupleOf(Obj(self.Type()), TupleOf(Obj(it)), TupleOf(Obj(c.saved), True)), nil
	}
	return TupleOf(Obj(self.Type()), TupleOf(c.it), TupleOf(Obj(c.saved), Bool(c.firstpass))), nil
}

func cycleSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	c, err := selfAs[*cycleIter](self)
	if err != nil {
		return Null, err
	}
	st, err := stateTuple(args[0], 2, 2)
	if err != nil {
		return Null, err
	}
	saved, ok := unwrap(st[0]).o.(*List)
	if !ok {
		return Null, Errorf(TypeErrorType, "argument 1 must be list, not %s", st[0].Type().Name)
	}
	firstpass, err := th.cIntArg(st[1])
	if err != nil {
		return Null, err
	}
	c.saved, c.firstpass, c.index = saved, firstpass != 0, 0
	return None, nil
}

// accumulateIter is an itertools.accumulate: running totals of it's items
// by binop (addition when Null), after initial (unless None).
type accumulateIter struct {
	it, binop, total, initial Value
}

func (*accumulateIter) Type() *Type { return accumulateType }

func (a *accumulateIter) next(th *Thread) (Value, bool, error) {
	if !a.initial.IsNone() {
		a.total, a.initial = a.initial, None
		return a.total, true, nil
	}
	v, ok, err := th.Next(a.it)
	if err != nil || !ok {
		return Null, false, err
	}
	if a.total.o == nil {
		a.total = v
		return v, true, nil
	}
	var total Value
	if a.binop.o == nil {
		total, err = th.BinaryOp(code.NB_ADD, a.total, v)
	} else {
		total, err = th.Call(a.binop, []Value{a.total, v}, nil)
	}
	if err != nil {
		return Null, false, err
	}
	a.total = total
	return total, true, nil
}

var accumulateSpec = kwSpec("accumulate", 1, 2, "iterable", "func", "initial")

// accumulateNew is accumulate.__new__(cls, iterable, func=None, *, initial=None).
func accumulateNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs(accumulateSpec, args, kw)
	if err != nil {
		return Null, err
	}
	it, err := th.Iter(a[0])
	if err != nil {
		return Null, err
	}
	acc := &accumulateIter{it: it, binop: a[1], initial: a[2]}
	if acc.binop.IsNone() {
		acc.binop = Null
	}
	if acc.initial.o == nil {
		acc.initial = None
	}
	return newIterOf(args, accumulateType, acc), nil
}

// accumulateReduce pickles an accumulate as CPython 3.11 does: the
// initial value not yet given, or a total of None, go back in front of
// the input (the None then sliced off by an islice).
func accumulateReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	a, err := selfAs[*accumulateIter](self)
	if err != nil {
		return Null, err
	}
	cls := Obj(self.Type())
	switch {
	case !a.initial.IsNone():
		it := newChain(TupleOf(a.initial), a.it)
		return TupleOf(cls, TupleOf(it, noneIfNull(a.binop)), None), nil
	case a.total.IsNone():
		it := newChain(TupleOf(None), a.it)
		acc, err := th.Call(cls, []Value{it, noneIfNull(a.binop)}, nil)
		if err != nil {
			return Null, err
		}
		return TupleOf(Obj(isliceType), TupleOf(acc, Int(1), None)), nil
	}
	return TupleOf(cls, TupleOf(a.it, noneIfNull(a.binop)), noneIfNull(a.total)), nil
}

func accumulateSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	a, err := selfAs[*accumulateIter](self)
	if err != nil {
		return Null, err
	}
	a.total = args[0]
	return None, nil
}

// compressIter is an itertools.compress: the items of data whose
// selector is true.
type compressIter struct {
	data, selectors Value
}

func (*compressIter) Type() *Type { return compressType }

func (c *compressIter) next(th *Thread) (Value, bool, error) {
	for {
		v, ok, err := th.Next(c.data)
		if err != nil || !ok {
			return Null, false, err
		}
		s, ok, err := th.Next(c.selectors)
		if err != nil || !ok {
			return Null, false, err
		}
		keep, err := th.Truth(s)
		if err != nil {
			return Null, false, err
		}
		if keep {
			return v, true, nil
		}
	}
}

var compressSpec = kwSpec("compress", 2, 2, "data", "selectors")

func compressNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs(compressSpec, args, kw)
	if err != nil {
		return Null, err
	}
	data, err := th.Iter(a[0])
	if err != nil {
		return Null, err
	}
	selectors, err := th.Iter(a[1])
	if err != nil {
		return Null, err
	}
	return newIterOf(args, compressType, &compressIter{data: data, selectors: selectors}), nil
}

// predicateIter is a dropwhile, takewhile, filterfalse or starmap: a
// function applied to the items of an iterator. flag is dropwhile's
// "done dropping" and takewhile's "stopped".
type predicateIter struct {
	typ      *Type
	fn, it   Value
	flag     bool
	nextFunc func(p *predicateIter, th *Thread) (Value, bool, error)
}

func (p *predicateIter) Type() *Type { return p.typ }

func (p *predicateIter) next(th *Thread) (Value, bool, error) { return p.nextFunc(p, th) }

// test is the truth of fn(v).
func (p *predicateIter) test(th *Thread, v Value) (bool, error) {
	r, err := th.Call(p.fn, []Value{v}, nil)
	if err != nil {
		return false, err
	}
	return th.Truth(r)
}

func dropwhileNext(p *predicateIter, th *Thread) (Value, bool, error) {
	for {
		v, ok, err := th.Next(p.it)
		if err != nil || !ok || p.flag {
			return v, ok, err
		}
		drop, err := p.test(th, v)
		if err != nil {
			return Null, false, err
		}
		if !drop {
			p.flag = true
			return v, true, nil
		}
	}
}

func takewhileNext(p *predicateIter, th *Thread) (Value, bool, error) {
	if p.flag {
		return Null, false, nil
	}
	v, ok, err := th.Next(p.it)
	if err != nil || !ok {
		return Null, false, err
	}
	take, err := p.test(th, v)
	if err != nil {
		return Null, false, err
	}
	if !take {
		p.flag = true
		return Null, false, nil
	}
	return v, true, nil
}

func filterfalseNext(p *predicateIter, th *Thread) (Value, bool, error) {
	plain := p.fn.IsNone() || p.fn.o == Object(BoolType)
	for {
		v, ok, err := th.Next(p.it)
		if err != nil || !ok {
			return Null, false, err
		}
		var truth bool
		if plain {
			truth, err = th.Truth(v)
		} else {
			truth, err = p.test(th, v)
		}
		if err != nil {
			return Null, false, err
		}
		if !truth {
			return v, true, nil
		}
	}
}

func starmapNext(p *predicateIter, th *Thread) (Value, bool, error) {
	v, ok, err := th.Next(p.it)
	if err != nil || !ok {
		return Null, false, err
	}
	var items []Value
	if t, ok := v.o.(*Tuple); ok {
		items = t.items
	} else if items, err = th.iterateToSliceHinted(v); err != nil {
		return Null, false, err
	}
	r, err := th.Call(p.fn, items, nil)
	return r, err == nil, err
}

// predicateNew makes the __new__ of a predicateIter type:
// cls(function, iterable, /).
func predicateNew(name string, typ **Type, next func(*predicateIter, *Thread) (Value, bool, error)) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := positionalArgs(name, *typ, args, kw, 2, 2)
		if err != nil {
			return Null, err
		}
		it, err := th.Iter(a[1])
		if err != nil {
			return Null, err
		}
		return newIterOf(args, *typ, &predicateIter{typ: *typ, fn: a[0], it: it, nextFunc: next}), nil
	}
}

func predicateReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p, err := selfAs[*predicateIter](self)
	if err != nil {
		return Null, err
	}
	r := TupleOf(Obj(self.Type()), TupleOf(p.fn, p.it))
	if p.typ == dropwhileType || p.typ == takewhileType {
		r = TupleOf(Obj(self.Type()), TupleOf(p.fn, p.it), boolInt(p.flag))
	}
	return r, nil
}

func predicateSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p, err := selfAs[*predicateIter](self)
	if err != nil {
		return Null, err
	}
	flag, err := th.Truth(args[0])
	if err != nil {
		return Null, err
	}
	p.flag = flag
	return None, nil
}

// isliceIter is an itertools.islice: the items of it numbered at,
// at+step, ... below stop (none: -1); cnt counts the items read.
type isliceIter struct {
	it                  Value // Null once exhausted
	at, stop, step, cnt int64
}

func (*isliceIter) Type() *Type { return isliceType }

func (s *isliceIter) next(th *Thread) (Value, bool, error) {
	if s.it.o == nil {
		return Null, false, nil
	}
	for s.cnt < s.at {
		_, ok, err := th.Next(s.it)
		if err != nil || !ok {
			s.it = Null
			return Null, false, err
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = Null
		return Null, false, nil
	}
	v, ok, err := th.Next(s.it)
	if err != nil || !ok {
		s.it = Null
		return Null, false, err
	}
	s.cnt++
	old := s.at
	s.at += s.step
	if s.at < old || s.stop != -1 && s.at > s.stop {
		s.at = s.stop
	}
	return v, true, nil
}

const (
	isliceStopError    = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceIndicesError = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceStepError    = "Step for islice() must be a positive integer or None."
)

// isliceIndex converts an argument of islice as CPython's
// PyNumber_AsSsize_t does, any failure (its error dropped) giving -1.
func (th *Thread) isliceIndex(v Value, none int64) int64 {
	if v.IsNone() {
		return none
	}
	i, ok, err := th.indexOr(v, OverflowErrorType)
	if err != nil || !ok {
		return -1
	}
	return i
}

// isliceNew is islice.__new__(cls, iterable, stop) or (cls, iterable,
// start, stop[, step]).
func isliceNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := positionalArgs("islice", isliceType, args, kw, 2, 4)
	if err != nil {
		return Null, err
	}
	s := &isliceIter{stop: -1, step: 1}
	stopArg := a[1]
	if len(a) > 2 {
		s.at = th.isliceIndex(a[1], 0)
		stopArg = a[2]
	}
	if !stopArg.IsNone() {
		if s.stop = th.isliceIndex(stopArg, -1); s.stop == -1 {
			return Null, Errorf(ValueErrorType, isliceStopError)
		}
	}
	if s.at < 0 || s.stop < -1 {
		return Null, Errorf(ValueErrorType, isliceIndicesError)
	}
	if len(a) == 4 {
		s.step = th.isliceIndex(a[3], 1)
	}
	if s.step < 1 {
		return Null, Errorf(ValueErrorType, isliceStepError)
	}
	if s.it, err = th.Iter(a[0]); err != nil {
		return Null, err
	}
	return newIterOf(args, isliceType, s), nil
}

func isliceReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	s, err := selfAs[*isliceIter](self)
	if err != nil {
		return Null, err
	}
	cls := Obj(self.Type())
	if s.it.o == nil {
		return TupleOf(cls, TupleOf(Obj(&listIter{l: NewList(nil)}), Int(0)), Int(0)), nil
	}
	stop := None
	if s.stop != -1 {
		stop = Int(s.stop)
	}
	return TupleOf(cls, TupleOf(s.it, Int(s.at), stop, Int(s.step)), Int(s.cnt)), nil
}

func isliceSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	s, err := selfAs[*isliceIter](self)
	if err != nil {
		return Null, err
	}
	if s.cnt, err = ssizeState(args[0]); err != nil {
		return Null, err
	}
	return None, nil
}

func initCountingTypes() {
	countType = newItertoolsType("count", countNew, true, false)
	method(countType, "__repr__", countRepr)
	method(countType, "__reduce__", countReduce)

	repeatType = newItertoolsType("repeat", repeatNew, true, false)
	method(repeatType, "__repr__", repeatRepr)
	method(repeatType, "__length_hint__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := selfAs[*repeatIter](self)
		if err != nil {
			return Null, err
		}
		if r.left < 0 {
			return Null, Errorf(TypeErrorType, "len() of unsized object")
		}
		return Int(r.left), nil
	})
	method(repeatType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := selfAs[*repeatIter](self)
		if err != nil {
			return Null, err
		}
		if r.left >= 0 {
			return TupleOf(Obj(self.Type()), TupleOf(r.elem, Int(r.left))), nil
		}
		return TupleOf(Obj(self.Type()), TupleOf(r.elem)), nil
	})

	cycleType = newItertoolsType("cycle", cycleNew, true, false)
	method(cycleType, "__reduce__", cycleReduce)
	method(cycleType, "__setstate__", cycleSetState)
}

func initFilteringTypes() {
	accumulateType = newItertoolsType("accumulate", accumulateNew, true, false)
	method(accumulateType, "__reduce__", accumulateReduce)
	method(accumulateType, "__setstate__", accumulateSetState)

	compressType = newItertoolsType("compress", compressNew, true, false)
	method(compressType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c, err := selfAs[*compressIter](self)
		if err != nil {
			return Null, err
		}
		return TupleOf(Obj(self.Type()), TupleOf(c.data, c.selectors)), nil
	})

	dropwhileType = newItertoolsType("dropwhile", predicateNew("dropwhile", &dropwhileType, dropwhileNext), true, false)
	takewhileType = newItertoolsType("takewhile", predicateNew("takewhile", &takewhileType, takewhileNext), true, false)
	filterfalseType = newItertoolsType("filterfalse", predicateNew("filterfalse", &filterfalseType, filterfalseNext), true, false)
	starmapType = newItertoolsType("starmap", predicateNew("starmap", &starmapType, starmapNext), true, false)
	for _, t := range []*Type{dropwhileType, takewhileType, filterfalseType, starmapType} {
		method(t, "__reduce__", predicateReduce)
	}
	method(dropwhileType, "__setstate__", predicateSetState)
	method(takewhileType, "__setstate__", predicateSetState)

	isliceType = newItertoolsType("islice", isliceNew, true, false)
	method(isliceType, "__reduce__", isliceReduce)
	method(isliceType, "__setstate__", isliceSetState)
}
