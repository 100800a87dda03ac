package vm

// Generators and coroutines: a generator owns its frame, which the
// interpreter resumes with run() and which YIELD_VALUE suspends.

import (
	"github.com/pyjit/pyjit/vm/code"
)

type genKind uint8

const (
	generatorKind genKind = iota
	coroutineKind
	asyncGenKind
)

// Generator is a generator, coroutine or async generator object.
type Generator struct {
	frame    *Frame
	kind     genKind
	name     *Str // the function's, until __name__ is set
	qualname *Str
	running  bool
	finished bool
	awaited  bool
	// excPlain records that neither the resumer nor the generator was
	// handling an exception when it was last resumed.
	excPlain bool
	// exclusive marks a generator that only its resumer's stack refers to
	// (see callGenerator); pool is its frame's genPool class, -1 for none.
	exclusive bool
	pool      int8
	// promptTried records that dropping the suspended generator ran a
	// prompt collection that left it alive (something else refers to
	// it): dropping it again does not (promptfinal.go).
	promptTried bool
	// ag holds an async generator's own state (agHooksInited, agClosed,
	// agRunningAsync).
	ag      agFlags
	pending *Exception // exception to raise when resumed
	// serial is, while the generator object has a Go finalizer that
	// closes it, its number in the interpreter's finalizer queue (see
	// trackGenerator); 0 otherwise.
	serial uint64
	// origin is a coroutine's cr_origin: where it was made, when
	// sys.set_coroutine_origin_tracking_depth asked for it; else nil.
	origin *Tuple
	// excState is the exception the generator's own code is handling
	// while it is suspended (CPython's gi_exc_state): Null or None when
	// it handles none. It is swapped in while the generator runs.
	excState Value
}

// Type implements Object.
func (g *Generator) Type() *Type {
	switch g.kind {
	case coroutineKind:
		return CoroutineType
	case asyncGenKind:
		return AsyncGeneratorType
	}
	return GeneratorType
}

// makeGenerator makes the generator object of fn's call prepared in f, a
// frame from newGenFrame.
func (th *Thread) makeGenerator(fn *Function, f *Frame) Value {
	g := f.gen
	g.frame, g.name, g.qualname = f, fn.name, fn.qualname
	g.kind = generatorKind
	switch {
	case fn.code.Flags&code.Coroutine != 0:
		g.kind = coroutineKind
		g.origin = nil
		if th.coroOriginDepth > 0 {
			g.origin = th.coroOrigin()
		}
	case fn.code.Flags&code.AsyncGenerator != 0:
		g.kind = asyncGenKind
	}
	if (fn.code.closeOnDrop || g.kind == coroutineKind && !th.awaitedAtOnce()) && g.serial == 0 {
		// A coroutine that dies before it is started warns that it was
		// never awaited; one awaited by the caller's next instruction
		// (await f()) cannot, and needs no finalizer for it.
		th.interp.trackGenerator(g)
	}
	return Obj(g)
}

// awaitedAtOnce reports whether the value the current call returns is
// awaited by the caller's next instruction, as in await f().
func (th *Thread) awaitedAtOnce() bool {
	f := th.frame
	if f == nil {
		return false
	}
	instrs, pc := f.code.Instrs, f.pc
	return uint(pc) < uint(len(instrs)) && instrs[pc].Op() == code.GET_AWAITABLE
}

// Frames of generators and coroutines outlive the call that makes them,
// so they are allocated on the heap, together with their generator object.
// Their slots are allocated apart, in sizes of genClassSlots, so that the
// slots of a generator run to its end can serve the next one (see
// finishGen) while the generator object lives on.
type genFrame struct {
	g Generator
	f Frame
}

// genClasses is the number of frame size classes of genPool and
// slotPool: frames of up to 4, 8 and 16 slots.
const genClasses = 3

// genClassSlots is the number of slots of each class.
var genClassSlots = [genClasses]int{4, 8, 16}

// genPoolMax bounds the generators kept in each class of genPool, and the
// slot arrays in each class of slotPool.
const genPoolMax = 256

// newGenFrame returns a heap frame with n zeroed slots and its zeroed
// generator object (f.gen), reusing one recycleGen kept when it can.
func (th *Thread) newGenFrame(n int) *Frame {
	c := genClass(n)
	if c >= 0 {
		if p := th.genPool[c]; len(p) > 0 {
			g := p[len(p)-1]
			p[len(p)-1] = nil
			th.genPool[c] = p[:len(p)-1]
			f := g.frame
			f.fast = f.fast[:n]
			return f
		}
	}
	var fast []Value
	if c >= 0 {
		if p := th.slotPool[c]; len(p) > 0 {
			fast = p[len(p)-1][:n]
			p[len(p)-1] = nil
			th.slotPool[c] = p[:len(p)-1]
		} else {
			fast = make([]Value, n, genClassSlots[c])
		}
	} else {
		fast = make([]Value, n)
	}
	gf := &genFrame{}
	f := &gf.f
	f.fast = fast
	f.owned = true
	f.gen = &gf.g
	gf.g.frame = f
	gf.g.pool = int8(c)
	return f
}

// releaseGenSlots gives the slots of f, the frame of a generator that has
// ended, to slotPool, when nothing can read them any more: no frame
// object shows them, and the generator is not one recycleGen may reuse
// whole. It reports whether it did; f is then left without slots.
func (th *Thread) releaseGenSlots(g *Generator, f *Frame) bool {
	c := g.pool
	if c < 0 || g.kind != generatorKind || g.exclusive || f.pyframe != nil ||
		cap(f.fast) != genClassSlots[c] || len(th.slotPool[c]) >= genPoolMax {
		return false
	}
	clear(f.fast)
	th.slotPool[c] = append(th.slotPool[c], f.fast[:0])
	f.fast = nil
	f.sp = 0
	if fn := f.fn; fn != nil && fn.pooled {
		// A generator expression's function: only this frame refers to it.
		th.recycleGenexprFunction(fn)
		f.fn = nil
	}
	return true
}

// genClass returns the genPool class of frames of n slots, or -1.
func genClass(n int) int {
	switch {
	case n <= 4:
		return 0
	case n <= 8:
		return 1
	case n <= 16:
		return 2
	}
	return -1
}

// recycleGen keeps g, which has just returned, for reuse by newGenFrame
// when nothing but its resumer's stack can refer to it: it was made by a
// call whose result went straight to `await`, `yield from` or a builtin
// that drains it alone (see callGenerator), nothing asked for its frame
// object, and it is not an async generator.
func (th *Thread) recycleGen(g *Generator) {
	f := g.frame
	c := g.pool
	if !g.exclusive || f.pyframe != nil {
		return
	}
	if f.fn.pooled {
		th.recycleGenexprFunction(f.fn)
	}
	if it, ok := f.fast[0].o.(*listIter); ok && it.owned && f.code.genexpr {
		th.recycleSliceIter(it) // the generator expression's .0
	}
	if c < 0 || len(th.genPool[c]) >= genPoolMax {
		return
	}
	// Only what newFrameForCall and makeGenerator do not set is reset:
	// the slots (locals start unbound) and the generator's state flags.
	clear(f.fast)
	f.back, f.yielded = nil, false
	g.finished, g.awaited, g.exclusive, g.promptTried = false, false, false, false
	g.excState = Null
	th.genPool[c] = append(th.genPool[c], g)
}

// callGenerator calls fn, a generator, coroutine or async generator
// function, from the instruction before next: the new generator is known
// to be referred to only by the caller's stack when next is the `await`
// or `yield from` that consumes it, or the call of consumer with the
// generator as its only argument, consumer being a builtin that drains
// it and keeps no reference to it (drainsAlone).
func (th *Thread) callGenerator(fn *Function, args []Value, kwnames []string, next code.Opcode, consumer Value) (Value, error) {
	f, err := th.newFrameForCall(fn, args, kwnames)
	if err != nil {
		return Null, err
	}
	v := th.makeGenerator(fn, f)
	if next == code.GET_AWAITABLE || next == code.GET_YIELD_FROM_ITER || consumer.o != nil && drainsAlone(consumer) {
		f.gen.exclusive = true
	}
	return v, nil
}

// drainsAlone reports whether calling v with a generator as its only
// argument drains the generator (drainGen) and keeps no reference to it:
// set, frozenset, tuple, list and sum, which recycle the generator once
// it is exhausted, and any and all, which also recycle it when they stop
// early (dropSuspendedGen).
func drainsAlone(v Value) bool {
	switch o := v.o.(type) {
	case *Type:
		return o == SetType || o == FrozenSetType || o == TupleType || o == ListType
	case *Builtin:
		return o.kind == builtinKindSum || o.kind == builtinKindAnyAll
	}
	return false
}

// dropSuspendedGen is recycleGen for g, suspended at a yield, when its
// sole consumer (any, all) stops before it ends: nothing else can resume
// it, and CPython would close it at once. Closing runs nothing when no
// yield of its code is inside a try or with block (closeOnDrop), so its
// frame and slots can serve the next generator; otherwise it is left to
// its finalizer, which closes it.
func (th *Thread) dropSuspendedGen(g *Generator) {
	f := g.frame
	if !g.exclusive || g.running || g.finished || g.pending != nil || g.serial != 0 ||
		f == nil || f.pyframe != nil || f.code.closeOnDrop {
		return
	}
	// The frame state a suspension leaves that a new call does not set.
	f.kwnames = nil
	f.resumedBy, f.onReturn = resumeByRun, returnPlain
	f.excLasti, f.lastiRestored, f.pushed = 0, false, false
	th.recycleGen(g)
}

// yieldFromIter returns the generator that iter(v) makes for `yield from`
// when v is an instance whose __iter__ is a generator function, marked as
// referred to only by the delegating frame's stack; ok is false when v is
// not such an instance.
func (th *Thread) yieldFromIter(v Value) (g Value, ok bool, err error) {
	if _, isInst := v.o.(*Instance); !isInst {
		return Null, false, nil
	}
	fn, isFn := v.Type().lookupS(strDunderIter).o.(*Function)
	if !isFn || fn.code.Flags&genFlags != code.Generator {
		return Null, false, nil
	}
	args := [1]Value{v}
	g, err = th.callGenerator(fn, args[:], nil, code.GET_YIELD_FROM_ITER, Null)
	return g, true, err
}

// resumeGen resumes g, sending a value or throwing an exception into it.
// It returns the yielded value (done false) or the return value (done true).
func (th *Thread) resumeGen(g *Generator, send Value, throw *Exception) (Value, bool, error) {
	if g.kind == asyncGenKind {
		v, _, done, err := th.agResume(g, send, throw, true)
		return v, done, err
	}
	if g.running {
		what := "generator"
		if g.kind == coroutineKind {
			what = "coroutine"
		}
		return Null, false, Errorf(ValueErrorType, "%s already executing", what)
	}
	if g.finished {
		// A finished coroutine refuses throw() too (close() returns
		// before coming here); a finished generator raises what is thrown.
		if g.kind == coroutineKind {
			return Null, false, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		if throw != nil {
			return Null, false, throw
		}
		return None, true, nil
	}
	f := g.frame
	started := f.pc > 0
	if throw == nil && !started && !send.IsNone() && send.o != nil {
		what := "generator"
		if g.kind == coroutineKind {
			what = "coroutine"
		}
		return Null, false, Errorf(TypeErrorType, "can't send non-None value to a just-started %s", what)
	}
	if throw != nil && started && f.pc > 0 {
		if in := f.code.Instrs[f.pc-1]; in.Op() == code.YIELD_VALUE && in.Arg() == 1 {
			// Suspended in `yield from`/`await`: delegate the throw.
			v, done, err, handled := th.delegateThrow(g, throw, true)
			if handled {
				if err != nil {
					throw = asException(err)
				} else if !done {
					return v, false, nil
				} else {
					throw = nil
					send = Null
				}
			}
		}
	}
	if throw != nil {
		g.pending = throw
	} else if started && send.o != nil {
		f.fast[f.sp] = send
		f.sp++
	}
	g.running = true
	th.enterExcState(g)
	v, err := th.runGen(g)
	th.leaveExcState(g)
	g.running = false
	if err != nil {
		th.finishGen(g)
		if e, ok := err.(*Exception); ok {
			return Null, false, g.escaping(e)
		}
		return Null, false, err
	}
	if f.yielded {
		return v, false, nil
	}
	th.finishGen(g)
	return v, true, nil
}

// escaping returns the exception its resumer sees when e propagates out of
// g: a StopIteration becomes a RuntimeError, as PEP 479 has it, whether
// raised inside or thrown in with throw().
func (g *Generator) escaping(e *Exception) *Exception {
	what := "StopIteration"
	if !e.typ.IsSubtype(StopIterationType) {
		if g.kind != asyncGenKind || !e.typ.IsSubtype(StopAsyncIterationType) {
			return e
		}
		what = "StopAsyncIteration"
	}
	return withCause(NewException(RuntimeErrorType, String(g.kindName()+" raised "+what)), e)
}

// kindName is how messages name g's kind.
func (g *Generator) kindName() string {
	switch g.kind {
	case coroutineKind:
		return "coroutine"
	case asyncGenKind:
		return "async generator"
	}
	return "generator"
}

// suspended reports whether g has started and is paused at a yield
// (gi_suspended).
func (g *Generator) suspended() bool {
	return !g.finished && !g.running && g.frame.pc > 0
}

// suspendedInAwait reports whether g is suspended in a `yield from` or
// `await`, delegating to another iterator.
func (g *Generator) suspendedInAwait() bool {
	if !g.suspended() {
		return false
	}
	in := g.frame.code.Instrs[g.frame.pc-1]
	return in.Op() == code.YIELD_VALUE && in.Arg() == 1
}

// delegate returns the iterator a generator suspended in `yield from` or
// `await` is delegating to (gi_yieldfrom, cr_await), or None. A generator
// handed out this way is no longer referred to by its delegator alone.
func (g *Generator) delegate() Value {
	if !g.suspendedInAwait() {
		return None
	}
	f := g.frame
	d := f.fast[f.sp-1]
	if dg, ok := d.o.(*Generator); ok {
		dg.exclusive = false
	}
	return d
}

// resumeMode says how a generator's frame was resumed.
type resumeMode uint8

const (
	// resumeByRun: resumeGen runs the frame in an interpreter loop of its own.
	resumeByRun resumeMode = iota
	// resumeBySend: a SEND (`yield from`, `await`) runs the frame in its
	// own loop; the yielded value replaces the sent one on the resumer's
	// stack and a return pops the delegate and jumps past the loop.
	resumeBySend
	// resumeByForIter: a FOR_ITER runs the frame in its own loop; a
	// yielded value is pushed, a return ends the for loop.
	resumeByForIter
)

// enterGenInline resumes g, sending it send, in the interpreter loop that
// runs the resumer's frame f: it does what resumeGen does before running
// the generator's frame and makes that frame the current one. It reports
// false, having done nothing, when g must go through resumeGen instead
// (it is running, finished or an async generator, it would be sent a value
// before it started, the recursion limit is reached, or an interrupt is
// due, which resumeGen's run handles).
func (th *Thread) enterGenInline(g *Generator, send Value, f *Frame, mode resumeMode) bool {
	if g.running || g.finished || g.kind == asyncGenKind || g.pending != nil ||
		th.depth >= th.interp.recursionLimit || th.interrupt.Load() != 0 {
		return false
	}
	gf := g.frame
	if gf.pc > 0 {
		gf.fast[gf.sp] = send
		gf.sp++
		// A delegate suspended in its own `yield from` goes back to its
		// SEND: the jump is taken here, in the same dispatch (no interrupt
		// was due above; the jump would check for one).
		if nx := gf.code.Instrs[gf.pc]; nx.Op() == code.JUMP_BACKWARD {
			gf.pc = nx.Arg()
		}
	} else if !send.IsNone() {
		return false
	}
	g.running = true
	th.enterExcState(g)
	gf.resumedBy = mode
	gf.back = f
	th.frame = gf
	th.depth++
	return true
}

// yieldInline suspends gf, resumed by enterGenInline, as it yields v: v
// goes on its resumer's stack, whose frame it returns.
func (th *Thread) yieldInline(gf *Frame, v Value) *Frame {
	// leaveGenInline, written out for the common case.
	g, mode, f := gf.gen, gf.resumedBy, gf.back
	gf.resumedBy = resumeByRun
	th.frame = f
	th.depth--
	if !g.excPlain || !th.excInfo.IsNone() {
		th.leaveExcState(g)
	}
	g.running = false
	if mode == resumeBySend {
		f.fast[f.sp-1] = v
	} else {
		f.fast[f.sp] = v
		f.sp++
	}
	return f
}

// returnInline ends gf, resumed by enterGenInline, as it returns v: the
// resumer's SEND pops the delegate and leaves v, or its FOR_ITER pops the
// iterator, and either jumps to its target. It returns the resumer's frame.
func (th *Thread) returnInline(gf *Frame, v Value) *Frame {
	mode, g := gf.resumedBy, gf.gen
	gf.yielded = false
	f := th.leaveGenInline(gf)
	th.recycleGen(g)
	if mode == resumeBySend && th.hooks != nil {
		th.traceSendStop(f, Obj(g), f.fast[f.sp-1], v) // the value sent is on top
	} else if mode == resumeByForIter && th.hooks != nil && !v.IsNone() {
		// A generator that returns a value ends the loop with a
		// StopIteration, which CPython 3.11 reports to the loop's frame.
		th.traceException(f, NewException(StopIterationType, v))
	}
	f.sp--
	if mode == resumeBySend {
		f.fast[f.sp-1] = v
	}
	f.pc = f.code.Instrs[f.pc-1].Arg()
	return f
}

// raiseInline ends gf, resumed by enterGenInline, as exc propagates out of
// it: it returns the resumer's frame, at its SEND or FOR_ITER, and the
// exception raised there. exc is nil when a host's limit stops the script.
func (th *Thread) raiseInline(gf *Frame, exc *Exception) (*Frame, *Exception) {
	mode, g := gf.resumedBy, gf.gen
	gf.yielded = false
	f := th.leaveGenInline(gf)
	if exc == nil {
		return f, nil
	}
	exc = g.escaping(exc)
	if mode == resumeBySend {
		f.sp -= 2
	}
	exc.tb = &Traceback{Next: exc.tb, Code: f.code, PC: f.pc - 1, frame: f.object()}
	return f, exc
}

// leaveGenInline ends a resumption made by enterGenInline as the
// generator's frame gf yields, returns or raises (gf.yielded tells which),
// and returns the resumer's frame, made the current one again.
func (th *Thread) leaveGenInline(gf *Frame) *Frame {
	g := gf.gen
	gf.resumedBy = resumeByRun
	th.frame = gf.back
	th.depth--
	th.leaveExcState(g)
	g.running = false
	if !gf.yielded {
		th.finishGen(g)
	}
	return gf.back
}

// enterExcState makes g's handled-exception state the thread's current one
// for as long as g runs, keeping the resumer's state beneath it. When
// neither handles an exception (the usual case) nothing changes hands.
func (th *Thread) enterExcState(g *Generator) {
	if th.excInfo.IsNone() && (g.excState.o == nil || g.excState.IsNone()) {
		g.excPlain = true
		return
	}
	g.excPlain = false
	th.excOuter = append(th.excOuter, th.excInfo)
	th.excInfo = g.excState
	if th.excInfo.o == nil {
		th.excInfo = None
	}
}

// leaveExcState saves g's handled-exception state as g suspends or ends
// and gives the resumer back its own, so that an exception a suspended
// generator is handling is neither seen by sys.exc_info() outside it nor
// made the context of exceptions raised there.
func (th *Thread) leaveExcState(g *Generator) {
	if g.excPlain {
		// The resumer handles no exception and g handled none when resumed.
		if !th.excInfo.IsNone() {
			if g.frame.yielded {
				g.excState = th.excInfo
			}
			th.excInfo = None
		}
		return
	}
	g.excState = th.excInfo
	if !g.frame.yielded {
		g.excState = Null
	}
	n := len(th.excOuter) - 1
	th.excInfo = th.excOuter[n]
	th.excOuter[n] = Null
	th.excOuter = th.excOuter[:n]
}

// runGen runs the generator's frame, raising a pending thrown exception first.
func (th *Thread) runGen(g *Generator) (Value, error) {
	f := g.frame
	if g.pending != nil {
		exc := g.pending
		g.pending = nil
		return th.runWithException(f, exc)
	}
	return th.run(f)
}

// runWithException resumes f by raising exc at its current instruction.
func (th *Thread) runWithException(f *Frame, exc *Exception) (Value, error) {
	exc.exposed = true
	// Find a handler for the suspended instruction.
	pc := f.pc - 1
	if h, ok := f.code.Handler(pc); ok && pc >= 0 {
		exc.tb = &Traceback{Next: exc.tb, Code: f.code, PC: pc, frame: f.object()}
		// A thrown exception's context is what the generator itself was
		// handling, never what its resumer is handling.
		cur, _ := th.excInfo.o.(*Exception)
		linkContext(exc, cur)
		if h.Lasti {
			f.excLasti = pc
		}
		f.sp = f.code.NLocals + int(h.Depth)
		f.fast[f.sp] = Obj(exc)
		f.sp++
		f.pc = int(h.Target)
		return th.run(f)
	}
	if pc < 0 {
		pc = 0
	}
	exc.tb = &Traceback{Next: exc.tb, Code: f.code, PC: pc, frame: f.object()}
	f.yielded = false
	return Null, exc
}

// delegateThrow forwards a throw to the iterator a suspended `yield from`
// is delegating to. handled is false when the iterator has no throw method.
//
// A GeneratorExit closes the delegate, unless closeOnExit is false
// (athrow() and aclose() of an async generator), when it is thrown into
// it like any other exception.
func (th *Thread) delegateThrow(g *Generator, throw *Exception, closeOnExit bool) (v Value, done bool, err error, handled bool) {
	f := g.frame
	sub := f.fast[f.sp-1]
	if closeOnExit && throw.typ.IsSubtype(GeneratorExitType) {
		// The delegating generator is running while its delegate
		// closes (gi_running), as in CPython.
		g.running = true
		err := th.closeIter(sub)
		g.running = false
		if err != nil {
			f.sp--
			return Null, false, err, true
		}
		return Null, false, nil, false
	}
	var r Value
	var subDone bool
	if sg, ok := sub.o.(*Generator); ok {
		// While a delegate generator runs, the delegating frame is on
		// the stack (its sys._getframe().f_back), as in CPython.
		saved, savedBack := th.frame, f.back
		f.back, th.frame = saved, f
		g.running = true
		r, subDone, err = th.resumeGen(sg, Null, throw)
		g.running = false
		th.frame, f.back = saved, savedBack
	} else {
		m, aerr := th.GetAttr(sub, intern("throw"))
		if aerr != nil {
			if !isAttributeError(aerr) {
				f.sp--
				return Null, false, aerr, true
			}
			return Null, false, nil, false
		}
		var tb Value = None
		if throw.tb != nil {
			tb = Obj(throw.tb)
		}
		g.running = true
		r, err = th.Call(m, []Value{Obj(throw.typ), Obj(throw), tb}, nil)
		g.running = false
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
				err = nil
				subDone = true
				r = stopIterationValue(e)
			}
		}
	}
	if err != nil {
		f.sp--
		return Null, false, err, true
	}
	if !subDone {
		return r, false, nil, true
	}
	// The delegate finished: its value is the result of the yield from.
	f.fast[f.sp-1] = r
	jump := f.code.Instrs[f.pc] // JUMP_BACKWARD to SEND
	send := f.code.Instrs[jump.Arg()]
	f.pc = send.Arg()
	return Null, true, nil, true
}

// closeIter closes the delegate of a yield from, as CPython's
// gen_close_iter: a generator is closed, another iterator's close method
// called if it has one; a failed lookup other than a missing close is
// reported and the close goes on.
func (th *Thread) closeIter(sub Value) error {
	if sg, ok := sub.o.(*Generator); ok {
		return th.closeGen(sg)
	}
	m, err := th.GetAttr(sub, intern("close"))
	if err != nil {
		if !isAttributeError(err) {
			th.writeUnraisable(err, sub)
		}
		return nil
	}
	_, err = th.Call(m, nil, nil)
	return err
}

func stopIterationValue(e *Exception) Value {
	return e.fieldOrNone(0)
}

// closeGen implements generator.close().
func (th *Thread) closeGen(g *Generator) error {
	if g.finished || g.frame.pc == 0 {
		g.finished = true
		return nil
	}
	_, done, err := th.resumeGen(g, Null, NewException(GeneratorExitType))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(GeneratorExitType) || e.typ.IsSubtype(StopIterationType)) {
			return nil
		}
		return err
	}
	if !done {
		return Errorf(RuntimeErrorType, "%s ignored GeneratorExit", g.kindName())
	}
	return nil
}

// send implements the SEND instruction: it forwards v to the iterator.
func (th *Thread) send(it, v Value) (Value, bool, error) {
	switch o := it.o.(type) {
	case *Generator:
		return th.resumeGen(o, v, nil)
	case *asyncGenASend:
		return th.asendSend(o, v)
	case *asyncGenAThrow:
		return th.athrowSend(o, v)
	case *coroWrapper:
		return th.resumeGen(o.coro, v, nil)
	}
	if v.IsNone() {
		m := it.Type().lookupS(strDunderNext)
		if m.o == nil {
			r, ok, err := th.Next(it)
			if err != nil {
				return Null, false, err
			}
			if !ok {
				return None, true, nil
			}
			return r, false, nil
		}
		r, err := th.callSpecial(m, it)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
				return stopIterationValue(e), true, nil
			}
			return Null, false, err
		}
		return r, false, nil
	}
	m, err := th.GetAttr(it, intern("send"))
	if err != nil {
		return Null, false, err
	}
	r, err := th.Call(m, []Value{v}, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
			return stopIterationValue(e), true, nil
		}
		return Null, false, err
	}
	return r, false, nil
}

// getAwaitable implements GET_AWAITABLE.
func (th *Thread) getAwaitable(v Value, where int) (Value, error) {
	if g, ok := v.o.(*Generator); ok && g.kind == coroutineKind {
		if g.awaited && g.finished {
			return Null, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		if g.suspendedInAwait() {
			return Null, Errorf(RuntimeErrorType, "coroutine is being awaited already")
		}
		g.awaited = true
		return v, nil
	}
	switch o := v.o.(type) {
	case *asyncGenASend, *asyncGenAThrow:
		return v, nil
	case *Generator:
		// A generator-based coroutine (types.coroutine).
		if o.frame.code.Flags&code.IterableCoro != 0 {
			return v, nil
		}
	}
	m := v.Type().Lookup("__await__")
	if m.o == nil {
		switch where {
		case 1:
			return Null, Errorf(TypeErrorType, "'async with' received an object from __aenter__ that does not implement __await__: %s", v.Type().Name)
		case 2:
			return Null, Errorf(TypeErrorType, "'async with' received an object from __aexit__ that does not implement __await__: %s", v.Type().Name)
		}
		return Null, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", v.Type().Name)
	}
	r, err := th.callSpecial(m, v)
	if err != nil {
		return Null, err
	}
	if g, ok := r.o.(*Generator); ok && g.kind == coroutineKind {
		return Null, Errorf(TypeErrorType, "__await__() returned a coroutine")
	}
	if !th.isIterator(r) {
		return Null, Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", r.Type().Name)
	}
	return r, nil
}

// beforeWith implements BEFORE_WITH: it returns the bound __exit__ and the
// result of __enter__.
func (th *Thread) beforeWith(mgr Value) (Value, Value, error) {
	t := mgr.Type()
	enter := t.Lookup("__enter__")
	if enter.o == nil {
		return Null, Null, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", t.Name)
	}
	exit := t.Lookup("__exit__")
	if exit.o == nil {
		return Null, Null, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", t.Name)
	}
	boundExit, err := th.bindDescriptor(exit, mgr, t)
	if err != nil {
		return Null, Null, err
	}
	res, err := th.callSpecial(enter, mgr)
	if err != nil {
		return Null, Null, err
	}
	return boundExit, res, nil
}

// beforeAsyncWith implements BEFORE_ASYNC_WITH: the bound __aexit__ and
// the awaitable returned by __aenter__.
func (th *Thread) beforeAsyncWith(mgr Value) (Value, Value, error) {
	t := mgr.Type()
	enter := t.Lookup("__aenter__")
	if enter.o == nil {
		return Null, Null, Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", t.Name)
	}
	exit := t.Lookup("__aexit__")
	if exit.o == nil {
		return Null, Null, Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", t.Name)
	}
	boundExit, err := th.bindDescriptor(exit, mgr, t)
	if err != nil {
		return Null, Null, err
	}
	res, err := th.callSpecial(enter, mgr)
	if err != nil {
		return Null, Null, err
	}
	return boundExit, res, nil
}

// getAIter implements GET_AITER.
func (th *Thread) getAIter(v Value) (Value, error) {
	m := v.Type().Lookup("__aiter__")
	if m.o == nil {
		return Null, Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", v.Type().Name)
	}
	it, err := th.callSpecial(m, v)
	if err != nil {
		return Null, err
	}
	if it.Type().Lookup("__anext__").o == nil {
		return Null, Errorf(TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", it.Type().Name)
	}
	return it, nil
}

// getANext implements GET_ANEXT: the awaitable of __anext__().
func (th *Thread) getANext(it Value) (Value, error) {
	if g, ok := it.o.(*Generator); ok && it.Type() == AsyncGeneratorType {
		// An async generator's __anext__ (the type cannot be subclassed
		// nor its methods replaced), without looking it up and calling it.
		if err := th.agInitHooks(g); err != nil {
			return Null, err
		}
		return Obj(&asyncGenASend{gen: g}), nil
	}
	m := it.Type().Lookup("__anext__")
	if m.o == nil {
		return Null, Errorf(TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", it.Type().Name)
	}
	r, err := th.callSpecial(m, it)
	if err != nil {
		return Null, err
	}
	aw, err := th.getAwaitable(r, 0)
	if err != nil {
		return Null, errorFromCause(err, TypeErrorType, "'async for' received an invalid object from __anext__: %s", r.Type().Name)
	}
	return aw, nil
}

// genSink receives the values a generator yields while a builtin drains
// it (drainGen). take reports whether it took v; it runs no Python code
// and cannot fail, so that the generator can go on at once, in the same
// interpreter loop, as if the builtin had called next() on it again. A
// value it does not take is yielded as usual, and the builtin handles it.
type genSink struct {
	kind  sinkKind
	items []Value // sinkValues
	set   *Set    // sinkIntSet
	acc   int64   // sinkIntSum
	th    *Thread
	// buf is the sink's own array that items can start in when the
	// values are copied out at the end (see tupleFromGen).
	buf []Value
}

// sinkKind says what a genSink does with the values it takes.
type sinkKind uint8

const (
	// sinkValues collects the values into items, up to the size at which
	// growing them is counted against the memory limit.
	sinkValues sinkKind = iota
	// sinkIntSet adds ints to set, a set that holds nothing but ints:
	// their hashes and comparisons run no Python code. A set large enough
	// for its growth to be counted against the memory limit, or a value
	// of another type, is left to the builtin.
	sinkIntSet
	// sinkIntSum adds ints to acc while the total fits in an int64.
	sinkIntSum
)

func (s *genSink) take(v Value) bool {
	switch s.kind {
	case sinkValues:
		if len(s.items) == cap(s.items) && cap(s.items)*valueBytes >= smallAlloc {
			return false
		}
		s.items = append(s.items, v)
		return true
	case sinkIntSet:
		if !v.IsSmallInt() {
			return false
		}
		set := s.set
		if n := len(set.table); n*setEntryBytes >= smallAlloc && (set.fill+1)*5 >= (n-1)*3 {
			return false
		}
		return set.Add(s.th, v) == nil
	}
	if !v.IsSmallInt() {
		return false
	}
	b := int64(v.n)
	r := s.acc + b
	if (r > s.acc) != (b > 0) {
		return false
	}
	s.acc = r
	return true
}

// takeSink returns a genSink of the given kind, reused from the thread's
// pool; putSink gives it back. Sinks nest as builtins draining generators
// run inside generators being drained.
func (th *Thread) takeSink(kind sinkKind) *genSink {
	if th.sinkDepth == len(th.sinks) {
		th.sinks = append(th.sinks, &genSink{th: th})
	}
	s := th.sinks[th.sinkDepth]
	th.sinkDepth++
	s.kind = kind
	return s
}

// putSink gives back s, the sink takeSink returned last.
func (th *Thread) putSink(s *genSink) {
	s.items, s.set, s.acc = nil, nil, 0
	th.sinkDepth--
}

// drainGen resumes g, a generator (not a coroutine), as next() does,
// handing each value it yields to sink until one is not taken: that value
// is returned with ok set. ok is false when g is exhausted.
func (th *Thread) drainGen(g *Generator, sink *genSink) (Value, bool, error) {
	if err := th.tick(); err != nil {
		return Null, false, err
	}
	savedSink, savedFrame := th.sink, th.sinkFrame
	th.sink, th.sinkFrame = sink, g.frame
	v, done, err := th.resumeGen(g, None, nil)
	th.sink, th.sinkFrame = savedSink, savedFrame
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == StopIterationType {
			return Null, false, nil
		}
		return Null, false, err
	}
	return v, !done, nil
}

// drainable returns the generator that drainGen can drain in place of
// calling next() on it, or nil.
func drainable(it Value) *Generator {
	if g, ok := it.o.(*Generator); ok && g.kind == generatorKind {
		return g
	}
	return nil
}
