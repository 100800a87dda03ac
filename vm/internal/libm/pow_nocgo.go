//go:build !cgo

package libm

import (
	"math"
	"math/big"
	"sync"
)

// Pow returns x**y. Go's math.Pow is several ulps off for many arguments
// where the C library's pow is within about half an ulp, so a finite
// positive base goes through powFloat, which rounds as the C library
// does but for rare cases near a midpoint between floats.
func Pow(x, y float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 || x == 1:
		return math.Pow(x, y)
	case x < 0:
		if y != math.Trunc(y) {
			return math.NaN()
		}
		r := powFloat(-x, y)
		if math.Mod(math.Abs(y), 2) == 1 {
			r = -r
		}
		return r
	}
	return powFloat(x, y)
}

// powFloat is x**y for finite x > 0, rounded as the C library's pow
// that CPython calls rounds it: an integer exponent goes through
// double-double arithmetic (about 106 bits), falling back to big floats
// near the ends of the float range; others use math.Pow.
func powFloat(x, y float64) float64 {
	switch {
	case y == 2:
		return x * x // one rounding: already correct
	case y != math.Trunc(y) || math.Abs(y) > 1<<53:
		return powNonInteger(x, y)
	}
	n := int64(math.Abs(y))
	acc, base := doubleDouble{1, 0}, doubleDouble{x, 0}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			acc = acc.mul(base)
		}
		if n > 1 {
			base = base.mul(base)
		}
	}
	r := acc.hi + acc.lo
	if y < 0 {
		q := 1 / acc.hi
		rem := math.FMA(-q, acc.hi, 1) - q*acc.lo
		r = q + rem/acc.hi
	}
	if a := math.Abs(r); a >= 0x1p-1000 && a <= 0x1p1000 && !math.IsInf(acc.hi, 0) {
		return r
	}
	return powFloatBig(x, y)
}

// doubleDouble is an unevaluated sum hi+lo of two floats, |lo| being at
// most half an ulp of hi.
type doubleDouble struct{ hi, lo float64 }

// mul multiplies two double-doubles, exactly enough for powFloat.
func (a doubleDouble) mul(b doubleDouble) doubleDouble {
	p := a.hi * b.hi
	e := math.FMA(a.hi, b.hi, -p) + (a.hi*b.lo + a.lo*b.hi)
	hi := p + e
	return doubleDouble{hi, e - (hi - p)}
}

// powFloatBig is x**y for an integer y with big floats, for results that
// overflow, underflow or are subnormal.
func powFloatBig(x, y float64) float64 {
	const prec = 256
	n := int64(math.Abs(y))
	base := new(big.Float).SetPrec(prec).SetFloat64(x)
	acc := new(big.Float).SetPrec(prec).SetInt64(1)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			acc.Mul(acc, base)
		}
		if n > 1 {
			base.Mul(base, base)
		}
	}
	if y < 0 {
		acc.Quo(new(big.Float).SetPrec(prec).SetInt64(1), acc)
	}
	f, _ := acc.Float64()
	return f
}

// powNonInteger returns x**y for a finite x > 0 and a finite y that is not
// a small integer, rounded from a logarithm and an exponential carried in
// double-double precision (about 100 bits): the correctly rounded power in
// all but vanishingly rare cases. The C library's pow, which CPython calls,
// is within about half an ulp too, so the two agree but where the exact
// power lies very near a midpoint between floats (about 1 in 1000 random
// cases); math.Pow, several ulps off, disagrees on about half. Results
// near the ends of the float range fall back to math.Pow.
func powNonInteger(x, y float64) float64 {
	powTablesOnce.Do(initPowTables)
	l := logDD(x)
	// t = y * log(x)
	t := twoProd(y, l.hi)
	t = fastTwoSum(t.hi, float64(t.lo+y*l.lo))
	if !(t.hi <= 710 && t.hi >= -746) {
		// Overflow, underflow or a subnormal result (or y*log(x) beyond
		// the float range, where t is NaN).
		return math.Pow(x, y)
	}
	return expDD(t)
}

// dd is an unevaluated sum hi+lo of two floats.
type dd struct{ hi, lo float64 }

// twoProd returns a*b exactly as a double-double.
func twoProd(a, b float64) dd {
	p := float64(a * b)
	return dd{p, math.FMA(a, b, -p)}
}

// twoSum returns a+b exactly as a double-double.
func twoSum(a, b float64) dd {
	s := float64(a + b)
	bb := float64(s - a)
	return dd{s, float64(a-float64(s-bb)) + float64(b-bb)}
}

// fastTwoSum is twoSum for |a| >= |b|.
func fastTwoSum(a, b float64) dd {
	s := float64(a + b)
	return dd{s, float64(b - float64(s-a))}
}

// add returns a+b.
func (a dd) add(b dd) dd {
	s := twoSum(a.hi, b.hi)
	return fastTwoSum(s.hi, float64(s.lo+a.lo+b.lo))
}

// mulDD returns a*b.
func (a dd) mulDD(b dd) dd {
	p := twoProd(a.hi, b.hi)
	return fastTwoSum(p.hi, float64(p.lo+float64(a.hi*b.lo)+float64(a.lo*b.hi)))
}

const (
	powLogBits = 8 // the log table has 1<<powLogBits entries
	powExpBits = 6 // the exp table has 1<<powExpBits entries
)

var (
	powTablesOnce sync.Once
	// powInvC[i] is about 1/c, c the center of the i-th of the intervals
	// [sqrt(1/2), sqrt(2)) is cut into; powLogC[i] is -log(powInvC[i]).
	powInvC [1 << powLogBits]float64
	powLogC [1 << powLogBits]dd
	// powExp2[j] is 2**(j / 2**powExpBits).
	powExp2 [1 << powExpBits]dd
	// ln2DD is log(2); ln2Step is log(2) / 2**powExpBits.
	ln2DD, ln2Step dd
)

const (
	powLogLo = math.Sqrt2 / 2
	powLogHi = math.Sqrt2
)

// initPowTables computes the tables of powNonInteger with big floats.
func initPowTables() {
	const prec = 200
	ln2 := bigLog(new(big.Float).SetPrec(prec).SetInt64(2))
	ln2DD = ddOf(ln2)
	ln2Step = ddOf(new(big.Float).SetPrec(prec).Quo(ln2, new(big.Float).SetInt64(1<<powExpBits)))
	n := 1 << powLogBits
	width := (powLogHi - powLogLo) / float64(n)
	for i := 0; i < n; i++ {
		c := powLogLo + (float64(i)+0.5)*width
		inv := 1 / c
		powInvC[i] = inv
		l := bigLog(new(big.Float).SetPrec(prec).SetFloat64(inv))
		powLogC[i] = ddOf(l.Neg(l))
	}
	step := new(big.Float).SetPrec(prec).SetInt64(2)
	for k := 0; k < powExpBits; k++ {
		step.Sqrt(step)
	}
	v := new(big.Float).SetPrec(prec).SetInt64(1)
	for j := range powExp2 {
		powExp2[j] = ddOf(v)
		v.Mul(v, step)
	}
}

// ddOf rounds a big float to a double-double.
func ddOf(v *big.Float) dd {
	hi, _ := v.Float64()
	rest := new(big.Float).SetPrec(v.Prec()).Sub(v, new(big.Float).SetFloat64(hi))
	lo, _ := rest.Float64()
	return dd{hi, lo}
}

// bigLog returns log(v) for v > 0 near 1 (or 2): 2*atanh((v-1)/(v+1)).
func bigLog(v *big.Float) *big.Float {
	prec := v.Prec()
	one := new(big.Float).SetPrec(prec).SetInt64(1)
	num := new(big.Float).SetPrec(prec).Sub(v, one)
	den := new(big.Float).SetPrec(prec).Add(v, one)
	s := new(big.Float).SetPrec(prec).Quo(num, den)
	s2 := new(big.Float).SetPrec(prec).Mul(s, s)
	sum := new(big.Float).SetPrec(prec)
	term := new(big.Float).SetPrec(prec).Set(s)
	eps := new(big.Float).SetMantExp(one, -int(prec)-8)
	for k := int64(1); ; k += 2 {
		q := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetInt64(k))
		sum.Add(sum, q)
		if new(big.Float).Abs(q).Cmp(eps) < 0 {
			break
		}
		term.Mul(term, s2)
	}
	return sum.Mul(sum, new(big.Float).SetInt64(2))
}

// logDD returns log(x) for a finite x > 0 as a double-double.
func logDD(x float64) dd {
	m, e := math.Frexp(x)
	if m < powLogLo {
		m *= 2
		e--
	}
	i := int((m - powLogLo) / ((powLogHi - powLogLo) / (1 << powLogBits)))
	i = min(max(i, 0), 1<<powLogBits-1)
	// r = m*invc - 1 exactly (p.hi is near 1, so p.hi-1 is exact).
	p := twoProd(m, powInvC[i])
	r := fastTwoSum(float64(p.hi-1), p.lo)
	// log1p(r) = r - r^2/2 + r^3/3 - ...: the first two terms in
	// double-double, the rest in float64.
	rh := r.hi
	sq := twoProd(rh, rh)
	half := dd{-sq.hi / 2, -(sq.lo/2 + rh*r.lo)}
	tail := rh * rh * rh * (1.0/3 + rh*(-1.0/4+rh*(1.0/5+rh*(-1.0/6+rh*(1.0/7+rh*(-1.0/8+rh*(1.0/9+rh*(-1.0/10))))))))
	l1p := r.add(half).add(dd{tail, 0})
	ef := float64(e)
	scaled := twoProd(ef, ln2DD.hi)
	scaled = fastTwoSum(scaled.hi, float64(scaled.lo+ef*ln2DD.lo))
	return scaled.add(powLogC[i]).add(l1p)
}

// expDD returns exp(t), rounded to a float, for -746 <= t.hi <= 710
// (+Inf beyond the float range).
func expDD(t dd) float64 {
	const n = 1 << powExpBits
	k := math.Round(t.hi / ln2Step.hi)
	// r = t - k*ln2Step, |r| <= ln2Step/2 (about 0.0054).
	kp := twoProd(k, ln2Step.hi)
	r := t.add(dd{-kp.hi, -kp.lo}).add(dd{-k * ln2Step.lo, 0})
	// exp(r) - 1 = r + r^2/2 + r^3/6 + ...
	rh := r.hi
	sq := twoProd(rh, rh)
	half := dd{sq.hi / 2, sq.lo/2 + rh*r.lo}
	tail := rh * rh * rh * (1.0/6 + rh*(1.0/24+rh*(1.0/120+rh*(1.0/720+rh*(1.0/5040)))))
	em1 := r.add(half).add(dd{tail, 0})
	ki := int(k)
	j := ki & (n - 1)
	scale := (ki - j) / n
	tj := powExp2[j]
	res := tj.add(tj.mulDD(em1))
	if v := math.Ldexp(float64(res.hi+res.lo), scale); v >= 0x1p-1022 {
		return v
	}
	return subnormalOf(res, scale)
}

// subnormalOf rounds v*2**scale, below the least normal float, to the
// subnormals' grid (multiples of 2**-1074) with one rounding.
func subnormalOf(v dd, scale int) float64 {
	// In units of 2**-1074 both halves scale exactly.
	h := math.Ldexp(v.hi, scale+1074)
	l := math.Ldexp(v.lo, scale+1074)
	n := math.Floor(h)
	frac := float64(h-n) + l
	if frac > 0.5 || frac == 0.5 && math.Mod(n, 2) == 1 {
		n++
	}
	return math.Ldexp(n, -1074)
}
