package vm

// The cmath module, as CPython 3.11's Modules/cmathmodule.c: C99 Annex G
// special values from tables, the same formulas on the C library's
// functions, and errno turned into ValueError ("math domain error") or
// OverflowError ("math range error").

import (
	"math"

	"github.com/pyjit/pyjit/vm/internal/libm"
)

const (
	cmLn2         = 0.6931471805599453094
	cmLn10        = 2.302585092994045684
	cmPi          = 3.14159265358979323846
	cmE           = 2.7182818284590452354
	cmLargeDouble = math.MaxFloat64 / 4
	cmDblMin      = 2.2250738585072014e-308
	cmMantDig     = 53
	cmScaleUp     = 2*(cmMantDig/2) + 1
	cmScaleDown   = -(cmScaleUp + 1) / 2
)

var (
	cmSqrtLargeDouble = math.Sqrt(cmLargeDouble)
	cmLogLargeDouble  = libm.Log(cmLargeDouble)
	cmSqrtDblMin      = math.Sqrt(cmDblMin)
)

// The kinds of double the special-value tables are indexed by.
const (
	stNInf = iota
	stNeg
	stNZero
	stPZero
	stPos
	stPInf
	stNaN
)

func specialType(d float64) int {
	switch {
	case math.IsNaN(d):
		return stNaN
	case math.IsInf(d, 1):
		return stPInf
	case math.IsInf(d, -1):
		return stNInf
	case d == 0:
		if math.Signbit(d) {
			return stNZero
		}
		return stPZero
	case d < 0:
		return stNeg
	}
	return stPos
}

// specialTable is a 7x7 table of results for non-finite arguments,
// indexed by the special types of the real and imaginary parts.
type specialTable [7][7]cplx

func (t *specialTable) at(z cplx) cplx { return t[specialType(z.re)][specialType(z.im)] }

// nonFinite reports whether a part of z is an infinity or a NaN.
func nonFinite(z cplx) bool {
	return math.IsInf(z.re, 0) || math.IsNaN(z.re) || math.IsInf(z.im, 0) || math.IsNaN(z.im)
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// mkSpecial builds a special-value table from 49 (real, imag) pairs.
func mkSpecial(v ...float64) *specialTable {
	t := new(specialTable)
	for i := 0; i < 49; i++ {
		t[i/7][i%7] = cplx{v[2*i], v[2*i+1]}
	}
	return t
}

var (
	cmInf = math.Inf(1)
	cmNaN = math.NaN()
	cmP   = cmPi
	cmP14 = 0.25 * cmPi
	cmP12 = 0.5 * cmPi
	cmP34 = 0.75 * cmPi
	cmU   = -9.5426319407711027e33 // never returned
	cmNZ  = math.Copysign(0, -1)
)

var acosSpecial, acoshSpecial, asinhSpecial, atanhSpecial, coshSpecial, expSpecial,
	logSpecial, sinhSpecial, sqrtSpecial, tanhSpecial, rectSpecial *specialTable

func init() {
	P, P14, P12, P34, INF, N, U, Z, NZ := cmP, cmP14, cmP12, cmP34, cmInf, cmNaN, cmU, 0.0, cmNZ
	acosSpecial = mkSpecial(
		P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
		P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
		P12, INF, U, U, P12, Z, P12, NZ, U, U, P12, -INF, P12, N,
		P12, INF, U, U, P12, Z, P12, NZ, U, U, P12, -INF, P12, N,
		P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
		P14, INF, Z, INF, Z, INF, Z, -INF, Z, -INF, P14, -INF, N, INF,
		N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N)
	acoshSpecial = mkSpecial(
		INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
		INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
		INF, -P12, U, U, Z, -P12, Z, P12, U, U, INF, P12, N, N,
		INF, -P12, U, U, Z, -P12, Z, P12, U, U, INF, P12, N, N,
		INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
		INF, -P14, INF, NZ, INF, NZ, INF, Z, INF, Z, INF, P14, INF, N,
		INF, N, N, N, N, N, N, N, N, N, INF, N, N, N)
	asinhSpecial = mkSpecial(
		-INF, -P14, -INF, NZ, -INF, NZ, -INF, Z, -INF, Z, -INF, P14, -INF, N,
		-INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
		-INF, -P12, U, U, NZ, NZ, NZ, Z, U, U, -INF, P12, N, N,
		INF, -P12, U, U, Z, NZ, Z, Z, U, U, INF, P12, N, N,
		INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
		INF, -P14, INF, NZ, INF, NZ, INF, Z, INF, Z, INF, P14, INF, N,
		INF, N, N, N, N, NZ, N, Z, N, N, INF, N, N, N)
	atanhSpecial = mkSpecial(
		NZ, -P12, NZ, -P12, NZ, -P12, NZ, P12, NZ, P12, NZ, P12, NZ, N,
		NZ, -P12, U, U, U, U, U, U, U, U, NZ, P12, N, N,
		NZ, -P12, U, U, NZ, NZ, NZ, Z, U, U, NZ, P12, NZ, N,
		Z, -P12, U, U, Z, NZ, Z, Z, U, U, Z, P12, Z, N,
		Z, -P12, U, U, U, U, U, U, U, U, Z, P12, N, N,
		Z, -P12, Z, -P12, Z, -P12, Z, P12, Z, P12, Z, P12, Z, N,
		Z, -P12, N, N, N, N, N, N, N, N, Z, P12, N, N)
	coshSpecial = mkSpecial(
		INF, N, U, U, INF, Z, INF, NZ, U, U, INF, N, INF, N,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		N, Z, U, U, 1, Z, 1, NZ, U, U, N, Z, N, Z,
		N, Z, U, U, 1, NZ, 1, Z, U, U, N, Z, N, Z,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		INF, N, U, U, INF, NZ, INF, Z, U, U, INF, N, INF, N,
		N, N, N, N, N, Z, N, Z, N, N, N, N, N, N)
	expSpecial = mkSpecial(
		Z, Z, U, U, Z, NZ, Z, Z, U, U, Z, Z, Z, Z,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		N, N, U, U, 1, NZ, 1, Z, U, U, N, N, N, N,
		N, N, U, U, 1, NZ, 1, Z, U, U, N, N, N, N,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		INF, N, U, U, INF, NZ, INF, Z, U, U, INF, N, INF, N,
		N, N, N, N, N, NZ, N, Z, N, N, N, N, N, N)
	logSpecial = mkSpecial(
		INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
		INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
		INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
		INF, -P12, U, U, -INF, NZ, -INF, Z, U, U, INF, P12, N, N,
		INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
		INF, -P14, INF, NZ, INF, NZ, INF, Z, INF, Z, INF, P14, INF, N,
		INF, N, N, N, N, N, N, N, N, N, INF, N, N, N)
	sinhSpecial = mkSpecial(
		INF, N, U, U, -INF, NZ, -INF, Z, U, U, INF, N, INF, N,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		Z, N, U, U, NZ, NZ, NZ, Z, U, U, Z, N, Z, N,
		Z, N, U, U, Z, NZ, Z, Z, U, U, Z, N, Z, N,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		INF, N, U, U, INF, NZ, INF, Z, U, U, INF, N, INF, N,
		N, N, N, N, N, NZ, N, Z, N, N, N, N, N, N)
	sqrtSpecial = mkSpecial(
		INF, -INF, Z, -INF, Z, -INF, Z, INF, Z, INF, INF, INF, N, INF,
		INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
		INF, -INF, U, U, Z, NZ, Z, Z, U, U, INF, INF, N, N,
		INF, -INF, U, U, Z, NZ, Z, Z, U, U, INF, INF, N, N,
		INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
		INF, -INF, INF, NZ, INF, NZ, INF, Z, INF, Z, INF, INF, INF, N,
		INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N)
	tanhSpecial = mkSpecial(
		-1, Z, U, U, -1, NZ, -1, Z, U, U, -1, Z, -1, Z,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		N, N, U, U, NZ, NZ, NZ, Z, U, U, N, N, N, N,
		N, N, U, U, Z, NZ, Z, Z, U, U, N, N, N, N,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		1, Z, U, U, 1, NZ, 1, Z, U, U, 1, Z, 1, Z,
		N, N, N, N, N, NZ, N, Z, N, N, N, N, N, N)
	rectSpecial = mkSpecial(
		INF, N, U, U, -INF, Z, -INF, NZ, U, U, INF, N, INF, N,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		Z, Z, U, U, NZ, Z, NZ, NZ, U, U, Z, Z, Z, Z,
		Z, Z, U, U, Z, NZ, Z, Z, U, U, Z, Z, Z, Z,
		N, N, U, U, U, U, U, U, U, U, N, N, N, N,
		INF, N, U, U, INF, NZ, INF, Z, U, U, INF, N, INF, N,
		N, N, N, N, N, Z, N, Z, N, N, N, N, N, N)
}

// Each c* function returns the C99 Annex G result and the errno CPython
// sets with it: 0, EDOM (divide-by-zero or invalid) or ERANGE (overflow).

func cmAcos(z cplx) (cplx, int) {
	if nonFinite(z) {
		return acosSpecial.at(z), 0
	}
	var r cplx
	if math.Abs(z.re) > cmLargeDouble || math.Abs(z.im) > cmLargeDouble {
		r.re = libm.Atan2(math.Abs(z.im), z.re)
		r.im = -math.Copysign(libm.Log(libm.Hypot(z.re/2, z.im/2))+cmLn2*2, z.im)
	} else {
		s1, _ := cmSqrt(cplx{1 - z.re, -z.im})
		s2, _ := cmSqrt(cplx{1 + z.re, z.im})
		r.re = 2 * libm.Atan2(s1.re, s2.re)
		r.im = libm.Asinh(float64(s2.re*s1.im) - float64(s2.im*s1.re))
	}
	return r, 0
}

func cmAcosh(z cplx) (cplx, int) {
	if nonFinite(z) {
		return acoshSpecial.at(z), 0
	}
	var r cplx
	if math.Abs(z.re) > cmLargeDouble || math.Abs(z.im) > cmLargeDouble {
		r.re = libm.Log(libm.Hypot(z.re/2, z.im/2)) + cmLn2*2
		r.im = libm.Atan2(z.im, z.re)
	} else {
		s1, _ := cmSqrt(cplx{z.re - 1, z.im})
		s2, _ := cmSqrt(cplx{z.re + 1, z.im})
		r.re = libm.Asinh(float64(s1.re*s2.re) + float64(s1.im*s2.im))
		r.im = 2 * libm.Atan2(s1.im, s2.re)
	}
	return r, 0
}

func cmAsin(z cplx) (cplx, int) {
	s, e := cmAsinh(cplx{-z.im, z.re})
	return cplx{s.im, -s.re}, e
}

func cmAsinh(z cplx) (cplx, int) {
	if nonFinite(z) {
		return asinhSpecial.at(z), 0
	}
	var r cplx
	if math.Abs(z.re) > cmLargeDouble || math.Abs(z.im) > cmLargeDouble {
		if z.im >= 0 {
			r.re = math.Copysign(libm.Log(libm.Hypot(z.re/2, z.im/2))+cmLn2*2, z.re)
		} else {
			r.re = -math.Copysign(libm.Log(libm.Hypot(z.re/2, z.im/2))+cmLn2*2, -z.re)
		}
		r.im = libm.Atan2(z.im, math.Abs(z.re))
	} else {
		s1, _ := cmSqrt(cplx{1 + z.im, -z.re})
		s2, _ := cmSqrt(cplx{1 - z.im, z.re})
		r.re = libm.Asinh(float64(s1.re*s2.im) - float64(s2.re*s1.im))
		r.im = libm.Atan2(z.im, float64(s1.re*s2.re)-float64(s1.im*s2.im))
	}
	return r, 0
}

func cmAtan(z cplx) (cplx, int) {
	s, e := cmAtanh(cplx{-z.im, z.re})
	return cplx{s.im, -s.re}, e
}

func cmAtanh(z cplx) (cplx, int) {
	if nonFinite(z) {
		return atanhSpecial.at(z), 0
	}
	if z.re < 0 {
		r, e := cmAtanh(cplx{-z.re, -z.im})
		return cplx{-r.re, -r.im}, e
	}
	ay := math.Abs(z.im)
	switch {
	case z.re > cmSqrtLargeDouble || ay > cmSqrtLargeDouble:
		h := libm.Hypot(z.re/2, z.im/2)
		return cplx{z.re / 4 / h / h, math.Copysign(cmPi/2, z.im)}, 0
	case z.re == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return cplx{cmInf, z.im}, libm.EDOM
		}
		return cplx{-libm.Log(math.Sqrt(ay) / math.Sqrt(libm.Hypot(ay, 2))), math.Copysign(libm.Atan2(2, -ay)/2, z.im)}, 0
	}
	one := 1 - z.re
	re := libm.Log1p(4*z.re/(float64(one*one)+float64(ay*ay))) / 4
	im := -libm.Atan2(-2*z.im, float64(one*(1+z.re))-float64(ay*ay)) / 2
	return cplx{re, im}, 0
}

func cmCos(z cplx) (cplx, int) { return cmCosh(cplx{-z.im, z.re}) }

func cmCosh(z cplx) (cplx, int) {
	if nonFinite(z) {
		var r cplx
		if math.IsInf(z.re, 0) && isFinite(z.im) && z.im != 0 {
			c, s := libm.Cos(z.im), libm.Sin(z.im)
			if z.re > 0 {
				r = cplx{math.Copysign(cmInf, c), math.Copysign(cmInf, s)}
			} else {
				r = cplx{math.Copysign(cmInf, c), -math.Copysign(cmInf, s)}
			}
		} else {
			r = coshSpecial.at(z)
		}
		if math.IsInf(z.im, 0) && !math.IsNaN(z.re) {
			return r, libm.EDOM
		}
		return r, 0
	}
	var r cplx
	if math.Abs(z.re) > cmLogLargeDouble {
		xm1 := z.re - math.Copysign(1, z.re)
		r.re = libm.Cos(z.im) * libm.Cosh(xm1) * cmE
		r.im = libm.Sin(z.im) * libm.Sinh(xm1) * cmE
	} else {
		r.re = libm.Cos(z.im) * libm.Cosh(z.re)
		r.im = libm.Sin(z.im) * libm.Sinh(z.re)
	}
	if math.IsInf(r.re, 0) || math.IsInf(r.im, 0) {
		return r, libm.ERANGE
	}
	return r, 0
}

func cmExp(z cplx) (cplx, int) {
	if nonFinite(z) {
		var r cplx
		if math.IsInf(z.re, 0) && isFinite(z.im) && z.im != 0 {
			c, s := libm.Cos(z.im), libm.Sin(z.im)
			if z.re > 0 {
				r = cplx{math.Copysign(cmInf, c), math.Copysign(cmInf, s)}
			} else {
				r = cplx{math.Copysign(0, c), math.Copysign(0, s)}
			}
		} else {
			r = expSpecial.at(z)
		}
		if math.IsInf(z.im, 0) && (isFinite(z.re) || math.IsInf(z.re, 1)) {
			return r, libm.EDOM
		}
		return r, 0
	}
	var r cplx
	if z.re > cmLogLargeDouble {
		l := libm.Exp(z.re - 1)
		r.re = l * libm.Cos(z.im) * cmE
		r.im = l * libm.Sin(z.im) * cmE
	} else {
		l := libm.Exp(z.re)
		r.re = l * libm.Cos(z.im)
		r.im = l * libm.Sin(z.im)
	}
	if math.IsInf(r.re, 0) || math.IsInf(r.im, 0) {
		return r, libm.ERANGE
	}
	return r, 0
}

func cmLog(z cplx) (cplx, int) {
	if nonFinite(z) {
		return logSpecial.at(z), 0
	}
	ax, ay := math.Abs(z.re), math.Abs(z.im)
	var r cplx
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		r.re = libm.Log(libm.Hypot(ax/2, ay/2)) + cmLn2
	case ax < cmDblMin && ay < cmDblMin:
		if ax > 0 || ay > 0 {
			r.re = libm.Log(libm.Hypot(math.Ldexp(ax, cmMantDig), math.Ldexp(ay, cmMantDig))) - cmMantDig*cmLn2
		} else {
			return cplx{-cmInf, libm.Atan2(z.im, z.re)}, libm.EDOM
		}
	default:
		h := libm.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := ay, ax
			if ax > ay {
				am, an = ax, ay
			}
			r.re = libm.Log1p(float64((am-1)*(am+1))+float64(an*an)) / 2
		} else {
			r.re = libm.Log(h)
		}
	}
	r.im = libm.Atan2(z.im, z.re)
	return r, 0
}

func cmLog10(z cplx) (cplx, int) {
	r, e := cmLog(z)
	return cplx{r.re / cmLn10, r.im / cmLn10}, e
}

func cmSin(z cplx) (cplx, int) {
	s, e := cmSinh(cplx{-z.im, z.re})
	return cplx{s.im, -s.re}, e
}

func cmSinh(z cplx) (cplx, int) {
	if nonFinite(z) {
		var r cplx
		if math.IsInf(z.re, 0) && isFinite(z.im) && z.im != 0 {
			c, s := libm.Cos(z.im), libm.Sin(z.im)
			if z.re > 0 {
				r = cplx{math.Copysign(cmInf, c), math.Copysign(cmInf, s)}
			} else {
				r = cplx{-math.Copysign(cmInf, c), math.Copysign(cmInf, s)}
			}
		} else {
			r = sinhSpecial.at(z)
		}
		if math.IsInf(z.im, 0) && !math.IsNaN(z.re) {
			return r, libm.EDOM
		}
		return r, 0
	}
	var r cplx
	if math.Abs(z.re) > cmLogLargeDouble {
		xm1 := z.re - math.Copysign(1, z.re)
		r.re = libm.Cos(z.im) * libm.Sinh(xm1) * cmE
		r.im = libm.Sin(z.im) * libm.Cosh(xm1) * cmE
	} else {
		r.re = libm.Cos(z.im) * libm.Sinh(z.re)
		r.im = libm.Sin(z.im) * libm.Cosh(z.re)
	}
	if math.IsInf(r.re, 0) || math.IsInf(r.im, 0) {
		return r, libm.ERANGE
	}
	return r, 0
}

func cmSqrt(z cplx) (cplx, int) {
	if nonFinite(z) {
		return sqrtSpecial.at(z), 0
	}
	if z.re == 0 && z.im == 0 {
		return cplx{0, z.im}, 0
	}
	ax, ay := math.Abs(z.re), math.Abs(z.im)
	var s float64
	if ax < cmDblMin && ay < cmDblMin {
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+libm.Hypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+libm.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if z.re >= 0 {
		return cplx{s, math.Copysign(d, z.im)}, 0
	}
	return cplx{d, math.Copysign(s, z.im)}, 0
}

func cmTan(z cplx) (cplx, int) {
	s, e := cmTanh(cplx{-z.im, z.re})
	return cplx{s.im, -s.re}, e
}

func cmTanh(z cplx) (cplx, int) {
	if nonFinite(z) {
		var r cplx
		if math.IsInf(z.re, 0) && isFinite(z.im) && z.im != 0 {
			sc := 2 * libm.Sin(z.im) * libm.Cos(z.im)
			if z.re > 0 {
				r = cplx{1, math.Copysign(0, sc)}
			} else {
				r = cplx{-1, math.Copysign(0, sc)}
			}
		} else {
			r = tanhSpecial.at(z)
		}
		if math.IsInf(z.im, 0) && isFinite(z.re) {
			return r, libm.EDOM
		}
		return r, 0
	}
	if math.Abs(z.re) > cmLogLargeDouble {
		return cplx{math.Copysign(1, z.re), 4 * libm.Sin(z.im) * libm.Cos(z.im) * libm.Exp(-2*math.Abs(z.re))}, 0
	}
	tx := libm.Tanh(z.re)
	ty := libm.Tan(z.im)
	cx := 1 / libm.Cosh(z.re)
	txty := tx * ty
	denom := 1 + float64(txty*txty)
	return cplx{tx * (1 + float64(ty*ty)) / denom, ((ty / denom) * cx) * cx}, 0
}

// cmRect is rect(r, phi).
func cmRect(r, phi float64) (cplx, int) {
	if !isFinite(r) || !isFinite(phi) {
		var z cplx
		if math.IsInf(r, 0) && isFinite(phi) && phi != 0 {
			c, s := libm.Cos(phi), libm.Sin(phi)
			if r > 0 {
				z = cplx{math.Copysign(cmInf, c), math.Copysign(cmInf, s)}
			} else {
				z = cplx{-math.Copysign(cmInf, c), -math.Copysign(cmInf, s)}
			}
		} else {
			z = rectSpecial.at(cplx{r, phi})
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, libm.EDOM
		}
		return z, 0
	}
	if phi == 0 {
		return cplx{r, r * phi}, 0
	}
	return cplx{r * libm.Cos(phi), r * libm.Sin(phi)}, 0
}

// cmathError is CPython's math_error for errno e (0: none).
func cmathError(e int) error {
	switch e {
	case 0:
		return nil
	case libm.EDOM:
		return Errorf(ValueErrorType, "math domain error")
	case libm.ERANGE:
		return Errorf(OverflowErrorType, "math range error")
	}
	return Errorf(ValueErrorType, "math domain error")
}

// doubleArg is CPython's PyFloat_AsDouble: a float, or a value with
// __float__ or __index__.
func (th *Thread) doubleArg(x Value) (float64, error) {
	if _, isComplex := unwrap(x).o.(*Complex); isComplex || !hasNumberSlot(x) {
		return 0, Errorf(TypeErrorType, "must be real number, not %s", x.Type().Name)
	}
	return th.numberFloat(x)
}

// cmath1 wraps a function of one complex argument.
func cmath1(f func(cplx) (cplx, int)) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		z, err := th.asComplex(args[0])
		if err != nil {
			return Null, err
		}
		r, e := f(z)
		if err := cmathError(e); err != nil {
			return Null, err
		}
		return complexOf(r), nil
	}
}

// cmathPredicate wraps a predicate of one complex argument.
func cmathPredicate(f func(cplx) bool) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		z, err := th.asComplex(args[0])
		if err != nil {
			return Null, err
		}
		return Bool(f(z)), nil
	}
}

func cmathLog(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	x, err := th.asComplex(args[0])
	if err != nil {
		return Null, err
	}
	r, e := cmLog(x)
	if len(args) > 1 {
		y, err := th.asComplex(args[1])
		if err != nil {
			return Null, err
		}
		ly, ey := cmLog(y)
		e = ey
		var eq int
		r, eq = cQuot(r, ly)
		if eq != 0 {
			e = eq
		}
	}
	if err := cmathError(e); err != nil {
		return Null, err
	}
	return complexOf(r), nil
}

func cmathPhase(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	z, err := th.asComplex(args[0])
	if err != nil {
		return Null, err
	}
	phi, e := libm.Atan2Errno(z.im, z.re)
	if err := cmathError(e); err != nil {
		return Null, err
	}
	return Float(phi), nil
}

func cmathPolar(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	z, err := th.asComplex(args[0])
	if err != nil {
		return Null, err
	}
	phi, e := libm.Atan2Errno(z.im, z.re)
	r, ea := cAbs(z)
	if isFinite(z.re) && isFinite(z.im) || math.IsInf(z.re, 0) || math.IsInf(z.im, 0) {
		// _Py_c_abs sets errno unless a part is a NaN.
		e = ea
	}
	if err := cmathError(e); err != nil {
		return Null, err
	}
	return TupleOf(Float(r), Float(phi)), nil
}

func cmathRect(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	r, err := th.doubleArg(args[0])
	if err != nil {
		return Null, err
	}
	phi, err := th.doubleArg(args[1])
	if err != nil {
		return Null, err
	}
	z, e := cmRect(r, phi)
	if err := cmathError(e); err != nil {
		return Null, err
	}
	return complexOf(z), nil
}

func cmathIsclose(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var av, bv, rt, at Value
	if err := unpackArgs("isclose", args, kw, 2, []string{"a", "b", "$rel_tol", "$abs_tol"}, &av, &bv, &rt, &at); err != nil {
		return Null, err
	}
	a, err := th.asComplex(av)
	if err != nil {
		return Null, err
	}
	b, err := th.asComplex(bv)
	if err != nil {
		return Null, err
	}
	rel, abs := 1e-9, 0.0
	if rt.o != nil {
		if rel, err = th.doubleArg(rt); err != nil {
			return Null, err
		}
	}
	if at.o != nil {
		if abs, err = th.doubleArg(at); err != nil {
			return Null, err
		}
	}
	if rel < 0 || abs < 0 {
		return Null, Errorf(ValueErrorType, "tolerances must be non-negative")
	}
	if a.re == b.re && a.im == b.im {
		return True, nil
	}
	if math.IsInf(a.re, 0) || math.IsInf(a.im, 0) || math.IsInf(b.re, 0) || math.IsInf(b.im, 0) {
		return False, nil
	}
	diff, _ := cAbs(cDiff(a, b))
	ab, _ := cAbs(b)
	aa, _ := cAbs(a)
	return Bool(diff <= rel*ab || diff <= rel*aa || diff <= abs), nil
}

func makeCmathModule(th *Thread) (*Module, error) {
	m := newNativeModule("cmath", map[string]BuiltinFunc{
		"acos":  cmath1(cmAcos),
		"acosh": cmath1(cmAcosh),
		"asin":  cmath1(cmAsin),
		"asinh": cmath1(cmAsinh),
		"atan":  cmath1(cmAtan),
		"atanh": cmath1(cmAtanh),
		"cos":   cmath1(cmCos),
		"cosh":  cmath1(cmCosh),
		"exp":   cmath1(cmExp),
		"log10": cmath1(cmLog10),
		"sin":   cmath1(cmSin),
		"sinh":  cmath1(cmSinh),
		"sqrt":  cmath1(cmSqrt),
		"tan":   cmath1(cmTan),
		"tanh":  cmath1(cmTanh),
		"log":   cmathLog,
		"phase": cmathPhase,
		"polar": cmathPolar,
		"rect":  cmathRect,
		"isfinite": cmathPredicate(func(z cplx) bool {
			return isFinite(z.re) && isFinite(z.im)
		}),
		"isinf": cmathPredicate(func(z cplx) bool {
			return math.IsInf(z.re, 0) || math.IsInf(z.im, 0)
		}),
		"isnan": cmathPredicate(func(z cplx) bool {
			return math.IsNaN(z.re) || math.IsNaN(z.im)
		}),
		"isclose": cmathIsclose,
	})
	m.Dict.SetStr("pi", Float(cmPi))
	m.Dict.SetStr("e", Float(cmE))
	m.Dict.SetStr("tau", Float(2*cmPi))
	m.Dict.SetStr("inf", Float(cmInf))
	m.Dict.SetStr("infj", NewComplex(0, cmInf))
	m.Dict.SetStr("nan", Float(math.NaN()))
	m.Dict.SetStr("nanj", NewComplex(0, math.NaN()))
	return m, nil
}
