package vm

// int, bool and float: constructors and methods.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/internal/strtod"
)

// ternaryPow is __pow__ and __rpow__ with a modulus: pow(base, exp, mod),
// or NotImplemented when the other operand is not one the type takes.
func (th *Thread) ternaryPow(t *Type, base, exp, mod Value, accepts func(Value) bool) (Value, error) {
	if t == FloatType && !mod.IsNone() {
		// float refuses a modulus before looking at the operands.
		return Null, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	if !accepts(unwrap(base)) || !accepts(unwrap(exp)) {
		return NotImplemented, nil
	}
	if mod.IsNone() {
		return th.BinaryOp(code.NB_POWER, unwrap(base), unwrap(exp))
	}
	if !accepts(unwrap(mod)) {
		return NotImplemented, nil
	}
	return th.intModPow(unwrap(base), unwrap(exp), unwrap(mod))
}

// addOperatorDunders installs __add__, __radd__, … that apply the builtin
// operator when both operands are builtin numbers (or this type), and
// return NotImplemented otherwise.
func addOperatorDunders(t *Type, accepts func(Value) bool) {
	for op := 0; op <= code.NB_XOR; op++ {
		op := op
		if !numberHasOperator(t, op) {
			continue
		}
		protocolMethod(t, binaryDunders[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if op == code.NB_POWER && len(args) == 2 {
				return th.ternaryPow(t, self, args[0], args[1], accepts)
			}
			if len(args) != 1 {
				return Null, argCountError(binaryDunders[op], 1, 1, len(args))
			}
			a, b := unwrap(self), unwrap(args[0])
			if !accepts(b) {
				return NotImplemented, nil
			}
			r, ok, err := th.builtinBinary(op, a, b)
			if !ok && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
		protocolMethod(t, reflectedDunders[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if op == code.NB_POWER && len(args) == 2 {
				return th.ternaryPow(t, args[0], self, args[1], accepts)
			}
			if len(args) != 1 {
				return Null, argCountError(reflectedDunders[op], 1, 1, len(args))
			}
			a, b := unwrap(args[0]), unwrap(self)
			if !accepts(a) {
				return NotImplemented, nil
			}
			r, ok, err := th.builtinBinary(op, a, b)
			if !ok && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
	}
	divmod := func(th *Thread, a, b Value) (Value, error) {
		if !accepts(a) || !accepts(b) {
			return NotImplemented, nil
		}
		return th.divmodNumbers(a, b)
	}
	protocolMethod(t, "__divmod__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("__divmod__", 1, 1, len(args))
		}
		return divmod(th, unwrap(self), unwrap(args[0]))
	})
	protocolMethod(t, "__rdivmod__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("__rdivmod__", 1, 1, len(args))
		}
		return divmod(th, unwrap(args[0]), unwrap(self))
	})
	for op := 0; op < 6; op++ {
		op := op
		protocolMethod(t, cmpDunder[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, argCountError(cmpDunder[op], 1, 1, len(args))
			}
			if !accepts(unwrap(args[0])) {
				return NotImplemented, nil
			}
			r, ok, err := th.builtinCompare(unwrap(self), unwrap(args[0]), op)
			if !ok && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
	}
	for _, u := range []struct {
		name string
		op   code.Opcode
	}{{"__neg__", code.UNARY_NEGATIVE}, {"__pos__", code.UNARY_POSITIVE}, {"__invert__", code.UNARY_INVERT}} {
		u := u
		if u.op == code.UNARY_INVERT && t == FloatType {
			continue
		}
		protocolMethod(t, u.name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.unaryOp(u.op, unwrap(self))
		})
	}
	protocolMethod(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if u := unwrap(self); u.IsFloat() && math.IsNaN(u.UncheckedFloat()) {
			// A NaN hashes by identity: a subclass instance's own.
			return Int(identityHash(self)), nil
		}
		h, err := th.Hash(unwrap(self))
		return Int(h), err
	})
	protocolMethod(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		// int.__repr__(True) is '1': bool's own __repr__ gives the names.
		s, err := th.Repr(intValue(unwrap(self)))
		return String(s), err
	})
	protocolMethod(t, "__bool__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := th.Truth(unwrap(self))
		return Bool(b), err
	})
	protocolMethod(t, "__format__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("__format__", 1, 1, len(args))
		}
		spec, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", args[0].Type().Name)
		}
		if spec.s == "" {
			// As CPython: str(self), a subclass's own __str__ included.
			s, err := th.Str(self)
			return String(s), err
		}
		s, err := th.formatBuiltin(unwrap(self), spec.s, self.Type().Name)
		return String(s), err
	})
}

// numberHasOperator reports whether the builtin number type t defines the
// binary operator op: neither int nor float has @, and float has no
// bitwise operators.
func numberHasOperator(t *Type, op int) bool {
	switch op {
	case code.NB_MATRIX_MULTIPLY:
		return false
	case code.NB_AND, code.NB_OR, code.NB_XOR, code.NB_LSHIFT, code.NB_RSHIFT:
		return t != FloatType
	}
	return true
}

func isNumber(v Value) bool {
	switch v.o.(type) {
	case intTag, boolTag, floatTag, *BigInt:
		return true
	}
	return false
}

func initNumberTypes() {
	addOperatorDunders(IntType, func(v Value) bool { return isIntLike(unwrap(v)) })
	addOperatorDunders(FloatType, func(v Value) bool { return isNumber(unwrap(v)) })
	IntType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "int", Fn: intNew}))
	FloatType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "float", Fn: floatNew}))
	BoolType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "bool", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "bool() takes no keyword arguments")
		}
		if len(args) > 2 {
			return Null, Errorf(TypeErrorType, "bool expected at most 1 argument, got %d", len(args)-1)
		}
		if len(args) == 1 {
			return False, nil
		}
		b, err := th.Truth(args[1])
		return Bool(b), err
	}}))
	method(BoolType, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, _ := th.Repr(self)
		return String(s), nil
	})
	for _, op := range []int{code.NB_AND, code.NB_OR, code.NB_XOR} {
		op := op
		method(BoolType, binaryDunders[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if !isIntLike(unwrap(args[0])) {
				return NotImplemented, nil
			}
			r, ok, err := th.builtinBinary(op, self, unwrap(args[0]))
			if !ok && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
		method(BoolType, reflectedDunders[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if !isIntLike(unwrap(args[0])) {
				return NotImplemented, nil
			}
			r, ok, err := th.builtinBinary(op, unwrap(args[0]), self)
			if !ok && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
	}
	intMethods := map[string]BuiltinFunc{
		"bit_length": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			b, _ := asBig(unwrap(self))
			return Int(int64(new(big.Int).Abs(b).BitLen())), nil
		},
		"bit_count": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			b, _ := asBig(unwrap(self))
			n := 0
			for _, w := range new(big.Int).Abs(b).Bits() {
				for x := uint64(w); x != 0; x &= x - 1 {
					n++
				}
			}
			return Int(int64(n)), nil
		},
		"conjugate": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return intValue(unwrap(self)), nil
		},
		"__index__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return intValue(unwrap(self)), nil
		},
		"__int__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return intValue(unwrap(self)), nil
		},
		"__trunc__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return intValue(unwrap(self)), nil
		},
		"__floor__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return intValue(unwrap(self)), nil
		},
		"__ceil__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return intValue(unwrap(self)), nil
		},
		"__abs__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			b, _ := asBig(unwrap(self))
			return intFromFreshBig(new(big.Int).Abs(b)), nil
		},
		"__float__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			f, _, err := toFloat(unwrap(self))
			return Float(f), err
		},
		"__round__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) == 0 {
				return intValue(unwrap(self)), nil
			}
			// int.__round__(None) is a TypeError; round(i, None) does
			// not pass the None.
			return roundInt(th, unwrap(self), args[0])
		},
		"__getnewargs__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return TupleOf(intValue(unwrap(self))), nil
		},
		"to_bytes": intToBytes,
		"as_integer_ratio": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return TupleOf(intValue(unwrap(self)), Int(1)), nil
		},
	}
	for n, f := range intMethods {
		method(IntType, n, f)
	}
	IntType.Dict.SetStr("from_bytes", Obj(&ClassMethodDescriptor{Name: "from_bytes", Owner: IntType, Fn: intFromBytes}))
	IntType.addGetSet("real", func(th *Thread, v Value) (Value, error) { return intValue(unwrap(v)), nil }, nil)
	IntType.addGetSet("imag", func(th *Thread, v Value) (Value, error) { return Int(0), nil }, nil)
	IntType.addGetSet("numerator", func(th *Thread, v Value) (Value, error) { return intValue(unwrap(v)), nil }, nil)
	IntType.addGetSet("denominator", func(th *Thread, v Value) (Value, error) { return Int(1), nil }, nil)

	floatMethods := map[string]BuiltinFunc{
		"is_integer": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			f := unwrap(self).UncheckedFloat()
			return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
		},
		"__int__":   floatToInt,
		"__trunc__": floatToInt,
		"__floor__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return floatToIntValue(math.Floor(unwrap(self).UncheckedFloat()))
		},
		"__ceil__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return floatToIntValue(math.Ceil(unwrap(self).UncheckedFloat()))
		},
		"__float__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return unwrap(self), nil },
		"__abs__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Float(math.Abs(unwrap(self).UncheckedFloat())), nil
		},
		"conjugate": func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return unwrap(self), nil },
		"__round__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			nd := Null
			if len(args) > 0 {
				nd = args[0]
			}
			return roundFloat(th, unwrap(self).UncheckedFloat(), nd)
		},
		"as_integer_ratio": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			f := unwrap(self).UncheckedFloat()
			if math.IsInf(f, 0) {
				return Null, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
			}
			if math.IsNaN(f) {
				return Null, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
			}
			r := new(big.Rat)
			r.SetFloat64(f)
			return TupleOf(IntFromBig(r.Num()), IntFromBig(r.Denom())), nil
		},
		"hex": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return String(floatHex(unwrap(self).UncheckedFloat())), nil
		},
		"__getnewargs__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return TupleOf(unwrap(self)), nil
		},
	}
	for n, f := range floatMethods {
		method(FloatType, n, f)
	}
	FloatType.addGetSet("real", func(th *Thread, v Value) (Value, error) { return unwrap(v), nil }, nil)
	FloatType.addGetSet("imag", func(th *Thread, v Value) (Value, error) { return Float(0), nil }, nil)
	FloatType.Dict.SetStr("__getformat__", Obj(&ClassMethodDescriptor{Name: "__getformat__", Owner: FloatType, Fn: func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "float.__getformat__() takes exactly one argument (%d given)", len(args))
		}
		s, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "__getformat__() argument must be str, not %s", args[0].Type().Name)
		}
		if err := cStringError(s); err != nil {
			return Null, err
		}
		if s.s != "double" && s.s != "float" {
			return Null, Errorf(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return String("IEEE, little-endian"), nil
	}}))
	FloatType.Dict.SetStr("fromhex", Obj(&ClassMethodDescriptor{Name: "fromhex", Owner: FloatType, Fn: func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "bad argument type for built-in operation")
		}
		if !utf8.ValidString(s.s) {
			// A lone surrogate: CPython reads the str as UTF-8.
			if _, err := th.encodeStr("fromhex", s, args[0], String("utf-8"), Null); err != nil {
				return Null, err
			}
		}
		f, err := floatFromHex(s.s)
		if err != nil {
			return Null, err
		}
		if cls, ok := self.o.(*Type); ok && cls != FloatType {
			return th.Call(self, []Value{Float(f)}, nil)
		}
		return Float(f), nil
	}}))
}

func intValue(v Value) Value {
	if v.IsBool() {
		return Int(int64(v.n))
	}
	return v
}

func floatToInt(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	return floatToIntValue(math.Trunc(unwrap(self).UncheckedFloat()))
}

func floatToIntValue(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return Null, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return Null, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	if f >= -9.2e18 && f <= 9.2e18 {
		return Int(int64(f)), nil
	}
	b, _ := big.NewFloat(f).Int(nil)
	return IntFromBig(b), nil
}

func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign, f = "-", -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp, mant, lead := int(bits>>52)&0x7ff, bits&(1<<52-1), 1
	if exp == 0 { // subnormal: 0x0.<fraction>p-1022
		lead, exp = 0, -1022
	} else {
		exp -= 1023
	}
	return fmt.Sprintf("%s0x%d.%013xp%+d", sign, lead, mant, exp)
}

// floatFromHex is float.fromhex(s): [sign] ['0x'] digits ['.' digits]
// ['p' [sign] decimal], or inf, infinity and nan, with surrounding
// whitespace.
func floatFromHex(s string) (float64, error) {
	bad := Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	t := strings.TrimSpace(s)
	neg := false
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg, t = t[0] == '-', t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		return withSign(neg, math.Inf(1)), nil
	case "nan":
		return withSign(neg, math.NaN()), nil
	}
	if len(t) > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	mant, exp, hasExp := strings.Cut(strings.ToLower(t), "p")
	ip, fp, _ := strings.Cut(mant, ".")
	isHex := func(x string) bool {
		for _, c := range x {
			if !strings.ContainsRune("0123456789abcdef", c) {
				return false
			}
		}
		return true
	}
	if ip+fp == "" || !isHex(ip) || !isHex(fp) || strings.Count(mant, ".") > 1 {
		return 0, bad
	}
	e := int64(0)
	if hasExp {
		d := exp
		if d != "" && (d[0] == '+' || d[0] == '-') {
			d = d[1:]
		}
		if d == "" || strings.Trim(d, "0123456789") != "" {
			return 0, bad
		}
		v, err := strconv.ParseInt(exp, 10, 64)
		if err != nil || v > 1<<40 || v < -(1<<40) {
			if strings.HasPrefix(exp, "-") || strings.Trim(ip+fp, "0") == "" {
				// Tiny, or zero whatever the exponent.
				return withSign(neg, 0), nil
			}
			return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
		e = v
	}
	// Trailing fraction digits scale the exponent by 4 bits each.
	digits := strings.TrimLeft(ip+fp, "0")
	if digits == "" {
		return withSign(neg, 0), nil
	}
	e -= int64(4 * len(fp))
	if len(digits) > 40 {
		// Keep the leading digits (plenty for a correct rounding) and a
		// sticky digit for the rest.
		rest := digits[40:]
		e += int64(4 * len(rest))
		digits = digits[:40]
		if strings.Trim(rest, "0") != "" {
			digits += "1"
			e -= 4
		}
	}
	if e > 1<<20 {
		return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
	}
	if e < -(1 << 20) {
		e = -(1 << 20)
	}
	f, err := strconv.ParseFloat("0x"+digits+"p"+strconv.FormatInt(e, 10), 64)
	if err != nil && math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
	}
	return withSign(neg, f), nil
}

// withSign is f, negated when neg is set.
func withSign(neg bool, f float64) float64 {
	if neg {
		return -f
	}
	return f
}

// intNew implements int(x=0, base=10).
func intNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	cls := args[0].o.(*Type)
	var x, base Value
	if err := unpackArgs("int", args[1:], kw, 0, []string{"x", "base"}, &x, &base); err != nil {
		return Null, err
	}
	r, err := th.intFrom(x, base)
	if err != nil {
		return Null, err
	}
	if cls != IntType {
		return newSubclassInstance(cls, r), nil
	}
	return r, nil
}

func (th *Thread) intFrom(x, base Value) (Value, error) {
	if x.o == nil {
		if base.o != nil {
			return Null, Errorf(TypeErrorType, "int() missing string argument")
		}
		return Int(0), nil
	}
	if base.o != nil {
		b, ok, err := th.indexValue(base)
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", base.Type().Name)
		}
		// A base beyond Py_ssize_t is clipped, so out of range too.
		bi := -1
		if b = unwrap(b); b.IsSmallInt() || b.IsBool() {
			bi = int(int64(b.n))
		}
		if bi != 0 && (bi < 2 || bi > 36) {
			return Null, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		switch s := unwrap(x).o.(type) {
		case *Str:
			return parseIntStr(s.s, bi, th.interp.maxStrDigits)
		case *Bytes:
			return parseIntBytes(s.b, bi, th.interp.maxStrDigits)
		}
		return Null, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	if _, inst := x.o.(*Instance); inst {
		// A subclass's __int__, __index__ or __trunc__ comes first, as
		// CPython's PyNumber_Long tries them before the value itself.
		if r, found, err := th.intFromDunders(x); err != nil || found {
			return r, err
		}
	}
	u := unwrap(x)
	switch o := u.o.(type) {
	case intTag:
		return u, nil
	case boolTag:
		return Int(int64(u.n)), nil
	case *BigInt:
		return u, nil
	case floatTag:
		return floatToIntValue(math.Trunc(u.UncheckedFloat()))
	case *Str:
		return parseIntStr(o.s, 10, th.interp.maxStrDigits)
	case *Bytes:
		return parseIntBytes(o.b, 10, th.interp.maxStrDigits)
	}
	if r, found, err := th.intFromDunders(x); err != nil || found {
		return r, err
	}
	if b, ok := bytesLike(x); ok {
		return parseIntBytes(b, 10, th.interp.maxStrDigits)
	}
	return Null, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
}

// intFromDunders is int(x) through x's __int__, __index__ or __trunc__,
// in CPython's order (PyNumber_Long). found is false when x has none.
func (th *Thread) intFromDunders(x Value) (r Value, found bool, err error) {
	if r, found, err = th.callDunder(x, "__int__"); err != nil || found {
		if err != nil {
			return Null, true, err
		}
		r, err = th.exactIntResult(r, "__int__")
		return r, true, err
	}
	if r, found, err = th.indexValue(x); err != nil || found {
		return r, found, err
	}
	if x.Type().Lookup("__trunc__").o == nil {
		return Null, false, nil
	}
	if err := th.warn(DeprecationWarningType, "The delegation of int() to __trunc__ is deprecated."); err != nil {
		return Null, true, err
	}
	if r, _, err = th.callDunder(x, "__trunc__"); err != nil {
		return Null, true, err
	}
	r, err = th.truncResult(r)
	return r, true, err
}

// exactIntResult checks r, what x's special method name returned for
// int(x): an int, or an instance of a strict subclass of int, accepted
// with CPython's DeprecationWarning and converted to a plain int.
func (th *Thread) exactIntResult(r Value, name string) (Value, error) {
	switch r.o.(type) {
	case intTag, *BigInt:
		return r, nil
	}
	if !isIntLike(r) {
		return Null, Errorf(TypeErrorType, "%s returned non-int (type %s)", name, r.Type().Name)
	}
	msg := name + " returned non-int (type " + r.Type().Name + ").  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python."
	if err := th.warn(DeprecationWarningType, msg); err != nil {
		return Null, err
	}
	return intValue(unwrap(r)), nil
}

// truncResult converts r, what __trunc__ returned for int(x), to an int:
// an int subclass's value as it is, anything else through __index__.
func (th *Thread) truncResult(r Value) (Value, error) {
	if isIntLike(r) {
		return intValue(unwrap(r)), nil
	}
	i, ok, err := th.indexValue(r)
	if err == nil && !ok {
		err = Errorf(TypeErrorType, "__trunc__ returned non-Integral (type %s)", r.Type().Name)
	}
	return i, err
}

// parseIntBytes is int() of the text of a bytes-like object: its error
// shows the bytes.
func parseIntBytes(b []byte, base, limit int) (Value, error) {
	v, err := parseIntLiteral(string(b), base, limit)
	if e, ok := err.(*Exception); ok && e.typ == ValueErrorType && strings.Contains(e.Error(), "invalid literal for int()") {
		return Null, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, reprNoThread(Obj(&Bytes{b: b})))
	}
	return v, err
}

// parseIntStr is int() of a str: Unicode decimal digits and white space
// count as their ASCII forms (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII); errors show s itself.
func parseIntStr(s string, base, limit int) (Value, error) {
	t := asciiNumberText(s)
	v, err := parseIntLiteral(t, base, limit)
	return v, reshowLiteral(err, s, t)
}

// parseFloatStr is float() of a str, with Unicode digits as parseIntStr.
func parseFloatStr(s string) (Value, error) {
	t := asciiNumberText(s)
	v, err := parseFloatLiteral(t)
	return v, reshowLiteral(err, s, t)
}

// reshowLiteral makes the ValueError of parsing t, the ASCII form of s,
// show s.
func reshowLiteral(err error, s, t string) error {
	e, ok := err.(*Exception)
	if !ok || s == t || e.typ != ValueErrorType {
		return err
	}
	msg := excStrNoThread(e)
	if rt := ": " + reprNoThread(String(t)); strings.HasSuffix(msg, rt) {
		return Errorf(ValueErrorType, "%s: %s", strings.TrimSuffix(msg, rt), reprNoThread(String(s)))
	}
	return err
}

// parseIntLiteral parses int(s, base) with Python's rules. A literal in
// a base that is not a power of two may have at most limit digits
// (0: no limit).
func parseIntLiteral(s string, base, limit int) (Value, error) {
	if base == 10 || base == 0 {
		if n, ok := parseSmallDecimal(s); ok {
			return Int(n), nil
		}
	}
	orig, origBase := s, base
	s = strings.TrimSpace(s)
	bad := func() (Value, error) {
		return Null, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", origBase, reprNoThread(String(orig)))
	}
	neg := false
	if strings.HasPrefix(s, "-") {
		neg = true
		s = s[1:]
	} else if strings.HasPrefix(s, "+") {
		s = s[1:]
	}
	ls := strings.ToLower(s)
	prefixBase := 0
	if len(ls) > 1 && ls[0] == '0' {
		switch ls[1] {
		case 'x':
			prefixBase = 16
		case 'o':
			prefixBase = 8
		case 'b':
			prefixBase = 2
		}
	}
	if base == 0 {
		if prefixBase != 0 {
			// As in a literal, one underscore may follow the prefix.
			base = prefixBase
			s = strings.TrimPrefix(s[2:], "_")
		} else {
			base = 10
			if len(s) > 1 && strings.Trim(s, "0_") != "" && s[0] == '0' {
				return Null, Errorf(ValueErrorType, "invalid literal for int() with base 0: %s", reprNoThread(String(orig)))
			}
		}
	} else if prefixBase == base {
		s = s[2:]
		if strings.HasPrefix(s, "_") {
			s = s[1:]
		}
	}
	if s == "" || s[0] == '_' || s[0] == '+' || s[0] == '-' || strings.HasSuffix(s, "_") || strings.Contains(s, "__") {
		// One sign only: big.Int would take a second.
		return bad()
	}
	s = strings.ReplaceAll(s, "_", "")
	if limit > 0 && base&(base-1) != 0 && len(s) > limit {
		return Null, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, len(s))
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return bad()
	}
	if neg {
		b.Neg(b)
	}
	return IntFromBig(b), nil
}

// parseSmallDecimal parses the common case of int(s): an optional sign
// and at most 19 decimal digits that fit an int64, with no spaces or
// underscores and no leading zero (which base 0 rejects). ok is false for
// anything else.
func parseSmallDecimal(s string) (n int64, ok bool) {
	digits := s
	if len(digits) > 0 && (digits[0] == '-' || digits[0] == '+') {
		digits = digits[1:]
	}
	if len(digits) == 0 || len(digits) > 19 || (digits[0] == '0' && len(digits) > 1) {
		return 0, false
	}
	var u uint64 // 19 digits stay below 1<<64
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		u = u*10 + uint64(c-'0')
	}
	if s[0] == '-' {
		if u > 1<<63 {
			return 0, false
		}
		return int64(-u), true
	}
	if u > math.MaxInt64 {
		return 0, false
	}
	return int64(u), true
}

// floatNew implements float(x=0.0).
func floatNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	cls := args[0].o.(*Type)
	if len(kw) > 0 && !overridesSlot(cls, FloatType, "__init__") {
		return Null, Errorf(TypeErrorType, "float() takes no keyword arguments")
	}
	args = args[:len(args)-len(kw)]
	if len(args) > 2 {
		return Null, Errorf(TypeErrorType, "float expected at most 1 argument, got %d", len(args)-1)
	}
	r := Float(0)
	if len(args) == 2 {
		var err error
		r, err = th.floatFrom(args[1])
		if err != nil {
			return Null, err
		}
	}
	if cls != FloatType {
		return newSubclassInstance(cls, r), nil
	}
	return r, nil
}

// parseFloatBuffer is float() of a bytes-like object x holding data; the
// error shows x.
func (th *Thread) parseFloatBuffer(data []byte, x Value) (Value, error) {
	r, err := parseFloatLiteral(string(data))
	if e, ok := err.(*Exception); ok && e.typ == ValueErrorType {
		rep, rerr := th.Repr(x)
		if rerr != nil {
			return Null, rerr
		}
		return Null, Errorf(ValueErrorType, "could not convert string to float: %s", rep)
	}
	return r, err
}

// floatFrom is float(x) for one argument (CPython's PyNumber_Float, with
// str, bytes and buffers parsed).
func (th *Thread) floatFrom(x Value) (Value, error) {
	if _, inst := x.o.(*Instance); inst {
		// A subclass's __float__ or __index__ comes before its value.
		if f, found, err := th.floatFromDunders(x); err != nil || found {
			return f, err
		}
	}
	u := unwrap(x)
	switch o := u.o.(type) {
	case floatTag:
		return u, nil
	case intTag, boolTag, *BigInt:
		f, _, err := toFloat(u)
		return Float(f), err
	case *Str:
		return parseFloatStr(o.s)
	case *Bytes:
		return th.parseFloatBuffer(o.b, x)
	case *MemoryView:
		if err := o.check(); err != nil {
			return Null, err
		}
		return th.parseFloatBuffer(o.bytes(), x)
	case bufferExporter:
		return th.parseFloatBuffer(o.bufferView(x).bytes(), x)
	}
	if f, found, err := th.floatFromDunders(x); err != nil || found {
		return f, err
	}
	return Null, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", x.Type().Name)
}

func parseFloatLiteral(s string) (Value, error) {
	t := strings.TrimSpace(s)
	lt := strings.ToLower(t)
	neg, word := false, lt
	if word != "" && (word[0] == '+' || word[0] == '-') {
		neg, word = word[0] == '-', word[1:]
	}
	switch word {
	case "inf", "infinity":
		return Float(withSign(neg, math.Inf(1))), nil
	case "nan":
		return Float(withSign(neg, math.NaN())), nil
	}
	valid := t != "" && underscoresBetweenDigits(t) && !strings.ContainsAny(lt, "xpn")
	if valid {
		if f, ok := strtod.Parse(strings.ReplaceAll(t, "_", "")); ok {
			return Float(f), nil
		}
	}
	return Null, Errorf(ValueErrorType, "could not convert string to float: %s", reprNoThread(String(s)))
}

// underscoresBetweenDigits reports whether every underscore in a float's
// text stands between two decimal digits, as in a literal.
func underscoresBetweenDigits(t string) bool {
	isDigit := func(i int) bool { return i >= 0 && i < len(t) && t[i] >= '0' && t[i] <= '9' }
	for i := 0; i < len(t); i++ {
		if t[i] == '_' && (!isDigit(i-1) || !isDigit(i+1)) {
			return false
		}
	}
	return true
}

// roundFloat implements round(f, ndigits) with round-half-even on the
// exact decimal value, as CPython does.
func roundFloat(th *Thread, f float64, nd Value) (Value, error) {
	if nd.o == nil || nd.IsNone() {
		if math.IsInf(f, 0) {
			return Null, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
		}
		if math.IsNaN(f) {
			return Null, Errorf(ValueErrorType, "cannot convert float NaN to integer")
		}
		return floatToIntValue(math.RoundToEven(f))
	}
	// ndigits beyond int64 saturate (PyNumber_AsSsize_t with no error).
	n, ok, err := th.indexSaturated(nd)
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", nd.Type().Name)
	}
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 || n > 323 {
		return Float(f), nil
	}
	if n < -308 {
		return Float(math.Copysign(0, f)), nil
	}
	r := new(big.Rat)
	r.SetFloat64(f)
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(absI(n)), nil))
	if n >= 0 {
		r.Mul(r, scale)
	} else {
		r.Quo(r, scale)
	}
	q := roundRatHalfEven(r)
	res := new(big.Rat).SetInt(q)
	if n >= 0 {
		res.Quo(res, scale)
	} else {
		res.Mul(res, scale)
	}
	out, _ := res.Float64()
	if math.IsInf(out, 0) {
		return Null, Errorf(OverflowErrorType, "rounded value too large to represent")
	}
	// A result of zero keeps the sign of f, as CPython's double_round.
	return Float(math.Copysign(out, f)), nil
}

func roundRatHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int))
	// q = floor(num/den) for den > 0
	twice := new(big.Int).Mul(m, big.NewInt(2))
	switch twice.Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// roundInt implements round(v, ndigits) for an int v: ndigits is converted
// with __index__; a negative one rounds half to even at 10**-ndigits.
func roundInt(th *Thread, v, nd Value) (Value, error) {
	kb, err := th.bigIndex(nd)
	if err != nil {
		return Null, err
	}
	if kb.Sign() >= 0 {
		return intValue(v), nil
	}
	b, _ := asBig(v)
	if !kb.IsInt64() || -kb.Int64() > int64(b.BitLen())+1 {
		// 10**-ndigits is more than twice |v|: v rounds to zero.
		return Int(0), nil
	}
	p := new(big.Int).Exp(big.NewInt(10), new(big.Int).Neg(kb), nil)
	r := new(big.Rat).SetFrac(b, p)
	q := roundRatHalfEven(r)
	return IntFromBig(q.Mul(q, p)), nil
}

func intToBytes(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var length, order, signed Value
	if err := unpackArgs("to_bytes", args, kw, 0, []string{"length", "byteorder", "$signed"}, &length, &order, &signed); err != nil {
		return Null, err
	}
	n := int64(1)
	if length.o != nil {
		var err error
		if n, err = th.sizeArg(length); err != nil {
			return Null, err
		}
	}
	little, err := byteOrderArg("to_bytes", order)
	if err != nil {
		return Null, err
	}
	if n < 0 {
		return Null, Errorf(ValueErrorType, "length argument must be non-negative")
	}
	if n > math.MaxInt64-33 {
		// Beyond Py_ssize_t once CPython's bytes header is added.
		return Null, Errorf(OverflowErrorType, "byte string is too large")
	}
	if err := th.alloc(n); err != nil {
		return Null, err
	}
	sg := false
	if signed.o != nil {
		var err error
		if sg, err = th.Truth(signed); err != nil {
			return Null, err
		}
	}
	b, _ := asBig(unwrap(self))
	x := new(big.Int).Set(b)
	if x.Sign() < 0 && !sg {
		return Null, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	if sg && n > 0 && x.BitLen() >= int(8*n) && !(x.Sign() < 0 && isNegPowerOfTwo(x, uint(8*n-1))) {
		// Beyond [-2**(8n-1), 2**(8n-1)).
		return Null, Errorf(OverflowErrorType, "int too big to convert")
	}
	if sg && n == 0 && x.Sign() != 0 && !(x.IsInt64() && x.Int64() == -1) {
		// Zero bytes hold 0, and -1 as CPython's sign extension has it.
		return Null, Errorf(OverflowErrorType, "int too big to convert")
	}
	if x.Sign() < 0 {
		x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	bs := x.Bytes()
	if int64(len(bs)) > n {
		return Null, Errorf(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, n)
	copy(out[n-int64(len(bs)):], bs)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return Obj(&Bytes{b: out}), nil
}

// isNegPowerOfTwo reports whether x is -2**k.
func isNegPowerOfTwo(x *big.Int, k uint) bool {
	return x.Sign() < 0 && new(big.Int).Neg(x).Cmp(new(big.Int).Lsh(big.NewInt(1), k)) == 0
}

func intFromBytes(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var data, order, signed Value
	if err := unpackArgs("from_bytes", args, kw, 1, []string{"bytes", "byteorder", "$signed"}, &data, &order, &signed); err != nil {
		return Null, err
	}
	little, err := byteOrderArg("from_bytes", order)
	if err != nil {
		return Null, err
	}
	// As CPython's PyObject_Bytes: __bytes__, a buffer or an iterable
	// other than a str; never a count.
	_, isStr := unwrap(data).o.(*Str)
	_, isBuf := bytesLike(data)
	if isStr || !isBuf && data.Type().Lookup("__bytes__").o == nil && !th.isIterable(data) {
		return Null, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", data.Type().Name)
	}
	var bs []byte
	if isBuf || data.Type().Lookup("__bytes__").o != nil {
		bv, err := th.Call(Obj(BytesType), []Value{data}, nil)
		if err != nil {
			return Null, err
		}
		b, ok := bv.o.(*Bytes)
		if !ok {
			return Null, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", data.Type().Name)
		}
		bs = append([]byte(nil), b.b...)
	} else if bs, err = th.bytesOfIterable(BytesType, data); err != nil {
		// An iterable is never taken for a count, as bytes() would.
		return Null, err
	}
	if little {
		for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
			bs[i], bs[j] = bs[j], bs[i]
		}
	}
	isSigned := false
	if signed.o != nil {
		if isSigned, err = th.Truth(signed); err != nil {
			return Null, err
		}
	}
	x := new(big.Int).SetBytes(bs)
	if isSigned && len(bs) > 0 && bs[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(bs))))
	}
	r := IntFromBig(x)
	if cls, ok := self.o.(*Type); ok && cls != IntType {
		// A subclass (bool included) builds its own instance from the int.
		return th.Call(self, []Value{r}, nil)
	}
	return r, nil
}

// byteOrderArg checks the byteorder argument of int.to_bytes and
// int.from_bytes (Null: the default, "big").
func byteOrderArg(fname string, order Value) (little bool, err error) {
	if order.o == nil {
		return false, nil
	}
	s, ok := unwrap(order).o.(*Str)
	if !ok {
		return false, Errorf(TypeErrorType, "%s() argument 'byteorder' must be str, not %s", fname, typeNameForArg(order))
	}
	switch s.s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

// typeNameForArg names v's type in "must be str, not X" messages, which
// say None rather than NoneType.
func typeNameForArg(v Value) string {
	if v.IsNone() {
		return "None"
	}
	return v.Type().Name
}
