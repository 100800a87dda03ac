//go:build cgo && !amd64

package libm

/*
static double pyjit_apply1(void *f, double x) { return ((double (*)(double))f)(x); }
static double pyjit_apply2(void *f, double x, double y) { return ((double (*)(double, double))f)(x, y); }

#cgo nocallback pyjit_apply1
#cgo nocallback pyjit_apply2
#cgo noescape pyjit_apply1
#cgo noescape pyjit_apply2
*/
import "C"

import "unsafe"

// apply1 returns f(x) for a C function f of one double.
func apply1(f unsafe.Pointer, x float64) float64 {
	return float64(C.pyjit_apply1(f, C.double(x)))
}

// apply2 returns f(x, y) for a C function f of two doubles.
func apply2(f unsafe.Pointer, x, y float64) float64 {
	return float64(C.pyjit_apply2(f, C.double(x), C.double(y)))
}
