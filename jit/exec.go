package jit

import (
	"runtime"
	"unsafe"
	"weak"

	"github.com/pyjit/pyjit/cache"
	"github.com/pyjit/pyjit/jit/backend"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// codeState is the JIT's data on one code object: the state of each loop
// by the pc of its header. Its address is the code's identity in the
// trace table, so the table never keeps the code object alive.
type codeState struct {
	loops []*loop
	entry *loop // the function's entry (entry.go)
	// kinds are the results of the entry trace's calls not inlined
	// (callpy.go).
	kinds callKinds
}

// loop is the state of one loop header.
type loop struct {
	count   int // back edges since the last recording attempt
	wait    int // back edges to wait before recording (grows with aborts)
	aborts  int
	retries int // recordings put off because the loop was ending
	black   bool
	misses  int   // consecutive refused entries
	refused int64 // entries refused since the last look at the ratio
	retired int   // traces retired so far (see maxRecompiles)
	stuck   int   // consecutive exits in the first iteration (see maxMisses)
	// entries and iters count the entries into the trace and the
	// iterations they ran since the last look at the ratio.
	entries, iters int64
	tr             *cache.Trace
	compile        *compiled
}

// A trace that runs fewer than minIters iterations per entry on average
// over checkEntries entries costs more in entries and exits than it
// saves: it is retired and the loop left to the interpreter.
const (
	checkEntries = 1024
	minIters     = 4
)

// maxRetries is how many times a loop's recording is put off to the next
// back edge because its iterator was exhausted, before that counts as an
// abort.
const maxRetries = 8

// maxMisses is how many entries in a row a trace may refuse (a slot's type
// changed for good), or leave in their first iteration through a guard
// (an attribute's or item's type changed for good), before it is retired
// and the loop recorded again.
const maxMisses = 64

// compiled is a trace as the exit handler needs it (the cache.Trace's
// Meta).
type compiled struct {
	code   weak.Pointer[vm.CodeObj]
	header int
	sp0    int
	slots  []slotDesc
	// inputs are the slots an entry fills from the frame (inputSlots).
	inputs []int
	stack  int // first stack slot
	trace  *ir.Trace
	native *backend.Code
	resume []resumeDesc
	iter   iterKind
	// globals are the values the trace took as constants, checked at
	// every entry.
	globals []globalDep
	// types are the classes whose instances the trace reads, at the
	// versions every entry checks.
	types []typeDep
	// modAttrs are the attributes of modules the trace took as
	// constants, checked at every entry.
	modAttrs []modAttrDep
	// funcs are the functions the trace inlined, whose versions every
	// entry checks; inline is how deep the calls nest.
	funcs      []funcDep
	funcLocals []globalDep
	inline     int
	// entry is set on a trace of a function from its entry (entry.go).
	entry *entryTrace
	// side holds a loop trace's side traces (side.go).
	side *sideState
	// methods is what method calls and cells rely on (record_method.go).
	methods methodDeps
	// calls are the calls an entry trace makes without inlining them
	// (callpy.go).
	calls []pyCall
	// builds are the tuples and lists the trace makes (record_build.go).
	builds []buildDesc
}

// globalDep is a global the trace read as a constant: LOAD_GLOBAL's name
// index and the value it found, in the loop's frame or (fn not nil) in
// an inlined call of fn.
type globalDep struct {
	name  int
	v     vm.Value
	fn    *vm.Function
	cache vm.GlobalCache // where the entry found it last
}

// iterKind is the iterator a for loop's header walks.
type iterKind uint8

const (
	iterNone  iterKind = iota // a while loop
	iterRange                 // range iterator: index, start, step, count
	iterSeq                   // list or tuple iterator: index, items, count
	iterEnum                  // enumerate of a list or tuple iterator: iterSeq's, and the count (index 2)
	iterZip                   // zip of two list or tuple iterators: iterSeq's for each
)

// pair reports whether the loop walks an enumerate or a zip, whose
// items are pairs with a second index.
func (k iterKind) pair() bool { return k == iterEnum || k == iterZip }

// seqIters returns the list or tuple iterators a for loop's iterator of
// kind k walks (the second one nil but for zip), or false when it walks
// none: the iterator changed kind, or zip's two are one.
func seqIters(k iterKind, it vm.Value) (first, second vm.Value, ok bool) {
	switch k {
	case iterSeq:
		return it, vm.Null, true
	case iterEnum:
		inner, _, ok := vm.EnumerateIterState(it)
		return inner, vm.Null, ok
	case iterZip:
		a, b, ok := vm.ZipPairState(it)
		return a, b, ok && *words(&a) != *words(&b)
	}
	return vm.Null, vm.Null, false
}

// enumCountFits reports whether an enumerate's count, counted up once
// for each of the left items of its list, stays a small int.
func enumCountFits(count int64, left int) bool {
	return count >= -1<<61 && count+int64(left) <= 1<<61
}

// kind is the kind of value a slot holds.
type kind uint8

const (
	kNone kind = iota
	kInt
	kFloat
	kBool    // a bool: its payload word, 0 or 1 (record_bool.go)
	kList    // an exact list: the *vm.List
	kTuple   // an exact tuple: the *vm.Tuple
	kNull    // the NULL below a called function (stack only)
	kBuiltin // a builtin function the recorder inlines (stack only)
	kInst    // an instance of a class statement: the *vm.Instance
	kPyNone  // None: its word is 0
	kModule  // a module (stack only: a global checked at entry)
	kFunc    // a Python function the recorder inlines (stack only)
	kCell    // a cell (record_cell.go): the *vm.Cell
	kClass   // a class statement's class (stack only: a global checked at entry)
)

// isConst reports whether values of kind k live in no slot: constants
// the snapshot restore writes itself.
func (k kind) isConst() bool {
	return k == kNull || k == kBuiltin || k == kModule || k == kFunc || k == kClass
}

func (k kind) irType() ir.Type {
	switch k {
	case kFloat:
		return ir.Float
	case kList, kTuple, kInst, kCell:
		return ir.Object
	}
	return ir.Int
}

func (k kind) isSeq() bool { return k == kList || k == kTuple }

func (k kind) isNum() bool { return k == kInt || k == kFloat }

// itemsOffset is the offset of a list's or tuple's items slice.
func (k kind) itemsOffset() int64 {
	if k == kList {
		return int64(vm.ListItemsOffset)
	}
	return int64(vm.TupleItemsOffset)
}

// role says what a trace slot stands for in the frame.
type role uint8

const (
	roleLocal      role = iota // fast local index
	roleIterIndex              // the iterator's next index (written back)
	roleRangeStart             // read only
	roleRangeStep              // read only
	roleIterLen                // the iterator's count (range) or length (list, tuple): read only
	roleSeqItems               // the address of a list's or tuple's items: read only
	roleIterIndex2             // zip's second iterator's next index, or enumerate's count (written back)
	roleSeqItems2              // zip's second sequence's items: read only
	roleIterLen2               // zip's second sequence's length: read only
	roleStack                  // a value-stack entry, written at exits only
	roleCompList               // a comprehension's list, the stack entry below its iterator: read only
	roleInlined                // a local or stack entry of an inlined call, written at exits only
)

type slotDesc struct {
	role    role
	index   int // fast local, or stack depth
	kind    kind
	written bool     // a local the body stores
	cls     *vm.Type // the class of a kInst local
}

// resumeDesc is where the interpreter continues after an exit.
type resumeDesc struct {
	pc, sp int
	// stack holds the kinds of the value-stack entries above the header's
	// depth.
	stack []kind
	// consts holds the values of the stack entries of const kinds.
	consts []vm.Value
	reason string
	// inlined are the frames of the inlined calls the exit is inside,
	// outermost first; the loop's frame then waits at the first's CALL
	// (pc and sp above).
	inlined []inlineResume
	// toReturn marks an entry trace's exit in the traced function's own
	// frame right before a return (entry.go: returnsAt).
	toReturn bool
}

// BackEdge implements vm.JIT.
func (j *JIT) BackEdge(th *vm.Thread, f *vm.Frame) (bool, error) {
	if !f.PlainFunction() || th.Traced() {
		return false, nil
	}
	co := f.Code()
	cs := stateOf(co)
	h := f.PC()
	lp := cs.loops[h]
	if lp == nil {
		lp = &loop{}
		cs.loops[h] = lp
	}
	j.dropRetired(lp)
	if lp.tr == nil {
		if lp.black {
			// The interpreter stops calling the hook for this loop.
			co.SetNoLoop(h)
			return false, nil
		}
		lp.count++
		if lp.count < j.cfg.Threshold+lp.wait {
			return false, nil
		}
		lp.count = 0
		j.record(cs, co, f, lp)
		if lp.tr == nil {
			return false, nil
		}
	}
	return j.run(th, f, lp)
}

// stateOf returns the JIT's state on co, making it on first use.
func stateOf(co *vm.CodeObj) *codeState {
	cs, _ := co.JITData().(*codeState)
	if cs == nil {
		cs = &codeState{loops: make([]*loop, len(co.Instrs))}
		co.SetJITData(cs)
	}
	return cs
}

// checkRatio retires a trace that leaves too soon after entering, and
// blacklists its loop.
func (j *JIT) checkRatio(lp *loop, iters int64) {
	lp.entries++
	lp.iters += iters
	if lp.entries < checkEntries {
		return
	}
	if lp.iters < minIters*lp.entries {
		j.table.Retire(lp.tr)
		j.dropRetired(lp)
		j.blacklist(lp, "exits too often")
	}
	lp.entries, lp.iters, lp.refused = 0, 0, 0
}

// abort counts a failed recording and backs off, then blacklists.
func (j *JIT) abort(lp *loop, reason string) {
	j.stats.Aborts[reason]++
	lp.aborts++
	if lp.aborts >= j.cfg.MaxAborts {
		j.blacklist(lp, "")
		return
	}
	lp.wait = 16 << lp.aborts
}

// blacklist leaves the loop (or function entry) to the interpreter for
// good, counting why when reason is not empty.
func (j *JIT) blacklist(lp *loop, reason string) {
	if reason != "" {
		j.stats.Aborts[reason]++
	}
	if !lp.black {
		lp.black = true
		j.stats.Blacklisted++
	}
}

// maxRecompiles is how many traces of one loop or function entry may be
// retired before it is left to the interpreter for good: its entries keep
// refusing or leaving its traces (locals or arguments whose kinds change
// back and forth, a branch that turned), and recording again would only
// compile the same traces again.
const maxRecompiles = 4

// dropRetired forgets the loop's trace once it has been retired (by the
// JIT, or by the table for want of room), and blacklists the loop after
// maxRecompiles of them.
func (j *JIT) dropRetired(lp *loop) {
	if lp.tr == nil || !lp.tr.Retired() {
		return
	}
	lp.tr, lp.compile = nil, nil
	lp.misses, lp.stuck, lp.refused = 0, 0, 0
	lp.entries, lp.iters = 0, 0
	if lp.retired++; lp.retired >= maxRecompiles {
		j.blacklist(lp, "recompiled too often")
	}
}

// refuse counts an entry the loop's trace refused (a slot of another
// kind or class, a global rebound). A trace refused maxMisses times in a
// row is stale (a type changed for good): it is retired and the loop
// recorded again. An entry trace refused for more than a quarter of the
// calls over at least checkEntries/4 refusals (arguments of two kinds or
// classes taking turns) pays its checks on every refused call and saves
// nothing on them: it is retired and the function left to the
// interpreter. (A loop's refusals cost one check per run of the loop,
// which the iterations of its other runs repay.)
func (j *JIT) refuse(lp *loop, entry bool) {
	j.stats.EntryMisses++
	lp.refused++
	if lp.misses++; lp.misses >= maxMisses {
		j.table.Retire(lp.tr)
		j.dropRetired(lp)
		return
	}
	if entry && lp.refused >= checkEntries/4 && 3*lp.refused > lp.entries {
		j.table.Retire(lp.tr)
		j.dropRetired(lp)
		j.blacklist(lp, "function entry: refused too often")
	}
}

// install places a compiled trace in the table.
func (j *JIT) install(cs *codeState, lp *loop, c *compiled) error {
	// Traces of code objects that are gone go first.
	j.table.RetireIf(func(tr *cache.Trace) bool {
		m, ok := tr.Meta.(*compiled)
		return ok && m.code.Value() == nil
	})
	tr, err := j.table.Install(cache.Key{Code: unsafe.Pointer(cs), PC: c.header}, c.native.Bytes, c)
	if err != nil {
		return err
	}
	lp.tr, lp.compile = tr, c
	j.stats.Traces++
	return nil
}

// enter copies the frame's slots into the context, checking their types
// and the globals the trace took as constants; false means the trace does
// not apply to the frame as it is.
func (c *compiled) enter(ctx *cache.Context, f *vm.Frame) bool {
	if !c.holds(f) {
		return false
	}
	fast := f.Fast()
	var it vm.Value
	if c.sp0 > 0 {
		it = fast[c.sp0-1]
	}
	return c.enterSlots(ctx, f, fast, it)
}

// holds reports whether what the trace took as constants is as it was
// recorded: globals, functions' versions, locals holding functions,
// classes' versions, methods and module attributes.
func (c *compiled) holds(f *vm.Frame) bool {
	fast := f.Fast()
	for i := range c.globals {
		g := &c.globals[i]
		var v vm.Value
		var ok bool
		if g.fn != nil {
			v, ok = g.fn.GlobalValueCached(g.name, &g.cache)
		} else {
			v, ok = f.GlobalValueCached(g.name, &g.cache)
		}
		if !ok || *words(&v) != *words(&g.v) {
			return false
		}
	}
	for _, d := range c.funcs {
		if d.fn.Version() != d.version {
			return false
		}
	}
	for _, d := range c.funcLocals {
		if *words(&fast[d.name]) != *words(&d.v) {
			return false
		}
	}
	for _, t := range c.types {
		if t.t.Version() != t.version {
			return false
		}
	}
	if !c.methods.hold() {
		return false
	}
	for i := range c.modAttrs {
		a := &c.modAttrs[i]
		if v, ok := a.co.ModuleAttrCached(a.mod, a.name, &a.cache); !ok || *words(&v) != *words(&a.v) {
			return false
		}
	}
	return true
}

// enterSlots copies the frame's values into the trace's slots, checking
// their kinds.
func (c *compiled) enterSlots(ctx *cache.Context, f *vm.Frame, fast []vm.Value, it vm.Value) bool {
	for _, s := range c.inputs {
		d := &c.slots[s]
		var w uint64
		switch d.role {
		case roleLocal:
			v := fast[d.index]
			switch d.kind {
			case kInt:
				if !v.IsSmallInt() {
					return false
				}
			case kFloat:
				// A NaN's identity lives in its payload bits, which
				// arithmetic would carry along: NaNs stay in the
				// interpreter.
				if !v.IsFloat() || v.UncheckedFloat() != v.UncheckedFloat() {
					return false
				}
			case kList, kTuple, kCell:
				if words(&v)[0] != tags[d.kind] {
					return false
				}
				ctx.Buf[s] = words(&v)[1]
				continue
			case kBool:
				if !v.IsBool() {
					return false
				}
			case kPyNone:
				if !v.IsNone() {
					return false
				}
				ctx.Buf[s] = 0
				continue
			case kInst:
				if words(&v)[0] != tags[kInst] || v.Type() != d.cls {
					return false
				}
				ctx.Buf[s] = words(&v)[1]
				continue
			}
			w = v.Bits()
		case roleIterIndex, roleRangeStart, roleRangeStep, roleIterLen, roleSeqItems, roleIterIndex2, roleSeqItems2, roleIterLen2:
			if c.iter != iterRange {
				var ok bool
				if w, ok = seqIterWord(c.iter, d.role, it); !ok {
					return false
				}
				break
			}
			start, step, i, n, ok := vm.RangeIterState(it)
			if !ok {
				return false
			}
			w = uint64([...]int64{roleIterIndex: i, roleRangeStart: start, roleRangeStep: step, roleIterLen: n}[d.role])
		case roleCompList:
			v := fast[d.index]
			if words(&v)[0] != tags[kList] {
				return false
			}
			w = words(&v)[1]
		}
		ctx.Buf[s] = w
	}
	return true
}

// seqIterWord returns the word of slot role ro of a for loop over
// sequence iterators of kind k (iterSeq, iterEnum, iterZip), or false when
// it no longer walks them as it did.
func seqIterWord(k iterKind, ro role, it vm.Value) (uint64, bool) {
	first, second, ok := seqIters(k, it)
	if !ok {
		return 0, false
	}
	seq := first
	switch ro {
	case roleIterIndex2:
		if k == iterEnum {
			_, count, _ := vm.EnumerateIterState(it)
			items, i, ok := vm.SeqIterState(first)
			if !ok || !enumCountFits(count, len(items)-i) {
				return 0, false
			}
			return uint64(count), true
		}
		fallthrough
	case roleSeqItems2, roleIterLen2:
		seq = second
	}
	items, i, ok := vm.SeqIterState(seq)
	if !ok {
		return 0, false
	}
	switch ro {
	case roleIterIndex, roleIterIndex2:
		return uint64(i), true
	case roleIterLen, roleIterLen2:
		return uint64(len(items)), true
	}
	return itemsWord(items), true
}

// setSeqIterIndex writes slot role ro's word w (a next index, or
// enumerate's count) back into a for loop's iterator it of kind k.
func setSeqIterIndex(k iterKind, ro role, it vm.Value, w uint64) {
	first, second, _ := seqIters(k, it)
	switch {
	case ro == roleIterIndex:
		vm.SetSeqIterIndex(first, int(w))
	case k == iterEnum:
		vm.SetEnumerateCount(it, int64(w))
	default:
		vm.SetSeqIterIndex(second, int(w))
	}
}

// inputSlots returns the slots an entry fills from the frame: all but
// the stack entries and the inlined frames' values, which only exits
// write (an entry trace has dozens of those, one per local and stack
// entry of every inlined frame).
func inputSlots(slots []slotDesc) []int {
	var in []int
	for s, d := range slots {
		if d.role != roleStack && d.role != roleInlined {
			in = append(in, s)
		}
	}
	return in
}

// box makes the interpreter's value of kind k from its word in the
// exit buffer.
func box(k kind, w uint64) vm.Value {
	switch k {
	case kFloat:
		return vm.FloatFromBits(w)
	case kList:
		return vm.Obj((*vm.List)(pointer(w)))
	case kTuple:
		return vm.Obj((*vm.Tuple)(pointer(w)))
	case kInst:
		return vm.Obj((*vm.Instance)(pointer(w)))
	case kCell:
		return vm.Obj((*vm.Cell)(pointer(w)))
	case kPyNone:
		return vm.None
	case kBool:
		return vm.Bool(w != 0)
	}
	return vm.Int(int64(w))
}

// restore writes the exit's state back into the frame, and rebuilds the
// frames of the inlined calls the exit is inside. Every value is boxed
// before any is written: an object the trace read may be reachable only
// from a local the restore overwrites (`node = node.next`); the values
// overwritten stay reachable until the inlined frames are built too.
func (c *compiled) restore(th *vm.Thread, ctx *cache.Context, f *vm.Frame, snap *ir.Snapshot) *resumeDesc {
	fast := f.Fast()
	type write struct {
		at int
		v  vm.Value
	}
	var buf [16]write
	writes := buf[:0]
	for s, d := range c.slots {
		switch d.role {
		case roleLocal:
			if d.written {
				writes = append(writes, write{d.index, box(d.kind, ctx.Buf[s])})
			}
		case roleIterIndex, roleIterIndex2:
			if c.iter == iterRange {
				vm.SetRangeIterIndex(fast[c.sp0-1], int64(ctx.Buf[s]))
			} else {
				setSeqIterIndex(c.iter, d.role, fast[c.sp0-1], ctx.Buf[s])
			}
		}
	}
	rd := &c.resume[snap.Resume]
	for d, k := range rd.stack {
		if k.isConst() {
			writes = append(writes, write{c.sp0 + d, rd.consts[d]})
		} else {
			writes = append(writes, write{c.sp0 + d, box(k, ctx.Buf[c.stack+d])})
		}
	}
	var oldBuf [16]vm.Value
	old := oldBuf[:0]
	for _, w := range writes {
		old = append(old, fast[w.at])
		fast[w.at] = w.v
	}
	f.SetState(rd.pc, rd.sp)
	pushFrames(th, f, ctx.Buf[:], rd)
	runtime.KeepAlive(old)
	return rd
}

// dropKept lets go of the objects the innermost entry's callouts made,
// once an exit has handed them to the frames: a list a comprehension's
// trace built of new instances must not outlive the program's last
// reference to them (weakref callbacks, WeakValueDictionary).
func (j *JIT) dropKept() {
	clear(j.keep[j.keepFrom:])
	j.keep = j.keep[:j.keepFrom]
}

// enter runs tr, entered on f, until it leaves through an exit other
// than a call Go can answer, and returns that exit.
func (j *JIT) enter(th *vm.Thread, f *vm.Frame, tr *cache.Trace, c *compiled) *backend.Exit {
	n := j.table.Enter(tr, j.ctx)
	for {
		e := c.native.Exit(n)
		if e == nil {
			panic("jit: native code returned an unknown exit")
		}
		if e.Kind != backend.ExitCall {
			return e
		}
		aux := c.trace.Insts[e.Inst].Aux
		if aux&0xff == callPy {
			w, ok := j.callPy(th, f, c, e, aux>>8)
			// A trace retired meanwhile (recorded again by a call it made)
			// has no code to resume.
			if !ok || tr.Retired() {
				return e
			}
			j.pending = pendingCall{}
			j.ctx.Scratch[2] = w
			n = j.table.EnterAt(tr, e.Resume, j.ctx)
			continue
		}
		var w uint64
		ok := true
		if aux&0xff == callBuild {
			w = j.makeSeq(&c.builds[aux>>8], j.ctx.Buf[:])
		} else {
			w, ok = j.callout(aux, j.ctx.Scratch[0], j.ctx.Scratch[1])
		}
		if !ok {
			return e
		}
		j.stats.Calls++
		j.ctx.Scratch[2] = w
		n = j.table.EnterAt(tr, e.Resume, j.ctx)
	}
}

// run runs the loop's trace from the frame's state until it leaves the
// loop's fast path.
func (j *JIT) run(th *vm.Thread, f *vm.Frame, lp *loop) (bool, error) {
	ran := false
	for lp.tr != nil && !lp.tr.Retired() {
		c := lp.compile
		if c.inline > 0 {
			// Inlined calls do not count steps or nest frames: under a step
			// limit, or without room for the calls below the recursion
			// limit, the interpreter makes them.
			if _, limited := th.StepBudget(); limited || th.CallRoom() < c.inline {
				return ran, nil
			}
		}
		if !c.enter(j.ctx, f) {
			j.refuse(lp, false)
			return ran, nil
		}
		lp.misses = 0
		// The previous exit handed the objects callouts made to the frames.
		clear(j.keep[j.keepFrom:])
		j.keep = j.keep[:j.keepFrom]
		fuel := j.cfg.Fuel
		if left, ok := th.StepBudget(); ok {
			fuel = max(1, min(fuel, left+1))
		}
		j.ctx.Fuel = fuel
		j.stats.Entries++
		e, ec := j.enterSides(lp, c, f)
		iters := fuel - j.ctx.Fuel
		j.stats.Iterations += uint64(iters)
		ran = true
		rd := ec.restore(th, j.ctx, f, &ec.trace.Snaps[e.Snap])
		j.dropKept()
		if e.Kind != backend.ExitFuel {
			j.noteExit(f, lp, c, ec, e, rd, iters)
			j.stats.Exits[rd.reason]++
			th.ChargeSteps(iters)
			if iters == 0 && rd.pc != c.header {
				if lp.stuck++; lp.stuck >= maxMisses {
					j.table.Retire(lp.tr)
					j.dropRetired(lp)
					return true, nil
				}
			} else {
				lp.stuck = 0
			}
			j.checkRatio(lp, iters)
			return true, nil
		}
		j.stats.Exits["fuel"]++
		if err := th.SafePoint(iters); err != nil {
			return true, err
		}
	}
	return ran, nil
}
