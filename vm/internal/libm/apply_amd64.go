//go:build cgo

package libm

import (
	"unsafe"

	"github.com/pyjit/pyjit/vm/internal/ccall"
)

// apply1 returns f(x) for a C function f of one double, called without
// cgo's transition (package ccall).
func apply1(f unsafe.Pointer, x float64) float64 { return ccall.Call1(f, x) }

// apply2 returns f(x, y) for a C function f of two doubles.
func apply2(f unsafe.Pointer, x, y float64) float64 { return ccall.Call2(f, x, y) }
