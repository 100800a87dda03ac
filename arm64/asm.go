package arm64

import (
	"fmt"
	"strings"
	"sync"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// initTables initialises golang-asm's instruction tables, which it builds
// lazily and without locks on first use.
var initTables sync.Once

func setupTables() {
	initTables.Do(func() {
		ctxt := obj.Linknew(&arm64.Linkarm64)
		arm64.Linkarm64.Init(ctxt)
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
}

// label is a branch target; prog is the instruction it binds to.
type label struct{ prog *obj.Prog }

type branch struct {
	p  *obj.Prog
	to *label
}

func newAsm() *asm {
	a := &asm{ctxt: obj.Linknew(&arm64.Linkarm64)}
	a.ctxt.DiagFunc = func(format string, args ...interface{}) {
		a.diags = append(a.diags, fmt.Sprintf(format, args...))
	}
	a.reset()
	return a
}

// reset empties the list. The assembler encodes from the second Prog on
// (the first is the function's TEXT), so the list starts with one.
func (a *asm) reset() {
	a.first, a.last, a.diags, a.pending, a.branches, a.count = nil, nil, nil, nil, nil, 0
	p := a.ctxt.NewProg()
	p.Ctxt = a.ctxt
	p.As = obj.ATEXT
	p.From = obj.Addr{Type: obj.TYPE_MEM, Name: obj.NAME_EXTERN}
	p.To = obj.Addr{Type: obj.TYPE_TEXTSIZE}
	a.first, a.last = p, p
}

// op appends an instruction "as from, to" in Go assembler order.
func (a *asm) op(as obj.As, from, to obj.Addr) *obj.Prog {
	p := a.ctxt.NewProg()
	p.Ctxt = a.ctxt
	p.As, p.From, p.To = as, from, to
	a.last.Link = p
	a.last = p
	for _, l := range a.pending {
		l.prog = p
	}
	a.pending = a.pending[:0]
	a.count++
	return p
}

// op3 appends "as from, reg, to": to = reg OP from for the three-operand
// instructions.
func (a *asm) op3(as obj.As, from obj.Addr, reg int16, to obj.Addr) *obj.Prog {
	p := a.op(as, from, to)
	p.Reg = reg
	return p
}

// csel appends "as cond, rn, rm, rd": rd = cond ? rn : rm (CSEL,
// FCSELD), or rd = cond ? 1 : 0 for CSET (rn and rm 0).
func (a *asm) csel(as obj.As, cond, rn, rm, rd int16) {
	p := a.op(as, regAddr(cond), regAddr(rd))
	p.Reg = rn
	if rm != 0 {
		p.SetFrom3(regAddr(rm))
	}
}

// bind makes l name the next instruction.
func (a *asm) bind(l *label) { a.pending = append(a.pending, l) }

// jump appends a branch to l.
func (a *asm) jump(as obj.As, l *label) *obj.Prog {
	p := a.op(as, obj.Addr{}, obj.Addr{Type: obj.TYPE_BRANCH})
	a.branches = append(a.branches, branch{p, l})
	return p
}

// assemble resolves the branches and encodes the instructions.
func (a *asm) assemble() ([]byte, error) {
	if len(a.pending) > 0 {
		return nil, fmt.Errorf("arm64: label at the end of the code")
	}
	for _, b := range a.branches {
		if b.to.prog == nil {
			return nil, fmt.Errorf("arm64: unbound label")
		}
		b.p.To.SetTarget(b.to.prog)
	}
	// The Builder's per-instruction rewrite (constant classes, negative
	// immediates) is not run by Assemble: run it on every Prog.
	for p := a.first.Link; p != nil; p = p.Link {
		a.ctxt.Arch.Progedit(a.ctxt, p, a.ctxt.NewProg)
	}
	s := &obj.LSym{Func: &obj.FuncInfo{Text: a.first}}
	a.ctxt.Arch.Assemble(a.ctxt, s, a.ctxt.NewProg)
	if len(a.diags) > 0 {
		return nil, fmt.Errorf("arm64: assembler: %s", strings.Join(a.diags, "; "))
	}
	return s.P, nil
}

func regAddr(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }

func memAddr(base int16, off int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: off}
}

func immAddr(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }

// shiftAddr is the operand "r<<n" (LSL) or "r->n" (ASR) of a data
// processing instruction.
func shiftAddr(r int16, kind int64, n int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_SHIFT, Offset: int64(r&31)<<16 | kind | (n&63)<<10}
}
