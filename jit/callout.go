package jit

import (
	"math"

	"github.com/pyjit/pyjit/vm"
)

// Callouts: what a trace asks Go to compute (ir.OpCall's Aux). A callout
// returns false when it cannot give the interpreter's result as a word;
// the trace then leaves through the call's snapshot and the interpreter
// does the operation itself (raising, or making another type of value).
const (
	callFloatPow = iota + 1 // float ** float
)

// callout computes callout fn of the operand words a and b.
func callout(fn int64, a, b uint64) (uint64, bool) {
	switch fn {
	case callFloatPow:
		r, ok := vm.FloatPow(math.Float64frombits(a), math.Float64frombits(b))
		return math.Float64bits(r), ok
	}
	return 0, false
}
