package vm

// Arithmetic on int, float, and the sequence operators of builtin types.

import (
	"math"
	"math/big"
	"math/bits"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/internal/libm"
)

// smallIntOp computes a op b for unboxed ints; ok is false when the result
// needs the general path (overflow, division by zero, float result).
func smallIntOp(op int, a, b int64) (Value, bool) {
	switch op {
	case code.NB_ADD, code.NB_INPLACE_ADD:
		r := a + b
		if (r > a) == (b > 0) {
			return Int(r), true
		}
	case code.NB_SUBTRACT, code.NB_INPLACE_ADD + code.NB_SUBTRACT:
		r := a - b
		if (r < a) == (b > 0) {
			return Int(r), true
		}
	case code.NB_MULTIPLY, code.NB_INPLACE_ADD + code.NB_MULTIPLY:
		hi, lo := bits.Mul64(uint64(absI(a)), uint64(absI(b)))
		if hi == 0 && lo < 1<<63 && a != math.MinInt64 && b != math.MinInt64 {
			r := int64(lo)
			if (a < 0) != (b < 0) {
				r = -r
			}
			return Int(r), true
		}
	case code.NB_FLOOR_DIVIDE, code.NB_INPLACE_ADD + code.NB_FLOOR_DIVIDE:
		if b != 0 && !(a == math.MinInt64 && b == -1) {
			q := a / b
			if (a%b != 0) && ((a < 0) != (b < 0)) {
				q--
			}
			return Int(q), true
		}
	case code.NB_REMAINDER, code.NB_INPLACE_ADD + code.NB_REMAINDER:
		if b != 0 && !(a == math.MinInt64 && b == -1) {
			m := a % b
			if m != 0 && ((m < 0) != (b < 0)) {
				m += b
			}
			return Int(m), true
		}
	case code.NB_AND, code.NB_INPLACE_ADD + code.NB_AND:
		return Int(a & b), true
	case code.NB_OR, code.NB_INPLACE_ADD + code.NB_OR:
		return Int(a | b), true
	case code.NB_XOR, code.NB_INPLACE_ADD + code.NB_XOR:
		return Int(a ^ b), true
	case code.NB_RSHIFT, code.NB_INPLACE_ADD + code.NB_RSHIFT:
		if b >= 0 {
			if b > 63 {
				b = 63
			}
			return Int(a >> uint(b)), true
		}
	case code.NB_LSHIFT, code.NB_INPLACE_ADD + code.NB_LSHIFT:
		if b >= 0 && b < 63 {
			r := a << uint(b)
			if r>>uint(b) == a {
				return Int(r), true
			}
		}
	case code.NB_TRUE_DIVIDE, code.NB_INPLACE_ADD + code.NB_TRUE_DIVIDE:
		if b != 0 && absI(a) < 1<<53 && absI(b) < 1<<53 {
			return Float(float64(a) / float64(b)), true
		}
	}
	return Null, false
}

func absI(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

// toFloat converts an int or float to float64 (ok false otherwise).
func toFloat(v Value) (float64, bool, error) {
	switch o := v.o.(type) {
	case floatTag:
		return v.UncheckedFloat(), true, nil
	case intTag, boolTag:
		return float64(int64(v.n)), true, nil
	case *BigInt:
		f, _ := new(big.Float).SetInt(&o.b).Float64()
		if math.IsInf(f, 0) {
			return 0, true, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return f, true, nil
	}
	return 0, false, nil
}

// builtinBinary performs binary operators between builtin types.
func (th *Thread) builtinBinary(op int, a, b Value) (Value, bool, error) {
	aInt, bInt := isIntLike(a), isIntLike(b)
	_, aIsInst := a.o.(*Instance)
	_, bIsInst := b.o.(*Instance)
	if aInt && bInt && !aIsInst && !bIsInst {
		if a.IsSmallInt() || a.IsBool() {
			if b.IsSmallInt() || b.IsBool() {
				if r, ok := smallIntOp(op, int64(a.n), int64(b.n)); ok {
					if (a.IsBool() && b.IsBool()) && (op == code.NB_AND || op == code.NB_OR || op == code.NB_XOR) {
						return Bool(r.n != 0), true, nil
					}
					return r, true, nil
				}
			}
		}
		r, err := th.bigIntOp(op, a, b)
		return r, true, err
	}
	if (a.IsFloat() || aInt) && (b.IsFloat() || bInt) && !aIsInst && !bIsInst {
		x, _, err := toFloat(a)
		if err != nil {
			return Null, true, err
		}
		y, _, err := toFloat(b)
		if err != nil {
			return Null, true, err
		}
		r, ok, err := floatOp(op, x, y)
		return r, ok, err
	}
	if r, ok, err := th.complexBinary(op, a, b); ok {
		return r, ok, err
	}
	if op == code.NB_MULTIPLY {
		if _, ok := b.o.(*BigInt); ok {
			switch a.o.(type) {
			case *Str, *List, *Tuple, *Bytes:
				// As CPython: a count beyond an index-sized int.
				return Null, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
			}
		}
	}
	switch x := a.o.(type) {
	case *Str:
		switch op {
		case code.NB_ADD:
			if y, ok := b.o.(*Str); ok {
				r, err := th.concatStr(x, y, false)
				if err != nil {
					return Null, true, err
				}
				return Obj(r), true, nil
			}
			if !bIsInst {
				return Null, true, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.Type().Name)
			}
		case code.NB_MULTIPLY:
			if n, ok, err := th.repeatCount(b); err != nil || ok {
				if err != nil {
					return Null, true, err
				}
				if n == 1 {
					return a, true, nil // immutable: its own repetition
				}
				if err := repeatOverflow(x.Len(), n, true, "repeated string is too long"); err != nil {
					return Null, true, err
				}
				r, err := th.repeatString(x.s, n)
				return String(r), true, err
			}
		case code.NB_REMAINDER:
			r, err := th.percentFormat(x.s, b)
			return r, true, err
		}
	case *List:
		switch op {
		case code.NB_ADD:
			if y, ok := b.o.(*List); ok {
				if err := th.allocN(int64(len(x.items))+int64(len(y.items)), valueBytes); err != nil {
					return Null, true, err
				}
				l := newListN(len(x.items) + len(y.items))
				copy(l.items[copy(l.items, x.items):], y.items)
				return Obj(l), true, nil
			}
			if !bIsInst {
				return Null, true, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", b.Type().Name)
			}
		case code.NB_MULTIPLY:
			if n, ok, err := th.repeatCount(b); err != nil || ok {
				if err != nil {
					return Null, true, err
				}
				items, err := th.repeatValues(x.items, n)
				return Obj(NewList(items)), true, err
			}
		}
	case *Tuple:
		switch op {
		case code.NB_ADD:
			if y, ok := b.o.(*Tuple); ok {
				if err := th.allocN(int64(len(x.items))+int64(len(y.items)), valueBytes); err != nil {
					return Null, true, err
				}
				if len(x.items)+len(y.items) == 0 {
					return Obj(emptyTuple), true, nil
				}
				t := newTupleN(len(x.items) + len(y.items))
				copy(t.items[copy(t.items, x.items):], y.items)
				return Obj(t), true, nil
			}
			if !bIsInst {
				return Null, true, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
			}
		case code.NB_MULTIPLY:
			if n, ok, err := th.repeatCount(b); err != nil || ok {
				if err != nil {
					return Null, true, err
				}
				if n == 1 {
					return a, true, nil
				}
				items, err := th.repeatValues(x.items, n)
				return Obj(NewTuple(items)), true, err
			}
		}
	case *Bytes:
		switch op {
		case code.NB_ADD:
			if y, ok := bytesLike(b); ok {
				r, err := th.concatBytes(x, y, false)
				if err != nil {
					return Null, true, err
				}
				return Obj(r), true, nil
			}
			if !bIsInst {
				return Null, true, Errorf(TypeErrorType, "can't concat %s to %s", b.Type().Name, a.Type().Name)
			}
		case code.NB_REMAINDER:
			r, err := th.bytesPercent(x.b, b, x.mutable)
			return r, true, err
		case code.NB_MULTIPLY:
			if n, ok, err := th.repeatCount(b); err != nil || ok {
				if err != nil {
					return Null, true, err
				}
				if n == 1 && !x.mutable {
					return a, true, nil
				}
				if err := repeatOverflow(len(x.b), n, !x.mutable, "repeated bytes are too long"); err != nil {
					return Null, true, err
				}
				r, err := th.repeatString(string(x.b), n)
				return Obj(&Bytes{b: []byte(r), mutable: x.mutable}), true, err
			}
		}
	case *Set:
		if y, ok := b.o.(*Set); ok {
			r, ok, err := th.setBinary(op, x, y)
			return r, ok, err
		}
	case *Dict:
		if y, ok := b.o.(*Dict); ok && op == code.NB_OR {
			d := x.Copy()
			err := th.dictUpdate(d, Obj(y))
			return Obj(d), true, err
		}
	}
	// int * sequence
	if aInt && !aIsInst && op == code.NB_MULTIPLY {
		switch b.o.(type) {
		case *Str, *List, *Tuple, *Bytes:
			return th.builtinBinary(op, b, a)
		}
	}
	return Null, false, nil
}

func repeatCount(v Value) (int, bool) {
	if v.IsSmallInt() || v.IsBool() {
		n := int64(v.n)
		if n < 0 {
			n = 0
		}
		return int(n), true
	}
	return 0, false
}

// repeatCount converts the count of sequence repetition (seq * n) as
// CPython's PyNumber_AsSsize_t with OverflowError; ok is false when v is
// not an int and has no __index__. Negative counts are 0.
func (th *Thread) repeatCount(v Value) (int, bool, error) {
	if n, ok := repeatCount(v); ok {
		return n, true, nil
	}
	if !isIntLike(v) && v.Type().Lookup("__index__").o == nil {
		return 0, false, nil
	}
	i, ok, err := th.indexOr(v, OverflowErrorType)
	if err != nil || !ok {
		return 0, ok, err
	}
	if i < 0 {
		i = 0
	}
	return int(i), true, nil
}

// operatorCall reports whether the builtin special method running on self
// was called by the operator protocol (callDunder), which tries the other
// operand when it returns NotImplemented, rather than directly.
func (th *Thread) operatorCall(self Value) bool {
	return th.builtinDunder.name != "" && th.builtinDunder.self.Is(self)
}

// repeatOperand is repeatCount for the sequences' __mul__, __rmul__ and
// __imul__: a count that is not an integer is NotImplemented for the
// operator protocol, and a TypeError when the method is called directly,
// as CPython's sequence repeat slots behave.
func (th *Thread) repeatOperand(self, v Value) (int, bool, error) {
	n, ok, err := th.repeatCount(v)
	if err != nil || ok || th.operatorCall(self) {
		return n, ok, err
	}
	return 0, false, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// maxAllocBytes bounds one allocation a script sizes itself: beyond the
// machine's memory (or the process's resource limits) CPython's allocator
// fails, and Go's would end the process.
var maxAllocBytes = int(physicalMemory())

// MemoryCeiling is the most memory, in bytes, a script's allocations may
// reach: the machine's memory, or less under the process's resource
// limits. Larger requests raise MemoryError.
func MemoryCeiling() int64 { return int64(maxAllocBytes) }

// maxLongDigits is the most 30-bit digits a CPython int can have.
const maxLongDigits = (math.MaxInt64 - 24) / 4

// valueBytes is the size of one Value in a list or tuple.
const valueBytes = 24

// repeatOverflow is str's and bytes's OverflowError for a repetition
// whose length exceeds Py_ssize_t (when check is set; bytearray runs out
// of memory instead).
func repeatOverflow(size, n int, check bool, msg string) error {
	if check && n > 0 && size > math.MaxInt64/n {
		return Errorf(OverflowErrorType, "%s", msg)
	}
	return nil
}

func (th *Thread) repeatString(s string, n int) (string, error) {
	if n <= 0 || len(s) == 0 {
		return "", nil
	}
	if err := th.allocN(int64(n), int64(len(s))); err != nil {
		return "", err
	}
	return strings.Repeat(s, n), nil
}

func (th *Thread) repeatValues(items []Value, n int) ([]Value, error) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if err := th.allocN(int64(n), int64(len(items))*valueBytes); err != nil {
		return nil, err
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		if err := th.tick(); err != nil {
			return nil, err
		}
		out = append(out, items...)
	}
	return out, nil
}

// floatOperands computes a op b (op a BINARY_OP argument) when one
// operand is a float and the other a float or small int and the result
// needs no error; ok is false otherwise.
func floatOperands(op int, a, b Value) (r Value, ok bool) {
	var x, y float64
	switch {
	case a.IsFloat() && b.IsFloat():
		x, y = a.UncheckedFloat(), b.UncheckedFloat()
	case a.IsFloat() && b.IsSmallInt():
		x, y = a.UncheckedFloat(), float64(int64(b.n))
	case a.IsSmallInt() && b.IsFloat():
		x, y = float64(int64(a.n)), b.UncheckedFloat()
	default:
		return Null, false
	}
	if op >= code.NB_INPLACE_ADD {
		op -= code.NB_INPLACE_ADD
	}
	r, ok, err := floatOp(op, x, y)
	return r, ok && err == nil
}

func floatOp(op int, x, y float64) (Value, bool, error) {
	switch op {
	case code.NB_ADD:
		return Float(x + y), true, nil
	case code.NB_SUBTRACT:
		return Float(x - y), true, nil
	case code.NB_MULTIPLY:
		return Float(x * y), true, nil
	case code.NB_TRUE_DIVIDE:
		if y == 0 {
			return Null, true, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), true, nil
	case code.NB_FLOOR_DIVIDE:
		if y == 0 {
			return Null, true, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := floatDivmod(x, y)
		return Float(q), true, nil
	case code.NB_REMAINDER:
		if y == 0 {
			return Null, true, Errorf(ZeroDivisionErrorType, "float modulo")
		}
		_, m := floatDivmod(x, y)
		return Float(m), true, nil
	case code.NB_POWER:
		r, err := floatPow(x, y)
		return r, true, err
	}
	return Null, false, nil
}

// floatDivmod is CPython's float_divmod.
func floatDivmod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// floatPow is CPython's float_pow: the special cases of C99's pow are
// settled here, a negative base with a non-integer exponent gives the
// complex power, and the C library's pow computes the rest, integer
// exponents included.
func floatPow(x, y float64) (Value, error) {
	switch {
	case y == 0:
		return Float(1), nil
	case math.IsNaN(x):
		return Float(x), nil
	case math.IsNaN(y):
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		if ax == 1 {
			return Float(1), nil
		}
		if (y > 0) == (ax > 1) {
			return Float(math.Inf(1)), nil
		}
		return Float(0), nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return Float(x), nil
			}
			return Float(math.Abs(x)), nil
		}
		if odd {
			return Float(math.Copysign(0, x)), nil
		}
		return Float(0), nil
	case x == 0:
		if y < 0 {
			return Null, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return Float(x), nil
		}
		return Float(0), nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			// A negative number to a fractional power is complex.
			return complexPower(cplx{x, 0}, cplx{y, 0})
		}
		x = -x
		negate = isOddInteger(y)
	}
	r := 1.0
	if x != 1 {
		r = libm.Pow(x, y)
		if math.IsInf(r, 0) {
			return Null, Errorf(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
	}
	if negate {
		r = -r
	}
	return Float(r), nil
}

// isOddInteger reports whether y is an odd integer (CPython's
// DOUBLE_IS_ODD_INTEGER).
func isOddInteger(y float64) bool {
	return math.Mod(math.Abs(y), 2) == 1
}

func (th *Thread) bigIntOp(op int, a, b Value) (Value, error) {
	switch op {
	case code.NB_ADD, code.NB_SUBTRACT, code.NB_MULTIPLY:
		v, _, err := th.bigAddMul(op, a, b, nil)
		return v, err
	}
	x := th.bigArg(0, a)
	y := th.bigArg(1, b)
	r := new(big.Int)
	switch op {
	case code.NB_FLOOR_DIVIDE, code.NB_REMAINDER:
		if y.Sign() == 0 {
			if op == code.NB_REMAINDER {
				return Null, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return Null, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, m := th.bigFloorDiv(a, b, op == code.NB_FLOOR_DIVIDE, op == code.NB_REMAINDER)
		if op == code.NB_FLOOR_DIVIDE {
			return q, nil
		}
		return m, nil
	case code.NB_TRUE_DIVIDE:
		if y.Sign() == 0 {
			return Null, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		return intTrueDivide(x, y)
	case code.NB_POWER:
		if y.Sign() < 0 {
			fx, _ := new(big.Float).SetInt(x).Float64()
			fy, _ := new(big.Float).SetInt(y).Float64()
			return floatPow(fx, fy)
		}
		p, err := th.bigPow(x, y)
		if err != nil {
			return Null, err
		}
		r = p
	case code.NB_AND:
		r.And(x, y)
	case code.NB_OR:
		r.Or(x, y)
	case code.NB_XOR:
		r.Xor(x, y)
	case code.NB_LSHIFT:
		if y.Sign() < 0 {
			return Null, Errorf(ValueErrorType, "negative shift count")
		}
		// As CPython: a result with more 30-bit digits than an int can
		// hold is an OverflowError, one that cannot be allocated a
		// MemoryError.
		if x.Sign() == 0 {
			return Int(0), nil
		}
		if new(big.Int).Quo(y, big.NewInt(30)).Cmp(big.NewInt(maxLongDigits)) > 0 {
			return Null, Errorf(OverflowErrorType, "too many digits in integer")
		}
		if !y.IsInt64() || y.Int64() > int64(maxAllocBytes)*8 {
			return Null, NewException(MemoryErrorType)
		}
		if err := th.alloc((int64(x.BitLen()) + y.Int64()) / 8); err != nil {
			return Null, err
		}
		r.Lsh(x, uint(y.Int64()))
	case code.NB_RSHIFT:
		if y.Sign() < 0 {
			return Null, Errorf(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<31 {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		r.Rsh(x, uint(y.Int64()))
	case code.NB_MATRIX_MULTIPLY:
		return Null, Errorf(TypeErrorType, "unsupported operand type(s) for @: 'int' and 'int'")
	}
	return intFromFreshBig(r), nil
}

// intTrueDivide divides two ints with correct rounding.
func intTrueDivide(x, y *big.Int) (Value, error) {
	if x.IsInt64() && y.IsInt64() && absI(x.Int64()) < 1<<53 && absI(y.Int64()) < 1<<53 {
		return Float(float64(x.Int64()) / float64(y.Int64())), nil
	}
	if x.Sign() == 0 {
		// The rational is 0 whatever the divisor; the float keeps its sign.
		return Float(math.Copysign(0, float64(y.Sign()))), nil
	}
	r := new(big.Rat).SetFrac(x, y)
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return Null, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// setBinary implements |, &, - and ^ on sets the way CPython builds each
// result, so iteration order matches. It walks the operands' tables as
// they were when it began (an element's __eq__ may change a set), without
// copying them.
func (th *Thread) setBinary(op int, x, y *Set) (Value, bool, error) {
	var out *Set
	switch op {
	case code.NB_OR:
		out = x.copySet(x.frozen)
		if err := out.merge(th, y); err != nil {
			return Null, false, err
		}
	case code.NB_AND:
		out = NewSet()
		out.frozen = x.frozen
		so, other := x, y
		if other.Len() > so.Len() {
			so, other = other, so
		}
		for _, e := range other.table {
			if !e.live() {
				continue
			}
			ok, err := so.containsHashed(th, e.key(), e.hash())
			if err != nil {
				return Null, true, err
			}
			if ok {
				if err := out.addHashed(th, e.key(), e.hash()); err != nil {
					return Null, true, err
				}
			}
		}
	case code.NB_SUBTRACT:
		if x.Len()>>2 > y.Len() {
			out = x.copySet(x.frozen)
			for _, e := range y.table {
				if !e.live() {
					continue
				}
				if _, err := out.discardHashed(th, e.key(), e.hash()); err != nil {
					return Null, true, err
				}
			}
			out.dropDummies()
			break
		}
		out = NewSet()
		out.frozen = x.frozen
		for _, e := range x.table {
			if !e.live() {
				continue
			}
			ok, err := y.containsHashed(th, e.key(), e.hash())
			if err != nil {
				return Null, true, err
			}
			if !ok {
				if err := out.addHashed(th, e.key(), e.hash()); err != nil {
					return Null, true, err
				}
			}
		}
	case code.NB_XOR:
		out = y.copySet(x.frozen)
		for _, e := range x.table {
			if !e.live() {
				continue
			}
			found, err := out.discardHashed(th, e.key(), e.hash())
			if err != nil {
				return Null, true, err
			}
			if !found {
				if err := out.addHashed(th, e.key(), e.hash()); err != nil {
					return Null, true, err
				}
			}
		}
	default:
		return Null, false, nil
	}
	return Obj(out), true, nil
}
