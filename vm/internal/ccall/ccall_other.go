//go:build !amd64

package ccall

import "unsafe"

const supported = false

// Call1 is not available on this architecture: callers use cgo.
func Call1(f unsafe.Pointer, x float64) float64 { panic("ccall: unsupported architecture") }

// Call2 is not available on this architecture: callers use cgo.
func Call2(f unsafe.Pointer, x, y float64) float64 { panic("ccall: unsupported architecture") }
