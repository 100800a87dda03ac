package vm

// The object protocol: truth, hashing, equality and ordering, arithmetic,
// and the dunder fallbacks that let classes defined in Python take part.

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

func formatInt(i int64) string { return strconv.FormatInt(i, 10) }

// anyInstance reports whether some value is an instance of a class.
func anyInstance(vs []Value) bool {
	for _, v := range vs {
		if _, ok := v.o.(*Instance); ok {
			return true
		}
	}
	return false
}

// callDunder looks up a special method on v's type and calls it with v
// as self. found is false when the type has no such method.
func (th *Thread) callDunder(v Value, name string, args ...Value) (res Value, found bool, err error) {
	return th.callDunderS(v, intern(name), args...)
}

// callDunderS is callDunder with the method's name interned.
func (th *Thread) callDunderS(v Value, name *Str, args ...Value) (res Value, found bool, err error) {
	m := v.Type().lookupS(name)
	if m.o == nil {
		return Null, false, nil
	}
	if m.IsNone() {
		// A special method set to None is called like any other value, as
		// CPython's slots do; the protocols where None means "not
		// supported" (__hash__, __iter__, __reversed__, __contains__) check
		// for it before they get here.
		return Null, true, Errorf(TypeErrorType, "'NoneType' object is not callable")
	}
	md, isBuiltin := m.o.(*MethodDescriptor)
	if isBuiltin {
		if _, inst := v.o.(*Instance); md.protocol && !inst && !anyInstance(args) {
			// v is a builtin value: the protocol operation that called us
			// already tried its Go representation, and the special method
			// would only call it again. (An instance of a class gets the
			// method: it unwraps a builtin subclass's value, or refuses
			// an instance of an unrelated class; so does a builtin value
			// whose other operand is an instance.)
			return Null, false, nil
		}
		if th.builtinDunder.name == name.s && th.builtinDunder.self.Is(v) {
			// A builtin special method asked the protocol for the same
			// operation on the same value: the same rule, for methods not
			// marked as protocol methods.
			return Null, false, nil
		}
	}
	if err := th.enterGo(name.s); err != nil {
		return Null, true, err
	}
	defer th.leaveGo()
	if fn, ok := m.o.(*Function); ok {
		res, err = th.callFunctionSelf(fn, v, args)
		return res, true, err
	}
	full := make([]Value, len(args)+1)
	full[0] = v
	copy(full[1:], args)
	if isBuiltin {
		saved := th.builtinDunder
		th.builtinDunder = dunderCall{v, name.s}
		res, err = th.callDescriptorAsMethod(m, v, full)
		th.builtinDunder = saved
		return res, true, err
	}
	res, err = th.callDescriptorAsMethod(m, v, full)
	return res, true, err
}

// dunderCall is a builtin special method running on behalf of callDunder.
type dunderCall struct {
	self Value
	name string
}

// callSpecial calls m, a special method found on the type of self, with
// self and args, passing them on the thread's argument stack rather than
// in a new slice (some callers have no thread: they get a new slice).
func (th *Thread) callSpecial(m, self Value, args ...Value) (Value, error) {
	if th == nil {
		return th.callDescriptorAsMethod(m, self, append([]Value{self}, args...))
	}
	full, mark := th.pushArgs(self, args)
	r, err := th.callDescriptorAsMethod(m, self, full)
	th.popArgs(mark)
	return r, err
}

// callDescriptorAsMethod calls a type attribute found by special-method
// lookup, binding it to self as the descriptor protocol dictates.
func (th *Thread) callDescriptorAsMethod(m, self Value, full []Value) (Value, error) {
	switch f := m.o.(type) {
	case *Function:
		return th.callFunction(f, full, nil)
	case *MethodDescriptor:
		if err := f.checkSelf(self); err != nil {
			return Null, err
		}
		if s := f.spec; s != nil && !s.fits(len(full)-1, nil) {
			if err := s.check(full[1:], nil); err != nil {
				return Null, err
			}
		}
		return f.Fn(th, self, full[1:], nil)
	case *StaticMethod:
		return th.Call(f.Fn, full[1:], nil)
	case *ClassMethod:
		full[0] = Obj(self.Type())
		return th.Call(f.Fn, full, nil)
	case *Builtin:
		return th.Call(m, full[1:], nil)
	}
	bound, err := th.bindDescriptor(m, self, self.Type())
	if err != nil {
		return Null, err
	}
	return th.Call(bound, full[1:], nil)
}

// Truth implements bool(v).
func (th *Thread) Truth(v Value) (bool, error) {
	switch o := v.o.(type) {
	case boolTag, intTag:
		return v.n != 0, nil
	case noneTag:
		return false, nil
	case floatTag:
		return v.UncheckedFloat() != 0, nil
	case *Str:
		return len(o.s) > 0, nil
	case *List:
		return len(o.items) > 0, nil
	case *Tuple:
		return len(o.items) > 0, nil
	case *Dict:
		return o.used > 0, nil
	case *Set:
		return o.used > 0, nil
	case *BigInt:
		return o.b.Sign() != 0, nil
	case *Bytes:
		return len(o.b) > 0, nil
	case *Range:
		return !o.empty(), nil
	case *Deque:
		return o.n > 0, nil
	case *Function, *Builtin, *Type, *Module:
		return true, nil
	case *Instance:
		t := o.typ
		if t.version != 0 && t.version == th.plainTruth {
			return true, nil
		}
		if t.lookupS(strBool).o == nil && t.lookupS(strLen).o == nil {
			// A class defining neither: every instance is true.
			th.plainTruth = t.version
			return true, nil
		}
	}
	r, found, err := th.callDunderS(v, strBool)
	if err != nil {
		return false, err
	}
	if found {
		if !r.IsBool() {
			return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
		}
		return r.n != 0, nil
	}
	r, found, err = th.callDunderS(v, strLen)
	if err != nil {
		return false, err
	}
	if found {
		n, err := th.lenResult(r)
		return n > 0, err
	}
	return true, nil
}

// Interned names of the special methods Truth calls.
var (
	strBool = intern("__bool__")
	strLen  = intern("__len__")
	// strGetitem is the name BINARY_SUBSCR_GETITEM specializes on.
	strGetitem = intern("__getitem__")
)

// Hash implements hash(v). It never runs Python code for str and int keys,
// so it may be called with a nil thread for those.
func (th *Thread) Hash(v Value) (int64, error) {
	switch o := v.o.(type) {
	case *Str:
		return o.Hash(), nil
	case intTag, boolTag, floatTag:
		h, _ := hashUnboxed(v)
		return h, nil
	case noneTag:
		return 0xFCA86420, nil
	case *BigInt:
		return hashBig(&o.b), nil
	case *Tuple:
		return th.hashTuple(o.items)
	case *Type:
		return int64(typeID(o) >> 4), nil
	case *Set:
		if o.frozen {
			return th.hashFrozenSet(o)
		}
	case *Bytes:
		if !o.mutable {
			return hashBytesData(o.b), nil
		}
	case *Builtin:
		return builtinHash(o), nil
	case *Range:
		return th.rangeHash(o)
	case *MemoryView:
		return o.hash(th)
	case *Function, *Module, *CodeObj, ellipsisObj, notImplemented:
		return identityHash(v), nil
	}
	t := v.Type()
	h := t.Lookup("__hash__")
	if h.IsNone() || h.o == nil {
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", t.Name)
	}
	if md, ok := h.o.(*MethodDescriptor); ok && md.Owner == ObjectType {
		return identityHash(v), nil
	}
	r, err := th.callSpecial(h, v)
	if err != nil {
		return 0, err
	}
	if !isIntLike(r) {
		return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
	}
	if r.IsSmallInt() || r.IsBool() {
		x := int64(r.n)
		if x == -1 {
			x = -2
		}
		return x, nil
	}
	b, _ := asBig(r)
	return hashBig(b), nil
}

const hashModulus = (1 << 61) - 1

// hashUnboxed returns the hash of an unboxed int, bool or float, and
// false for any other value.
func hashUnboxed(v Value) (int64, bool) {
	switch v.o.(type) {
	case intTag, boolTag:
		return hashInt(int64(v.n)), true
	case floatTag:
		if f := v.UncheckedFloat(); f == f {
			return hashFloat(f), true
		}
		// A NaN hashes by identity, as CPython's does.
		return identityHash(v), true
	}
	return 0, false
}

func hashInt(i int64) int64 {
	if -hashModulus < i && i < hashModulus {
		if i == -1 {
			return -2
		}
		return i
	}
	neg := i < 0
	var u uint64
	if neg {
		u = uint64(-i)
	} else {
		u = uint64(i)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func hashBig(b *big.Int) int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashModulus))
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's _Py_HashDouble, so that hash(2.0) == hash(2).
func hashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>uint(61-e)
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func (th *Thread) hashTuple(items []Value) (int64, error) {
	// CPython's xxHash-based tuple hash.
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	if th != nil {
		if err := th.enterRecursive(""); err != nil {
			return 0, err
		}
		defer th.leaveRecursive()
	}
	acc := uint64(p5)
	for _, it := range items {
		h, err := th.Hash(it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(items)) ^ (p5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func (th *Thread) hashFrozenSet(s *Set) (int64, error) {
	if s.hashed {
		return s.hash, nil
	}
	var hash uint64
	for _, e := range s.table {
		if e.live() {
			h := uint64(e.hash())
			hash ^= ((h ^ 89869747) ^ (h << 16)) * 3644798167
		}
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if int64(hash) == -1 {
		hash = 590923713
	}
	s.hash, s.hashed = int64(hash), true
	return s.hash, nil
}

// eqForDict compares two keys with equal hashes.
func (th *Thread) eqForDict(a, b Value) (bool, error) {
	if sa, ok := a.o.(*Str); ok {
		if sb, ok := b.o.(*Str); ok {
			return sa.s == sb.s, nil
		}
	}
	if th == nil {
		// A set of constants built without a thread (frozenSetConst).
		return constEqual(a, b), nil
	}
	return th.Equal(a, b)
}

// constEqual is a == b between compile-time constants (numbers, strs,
// bytes, None, Ellipsis, and tuples and frozensets of constants), which
// calls no Python code: numbers compare by value whatever their types,
// other constants only with their own kind.
func constEqual(a, b Value) bool {
	if eq, known := plainEqual(a, b); known {
		return eq
	}
	if ca, ok := a.o.(*Complex); ok {
		a, b = b, Obj(ca)
	}
	if cb, ok := b.o.(*Complex); ok {
		if ca, ok := a.o.(*Complex); ok {
			return ca.re == cb.re && ca.im == cb.im
		}
		if cb.im != 0 {
			return false
		}
		b = Float(cb.re)
		if _, ok := a.o.(*BigInt); ok {
			// Whether an int too large for a float equals one.
			r, known, err := (*Thread)(nil).builtinCompare(a, b, code.CMP_EQ)
			return known && err == nil && r == True
		}
	}
	switch x := a.o.(type) {
	case *Tuple:
		y, ok := b.o.(*Tuple)
		if !ok || len(x.items) != len(y.items) {
			return false
		}
		for i := range x.items {
			if !constEqual(x.items[i], y.items[i]) {
				return false
			}
		}
		return true
	case *Set:
		y, ok := b.o.(*Set)
		if !ok || x.Len() != y.Len() {
			return false
		}
		for _, e := range x.entries() {
			found := false
			for _, f := range y.entries() {
				if f.hash() == e.hash() && constEqual(e.key(), f.key()) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	case intTag, boolTag, floatTag, *BigInt, *Str, *Bytes, noneTag:
		r, known, err := (*Thread)(nil).builtinCompare(a, b, code.CMP_EQ)
		return known && err == nil && r == True
	}
	return a.Is(b)
}

// sameOrEqual is CPython's PyObject_RichCompareBool(a, b, Py_EQ), which
// containers use: an object is equal to itself whatever its __eq__ says.
func (th *Thread) sameOrEqual(a, b Value) (bool, error) {
	if eq, known := plainEqual(a, b); known {
		return eq, nil
	}
	if a.Is(b) {
		return true, nil
	}
	return th.Equal(a, b)
}

// plainEqual answers a == b without calling anything when both are small
// ints, bools, None or strs (of the builtin types themselves, whose
// equality nothing overrides); known is false for any other pair.
func plainEqual(a, b Value) (eq, known bool) {
	switch x := a.o.(type) {
	case intTag, boolTag:
		switch b.o.(type) {
		case intTag, boolTag:
			return a.n == b.n, true
		case noneTag, *Str:
			return false, true
		}
	case noneTag:
		switch b.o.(type) {
		case noneTag:
			return true, true
		case intTag, boolTag, *Str:
			return false, true
		}
	case *Str:
		switch y := b.o.(type) {
		case *Str:
			return x == y || x.s == y.s, true
		case intTag, boolTag, noneTag:
			return false, true
		}
	}
	return false, false
}

// Equal implements a == b as a bool.
func (th *Thread) Equal(a, b Value) (bool, error) {
	if a.Is(b) {
		if a.IsFloat() && math.IsNaN(a.UncheckedFloat()) {
			return false, nil
		}
		switch a.o.(type) {
		case intTag, boolTag, noneTag, *Str:
			return true, nil
		}
	}
	r, err := th.RichCompare(a, b, code.CMP_EQ)
	if err != nil {
		return false, err
	}
	return th.Truth(r)
}

var reflectedCmp = [...]int{code.CMP_GT, code.CMP_GE, code.CMP_EQ, code.CMP_NE, code.CMP_LT, code.CMP_LE}
var cmpDunder = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// cmpDunderS holds cmpDunder's names interned.
var cmpDunderS = [...]*Str{intern("__lt__"), intern("__le__"), intern("__eq__"), intern("__ne__"), intern("__gt__"), intern("__ge__")}

func compareInts(op int, a, b int64) bool {
	switch op {
	case code.CMP_LT:
		return a < b
	case code.CMP_LE:
		return a <= b
	case code.CMP_EQ:
		return a == b
	case code.CMP_NE:
		return a != b
	case code.CMP_GT:
		return a > b
	}
	return a >= b
}

func compareFloats(op int, a, b float64) bool {
	switch op {
	case code.CMP_LT:
		return a < b
	case code.CMP_LE:
		return a <= b
	case code.CMP_EQ:
		return a == b
	case code.CMP_NE:
		return a != b
	case code.CMP_GT:
		return a > b
	}
	return a >= b
}

func cmpResult(op, c int) bool {
	switch op {
	case code.CMP_LT:
		return c < 0
	case code.CMP_LE:
		return c <= 0
	case code.CMP_EQ:
		return c == 0
	case code.CMP_NE:
		return c != 0
	case code.CMP_GT:
		return c > 0
	}
	return c >= 0
}

// RichCompare implements a <op> b.
func (th *Thread) RichCompare(a, b Value, op int) (Value, error) {
	if r, ok, err := th.builtinCompare(a, b, op); ok || err != nil {
		return r, err
	}
	if th.interp.flags.BytesWarning > 0 && (op == code.CMP_EQ || op == code.CMP_NE) {
		if err := th.bytesCompareWarning(a, b); err != nil {
			return Null, err
		}
	}
	ta, tb := a.Type(), b.Type()
	rop := reflectedCmp[op]
	// As CPython's do_richcompare: a proper subtype's reflected method
	// goes first whether or not it overrides the base's (its __ne__ may
	// be object's, running its own __eq__).
	reflectedFirst := ta != tb && tb.IsSubtype(ta) && tb.lookupS(cmpDunderS[rop]).o != nil
	if reflectedFirst {
		r, found, err := th.compareDunder(b, tb, rop, a)
		if err != nil {
			return Null, err
		}
		if found && !r.IsNotImplemented() {
			return r, nil
		}
	}
	r, found, err := th.compareDunder(a, ta, op, b)
	if err != nil {
		return Null, err
	}
	if found && !r.IsNotImplemented() {
		return r, nil
	}
	return th.compareRest(a, b, op, reflectedFirst)
}

// compareRest is the rest of RichCompare once a's method for op (and b's
// reflected one, when reflectedFirst) has returned NotImplemented: b's
// reflected method, then identity for == and !=, or the TypeError.
func (th *Thread) compareRest(a, b Value, op int, reflectedFirst bool) (Value, error) {
	ta, tb := a.Type(), b.Type()
	if !reflectedFirst {
		r, found, err := th.compareDunder(b, tb, reflectedCmp[op], a)
		if err != nil {
			return Null, err
		}
		if found && !r.IsNotImplemented() {
			return r, nil
		}
	}
	switch op {
	case code.CMP_EQ:
		return Bool(a.Is(b)), nil
	case code.CMP_NE:
		return Bool(!a.Is(b)), nil
	}
	return Null, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
		code.CompareOpSymbols[op], ta.Name, tb.Name)
}

// bytesCompareWarning issues python3 -b's BytesWarning for an == or !=
// between bytes and a str or an int, or between a bytearray and a str, as
// CPython's bytes_richcompare and bytearray_richcompare do.
func (th *Thread) bytesCompareWarning(a, b Value) error {
	x, ok := unwrap(a).o.(*Bytes)
	other := b
	if !ok {
		if x, ok = unwrap(b).o.(*Bytes); !ok {
			return nil
		}
		other = a
	}
	kind := "bytes"
	if x.mutable {
		kind = "bytearray"
	}
	switch unwrap(other).o.(type) {
	case *Str:
		return th.warn(BytesWarningType, "Comparison between "+kind+" and string")
	case intTag, boolTag, *BigInt:
		if !x.mutable {
			return th.warn(BytesWarningType, "Comparison between bytes and int")
		}
	}
	return nil
}

// compareDunder calls v's comparison method op (v's type is t) with
// other. object's own comparison methods, which most classes inherit,
// are answered here without a call: __eq__ by identity, __ne__ by
// identity when __eq__ is object's too, the orderings NotImplemented.
func (th *Thread) compareDunder(v Value, t *Type, op int, other Value) (Value, bool, error) {
	m := t.lookupS(cmpDunderS[op])
	if md, ok := m.o.(*MethodDescriptor); ok && md.Owner == ObjectType {
		switch op {
		case code.CMP_EQ:
			if v.Is(other) {
				return True, true, nil
			}
			return NotImplemented, true, nil
		case code.CMP_NE:
			if eq, ok := t.lookupS(cmpDunderS[code.CMP_EQ]).o.(*MethodDescriptor); !ok || eq.Owner != ObjectType {
				break
			}
			if v.Is(other) {
				return False, true, nil
			}
			return NotImplemented, true, nil
		default:
			return NotImplemented, true, nil
		}
	}
	switch m.o.(type) {
	case nil, noneTag, *Function, *MethodDescriptor:
	default:
		// Another descriptor (a property, say) whose binding fails
		// counts as no method at all, as in CPython's comparison slot.
		bound, err := th.bindDescriptor(m, v, t)
		if err != nil {
			return NotImplemented, true, nil
		}
		r, err := th.Call(bound, []Value{other}, nil)
		return r, true, err
	}
	return th.callDunderS(v, cmpDunderS[op], other)
}

// builtinCompare handles comparisons between builtin values directly.
func (th *Thread) builtinCompare(a, b Value, op int) (Value, bool, error) {
	switch x := a.o.(type) {
	case intTag, boolTag:
		switch y := b.o.(type) {
		case intTag, boolTag:
			return Bool(compareInts(op, int64(a.n), int64(b.n))), true, nil
		case floatTag:
			return Bool(intFloatResult(op, compareIntFloat(a, b.UncheckedFloat()))), true, nil
		case *BigInt:
			// A big int is beyond every int64: its sign decides.
			return Bool(cmpResult(op, -y.b.Sign())), true, nil
		}
	case *BigInt:
		switch y := b.o.(type) {
		case intTag, boolTag:
			return Bool(cmpResult(op, x.b.Sign())), true, nil
		case *BigInt:
			return Bool(cmpResult(op, x.b.Cmp(&y.b))), true, nil
		case floatTag:
			return Bool(intFloatResult(op, compareIntFloat(a, b.UncheckedFloat()))), true, nil
		}
	case floatTag:
		switch b.o.(type) {
		case floatTag:
			return Bool(compareFloats(op, a.UncheckedFloat(), b.UncheckedFloat())), true, nil
		case intTag, boolTag, *BigInt:
			c := compareIntFloat(b, a.UncheckedFloat())
			if c != 2 {
				c = -c
			}
			return Bool(intFloatResult(op, c)), true, nil
		}
	case *Str:
		if y, ok := b.o.(*Str); ok {
			c := 0
			if x.s < y.s {
				c = -1
			} else if x.s > y.s {
				c = 1
			}
			return Bool(cmpResult(op, c)), true, nil
		}
	case noneTag:
		if b.IsNone() && (op == code.CMP_EQ || op == code.CMP_NE) {
			return Bool(op == code.CMP_EQ), true, nil
		}
	case *List:
		if y, ok := b.o.(*List); ok {
			r, err := th.compareSeq(&x.items, &y.items, op, true)
			return r, true, err
		}
	case *Tuple:
		if y, ok := b.o.(*Tuple); ok {
			r, err := th.compareSeq(&x.items, &y.items, op, false)
			return r, true, err
		}
	case *Bytes:
		if y, ok := b.o.(*Bytes); ok {
			return Bool(cmpResult(op, strings.Compare(string(x.b), string(y.b)))), true, nil
		}
		if _, inst := b.o.(*Instance); !inst && x.mutable {
			// bytearray compares with any bytes-like object.
			if y, ok := bytesLike(b); ok {
				return Bool(cmpResult(op, strings.Compare(string(x.b), string(y)))), true, nil
			}
		}
	case *MemoryView:
		// A memoryview orders only through a bytearray's reflected method.
		if y, ok := b.o.(*Bytes); ok && y.mutable && op != code.CMP_EQ && op != code.CMP_NE {
			if p, ok := bytesLike(a); ok {
				return Bool(cmpResult(op, strings.Compare(string(p), string(y.b)))), true, nil
			}
		}
	case *Dict:
		if y, ok := b.o.(*Dict); ok && (op == code.CMP_EQ || op == code.CMP_NE) {
			eq, err := th.dictEqual(x, y)
			return Bool(eq == (op == code.CMP_EQ)), true, err
		}
	case *Set:
		if y, ok := b.o.(*Set); ok {
			r, err := th.compareSets(x, y, op)
			return r, true, err
		}
	case *Range:
		if y, ok := b.o.(*Range); ok && (op == code.CMP_EQ || op == code.CMP_NE) {
			eq := rangeEqual(x, y)
			return Bool(eq == (op == code.CMP_EQ)), true, nil
		}
	}
	return Null, false, nil
}

// compareIntFloat compares int a with float f: -1, 0, 1, or 2 for NaN.
// intFloatResult is the result of comparison op from compareIntFloat's
// answer: only != holds against NaN.
func intFloatResult(op, c int) bool {
	if c == 2 {
		return op == code.CMP_NE
	}
	return cmpResult(op, c)
}

// compareIntFloat compares the int a with f exactly: -1, 0 or 1, or 2 when
// f is NaN.
func compareIntFloat(a Value, f float64) int {
	if math.IsNaN(f) {
		return 2
	}
	if _, isBig := a.o.(*BigInt); !isBig {
		if n := int64(a.n); n >= -1<<53 && n <= 1<<53 {
			// Exactly representable: compare as floats.
			switch x := float64(n); {
			case x < f:
				return -1
			case x > f:
				return 1
			}
			return 0
		}
	}
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	ba, _ := asBig(a)
	bf := new(big.Float).SetInt(ba)
	return bf.Cmp(big.NewFloat(f))
}

// compareSeq compares two lists or tuples item by item. The items are
// read through pointers because an item's __eq__ may change a list.
// Lists of different lengths are unequal without comparing items
// (lengthFirst); tuples compare their common prefix first, as CPython's.
func (th *Thread) compareSeq(xp, yp *[]Value, op int, lengthFirst bool) (Value, error) {
	if err := th.enterRecursive(" in comparison"); err != nil {
		return Null, err
	}
	defer th.leaveRecursive()
	if lengthFirst && (op == code.CMP_EQ || op == code.CMP_NE) && len(*xp) != len(*yp) {
		return Bool(op == code.CMP_NE), nil
	}
	i := 0
	for ; i < len(*xp) && i < len(*yp); i++ {
		a, b := (*xp)[i], (*yp)[i]
		if a.Is(b) {
			continue
		}
		eq, err := th.Equal(a, b)
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	x, y := *xp, *yp
	if i >= len(x) || i >= len(y) {
		return Bool(cmpResult(op, cmpInt(len(x), len(y)))), nil
	}
	switch op {
	case code.CMP_EQ:
		return False, nil
	case code.CMP_NE:
		return True, nil
	}
	return th.RichCompare(x[i], y[i], op)
}

func cmpInt(a, b int) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func (th *Thread) dictEqual(x, y *Dict) (bool, error) {
	if x.Len() != y.Len() {
		return false, nil
	}
	if err := th.enterRecursive(" in comparison"); err != nil {
		return false, err
	}
	defer th.leaveRecursive()
	eq := true
	var err error
	x.itemsHashed(func(k Value, h int64, v Value) bool {
		w, ok, e := y.getHashed(th, k, h)
		if e != nil {
			err = e
			return false
		}
		if !ok {
			eq = false
			return false
		}
		same, e := th.sameOrEqual(v, w)
		if e != nil {
			err = e
			return false
		}
		if !same {
			eq = false
			return false
		}
		return true
	})
	return eq, err
}

// compareSets compares two sets or frozensets as CPython's
// set_richcompare: equality and the subset and superset orders.
func (th *Thread) compareSets(x, y *Set, op int) (Value, error) {
	switch op {
	case code.CMP_EQ, code.CMP_NE:
		if x.Len() != y.Len() {
			return Bool(op == code.CMP_NE), nil
		}
		ok, err := th.setIsSubset(x, y)
		return Bool(ok == (op == code.CMP_EQ)), err
	case code.CMP_LE:
		ok, err := th.setIsSubset(x, y)
		return Bool(ok), err
	case code.CMP_GE:
		ok, err := th.setIsSubset(y, x)
		return Bool(ok), err
	case code.CMP_LT:
		ok, err := th.setIsSubset(x, y)
		return Bool(ok && x.Len() < y.Len()), err
	}
	ok, err := th.setIsSubset(y, x)
	return Bool(ok && x.Len() > y.Len()), err
}

// setIsSubset reports whether every element of a is in b, with the hashes
// a holds, as CPython's set_issubset: an element's __hash__ does not run
// again. An element's __eq__ may change a: the loop goes over the table as
// it was.
func (th *Thread) setIsSubset(a, b *Set) (bool, error) {
	if a.Len() > b.Len() {
		return false, nil
	}
	table := a.table
	for i := range table {
		e := &table[i]
		if _, isInt := e.o.(intTag); isInt {
			if j, done := b.lookupInt(e.n, hashInt(int64(e.n))); done {
				if j < 0 {
					return false, nil
				}
				continue
			}
		} else if !e.live() {
			continue
		}
		ok, err := b.containsHashed(th, e.key(), e.hash())
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

var binaryDunders = [...]string{"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__",
	"__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"}
var reflectedDunders = [...]string{"__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__",
	"__rmod__", "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__"}
var inplaceDunders = [...]string{"__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__",
	"__imod__", "__ior__", "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__"}

// addToLocal is a + b stored back into the local that holds a (`s = s +
// t`): two strs concatenate as `s += t` would, into a buffer that may
// grow in place, as CPython's in-place concatenation does for a local.
func (th *Thread) addToLocal(a, b Value) (Value, error) {
	if x, ok := a.o.(*Str); ok {
		if y, ok := b.o.(*Str); ok {
			r, err := th.concatStr(x, y, true)
			if err != nil {
				return Null, err
			}
			return Obj(r), nil
		}
	}
	return th.BinaryOp(code.NB_ADD, a, b)
}

// BinaryOp implements the BINARY_OP instruction (op is an NB_* code).
func (th *Thread) BinaryOp(op int, a, b Value) (Value, error) {
	base := op
	if op >= code.NB_INPLACE_ADD {
		base = op - code.NB_INPLACE_ADD
		// In-place: list += iterable and set |= are the builtin cases.
		if l, ok := a.o.(*List); ok && base == code.NB_ADD {
			if err := th.listExtend(l, b); err != nil {
				return Null, err
			}
			return a, nil
		}
		if ba, ok := a.o.(*Bytes); ok && ba.mutable {
			if done, err := th.bytearrayInplace(ba, base, b); done || err != nil {
				return a, err
			}
		}
		// str += str and bytes += bytes may grow a concatenation buffer
		// in place (concatStr).
		if x, ok := a.o.(*Str); ok && base == code.NB_ADD {
			if y, ok := b.o.(*Str); ok {
				r, err := th.concatStr(x, y, true)
				if err != nil {
					return Null, err
				}
				return Obj(r), nil
			}
		}
		if x, ok := a.o.(*Bytes); ok && !x.mutable && base == code.NB_ADD {
			if y, ok := b.o.(*Bytes); ok {
				r, err := th.concatBytes(x, y.b, true)
				if err != nil {
					return Null, err
				}
				return Obj(r), nil
			}
		}
		if l, ok := a.o.(*List); ok && base == code.NB_MULTIPLY {
			if n, ok := repeatCount(b); ok {
				items, err := th.repeatValues(l.items, n)
				if err != nil {
					return Null, err
				}
				l.items = items
				return a, nil
			}
		}
		if r, found, err := th.callDunderIfUser(a, inplaceDunders[base], b); err != nil || (found && !r.IsNotImplemented()) {
			return r, err
		}
	}
	// A subclass of a's type that overrides the reflected method has it
	// tried first, before a's own operation (a builtin one included).
	ta, tb := a.Type(), b.Type()
	rname := reflectedDunders[base]
	reflectFirst := ta != tb && tb.IsSubtype(ta) && tb.Lookup(rname).o != nil && !tb.Lookup(rname).Is(ta.Lookup(rname))
	// An instance of a class (not of a subclass of a builtin type) on the
	// left is never a builtin operand.
	if inst, ok := a.o.(*Instance); !reflectFirst && (!ok || inst.base != nil) {
		if r, ok, err := th.builtinBinary(base, a, b); ok || err != nil {
			return r, err
		}
	}
	if reflectFirst {
		r, found, err := th.callDunder(b, rname, a)
		if err != nil {
			return Null, err
		}
		if found && !r.IsNotImplemented() {
			return r, nil
		}
	}
	r, found, err := th.callDunder(a, binaryDunders[base], b)
	if err != nil {
		return Null, err
	}
	if found && !r.IsNotImplemented() {
		return r, nil
	}
	return th.binaryRest(op, a, b, reflectFirst)
}

// binaryRest is the rest of BinaryOp once a's method for the operator
// (and b's reflected one, when reflectFirst) has returned NotImplemented
// or is missing: b's reflected method, then the builtin fallbacks and the
// TypeError.
func (th *Thread) binaryRest(op int, a, b Value, reflectFirst bool) (Value, error) {
	base := op
	if op >= code.NB_INPLACE_ADD {
		base = op - code.NB_INPLACE_ADD
	}
	ta, tb := a.Type(), b.Type()
	if ta != tb && !reflectFirst {
		r, found, err := th.callDunder(b, reflectedDunders[base], a)
		if err != nil {
			return Null, err
		}
		if found && !r.IsNotImplemented() {
			return r, nil
		}
	}
	if base == code.NB_MULTIPLY {
		// Sequence repetition by an object with __index__.
		if _, isInst := a.o.(*Instance); isInst && a.Type().Lookup("__index__").o != nil {
			if r, ok, err := th.builtinBinary(base, b, a); ok || err != nil {
				return r, err
			}
		}
	}
	if base == code.NB_ADD && isSequence(a) {
		return Null, concatError(a, b)
	}
	if base == code.NB_MULTIPLY {
		if isSequence(a) {
			return Null, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", tb.Name)
		}
		if isSequence(b) {
			return Null, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", ta.Name)
		}
	}
	sym := code.BinaryOpSymbols[op]
	if base == code.NB_POWER && op < code.NB_INPLACE_ADD {
		return Null, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta.Name, tb.Name)
	}
	if base == code.NB_LSHIFT || base == code.NB_RSHIFT {
		if op < code.NB_INPLACE_ADD && ta == BuiltinFunctionType && a.o.(*Builtin).Name == "print" && base == code.NB_RSHIFT {
			return Null, Errorf(TypeErrorType, "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?", ta.Name, tb.Name)
		}
	}
	return Null, Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, ta.Name, tb.Name)
}

// isSequence reports whether v is a str, list, tuple, bytes or bytearray
// (or an instance of a subclass of one), the types that repeat by an int.
func isSequence(v Value) bool {
	switch unwrap(v).o.(type) {
	case *Str, *List, *Tuple, *Bytes:
		return true
	}
	return false
}

// concatError is the TypeError of a sequence a (an instance of a subclass
// of str, list, tuple, bytes or bytearray) concatenated with b, which
// neither operand's methods accepted.
func concatError(a, b Value) error {
	switch unwrap(a).o.(type) {
	case *Str:
		return Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.Type().Name)
	case *List:
		return Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", b.Type().Name)
	case *Tuple:
		return Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
	}
	return Errorf(TypeErrorType, "can't concat %s to %s", b.Type().Name, a.Type().Name)
}

// callDunderIfUser calls a dunder only when the type defines one (used for
// in-place operators, which fall back to the binary form).
func (th *Thread) callDunderIfUser(a Value, name string, b Value) (Value, bool, error) {
	if a.Type().Lookup(name).o == nil {
		return Null, false, nil
	}
	return th.callDunder(a, name, b)
}

func (th *Thread) unaryOp(op code.Opcode, v Value) (Value, error) {
	switch v.o.(type) {
	case intTag, boolTag:
		i := int64(v.n)
		switch op {
		case code.UNARY_NEGATIVE:
			if i == math.MinInt64 {
				return intFromFreshBig(new(big.Int).Neg(big.NewInt(i))), nil
			}
			return Int(-i), nil
		case code.UNARY_POSITIVE:
			return Int(i), nil
		default:
			return Int(^i), nil
		}
	case floatTag:
		switch op {
		case code.UNARY_NEGATIVE:
			return Float(-v.UncheckedFloat()), nil
		case code.UNARY_POSITIVE:
			return v, nil
		}
	case *BigInt:
		b := &v.o.(*BigInt).b
		switch op {
		case code.UNARY_NEGATIVE:
			return intFromFreshBig(new(big.Int).Neg(b)), nil
		case code.UNARY_POSITIVE:
			return v, nil
		default:
			return intFromFreshBig(new(big.Int).Not(b)), nil
		}
	}
	name, sym := "__neg__", "-"
	switch op {
	case code.UNARY_POSITIVE:
		name, sym = "__pos__", "+"
	case code.UNARY_INVERT:
		name, sym = "__invert__", "~"
	}
	r, found, err := th.callDunder(v, name)
	if err != nil || found {
		return r, err
	}
	return Null, Errorf(TypeErrorType, "bad operand type for unary %s: '%s'", sym, v.Type().Name)
}
