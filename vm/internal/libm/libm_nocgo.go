//go:build !cgo

package libm

import "math"

// Exp returns e**x, from Go's math package.
func Exp(x float64) float64 { return math.Exp(x) }

// Expm1 returns e**x - 1, accurate for x near 0, from Go's math package.
func Expm1(x float64) float64 { return math.Expm1(x) }

// Exp2 returns 2**x, from Go's math package.
func Exp2(x float64) float64 { return math.Exp2(x) }

// Log returns the natural logarithm of x, from Go's math package.
func Log(x float64) float64 { return math.Log(x) }

// Log2 returns the base-2 logarithm of x, from Go's math package.
func Log2(x float64) float64 { return math.Log2(x) }

// Log10 returns the base-10 logarithm of x, from Go's math package.
func Log10(x float64) float64 { return math.Log10(x) }

// Log1p returns the natural logarithm of 1+x, accurate for x near 0, from Go's math package.
func Log1p(x float64) float64 { return math.Log1p(x) }

// Sin returns the sine of x (radians), from Go's math package.
func Sin(x float64) float64 { return math.Sin(x) }

// Cos returns the cosine of x (radians), from Go's math package.
func Cos(x float64) float64 { return math.Cos(x) }

// Tan returns the tangent of x (radians), from Go's math package.
func Tan(x float64) float64 { return math.Tan(x) }

// Asin returns the arc sine of x, from Go's math package.
func Asin(x float64) float64 { return math.Asin(x) }

// Acos returns the arc cosine of x, from Go's math package.
func Acos(x float64) float64 { return math.Acos(x) }

// Atan returns the arc tangent of x, from Go's math package.
func Atan(x float64) float64 { return math.Atan(x) }

// Sinh returns the hyperbolic sine of x, from Go's math package.
func Sinh(x float64) float64 { return math.Sinh(x) }

// Cosh returns the hyperbolic cosine of x, from Go's math package.
func Cosh(x float64) float64 { return math.Cosh(x) }

// Tanh returns the hyperbolic tangent of x, from Go's math package.
func Tanh(x float64) float64 { return math.Tanh(x) }

// Asinh returns the inverse hyperbolic sine of x, from Go's math package.
func Asinh(x float64) float64 { return math.Asinh(x) }

// Acosh returns the inverse hyperbolic cosine of x, from Go's math package.
func Acosh(x float64) float64 { return math.Acosh(x) }

// Atanh returns the inverse hyperbolic tangent of x, from Go's math package.
func Atanh(x float64) float64 { return math.Atanh(x) }

// Cbrt returns the cube root of x, from Go's math package.
func Cbrt(x float64) float64 { return math.Cbrt(x) }

// Erf returns the error function at x, from Go's math package.
func Erf(x float64) float64 { return math.Erf(x) }

// Erfc returns the complementary error function at x, from Go's math package.
func Erfc(x float64) float64 { return math.Erfc(x) }

// Atan2 returns the arc tangent of y/x, using the signs of both to pick the quadrant, from Go's math package.
func Atan2(y, x float64) float64 { return math.Atan2(y, x) }

// Native reports whether the functions call the C library (true) or
// fall back to Go's math package (false).
const Native = false
