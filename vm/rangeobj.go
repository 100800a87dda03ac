package vm

// range objects with bounds of any size. A range whose start, stop and
// step fit in int64 keeps them unboxed; any other holds big.Ints. Lengths
// are exact (big when needed); len() raises OverflowError past int64, as
// CPython's range_length does past Py_ssize_t.

import (
	"math"
	"math/big"
)

// bigRange holds the bounds of a range that do not all fit in int64.
type bigRange struct {
	start, stop, step big.Int
}

// newRangeBig returns the range of start, stop and step (nonzero),
// unboxed when all three fit in int64.
func newRangeBig(start, stop, step *big.Int) *Range {
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() {
		return &Range{start: start.Int64(), stop: stop.Int64(), step: step.Int64()}
	}
	r := &Range{big: &bigRange{}}
	r.big.start.Set(start)
	r.big.stop.Set(stop)
	r.big.step.Set(step)
	return r
}

// smallRange returns the range of 1 to 3 int arguments that fit in 64
// bits (the common case, without big.Int arithmetic), or nil.
func smallRange(args []Value) *Range {
	r, ok := smallRangeValue(args)
	if !ok {
		return nil
	}
	return &r
}

// smallRangeValue is smallRange without the allocation.
func smallRangeValue(args []Value) (Range, bool) {
	var vals [3]int64
	for i, a := range args {
		if i >= len(vals) || !a.IsSmallInt() && !a.IsBool() {
			return Range{}, false
		}
		vals[i] = int64(a.n)
	}
	switch len(args) {
	case 1:
		return Range{stop: vals[0], step: 1}, true
	case 2:
		return Range{start: vals[0], stop: vals[1], step: 1}, true
	case 3:
		if vals[2] != 0 {
			return Range{start: vals[0], stop: vals[1], step: vals[2]}, true
		}
	}
	return Range{}, false
}

// smallRangeIter returns iter(range(*args)) for the arguments smallRange
// takes, without making the range object: what `for x in range(...)`
// iterates over.
func smallRangeIter(args []Value) (Value, bool) {
	r, ok := smallRangeValue(args)
	if !ok {
		return Null, false
	}
	return r.iter(false), true
}

// bounds returns start, stop and step as big.Ints (not to be modified).
func (r *Range) bounds() (start, stop, step *big.Int) {
	if r.big != nil {
		return &r.big.start, &r.big.stop, &r.big.step
	}
	return big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step)
}

// attrs returns start, stop and step as int values.
func (r *Range) attrs() (start, stop, step Value) {
	if r.big == nil {
		return Int(r.start), Int(r.stop), Int(r.step)
	}
	return IntFromBig(&r.big.start), IntFromBig(&r.big.stop), IntFromBig(&r.big.step)
}

// bigLength returns the number of items (CPython's compute_range_length).
func (r *Range) bigLength() *big.Int {
	if r.big == nil {
		if n, ok := r.length(); ok {
			return big.NewInt(n)
		}
	}
	lo, hi, step := r.bounds()
	st := step
	if step.Sign() < 0 {
		lo, hi = hi, lo
		st = new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, st)
	return n.Add(n, big.NewInt(1))
}

// length returns the number of items; ok is false when it passes int64.
func (r *Range) length() (n int64, ok bool) {
	if r.big != nil {
		b := r.bigLength()
		return b.Int64(), b.IsInt64()
	}
	var d, s uint64
	if r.step > 0 {
		if r.stop <= r.start {
			return 0, true
		}
		d, s = uint64(r.stop-r.start), uint64(r.step)
	} else {
		if r.stop >= r.start {
			return 0, true
		}
		d, s = uint64(r.start-r.stop), uint64(-r.step)
	}
	u := (d-1)/s + 1
	return int64(u), u <= math.MaxInt64
}

// empty reports whether the range has no items.
func (r *Range) empty() bool {
	if r.big == nil {
		return r.step > 0 && r.stop <= r.start || r.step < 0 && r.stop >= r.start
	}
	return r.bigLength().Sign() == 0
}

// lenError is the OverflowError of len() for a length beyond int64.
func lenError() error {
	return Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

// item returns start + i*step for 0 <= i < length.
func (r *Range) item(i *big.Int) Value {
	start, _, step := r.bounds()
	v := new(big.Int).Mul(i, step)
	return IntFromBig(v.Add(v, start))
}

// iter returns an iterator over the range, reversed when rev is set: the
// unboxed range_iterator when CPython's range_iter and range_reverse use
// their C long one (bounds, length and the items' arithmetic in int64),
// else a longrange_iterator.
func (r *Range) iter(rev bool) Value {
	if n, ok := r.length(); ok && r.big == nil {
		start, stop, step := r.start, r.stop, r.step
		if !rev {
			if n == 0 || step > 0 && stop <= math.MaxInt64-(step-1) || step < 0 && stop >= math.MinInt64+(-1-step) {
				return Obj(&rangeIter{start: start, step: step, n: n})
			}
		} else if step != math.MinInt64 && (step > 0 && start >= math.MinInt64+step || step < 0 && start <= math.MaxInt64+step) {
			return Obj(&rangeIter{start: start + (n-1)*step, step: -step, n: n})
		}
	}
	start, _, step := r.bounds()
	n := r.bigLength()
	it := &longRangeIter{}
	it.n.Set(n)
	if rev {
		last := new(big.Int).Sub(n, big.NewInt(1))
		last.Mul(last, step)
		it.cur.Add(last, start)
		it.step.Neg(step)
	} else {
		it.cur.Set(start)
		it.step.Set(step)
	}
	it.start.Set(&it.cur)
	it.length.Set(&it.n)
	return Obj(it)
}

// longRangeIter iterates over a range whose items or length pass int64.
type longRangeIter struct {
	cur, step, n big.Int
	// start and length are those of the iteration: start+i*step for i
	// from length-n on remain.
	start, length big.Int
}

// Type implements Object.
func (*longRangeIter) Type() *Type { return LongRangeIterType }

func (it *longRangeIter) next(th *Thread) (Value, bool, error) {
	if it.n.Sign() <= 0 {
		return Null, false, nil
	}
	v := IntFromBig(&it.cur)
	it.cur.Add(&it.cur, &it.step)
	it.n.Sub(&it.n, big.NewInt(1))
	return v, true, nil
}

// rangeContainsInt reports whether the int x is an item of r (CPython's
// range_contains_long).
func (r *Range) containsInt(x Value) bool {
	if r.big == nil && (x.IsSmallInt() || x.IsBool()) {
		i := int64(x.n)
		if r.step > 0 && (i < r.start || i >= r.stop) || r.step < 0 && (i > r.start || i <= r.stop) {
			return false
		}
		d := uint64(i - r.start)
		if r.step < 0 {
			d = uint64(r.start - i)
		}
		return d%absU64(r.step) == 0
	}
	b, _ := asBig(x)
	start, stop, step := r.bounds()
	if step.Sign() > 0 {
		if b.Cmp(start) < 0 || b.Cmp(stop) >= 0 {
			return false
		}
	} else if b.Cmp(start) > 0 || b.Cmp(stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(b, start)
	return d.Rem(d, step).Sign() == 0
}

// absU64 returns |x| as a uint64 (exact for math.MinInt64).
func absU64(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

// isExactIntOrBool reports whether v is an int (not of a subclass) or a
// bool, the values range's containment and index compute arithmetically.
func isExactIntOrBool(v Value) bool {
	switch v.o.(type) {
	case intTag, boolTag, *BigInt:
		return true
	}
	return false
}

// indexOf returns the position of the int x in r, or -1 (as a big.Int
// sign) when it is not an item.
func (r *Range) indexOf(x Value) (Value, bool) {
	if !r.containsInt(x) {
		return Null, false
	}
	b, _ := asBig(x)
	start, _, step := r.bounds()
	d := new(big.Int).Sub(b, start)
	return IntFromBig(d.Quo(d, step)), true
}

// rangeItem implements r[k] for an index k (CPython's compute_range_item).
func (th *Thread) rangeItem(r *Range, k Value) (Value, error) {
	if k.IsSmallInt() && r.big == nil {
		if n, ok := r.length(); ok {
			i := int64(k.n)
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return Null, Errorf(IndexErrorType, "range object index out of range")
			}
			return Int(r.start + i*r.step), nil
		}
	}
	i, ok, err := th.indexBig(k)
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", k.Type().Name)
	}
	n := r.bigLength()
	if i.Sign() < 0 {
		i.Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return Null, Errorf(IndexErrorType, "range object index out of range")
	}
	return r.item(i), nil
}

// rangeSlice implements r[s] (CPython's compute_slice).
func (th *Thread) rangeSlice(r *Range, s *Slice) (Value, error) {
	if v, ok := r.smallSlice(s); ok {
		return v, nil
	}
	start, stop, step, err := th.sliceLongIndices(s, r.bigLength())
	if err != nil {
		return Null, err
	}
	rstart, _, rstep := r.bounds()
	start.Mul(start, rstep).Add(start, rstart)
	stop.Mul(stop, rstep).Add(stop, rstart)
	step.Mul(step, rstep)
	return Obj(newRangeBig(start, stop, step)), nil
}

// smallSlice slices r in int64 arithmetic when r, its length and the
// slice's bounds (None or ints, so no __index__ runs) are small enough
// that no product overflows; ok is false otherwise.
func (r *Range) smallSlice(s *Slice) (Value, bool) {
	const lim = 1 << 31
	small := func(v Value) bool {
		return v.IsNone() || (v.IsSmallInt() && v.UncheckedInt() > -lim && v.UncheckedInt() < lim)
	}
	or := func(v Value, dflt int64) int64 {
		if v.IsNone() {
			return dflt
		}
		return v.UncheckedInt()
	}
	if r.big != nil || !small(s.Start) || !small(s.Stop) || !small(s.Step) || or(s.Step, 1) == 0 {
		return Null, false
	}
	n, ok := r.length()
	if !ok || n >= lim || r.step <= -lim || r.step >= lim || r.start <= -1<<61 || r.start >= 1<<61 {
		return Null, false
	}
	a := sliceArgs{start: or(s.Start, 0), stop: or(s.Stop, n), step: or(s.Step, 1)}
	if a.step < 0 {
		a.start, a.stop = or(s.Start, n-1), or(s.Stop, -n-1)
	}
	start, stop, step := a.adjust(int(n))
	return Obj(&Range{start: r.start + int64(start)*r.step, stop: r.start + int64(stop)*r.step, step: int64(step) * r.step}), true
}

// indexBig converts v with __index__ to a new big.Int; ok is false when v
// has no __index__.
func (th *Thread) indexBig(v Value) (*big.Int, bool, error) {
	r := v
	if !isIntLike(v) {
		var found bool
		var err error
		r, found, err = th.callDunder(v, "__index__")
		if err != nil || !found {
			return nil, found, err
		}
		if !isIntLike(r) {
			return nil, true, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
		}
	}
	b, _ := asBig(r)
	return new(big.Int).Set(b), true, nil
}

// sliceLongIndices resolves a slice against a length of any size
// (CPython's _PySlice_GetLongIndices, behind slice.indices and range
// slicing).
func (th *Thread) sliceLongIndices(s *Slice, length *big.Int) (start, stop, step *big.Int, err error) {
	conv := func(v Value) (*big.Int, error) {
		b, ok, err := th.indexBig(v)
		if err == nil && !ok {
			err = Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return b, err
	}
	step = big.NewInt(1)
	if !s.Step.IsNone() {
		if step, err = conv(s.Step); err != nil {
			return nil, nil, nil, err
		}
		if step.Sign() == 0 {
			return nil, nil, nil, Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	lower, upper := new(big.Int), new(big.Int).Set(length)
	if neg {
		lower.SetInt64(-1)
		upper.Sub(length, big.NewInt(1))
	}
	bound := func(v Value, dflt *big.Int) (*big.Int, error) {
		if v.IsNone() {
			return new(big.Int).Set(dflt), nil
		}
		x, err := conv(v)
		if err != nil {
			return nil, err
		}
		if x.Sign() < 0 {
			x.Add(x, length)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, nil
	}
	dStart, dStop := lower, upper
	if neg {
		dStart, dStop = upper, lower
	}
	if start, err = bound(s.Start, dStart); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = bound(s.Stop, dStop); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}

// rangeRepr returns repr(r).
func rangeRepr(r *Range) string {
	start, stop, step := r.bounds()
	if step.IsInt64() && step.Int64() == 1 {
		return "range(" + start.String() + ", " + stop.String() + ")"
	}
	return "range(" + start.String() + ", " + stop.String() + ", " + step.String() + ")"
}

// rangeEqual reports whether x and y have the same items.
func rangeEqual(x, y *Range) bool {
	if x == y {
		return true
	}
	lx, ly := x.bigLength(), y.bigLength()
	if lx.Cmp(ly) != 0 {
		return false
	}
	if lx.Sign() == 0 {
		return true
	}
	xs, _, xst := x.bounds()
	ys, _, yst := y.bounds()
	if xs.Cmp(ys) != 0 {
		return false
	}
	return lx.IsInt64() && lx.Int64() == 1 || xst.Cmp(yst) == 0
}

// rangeHash returns hash(r): equal ranges hash equal, as CPython's
// range_hash hashes (len, start, step) with None for what does not matter.
func (th *Thread) rangeHash(r *Range) (int64, error) {
	n := r.bigLength()
	start, _, step := r.bounds()
	items := []Value{IntFromBig(n), None, None}
	if n.Sign() != 0 {
		items[1] = IntFromBig(start)
		if !(n.IsInt64() && n.Int64() == 1) {
			items[2] = IntFromBig(step)
		}
	}
	return th.hashTuple(items)
}

// seqSearch returns the position of the first item of the iterable seq
// equal to x (CPython's _PySequence_IterSearch): found is false when
// there is none.
func (th *Thread) seqSearch(seq, x Value) (i int64, found bool, err error) {
	it, err := th.Iter(seq)
	if err != nil {
		return 0, false, err
	}
	for ; ; i++ {
		v, more, err := th.Next(it)
		if err != nil || !more {
			return 0, false, err
		}
		eq, err := th.sameOrEqual(v, x)
		if err != nil || eq {
			return i, eq, err
		}
	}
}

// seqCount returns how many items of the iterable seq equal x.
func (th *Thread) seqCount(seq, x Value) (int64, error) {
	it, err := th.Iter(seq)
	if err != nil {
		return 0, err
	}
	n := int64(0)
	for {
		v, more, err := th.Next(it)
		if err != nil || !more {
			return n, err
		}
		eq, err := th.sameOrEqual(v, x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
}
