package vm

// The _collections module: deque (a ring buffer), its iterators,
// defaultdict (a dict subclass whose instances keep default_factory in
// their first slot), _count_elements and _tuplegetter, with CPython's
// behaviour and messages. collections' pure-Python classes build on them.

import (
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// Deque is a collections.deque: a ring buffer of items whose capacity is
// a power of two, so that both ends grow and shrink in constant time.
type Deque struct {
	buf    []Value
	head   int // the index in buf of the leftmost item
	n      int
	maxlen int // -1: unbounded
	// state counts the mutations that invalidate iterators (CPython's
	// deque->state).
	state uint64
}

// dequeIter is a forward or reverse iterator over a deque.
type dequeIter struct {
	d       *Deque
	index   int // the position of the next item
	state   uint64
	counter int // the items left
	rev     bool
}

// tupleGetter is collections._tuplegetter: the descriptor of a
// namedtuple's field, reading one item of the tuple.
type tupleGetter struct {
	index int
	doc   Value
}

// The types of _collections, made once with the builtin types.
var (
	DequeType, DefaultDictType, dequeIterType, dequeRevIterType, tupleGetterType *Type
)

// Type implements Object.
func (*Deque) Type() *Type { return DequeType }

// Type implements Object.
func (it *dequeIter) Type() *Type {
	if it.rev {
		return dequeRevIterType
	}
	return dequeIterType
}

// Type implements Object.
func (*tupleGetter) Type() *Type { return tupleGetterType }

// NewDeque returns an empty unbounded deque.
func NewDeque() *Deque { return &Deque{maxlen: -1} }

// Len returns the number of items.
func (d *Deque) Len() int { return d.n }

func (d *Deque) at(i int) Value { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *Deque) setAt(i int, v Value) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// grow doubles the buffer (or makes the first one), keeping the items.
func (d *Deque) grow() {
	size := max(8, 2*len(d.buf))
	nb := make([]Value, size)
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

// shrink halves a mostly empty buffer.
func (d *Deque) shrink() {
	if len(d.buf) > 64 && d.n < len(d.buf)/4 {
		nb := make([]Value, len(d.buf)/2)
		for i := 0; i < d.n; i++ {
			nb[i] = d.at(i)
		}
		d.buf, d.head = nb, 0
	}
}

func (d *Deque) pushRight(v Value) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = v
	d.n++
}

func (d *Deque) pushLeft(v Value) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
}

func (d *Deque) popRight() Value {
	d.n--
	i := (d.head + d.n) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = Null
	d.shrink()
	return v
}

func (d *Deque) popLeft() Value {
	v := d.buf[d.head]
	d.buf[d.head] = Null
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.shrink()
	return v
}

// appendRight is deque.append: the item goes right, and a full bounded
// deque drops its leftmost.
func (d *Deque) appendRight(v Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	d.pushRight(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popLeft()
	}
}

// appendLeft is deque.appendleft.
func (d *Deque) appendLeft(v Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	d.pushLeft(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popRight()
	}
}

func (d *Deque) clear() {
	d.state++
	d.buf, d.head, d.n = nil, 0, 0
}

// items returns a copy of the items in order.
func (d *Deque) items() []Value {
	out := make([]Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

// rotate moves the items k steps to the right (left for negative k).
func (d *Deque) rotate(k int64) {
	n := int64(d.n)
	if n <= 1 {
		return
	}
	d.state++
	k %= n
	if k < 0 {
		k += n
	}
	if k > n/2 {
		k -= n
	}
	if len(d.buf) == d.n {
		// A full ring rotates by moving its head.
		d.head = int((int64(d.head) - k) & int64(len(d.buf)-1))
		return
	}
	for ; k > 0; k-- {
		d.pushLeft(d.popRightKeep())
	}
	for ; k < 0; k++ {
		d.pushRight(d.popLeftKeep())
	}
}

func (d *Deque) popRightKeep() Value {
	d.n--
	i := (d.head + d.n) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = Null
	return v
}

func (d *Deque) popLeftKeep() Value {
	v := d.buf[d.head]
	d.buf[d.head] = Null
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	return v
}

// insertAt puts v before position i (0 <= i <= n).
func (d *Deque) insertAt(i int, v Value) {
	d.state++
	d.pushRight(v)
	for j := d.n - 1; j > i; j-- {
		d.setAt(j, d.at(j-1))
	}
	d.setAt(i, v)
}

// deleteAt removes the item at position i.
func (d *Deque) deleteAt(i int) {
	d.state++
	for j := i; j < d.n-1; j++ {
		d.setAt(j, d.at(j+1))
	}
	d.popRight()
}

func dequeSelf(v Value) *Deque {
	if d, ok := v.o.(*Deque); ok {
		return d
	}
	return unwrap(v).o.(*Deque)
}

// asDeque returns the deque v is (or wraps).
func asDeque(v Value) (*Deque, bool) {
	d, ok := unwrap(v).o.(*Deque)
	return d, ok
}

// dequeExtend is deque.extend: each item appended in turn. Extending a
// deque by itself extends it by a copy of its items.
func (th *Thread) dequeExtend(d *Deque, iterable Value, left bool) error {
	if o, ok := asDeque(iterable); ok && o == d {
		iterable = Obj(NewList(d.items()))
	}
	it, err := th.Iter(iterable)
	if err != nil {
		return err
	}
	for {
		v, ok, err := th.Next(it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if d.n >= 1<<20 && d.n&(1<<16-1) == 0 {
			if err := th.alloc(int64(d.n) * 16); err != nil {
				return err
			}
		}
		if left {
			d.appendLeft(v)
		} else {
			d.appendRight(v)
		}
	}
}

// dequeMaxlenArg converts deque()'s maxlen argument.
func (th *Thread) dequeMaxlenArg(v Value) (int, error) {
	if v.o == nil || v.IsNone() {
		return -1, nil
	}
	r := unwrap(v)
	switch r.o.(type) {
	case intTag, boolTag:
	case *BigInt:
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	default:
		x, ok, err := th.indexValue(v)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, Errorf(TypeErrorType, "an integer is required")
		}
		if _, big := x.o.(*BigInt); big {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		r = x
	}
	n := int64(r.n)
	if n < 0 {
		return 0, Errorf(ValueErrorType, "maxlen must be non-negative")
	}
	return int(n), nil
}

// dequeNew makes an empty deque of class cls (deque or a subclass).
func dequeNew(cls *Type, maxlen int) Value {
	return newOf(cls, DequeType, Obj(&Deque{maxlen: maxlen}))
}

// dequeCopy is deque.copy: an exact deque copies its items; a subclass's
// copy is made by calling the class with the deque (and its maxlen).
func (th *Thread) dequeCopy(self Value) (Value, error) {
	d := dequeSelf(self)
	t := self.Type()
	if t == DequeType {
		nd := &Deque{maxlen: d.maxlen}
		for i := 0; i < d.n; i++ {
			nd.appendRight(d.at(i))
		}
		return Obj(nd), nil
	}
	args := []Value{self}
	if d.maxlen >= 0 {
		args = append(args, Int(int64(d.maxlen)))
	}
	r, err := th.Call(Obj(t), args, nil)
	if err != nil {
		return Null, err
	}
	if _, ok := asDeque(r); !ok {
		return Null, Errorf(TypeErrorType, "%s() must return a deque, not %s", t.Name, r.Type().Name)
	}
	return r, nil
}

// dequeFind returns the position of the first item equal to x in
// [start, stop), or -1; a mutation during the comparisons is an error.
func (th *Thread) dequeFind(d *Deque, x Value, start, stop int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		if err := th.tick(); err != nil {
			return 0, err
		}
		eq, err := th.sameOrEqual(d.at(i), x)
		if err != nil {
			return 0, err
		}
		if d.state != state {
			return 0, Errorf(RuntimeErrorType, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// dequeIndexArg converts a deque index for item access.
func (th *Thread) dequeIndexArg(d *Deque, k Value) (int, error) {
	var i int64
	if k.IsSmallInt() {
		i = int64(k.n)
	} else {
		x, ok, err := th.indexValue(k)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, Errorf(TypeErrorType, "sequence index must be integer, not '%s'", k.Type().Name)
		}
		if _, big := x.o.(*BigInt); big {
			return 0, Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", k.Type().Name)
		}
		i = int64(unwrap(x).n)
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, Errorf(IndexErrorType, "deque index out of range")
	}
	return int(i), nil
}

// dequeRepeat repeats d's items in place n times, as if extending it by
// its own items n-1 times (so a bounded deque keeps the last ones).
func (th *Thread) dequeRepeat(d *Deque, nv Value) error {
	n, err := th.sizeArgFor(nv)
	if err != nil {
		return err
	}
	if n <= 0 || d.n == 0 {
		if n <= 0 {
			d.clear()
		}
		return nil
	}
	if n == 1 {
		return nil
	}
	items := d.items()
	size := int64(len(items))
	total := size * n
	if total/n != size {
		return NewException(MemoryErrorType)
	}
	keep := total
	if d.maxlen >= 0 && int64(d.maxlen) < keep {
		keep = int64(d.maxlen)
	}
	if err := th.alloc(keep * 16); err != nil {
		return err
	}
	d.clear()
	for i := total - keep; i < total; i++ {
		if i&1023 == 0 {
			if err := th.tick(); err != nil {
				return err
			}
		}
		d.pushRight(items[i%size])
	}
	return nil
}

// sizeArgFor converts the count of a sequence repetition, with the
// message of a sequence multiplied by a non-int.
func (th *Thread) sizeArgFor(v Value) (int64, error) {
	x, ok, err := th.indexValue(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", v.Type().Name)
	}
	if b, big := x.o.(*BigInt); big {
		if b.b.Sign() < 0 {
			return 0, nil
		}
		return 0, Errorf(OverflowErrorType, "cannot fit '%s' into an index-sized integer", v.Type().Name)
	}
	return int64(unwrap(x).n), nil
}

// dequeCompare is deque's rich comparison: NotImplemented unless both
// operands are deques; else the first differing items decide, then the
// lengths.
func (th *Thread) dequeCompare(a, b Value, op int) (Value, error) {
	v, ok1 := asDeque(a)
	w, ok2 := asDeque(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if op == code.CMP_EQ || op == code.CMP_NE {
		if v == w || v.n != w.n {
			return Bool((v == w) == (op == code.CMP_EQ)), nil
		}
	}
	it1, it2 := &dequeIter{d: v, state: v.state, counter: v.n}, &dequeIter{d: w, state: w.state, counter: w.n}
	for {
		x, okx, err := it1.next(th)
		if err != nil {
			return Null, err
		}
		y, oky, err := it2.next(th)
		if err != nil {
			return Null, err
		}
		if !okx || !oky {
			switch op {
			case code.CMP_LT:
				return Bool(oky), nil
			case code.CMP_LE:
				return Bool(!okx), nil
			case code.CMP_EQ:
				return Bool(okx == oky), nil
			case code.CMP_NE:
				return Bool(okx != oky), nil
			case code.CMP_GT:
				return Bool(okx), nil
			default:
				return Bool(!oky), nil
			}
		}
		eq, err := th.sameOrEqual(x, y)
		if err != nil {
			return Null, err
		}
		if !eq {
			r, err := th.RichCompare(x, y, op)
			if err != nil {
				return Null, err
			}
			t, err := th.Truth(r)
			return Bool(t), err
		}
	}
}

func (it *dequeIter) next(th *Thread) (Value, bool, error) {
	d := it.d
	// A forward iterator checks for mutation first, so it fails again once
	// failed; a reverse one stops once its count is done, as CPython's.
	if it.counter == 0 && it.rev {
		return Null, false, nil
	}
	if d.state != it.state {
		it.counter = 0
		return Null, false, Errorf(RuntimeErrorType, "deque mutated during iteration")
	}
	if it.counter == 0 {
		return Null, false, nil
	}
	var v Value
	if it.rev {
		v = d.at(it.index)
		it.index--
	} else {
		v = d.at(it.index)
		it.index++
	}
	it.counter--
	return v, true, nil
}

func newDequeIter(d *Deque, rev bool) *dequeIter {
	it := &dequeIter{d: d, state: d.state, counter: d.n, rev: rev}
	if rev {
		it.index = d.n - 1
	}
	return it
}

// dequeMethod installs a method of deque; like all of CPython's, it takes
// no keyword arguments.
func dequeMethod(t *Type, name string, fn func(th *Thread, d *Deque, self Value, args []Value) (Value, error)) {
	method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "deque.%s() takes no keyword arguments", name)
		}
		return fn(th, dequeSelf(self), self, args)
	})
}

func initDequeType() {
	t := newBuiltinType("deque", ObjectType)
	DequeType = t
	t.Name = "collections.deque"
	t.layout = t
	builtinWeakrefs[t] = true
	t.Dict.SetStr("__module__", String("collections"))
	t.Dict.SetStr("__doc__", String("deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints."))
	t.Dict.SetStr("__hash__", None)
	t.Dict.SetStr("__class_getitem__", Obj(&ClassMethodDescriptor{Name: "__class_getitem__", Owner: t, Fn: classGetItem}))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return dequeNew(args[0].o.(*Type), -1), nil
	}}))
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var iterable, maxlen Value
		if err := unpackArgs("deque", args, kw, 0, []string{"iterable", "maxlen"}, &iterable, &maxlen); err != nil {
			return Null, err
		}
		m, err := th.dequeMaxlenArg(maxlen)
		if err != nil {
			return Null, err
		}
		d := dequeSelf(self)
		d.maxlen = m
		if d.n > 0 {
			d.clear()
		}
		if iterable.o != nil {
			return None, th.dequeExtend(d, iterable, false)
		}
		return None, nil
	})
	t.Dict.SetStr("maxlen", Obj(&GetSetDescriptor{Name: "maxlen", Owner: t, doc: "maximum size of a deque or None if unbounded",
		Get: func(th *Thread, v Value) (Value, error) {
			if m := dequeSelf(v).maxlen; m >= 0 {
				return Int(int64(m)), nil
			}
			return None, nil
		}}))
	dequeMethod(t, "append", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		d.appendRight(args[0])
		return None, nil
	})
	dequeMethod(t, "appendleft", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		d.appendLeft(args[0])
		return None, nil
	})
	dequeMethod(t, "pop", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		if d.n == 0 {
			return Null, Errorf(IndexErrorType, "pop from an empty deque")
		}
		d.state++
		return d.popRight(), nil
	})
	dequeMethod(t, "popleft", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		if d.n == 0 {
			return Null, Errorf(IndexErrorType, "pop from an empty deque")
		}
		d.state++
		return d.popLeft(), nil
	})
	dequeMethod(t, "extend", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		return None, th.dequeExtend(d, args[0], false)
	})
	dequeMethod(t, "extendleft", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		return None, th.dequeExtend(d, args[0], true)
	})
	dequeMethod(t, "clear", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		d.clear()
		return None, nil
	})
	for _, name := range []string{"copy", "__copy__"} {
		dequeMethod(t, name, func(th *Thread, d *Deque, self Value, args []Value) (Value, error) {
			return th.dequeCopy(self)
		})
	}
	dequeMethod(t, "rotate", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		k := int64(1)
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "deque.rotate expected at most 1 argument, got %d", len(args))
		}
		if len(args) > 0 {
			var err error
			if k, err = th.sizeArg(args[0]); err != nil {
				return Null, err
			}
		}
		d.rotate(k)
		return None, nil
	})
	dequeMethod(t, "reverse", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.at(i), d.at(j)
			d.setAt(i, b)
			d.setAt(j, a)
		}
		return None, nil
	})
	dequeMethod(t, "count", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		state, n := d.state, 0
		for i := 0; i < d.n; i++ {
			if err := th.tick(); err != nil {
				return Null, err
			}
			eq, err := th.sameOrEqual(d.at(i), args[0])
			if err != nil {
				return Null, err
			}
			if d.state != state {
				return Null, Errorf(RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				n++
			}
		}
		return Int(int64(n)), nil
	})
	dequeMethod(t, "index", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, "index() takes at least 1 argument (0 given)")
		}
		if len(args) > 3 {
			return Null, Errorf(TypeErrorType, "index() takes at most 3 arguments (%d given)", len(args))
		}
		start, stop, err := th.searchBounds(args[1:], d.n)
		if err != nil {
			return Null, err
		}
		i, err := th.dequeFind(d, args[0], start, stop)
		if err != nil {
			return Null, err
		}
		if i < 0 {
			r, err := th.Repr(args[0])
			if err != nil {
				return Null, err
			}
			return Null, Errorf(ValueErrorType, "%s is not in deque", r)
		}
		return Int(int64(i)), nil
	})
	dequeMethod(t, "insert", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		if len(args) != 2 {
			return Null, Errorf(TypeErrorType, "insert() takes exactly 2 arguments (%d given)", len(args))
		}
		i, err := th.sizeArg(args[0])
		if err != nil {
			return Null, err
		}
		if d.maxlen == d.n {
			return Null, Errorf(IndexErrorType, "deque already at its maximum size")
		}
		n := int64(d.n)
		if i < 0 {
			i = max(i+n, 0)
		}
		d.insertAt(int(min(i, n)), args[1])
		return None, nil
	})
	dequeMethod(t, "remove", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		n := d.n
		for i := 0; i < n && i < d.n; i++ {
			if err := th.tick(); err != nil {
				return Null, err
			}
			eq, err := th.sameOrEqual(d.at(i), args[0])
			if err != nil {
				return Null, err
			}
			if d.n != n {
				return Null, Errorf(IndexErrorType, "deque mutated during iteration")
			}
			if eq {
				d.deleteAt(i)
				return None, nil
			}
		}
		r, err := th.Repr(args[0])
		if err != nil {
			return Null, err
		}
		return Null, Errorf(ValueErrorType, "%s is not in deque", r)
	})
	dequeMethod(t, "__len__", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		return Int(int64(d.n)), nil
	})
	dequeMethod(t, "__iter__", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		return Obj(newDequeIter(d, false)), nil
	})
	dequeMethod(t, "__reversed__", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		return Obj(newDequeIter(d, true)), nil
	})
	dequeMethod(t, "__contains__", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		i, err := th.dequeFind(d, args[0], 0, d.n)
		return Bool(i >= 0), err
	})
	dequeMethod(t, "__getitem__", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		i, err := th.dequeIndexArg(d, args[0])
		if err != nil {
			return Null, err
		}
		return d.at(i), nil
	})
	dequeMethod(t, "__setitem__", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		i, err := th.dequeIndexArg(d, args[0])
		if err != nil {
			return Null, err
		}
		d.setAt(i, args[1])
		return None, nil
	})
	dequeMethod(t, "__delitem__", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		i, err := th.dequeIndexArg(d, args[0])
		if err != nil {
			return Null, err
		}
		d.deleteAt(i)
		return None, nil
	})
	dequeMethod(t, "__add__", func(th *Thread, d *Deque, self Value, args []Value) (Value, error) {
		o, ok := asDeque(args[0])
		if !ok {
			return Null, Errorf(TypeErrorType, "can only concatenate deque (not \"%s\") to deque", args[0].Type().Name)
		}
		r, err := th.dequeCopy(self)
		if err != nil {
			return Null, err
		}
		rd := dequeSelf(r)
		if o == d {
			return r, th.dequeExtend(rd, r, false)
		}
		return r, th.dequeExtend(rd, args[0], false)
	})
	dequeMethod(t, "__iadd__", func(th *Thread, d *Deque, self Value, args []Value) (Value, error) {
		return self, th.dequeExtend(d, args[0], false)
	})
	for _, name := range []string{"__mul__", "__rmul__"} {
		dequeMethod(t, name, func(th *Thread, d *Deque, self Value, args []Value) (Value, error) {
			r, err := th.dequeCopy(self)
			if err != nil {
				return Null, err
			}
			return r, th.dequeRepeat(dequeSelf(r), args[0])
		})
	}
	dequeMethod(t, "__imul__", func(th *Thread, d *Deque, self Value, args []Value) (Value, error) {
		return self, th.dequeRepeat(d, args[0])
	})
	for op, name := range map[int]string{code.CMP_LT: "__lt__", code.CMP_LE: "__le__", code.CMP_EQ: "__eq__", code.CMP_NE: "__ne__", code.CMP_GT: "__gt__", code.CMP_GE: "__ge__"} {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.dequeCompare(self, args[0], op)
		})
	}
	dequeMethod(t, "__repr__", func(th *Thread, d *Deque, self Value, args []Value) (Value, error) {
		if th.reprEnter(self) {
			return String("[...]"), nil
		}
		defer th.reprLeave(self)
		// The items may hold the deque, whose repr is then "[...]".
		saved := th.builtinDunder
		th.builtinDunder = dunderCall{}
		items, err := th.Repr(Obj(NewList(d.items())))
		th.builtinDunder = saved
		if err != nil {
			return Null, err
		}
		if d.maxlen >= 0 {
			return String(shortTypeName(self.Type()) + "(" + items + ", maxlen=" + itoa(d.maxlen) + ")"), nil
		}
		return String(shortTypeName(self.Type()) + "(" + items + ")"), nil
	})
	dequeMethod(t, "__reduce__", func(th *Thread, d *Deque, self Value, args []Value) (Value, error) {
		state, err := th.callMethod(self, "__getstate__")
		if err != nil {
			return Null, err
		}
		cargs := Obj(NewTuple(nil))
		if d.maxlen >= 0 {
			cargs = TupleOf(Obj(NewTuple(nil)), Int(int64(d.maxlen)))
		}
		// The items come from the object's own iterator, as CPython's
		// PyObject_GetIter: a subclass's __iter__ is used.
		it := Obj(newDequeIter(d, false))
		if self.Type() != DequeType {
			if it, err = th.Iter(self); err != nil {
				return Null, err
			}
		}
		return TupleOf(Obj(self.Type()), cargs, state, it), nil
	})
	dequeMethod(t, "__sizeof__", func(th *Thread, d *Deque, _ Value, args []Value) (Value, error) {
		blocks := (d.n + 63) / 64
		return Int(int64(48+16+16*8+blocks*(64*8+16)) + 8*int64(max(blocks, 1)) - 8), nil
	})
}

func initDequeIterTypes() {
	dequeIterType = newBuiltinType("_deque_iterator", ObjectType)
	dequeRevIterType = newBuiltinType("_deque_reverse_iterator", ObjectType)
	for _, t := range []*Type{dequeIterType, dequeRevIterType} {
		t.Name = "_collections." + t.Name
		t.layout = t
		t.final = true
		t.Dict.SetStr("__module__", String("_collections"))
		rev := t == dequeRevIterType
		t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			// CPython parses the positional arguments only; keywords are
			// ignored.
			args = args[:len(args)-len(kw)]
			if n := len(args) - 1; n < 1 || n > 2 {
				if n < 1 {
					return Null, Errorf(TypeErrorType, "function takes at least 1 argument (%d given)", n)
				}
				return Null, Errorf(TypeErrorType, "function takes at most 2 arguments (%d given)", n)
			}
			dv, idx := args[1], Null
			if len(args) > 2 {
				idx = args[2]
			}
			d, ok := asDeque(dv)
			if !ok {
				return Null, Errorf(TypeErrorType, "argument 1 must be collections.deque, not %s", dv.Type().Name)
			}
			it := newDequeIter(d, rev)
			if idx.o != nil {
				n, err := th.sizeArg(idx)
				if err != nil {
					return Null, err
				}
				for ; n > 0 && it.counter > 0; n-- {
					if _, _, err := it.next(th); err != nil {
						return Null, err
					}
				}
			}
			return Obj(it), nil
		}}))
		method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil })
		method(t, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			v, ok, err := self.o.(*dequeIter).next(th)
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, NewException(StopIterationType)
			}
			return v, nil
		})
		method(t, "__length_hint__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(self.o.(*dequeIter).counter)), nil
		})
		method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			it := self.o.(*dequeIter)
			return TupleOf(Obj(self.Type()), TupleOf(Obj(it.d), Int(int64(it.d.n-it.counter)))), nil
		})
	}
}

// defaultFactory returns the default_factory of a defaultdict (None when
// unset).
func defaultFactory(v Value) Value {
	if inst, ok := factorySlot(v); ok && inst.vals[0].o != nil {
		return inst.vals[0]
	}
	return None
}

// factorySlot returns the instance whose first slot is a defaultdict's
// default_factory.
func factorySlot(v Value) (*Instance, bool) {
	inst, ok := v.o.(*Instance)
	if !ok || len(inst.typ.slotNames) == 0 || inst.typ.slotNames[0] != "default_factory" || len(inst.vals) == 0 {
		return nil, false
	}
	return inst, true
}

// setFactory sets a defaultdict's default_factory (Null: deleted).
func setFactory(v, f Value) error {
	inst, ok := factorySlot(v)
	if !ok {
		return Errorf(TypeErrorType, "descriptor 'default_factory' for 'collections.defaultdict' objects doesn't apply to a '%s' object", v.Type().Name)
	}
	inst.vals[0] = f
	return nil
}

func initDefaultDictType() {
	t := newBuiltinType("defaultdict", DictType)
	DefaultDictType = t
	t.Name = "collections.defaultdict"
	t.layout = DictType
	t.slotNames = []string{"default_factory"}
	t.Dict.SetStr("__module__", String("collections"))
	t.Dict.SetStr("__doc__", String("defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"+
		"The default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\n"+
		"A defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\n"+
		"passed to the dict constructor, including keyword arguments.\n"))
	t.Dict.SetStr("default_factory", Obj(&GetSetDescriptor{Name: "default_factory", Owner: t, doc: "Factory for default value called by __missing__().",
		Get: func(th *Thread, v Value) (Value, error) { return defaultFactory(v), nil },
		Set: func(th *Thread, v, x Value) error {
			return setFactory(v, x)
		}}))
	t.Dict.SetStr("__class_getitem__", Obj(&ClassMethodDescriptor{Name: "__class_getitem__", Owner: t, Fn: classGetItem}))
	dictInit := DictType.Lookup("__init__")
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f := None
		nkw := len(kw)
		if len(args) > nkw {
			f = args[0]
			if !f.IsNone() && !th.callable(f) {
				return Null, Errorf(TypeErrorType, "first argument must be callable or None")
			}
			args = args[1:]
		}
		if err := setFactory(self, f); err != nil {
			return Null, err
		}
		return th.Call(Obj(&Builtin{Name: "__init__", Self: self, Fn: dictInit.o.(*MethodDescriptor).Fn, owner: "dict"}), args, kw)
	})
	method(t, "__missing__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f := defaultFactory(self)
		if f.IsNone() {
			return Null, NewException(KeyErrorType, args[0])
		}
		v, err := th.Call(f, nil, nil)
		if err != nil {
			return Null, err
		}
		return v, th.SetItem(self, args[0], v)
	})
	for _, name := range []string{"copy", "__copy__"} {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.Call(Obj(self.Type()), []Value{defaultFactory(self), self}, nil)
		})
	}
	method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		cargs := Obj(NewTuple(nil))
		if f := defaultFactory(self); !f.IsNone() {
			cargs = TupleOf(f)
		}
		items, err := th.callMethod(self, "items")
		if err != nil {
			return Null, err
		}
		it, err := th.Iter(items)
		if err != nil {
			return Null, err
		}
		return TupleOf(Obj(self.Type()), cargs, None, None, it), nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		saved := th.builtinDunder
		th.builtinDunder = dunderCall{}
		base, err := th.callSpecial(DictType.Lookup("__repr__"), self)
		th.builtinDunder = saved
		if err != nil {
			return Null, err
		}
		f := defaultFactory(self)
		var fr string
		if f.IsNone() {
			fr = "None"
		} else if th.reprEnter(f) {
			fr = "..."
		} else {
			fr, err = th.Repr(f)
			th.reprLeave(f)
			if err != nil {
				return Null, err
			}
		}
		return String(shortTypeName(self.Type()) + "(" + fr + ", " + base.String() + ")"), nil
	})
	for _, name := range []string{"__or__", "__ror__"} {
		ror := name == "__ror__"
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			left, right := self, args[0]
			if ror {
				left, right = args[0], self
			}
			other := args[0]
			if _, ok := unwrap(other).o.(*Dict); !ok {
				return NotImplemented, nil
			}
			n, err := th.Call(Obj(self.Type()), []Value{defaultFactory(self), left}, nil)
			if err != nil {
				return Null, err
			}
			_, err = th.callMethod(n, "update", right)
			return n, err
		})
	}
}

// countElements is _collections._count_elements: mapping[elem] =
// mapping.get(elem, 0) + 1 for each item, directly on a plain dict.
func countElements(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 {
		return Null, Errorf(TypeErrorType, "_count_elements expected 2 arguments, got %d", len(args))
	}
	mapping := args[0]
	it, err := th.Iter(args[1])
	if err != nil {
		return Null, err
	}
	d, plain := unwrap(mapping).o.(*Dict)
	if plain && mapping.o != Object(d) {
		// A dict subclass (Counter) counts directly when it keeps dict's
		// get and __setitem__, as CPython's fast path does.
		t := mapping.Type()
		plain = t.Lookup("get").Is(DictType.Lookup("get")) && t.Lookup("__setitem__").Is(DictType.Lookup("__setitem__"))
	}
	for {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			return None, err
		}
		if plain {
			old, found, err := d.Get(th, x)
			if err != nil {
				return Null, err
			}
			n := Int(1)
			if found {
				if n, err = th.BinaryOp(0, old, Int(1)); err != nil {
					return Null, err
				}
			}
			if err := d.Set(th, x, n); err != nil {
				return Null, err
			}
			continue
		}
		old, err := th.callMethod(mapping, "get", x, Int(0))
		if err != nil {
			return Null, err
		}
		n, err := th.BinaryOp(0, old, Int(1))
		if err != nil {
			return Null, err
		}
		if err := th.SetItem(mapping, x, n); err != nil {
			return Null, err
		}
	}
}

// tupleGetterGet is _tuplegetter.__get__ for an instance obj.
func tupleGetterGet(g *tupleGetter, obj Value) (Value, error) {
	tp, ok := unwrap(obj).o.(*Tuple)
	if !ok {
		return Null, Errorf(TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, obj.Type().Name)
	}
	if g.index >= len(tp.items) {
		return Null, Errorf(IndexErrorType, "tuple index out of range")
	}
	return tp.items[g.index], nil
}

func initTupleGetterType() {
	t := newBuiltinType("_tuplegetter", ObjectType)
	tupleGetterType = t
	t.Name = "_collections._tuplegetter"
	t.layout = t
	t.final = true
	t.Dict.SetStr("__module__", String("_collections"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := noKwargs("_tuplegetter", kw); err != nil {
			return Null, err
		}
		if len(args) != 3 {
			return Null, Errorf(TypeErrorType, "_tuplegetter expected 2 arguments, got %d", len(args)-1)
		}
		i, err := th.sizeArg(args[1])
		if err != nil {
			return Null, err
		}
		return Obj(&tupleGetter{index: int(i), doc: args[2]}), nil
	}}))
	self := func(v Value) *tupleGetter { return v.o.(*tupleGetter) }
	method(t, "__get__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		if len(args) < 1 || args[0].IsNone() {
			return sv, nil
		}
		return tupleGetterGet(self(sv), args[0])
	})
	method(t, "__set__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(AttributeErrorType, "can't set attribute")
	})
	method(t, "__delete__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(AttributeErrorType, "can't delete attribute")
	})
	method(t, "__reduce__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		g := self(sv)
		return TupleOf(Obj(t), TupleOf(Int(int64(g.index)), g.doc)), nil
	})
	method(t, "__repr__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		g := self(sv)
		doc := None
		if g.doc.o != nil {
			doc = g.doc
		}
		r, err := th.Repr(doc)
		if err != nil {
			return Null, err
		}
		return String("_tuplegetter(" + strconv.Itoa(g.index) + ", " + r + ")"), nil
	})
	t.Dict.SetStr("__doc__", Obj(&GetSetDescriptor{Name: "__doc__", Owner: t,
		Get: func(th *Thread, v Value) (Value, error) {
			if d := self(v).doc; d.o != nil {
				return d, nil
			}
			return None, nil
		},
		Set: func(th *Thread, v, x Value) error {
			self(v).doc = x
			return nil
		}}))
}

// shortTypeName is CPython's _PyType_Name: a type's name without the
// module a C module's type is named with.
func shortTypeName(t *Type) string {
	if t.heap {
		return t.Name
	}
	return t.Name[strings.LastIndexByte(t.Name, '.')+1:]
}

func initCollectionsTypes() {
	initDequeType()
	initDequeIterTypes()
	initDefaultDictType()
	initOrderedDictType()
	initTupleGetterType()
}

func makeCollectionsModule(th *Thread) (*Module, error) {
	m := newNativeModule("_collections", map[string]BuiltinFunc{
		"_count_elements": countElements,
	})
	m.Dict.SetStr("__doc__", String("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"))
	for _, t := range []*Type{DequeType, DefaultDictType, dequeIterType, dequeRevIterType, tupleGetterType, OrderedDictType} {
		m.Dict.SetStr(shortTypeName(t), Obj(t))
	}
	return m, nil
}
