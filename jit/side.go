package jit

import (
	"fmt"
	"unsafe"

	"github.com/pyjit/pyjit/cache"
	"github.com/pyjit/pyjit/jit/backend"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/opt"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Side traces. A guard of a loop's trace that fails often (a branch that
// goes both ways, a value that is None or a float) gets a trace of its
// own, recorded from the state the exit leaves: from the guard's resume
// pc to the loop's back edge. It uses its parent's slots, so it starts
// from the exit buffer exactly as the parent's exit stub left it, without
// a trip through the frame: when the parent leaves through the guard, Go
// enters the side trace at once, and when the side trace reaches the back
// edge (an exit whose snapshot is the loop header's state, in the parent's
// slots) Go enters the parent again from its start, which reads its slots
// anew. Both paths stay native; the frame is written only when a trace
// leaves for the interpreter. A side trace's own guards exit to the
// interpreter through its own snapshots (side traces of side traces are
// not recorded).
//
// The side trace's fuel: each of its trips to the back edge takes one
// unit, as the parent's Fuel check would; when the fuel is used up Go
// leaves through the side trace's end, at the loop header.

// Side traces are recorded for an exit taken sideThreshold times, at
// most maxSideTries times per exit and for at most maxSides exits per
// parent.
const (
	sideThreshold = 16
	maxSideTries  = 2
	maxSides      = 8
)

// sideReason is the resume reason of a side trace's end at the back edge.
const sideReason = "side trace end"

// sideState is a parent trace's side traces and its exits' counts.
type sideState struct {
	sides  map[ir.Ref]*sideTrace // by the parent's exiting instruction
	counts map[ir.Ref]int
	tries  map[ir.Ref]int
}

// sideRec is the recorder's state for a side trace.
type sideRec struct {
	// extraBase is the first exit-buffer word after the parent's slots
	// and spills: the slots of the locals the side path uses and its
	// parent does not hold start there.
	extraBase int
	extras    []int
}

// sideTrace is an installed side trace.
type sideTrace struct {
	tr *cache.Trace
	c  *compiled
	// extras are the slots of the locals the side trace holds and its
	// parent does not: Go copies them from the frame when it enters the
	// side trace and back into the frame when the side trace reaches the
	// back edge.
	extras []int
	// checked is the parent entry (Stats.Entries) at which the side
	// trace's dependencies were last checked.
	checked uint64
}

// onRetire retires the side traces of a trace that leaves the table.
func (j *JIT) onRetire(tr *cache.Trace, _ cache.Reason) {
	c, ok := tr.Meta.(*compiled)
	if !ok || c.side == nil {
		return
	}
	for _, s := range c.side.sides {
		j.table.Retire(s.tr)
	}
	c.side.sides = nil
}

// enterSides runs the loop's trace and, when it leaves through a guard
// that has a side trace, the side trace, then the loop's trace again,
// until a trace leaves for the interpreter: it returns that exit and the
// trace (parent or side) whose snapshot describes it.
func (j *JIT) enterSides(lp *loop, c *compiled, f *vm.Frame) (*backend.Exit, *compiled) {
	before := j.ctx.Fuel
	e := j.enter(nil, f, lp.tr, c)
	for {
		if e.Kind != backend.ExitGuard || c.side == nil {
			return e, c
		}
		s := c.side.sides[e.Inst]
		if s == nil {
			return e, c
		}
		if s.tr.Retired() {
			delete(c.side.sides, e.Inst)
			return e, c
		}
		if j.ctx.Fuel == before {
			// The parent left in its first iteration: maxMisses times in a
			// row, and its own path is stale (a type that changed for
			// good). It is retired and recorded again; the exit goes to
			// the interpreter.
			if lp.stuck++; lp.stuck >= maxMisses {
				j.table.Retire(lp.tr)
				lp.stuck = 0
				return e, c
			}
		} else {
			lp.stuck = 0
		}
		if s.checked != j.stats.Entries {
			// The side trace's own globals and classes, checked once per
			// entry from the interpreter (native code changes none of
			// them); the frame is as the parent found it.
			var scratch cache.Context
			if !s.c.enter(&scratch, f) {
				return e, c
			}
			s.checked = j.stats.Entries
		}
		if !s.loadExtras(j.ctx, f) {
			return e, c
		}
		j.stats.SideEntries++
		se := j.enter(nil, f, s.tr, s.c)
		if se.Kind != backend.ExitEnd {
			return se, s.c
		}
		// One iteration through the side path.
		if j.ctx.Fuel--; j.ctx.Fuel <= 0 {
			return se, s.c
		}
		s.storeExtras(j.ctx, f)
		before = j.ctx.Fuel
		e = j.enter(nil, f, lp.tr, c)
	}
}

// noteExit counts an exit of a loop's trace that left for the
// interpreter after iters iterations, and records a side trace from it
// once it is hot. f is restored to the exit's state. Exits in the first
// iteration are left to the retiring of stale traces (see maxMisses),
// exits inside inlined calls and at the loop's end to the interpreter.
func (j *JIT) noteExit(f *vm.Frame, lp *loop, c, ec *compiled, e *backend.Exit, rd *resumeDesc, iters int64) {
	if ec != c || e.Kind != backend.ExitGuard || iters == 0 || len(rd.inlined) > 0 || rd.reason == "loop end" || lp.tr == nil || lp.tr.Retired() {
		return
	}
	if c.side == nil {
		c.side = &sideState{sides: map[ir.Ref]*sideTrace{}, counts: map[ir.Ref]int{}, tries: map[ir.Ref]int{}}
	}
	ss := c.side
	if ss.sides[e.Inst] != nil || ss.tries[e.Inst] >= maxSideTries || len(ss.sides) >= maxSides {
		return
	}
	if ss.counts[e.Inst]++; ss.counts[e.Inst] < sideThreshold {
		return
	}
	ss.counts[e.Inst] = 0
	ss.tries[e.Inst]++
	sc, extras, err := j.buildSide(c, f, rd)
	if err != nil {
		reason := err.Error()
		if a, ok := err.(errAbort); ok {
			reason = string(a)
		}
		j.stats.Aborts["side trace: "+reason]++
		return
	}
	tr, err := j.table.Install(cache.Key{Code: unsafe.Pointer(lp), PC: int(e.Inst)}, sc.native.Bytes, sc)
	if err != nil {
		j.stats.Aborts["side trace: install: "+err.Error()]++
		return
	}
	if lp.tr.Retired() {
		// Making room for the side trace evicted its parent.
		j.table.Retire(tr)
		return
	}
	// The parent writes back what the side trace may change.
	for s, d := range sc.slots[:len(c.slots)] {
		if d.written {
			c.slots[s].written = true
		}
	}
	ss.sides[e.Inst] = &sideTrace{tr: tr, c: sc, extras: extras}
	j.stats.Traces++
	j.stats.SideTraces++
}

// buildSide records, optimizes and compiles a side trace of parent from
// f, restored to the state of the parent's exit rd.
func (j *JIT) buildSide(parent *compiled, f *vm.Frame, rd *resumeDesc) (*compiled, []int, error) {
	co := f.Code()
	end := -1
	for pc := parent.header; pc < len(co.Instrs); pc++ {
		if in := co.Instrs[pc]; in.Op() == code.JUMP_BACKWARD && in.Arg() == parent.header {
			end = pc
		}
	}
	if end < 0 {
		return nil, nil, errAbort("no back edge")
	}
	r := &recorder{co: co, frame: f, builtins: &j.builtins, fast: f.Fast(), h: parent.header, end: end, sp0: parent.sp0,
		b: j.scratchBuilder(), locals: map[int]*local{}, final: true,
		side: &sideRec{extraBase: len(parent.slots) + parent.native.Spills}}
	defer func() { j.keepScratch(r.b) }()
	r.slots = append([]slotDesc(nil), parent.slots...)
	r.stackBase = parent.stack
	r.iter = parent.iter
	nstack := 0
	for s, d := range r.slots {
		switch d.role {
		case roleLocal:
			l := &local{slot: s, k: d.kind, cls: d.cls, init: r.b.LoadSlot(s, d.kind.irType())}
			l.phi = l.init
			l.cur = r.concrete(d.index, l.init, d.kind)
			r.locals[d.index] = l
			r.order = append(r.order, d.index)
			if d.kind == kFunc {
				r.funcLocals = append(r.funcLocals, globalDep{name: d.index, v: f.Fast()[d.index]})
			}
		case roleIterIndex:
			r.rIdx = r.b.LoadSlot(s, ir.Int)
			r.rIdxPhi, r.rCur = r.rIdx, r.rIdx
		case roleRangeStart:
			r.rStart = r.b.LoadSlot(s, ir.Int)
		case roleRangeStep:
			r.rStep = r.b.LoadSlot(s, ir.Int)
		case roleIterLen:
			r.rN = r.b.LoadSlot(s, ir.Int)
		case roleSeqItems:
			r.rItems = r.b.LoadSlot(s, ir.Object)
		case roleIterIndex2:
			r.rIdx2 = r.b.LoadSlot(s, ir.Int)
			r.rIdx2Phi, r.rCur2 = r.rIdx2, r.rIdx2
		case roleSeqItems2:
			r.rItems2 = r.b.LoadSlot(s, ir.Object)
		case roleIterLen2:
			r.rN2 = r.b.LoadSlot(s, ir.Int)
		case roleStack:
			nstack++
		}
	}
	fast := f.Fast()
	for d, k := range rd.stack {
		if k.isConst() {
			v := rd.consts[d]
			r.push(sval{ref: ir.None, k: k, v: v, konst: true})
			continue
		}
		r.push(concreteVal(r.b.LoadSlot(r.stackBase+d, k.irType()), k, fast[r.sp0+d]))
	}
	if err := r.walkFrom(rd.pc); err != nil {
		return nil, nil, err
	}
	if r.depth > nstack {
		return nil, nil, errAbort("stack deeper than the parent's")
	}
	for _, idx := range r.order {
		if l := r.locals[idx]; l.written {
			r.slots[l.slot].written = true
		}
	}
	t := r.b.Trace()
	t.NumSlots = len(r.slots)
	if err := ir.Verify(t); err != nil {
		return nil, nil, fmt.Errorf("verify: %v", err)
	}
	o := opt.Pipeline(t)
	native, err := j.comp.Compile(o, nil)
	if err != nil {
		return nil, nil, errAbort("compile: " + err.Error())
	}
	if j.cfg.Log != nil {
		fmt.Fprintf(j.cfg.Log, "jit: side trace %s:%d from pc %d of the loop at pc %d\n-- recorded\n%s-- optimized\n%s-- machine code (%d bytes)\n%s\n",
			co.Filename, co.Line(rd.pc), rd.pc, parent.header, t, o, len(native.Bytes), j.back.Disasm(native.Bytes))
	}
	return &compiled{code: parent.code, header: parent.header, sp0: parent.sp0, slots: r.slots, inputs: inputSlots(r.slots), stack: parent.stack,
		trace: o, native: native, resume: r.resume, iter: parent.iter, globals: r.globals, types: r.types,
		modAttrs: r.modAttrs, funcs: r.funcs, funcLocals: r.funcLocals, builds: r.builds}, r.side.extras, nil
}

// closeSide ends a side trace at the loop's back edge: an exit whose
// snapshot is the header's state in the parent's slots, from which the
// parent starts again.
func (r *recorder) closeSide() error {
	if len(r.stack) != 0 {
		return errAbort("stack not empty at the back edge")
	}
	r.b.Exit(r.snap(r.h, sideReason))
	return nil
}

// bodyLocals adds to the first walk's locals the other locals of the
// loop's body that hold an int or a float and that the body reads before
// it writes them (in the order of the code): the paths off the recorded
// one, which side traces take, use them too, and a side trace has only
// its parent's slots. A local the body writes first may be unbound when
// the loop starts again, which would refuse the trace's entries.
func (r *recorder) bodyLocals() {
	seen := map[int]bool{}
	for pc := r.h; pc <= r.end; pc++ {
		in := r.co.Instrs[pc]
		fam := in.Op().Family()
		if fam != code.LOAD_FAST && fam != code.STORE_FAST || seen[in.Arg()] {
			continue
		}
		seen[in.Arg()] = true
		if v := r.fast[in.Arg()]; fam == code.LOAD_FAST && r.locals[in.Arg()] == nil && (v.IsSmallInt() || v.IsFloat()) {
			r.local(in.Arg())
		}
	}
	// Stack slots for as deep as the frame's stack goes: they cost
	// nothing until an exit writes them.
	r.depth = max(r.depth, len(r.fast)-r.sp0)
}

// sideLocal makes a local the parent's slots do not hold, an int or a
// float in the frame now, a slot of the side trace after the parent's
// slots and spills (see sideTrace.extras).
func (r *recorder) sideLocal(idx int) (*local, error) {
	v := r.fast[idx]
	k := kindOf(v)
	if k != kInt && k != kFloat {
		return nil, errAbort("local not in the parent's slots")
	}
	for len(r.slots) < r.side.extraBase {
		// The parent's spills: no slot of the side trace.
		r.slots = append(r.slots, slotDesc{role: roleInlined})
	}
	s := len(r.slots)
	r.slots = append(r.slots, slotDesc{role: roleLocal, index: idx, kind: k})
	r.side.extras = append(r.side.extras, s)
	l := &local{slot: s, k: k, init: r.b.LoadSlot(s, k.irType())}
	l.phi = l.init
	l.cur = r.concrete(idx, l.init, k)
	r.locals[idx] = l
	r.order = append(r.order, idx)
	return l, nil
}

// loadExtras copies the side trace's extra locals from the frame into
// the exit buffer, if they hold the kinds the side trace was recorded
// with.
func (s *sideTrace) loadExtras(ctx *cache.Context, f *vm.Frame) bool {
	fast := f.Fast()
	for _, slot := range s.extras {
		d := &s.c.slots[slot]
		v := fast[d.index]
		switch d.kind {
		case kInt:
			if !v.IsSmallInt() {
				return false
			}
		case kFloat:
			if !v.IsFloat() || v.UncheckedFloat() != v.UncheckedFloat() {
				return false
			}
		}
		ctx.Buf[slot] = v.Bits()
	}
	return true
}

// storeExtras writes the extra locals the side trace changed back into
// the frame when it reaches the back edge: the parent does not hold them.
func (s *sideTrace) storeExtras(ctx *cache.Context, f *vm.Frame) {
	fast := f.Fast()
	for _, slot := range s.extras {
		if d := &s.c.slots[slot]; d.written {
			fast[d.index] = box(d.kind, ctx.Buf[slot])
		}
	}
}
