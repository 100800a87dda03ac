package amd64

import (
	"fmt"
	"strings"
	"sync"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// initTables initialises golang-asm's instruction tables, which it builds
// lazily and without locks on first use.
var initTables sync.Once

func setupTables() {
	initTables.Do(func() {
		ctxt := obj.Linknew(&x86.Linkamd64)
		x86.Linkamd64.Init(ctxt)
	})
}

func init() { setupTables() }

// asm is a list of instructions for golang-asm, with labels that bind to
// the next instruction emitted.
type asm struct {
	ctxt        *obj.Link
	first, last *obj.Prog
	diags       []string
	pending     []*label
	branches    []branch
	count       int
	// progs are the instructions of the code being assembled, in chunks
	// kept from one compile to the next (newProg).
	progs [][]obj.Prog
	used  int
}

// progChunk is how many instructions a chunk of asm.progs holds, and
// maxChunks how many chunks are kept between compiles: golang-asm's
// Prog is 200 bytes, and a trace of a few hundred instructions would
// otherwise leave that many Progs of garbage per compile (1.3 MB of
// bm_richards' 7 MB of allocation).
const (
	progChunk = 128
	maxChunks = 8
)

// newProg returns a zeroed instruction from the chunks.
func (a *asm) newProg() *obj.Prog {
	c, i := a.used/progChunk, a.used%progChunk
	if c == len(a.progs) {
		a.progs = append(a.progs, make([]obj.Prog, progChunk))
	}
	a.used++
	p := &a.progs[c][i]
	*p = obj.Prog{Ctxt: a.ctxt}
	return p
}

// label is a branch target; prog is the instruction it binds to.
type label struct{ prog *obj.Prog }

type branch struct {
	p  *obj.Prog
	to *label
}

func newAsm() *asm {
	a := &asm{ctxt: obj.Linknew(&x86.Linkamd64)}
	a.ctxt.DiagFunc = func(format string, args ...interface{}) {
		a.diags = append(a.diags, fmt.Sprintf(format, args...))
	}
	return a
}

func (a *asm) reset() {
	a.first, a.last, a.diags, a.pending, a.branches, a.count = nil, nil, nil, nil, nil, 0
	// The chunks' instructions are free again: nothing keeps them past
	// assemble (its result is a byte slice of its own).
	a.used = 0
	if len(a.progs) > maxChunks {
		clear(a.progs[maxChunks:])
		a.progs = a.progs[:maxChunks]
	}
}

// op appends an instruction "as from, to" in Go assembler order.
func (a *asm) op(as obj.As, from, to obj.Addr) *obj.Prog {
	p := a.newProg()
	p.As, p.From, p.To = as, from, to
	if a.first == nil {
		a.first = p
	} else {
		a.last.Link = p
	}
	a.last = p
	for _, l := range a.pending {
		l.prog = p
	}
	a.pending = a.pending[:0]
	a.count++
	return p
}

// bind makes l name the next instruction.
func (a *asm) bind(l *label) { a.pending = append(a.pending, l) }

// jump appends a branch to l.
func (a *asm) jump(as obj.As, l *label) {
	p := a.op(as, obj.Addr{}, obj.Addr{Type: obj.TYPE_BRANCH})
	a.branches = append(a.branches, branch{p, l})
}

// assemble resolves the branches and encodes the instructions.
func (a *asm) assemble() ([]byte, error) {
	if len(a.pending) > 0 {
		return nil, fmt.Errorf("amd64: label at the end of the code")
	}
	for _, b := range a.branches {
		if b.to.prog == nil {
			return nil, fmt.Errorf("amd64: unbound label")
		}
		b.p.To.SetTarget(b.to.prog)
	}
	for p := a.first; p != nil; p = p.Link {
		a.ctxt.Arch.Progedit(a.ctxt, p, a.ctxt.NewProg)
	}
	s := &obj.LSym{Func: &obj.FuncInfo{Text: a.first}}
	a.ctxt.Arch.Assemble(a.ctxt, s, a.ctxt.NewProg)
	if len(a.diags) > 0 {
		return nil, fmt.Errorf("amd64: assembler: %s", strings.Join(a.diags, "; "))
	}
	return s.P, nil
}

func regAddr(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }

func memAddr(base int16, off int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: off}
}

func immAddr(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }
