// Package vm is pyjit's runtime: values and types, builtins and modules,
// frames, and the interpreter loop.
//
// A Value is three machine words: an Object interface and a 64-bit
// payload. Small ints, floats, bools and None are represented by a
// zero-size marker type in the interface and their bits in the payload, so
// arithmetic on them never allocates and a kind check is a single
// comparison of the interface's type word. Everything else is a pointer to
// a heap object whose Type method returns its *Type.
//
// Python→Python calls never recurse on the Go stack: the interpreter pushes
// a frame on the thread's chunked value stack and continues in the same Go
// loop. Exceptions travel as returned Go errors (*Exception values), never
// as panics.
package vm

import (
	"math"
	"math/big"
	"sync/atomic"
	"unsafe"
)

// Object is any heap-allocated Python object.
type Object interface {
	Type() *Type
}

// Value is a Python value.
type Value struct {
	o Object
	n uint64
}

// Markers for unboxed values. They are zero-size, so storing them in the
// interface allocates nothing.
type (
	intTag   struct{}
	floatTag struct{}
	boolTag  struct{}
	noneTag  struct{}
)

func (intTag) Type() *Type   { return IntType }
func (floatTag) Type() *Type { return FloatType }
func (boolTag) Type() *Type  { return BoolType }
func (noneTag) Type() *Type  { return NoneType }

// Common values.
var (
	None  = Value{o: noneTag{}}
	True  = Value{o: boolTag{}, n: 1}
	False = Value{o: boolTag{}, n: 0}
	// Null is the absent value (an unbound local, a NULL stack slot).
	Null = Value{}
)

// Int returns a small int value.
func Int(i int64) Value { return Value{o: intTag{}, n: uint64(i)} }

// Float returns a float value. Every NaN it is given becomes a new
// object: see freshNaN.
func Float(f float64) Value {
	if f != f {
		return freshNaN(f)
	}
	return Value{o: floatTag{}, n: math.Float64bits(f)}
}

// nanSerial numbers the NaN float objects made so far.
var nanSerial atomic.Uint64

// nanPayload is the part of a NaN's bits below the quiet bit.
const nanPayload = 1<<51 - 1

// freshNaN returns a float NaN distinct from every other one.
//
// A float's identity is its bits, which is right for every float but
// NaN: CPython's NaNs are objects like any other, so two NaNs made apart
// are different (`a is b` is False, `[a] == [b]` is False, both can be
// keys of one dict) while one NaN is identical to itself (`[a] == [a]`).
// Each NaN made therefore carries a serial number in its payload bits,
// keeping only its sign; arithmetic on it makes a NaN with a new number.
// Code that writes a float's bits out of the process (struct, array,
// marshal) writes a NaN as the quiet NaN with its sign and no payload,
// as CPython does for every NaN it makes itself.
//
//go:noinline
func freshNaN(f float64) Value {
	sign := math.Float64bits(f) &^ (1<<63 - 1)
	n := nanSerial.Add(1) & nanPayload
	return Value{o: floatTag{}, n: sign | 0x7ff8<<48 | n}
}

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Obj wraps a heap object.
func Obj(o Object) Value { return Value{o: o} }

// IsNull reports whether v is the absent value.
func (v Value) IsNull() bool { return v.o == nil }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { _, ok := v.o.(noneTag); return ok }

// IsSmallInt reports whether v is an unboxed int.
func (v Value) IsSmallInt() bool { _, ok := v.o.(intTag); return ok }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { _, ok := v.o.(floatTag); return ok }

// IsBool reports whether v is a bool.
func (v Value) IsBool() bool { _, ok := v.o.(boolTag); return ok }

// UncheckedInt returns the int64 of an unboxed int or bool. It checks
// nothing: for any other value it returns meaningless bits. It is the
// interpreter's fast path, for values whose kind the caller has tested
// (IsSmallInt, IsBool); code embedding pyjit wants AsInt64.
func (v Value) UncheckedInt() int64 { return int64(v.n) }

// UncheckedFloat returns the float64 of a float value. It checks nothing:
// for any other value it returns meaningless bits. It is the
// interpreter's fast path, for values the caller has tested with IsFloat;
// code embedding pyjit wants AsFloat.
func (v Value) UncheckedFloat() float64 { return math.Float64frombits(v.n) }

// Type returns the value's type.
func (v Value) Type() *Type {
	if v.o == nil {
		return NoneType
	}
	return v.o.Type()
}

// Object returns the heap object of v, or nil for unboxed values.
func (v Value) Object() Object {
	switch v.o.(type) {
	case intTag, floatTag, boolTag, noneTag, nil:
		return nil
	}
	return v.o
}

// Is reports Python identity (`is`).
//
// It compares the interfaces' words rather than the interfaces, which
// would call the runtime's equality: values of one type are the same
// object when their data pointers are equal, except for the zero-size
// markers, whose data pointers may differ (a statically initialized
// marker has a pointer of its own) while the payload tells unboxed
// values apart.
func (v Value) Is(w Value) bool {
	a, b := (*ifaceWords)(unsafe.Pointer(&v.o)), (*ifaceWords)(unsafe.Pointer(&w.o))
	if a.tab != b.tab {
		return false
	}
	if a.data == b.data && v.n == w.n {
		return true
	}
	switch v.o.(type) {
	case intTag, floatTag, boolTag, noneTag:
		return v.n == w.n
	case notImplemented, ellipsisObj, setDummy:
		return true
	}
	return a.data == b.data
}

// sameRef reports whether v and w hold the same interface words: the same
// heap object, for values that are heap objects. It is small enough to
// inline into the interpreter loop, whose guards compare an operand with a
// cached object.
func sameRef(v, w Value) bool {
	a, b := (*ifaceWords)(unsafe.Pointer(&v.o)), (*ifaceWords)(unsafe.Pointer(&w.o))
	return a.tab == b.tab && a.data == b.data
}

// ifaceWords is the layout of a non-empty interface value.
type ifaceWords struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// BigInt is an int that does not fit in 64 bits.
type BigInt struct {
	b big.Int
}

// Type implements Object.
func (*BigInt) Type() *Type { return IntType }

// IntFromBig returns an int value, unboxed when it fits in int64.
func IntFromBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	x := &BigInt{}
	x.b.Set(b)
	return Obj(x)
}

// intFromFreshBig is IntFromBig for a result no one else holds (a new
// big.Int just computed): the int takes its digits over instead of
// copying them.
func intFromFreshBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return Obj(&BigInt{b: *b})
}

// asBig returns v (an int or bool) as a big.Int; ok is false for other types.
func asBig(v Value) (*big.Int, bool) {
	switch o := v.o.(type) {
	case intTag, boolTag:
		return big.NewInt(int64(v.n)), true
	case *BigInt:
		return &o.b, true
	case *Instance:
		if o.base != nil {
			return asBig(*o.base)
		}
	}
	return nil, false
}

// isIntLike reports whether v is an int (small or big) or bool.
func isIntLike(v Value) bool {
	switch o := v.o.(type) {
	case intTag, boolTag, *BigInt:
		return true
	case *Instance:
		return o.base != nil && isIntLike(*o.base)
	}
	return false
}
