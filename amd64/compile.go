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

	"github.com/pyjit/pyjit/jit/backend"
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

// The types the backends share (package jit/backend).
type (
	// Options tune a compile.
	Options = backend.Options
	// ExitKind says why code exits.
	ExitKind = backend.ExitKind
	// Exit describes one exit of compiled code.
	Exit = backend.Exit
	// Code is a compiled trace.
	Code = backend.Code
)

// The kinds of exits.
const (
	ExitGuard = backend.ExitGuard
	ExitFuel  = backend.ExitFuel
	ExitEnd   = backend.ExitEnd
	ExitCall  = backend.ExitCall
)

// The context words of a call's operands and result.
const (
	offCallArg0   = offScratch
	offCallArg1   = offScratch + 8
	offCallResult = offScratch + 16
	// RAX and RDX while a division uses them (see gen.floorDiv).
	offSaveAX = offScratch + 24
	offSaveDX = offScratch + 32
)

// Backend is the amd64 code generator for package jit.
var Backend = backend.Backend{
	Arch:        "amd64",
	NewCompiler: func() backend.Compiler { return NewCompiler() },
	Disasm:      Disasm,
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
	g.al = backend.Allocate(t, opts, gpRegs, fpRegs, func(k int) int64 { return int64(bufWord(t.NumSlots + k)) })
	if t.NumSlots+g.al.Spills > bufWords {
		return nil, fmt.Errorf("amd64: %d slots and %d spills exceed the %d-word exit buffer",
			t.NumSlots, g.al.Spills, bufWords)
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
	return &Code{Bytes: code, Exits: g.exits, Spills: g.al.Spills, Insts: c.a.count}, nil
}
