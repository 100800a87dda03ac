//go:build cgo

package libm

/*
#cgo LDFLAGS: -lm
#include <math.h>

#cgo nocallback exp
#cgo nocallback expm1
#cgo nocallback exp2
#cgo nocallback log
#cgo nocallback log2
#cgo nocallback log10
#cgo nocallback log1p
#cgo nocallback sin
#cgo nocallback cos
#cgo nocallback tan
#cgo nocallback asin
#cgo nocallback acos
#cgo nocallback atan
#cgo nocallback sinh
#cgo nocallback cosh
#cgo nocallback tanh
#cgo nocallback asinh
#cgo nocallback acosh
#cgo nocallback atanh
#cgo nocallback cbrt
#cgo nocallback erf
#cgo nocallback erfc
#cgo nocallback atan2
#cgo nocallback pow
*/
import "C"

// Exp returns e**x, from the C library.
func Exp(x float64) float64 { return float64(C.exp(C.double(x))) }

// Expm1 returns e**x - 1, accurate for x near 0, from the C library.
func Expm1(x float64) float64 { return float64(C.expm1(C.double(x))) }

// Exp2 returns 2**x, from the C library.
func Exp2(x float64) float64 { return float64(C.exp2(C.double(x))) }

// Log returns the natural logarithm of x, from the C library.
func Log(x float64) float64 { return float64(C.log(C.double(x))) }

// Log2 returns the base-2 logarithm of x, from the C library.
func Log2(x float64) float64 { return float64(C.log2(C.double(x))) }

// Log10 returns the base-10 logarithm of x, from the C library.
func Log10(x float64) float64 { return float64(C.log10(C.double(x))) }

// Log1p returns the natural logarithm of 1+x, accurate for x near 0, from the C library.
func Log1p(x float64) float64 { return float64(C.log1p(C.double(x))) }

// Sin returns the sine of x (radians), from the C library.
func Sin(x float64) float64 { return float64(C.sin(C.double(x))) }

// Cos returns the cosine of x (radians), from the C library.
func Cos(x float64) float64 { return float64(C.cos(C.double(x))) }

// Tan returns the tangent of x (radians), from the C library.
func Tan(x float64) float64 { return float64(C.tan(C.double(x))) }

// Asin returns the arc sine of x, from the C library.
func Asin(x float64) float64 { return float64(C.asin(C.double(x))) }

// Acos returns the arc cosine of x, from the C library.
func Acos(x float64) float64 { return float64(C.acos(C.double(x))) }

// Atan returns the arc tangent of x, from the C library.
func Atan(x float64) float64 { return float64(C.atan(C.double(x))) }

// Sinh returns the hyperbolic sine of x, from the C library.
func Sinh(x float64) float64 { return float64(C.sinh(C.double(x))) }

// Cosh returns the hyperbolic cosine of x, from the C library.
func Cosh(x float64) float64 { return float64(C.cosh(C.double(x))) }

// Tanh returns the hyperbolic tangent of x, from the C library.
func Tanh(x float64) float64 { return float64(C.tanh(C.double(x))) }

// Asinh returns the inverse hyperbolic sine of x, from the C library.
func Asinh(x float64) float64 { return float64(C.asinh(C.double(x))) }

// Acosh returns the inverse hyperbolic cosine of x, from the C library.
func Acosh(x float64) float64 { return float64(C.acosh(C.double(x))) }

// Atanh returns the inverse hyperbolic tangent of x, from the C library.
func Atanh(x float64) float64 { return float64(C.atanh(C.double(x))) }

// Cbrt returns the cube root of x, from the C library.
func Cbrt(x float64) float64 { return float64(C.cbrt(C.double(x))) }

// Erf returns the error function at x, from the C library.
func Erf(x float64) float64 { return float64(C.erf(C.double(x))) }

// Erfc returns the complementary error function at x, from the C library.
func Erfc(x float64) float64 { return float64(C.erfc(C.double(x))) }

// Atan2 returns the arc tangent of y/x, using the signs of both to pick the quadrant, from the C library.
func Atan2(y, x float64) float64 { return float64(C.atan2(C.double(y), C.double(x))) }

// Pow returns x**y, from the C library.
func Pow(x, y float64) float64 { return float64(C.pow(C.double(x), C.double(y))) }

// Native reports whether the functions call the C library (true) or
// fall back to Go's math package (false).
const Native = true
