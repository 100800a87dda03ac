// Package backend is what the JIT's native backends (packages amd64 and
// arm64) share: the options of a compile, the exits and the compiled code
// they describe, and the interface package jit drives them through.
// Everything above instruction selection (recording, IR, optimization,
// snapshots, the trace cache) is the same on every architecture; a
// backend turns a trace into machine code that follows the calling
// convention of package cache.
package backend

import (
	"github.com/pyjit/pyjit/jit/ir"
)

// Options tune a compile.
type Options struct {
	// GPRegs and FPRegs limit the general and floating-point registers
	// the allocator uses (0: all of them); tests set them to force
	// spills.
	GPRegs, FPRegs int
	// PollInterrupt makes loop back-edges also exit when the word the
	// context's Interrupt field points to is nonzero.
	PollInterrupt bool
}

// ExitKind says why code exits.
type ExitKind uint8

// The kinds of exits.
const (
	ExitGuard ExitKind = iota // a guard failed
	ExitFuel                  // a loop used up its fuel (or was interrupted)
	ExitEnd                   // the trace ended
	// ExitCall asks Go for a callout's result: the operands are in
	// ctx.Scratch[0] and [1]; Go either writes the result to
	// ctx.Scratch[2] and enters the code again at Resume, or takes the
	// exit as a guard's (the exit buffer holds the snapshot's values).
	ExitCall
)

func (k ExitKind) String() string {
	return [...]string{"guard", "fuel", "end", "call"}[k]
}

// Exit describes one exit of compiled code. On return the exit buffer
// holds the snapshot's values: the value of slot i is in Buf[i], as an
// int64, a float64's bits, 0 or 1 for a bool, or a reference's word; the
// slots the snapshot does not list hold what the trace last stored there
// or, failing that, what they held at entry.
type Exit struct {
	Number int
	Kind   ExitKind
	// Inst is the instruction that exits.
	Inst ir.Ref
	// Snap is the index of its snapshot in the trace.
	Snap int32
	// Resume is the offset in the code at which a call's exit resumes.
	Resume int
}

// Code is a compiled trace.
type Code struct {
	// Bytes is the machine code; it starts at offset 0.
	Bytes []byte
	// Exits lists the exits; exit number n is Exits[n-1].
	Exits []Exit
	// Spills is the number of exit-buffer words used for spilled values,
	// after the trace's slots.
	Spills int
	// Insts is the number of machine instructions before encoding.
	Insts int
}

// Exit returns the exit with number n, or nil.
func (c *Code) Exit(n uint64) *Exit {
	if n < 1 || n > uint64(len(c.Exits)) {
		return nil
	}
	return &c.Exits[n-1]
}

// Compiler compiles traces for one architecture. A compiler holds an
// assembler context, which costs to create: reuse one per goroutine; it
// is not safe for concurrent use.
type Compiler interface {
	// Compile compiles t, which must verify (nil opts: the defaults).
	Compile(t *ir.Trace, opts *Options) (*Code, error)
}

// Backend is one architecture's code generator.
type Backend struct {
	// Arch is the architecture's name as runtime.GOARCH spells it.
	Arch string
	// NewCompiler returns a new compiler.
	NewCompiler func() Compiler
	// Disasm returns a listing of code, one instruction a line, for
	// logs.
	Disasm func(code []byte) string
}
