package ccall

import "unsafe"

const supported = true

// Call1 returns f(x) for the address f of a C function of one double.
//
//go:noescape
func Call1(f unsafe.Pointer, x float64) float64

// Call2 returns f(x, y) for the address f of a C function of two doubles.
//
//go:noescape
func Call2(f unsafe.Pointer, x, y float64) float64
