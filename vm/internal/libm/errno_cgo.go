//go:build cgo

package libm

/*
#cgo LDFLAGS: -lm
#include <errno.h>
#include <math.h>

typedef struct { double r; int e; } pyjit_res;

static pyjit_res pyjit_call1(int f, double x) {
	pyjit_res out;
	errno = 0;
	switch (f) {
	case 0: out.r = exp(x); break;
	default: out.r = log(x); break;
	}
	out.e = errno;
	return out;
}

static pyjit_res pyjit_call2(int f, double x, double y) {
	pyjit_res out;
	errno = 0;
	switch (f) {
	case 0: out.r = pow(x, y); break;
	case 1: out.r = hypot(x, y); break;
	default: out.r = atan2(x, y); break;
	}
	out.e = errno;
	return out;
}

#cgo nocallback pyjit_call1
#cgo nocallback pyjit_call2
#cgo nocallback hypot
*/
import "C"

import "math"

// The errno values the C library sets.
const (
	EDOM   = int(C.EDOM)
	ERANGE = int(C.ERANGE)
)

func call1(f int, x float64) (float64, int) {
	r := C.pyjit_call1(C.int(f), C.double(x))
	return float64(r.r), int(r.e)
}

func call2(f int, x, y float64) (float64, int) {
	r := C.pyjit_call2(C.int(f), C.double(x), C.double(y))
	return float64(r.r), int(r.e)
}

// Hypot returns sqrt(x*x + y*y) without undue overflow, from the C library.
func Hypot(x, y float64) float64 { return float64(C.hypot(C.double(x), C.double(y))) }

// CosErrno is Cos with the errno the C library sets (0 for none): EDOM
// for an infinity. (The errno is not read back from the call: glibc's
// cos and sin leave it unset when called from a Go program, unlike from
// CPython.)
func CosErrno(x float64) (float64, int) { return Cos(x), trigErrno(x) }

// SinErrno is Sin with the errno the C library sets.
func SinErrno(x float64) (float64, int) { return Sin(x), trigErrno(x) }

// trigErrno is the errno of cos(x) and sin(x).
func trigErrno(x float64) int {
	if math.IsInf(x, 0) {
		return EDOM
	}
	return 0
}

// ExpErrno is Exp with the errno the C library set.
func ExpErrno(x float64) (float64, int) { return call1(0, x) }

// LogErrno is Log with the errno the C library set.
func LogErrno(x float64) (float64, int) { return call1(1, x) }

// PowErrno is Pow with the errno the C library set.
func PowErrno(x, y float64) (float64, int) { return call2(0, x, y) }

// HypotErrno is Hypot with the errno the C library set.
func HypotErrno(x, y float64) (float64, int) { return call2(1, x, y) }

// Atan2Errno is Atan2 with the errno the C library set.
func Atan2Errno(y, x float64) (float64, int) { return call2(2, y, x) }
