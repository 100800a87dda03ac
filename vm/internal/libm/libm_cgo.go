//go:build cgo

package libm

/*
#cgo LDFLAGS: -lm
#include <math.h>

// pyjit_libm_addresses stores the addresses of the functions called
// through apply1 and apply2, in the order of the constants fn* below.
static void pyjit_libm_addresses(void **out) {
	out[0] = (void *)exp;
	out[1] = (void *)expm1;
	out[2] = (void *)exp2;
	out[3] = (void *)log;
	out[4] = (void *)log2;
	out[5] = (void *)log10;
	out[6] = (void *)log1p;
	out[7] = (void *)sin;
	out[8] = (void *)cos;
	out[9] = (void *)tan;
	out[10] = (void *)asin;
	out[11] = (void *)acos;
	out[12] = (void *)atan;
	out[13] = (void *)sinh;
	out[14] = (void *)cosh;
	out[15] = (void *)tanh;
	out[16] = (void *)asinh;
	out[17] = (void *)acosh;
	out[18] = (void *)atanh;
	out[19] = (void *)cbrt;
	out[20] = (void *)erf;
	out[21] = (void *)erfc;
	out[22] = (void *)atan2;
	out[23] = (void *)pow;
}
*/
import "C"

import "unsafe"

// Indexes into fns.
const (
	fnExp = iota
	fnExpm1
	fnExp2
	fnLog
	fnLog2
	fnLog10
	fnLog1p
	fnSin
	fnCos
	fnTan
	fnAsin
	fnAcos
	fnAtan
	fnSinh
	fnCosh
	fnTanh
	fnAsinh
	fnAcosh
	fnAtanh
	fnCbrt
	fnErf
	fnErfc
	fnAtan2
	fnPow
	numFns
)

// fns holds the addresses of the C library's functions that apply1 and
// apply2 call.
var fns [numFns]unsafe.Pointer

func init() { C.pyjit_libm_addresses(&fns[0]) }

// Exp returns e**x, from the C library.
func Exp(x float64) float64 { return apply1(fns[fnExp], x) }

// Expm1 returns e**x - 1, accurate for x near 0, from the C library.
func Expm1(x float64) float64 { return apply1(fns[fnExpm1], x) }

// Exp2 returns 2**x, from the C library.
func Exp2(x float64) float64 { return apply1(fns[fnExp2], x) }

// Log returns the natural logarithm of x, from the C library.
func Log(x float64) float64 { return apply1(fns[fnLog], x) }

// Log2 returns the base-2 logarithm of x, from the C library.
func Log2(x float64) float64 { return apply1(fns[fnLog2], x) }

// Log10 returns the base-10 logarithm of x, from the C library.
func Log10(x float64) float64 { return apply1(fns[fnLog10], x) }

// Log1p returns the natural logarithm of 1+x, accurate for x near 0, from the C library.
func Log1p(x float64) float64 { return apply1(fns[fnLog1p], x) }

// Sin returns the sine of x (radians), from the C library.
func Sin(x float64) float64 { return apply1(fns[fnSin], x) }

// Cos returns the cosine of x (radians), from the C library.
func Cos(x float64) float64 { return apply1(fns[fnCos], x) }

// Tan returns the tangent of x (radians), from the C library.
func Tan(x float64) float64 { return apply1(fns[fnTan], x) }

// Asin returns the arc sine of x, from the C library.
func Asin(x float64) float64 { return apply1(fns[fnAsin], x) }

// Acos returns the arc cosine of x, from the C library.
func Acos(x float64) float64 { return apply1(fns[fnAcos], x) }

// Atan returns the arc tangent of x, from the C library.
func Atan(x float64) float64 { return apply1(fns[fnAtan], x) }

// Sinh returns the hyperbolic sine of x, from the C library.
func Sinh(x float64) float64 { return apply1(fns[fnSinh], x) }

// Cosh returns the hyperbolic cosine of x, from the C library.
func Cosh(x float64) float64 { return apply1(fns[fnCosh], x) }

// Tanh returns the hyperbolic tangent of x, from the C library.
func Tanh(x float64) float64 { return apply1(fns[fnTanh], x) }

// Asinh returns the inverse hyperbolic sine of x, from the C library.
func Asinh(x float64) float64 { return apply1(fns[fnAsinh], x) }

// Acosh returns the inverse hyperbolic cosine of x, from the C library.
func Acosh(x float64) float64 { return apply1(fns[fnAcosh], x) }

// Atanh returns the inverse hyperbolic tangent of x, from the C library.
func Atanh(x float64) float64 { return apply1(fns[fnAtanh], x) }

// Cbrt returns the cube root of x, from the C library.
func Cbrt(x float64) float64 { return apply1(fns[fnCbrt], x) }

// Erf returns the error function at x, from the C library.
func Erf(x float64) float64 { return apply1(fns[fnErf], x) }

// Erfc returns the complementary error function at x, from the C library.
func Erfc(x float64) float64 { return apply1(fns[fnErfc], x) }

// Atan2 returns the arc tangent of y/x, using the signs of both to pick the quadrant, from the C library.
func Atan2(y, x float64) float64 { return apply2(fns[fnAtan2], y, x) }

// Pow returns x**y, from the C library.
func Pow(x, y float64) float64 { return apply2(fns[fnPow], x, y) }

// Native reports whether the functions call the C library (true) or
// fall back to Go's math package (false).
const Native = true
