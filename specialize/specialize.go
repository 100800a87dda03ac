// Package specialize sets the policy of tier 1, the adaptive interpreter,
// and renders what it did.
//
// The mechanism lives in package vm: specializable instructions count down
// in their inline caches, and at zero the interpreter rewrites them into a
// specialized form chosen from the live operands (see vm/specialize.go).
// This package decides how soon that happens and how quickly a site that
// keeps failing is given up on, and it turns the collected statistics into
// reports for `pyjit run --stats` and `pyjit dis --adaptive`.
package specialize

import "github.com/pyjit/pyjit/vm"

// Policy is a warm-up and backoff policy; it implements vm.Specializer.
type Policy struct {
	// WarmupCount is how many times a fresh instruction runs generically
	// before the first specialization attempt.
	WarmupCount uint16
	// MaxBackoffShift caps the exponential backoff: after the n-th failure
	// an instruction waits 2^min(n, MaxBackoffShift) executions.
	MaxBackoffShift uint8
}

// Default is the policy `pyjit run` uses. A short warm-up (as in CPython,
// which specializes on the second execution) lets loops reach their
// specialized form at once; the backoff cap keeps a site that flips
// between kinds from paying for a specialization attempt on every run.
var Default = Policy{WarmupCount: 1, MaxBackoffShift: 12}

// Warmup implements vm.Specializer.
func (p Policy) Warmup() uint16 { return p.WarmupCount }

// Backoff implements vm.Specializer.
func (p Policy) Backoff(n uint8) uint16 {
	if n > p.MaxBackoffShift {
		n = p.MaxBackoffShift
	}
	if n >= 16 {
		return 1<<16 - 1
	}
	return 1<<n - 1
}

// Install turns on tier 1 in interp with the default policy.
func Install(interp *vm.Interpreter) { interp.SetSpecializer(Default) }
