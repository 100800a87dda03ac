package jit

import (
	"fmt"
	"unsafe"
	"weak"

	"github.com/pyjit/pyjit/cache"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/opt"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Function-entry traces. A function called often (counted at the start
// of its frame, as a loop's back edges are) gets a trace from its first
// instruction to its return, its calls inlined as in a loop's trace. The
// function's own frame is recorded as an inlined call that is already
// there: its locals are IR values (the arguments read from slots and
// checked at entry, the other locals unbound), and every snapshot
// describes it as the first of its inlined frames. The trace ends with
// an exit at the function's RETURN_VALUE or RETURN_CONST, with the
// result on the frame's stack: the interpreter then returns it to the
// caller itself, exactly as it would have. Any other exit restores the
// frame (and rebuilds the frames of the calls it is inside) and the
// interpreter resumes there.

// entryPC is the trace-table key's pc of a function's entry trace (a
// loop header is never negative).
const entryPC = -1

// entryRec is the recorder's state for an entry trace.
type entryRec struct {
	fn *vm.Function
	// keep marks the arguments of kinds the trace does not hold: they
	// stay in the frame as they are, and reading one aborts.
	keep map[int]bool
	// used marks the arguments the walk reads (found by the first walk):
	// only those get slots checked at entry, the others stay in the
	// frame as they are, whatever they hold.
	used map[int]bool
	// noInline makes the calls of the function's own frame calls not
	// inlined (callpy.go): set when inlining them made the path too long.
	noInline bool
	// kinds are the kinds of the results of those calls, as last seen.
	kinds callKinds
}

// entryTrace is what an entry trace's entry and exits need.
type entryTrace struct {
	// fn and version identify the function recorded: its address (the
	// trace does not keep it alive) and its version, unique to every
	// function made (a function made later at the same address has
	// another), which costs a compare where a weak pointer's Value
	// costs about forty instructions per call.
	fn      uintptr
	version uint32
}

// FuncEntry implements vm.JIT: it runs the entry trace of f's function,
// recording it when the function has been called often enough.
func (j *JIT) FuncEntry(th *vm.Thread, f *vm.Frame) (bool, error) {
	if th.Traced() {
		return false, nil
	}
	co := f.Code()
	cs := stateOf(co)
	lp := cs.entry
	if lp == nil {
		lp = &loop{}
		cs.entry = lp
		if !traceable(co, f.Function()) {
			lp.black = true
			co.SetNoEntry()
			return false, nil
		}
	}
	j.dropRetired(lp)
	if lp.tr == nil {
		if lp.black {
			co.SetNoEntry()
			return false, nil
		}
		lp.count++
		if lp.count < j.cfg.Threshold+lp.wait {
			return false, nil
		}
		lp.count = 0
		j.recordEntry(cs, co, f, lp)
		if lp.tr == nil {
			return false, nil
		}
	}
	return j.runEntry(th, f, cs, lp)
}

// traceable reports whether a function's calls may get an entry trace:
// functions with loops are left to their loops' traces, generators
// never run their frame at the call, and frames with cells or *args hold
// what traces do not.
func traceable(co *vm.CodeObj, fn *vm.Function) bool {
	if fn == nil || co.Generator() || !fn.Inlinable(co.ArgCount) {
		return false
	}
	for _, in := range co.Instrs {
		if in.Op().Family() == code.FOR_ITER || in.Op() == code.JUMP_BACKWARD {
			return false
		}
	}
	return true
}

// recordEntry tries to compile the entry trace of f's function.
func (j *JIT) recordEntry(cs *codeState, co *vm.CodeObj, f *vm.Frame, lp *loop) {
	c, err := j.buildEntry(co, f, cs.kinds, false)
	tooLong := err == errTooLong
	if tooLong {
		// Inlined, the calls make the path too long: the function calls
		// them instead.
		c, err = j.buildEntry(co, f, cs.kinds, true)
	}
	if err == errTooShort && (tooLong || !makesCalls(co)) {
		// The same path would be as short next time. (A function that
		// makes calls may have taken a path that makes none: a recursion's
		// base case. But one whose calls, inlined, made the walk too long
		// and, made through Go, cost more than they save — twenty calls in
		// a row of a method or function that is short itself, as in
		// bm_call_method_unknown's bar and baz — would walk the same 2,000
		// instructions at every try.)
		j.stats.Aborts["function entry: "+string(errTooShort)]++
		j.blacklist(lp, "")
		return
	}
	if err != nil {
		reason := err.Error()
		if a, ok := err.(errAbort); ok {
			reason = string(a)
		}
		j.abort(lp, "function entry: "+reason)
		return
	}
	j.table.RetireIf(func(tr *cache.Trace) bool {
		m, ok := tr.Meta.(*compiled)
		return ok && m.code.Value() == nil
	})
	tr, err := j.table.Install(cache.Key{Code: unsafe.Pointer(cs), PC: entryPC}, c.native.Bytes, c)
	if err != nil {
		j.abort(lp, "install: "+err.Error())
		return
	}
	lp.tr, lp.compile = tr, c
	j.stats.Traces++
	j.stats.EntryTraces++
}

// buildEntry records, optimizes and compiles the entry trace of f.
func (j *JIT) buildEntry(co *vm.CodeObj, f *vm.Frame, kinds callKinds, noInline bool) (*compiled, error) {
	fn := f.Function()
	used := map[int]bool{}
	newRec := func(final bool) *recorder {
		return &recorder{co: co, frame: f, builtins: &j.builtins, fast: f.Fast(), end: len(co.Instrs) - 1,
			sp0: f.SP(), b: ir.NewBuilder(0), locals: map[int]*local{}, final: final,
			entry: &entryRec{fn: fn, keep: map[int]bool{}, used: used, noInline: noInline, kinds: kinds}}
	}
	first := newRec(false)
	first.b = j.scratchBuilder()
	defer func() { j.keepScratch(first.b) }()
	first.regions = []int{co.NLocals + co.StackSize}
	first.entryFrame()
	if err := first.walk(); err != nil {
		return nil, err
	}
	if j.tooShort(first, first.b.Trace()) {
		// The second walk takes the same path: no need to emit it.
		return nil, errTooShort
	}
	r := newRec(true)
	// The first walk's trace is thrown away: the second reuses its space.
	r.b = ir.NewBuilderBuf(0, first.b.Trace().Insts)
	first.b = r.b
	r.regions = append([]int(nil), first.regions...)
	r.entryFrame()
	if err := r.walk(); err != nil {
		return nil, err
	}
	t := r.b.Trace()
	t.NumSlots = len(r.slots)
	if j.tooShort(r, t) {
		return nil, errTooShort
	}
	if err := ir.Verify(t); err != nil {
		return nil, fmt.Errorf("verify: %v", err)
	}
	o := opt.Pipeline(t)
	native, err := j.comp.Compile(o, nil)
	if err != nil {
		return nil, errAbort("compile: " + err.Error())
	}
	if j.cfg.Log != nil {
		fmt.Fprintf(j.cfg.Log, "jit: trace %s:%d entry of %s\n-- recorded\n%s-- optimized\n%s-- machine code (%d bytes)\n%s\n",
			co.Filename, co.FirstLine, co.Name, t, o, len(native.Bytes), j.back.Disasm(native.Bytes))
	}
	// The function's own globals are looked up in the frame's (the entry
	// checks the frame is a call of fn), so the trace does not keep fn.
	globals := dedupGlobals(r.globals, fn)
	for i := range r.resume {
		rd := &r.resume[i]
		rd.toReturn = len(rd.inlined) == 1 && returnsAt(co, rd.inlined[0].pc)
	}
	return &compiled{code: weak.Make(co), header: entryPC, slots: r.slots, inputs: inputSlots(r.slots), trace: o, native: native,
		resume: r.resume, globals: globals, types: r.types, modAttrs: r.modAttrs,
		funcs: dedupFuncs(r.funcs), funcLocals: r.funcLocals, inline: len(r.regions) - 1,
		entry: &entryTrace{fn: uintptr(unsafe.Pointer(fn)), version: fn.Version()}, calls: r.calls, builds: r.builds}, nil
}

// tooShort reports whether the walk r, which emitted t, is too short
// to pay for an entry: fewer instructions than MinEntryPath, or fewer IR
// instructions than CallWork per call not inlined. Both walks of a
// recording give the same answer.
func (j *JIT) tooShort(r *recorder, t *ir.Trace) bool {
	if len(r.calls) == 0 && j.cfg.MinEntryPath > 0 && entryWork(r, t) < j.cfg.MinEntryPath {
		return true
	}
	n := len(r.calls)
	return n > 0 && len(t.Insts) < n*j.cfg.CallWork
}

// callWork is what a call inlined into an entry trace saves, and what
// a callout standing for a cheap instruction costs, in instructions of
// the interpreter: the interpreter's call and return (a frame made, the
// arguments copied, the result pushed) cost about as much as ten
// instructions of the body, and so does a callout's trip through Go (the
// exit stub, the callout, the trampoline back).
const callWork = 10

// entryWork estimates what an entry trace saves per entry, in
// instructions of the interpreter, for Config.MinEntryPath: the
// instructions its path walked, plus the calls it inlined, less the
// callouts that store a reference into an attribute (where the
// interpreter's STORE_ATTR is a store; the other callouts, a float power
// or an allocation, cost the interpreter as much).
func entryWork(r *recorder, t *ir.Trace) int {
	w := r.walked + callWork*r.inlinedCalls
	for _, in := range t.Insts {
		if in.Op == ir.OpCall && in.Aux&0xff == callSetAttr {
			w -= callWork
		}
	}
	return w
}

// errTooShort is the recording of such a function.
const errTooShort = errAbort("too short to pay")

// errTooLong is a walk longer than maxPath.
const errTooLong = errAbort("body too long")

// dedupGlobals returns deps without repeats, those of root (the traced
// function) looked up in the frame's globals.
func dedupGlobals(deps []globalDep, root *vm.Function) []globalDep {
	var out []globalDep
next:
	for _, d := range deps {
		if d.fn == root {
			d.fn = nil
		}
		for _, o := range out {
			if o.name == d.name && o.fn == d.fn {
				continue next
			}
		}
		out = append(out, d)
	}
	return out
}

// dedupFuncs returns deps without repeats.
func dedupFuncs(deps []funcDep) []funcDep {
	var out []funcDep
next:
	for _, d := range deps {
		for _, o := range out {
			if o.fn == d.fn {
				continue next
			}
		}
		out = append(out, d)
	}
	return out
}

// entryFrame lays out the traced function's frame as the walk's first
// inlined frame: each argument of a kind the trace holds in a slot
// checked at entry, a function argument as a constant checked at entry,
// the others kept where they are; the other locals unbound.
func (r *recorder) entryFrame() {
	co := r.co
	fr := &inlineFrame{fn: r.entry.fn, callPC: -1, locals: make([]sval, co.NLocals)}
	for i := range co.NLocals {
		v := r.fast[i]
		if v.IsNull() {
			continue
		}
		k := kindOf(v)
		switch {
		case isFunction(v):
			fr.locals[i] = sval{ref: ir.None, k: kFunc, v: v, konst: true}
			if r.final {
				r.funcLocals = append(r.funcLocals, globalDep{name: i, v: v})
			}
		case k == kNone || k == kBool || r.final && !r.entry.used[i]:
			r.entry.keep[i] = true
		default:
			d := slotDesc{role: roleLocal, index: i, kind: k}
			if k == kInst {
				d.cls = v.Type()
				r.useType(d.cls)
			}
			s := len(r.slots)
			r.slots = append(r.slots, d)
			fr.locals[i] = concreteVal(r.b.LoadSlot(s, k.irType()), k, v)
		}
	}
	if r.final {
		// The first walk sized the regions of the frames: the function's
		// own, then one per inlining depth.
		for d, size := range r.regions {
			r.regions[d] = len(r.slots)
			for i := range size {
				r.slots = append(r.slots, slotDesc{role: roleInlined, index: i})
			}
		}
		fr.base = r.regions[0]
	}
	r.frames = []*inlineFrame{fr}
}

// entryRoot reports whether the walk of an entry trace is in the traced
// function's own frame.
func (r *recorder) entryRoot() bool { return r.entry != nil && len(r.frames) == 1 }

// entryLoadFast records LOAD_FAST in the traced function's frame.
func (r *recorder) entryLoadFast(idx int) error {
	if r.entry.keep[idx] && r.top().locals[idx].k == kNone {
		return abortf("local of type %s", r.fast[idx].Type().Name)
	}
	if !r.final {
		r.entry.used[idx] = true
	}
	return r.loadFast(idx)
}

// callTooDeep reports whether CALL n would call a Python function deeper
// than calls are inlined: an entry trace ends there instead, leaving the
// call to the interpreter (which enters the callee's own trace).
func (r *recorder) callTooDeep(n int) bool {
	return len(r.frames) >= maxInline && len(r.stack) >= n+2 && r.stack[len(r.stack)-n-1].k == kFunc
}

// closeEntry ends an entry trace at pc, the traced function's return (or
// a call not inlined): an exit whose snapshot leaves the interpreter to
// run the instruction.
func (r *recorder) closeEntry(pc int) error {
	if err := r.effect("call not inlined"); err != nil {
		return err
	}
	if !r.final {
		return nil
	}
	reason := "return"
	if op := r.co.Instrs[pc].Op(); op != code.RETURN_VALUE && op != code.RETURN_CONST {
		reason = "call not inlined"
	}
	r.b.Exit(r.snap(pc, reason))
	return nil
}

// restoreEntry writes an entry trace's exit state into f, the traced
// function's frame, and rebuilds the frames of the calls the exit is
// inside. Locals the trace kept, or that are unbound, stay as they are.
func (c *compiled) restoreEntry(th *vm.Thread, ctx *cache.Context, f *vm.Frame, snap *ir.Snapshot) (*resumeDesc, bool) {
	rd := &c.resume[snap.Resume]
	root := &rd.inlined[0]
	fast := f.Fast()
	nl := len(root.locals)
	if op := f.Code().Instrs[root.pc].Op(); len(rd.inlined) == 1 && (op == code.RETURN_VALUE || op == code.RETURN_CONST) {
		// The frame returns at once (it waits for no call it made):
		// nothing can see its locals any more (no frame object, traceback
		// or closure was made of it), so only the result on its stack is
		// written.
		for d, k := range root.stack {
			if k.isConst() {
				fast[nl+d] = root.consts[d]
			} else {
				fast[nl+d] = box(k, ctx.Buf[root.base+nl+d])
			}
		}
		f.SetState(root.pc, nl+len(root.stack))
		return rd, true
	}
	var buf [32]vm.Value
	vals := buf[:0]
	for li, k := range root.locals {
		switch {
		case k.isConst():
			vals = append(vals, root.localConsts[li])
		case k != kNone:
			vals = append(vals, box(k, ctx.Buf[root.base+li]))
		default:
			vals = append(vals, fast[li])
		}
	}
	for d, k := range root.stack {
		if k.isConst() {
			vals = append(vals, root.consts[d])
		} else {
			vals = append(vals, box(k, ctx.Buf[root.base+nl+d]))
		}
	}
	copy(fast, vals)
	f.SetState(root.pc, len(vals))
	if len(rd.inlined) > 1 {
		rest := *rd
		rest.inlined = rd.inlined[1:]
		pushFrames(th, f, ctx.Buf[:], &rest)
	}
	return rd, false
}

// runEntry runs the entry trace of f's function, if it applies to f.
func (j *JIT) runEntry(th *vm.Thread, f *vm.Frame, cs *codeState, lp *loop) (bool, error) {
	c := lp.compile
	if c.inline > 0 || len(c.calls) > 0 {
		// Inlined calls count no steps and nest no frames: under a step
		// limit, or without room for the calls below the recursion limit,
		// the interpreter makes them. (Neither do the traced function's
		// own instructions count steps when it makes calls of its own.)
		if _, limited := th.StepBudget(); limited || th.CallRoom() < c.inline {
			return false, nil
		}
	}
	if fn := f.Function(); uintptr(unsafe.Pointer(fn)) != c.entry.fn || fn.Version() != c.entry.version || !c.enter(j.ctx, f) {
		j.refuse(lp, true)
		return false, nil
	}
	lp.misses = 0
	j.ctx.Fuel = j.cfg.Fuel
	j.stats.Entries++
	clear(j.keep[j.keepFrom:])
	j.keep = j.keep[:j.keepFrom]
	tr := lp.tr
	e := j.enter(th, f, tr, c)
	rd, returned := c.restoreEntry(th, j.ctx, f, &c.trace.Snaps[e.Snap])
	if j.pending.call != nil {
		// A call made, whose outcome the trace could not take.
		j.stats.Exits["call result"]++
		return true, j.finishCall(f, lp, cs)
	}
	j.dropKept()
	if returned || rd.toReturn {
		// An exit that leaves the frame at its return (the trace's end,
		// or a branch to a `return`) makes a call as cheap as the trace.
		lp.iters++
	}
	if rd.reason == "return" {
		// Counted apart: a map update per call costs as much as the
		// rest of the exit.
		j.returns++
	} else {
		j.stats.Exits[rd.reason]++
	}
	j.checkReturns(lp)
	return true, nil
}

// checkReturns retires an entry trace that leaves before the return in
// more than half of its entries (lp.iters counts the returns), and
// blacklists the function's entry: its exits and the frames they
// rebuild cost more than the trace saves.
func (j *JIT) checkReturns(lp *loop) {
	if lp.entries++; lp.entries < checkEntries {
		return
	}
	if 2*lp.iters < lp.entries {
		j.table.Retire(lp.tr)
		j.dropRetired(lp)
		j.blacklist(lp, "function entry: exits too often")
	}
	lp.entries, lp.iters, lp.refused = 0, 0, 0
}

// foldReturns adds the entry traces' returns, counted apart, to the
// exits by reason.
func (j *JIT) foldReturns() {
	if j.returns > 0 {
		j.stats.Exits["return"] += j.returns
		j.returns = 0
	}
}

// returnsAt reports whether the code returns from pc after a few loads
// and arithmetic at most: an exit there (a branch to `return n` or
// `return a - b`, a recursion's base case) rebuilds no frame and costs
// the interpreter a few instructions.
func returnsAt(co *vm.CodeObj, pc int) bool {
	for i := pc; i < len(co.Instrs) && i < pc+returnReach; i++ {
		switch co.Instrs[i].Op().Family() {
		case code.RETURN_VALUE, code.RETURN_CONST:
			return true
		case code.LOAD_FAST, code.LOAD_CONST, code.BINARY_OP:
		default:
			return false
		}
	}
	return false
}

// returnReach is how many instructions before a return returnsAt looks.
const returnReach = 6

// makesCalls reports whether co has a CALL instruction.
func makesCalls(co *vm.CodeObj) bool {
	for _, in := range co.Instrs {
		if in.Op().Family() == code.CALL {
			return true
		}
	}
	return false
}
