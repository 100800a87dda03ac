package vm

// The math and time modules.

import (
	"math"
	"math/big"

	"github.com/pyjit/pyjit/vm/internal/libm"
)

// floatArg converts argument v of function fname to a float as CPython's
// PyFloat_AsDouble: a float's value (a float subclass's too, without
// calling its __float__), else what __float__ or __index__ gives.
func (th *Thread) floatArg(fname string, v Value) (float64, error) {
	if _, inst := v.o.(*Instance); !inst || unwrap(v).IsFloat() {
		if f, ok, err := toFloat(unwrap(v)); ok {
			return f, err
		}
	}
	f, found, err := th.floatFromDunders(v)
	if err != nil {
		return 0, err
	}
	if !found {
		return 0, Errorf(TypeErrorType, "must be real number, not %s", v.Type().Name)
	}
	return unwrap(f).UncheckedFloat(), nil
}

// math1 is CPython's math_1: a function of one float whose NaN result from
// a non-NaN argument is a ValueError, and whose infinite result from a
// finite argument an OverflowError when canOverflow is set (a ValueError,
// for a singularity, otherwise).
func math1(name string, f func(float64) float64, canOverflow bool) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		x, err := th.floatArg(name, args[0])
		if err != nil {
			return Null, err
		}
		return math1Result(x, f(x), canOverflow)
	}
}

// math1Result applies math_1's error rules to r = f(x).
func math1Result(x, r float64, canOverflow bool) (Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return Null, Errorf(ValueErrorType, "math domain error")
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return Null, Errorf(OverflowErrorType, "math range error")
		}
		return Null, Errorf(ValueErrorType, "math domain error")
	}
	return Float(r), nil
}

// math1a is CPython's math_1a, for a function that reports its own errors.
func math1a(name string, f func(float64) (float64, mathErr)) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		x, err := th.floatArg(name, args[0])
		if err != nil {
			return Null, err
		}
		r, e := f(x)
		if err := e.toPython(r); err != nil {
			return Null, err
		}
		return Float(r), nil
	}
}

// mathResult applies CPython's error conventions: NaN from non-NaN input is
// a domain error, infinity from finite input a range error.
func mathResult(x, r float64) (Value, error) {
	return math1Result(x, r, true)
}

func makeMathModule(th *Thread) (*Module, error) {
	intRound := func(name string, f func(float64) float64, dunder string) BuiltinFunc {
		return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
			}
			v := args[0]
			if isIntLike(v) {
				return intValue(unwrap(v)), nil
			}
			if !v.IsFloat() {
				if r, found, err := th.callDunder(v, dunder); err != nil || found {
					return r, err
				}
			}
			if dunder == "__trunc__" && !v.IsFloat() {
				// math.trunc has no float fallback.
				return Null, Errorf(TypeErrorType, "type %s doesn't define __trunc__ method", v.Type().Name)
			}
			x, err := th.floatArg(name, v)
			if err != nil {
				return Null, err
			}
			return floatToIntValue(f(x))
		}
	}
	fns := map[string]BuiltinFunc{
		"sqrt":   math1("sqrt", math.Sqrt, false),
		"exp":    math1("exp", libm.Exp, true),
		"exp2":   math1("exp2", libm.Exp2, true),
		"expm1":  math1("expm1", libm.Expm1, true),
		"log2":   logFunc("log2", mathLog2),
		"log10":  logFunc("log10", mathLog10),
		"log1p":  math1("log1p", libm.Log1p, false),
		"sin":    math1("sin", libm.Sin, false),
		"cos":    math1("cos", libm.Cos, false),
		"tan":    math1("tan", libm.Tan, false),
		"asin":   math1("asin", libm.Asin, false),
		"acos":   math1("acos", libm.Acos, false),
		"atan":   math1("atan", libm.Atan, false),
		"sinh":   math1("sinh", libm.Sinh, true),
		"cosh":   math1("cosh", libm.Cosh, true),
		"tanh":   math1("tanh", libm.Tanh, false),
		"asinh":  math1("asinh", libm.Asinh, false),
		"acosh":  math1("acosh", libm.Acosh, false),
		"atanh":  math1("atanh", libm.Atanh, false),
		"cbrt":   math1("cbrt", libm.Cbrt, false),
		"fabs":   math1("fabs", math.Abs, false),
		"erf":    math1a("erf", func(x float64) (float64, mathErr) { return libm.Erf(x), errNone }),
		"erfc":   math1a("erfc", func(x float64) (float64, mathErr) { return libm.Erfc(x), errNone }),
		"gamma":  math1a("gamma", mathGamma),
		"lgamma": math1a("lgamma", mathLgamma),
		"degrees": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "math.degrees() takes exactly one argument (%d given)", len(args))
			}
			x, err := th.floatArg("degrees", args[0])
			return Float(x * (180.0 / math.Pi)), err
		},
		"radians": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "math.radians() takes exactly one argument (%d given)", len(args))
			}
			x, err := th.floatArg("radians", args[0])
			return Float(x * (math.Pi / 180.0)), err
		},
		"floor": intRound("floor", math.Floor, "__floor__"),
		"ceil":  intRound("ceil", math.Ceil, "__ceil__"),
		"trunc": intRound("trunc", math.Trunc, "__trunc__"),
		"isnan": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			x, err := th.floatArg("isnan", args[0])
			return Bool(math.IsNaN(x)), err
		},
		"isinf": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			x, err := th.floatArg("isinf", args[0])
			return Bool(math.IsInf(x, 0)), err
		},
		"isfinite": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			x, err := th.floatArg("isfinite", args[0])
			return Bool(!math.IsInf(x, 0) && !math.IsNaN(x)), err
		},
		"log": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return Null, Errorf(TypeErrorType, "math.log requires 1 to 2 arguments")
			}
			a, err := th.logHelper("log", mathLog, args[0])
			if err != nil || len(args) == 1 {
				return Float(a), err
			}
			b, err := th.logHelper("log", mathLog, args[1])
			if err != nil {
				return Null, err
			}
			if b == 0 {
				return Null, Errorf(ZeroDivisionErrorType, "float division by zero")
			}
			return Float(a / b), nil
		},
		"pow": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "pow expected 2 arguments, got %d", len(args))
			}
			x, err := th.floatArg("pow", args[0])
			if err != nil {
				return Null, err
			}
			y, err := th.floatArg("pow", args[1])
			if err != nil {
				return Null, err
			}
			return mathPow(x, y)
		},
		"atan2":    math2("atan2", mathAtan2),
		"copysign": math2("copysign", math.Copysign),
		"fmod": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "fmod expected 2 arguments, got %d", len(args))
			}
			x, err := th.floatArg("fmod", args[0])
			if err != nil {
				return Null, err
			}
			y, err := th.floatArg("fmod", args[1])
			if err != nil {
				return Null, err
			}
			// fmod is exact: Go's math.Mod gives the C library's result.
			r := math.Mod(x, y)
			if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
				return Null, Errorf(ValueErrorType, "math domain error")
			}
			return Float(r), nil
		},
		"remainder": math2("remainder", math.Remainder),
		"hypot": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var buf [16]float64
			coords := buf[:0]
			if len(args) > len(buf) {
				coords = make([]float64, 0, len(args))
			}
			maxv, foundNaN := 0.0, false
			for _, a := range args {
				x, err := th.floatArg("hypot", a)
				if err != nil {
					return Null, err
				}
				x = math.Abs(x)
				coords = append(coords, x)
				foundNaN = foundNaN || math.IsNaN(x)
				if x > maxv {
					maxv = x
				}
			}
			return Float(vectorNorm(coords, maxv, foundNaN)), nil
		},
		"dist": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "dist expected 2 arguments, got %d", len(args))
			}
			p, err := th.iterateToSlice(args[0])
			if err != nil {
				return Null, err
			}
			q, err := th.iterateToSlice(args[1])
			if err != nil {
				return Null, err
			}
			if len(p) != len(q) {
				return Null, Errorf(ValueErrorType, "both points must have the same number of dimensions")
			}
			diffs := make([]float64, len(p))
			maxv, foundNaN := 0.0, false
			for i := range p {
				a, err := th.floatArg("dist", p[i])
				if err != nil {
					return Null, err
				}
				b, err := th.floatArg("dist", q[i])
				if err != nil {
					return Null, err
				}
				x := math.Abs(a - b)
				diffs[i] = x
				foundNaN = foundNaN || math.IsNaN(x)
				if x > maxv {
					maxv = x
				}
			}
			return Float(vectorNorm(diffs, maxv, foundNaN)), nil
		},
		"ldexp": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			x, err := th.floatArg("ldexp", args[0])
			if err != nil {
				return Null, err
			}
			if !isIntLike(args[1]) {
				return Null, Errorf(TypeErrorType, "Expected an int as second argument to ldexp.")
			}
			return ldexp(x, unwrap(args[1]))
		},
		"frexp": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			x, err := th.floatArg("frexp", args[0])
			if err != nil {
				return Null, err
			}
			m, e := math.Frexp(x)
			return TupleOf(Float(m), Int(int64(e))), nil
		},
		"modf": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			x, err := th.floatArg("modf", args[0])
			if err != nil {
				return Null, err
			}
			if math.IsInf(x, 0) {
				return TupleOf(Float(math.Copysign(0, x)), Float(x)), nil
			}
			i, f := math.Modf(x)
			return TupleOf(Float(f), Float(i)), nil
		},
		"isclose": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var a, b, rt, at Value
			if err := unpackArgs("isclose", args, kw, 2, []string{"a", "b", "$rel_tol", "$abs_tol"}, &a, &b, &rt, &at); err != nil {
				return Null, err
			}
			x, err := th.floatArg("isclose", a)
			if err != nil {
				return Null, err
			}
			y, err := th.floatArg("isclose", b)
			if err != nil {
				return Null, err
			}
			rel, abs := 1e-9, 0.0
			if rt.o != nil {
				rel, _ = th.floatArg("isclose", rt)
			}
			if at.o != nil {
				abs, _ = th.floatArg("isclose", at)
			}
			if rel < 0 || abs < 0 {
				return Null, Errorf(ValueErrorType, "tolerances must be non-negative")
			}
			if x == y {
				return True, nil
			}
			if math.IsInf(x, 0) || math.IsInf(y, 0) {
				return False, nil
			}
			diff := math.Abs(y - x)
			return Bool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
		},
		"gcd": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			r := new(big.Int)
			for _, a := range args {
				b, err := th.bigIndex(a)
				if err != nil {
					return Null, err
				}
				r.GCD(nil, nil, r, new(big.Int).Abs(b))
			}
			return IntFromBig(r), nil
		},
		"lcm": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			r := big.NewInt(1)
			for _, a := range args {
				b, err := th.bigIndex(a)
				if err != nil {
					return Null, err
				}
				if r.Sign() == 0 {
					continue
				}
				if b.Sign() == 0 {
					r.SetInt64(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, r, new(big.Int).Abs(b))
				r.Mul(r, new(big.Int).Div(new(big.Int).Abs(b), g))
			}
			return IntFromBig(r), nil
		},
		"factorial": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "math.factorial() takes exactly one argument (%d given)", len(args))
			}
			return th.factorial(args[0])
		},
		"comb": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			n, k, err := th.combArgs(args[0], args[1])
			if err != nil {
				return Null, err
			}
			// comb(n, k) == comb(n, n-k): use the smaller count of factors.
			if d := new(big.Int).Sub(n, k); d.Sign() < 0 {
				return Int(0), nil
			} else if d.Cmp(k) < 0 {
				k = d
			}
			if !k.IsInt64() {
				return Null, Errorf(OverflowErrorType, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
			}
			return th.fallingProduct(n, k.Int64(), true)
		},
		"perm": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) < 2 || args[1].IsNone() {
				return th.factorial(args[0])
			}
			n, k, err := th.combArgs(args[0], args[1])
			if err != nil {
				return Null, err
			}
			if n.Cmp(k) < 0 {
				return Int(0), nil
			}
			if !k.IsInt64() {
				return Null, Errorf(OverflowErrorType, "k must not exceed %d", int64(math.MaxInt64))
			}
			return th.fallingProduct(n, k.Int64(), false)
		},
		"isqrt": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			b, err := th.bigIndex(args[0])
			if err != nil {
				return Null, err
			}
			if b.Sign() < 0 {
				return Null, Errorf(ValueErrorType, "isqrt() argument must be nonnegative")
			}
			return intFromFreshBig(new(big.Int).Sqrt(b)), nil
		},
		"prod": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var it, start Value
			if err := unpackArgs("prod", args, kw, 1, []string{"iterable", "$start"}, &it, &start); err != nil {
				return Null, err
			}
			acc := Int(1)
			if start.o != nil {
				acc = start
			}
			items, err := th.iterateToSlice(it)
			if err != nil {
				return Null, err
			}
			for _, x := range items {
				acc, err = th.BinaryOp(5, acc, x)
				if err != nil {
					return Null, err
				}
			}
			return acc, nil
		},
		"fsum": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			items, err := th.iterateToSlice(args[0])
			if err != nil {
				return Null, err
			}
			xs := make([]float64, len(items))
			for i, it := range items {
				xs[i], err = th.floatArg("fsum", it)
				if err != nil {
					return Null, err
				}
			}
			r, err := fsum(xs)
			if err != nil {
				return Null, err
			}
			return Float(r), nil
		},
		"nextafter": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			x, err := th.floatArg("nextafter", args[0])
			if err != nil {
				return Null, err
			}
			y, err := th.floatArg("nextafter", args[1])
			if err != nil {
				return Null, err
			}
			if x == y {
				return Float(y), nil // C's nextafter: y, with y's sign for zeros
			}
			return Float(math.Nextafter(x, y)), nil
		},
		"ulp": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			x, err := th.floatArg("ulp", args[0])
			if err != nil {
				return Null, err
			}
			return Float(ulp(x)), nil
		},
	}
	m := newNativeModule("math", fns)
	m.Dict.SetStr("pi", Float(math.Pi))
	m.Dict.SetStr("e", Float(math.E))
	m.Dict.SetStr("tau", Float(2*math.Pi))
	m.Dict.SetStr("inf", Float(math.Inf(1)))
	m.Dict.SetStr("nan", Float(math.NaN()))
	return m, nil
}

// ldexp is math.ldexp(x, i), i an int of any size: an exponent beyond
// the int32 range overflows, or underflows to a signed zero.
func ldexp(x float64, i Value) (Value, error) {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return Float(x), nil
	}
	e := int64(math.MaxInt64) // a big int: clipped, as CPython's
	if i.IsSmallInt() || i.IsBool() {
		e = int64(i.n)
	} else if b, _ := asBig(i); b.Sign() < 0 {
		e = math.MinInt64
	}
	switch {
	case e < math.MinInt32:
		return Float(math.Copysign(0, x)), nil
	case e > math.MaxInt32:
		return Null, Errorf(OverflowErrorType, "math range error")
	}
	return mathResult(x, math.Ldexp(x, int(e)))
}

// ulp is math.ulp(x): the gap between |x| and the next float away from
// zero, or toward it for the largest finite float.
func ulp(x float64) float64 {
	x = math.Abs(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	if next := math.Nextafter(x, math.Inf(1)); !math.IsInf(next, 0) {
		return next - x
	}
	return x - math.Nextafter(x, math.Inf(-1))
}

// mathPow is math.pow: float_pow's special cases for infinite and NaN
// arguments, a ValueError for a zero base with a negative exponent and a
// negative base with a non-integer one, and an OverflowError when the
// result overflows.
func mathPow(x, y float64) (Value, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y) {
		return floatPow(x, y)
	}
	r := libm.Pow(x, y)
	switch {
	case math.IsNaN(r):
		return Null, Errorf(ValueErrorType, "math domain error")
	case math.IsInf(r, 0) && x == 0:
		return Null, Errorf(ValueErrorType, "math domain error")
	case math.IsInf(r, 0):
		return Null, Errorf(OverflowErrorType, "math range error")
	}
	return Float(r), nil
}

// factorial is math.factorial: exact, for an int or an object with
// __index__ (not a float), with CPython's errors.
func (th *Thread) factorial(v Value) (Value, error) {
	if v.IsFloat() {
		return Null, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	b, err := th.bigIndex(v)
	if err != nil {
		return Null, err
	}
	if !b.IsInt64() {
		if b.Sign() < 0 {
			return Null, Errorf(ValueErrorType, "factorial() not defined for negative values")
		}
		return Null, Errorf(OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	n := b.Int64()
	if n < 0 {
		return Null, Errorf(ValueErrorType, "factorial() not defined for negative values")
	}
	return intFromFreshBig(new(big.Int).MulRange(1, n)), nil
}

// combArgs converts the arguments of math.comb and math.perm with
// __index__, both required to be non-negative.
func (th *Thread) combArgs(nv, kv Value) (n, k *big.Int, err error) {
	if n, err = th.bigIndex(nv); err != nil {
		return nil, nil, err
	}
	if k, err = th.bigIndex(kv); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, Errorf(ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, Errorf(ValueErrorType, "k must be a non-negative integer")
	}
	return n, k, nil
}

// fallingProduct returns n * (n-1) * ... * (n-k+1), divided by k! when
// binomial is set; 0 <= k <= n. The running value after i steps is
// comb(n, i) (or perm(n, i)), an exact integer at each step.
func (th *Thread) fallingProduct(n *big.Int, k int64, binomial bool) (Value, error) {
	if n.IsInt64() {
		nn := n.Int64()
		if binomial {
			return intFromFreshBig(new(big.Int).Binomial(nn, k)), nil
		}
		return intFromFreshBig(new(big.Int).MulRange(nn-k+1, nn)), nil
	}
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	d := new(big.Int)
	for i := int64(0); i < k; i++ {
		if err := th.tick(); err != nil {
			return Null, err
		}
		r.Mul(r, f)
		f.Sub(f, one)
		if binomial {
			r.Quo(r, d.SetInt64(i+1))
		}
	}
	return IntFromBig(r), nil
}

func math2(name string, f func(a, b float64) float64) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 2 {
			return Null, Errorf(TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
		}
		x, err := th.floatArg(name, args[0])
		if err != nil {
			return Null, err
		}
		y, err := th.floatArg(name, args[1])
		if err != nil {
			return Null, err
		}
		r := f(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return Null, Errorf(ValueErrorType, "math domain error")
		}
		return Float(r), nil
	}
}

// fsum is Shewchuk's exactly-rounded summation (as in CPython's math.fsum).
func fsum(xs []float64) (float64, error) {
	var partials []float64
	// As CPython's math_fsum: infinities and NaNs are summed apart (a
	// nonfinite partial from finite terms is an overflow).
	specialSum, infSum := 0.0, 0.0
	for _, x := range xs {
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x == 0 {
			continue
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
				return 0, Errorf(OverflowErrorType, "intermediate overflow in fsum")
			}
			if math.IsInf(xsave, 0) {
				infSum += xsave
			}
			specialSum += xsave
			partials = partials[:0]
			continue
		}
		partials = append(partials, x)
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return 0, Errorf(ValueErrorType, "-inf + inf in fsum")
		}
		return specialSum, nil
	}
	if len(partials) == 0 {
		return 0, nil
	}
	n := len(partials) - 1
	hi := partials[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := partials[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		yr := x - hi
		if y == yr {
			hi = x
		}
	}
	return hi, nil
}
