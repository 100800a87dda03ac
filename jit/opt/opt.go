// Package opt holds the optimization passes over trace IR, one file per
// pass. Every pass takes a verified trace and returns a new verified
// trace with the same behaviour under [ir.Eval]; it never changes its
// argument.
package opt

import "github.com/pyjit/pyjit/jit/ir"

// Pipeline runs the passes in order.
func Pipeline(t *ir.Trace) *ir.Trace {
	return DCE(Fold(t))
}
