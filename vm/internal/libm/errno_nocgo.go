//go:build !cgo

package libm

import "math"

// The errno values of Linux's C library, which the functions below
// imitate.
const (
	EDOM   = 33
	ERANGE = 34
)

// rangeErrno is the errno a C library sets for result r of arguments xs:
// ERANGE when a finite argument list gives an infinity (overflow) or
// zero from nonzero arguments (underflow), EDOM for a NaN from non-NaN
// arguments.
func rangeErrno(r float64, xs ...float64) int {
	finite, nan, zero := true, false, false
	for _, x := range xs {
		finite = finite && !math.IsInf(x, 0) && !math.IsNaN(x)
		nan = nan || math.IsNaN(x)
		zero = zero || x == 0
	}
	switch {
	case math.IsNaN(r) && !nan:
		return EDOM
	case math.IsInf(r, 0) && finite:
		return ERANGE
	case r == 0 && !zero && finite:
		return ERANGE
	}
	return 0
}

// Hypot returns sqrt(x*x + y*y) without undue overflow.
func Hypot(x, y float64) float64 { return math.Hypot(x, y) }

// CosErrno is Cos with the errno a C library would set (0 for none).
func CosErrno(x float64) (float64, int) { r := Cos(x); return r, rangeErrno(r, x) }

// SinErrno is Sin with the errno a C library would set.
func SinErrno(x float64) (float64, int) { r := Sin(x); return r, rangeErrno(r, x) }

// ExpErrno is Exp with the errno a C library would set.
func ExpErrno(x float64) (float64, int) { r := Exp(x); return r, rangeErrno(r, x) }

// LogErrno is Log with the errno a C library would set.
func LogErrno(x float64) (float64, int) { r := Log(x); return r, rangeErrno(r, x) }

// PowErrno is Pow with the errno a C library would set.
func PowErrno(x, y float64) (float64, int) { r := Pow(x, y); return r, rangeErrno(r, x, y) }

// HypotErrno is Hypot with the errno a C library would set.
func HypotErrno(x, y float64) (float64, int) { r := Hypot(x, y); return r, rangeErrno(r, x, y) }

// Atan2Errno is Atan2 with the errno a C library would set.
func Atan2Errno(y, x float64) (float64, int) { r := Atan2(y, x); return r, rangeErrno(r, y, x) }
