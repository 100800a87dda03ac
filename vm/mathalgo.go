package vm

// CPython's own algorithms in Modules/mathmodule.c (gamma, lgamma and the
// vector norm of hypot and dist), computed in the same order of operations
// over the C library's functions, so that they round as CPython's do.
// Explicit float64 conversions keep the compiler from fusing a multiply
// and an add, which CPython's build does not do either.

import (
	"math"
	"math/big"

	"github.com/pyjit/pyjit/vm/internal/libm"
)

// mathErr is the errno a CPython math function leaves: 0, EDOM (ValueError)
// or ERANGE (OverflowError unless the result is small).
type mathErr int

const (
	errNone mathErr = iota
	errDomain
	errRange
)

// toPython is CPython's is_error for a result r and the errno e: nil when
// there is nothing to report (no errno, or a range error on an underflow).
func (e mathErr) toPython(r float64) error {
	switch {
	case e == errDomain:
		return Errorf(ValueErrorType, "math domain error")
	case e == errRange && math.Abs(r) >= 1.5:
		return Errorf(OverflowErrorType, "math range error")
	}
	return nil
}

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

var lanczosNumCoeffs = [...]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

// lanczosDenCoeffs are the coefficients of x*(x+1)*...*(x+11).
var lanczosDenCoeffs = [...]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

// gammaIntegral[n-1] is gamma(n) for 1 <= n <= 23, exact.
var gammaIntegral = [...]float64{
	1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
	3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
	1307674368000.0, 20922789888000.0, 355687428096000.0,
	6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
	51090942171709440000.0, 1124000727777607680000.0,
}

// sinPi is sin(pi*x) for finite x, exact at integers.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	var r float64
	switch int(math.Round(2.0 * y)) {
	case 0:
		r = libm.Sin(math.Pi * y)
	case 1:
		r = libm.Cos(math.Pi * (y - 0.5))
	case 2:
		// -sin(pi*(y-1)) would give -0.0 for y == 1.
		r = libm.Sin(math.Pi * (1.0 - y))
	case 3:
		r = -libm.Cos(math.Pi * (y - 1.5))
	default:
		r = libm.Sin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

// lanczosSum is the Lanczos sum L_g(x) for x > 0, a rational function
// evaluated in 1/x for large x.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNumCoeffs) - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNumCoeffs[i]
			den = float64(den*x) + lanczosDenCoeffs[i]
		}
	} else {
		for i := range lanczosNumCoeffs {
			num = num/x + lanczosNumCoeffs[i]
			den = den/x + lanczosDenCoeffs[i]
		}
	}
	return num / den
}

// mathGamma is CPython's m_tgamma: the Lanczos approximation for x > 0
// and the reflection formula below.
func mathGamma(x float64) (float64, mathErr) {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		if math.IsNaN(x) || x > 0 {
			return x, errNone
		}
		return math.NaN(), errDomain
	}
	if x == 0 {
		return math.Copysign(math.Inf(1), x), errDomain
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN(), errDomain
		}
		if x <= float64(len(gammaIntegral)) {
			return gammaIntegral[int(x)-1], errNone
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if math.IsInf(r, 0) {
			return r, errRange
		}
		return r, errNone
	}
	if absx > 200.0 {
		if x < 0 {
			return 0.0 / sinPi(x), errNone
		}
		return math.Inf(1), errRange
	}
	y := absx + lanczosGMinusHalf
	// The rounding error of y, corrected for below.
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -math.Pi / sinPi(absx) / absx * libm.Exp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140.0 {
			r /= libm.Pow(y, absx-0.5)
		} else {
			sqrtpow := libm.Pow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / libm.Exp(y)
		r += float64(z * r)
		if absx < 140.0 {
			r *= libm.Pow(y, absx-0.5)
		} else {
			sqrtpow := libm.Pow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

// mathLgamma is CPython's m_lgamma: the log of the absolute value of the
// gamma function, from Lanczos' formula.
func mathLgamma(x float64) (float64, mathErr) {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		if math.IsNaN(x) {
			return x, errNone
		}
		return math.Inf(1), errNone
	}
	if x == math.Floor(x) && x <= 2.0 {
		if x <= 0.0 {
			return math.Inf(1), errDomain
		}
		return 0.0, errNone
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -libm.Log(absx), errNone
	}
	r := libm.Log(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (libm.Log(absx+lanczosG-0.5) - 1))
	if x < 0.0 {
		// The reflection formula.
		r = logPi - libm.Log(math.Abs(sinPi(absx))) - libm.Log(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

// vectorNorm is CPython's vector_norm: sqrt(sum(x**2 for x in vec)) for
// vec of absolute values whose largest is maxv, scaled by a power of two,
// squared exactly by Veltkamp-Dekker splitting, summed with compensation
// and corrected after the square root: almost always correctly rounded.
func vectorNorm(vec []float64, maxv float64, foundNaN bool) float64 {
	const t27 = 134217729.0 // 2**27 + 1
	if math.IsInf(maxv, 0) {
		return maxv
	}
	if foundNaN {
		return math.NaN()
	}
	if maxv == 0 || len(vec) <= 1 {
		return maxv
	}
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	// add adds x to csum, keeping the rounding error in *frac.
	add := func(x float64, frac *float64) {
		old := csum
		csum += x
		*frac += float64(old-csum) + x
	}
	_, maxE := math.Frexp(maxv)
	if maxE < -1023 {
		// 2**-maxE would overflow: divide by maxv instead.
		for _, x := range vec {
			x /= maxv
			add(float64(x*x), &frac1)
		}
		return maxv * math.Sqrt(csum-1.0+frac1)
	}
	scale := math.Ldexp(1.0, -maxE)
	split := func(x float64) (hi, lo float64) {
		t := float64(x * t27)
		hi = t - (t - x)
		return hi, x - hi
	}
	for _, x := range vec {
		hi, lo := split(x * scale)
		add(float64(hi*hi), &frac1)
		add(float64(2.0*hi*lo), &frac2)
		frac3 += float64(lo * lo)
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
	hi, lo := split(h)
	add(float64(-hi*hi), &frac1)
	add(float64(-2.0*hi*lo), &frac2)
	add(float64(-lo*lo), &frac3)
	x := csum - 1.0 + (frac1 + frac2 + frac3)
	return (h + x/(2.0*h)) / scale
}

// The logarithms of CPython's m_log, m_log2 and m_log10: the C library's,
// whose special values (log(0) = -inf, log(-x) = NaN) math_1 turns into
// ValueError.
var (
	mathLog   = libm.Log
	mathLog2  = libm.Log2
	mathLog10 = libm.Log10
)

// logHelper is CPython's loghelper: the logarithm f of an int is computed
// from its mantissa and exponent when the int is too large for a float;
// other arguments go through math_1.
func (th *Thread) logHelper(name string, f func(float64) float64, v Value) (float64, error) {
	if isIntLike(v) {
		b, _ := asBig(unwrap(v))
		if b.Sign() <= 0 {
			return 0, Errorf(ValueErrorType, "math domain error")
		}
		if x, _ := new(big.Float).SetInt(b).Float64(); !math.IsInf(x, 0) {
			return f(x), nil
		}
		// b ~= m * 2**e with m rounded to a float's 53 bits.
		m := new(big.Float).SetPrec(53).SetInt(b)
		e := m.MantExp(m)
		x, _ := m.Float64()
		return f(x) + f(2.0)*float64(e), nil
	}
	x, err := th.floatArg(name, v)
	if err != nil {
		return 0, err
	}
	r, err := math1Result(x, f(x), false)
	if err != nil {
		return 0, err
	}
	return r.UncheckedFloat(), nil
}

// logFunc is math.log2 or math.log10.
func logFunc(name string, f func(float64) float64) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		r, err := th.logHelper(name, f, args[0])
		if err != nil {
			return Null, err
		}
		return Float(r), nil
	}
}

// mathAtan2 is CPython's m_atan2: the special values of C99 settled
// directly, the C library's atan2 for the rest.
func mathAtan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case math.IsInf(y, 0):
		if math.IsInf(x, 0) {
			if math.Copysign(1, x) == 1 {
				return math.Copysign(0.25*math.Pi, y)
			}
			return math.Copysign(0.75*math.Pi, y)
		}
		return math.Copysign(0.5*math.Pi, y)
	case math.IsInf(x, 0) || y == 0:
		if math.Copysign(1, x) == 1 {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	}
	return libm.Atan2(y, x)
}
