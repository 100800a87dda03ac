// Package amd64 compiles trace IR (package jit/ir) into amd64 machine code
// that follows the calling convention of package cache: the context's
// address in DI on entry, the exit number in AX on return, no stack.
//
// Compiling is pure Go and works on any host; only running the code needs
// an amd64 machine. Instructions are encoded by golang-asm; [Disasm]
// decodes the result for logs. docs/jit.md describes the register use,
// exit stubs and spills.
package amd64

import (
	"fmt"

	"github.com/pyjit/pyjit/jit/ir"
)

// The context block's layout (cache.Context; a test pins the two).
const (
	offExit      = 0
	offFuel      = 8
	offInterrupt = 16
	offScratch   = 24
	offBuf       = 64
	bufWords     = 256
)

func bufWord(i int) int32 { return offBuf + int32(i)*8 }

// Options tune a compile.
type Options struct {
	// GPRegs and FPRegs limit the general and X registers the allocator
	// uses (0: all of them); tests set them to force spills.
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

// The context words of a call's operands and result.
const (
	offCallArg0   = offScratch
	offCallArg1   = offScratch + 8
	offCallResult = offScratch + 16
)

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

// Compiler compiles traces. It holds an assembler context, which costs
// to create: reuse one Compiler per goroutine; it is not safe for
// concurrent use.
type Compiler struct {
	a *asm
}

// NewCompiler returns a new compiler.
func NewCompiler() *Compiler { return &Compiler{} }

// Compile compiles t, which must verify.
func Compile(t *ir.Trace, opts *Options) (*Code, error) {
	return NewCompiler().Compile(t, opts)
}

// Compile compiles t, which must verify.
func (c *Compiler) Compile(t *ir.Trace, opts *Options) (*Code, error) {
	if err := ir.Verify(t); err != nil {
		return nil, fmt.Errorf("amd64: trace does not verify: %w", err)
	}
	if opts == nil {
		opts = &Options{}
	}
	if c.a == nil {
		c.a = newAsm()
	} else {
		c.a.reset()
	}
	g := &gen{a: c.a, t: t, opts: opts}
	g.al = allocate(t, opts, t.NumSlots)
	if t.NumSlots+g.al.spills > bufWords {
		return nil, fmt.Errorf("amd64: %d slots and %d spills exceed the %d-word exit buffer",
			t.NumSlots, g.al.spills, bufWords)
	}
	g.body()
	code, err := c.a.assemble()
	if err != nil {
		return nil, err
	}
	for k, l := range g.resumes {
		if l != nil {
			g.exits[k].Resume = int(l.prog.Pc)
		}
	}
	return &Code{Bytes: code, Exits: g.exits, Spills: g.al.spills, Insts: c.a.count}, nil
}
