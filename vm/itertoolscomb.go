package vm

// The combinatoric iterators of itertools: product, combinations,
// combinations_with_replacement and permutations. Each reads its input
// into tuples first, as CPython's do, and makes each result tuple from
// the previous one.

import "math"

// combIter is the state the combinatoric iterators share: the indices
// of the last result's items in the pool (or pools) they take items
// from, and the last result, once started.
type combIter struct {
	indices []int
	result  []Value
	started bool
	stopped bool
}

// newResult is a tuple of n items for the caller to fill.
func newResult(n int) *Tuple {
	if n == 0 {
		return emptyTuple
	}
	return newTupleN(n)
}

// emit returns the result t, kept as the last result.
func (c *combIter) emit(t *Tuple) Value {
	c.result, c.started = t.items, true
	return Obj(t)
}

// nextResult is a copy of the last result, for the next to change.
func (c *combIter) nextResult() *Tuple {
	t := newResult(len(c.result))
	copy(t.items, c.result)
	return t
}

// productIter is an itertools.product.
type productIter struct {
	combIter
	pools []*Tuple
}

func (*productIter) Type() *Type { return productType }

func (p *productIter) next(th *Thread) (Value, bool, error) {
	if p.stopped {
		return Null, false, nil
	}
	if !p.started {
		t := newResult(len(p.pools))
		for i, pool := range p.pools {
			if len(pool.items) == 0 {
				p.stopped = true
				return Null, false, nil
			}
			t.items[i] = pool.items[0]
		}
		return p.emit(t), true, nil
	}
	t := p.nextResult()
	items := t.items
	i := len(p.pools) - 1
	for ; i >= 0; i-- {
		pool := p.pools[i].items
		p.indices[i]++
		if p.indices[i] < len(pool) {
			items[i] = pool[p.indices[i]]
			break
		}
		p.indices[i] = 0
		items[i] = pool[0]
	}
	if i < 0 {
		p.stopped = true
		return Null, false, nil
	}
	return p.emit(t), true, nil
}

var productSpec = kwSpec("product", 0, 0, "repeat")

// productNew is product.__new__(cls, *iterables, repeat=1).
func productNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	a, err := clinicArgs(productSpec, append([]Value{args[0]}, args[npos:]...), kw)
	if err != nil {
		return Null, err
	}
	repeat := int64(1)
	if a[0].o != nil {
		if repeat, err = th.sizeArg(a[0]); err != nil {
			return Null, err
		}
		if repeat < 0 {
			return Null, Errorf(ValueErrorType, "repeat argument cannot be negative")
		}
	}
	iterables := args[1:npos]
	if repeat == 0 {
		iterables = nil
	} else if int64(len(iterables)) > math.MaxInt64/8/repeat {
		return Null, Errorf(OverflowErrorType, "repeat argument too large")
	}
	n := int64(len(iterables)) * repeat
	if err := th.allocN(n, 2*valueBytes); err != nil {
		return Null, err
	}
	p := &productIter{pools: make([]*Tuple, n), combIter: combIter{indices: make([]int, n)}}
	for i, it := range iterables {
		pool, err := th.sequenceTuple(it)
		if err != nil {
			return Null, err
		}
		p.pools[i] = NewTuple(pool)
	}
	for i := len(iterables); i < len(p.pools); i++ {
		p.pools[i] = p.pools[i-len(iterables)]
	}
	return newIterOf(args, productType, p), nil
}

func productReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p, err := selfAs[*productIter](self)
	if err != nil {
		return Null, err
	}
	cls := Obj(self.Type())
	if p.stopped {
		return TupleOf(cls, TupleOf(Obj(emptyTuple))), nil
	}
	pools := make([]Value, len(p.pools))
	for i, pool := range p.pools {
		pools[i] = Obj(pool)
	}
	if !p.started {
		return TupleOf(cls, Obj(NewTuple(pools))), nil
	}
	return TupleOf(cls, Obj(NewTuple(pools)), indexTuple(p.indices)), nil
}

func productSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p, err := selfAs[*productIter](self)
	if err != nil {
		return Null, err
	}
	st, ok := args[0].o.(*Tuple)
	if !ok || len(st.items) != len(p.pools) {
		return Null, Errorf(ValueErrorType, "invalid arguments")
	}
	for i, v := range st.items {
		size := len(p.pools[i].items)
		index, err := indexState(v, 0, size-1)
		if err != nil {
			return Null, err
		}
		if size == 0 {
			p.stopped = true
			return None, nil
		}
		p.indices[i] = index
	}
	items := make([]Value, len(p.pools))
	for i, pool := range p.pools {
		items[i] = pool.items[p.indices[i]]
	}
	p.result, p.started = items, true
	return None, nil
}

// poolIter is the state of the combinatoric iterators over one pool:
// combinations, combinations_with_replacement and permutations, whose
// results have r items.
type poolIter struct {
	combIter
	pool *Tuple
	r    int
}

// reduce is the pickled iterator of type cls, whose state, once it has
// started, is state.
func (p *poolIter) reduce(cls Value, state Value) Value {
	r := Int(int64(p.r))
	switch {
	case !p.started:
		return TupleOf(cls, TupleOf(Obj(p.pool), r))
	case p.stopped:
		return TupleOf(cls, TupleOf(Obj(emptyTuple), r))
	}
	return TupleOf(cls, TupleOf(Obj(p.pool), r), state)
}

// restart sets the last result from the indices a state gave. An
// iterator with too few items in its pool for a result stops.
func (p *poolIter) restart() {
	if len(p.pool.items) == 0 && p.r > 0 || len(p.indices) < p.r {
		p.stopped = true
		return
	}
	items := make([]Value, p.r)
	for i := range items {
		items[i] = p.pool.items[p.indices[i]]
	}
	p.result, p.started = items, true
}

// newPoolIter reads the pool and checks r for combinations and its
// siblings.
func (th *Thread) newPoolIter(iterable Value, r int64, indices int64) (*poolIter, error) {
	pool, err := th.sequenceTuple(iterable)
	if err != nil {
		return nil, err
	}
	if r < 0 {
		return nil, Errorf(ValueErrorType, "r must be non-negative")
	}
	if err := th.allocN(max(r, indices), 8); err != nil {
		return nil, err
	}
	p := &poolIter{pool: NewTuple(pool), r: int(r)}
	p.indices = make([]int, indices)
	return p, nil
}

// combinationsIter is an itertools.combinations.
type combinationsIter struct{ poolIter }

func (*combinationsIter) Type() *Type { return combinationsType }

func (c *combinationsIter) next(th *Thread) (Value, bool, error) {
	if c.stopped {
		return Null, false, nil
	}
	pool, r := c.pool.items, c.r
	if !c.started {
		t := newResult(r)
		for i, x := range c.indices {
			t.items[i] = pool[x]
		}
		return c.emit(t), true, nil
	}
	n := len(pool)
	i := r - 1
	for i >= 0 && c.indices[i] == i+n-r {
		i--
	}
	if i < 0 {
		c.stopped = true
		return Null, false, nil
	}
	t := c.nextResult()
	c.indices[i]++
	for j := i + 1; j < r; j++ {
		c.indices[j] = c.indices[j-1] + 1
	}
	for ; i < r; i++ {
		t.items[i] = pool[c.indices[i]]
	}
	return c.emit(t), true, nil
}

var (
	combinationsSpec = kwSpec("combinations", 2, 2, "iterable", "r")
	cwrSpec          = kwSpec("combinations_with_replacement", 2, 2, "iterable", "r")
	permutationsSpec = kwSpec("permutations", 1, 2, "iterable", "r")
)

// combinationsArgs reads the arguments (iterable, r) of combinations or
// combinations_with_replacement: r is converted first.
func (th *Thread) combinationsArgs(spec *argSpec, args []Value, kw []string) (*poolIter, error) {
	a, err := clinicArgs(spec, args, kw)
	if err != nil {
		return nil, err
	}
	r, err := th.sizeArg(a[1])
	if err != nil {
		return nil, err
	}
	return th.newPoolIter(a[0], r, r)
}

func combinationsNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	p, err := th.combinationsArgs(combinationsSpec, args, kw)
	if err != nil {
		return Null, err
	}
	for i := range p.indices {
		p.indices[i] = i
	}
	p.stopped = p.r > len(p.pool.items)
	return newIterOf(args, combinationsType, &combinationsIter{*p}), nil
}

func combinationsSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	c, err := selfAs[*combinationsIter](self)
	if err != nil {
		return Null, err
	}
	st, ok := args[0].o.(*Tuple)
	if !ok || len(st.items) != c.r {
		return Null, Errorf(ValueErrorType, "invalid arguments")
	}
	n := len(c.pool.items)
	for i, v := range st.items {
		index, err := indexState(v, 0, max(i+n-c.r, 0))
		if err != nil {
			return Null, err
		}
		c.indices[i] = min(index, max(n-1, 0))
	}
	c.restart()
	return None, nil
}

// cwrIter is an itertools.combinations_with_replacement.
type cwrIter struct{ poolIter }

func (*cwrIter) Type() *Type { return cwrType }

func (c *cwrIter) next(th *Thread) (Value, bool, error) {
	if c.stopped {
		return Null, false, nil
	}
	pool, r := c.pool.items, c.r
	if !c.started {
		t := newResult(r)
		for i := range t.items {
			t.items[i] = pool[0]
		}
		return c.emit(t), true, nil
	}
	n := len(pool)
	i := r - 1
	for i >= 0 && c.indices[i] == n-1 {
		i--
	}
	if i < 0 {
		c.stopped = true
		return Null, false, nil
	}
	t := c.nextResult()
	index := c.indices[i] + 1
	for ; i < r; i++ {
		c.indices[i] = index
		t.items[i] = pool[index]
	}
	return c.emit(t), true, nil
}

func cwrNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	p, err := th.combinationsArgs(cwrSpec, args, kw)
	if err != nil {
		return Null, err
	}
	p.stopped = len(p.pool.items) == 0 && p.r > 0
	return newIterOf(args, cwrType, &cwrIter{*p}), nil
}

func cwrSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	c, err := selfAs[*cwrIter](self)
	if err != nil {
		return Null, err
	}
	st, ok := args[0].o.(*Tuple)
	if !ok || len(st.items) != c.r {
		return Null, Errorf(ValueErrorType, "invalid arguments")
	}
	n := len(c.pool.items)
	for i, v := range st.items {
		if c.indices[i], err = indexState(v, 0, max(n-1, 0)); err != nil {
			return Null, err
		}
	}
	c.restart()
	return None, nil
}

// permutationsIter is an itertools.permutations: indices holds the order
// of the whole pool, whose first r items make the result; cycles count
// down the rotations left at each position.
type permutationsIter struct {
	poolIter
	cycles []int
}

func (*permutationsIter) Type() *Type { return permutationsType }

func (p *permutationsIter) next(th *Thread) (Value, bool, error) {
	if p.stopped {
		return Null, false, nil
	}
	pool, r, indices := p.pool.items, p.r, p.indices
	if !p.started {
		t := newResult(r)
		for i := range t.items {
			t.items[i] = pool[indices[i]]
		}
		return p.emit(t), true, nil
	}
	n := len(pool)
	if n == 0 {
		p.stopped = true
		return Null, false, nil
	}
	for i := r - 1; i >= 0; i-- {
		p.cycles[i]--
		if p.cycles[i] == 0 {
			first := indices[i]
			copy(indices[i:], indices[i+1:])
			indices[n-1] = first
			p.cycles[i] = n - i
			continue
		}
		j := p.cycles[i]
		indices[i], indices[n-j] = indices[n-j], indices[i]
		t := p.nextResult()
		for k := i; k < r; k++ {
			t.items[k] = pool[indices[k]]
		}
		return p.emit(t), true, nil
	}
	p.stopped = true
	return Null, false, nil
}

// permutationsNew is permutations.__new__(cls, iterable, r=None); the
// pool is read before r is looked at.
func permutationsNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs(permutationsSpec, args, kw)
	if err != nil {
		return Null, err
	}
	pool, err := th.sequenceTuple(a[0])
	if err != nil {
		return Null, err
	}
	n := int64(len(pool))
	r := n
	if ra := a[1]; ra.o != nil && !ra.IsNone() {
		if !isIntLike(ra) {
			return Null, Errorf(TypeErrorType, "Expected int as r")
		}
		if r, err = ssizeState(ra); err != nil {
			return Null, err
		}
	}
	p, err := th.newPoolIter(Obj(NewTuple(pool)), r, n)
	if err != nil {
		return Null, err
	}
	for i := range p.indices {
		p.indices[i] = i
	}
	cycles := make([]int, p.r)
	for i := range cycles {
		cycles[i] = int(n) - i
	}
	p.stopped = r > n
	return newIterOf(args, permutationsType, &permutationsIter{poolIter: *p, cycles: cycles}), nil
}

func permutationsReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p, err := selfAs[*permutationsIter](self)
	if err != nil {
		return Null, err
	}
	return p.reduce(Obj(self.Type()), TupleOf(indexTuple(p.indices), indexTuple(p.cycles))), nil
}

func permutationsSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p, err := selfAs[*permutationsIter](self)
	if err != nil {
		return Null, err
	}
	st, err := stateTuple(args[0], 2, 2)
	if err != nil {
		return Null, err
	}
	var parts [2]*Tuple
	for i, v := range st {
		t, ok := unwrap(v).o.(*Tuple)
		if !ok {
			return Null, Errorf(TypeErrorType, "argument %d must be tuple, not %s", i+1, v.Type().Name)
		}
		parts[i] = t
	}
	n := len(p.pool.items)
	if len(parts[0].items) != n || len(parts[1].items) != p.r {
		return Null, Errorf(ValueErrorType, "invalid arguments")
	}
	for i, v := range parts[0].items {
		if p.indices[i], err = indexState(v, 0, n-1); err != nil {
			return Null, err
		}
	}
	for i, v := range parts[1].items {
		if p.cycles[i], err = indexState(v, 1, n-i); err != nil {
			return Null, err
		}
	}
	p.restart()
	return None, nil
}

// sizeOf makes the __sizeof__ of a combinatoric type: CPython's object
// of base bytes and its arrays of indices.
func sizeOf[T Object](base int, indices func(T) int) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c, err := selfAs[T](self)
		if err != nil {
			return Null, err
		}
		return Int(int64(base + 8*indices(c))), nil
	}
}

func initCombinatoricTypes() {
	productType = newItertoolsType("product", productNew, true, false)
	method(productType, "__reduce__", productReduce)
	method(productType, "__setstate__", productSetState)
	method(productType, "__sizeof__", sizeOf(48, func(p *productIter) int { return len(p.pools) }))

	combinationsType = newItertoolsType("combinations", combinationsNew, true, false)
	method(combinationsType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c, err := selfAs[*combinationsIter](self)
		if err != nil {
			return Null, err
		}
		return c.reduce(Obj(self.Type()), indexTuple(c.indices)), nil
	})
	method(combinationsType, "__setstate__", combinationsSetState)
	method(combinationsType, "__sizeof__", sizeOf(56, func(c *combinationsIter) int { return c.r }))

	cwrType = newItertoolsType("combinations_with_replacement", cwrNew, true, false)
	method(cwrType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c, err := selfAs[*cwrIter](self)
		if err != nil {
			return Null, err
		}
		return c.reduce(Obj(self.Type()), indexTuple(c.indices)), nil
	})
	method(cwrType, "__setstate__", cwrSetState)
	method(cwrType, "__sizeof__", sizeOf(56, func(c *cwrIter) int { return c.r }))

	permutationsType = newItertoolsType("permutations", permutationsNew, true, false)
	method(permutationsType, "__reduce__", permutationsReduce)
	method(permutationsType, "__setstate__", permutationsSetState)
	method(permutationsType, "__sizeof__", sizeOf(64, func(p *permutationsIter) int { return len(p.indices) + p.r }))
}
