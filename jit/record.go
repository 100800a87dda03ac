package jit

import (
	"fmt"
	"math"
	"math/bits"
	"weak"

	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/opt"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Recording. At the back edge that crosses the threshold the recorder
// walks one iteration of the loop's bytecode from its header, computing
// every value both concretely (from the frame's current slots, to decide
// which way each branch goes) and as IR. Types are known exactly: each
// local the body uses is guarded at entry (in Go) to hold the kind of value
// it holds now, and the body's operations on those kinds determine every
// other type. The walk runs twice: the first finds the locals the body
// touches and the stack depth it reaches, the second emits the trace with
// those as its slots.

// maxPath bounds the instructions of one recorded iteration.
const maxPath = 2000

// errAbort is a recording failure with its counted reason.
type errAbort string

func (e errAbort) Error() string { return string(e) }

// errLoopEnds is the recording of a loop whose iterator is exhausted: it
// is tried again at the next back edge.
const errLoopEnds = errAbort("loop ends while recording")

func abortf(format string, args ...any) errAbort { return errAbort(fmt.Sprintf(format, args...)) }

// sval is a value on the recorder's stack or in a local: its IR value,
// kind and concrete value.
type sval struct {
	ref   ir.Ref
	k     kind
	i     int64
	f     float64
	v     vm.Value // a list, tuple or instance
	konst bool     // a constant of the code, or a global checked at entry
}

type local struct {
	slot    int
	k       kind
	init    ir.Ref // value at entry (or the Phi)
	phi     ir.Ref
	cur     sval
	written bool
	cls     *vm.Type // the class of a kInst local
}

// recorder holds one walk's state.
type recorder struct {
	co     *vm.CodeObj
	frame  *vm.Frame
	fast   []vm.Value
	h, end int // header pc, and the last back edge to it
	sp0    int
	b      *ir.Builder

	locals map[int]*local
	order  []int // local indexes in first-use order
	stack  []sval
	depth  int // deepest stack seen

	// Iteration (a for loop whose header is FOR_ITER): the index, and a
	// range's start and step or a sequence's items, and the count.
	iter                    iterKind
	rIdx, rStart, rStep, rN ir.Ref
	rItems                  ir.Ref
	rIdxPhi                 ir.Ref
	rCur                    ir.Ref
	// The second index of an enumerate (its count) or a zip (its second
	// iterator's), and zip's second items and length.
	rIdx2, rIdx2Phi, rCur2 ir.Ref
	rItems2, rN2           ir.Ref
	globals                []globalDep
	types                  []typeDep
	modAttrs               []modAttrDep
	// attrs caches the guards on instances' values (see attrValues).
	attrs map[ir.Ref]attrValues

	slots     []slotDesc
	stackBase int
	resume    []resumeDesc
	final     bool   // second walk: emit for real
	firstSnap *int32 // the first walk's one snapshot (see snap)
	walked    int    // instructions walked, inlined calls' included
	// stacks are the stacks of returned inlined calls, by depth, for the
	// next call at that depth (newStack).
	stacks [][]sval
	// framePool holds the frames of inlined calls, by depth (newFrame).
	framePool []*inlineFrame
	// inlinedCalls counts the calls the walk inlined (in both walks,
	// unlike funcs).
	inlinedCalls int
	// builtins are the builtin functions calls to which are inlined.
	builtins *builtinSet
	// frames are the inlined calls the walk is in (record_call.go);
	// co is then the innermost callee's code and stack its stack.
	frames []*inlineFrame
	// regions are, per inlining depth, the size (first walk) or first
	// slot (second walk) of the exit-buffer region of its frames.
	regions []int
	funcs   []funcDep
	// funcLocals are the locals holding functions the loop calls: their
	// index (name) and value, checked at entry.
	funcLocals []globalDep
	// entry is set when recording a function from its entry to its
	// return rather than a loop (entry.go).
	entry *entryRec
	// side is set when recording a side trace from a guard's exit to the
	// loop's back edge (side.go).
	side *sideRec
	// methods and cells are what method calls and cells rely on
	// (record_method.go, record_cell.go).
	methods methodDeps
	cells   map[*vm.Cell]cellStore
	// fresh are the instances the walk made for the classes it calls
	// (record_class.go), which it may change.
	fresh map[*vm.Instance]bool
	// stored are the attributes the walk stored into instances
	// (record_store.go): their values now.
	stored map[attrAt]vm.Value
	// calls are the calls an entry trace makes without inlining them
	// (callpy.go).
	calls []pyCall
	// op is set while the walk is inside an operator's method
	// (record_operator.go).
	op opBarrier
	// builds are the tuples and lists the trace makes (record_build.go).
	builds []buildDesc
	// comp is set when the loop appends to a comprehension's list, the
	// frame's stack entry below the iterator; compList is its IR value.
	comp     bool
	compList ir.Ref
}

// record tries to compile the loop whose header is f's pc.
func (j *JIT) record(cs *codeState, co *vm.CodeObj, f *vm.Frame, lp *loop) {
	c, err := j.build(co, f)
	if err == errLoopEnds && lp.retries < maxRetries {
		// The back edge that crossed the threshold was the loop's last:
		// the next one records, with no penalty, unless the loop keeps
		// ending there (a loop of one iteration).
		lp.retries++
		lp.count = j.cfg.Threshold + lp.wait - 1
		j.stats.Aborts[string(errLoopEnds)+" (retried)"]++
		return
	}
	if err == errTooLong {
		// Recording again would walk the same 2,000 instructions: a loop
		// whose one iteration is that long has no trace.
		j.stats.Aborts[string(errTooLong)]++
		j.blacklist(lp, "")
		return
	}
	if err != nil {
		reason := err.Error()
		if a, ok := err.(errAbort); ok {
			reason = string(a)
		}
		j.abort(lp, reason)
		return
	}
	if err := j.install(cs, lp, c); err != nil {
		j.abort(lp, "install: "+err.Error())
	}
}

// build records, optimizes and compiles the loop at f's pc.
func (j *JIT) build(co *vm.CodeObj, f *vm.Frame) (*compiled, error) {
	h := f.PC()
	end := -1
	for pc := h; pc < len(co.Instrs); pc++ {
		if in := co.Instrs[pc]; in.Op() == code.JUMP_BACKWARD && in.Arg() == h {
			end = pc
		}
	}
	if end < 0 {
		return nil, errAbort("no back edge")
	}
	if shortestPath(co, h, end) > maxPath {
		// Every path through the body is longer than a walk may be
		// (bm_unpack_sequence: 400 unpackings in a row): the walk would
		// abort after emitting thousands of IR instructions.
		return nil, errTooLong
	}
	first := &recorder{co: co, frame: f, builtins: &j.builtins, fast: f.Fast(), h: h, end: end, sp0: f.SP(), b: j.scratchBuilder(), locals: map[int]*local{}}
	defer func() { j.keepScratch(first.b) }()
	if err := first.walk(); err != nil {
		return nil, err
	}
	first.bodyLocals()
	// The first walk's trace is thrown away: the second reuses its space.
	b := ir.NewBuilderBuf(0, first.b.Trace().Insts)
	first.b = b
	r := &recorder{co: co, frame: f, builtins: &j.builtins, fast: f.Fast(), h: h, end: end, sp0: f.SP(), b: b, locals: map[int]*local{}, final: true}
	r.prologue(first)
	if err := r.walk(); err != nil {
		return nil, err
	}
	t := r.b.Trace()
	t.NumSlots = len(r.slots)
	if err := ir.Verify(t); err != nil {
		return nil, fmt.Errorf("verify: %v", err)
	}
	o := opt.Pipeline(t)
	native, err := j.comp.Compile(o, nil)
	if err != nil {
		return nil, errAbort("compile: " + err.Error())
	}
	if j.cfg.Log != nil {
		fmt.Fprintf(j.cfg.Log, "jit: trace %s:%d loop at pc %d (line %d)\n-- recorded\n%s-- optimized\n%s-- machine code (%d bytes)\n%s\n",
			co.Filename, co.Line(h), h, co.Line(h), t, o, len(native.Bytes), j.back.Disasm(native.Bytes))
	}
	return &compiled{code: weak.Make(co), header: h, sp0: r.sp0, slots: r.slots, inputs: inputSlots(r.slots), stack: r.stackBase,
		trace: o, native: native, resume: r.resume, iter: r.iter, globals: r.globals, types: r.types, modAttrs: r.modAttrs,
		funcs: r.funcs, funcLocals: r.funcLocals, inline: len(r.regions), methods: r.methods, builds: r.builds}, nil
}

// maxScratch is the most IR instructions (32 bytes each) whose space
// the JIT keeps from one recording for the next (scratchBuilder).
const maxScratch = 4096

// scratchBuilder returns a builder of a trace the recording throws away
// or copies (opt.Pipeline never changes its argument) before it ends,
// in the space the last recording left (keepScratch): recordings that
// abort, dozens in a program, then allocate no IR at all.
func (j *JIT) scratchBuilder() *ir.Builder {
	b := ir.NewBuilderBuf(0, j.scratch)
	j.scratch = nil // a recording inside this one gets its own
	return b
}

// keepScratch keeps the space of b's instructions for the next
// recording, unless it is larger than maxScratch.
func (j *JIT) keepScratch(b *ir.Builder) {
	if ins := b.Trace().Insts; cap(ins) <= maxScratch && cap(ins) > cap(j.scratch) {
		j.scratch = ins[:0]
	}
}

// prologue lays out the slots the first walk found and emits their loads,
// the loop marker and the Phis of the values the body changes.
func (r *recorder) prologue(first *recorder) {
	for _, idx := range first.order {
		fl := first.locals[idx]
		l := &local{slot: len(r.slots), k: fl.k, cls: fl.cls}
		r.slots = append(r.slots, slotDesc{role: roleLocal, index: idx, kind: fl.k, written: fl.written, cls: fl.cls})
		if fl.cls != nil {
			r.useType(fl.cls)
		}
		if fl.k == kFunc {
			r.funcLocals = append(r.funcLocals, globalDep{name: idx, v: fl.cur.v})
		}
		l.init = r.b.LoadSlot(l.slot, fl.k.irType())
		l.written = fl.written
		r.locals[idx] = l
		r.order = append(r.order, idx)
	}
	r.iter = first.iter
	load := func(ro role, t ir.Type) ir.Ref {
		s := len(r.slots)
		r.slots = append(r.slots, slotDesc{role: ro, kind: kInt})
		return r.b.LoadSlot(s, t)
	}
	switch r.iter {
	case iterRange:
		r.rIdx, r.rStart, r.rStep, r.rN = load(roleIterIndex, ir.Int), load(roleRangeStart, ir.Int), load(roleRangeStep, ir.Int), load(roleIterLen, ir.Int)
	case iterSeq, iterEnum, iterZip:
		r.rIdx, r.rItems, r.rN = load(roleIterIndex, ir.Int), load(roleSeqItems, ir.Object), load(roleIterLen, ir.Int)
	}
	switch r.iter {
	case iterEnum:
		r.rIdx2 = load(roleIterIndex2, ir.Int)
	case iterZip:
		r.rIdx2, r.rItems2, r.rN2 = load(roleIterIndex2, ir.Int), load(roleSeqItems2, ir.Object), load(roleIterLen2, ir.Int)
	}
	if first.comp {
		r.comp = true
		r.compList = load(roleCompList, ir.Object)
		r.slots[len(r.slots)-1].index = r.sp0 - 2
		r.slots[len(r.slots)-1].kind = kList
	}
	r.stackBase = len(r.slots)
	for d := 0; d < first.depth; d++ {
		r.slots = append(r.slots, slotDesc{role: roleStack, index: d})
	}
	for _, size := range first.regions {
		r.regions = append(r.regions, len(r.slots))
		for i := 0; i < size; i++ {
			r.slots = append(r.slots, slotDesc{role: roleInlined, index: i})
		}
	}
	r.b.Loop()
	for _, idx := range r.order {
		l := r.locals[idx]
		if l.written {
			l.phi = r.b.Phi(l.init)
		} else {
			l.phi = l.init
		}
	}
	if r.iter != iterNone {
		r.rIdxPhi = r.b.Phi(r.rIdx)
	}
	if r.iter.pair() {
		r.rIdx2Phi = r.b.Phi(r.rIdx2)
	}
	// Concrete values at the header.
	for _, idx := range r.order {
		l := r.locals[idx]
		l.cur = r.concrete(idx, l.phi, l.k)
	}
	r.rCur, r.rCur2 = r.rIdxPhi, r.rIdx2Phi
}

// concrete returns local idx's value at the header as an sval.
func (r *recorder) concrete(idx int, ref ir.Ref, k kind) sval {
	return concreteVal(ref, k, r.fast[idx])
}

// concreteVal returns v, of kind k, as an sval with IR value ref.
func concreteVal(ref ir.Ref, k kind, v vm.Value) sval {
	switch k {
	case kFloat:
		return sval{ref: ref, k: kFloat, f: v.UncheckedFloat()}
	case kList, kTuple, kInst, kPyNone, kFunc, kCell, kClass:
		return sval{ref: ref, k: k, v: v}
	}
	return sval{ref: ref, k: k, i: v.UncheckedInt()}
}

// kindOf returns the kind of a frame value the trace can hold.
func kindOf(v vm.Value) kind {
	switch {
	case v.IsSmallInt():
		return kInt
	case v.IsFloat() && v.UncheckedFloat() == v.UncheckedFloat():
		return kFloat
	case v.IsBool():
		return kBool
	case v.IsNone():
		return kPyNone
	}
	switch v.Object().(type) {
	case *vm.List:
		return kList
	case *vm.Tuple:
		return kTuple
	}
	if v.Instance() != nil {
		return kInst
	}
	return kNone
}

// seqItems returns the items of a list or tuple.
func seqItems(v vm.Value) []vm.Value {
	switch o := v.Object().(type) {
	case *vm.List:
		return o.Items()
	case *vm.Tuple:
		return o.Items()
	}
	return nil
}

// local returns the recorder's view of fast local idx, creating it in
// the first walk.
func (r *recorder) local(idx int) (*local, error) {
	if l := r.locals[idx]; l != nil {
		return l, nil
	}
	if r.side != nil {
		return r.sideLocal(idx)
	}
	if r.final {
		return nil, errAbort("path differs between walks")
	}
	k := kindOf(r.fast[idx])
	if isFunction(r.fast[idx]) {
		// A function to call: its identity is checked at entry.
		k = kFunc
	} else if vm.IsCell(r.fast[idx]) {
		k = kCell
	}
	if k == kNone {
		if r.fast[idx].IsNull() {
			return nil, errAbort("unbound local")
		}
		return nil, abortf("local of type %s", r.fast[idx].Type().Name)
	}
	l := &local{slot: -1, k: k}
	if k == kInst {
		l.cls = r.fast[idx].Type()
	}
	l.cur = r.concrete(idx, r.b.LoadSlot(0, k.irType()), k)
	r.locals[idx] = l
	r.order = append(r.order, idx)
	return l, nil
}

func (r *recorder) push(v sval) {
	r.stack = append(r.stack, v)
	if !r.inlined() {
		r.depth = max(r.depth, len(r.stack))
	}
}

func (r *recorder) pop() sval {
	v := r.stack[len(r.stack)-1]
	r.stack = r.stack[:len(r.stack)-1]
	return v
}

// snap makes a snapshot of the current state: every local, the range
// index, the value stack; the interpreter resumes at pc.
func (r *recorder) snap(pc int, reason string) int32 {
	if !r.final {
		// The first walk's trace is thrown away: its guards share one
		// empty snapshot (a walk 2,000 instructions long through calls 8
		// deep would otherwise copy every frame at every guard).
		if r.firstSnap == nil {
			s := r.b.Snap(0)
			r.firstSnap = &s
		}
		return *r.firstSnap
	}
	if s, ok := r.operatorSnap(); ok {
		return s
	}
	var es []ir.SnapEntry
	for _, idx := range r.order {
		l := r.locals[idx]
		if l.slot >= 0 {
			es = append(es, ir.S(l.slot, l.cur.ref))
		}
	}
	if r.iter != iterNone && r.final {
		es = append(es, ir.S(r.slotOf(roleIterIndex), r.rCur))
		if r.iter.pair() {
			es = append(es, ir.S(r.slotOf(roleIterIndex2), r.rCur2))
		}
	}
	st, rpc := r.stack, pc
	if r.inlined() {
		// The loop's frame waits at the outermost call.
		st, rpc = r.frames[0].stack, r.frames[0].callPC+1
	}
	rd := resumeDesc{pc: rpc, sp: r.sp0 + len(st), reason: reason}
	rd.stack, rd.consts, es = r.stackEntries(st, r.stackBase, es)
	es = r.inlinedSnap(pc, &rd, es)
	r.resume = append(r.resume, rd)
	return r.b.Snap(len(r.resume)-1, es...)
}

func (r *recorder) slotOf(ro role) int {
	for s, d := range r.slots {
		if d.role == ro {
			return s
		}
	}
	return -1
}

// walk records one iteration from the header back to it.
func (r *recorder) walk() error { return r.walkFrom(r.h) }

// walkFrom records the path from pc to the back edge.
func (r *recorder) walkFrom(pc int) error {
	for n := 0; ; n++ {
		if n > maxPath {
			return errTooLong
		}
		r.walked++
		if !r.inlined() && (pc < r.h || pc > r.end) {
			return errAbort("path leaves the loop")
		}
		in := r.co.Instrs[pc]
		op := in.Op()
		fam := op.Family()
		if len(r.stack) < stackUse(op, in.Arg()) {
			// The value is below the header's depth: the trace does not
			// hold it.
			return errAbort("stack entry from outside the loop")
		}
		switch {
		case op == code.NOP:
			pc++
		case op == code.PUSH_NULL:
			r.push(sval{ref: ir.None, k: kNull, v: vm.Null, konst: true})
			pc++
		case fam == code.FOR_ITER:
			if pc != r.h || r.inlined() {
				return errAbort("inner loop")
			}
			next, err := r.forIter()
			if err != nil {
				return err
			}
			pc = next
		case r.entryRoot() && (op == code.RETURN_VALUE || op == code.RETURN_CONST || op == code.LOAD_FAST):
			if op == code.LOAD_FAST {
				if err := r.entryLoadFast(in.Arg()); err != nil {
					return err
				}
				pc++
				break
			}
			return r.closeEntry(pc)
		case fam == code.CALL && r.entry != nil && r.callTooDeep(in.Arg()):
			return r.closeEntry(pc)
		case op == code.LOAD_FAST && r.inlined():
			if err := r.loadFast(in.Arg()); err != nil {
				return err
			}
			pc++
		case op == code.STORE_FAST && r.inlined():
			if err := r.storeFast(in.Arg()); err != nil {
				return err
			}
			pc++
		case op == code.RETURN_VALUE && r.inlined():
			next, err := r.ret(r.pop())
			if err != nil {
				return err
			}
			pc = next
		case op == code.RETURN_CONST && r.inlined():
			c := r.co.Const(in.Arg())
			if kindOf(c) == kNone && !c.IsNone() || kindOf(c) == kList {
				return abortf("constant of type %s", c.Type().Name)
			}
			next, err := r.ret(r.constant(c))
			if err != nil {
				return err
			}
			pc = next
		case op == code.LOAD_FAST:
			l, err := r.local(in.Arg())
			if err != nil {
				return err
			}
			v := l.cur
			v.konst = false
			r.push(v)
			pc++
		case op == code.STORE_FAST:
			v := r.pop()
			l, err := r.local(in.Arg())
			if err != nil {
				return err
			}
			if l.k != v.k || l.k == kFunc || l.k == kInst && v.v.Type() != l.cls {
				return errAbort("local changes type in the loop")
			}
			v.konst = false
			l.cur, l.written = v, true
			pc++
		case op == code.LOAD_CONST:
			c := r.co.Const(in.Arg())
			if (kindOf(c) == kNone && !c.IsNone()) || kindOf(c) == kList {
				return abortf("constant of type %s", c.Type().Name)
			}
			r.push(r.constant(c))
			pc++
		case op == code.UNARY_NEGATIVE:
			if err := r.negate(pc); err != nil {
				return err
			}
			pc++
		case fam == code.CALL:
			next, err := r.callOp(pc, in.Arg())
			if err != nil {
				return err
			}
			pc = next
		case fam == code.LOAD_GLOBAL:
			if err := r.loadGlobal(pc, in.Arg()); err != nil {
				return err
			}
			pc++
		case fam == code.UNPACK_SEQUENCE:
			if err := r.unpack(pc, in.Arg()); err != nil {
				return err
			}
			pc++
		case fam == code.BINARY_SUBSCR && r.stack[len(r.stack)-2].k == kInst:
			next, err := r.instSubscr(pc)
			if err != nil {
				return err
			}
			pc = next
		case fam == code.BINARY_SUBSCR:
			if err := r.subscr(pc); err != nil {
				return err
			}
			pc++
		case fam == code.STORE_SUBSCR:
			if err := r.storeSubscr(pc); err != nil {
				return err
			}
			pc++
		case fam == code.LOAD_ATTR:
			if err := r.loadAttr(pc, in.Arg()); err != nil {
				return err
			}
			pc++
		case fam == code.LOAD_METHOD:
			if err := r.loadMethod(pc, in.Arg()); err != nil {
				return err
			}
			pc++
		case op == code.LOAD_DEREF || op == code.STORE_DEREF || op == code.LOAD_CLOSURE:
			if err := r.deref(pc, op, in.Arg()); err != nil {
				return err
			}
			pc++
		case fam == code.STORE_ATTR:
			if err := r.storeAttr(pc, in.Arg()); err != nil {
				return err
			}
			pc++
		case fam == code.BINARY_OP && len(r.stack) >= 2 && r.stack[len(r.stack)-2].k == kInst:
			next, err := r.instOperator(pc, in.Arg())
			if err != nil {
				return err
			}
			pc = next
		case fam == code.BINARY_OP:
			if err := r.binary(pc, in.Arg()); err != nil {
				return err
			}
			pc++
		case fam == code.COMPARE_OP:
			next, err := r.compare(pc, in.Arg())
			if err != nil {
				return err
			}
			pc = next
		case op == code.IS_OP:
			next, err := r.isOp(pc, in.Arg())
			if err != nil {
				return err
			}
			pc = next
		case op == code.POP_JUMP_IF_NONE || op == code.POP_JUMP_IF_NOT_NONE:
			next, err := r.jumpIfNone(pc, in)
			if err != nil {
				return err
			}
			pc = next
		case op == code.JUMP_IF_FALSE_OR_POP || op == code.JUMP_IF_TRUE_OR_POP:
			next, err := r.jumpOrPop(pc, in)
			if err != nil {
				return err
			}
			pc = next
		case op == code.UNARY_NOT:
			if err := r.not(); err != nil {
				return err
			}
			pc++
		case op == code.POP_JUMP_IF_FALSE || op == code.POP_JUMP_IF_TRUE:
			next, err := r.jumpIf(pc, in)
			if err != nil {
				return err
			}
			pc = next
		case op == code.COPY:
			r.push(r.stack[len(r.stack)-in.Arg()])
			pc++
		case op == code.SWAP:
			n := len(r.stack)
			r.stack[n-1], r.stack[n-in.Arg()] = r.stack[n-in.Arg()], r.stack[n-1]
			pc++
		case op == code.POP_TOP:
			r.pop()
			pc++
		case op == code.BUILD_TUPLE || op == code.BUILD_LIST:
			if err := r.buildSeq(pc, op == code.BUILD_LIST, in.Arg()); err != nil {
				return err
			}
			pc++
		case op == code.LIST_APPEND:
			if err := r.compAppend(pc, in.Arg()); err != nil {
				return err
			}
			pc++
		case op == code.CONTAINS_OP:
			if err := r.containsOp(pc, in.Arg()); err != nil {
				return err
			}
			pc++
		case op == code.JUMP_FORWARD:
			pc = in.Arg()
		case op == code.JUMP_BACKWARD:
			if in.Arg() != r.h || r.inlined() {
				return errAbort("inner loop")
			}
			return r.close()
		default:
			return abortf("opcode %s", op)
		}
	}
}

// stackUse returns how many stack entries the instructions the
// recorder handles read.
func stackUse(op code.Opcode, arg int) int {
	switch op.Family() {
	case code.LIST_APPEND, code.STORE_FAST, code.POP_TOP, code.UNARY_NEGATIVE, code.UNARY_NOT, code.JUMP_IF_FALSE_OR_POP, code.JUMP_IF_TRUE_OR_POP, code.POP_JUMP_IF_FALSE, code.POP_JUMP_IF_TRUE, code.UNPACK_SEQUENCE, code.LOAD_ATTR,
		code.POP_JUMP_IF_NONE, code.POP_JUMP_IF_NOT_NONE, code.LOAD_METHOD, code.STORE_DEREF:
		return 1
	case code.BINARY_OP, code.COMPARE_OP, code.BINARY_SUBSCR, code.STORE_ATTR, code.IS_OP, code.CONTAINS_OP:
		return 2
	case code.BUILD_TUPLE, code.BUILD_LIST:
		return arg
	case code.STORE_SUBSCR:
		return 3
	case code.COPY, code.SWAP:
		return arg
	}
	return 0
}

// forIter records FOR_ITER at the header over a range, list or tuple
// iterator, or an enumerate or zip of those (record_seq.go). It returns
// the next pc.
func (r *recorder) forIter() (int, error) {
	if r.sp0 < 1 {
		return 0, errAbort("no iterator")
	}
	it := r.fast[r.sp0-1]
	if items, i, ok := vm.SeqIterState(it); ok {
		return r.h + 1, r.forSeq(items, i)
	}
	if _, _, ok := vm.EnumerateIterState(it); ok {
		return r.forPair(iterEnum, it)
	}
	if _, _, ok := vm.ZipPairState(it); ok {
		return r.forPair(iterZip, it)
	}
	return r.h + 1, r.forRange(it)
}

// forRange records FOR_ITER over a range iterator at the header.
func (r *recorder) forRange(it vm.Value) error {
	start, step, i, n, ok := vm.RangeIterState(it)
	if !ok {
		return abortf("iterator of type %s", it.Type().Name)
	}
	if i >= n {
		return errLoopEnds
	}
	if !r.final {
		r.iter = iterRange
		r.push(sval{ref: r.b.Int(0), k: kInt, i: start + i*step})
		return nil
	}
	// The exhausted iterator exits at the header: FOR_ITER runs again in
	// the interpreter and leaves the loop.
	r.b.Guard(ir.OpGuardTrue, r.snap(r.h, "loop end"), r.b.Op(ir.OpLt, r.rIdxPhi, r.rN))
	v := r.b.Op(ir.OpAdd, r.rStart, r.b.Op(ir.OpMul, r.rIdxPhi, r.rStep))
	r.rCur = r.b.Op(ir.OpAdd, r.rIdxPhi, r.b.Int(1))
	r.push(sval{ref: v, k: kInt, i: start + i*step})
	return nil
}

// binary records + - * on ints and floats.
func (r *recorder) binary(pc, arg int) error {
	nb := arg
	if nb >= code.NB_INPLACE_ADD {
		nb -= code.NB_INPLACE_ADD
	}
	b, a := r.stack[len(r.stack)-1], r.stack[len(r.stack)-2]
	if a.k == kBool || b.k == kBool {
		return errAbort("bool operand")
	}
	if !a.k.isNum() || !b.k.isNum() {
		return errAbort("operator on a value not an int or float")
	}
	if nb == code.NB_TRUE_DIVIDE && (a.k == kFloat || b.k == kFloat) {
		return r.divide(pc, a, b)
	}
	if nb == code.NB_POWER && (a.k == kFloat || b.k == kFloat) {
		return r.power(pc, a, b)
	}
	if a.k == kInt && b.k == kInt {
		if iop, ok := intBitOps[nb]; ok {
			return r.intExact(iop, a, b)
		}
		if nb == code.NB_FLOOR_DIVIDE || nb == code.NB_REMAINDER {
			return r.floorDiv(pc, nb, a, b)
		}
	}
	if nb != code.NB_ADD && nb != code.NB_SUBTRACT && nb != code.NB_MULTIPLY {
		return abortf("operator %d", arg)
	}
	if a.k == kInt && b.k == kInt {
		res, ok := intOp(nb, a.i, b.i)
		if !ok {
			return errAbort("int overflow while recording")
		}
		// The overflow exit resumes at this instruction with its operands
		// on the stack: the interpreter makes the big int.
		s := r.snap(pc, "int overflow")
		iop := map[int]ir.Op{code.NB_ADD: ir.OpAddOv, code.NB_SUBTRACT: ir.OpSubOv, code.NB_MULTIPLY: ir.OpMulOv}[nb]
		v := r.b.Op(iop, a.ref, b.ref)
		r.b.Guard(ir.OpGuardNoOverflow, s, v)
		r.pop()
		r.pop()
		r.push(sval{ref: v, k: kInt, i: res})
		return nil
	}
	x, y := r.toFloat(a), r.toFloat(b)
	var res float64
	var fop ir.Op
	switch nb {
	case code.NB_ADD:
		res, fop = x.f+y.f, ir.OpFAdd
	case code.NB_SUBTRACT:
		res, fop = x.f-y.f, ir.OpFSub
	default:
		res, fop = x.f*y.f, ir.OpFMul
	}
	r.pop()
	r.pop()
	r.push(sval{ref: r.b.Op(fop, x.ref, y.ref), k: kFloat, f: res})
	return nil
}

// intBitOps are the operators on ints whose result is always an int64.
var intBitOps = map[int]ir.Op{code.NB_AND: ir.OpBitAnd, code.NB_OR: ir.OpBitOr, code.NB_XOR: ir.OpBitXor}

// intExact records an operator on two ints that cannot overflow or raise.
func (r *recorder) intExact(op ir.Op, a, b sval) error {
	res, _ := ir.Arith(op, uint64(a.i), uint64(b.i))
	r.pop()
	r.pop()
	r.push(sval{ref: r.b.Op(op, a.ref, b.ref), k: kInt, i: int64(res)})
	return nil
}

// floorDiv records // and % on two ints. A zero divisor exits before
// the operation, so the interpreter raises ZeroDivisionError, and so does
// -2**63 // -1, whose quotient the interpreter makes a big int; both
// resume at the instruction with its operands on the stack.
func (r *recorder) floorDiv(pc, nb int, a, b sval) error {
	if b.i == 0 {
		return errAbort("division by zero while recording")
	}
	if nb == code.NB_FLOOR_DIVIDE && a.i == math.MinInt64 && b.i == -1 {
		return errAbort("int overflow while recording")
	}
	s := r.snap(pc, "division by zero")
	if !b.konst {
		r.b.Guard(ir.OpGuardTrue, s, r.b.Op(ir.OpNe, b.ref, r.b.Int(0)))
	}
	op := ir.OpFloorMod
	if nb == code.NB_FLOOR_DIVIDE {
		op = ir.OpFloorDiv
		if !b.konst || b.i == -1 {
			s := r.snap(pc, "int overflow")
			minDivMinusOne := r.b.Op(ir.OpAnd, r.b.Op(ir.OpEq, a.ref, r.b.Int(math.MinInt64)), r.b.Op(ir.OpEq, b.ref, r.b.Int(-1)))
			r.b.Guard(ir.OpGuardFalse, s, minDivMinusOne)
		}
	}
	return r.intExact(op, a, b)
}

// divide records / with a float operand. Python converts the other
// operand to a float first (an int's true division, which rounds the exact
// quotient, is left to the interpreter). A zero divisor exits before the
// division, so the interpreter raises ZeroDivisionError.
func (r *recorder) divide(pc int, a, b sval) error {
	if b.k == kFloat && b.f == 0 || b.k == kInt && b.i == 0 {
		return errAbort("division by zero while recording")
	}
	s := r.snap(pc, "division by zero")
	x, y := r.toFloat(a), r.toFloat(b)
	r.b.Guard(ir.OpGuardTrue, s, r.b.Op(ir.OpFNe, y.ref, r.b.Float(0)))
	r.pop()
	r.pop()
	r.push(sval{ref: r.b.Op(ir.OpFDiv, x.ref, y.ref), k: kFloat, f: x.f / y.f})
	return nil
}

// negate records unary minus: FNeg on a float; on an int a subtraction
// from 0, whose overflow (-(-2**63)) exits for the interpreter to make
// the big int.
func (r *recorder) negate(pc int) error {
	a := r.stack[len(r.stack)-1]
	switch a.k {
	case kFloat:
		r.pop()
		r.push(sval{ref: r.b.Op(ir.OpFNeg, a.ref), k: kFloat, f: -a.f})
		return nil
	case kInt:
		if a.i == math.MinInt64 {
			return errAbort("int overflow while recording")
		}
		s := r.snap(pc, "int overflow")
		v := r.b.Op(ir.OpSubOv, r.b.Int(0), a.ref)
		r.b.Guard(ir.OpGuardNoOverflow, s, v)
		r.pop()
		r.push(sval{ref: v, k: kInt, i: -a.i})
		return nil
	}
	return errAbort("unary minus of a value not an int or float")
}

// power records ** with a float operand as a callout to the
// interpreter's float power; a power that raises, is complex or is a NaN
// leaves through the snapshot at the instruction, with its operands on
// the stack.
func (r *recorder) power(pc int, a, b sval) error {
	x, y := r.toFloat(a), r.toFloat(b)
	res, ok := vm.FloatPow(x.f, y.f)
	if !ok {
		return errAbort("power not a float while recording")
	}
	s := r.snap(pc, "power")
	v := r.b.Call(callFloatPow, ir.Float, s, x.ref, y.ref)
	r.pop()
	r.pop()
	r.push(sval{ref: v, k: kFloat, f: res})
	return nil
}

// toFloat converts an int operand of float arithmetic, as Python does
// (correctly rounded).
func (r *recorder) toFloat(v sval) sval {
	if v.k == kFloat {
		return v
	}
	if v.konst {
		return sval{ref: r.b.Float(float64(v.i)), k: kFloat, f: float64(v.i)}
	}
	return sval{ref: r.b.Op(ir.OpIntToFloat, v.ref), k: kFloat, f: float64(v.i)}
}

// intOp is + - * on int64 with Python's overflow into big ints reported
// as !ok.
func intOp(nb int, a, b int64) (int64, bool) {
	switch nb {
	case code.NB_ADD:
		r := a + b
		return r, (r > a) == (b > 0)
	case code.NB_SUBTRACT:
		r := a - b
		return r, (r < a) == (b > 0)
	}
	hi, lo := bits.Mul64(uint64(absI(a)), uint64(absI(b)))
	if hi != 0 || lo >= 1<<63 || a == math.MinInt64 || b == math.MinInt64 {
		return 0, false
	}
	r := int64(lo)
	if (a < 0) != (b < 0) {
		r = -r
	}
	return r, true
}

func absI(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

var intCmp = [...]ir.Op{code.CMP_LT: ir.OpLt, code.CMP_LE: ir.OpLe, code.CMP_EQ: ir.OpEq, code.CMP_NE: ir.OpNe, code.CMP_GT: ir.OpGt, code.CMP_GE: ir.OpGe}
var floatCmp = [...]ir.Op{code.CMP_LT: ir.OpFLt, code.CMP_LE: ir.OpFLe, code.CMP_EQ: ir.OpFEq, code.CMP_NE: ir.OpFNe, code.CMP_GT: ir.OpFGt, code.CMP_GE: ir.OpFGe}

// compare records a comparison and the conditional jump that consumes
// it; the branch not taken exits. It returns the next pc.
func (r *recorder) compare(pc, arg int) (int, error) {
	if pc+1 > r.last() {
		return 0, errAbort("comparison result kept")
	}
	jump := r.co.Instrs[pc+1]
	if jump.Op() != code.POP_JUMP_IF_FALSE && jump.Op() != code.POP_JUMP_IF_TRUE {
		return r.compareKept(pc, arg)
	}
	b, a := r.stack[len(r.stack)-1], r.stack[len(r.stack)-2]
	cond, res, err := r.comparison(pc, arg, a, b)
	if err != nil {
		return 0, err
	}
	r.pop()
	r.pop()
	taken := res == (jump.Op() == code.POP_JUMP_IF_TRUE)
	next, other := pc+2, jump.Arg()
	if taken {
		next, other = other, next
	}
	s := r.snap(other, "branch")
	if res {
		r.b.Guard(ir.OpGuardTrue, s, cond)
	} else {
		r.b.Guard(ir.OpGuardFalse, s, cond)
	}
	return next, nil
}

// comparison returns the IR condition of comparison arg of a and b and
// its value now.
func (r *recorder) comparison(pc, arg int, a, b sval) (ir.Ref, bool, error) {
	if arg < 0 || arg >= len(intCmp) {
		return ir.None, false, abortf("comparison %d", arg)
	}
	if a.k == kBool || b.k == kBool {
		return ir.None, false, errAbort("bool operand")
	}
	if !a.k.isNum() || !b.k.isNum() {
		return ir.None, false, errAbort("comparison of a value not an int or float")
	}
	switch {
	case a.k == kInt && b.k == kInt:
		return r.b.Op(intCmp[arg], a.ref, b.ref), cmp(arg, a.i, b.i), nil
	}
	// Python compares an int and a float exactly: an int converts
	// exactly when it is within ±2**53, which constants are checked to be
	// here and other ints by a guard whose exit resumes at the comparison.
	for _, v := range []sval{a, b} {
		if v.k != kInt || exactConst(v) {
			continue
		}
		if !exactInt(v.i) {
			return ir.None, false, errAbort("int compared with float")
		}
		inRange := r.b.Op(ir.OpAnd, r.b.Op(ir.OpGe, v.ref, r.b.Int(-1<<53)), r.b.Op(ir.OpLe, v.ref, r.b.Int(1<<53)))
		r.b.Guard(ir.OpGuardTrue, r.snap(pc, "int compared with float"), inRange)
	}
	x, y := r.toFloat(a), r.toFloat(b)
	return r.b.Op(floatCmp[arg], x.ref, y.ref), cmp(arg, x.f, y.f), nil
}

func exactConst(v sval) bool { return v.konst && exactInt(v.i) }

// exactInt reports whether a float holds i exactly (every int within
// ±2**53 does).
func exactInt(i int64) bool { return i >= -1<<53 && i <= 1<<53 }

func cmp[T int64 | float64](op int, a, b T) bool {
	switch op {
	case code.CMP_LT:
		return a < b
	case code.CMP_LE:
		return a <= b
	case code.CMP_EQ:
		return a == b
	case code.CMP_NE:
		return a != b
	case code.CMP_GT:
		return a > b
	}
	return a >= b
}

// close ends the iteration at the back edge: the fuel check, whose exit
// resumes at the header, and the Phis' next values.
func (r *recorder) close() error {
	if r.side != nil {
		return r.closeSide()
	}
	if len(r.stack) != 0 {
		return errAbort("stack not empty at the back edge")
	}
	if !r.final {
		return nil
	}
	r.b.Fuel(r.snap(r.h, "fuel"))
	for _, idx := range r.order {
		if l := r.locals[idx]; l.written {
			r.b.SetPhi(l.phi, l.cur.ref)
		}
	}
	if r.iter != iterNone {
		r.b.SetPhi(r.rIdxPhi, r.rCur)
	}
	if r.iter.pair() {
		r.b.SetPhi(r.rIdx2Phi, r.rCur2)
	}
	return nil
}

// shortestPath returns the fewest instructions a walk of the loop's own
// frame can take from the header h to a back edge to it (end is the last
// one), following fall-throughs and jumps that stay in the loop: a lower
// bound on what the walk counts, inlined calls adding to it. Bodies
// shorter than maxPath are not searched: the result is then at most
// maxPath.
func shortestPath(co *vm.CodeObj, h, end int) int {
	n := end - h + 1
	if n <= maxPath {
		return n
	}
	dist := make([]int32, n)
	queue := make([]int32, 1, 64)
	dist[0] = 1
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		in := co.Instrs[h+int(i)]
		op := in.Op()
		if op == code.JUMP_BACKWARD {
			if in.Arg() == h {
				return int(dist[i])
			}
			continue // an inner loop: the walk aborts
		}
		visit := func(to int) {
			// A path out of the loop aborts the walk.
			if to >= h && to <= end && dist[to-h] == 0 {
				dist[to-h] = dist[i] + 1
				queue = append(queue, int32(to-h))
			}
		}
		if !op.IsTerminal() {
			visit(h + int(i) + 1)
		}
		if op.HasJump() {
			visit(in.Arg())
		}
	}
	return math.MaxInt32
}
