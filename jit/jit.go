// Package jit is tier 2: it finds hot loops, records one iteration of a
// loop's body into trace IR (package jit/ir), optimizes it (jit/opt),
// compiles it to machine code (a backend per architecture: amd64, arm64), places it in executable memory
// (cache) and runs it on the interpreter's frames, restoring them exactly
// when the code exits.
//
// The first version handles loops of one frame over small ints and floats:
// locals, constants, + - * on ints (overflow exits to the interpreter,
// which makes the big int) and floats, comparisons feeding a conditional
// jump, for loops over a range and while loops. docs/jit.md describes the
// design.
package jit

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/pyjit/pyjit/cache"
	"github.com/pyjit/pyjit/jit/backend"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// Config tunes the JIT.
type Config struct {
	// Threshold is how many times a loop's back edge is taken before the
	// loop is recorded (default 50).
	Threshold int
	// MaxAborts is how many failed recordings blacklist a loop (default 4).
	MaxAborts int
	// Fuel is how many iterations native code runs between two safe
	// points (default 20000, about 100 µs for a small loop).
	Fuel int64
	// CallWork is how many IR instructions an entry trace must have per
	// call it makes without inlining it (callpy.go): such a call goes
	// through Go, which costs more than the interpreter's own call and
	// the few instructions around it (fib; bm_call_method's 20 calls in a
	// row). Default 64; negative: no minimum.
	CallWork int
	// MinEntryPath is how many bytecode instructions the path of a
	// function's entry trace must cover (each call it inlines counting
	// for ten more) to be compiled. Entering an entry trace and leaving
	// it at the return costs Go about as much as the interpreter spends
	// on twenty-odd instructions (the checks of the arguments, globals
	// and classes, the trampoline, the result boxed), so a shorter path
	// (a method returning an attribute or comparing two: richards, go,
	// hexiom) runs slower native than interpreted. Default 24; negative:
	// no minimum.
	MinEntryPath int
	// Log, when set, receives each trace's IR before and after
	// optimization and its machine code.
	Log io.Writer
}

// Stats counts tier-2 events.
type Stats struct {
	Traces      uint64            // traces compiled
	EntryTraces uint64            // of which traces of functions from their entry
	SideTraces  uint64            // of which side traces of loops' guards
	SideEntries uint64            // entries into side traces
	Entries     uint64            // entries into native code
	Iterations  uint64            // loop iterations run in native code
	EntryMisses uint64            // entries refused: a slot's type differs from the trace's
	Calls       uint64            // callouts answered by Go (ir.OpCall)
	PyCalls     uint64            // calls of Python functions made from traces without inlining (callpy.go)
	Blacklisted uint64            // loops no longer recorded
	Exits       map[string]uint64 // by reason
	Aborts      map[string]uint64 // recordings abandoned, by reason
}

// JIT is the tier-2 state of one interpreter. It implements vm.JIT and
// belongs to the interpreter's main thread.
type JIT struct {
	cfg   Config
	table *cache.Table
	back  *backend.Backend
	comp  backend.Compiler
	ctx   *cache.Context
	stats Stats
	// keep holds the objects callouts made since the last entry
	// (callout.go).
	keep []vm.Value
	// keepFrom is where the objects of the innermost entry start: a call
	// from a trace (callpy.go) keeps those of the traces it is inside.
	keepFrom int
	// ctxs are the contexts of the traces entered inside calls from
	// traces, by nesting level; ctx is ctxs[level].
	ctxs  []*cache.Context
	level int
	// pending is a call from a trace made and not yet handed over.
	pending pendingCall
	// builtins are the interpreter's builtin functions whose calls
	// traces inline.
	builtins builtinSet
	// returns counts the entry traces' exits at their return, not yet
	// added to stats.Exits (see foldReturns).
	returns uint64
	// scratch is the space of the last recording's IR instructions, for
	// the next (scratchBuilder).
	scratch []ir.Inst
}

// Supported reports whether native code can run on this machine: whether
// there is a backend for its architecture.
func Supported() bool { return hostBackend != nil }

// Install turns on tier 2 in interp and returns its state; on machines
// without a backend it installs nothing and returns nil.
func Install(interp *vm.Interpreter, cfg Config) *JIT {
	back := hostBackend
	if back == nil {
		return nil
	}
	if cfg.Threshold <= 0 {
		cfg.Threshold = 50
	}
	if cfg.MaxAborts <= 0 {
		cfg.MaxAborts = 4
	}
	if cfg.CallWork == 0 {
		cfg.CallWork = 64
	}
	if cfg.MinEntryPath == 0 {
		cfg.MinEntryPath = 24
	}
	if cfg.Fuel <= 0 {
		cfg.Fuel = 20000
	}
	j := &JIT{
		cfg:   cfg,
		back:  back,
		comp:  back.NewCompiler(),
		stats: Stats{Exits: map[string]uint64{}, Aborts: map[string]uint64{}},
	}
	j.ctxs = []*cache.Context{new(cache.Context)}
	j.ctx = j.ctxs[0]
	j.table = cache.NewTable(cache.Config{OnRetire: j.onRetire})
	j.builtins.init(interp)
	interp.SetJIT(j)
	return j
}

// Stats returns the counters.
func (j *JIT) Stats() *Stats {
	j.foldReturns()
	return &j.stats
}

// Close removes every trace and frees the executable memory.
func (j *JIT) Close() error { return j.table.Close() }

// WriteStats prints the counters, as `--stats` shows them.
func (j *JIT) WriteStats(w io.Writer) {
	s := j.Stats()
	ts := j.table.Stats()
	fmt.Fprintf(w, "jit: %d traces compiled (%d of function entries, %d side traces), %d live (%d bytes), %d entries (%d into side traces), %d native iterations, %d callouts, %d calls not inlined, %d entries refused, %d loops blacklisted\n",
		s.Traces, s.EntryTraces, s.SideTraces, ts.Traces, ts.Bytes, s.Entries, s.SideEntries, s.Iterations, s.Calls, s.PyCalls, s.EntryMisses, s.Blacklisted)
	writeCounts(w, "jit exits", s.Exits)
	writeCounts(w, "jit aborts", s.Aborts)
}

func writeCounts(w io.Writer, title string, m map[string]uint64) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s:\n", title)
	for _, k := range keys {
		fmt.Fprintf(&sb, "  %-40s %d\n", k, m[k])
	}
	io.WriteString(w, sb.String())
}
