package vm

// The interpreter loop: one `for { switch op { … } }` over the current
// frame. Python→Python calls push a frame and continue in the same loop;
// returns pop it. Errors jump to a single handler that consults the
// exception table, unwinding frames as needed.

import (
	"math"
	"unsafe"

	"github.com/pyjit/pyjit/vm/code"
)

// Instructions the loop fuses with the one that follows them.
const (
	copy2 = code.Instr(uint32(code.COPY) | 2<<8)
	swap2 = code.Instr(uint32(code.SWAP) | 2<<8)
	swap3 = code.Instr(uint32(code.SWAP) | 3<<8)
)

// Frame is the execution state of one code object.
type Frame struct {
	code     *CodeObj
	fn       *Function
	globals  *Dict
	builtins *Dict
	locals   *Dict // namespace for module and class bodies
	// localsMap is a class namespace that is not an exact dict (from a
	// metaclass __prepare__); name operations then go through its
	// __getitem__/__setitem__/__delitem__.
	localsMap Value
	fast      []Value // locals, cells, free variables, then the value stack
	sp        int     // next free stack slot in fast
	pc        int     // next instruction
	back      *Frame
	gen       *Generator
	kwnames   []string // pending KW_NAMES for the next CALL
	entry     bool     // run returns when this frame returns
	pushed    bool     // run starts in the thread's current frame: f and the frames above are pushed (FinishTraceCall)
	owned     bool     // fast is not on the thread stack (generators)
	yielded   bool     // the last exit from run was a yield
	// resumedBy is how a generator's frame running in its resumer's
	// interpreter loop was resumed (resumeBySend, resumeByForIter), or
	// resumeByRun when it runs in a loop of its own.
	resumedBy resumeMode
	// onReturn is what the caller's instruction still does with the
	// frame's return value (returnPlain: nothing but push it).
	onReturn returnAction
	// excLasti is the instruction the last lasti handler (code.ExcEntry)
	// was entered from, CPython's lasti pushed under the exception; a
	// RERAISE with an argument sets lastiRestored, and the frame is then
	// left on excLasti (CPython's RERAISE oparg restoring f_lasti), so
	// that f_lineno after the exception escaped names that instruction.
	excLasti      int
	lastiRestored bool
	stackTop      int // thread-stack mark to restore on release
	// pyframe is the frame's Python frame object, once one was asked for.
	pyframe *FrameObj
}

// returnAction is what an instruction that ran a Python method in a frame
// of its own (in the same interpreter loop) does with the method's result
// when the frame returns.
type returnAction uint8

const (
	returnPlain     returnAction = iota // push the result (a call)
	returnInitSelf                      // __init__: must be None; the instance is already on the stack (CALL_ALLOC_AND_ENTER_INIT)
	returnBinaryOp                      // a binary operator's method: NotImplemented goes on to the reflected method (BINARY_OP_PY)
	returnCompareOp                     // a comparison method: NotImplemented goes on to the reflected method (COMPARE_OP_PY)
	returnNew                           // a class's __new__: the class call goes on with __init__ (CALL_PY_NEW)
)

// flagWord reads the frame's one-byte fields from entry to onReturn (and
// the padding after them) as one word: zero when the frame is not an
// entry frame, is on the thread stack, was not resumed by a resumer's
// SEND or FOR_ITER, and owes its caller no return action (any byte set
// sends a return down the general path, which handles every case).
func (f *Frame) flagWord() uint64 {
	return *(*uint64)(unsafe.Pointer(&f.entry))
}

// flagWord's fields are contiguous bytes, with room for a word.
const (
	_ = uint(unsafe.Offsetof(frameLayout.onReturn) - unsafe.Offsetof(frameLayout.entry) - 5)
	_ = uint(5 - (unsafe.Offsetof(frameLayout.onReturn) - unsafe.Offsetof(frameLayout.entry)))
	_ = uint(unsafe.Sizeof(returnPlain) - 1)
	_ = uint(-int(returnPlain))
	_ = uint(unsafe.Offsetof(frameLayout.excLasti) - unsafe.Offsetof(frameLayout.entry) - 8)
	_ = uint(unsafe.Sizeof(resumeByRun) - 1)
	_ = uint(-int(resumeByRun))
)

var frameLayout Frame

// Code returns the frame's code object.
func (f *Frame) Code() *CodeObj { return f.code }

// raisedAt returns the instruction an exception being handled at pc
// came from: the one before pc, or the one a RERAISE restored.
func (f *Frame) raisedAt(pc int) int {
	if f.lastiRestored {
		f.lastiRestored = false
		return f.excLasti
	}
	return pc - 1
}

// Line returns the line being executed.
func (f *Frame) Line() int {
	pc := f.pc - 1
	if pc < 0 {
		pc = 0
	}
	return f.code.Line(pc)
}

// stackChunk is the size in values of a chunk of the thread's value
// stack (docs/design.md).
const stackChunk = 1 << 14

// firstStackChunk is the size of a thread's first chunk: most threads
// never go deeper than a few dozen frames, and the collector scans the
// whole chunk each cycle.
const firstStackChunk = 1 << 11

// allocFrame takes a frame and a window of n values from the thread stack.
// The common case (a pooled frame, room in the current chunk) is small
// enough to inline into the call instructions.
func (th *Thread) allocFrame(n int) *Frame {
	top := th.stackTop
	if k := len(th.framePool); k > 0 && top+n <= len(th.stack) {
		f := th.framePool[k-1]
		th.framePool = th.framePool[:k-1]
		f.stackTop = top
		if len(f.fast) != n || unsafe.SliceData(f.fast) != &th.stack[top] {
			f.fast = th.stack[top : top+n : top+n]
		}
		th.stackTop = top + n
		f.owned = false
		return f
	}
	return th.allocFrameSlow(n)
}

// allocFrameSlow is allocFrame when the pool is empty or the value stack
// needs a new chunk.
func (th *Thread) allocFrameSlow(n int) *Frame {
	var f *Frame
	if len(th.framePool) > 0 {
		f = th.framePool[len(th.framePool)-1]
		th.framePool = th.framePool[:len(th.framePool)-1]
	} else {
		f = &Frame{}
	}
	if th.stackTop+n > len(th.stack) {
		// Start a new chunk; the old one stays referenced by its frames.
		size := stackChunk
		if n > size {
			size = n
		}
		th.savedStacks = append(th.savedStacks, savedStack{th.stack, th.stackTop})
		if len(th.spareStack) >= size {
			// The chunk released last: a call that crosses a chunk
			// boundary again and again does not allocate each time.
			th.stack, th.spareStack = th.spareStack, nil
		} else {
			th.stack = make([]Value, size)
		}
		th.stackTop = 0
		f.stackTop = -len(th.savedStacks) // marker: pop chunk on release
	} else {
		f.stackTop = th.stackTop
	}
	f.fast = th.stack[th.stackTop : th.stackTop+n : th.stackTop+n]
	th.stackTop += n
	f.owned = false
	return f
}

type savedStack struct {
	stack []Value
	top   int
}

// setFunction prepares nf, a frame from allocFrame whose arguments are in
// place, to run fn from its first instruction. The fields it leaves alone
// (locals, localsMap, kwnames, entry, gen) are zero in every frame
// allocFrame returns.
func (nf *Frame) setFunction(fn *Function) {
	nf.code, nf.fn, nf.globals, nf.builtins = fn.code, fn, fn.globals, fn.builtins
	nf.sp, nf.pc = fn.code.NLocals, 0
}

// pushFrame makes nf, called from f, the thread's current frame.
func (th *Thread) pushFrame(f, nf *Frame) {
	nf.back = f
	th.frame = nf
	th.depth++
}

// enterMethodFrame links nf, a frame for fn whose parameters are in
// place and whose other locals are cleared, above f, which resumes at pc
// with its stack at sp, and records what f's instruction still owes the
// result (onReturn). The instructions that run a Python method in the
// interpreter loop (__init__, __new__, __getitem__, an operator's method)
// share it; each then switches the loop's state to nf itself.
func (th *Thread) enterMethodFrame(f, nf *Frame, fn *Function, onReturn returnAction, sp, pc int) {
	co := fn.code
	if len(co.cellArgs)+len(co.cellOnly)+len(fn.closure) > 0 {
		th.initCells(fn, nf.fast)
	}
	nf.setFunction(fn)
	nf.onReturn = onReturn
	f.sp, f.pc = sp, pc
	th.pushFrame(f, nf)
}

// releaseFrame returns a frame's stack window (frames are released in
// LIFO order). The common case (a frame of the current chunk with no frame
// object, namespace or pending keywords) is small enough to inline.
func (th *Thread) releaseFrame(f *Frame) {
	if f.owned || f.pyframe != nil || f.stackTop < 0 || f.locals != nil || f.localsMap.o != nil || f.kwnames != nil {
		th.releaseFrameSlow(f)
		return
	}
	th.stackTop = f.stackTop
	f.onReturn, f.entry = returnPlain, false
	th.framePool = append(th.framePool, f)
}

// releaseFrameSlow is releaseFrame for the other cases.
func (th *Thread) releaseFrameSlow(f *Frame) {
	f.onReturn = returnPlain
	if f.owned {
		return
	}
	if f.pyframe != nil {
		f.pyframe.detach(f)
		f.pyframe = nil
	}
	if f.stackTop < 0 {
		s := th.savedStacks[len(th.savedStacks)-1]
		th.savedStacks = th.savedStacks[:len(th.savedStacks)-1]
		if len(th.stack) == stackChunk {
			th.spareStack = th.stack
		}
		th.stack, th.stackTop = s.stack, s.top
	} else {
		th.stackTop = f.stackTop
	}
	// Zero what setFunction relies on. Pointers are stored only when set,
	// which spares most calls the write barrier's check; the others
	// (code, fn, back, fast) are overwritten by the frame's next use.
	if f.locals != nil {
		f.locals = nil
	}
	if f.localsMap.o != nil {
		f.localsMap = Null
	}
	if f.kwnames != nil {
		f.kwnames = nil
	}
	f.entry = false
	th.framePool = append(th.framePool, f)
}

// run executes frame f (and the frames it calls) until f returns or
// yields. f must have been prepared by the caller; it is linked above the
// thread's current frame. Each run is a nested interpreter loop on the Go
// stack, counted by enterGo.
func (th *Thread) run(f *Frame) (Value, error) {
	if err := th.enterGo(""); err != nil {
		th.releaseFrame(f)
		return Null, err
	}
	// Python code starts afresh: callDunder's re-entry rule is for a
	// builtin method calling back directly.
	saved := th.builtinDunder
	th.builtinDunder = dunderCall{}
	v, err := th.runLoop(f)
	th.builtinDunder = saved
	th.goDepth--
	return v, err
}

// runLoop is the interpreter loop of run.
func (th *Thread) runLoop(f *Frame) (Value, error) {
	if f.pushed {
		f.pushed = false
		f = th.frame
	} else {
		if th.depth >= th.interp.recursionLimit {
			th.releaseFrame(f)
			return Null, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
		}
		if th.interrupt.Load() != 0 {
			if err := th.checkInterrupt(); err != nil {
				th.releaseFrame(f)
				return Null, err
			}
		}
		f.back = th.frame
		th.frame = f
		th.depth++
	}

	var (
		instrs = instrArray(f.code.Instrs)
		fast   = frameArray(f.fast)
		sp     = f.sp
		pc     = f.pc
		in     code.Instr
	)
	if th.hooks != nil {
		instrs = instrArray(f.code.traceInstrs())
		th.traceEnter(f)
	}
	var reraise bool

	// The cached state (f, instrs, fast, sp, pc) is switched to another
	// frame by the `f = …; instrs, fast, sp, pc = …` sequences below; they
	// are written out rather than put in a closure, which would keep these
	// variables out of registers. The code object is read through f.code
	// where needed rather than kept in a variable: every variable the loop
	// carries is stored to the stack at each dispatch. Null is written as
	// Value{} in the handlers: the literal compiles to stores of zero, the
	// variable to loads and stores.
	for {
		// err is declared in the loop so that it is not carried (and stored)
		// from one instruction to the next.
		var err error
		in = instrs.at(pc)
		pc++
		op := in.Op()
	redispatch:
		switch op {
		case code.TRACE:
			// Under a trace or profile function (trace.go): report the
			// instruction's events, then run it. Neither err nor instrs
			// is assigned on the way to redispatch, which would make the
			// loop carry them from one instruction to the next.
			f.sp, f.pc = sp, pc
			op = f.code.Instrs[pc-1].Op().Family()
			if e := th.traceStep(f, pc-1, op); e != nil {
				err = e
				goto onError
			}
			if th.hooks == nil || f.pc != pc {
				// The hooks are gone (run the instruction from the code's
				// array), or the trace function set f_lineno (go there).
				if th.hooks == nil {
					instrs = instrArray(f.code.Instrs)
				}
				sp, pc = f.sp, f.pc-1
				continue
			}
			in = f.code.Instrs[pc-1]
			in = code.Instr(uint32(op) | uint32(in)&^0xff)
			switch op {
			case code.CALL, code.CALL_FUNCTION_EX:
				sp, err = th.tracedCallOp(f, op, in.Arg(), sp)
				if th.hooks == nil {
					instrs = instrArray(f.code.Instrs)
				}
				if err != nil {
					goto onError
				}
				continue
			case code.RETURN_VALUE, code.RETURN_CONST, code.YIELD_VALUE:
				if e := th.traceReturnOp(f, op, in.Arg(), sp); e != nil {
					err = e
					goto onError
				}
			}
			goto redispatch
		case code.NOP:
		case code.POP_TOP:
			sp--
			if th.droppedFinalizable(fast[sp]) || droppedSuspendedGen(fast[sp]) {
				th.statementEnded(th.depth)
				if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
					goto onError
				}
				break
			}
			// A discarded call result at the end of a loop body: take the
			// back edge in the same dispatch unless an interrupt is due
			// (then JUMP_BACKWARD runs on its own and handles it), and unless
			// tier 2 counts back edges there.
			if nx := instrs.at(pc); nx.Op() == code.JUMP_BACKWARD && th.interrupt.Load() == 0 && !th.jitWantsLoop(f.code, nx.Arg()) {
				pc = nx.Arg()
			}
		case code.PUSH_NULL:
			fast[sp] = Value{}
			sp++
		case code.COPY:
			if in == copy2 && instrs[pc] == copy2 {
				// COPY 2; COPY 2 (an augmented assignment to a subscript
				// loads the container and index twice): one dispatch.
				fast[sp], fast[sp+1] = fast[sp-2], fast[sp-1]
				sp += 2
				pc++
				break
			}
			fast[sp] = fast[sp-in.Arg()]
			sp++
		case code.SWAP:
			if in == swap3 && instrs[pc] == swap2 {
				// SWAP 3; SWAP 2 (the store of an augmented assignment to a
				// subscript): [a, b, c] becomes [c, a, b] in one dispatch.
				a, b, c := fast[sp-3], fast[sp-2], fast[sp-1]
				fast[sp-3], fast[sp-2], fast[sp-1] = c, a, b
				pc++
				break
			}
			n := in.Arg()
			fast[sp-1], fast[sp-n] = fast[sp-n], fast[sp-1]
		case code.LOAD_CONST:
			*fast.at(sp) = f.code.consts[in.Arg()]
			sp++
			// The next instruction without the loop's head.
			in = instrs.at(pc)
			pc++
			op = in.Op()
			goto redispatch
		case code.LOAD_FAST:
			v := *fast.at(in.Arg())
			if v.o == nil {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.code.Varnames[in.Arg()])
				goto onError
			}
			*fast.at(sp) = v
			sp++
			// Pairs of loads (`a + b`, `f(x, y)`) are common: take the
			// second in the same dispatch when it needs no error path.
			// So is `self.x`: the attribute of an instance of the class
			// the next instruction is specialized for replaces it here.
			if nx := instrs.at(pc); nx.Op() == code.LOAD_FAST {
				if w := *fast.at(nx.Arg()); w.o != nil {
					*fast.at(sp) = w
					sp++
					pc++
				}
			} else if nx.Op() == code.LOAD_ATTR_INSTANCE_VALUE {
				c := &f.code.caches[pc]
				if th.stats != nil {
					th.countHit(c)
				}
				if o, ok := v.o.(*Instance); ok && o.typ.version == c.version && o.dict == nil {
					if j := int(c.slot); uint(j) < uint(len(o.vals)) && o.vals[j].o != nil {
						fast[sp-1] = o.vals[j]
						pc++
					}
				}
			}
			// The next instruction without the loop's head.
			in = instrs.at(pc)
			pc++
			op = in.Op()
			goto redispatch
		case code.STORE_FAST:
			sp--
			*fast.at(in.Arg()) = *fast.at(sp)
			// The next instruction without the loop's head.
			in = instrs.at(pc)
			pc++
			op = in.Op()
			goto redispatch
		case code.DELETE_FAST:
			if fast[in.Arg()].o == nil {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.code.Varnames[in.Arg()])
				goto onError
			}
			drop := th.droppedReferrer(fast[in.Arg()])
			fast[in.Arg()] = Null
			if drop {
				if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
					goto onError
				}
			}
		case code.LOAD_DEREF, code.LOAD_CLASSDEREF:
			slot := in.Arg()
			if in.Op() == code.LOAD_CLASSDEREF {
				var v Value
				var found bool
				f.sp, f.pc = sp, pc
				v, found, err = th.classDerefLookup(f, f.code.LocalName(slot))
				if err != nil {
					goto onError
				}
				if found {
					fast[sp] = v
					sp++
					break
				}
			}
			c := fast[slot].o.(*Cell)
			if c.V.o == nil {
				err = th.unboundDeref(f.code, slot)
				goto onError
			}
			fast[sp] = c.V
			sp++
		case code.STORE_DEREF:
			sp--
			fast[in.Arg()].o.(*Cell).V = fast[sp]
		case code.DELETE_DEREF:
			c := fast[in.Arg()].o.(*Cell)
			if c.V.o == nil {
				err = th.unboundDeref(f.code, in.Arg())
				goto onError
			}
			drop := th.droppedReferrer(c.V)
			c.V = Null
			if drop {
				if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
					goto onError
				}
			}
		case code.LOAD_CLOSURE:
			fast[sp] = fast[in.Arg()]
			sp++
		case code.LOAD_GLOBAL:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			name := f.code.names[in.Arg()>>1]
			if in.Arg()&1 != 0 {
				fast[sp] = Value{}
				sp++
			}
			if f.globals.mapped {
				f.sp, f.pc = sp, pc
				if fast[sp], err = th.loadGlobalMapped(f, name); err != nil {
					goto onError
				}
				sp++
				break
			}
			v, ok := f.globals.getS(name)
			if !ok {
				v, ok = f.builtins.getS(name)
				if !ok {
					f.sp, f.pc = sp, pc
					if v, err = th.missingBuiltin(f.builtins, name); err != nil {
						goto onError
					}
				}
			}
			fast[sp] = v
			sp++
		case code.STORE_GLOBAL:
			sp--
			drop := th.nameHoldsFinalizable(f.globals, f.code.names[in.Arg()], false)
			f.globals.SetStr(f.code.names[in.Arg()].s, fast[sp])
			if drop {
				if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
					goto onError
				}
			}
		case code.DELETE_GLOBAL:
			drop := th.nameHoldsFinalizable(f.globals, f.code.names[in.Arg()], true)
			if !f.globals.DelStr(f.code.names[in.Arg()].s) {
				err = undefinedName(f.code.names[in.Arg()].s)
				goto onError
			}
			if drop {
				if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
					goto onError
				}
			}
		case code.LOAD_NAME:
			name := f.code.names[in.Arg()]
			var v Value
			v, err = th.loadName(f, name)
			if err != nil {
				goto onError
			}
			fast[sp] = v
			sp++
		case code.STORE_NAME:
			sp--
			drop := f.localsMap.o == nil && th.nameHoldsFinalizable(f.locals, f.code.names[in.Arg()], false)
			if err = th.storeName(f, f.code.names[in.Arg()], fast[sp]); err != nil {
				goto onError
			}
			if drop {
				if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
					goto onError
				}
			}
		case code.DELETE_NAME:
			name := f.code.names[in.Arg()]
			var ok bool
			if f.localsMap.o != nil {
				err = th.DelItem(f.localsMap, Obj(name))
				if err != nil {
					goto onError
				}
				break
			}
			drop := th.nameHoldsFinalizable(f.locals, name, true)
			ok, err = f.locals.Del(th, Obj(name))
			if err == nil && !ok {
				err = undefinedName(name.s)
			}
			if err != nil {
				goto onError
			}
			if drop {
				if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
					goto onError
				}
			}
		case code.LOAD_ATTR:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.GetAttr(fast[sp-1], f.code.names[in.Arg()])
			if err != nil {
				goto onError
			}
			fast[sp-1] = v
		case code.LOAD_METHOD:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			f.sp, f.pc = sp, pc
			obj := fast[sp-1]
			if s, ok := obj.o.(*Super); ok {
				if fn, self, ok := s.method(f.code.names[in.Arg()]); ok {
					fast[sp-1] = fn
					fast[sp] = self
					sp++
					break
				}
			}
			var meth Value
			var isMeth bool
			meth, isMeth, err = th.getMethod(obj, f.code.names[in.Arg()])
			if err != nil {
				goto onError
			}
			if isMeth {
				fast[sp-1] = meth
				fast[sp] = obj
			} else {
				fast[sp-1] = Null
				fast[sp] = meth
			}
			sp++
		case code.STORE_ATTR:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			f.sp, f.pc = sp, pc
			if err = th.SetAttr(fast[sp-1], f.code.names[in.Arg()], fast[sp-2]); err != nil {
				goto onError
			}
			sp -= 2
		case code.DELETE_ATTR:
			f.sp, f.pc = sp, pc
			if err = th.SetAttr(fast[sp-1], f.code.names[in.Arg()], Null); err != nil {
				goto onError
			}
			sp--
			if th.delObjectsLive() {
				// What the attribute held may have died.
				if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
					goto onError
				}
			}
		case code.UNARY_NEGATIVE, code.UNARY_POSITIVE, code.UNARY_INVERT:
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.unaryOp(in.Op(), fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp-1] = v
		case code.UNARY_NOT:
			f.sp, f.pc = sp, pc
			var b bool
			b, err = th.Truth(fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp-1] = Bool(!b)
		case code.BINARY_OP:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			a, b := fast[sp-2], fast[sp-1]
			if a.IsSmallInt() && b.IsSmallInt() {
				if r, ok := smallIntOp(in.Arg(), int64(a.n), int64(b.n)); ok {
					sp--
					fast[sp-1] = r
					break
				}
			} else if r, ok := floatOperands(in.Arg(), a, b); ok {
				sp--
				fast[sp-1] = r
				break
			}
			if x, ok := a.o.(*List); ok && in.Arg() == code.NB_ADD && th.scratchFrame == nil {
				// x + y only assigned to a slice: the sum goes into the
				// thread's scratch list, as a slice does (sliceToScratch).
				if y, ok := b.o.(*List); ok && storedBySliceAssign(f.code.Instrs, pc) {
					if s, ok := th.concatToScratch(x.items, y.items); ok {
						th.scratchFrame = f
						sp--
						fast[sp-1] = Obj(s)
						break
					}
				}
			}
			f.sp, f.pc = sp, pc
			var v Value
			if isBigInt(a) || isBigInt(b) || a.IsSmallInt() && b.IsSmallInt() {
				v, err = th.binaryOpAt(f, pc-1, in.Arg(), a, b)
			} else if nx := instrs.at(pc); in.Arg() == code.NB_ADD && nx.Op() == code.STORE_FAST && fast.at(nx.Arg()).o == a.o {
				v, err = th.addToLocal(a, b)
			} else {
				v, err = th.BinaryOp(in.Arg(), a, b)
			}
			if err != nil {
				goto onError
			}
			sp--
			fast[sp-1] = v
		case code.COMPARE_OP:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			a, b := fast[sp-2], fast[sp-1]
			if a.IsSmallInt() && b.IsSmallInt() {
				sp--
				fast[sp-1] = Bool(compareInts(in.Arg(), int64(a.n), int64(b.n)))
				break
			}
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.RichCompare(a, b, in.Arg())
			if err != nil {
				goto onError
			}
			sp--
			fast[sp-1] = v
		case code.IS_OP:
			// Is is too large to inline here: values of different types
			// are different objects, values with the same words the same.
			a, b := &fast[sp-2], &fast[sp-1]
			aw, bw := (*ifaceWords)(unsafe.Pointer(&a.o)), (*ifaceWords)(unsafe.Pointer(&b.o))
			r := aw.tab == bw.tab && ((aw.data == bw.data && a.n == b.n) || a.Is(*b))
			r = r != (in.Arg() == 1)
			sp--
			// `if x is y:` takes its jump in the same dispatch.
			if nx := instrs[pc]; nx.Op() == code.POP_JUMP_IF_FALSE || nx.Op() == code.POP_JUMP_IF_TRUE {
				sp--
				pc++
				if r == (nx.Op() == code.POP_JUMP_IF_TRUE) {
					pc = nx.Arg()
				}
				break
			}
			fast[sp-1] = Bool(r)
		case code.CONTAINS_OP:
			f.sp, f.pc = sp, pc
			var r bool
			r, err = th.Contains(fast[sp-1], fast[sp-2])
			if err != nil {
				goto onError
			}
			sp--
			fast[sp-1] = Bool(r != (in.Arg() == 1))
		case code.BINARY_SUBSCR:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.GetItem(fast[sp-2], fast[sp-1])
			if err != nil {
				goto onError
			}
			sp--
			fast[sp-1] = v
		case code.STORE_SUBSCR:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			f.sp, f.pc = sp, pc
			if err = th.SetItem(fast[sp-2], fast[sp-1], fast[sp-3]); err != nil {
				goto onError
			}
			sp -= 3
		case code.DELETE_SUBSCR:
			f.sp, f.pc = sp, pc
			if err = th.DelItem(fast[sp-2], fast[sp-1]); err != nil {
				goto onError
			}
			sp -= 2
			if th.delObjectsLive() {
				// What the item held may have died.
				if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
					goto onError
				}
			}
		case code.BINARY_SLICE:
			if l, ok := fast[sp-3].o.(*List); ok && instrs[pc].Op() == code.GET_ITER {
				// iter(x[a:b]): the slice is the iterator's alone.
				if it, ok := th.sliceIter(l, fast[sp-2], fast[sp-1]); ok {
					pc++
					sp -= 2
					fast[sp-1] = Obj(it)
					fast[sp], fast[sp+1] = Null, Null
					break
				}
			}
			f.sp, f.pc = sp, pc
			var v Value
			if v, err = th.getSlice(fast[sp-3], fast[sp-2], fast[sp-1]); err != nil {
				goto onError
			}
			sp -= 2
			fast[sp-1] = v
			fast[sp], fast[sp+1] = Null, Null
		case code.STORE_SLICE:
			f.sp, f.pc = sp, pc
			if err = th.setSlice(fast[sp-3], fast[sp-2], fast[sp-1], fast[sp-4]); err != nil {
				goto onError
			}
			if th.scratchFrame == f {
				th.releaseScratch(fast[sp-3], fast[sp-4])
			}
			sp -= 4
		case code.BUILD_SLICE:
			if next := instrs[pc].Op(); in.Arg() == 3 && (next == code.BINARY_SUBSCR || next == code.BINARY_SUBSCR_LIST_INT || next == code.BINARY_SUBSCR_DICT) {
				// x[a:b:c] on a list, tuple or str with int or None
				// bounds: the slice object would be garbage at once.
				// So is the slice of a list assigned to a slice at once.
				if l, isList := fast[sp-4].o.(*List); isList && th.scratchFrame == nil && storedBySliceAssign(f.code.Instrs, pc+1) {
					if s, ok := th.sliceToScratch(l, fast[sp-3], fast[sp-2], fast[sp-1]); ok {
						th.scratchFrame = f
						pc++
						sp -= 3
						fast[sp-1] = Obj(s)
						fast[sp], fast[sp+1], fast[sp+2] = Null, Null, Null
						continue
					}
				}
				if r, ok := sliceSeq3(fast[sp-4], fast[sp-3], fast[sp-2], fast[sp-1]); ok {
					pc++
					sp -= 3
					fast[sp-1] = r
					fast[sp], fast[sp+1], fast[sp+2] = Null, Null, Null
					continue
				}
			}
			var s *Slice
			if in.Arg() == 3 {
				s = &Slice{fast[sp-3], fast[sp-2], fast[sp-1]}
				sp -= 2
			} else {
				s = &Slice{fast[sp-2], fast[sp-1], None}
				sp--
			}
			fast[sp-1] = Obj(s)
		case code.BUILD_TUPLE:
			n := in.Arg()
			if n <= len(th.cellTuple.a) && instrs[pc].Op() == code.LOAD_CONST && instrs[pc+1].Op() == code.MAKE_FUNCTION && instrs[pc+1].Arg()&code.MakeClosure != 0 {
				// The cells of a closure: MAKE_FUNCTION copies them out
				// at once, so the tuple can be the thread's own.
				t := &th.cellTuple.t
				t.items = th.cellTuple.a[:n:n]
				copy(t.items, fast[sp-n:sp])
				sp -= n
				fast[sp] = Obj(t)
				sp++
				break
			}
			t := tupleCopyOf(fast[sp-n : sp])
			sp -= n
			fast[sp] = Obj(t)
			sp++
		case code.BUILD_LIST:
			n := in.Arg()
			if n == 0 && pc == 1 && f.code.sizedListComp {
				f.sp, f.pc = sp, pc
				l, e := th.compList(fast[0])
				if e != nil {
					err = e
					goto onError
				}
				fast[sp] = Obj(l)
				sp++
				break
			}
			l := listCopyOf(fast[sp-n : sp])
			sp -= n
			fast[sp] = Obj(l)
			sp++
		case code.BUILD_SET:
			n := in.Arg()
			s := NewSet()
			f.sp, f.pc = sp, pc
			for _, v := range fast[sp-n : sp] {
				if err = s.Add(th, v); err != nil {
					goto onError
				}
			}
			sp -= n
			fast[sp] = Obj(s)
			sp++
		case code.BUILD_MAP:
			n := in.Arg()
			d := NewDict()
			d.reserve(n)
			f.sp, f.pc = sp, pc
			for i := sp - 2*n; i < sp; i += 2 {
				if err = d.Set(th, fast[i], fast[i+1]); err != nil {
					goto onError
				}
			}
			sp -= 2 * n
			fast[sp] = Obj(d)
			sp++
		case code.BUILD_STRING:
			n := in.Arg()
			size := 0
			// The pieces are strs, or instances of str subclasses that
			// FORMAT_VALUE got from __format__.
			for _, v := range fast[sp-n : sp] {
				size += len(unwrap(v).o.(*Str).s)
			}
			buf := make([]byte, 0, size)
			for _, v := range fast[sp-n : sp] {
				buf = append(buf, unwrap(v).o.(*Str).s...)
			}
			sp -= n
			fast[sp] = String(string(buf))
			sp++
		case code.LIST_APPEND:
			sp--
			l := fast[sp-in.Arg()].o.(*List)
			l.push(fast[sp])
		case code.SET_ADD:
			sp--
			f.sp, f.pc = sp, pc
			if err = fast[sp-in.Arg()].o.(*Set).Add(th, fast[sp]); err != nil {
				goto onError
			}
		case code.MAP_ADD:
			sp -= 2
			f.sp, f.pc = sp, pc
			if err = fast[sp-in.Arg()].o.(*Dict).Set(th, fast[sp], fast[sp+1]); err != nil {
				goto onError
			}
		case code.LIST_EXTEND:
			sp--
			f.sp, f.pc = sp, pc
			l := fast[sp-in.Arg()].o.(*List)
			if err = th.listExtend(l, fast[sp]); err != nil {
				if e, ok := err.(*Exception); ok && e.typ == TypeErrorType && !th.isIterable(fast[sp]) {
					err = Errorf(TypeErrorType, "Value after * must be an iterable, not %s", fast[sp].Type().Name)
				}
				goto onError
			}
		case code.SET_UPDATE:
			sp--
			f.sp, f.pc = sp, pc
			if err = th.setUpdate(fast[sp-in.Arg()].o.(*Set), fast[sp]); err != nil {
				goto onError
			}
		case code.DICT_UPDATE:
			sp--
			f.sp, f.pc = sp, pc
			if err = th.dictUpdate(fast[sp-in.Arg()].o.(*Dict), fast[sp]); err != nil {
				if e, ok := err.(*Exception); ok && e.typ == AttributeErrorType {
					err = Errorf(TypeErrorType, "'%s' object is not a mapping", fast[sp].Type().Name)
				}
				goto onError
			}
		case code.DICT_MERGE:
			sp--
			f.sp, f.pc = sp, pc
			if err = th.dictMerge(fast[sp-in.Arg()].o.(*Dict), fast[sp], fast[sp-in.Arg()-2]); err != nil {
				goto onError
			}
		case code.LIST_TO_TUPLE:
			fast[sp-1] = Obj(NewTuple(fast[sp-1].o.(*List).items))
		case code.FORMAT_VALUE:
			f.sp, f.pc = sp, pc
			spec := ""
			if in.Arg()&code.FormatWithSpec != 0 {
				sp--
				spec = fast[sp].o.(*Str).s
			}
			var v Value
			v, err = th.formatValue(fast[sp-1], in.Arg()&code.FormatConvMask, spec)
			if err != nil {
				goto onError
			}
			fast[sp-1] = v
		case code.JUMP_FORWARD:
			pc = in.Arg()
		case code.JUMP_BACKWARD:
			// An interrupt or a limit raises at the jump itself, inside
			// the loop's exception handlers and line.
			if th.interrupt.Load() != 0 {
				f.sp, f.pc = sp, pc
				if err = th.checkInterrupt(); err != nil {
					goto onError
				}
				instrs = th.loopInstrs(f)
			}
			if th.jitWantsLoop(f.code, in.Arg()) {
				f.sp, f.pc = sp, in.Arg()
				var ran bool
				if ran, err = th.jit.BackEdge(th, f); err != nil {
					f.pc = pc
					goto onError
				}
				if ran {
					if th.frame != f {
						// The trace left inside a call it had inlined: the
						// callee's frame, rebuilt, continues.
						f = th.frame
						instrs, fast = th.loopInstrs(f), frameArray(f.fast)
					}
					pc, sp = f.pc, f.sp
					break
				}
			}
			pc = in.Arg()
		case code.POP_JUMP_IF_FALSE, code.POP_JUMP_IF_TRUE:
			v := fast[sp-1]
			sp--
			var b bool
			if v.IsBool() || v.IsSmallInt() {
				b = v.n != 0
			} else if v.IsNone() {
				b = false
			} else {
				f.sp, f.pc = sp, pc
				b, err = th.Truth(v)
				if err != nil {
					goto onError
				}
			}
			if b == (in.Op() == code.POP_JUMP_IF_TRUE) {
				pc = in.Arg()
			}
		case code.POP_JUMP_IF_NONE:
			sp--
			if fast[sp].IsNone() {
				pc = in.Arg()
			}
		case code.POP_JUMP_IF_NOT_NONE:
			sp--
			if !fast[sp].IsNone() {
				pc = in.Arg()
			}
		case code.JUMP_IF_FALSE_OR_POP, code.JUMP_IF_TRUE_OR_POP:
			f.sp, f.pc = sp, pc
			var b bool
			b, err = th.Truth(fast[sp-1])
			if err != nil {
				goto onError
			}
			if b == (in.Op() == code.JUMP_IF_TRUE_OR_POP) {
				pc = in.Arg()
			} else {
				sp--
			}
		case code.GET_ITER:
			if l, ok := fast[sp-1].o.(*List); ok && instrs.at(pc).Op().Family() == code.FOR_ITER {
				fast[sp-1] = Obj(th.loopIter(l))
				continue
			}
			f.sp, f.pc = sp, pc
			var it Value
			it, err = th.Iter(fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp-1] = it
		case code.FOR_ITER:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			it := fast[sp-1]
			switch x := it.o.(type) {
			case *listIter:
				if x.i < len(x.l.items) {
					fast[sp] = x.l.items[x.i]
					x.i++
					sp++
					continue
				}
				x.i = len(x.l.items) + listExhausted
				if fast[0].o != Object(x) {
					th.recycleIter(x)
				}
				sp--
				pc = in.Arg()
				continue
			case *rangeIter:
				if x.i < x.n {
					fast[sp] = Int(x.start + x.i*x.step)
					x.i++
					sp++
					continue
				}
				sp--
				pc = in.Arg()
				continue
			case *enumerateIter, *zipIter, *dictIter:
				// `for a, b in enumerate(...)` (zip, items): the pair goes
				// straight to the unpacking, no tuple built.
				if nx := instrs[pc]; (nx.Op() == code.UNPACK_SEQUENCE || nx.Op() == code.UNPACK_SEQUENCE_TUPLE) && nx.Arg() == 2 {
					f.sp, f.pc = sp, pc
					var a, b Value
					var ok, handled bool
					if a, b, ok, handled, err = th.nextPair(it); handled {
						if err != nil {
							goto onError
						}
						if !ok {
							sp--
							pc = in.Arg()
							continue
						}
						pc++
						if storesFollow(instrs, pc, 2) {
							fast[instrs[pc].Arg()] = a
							fast[instrs[pc+1].Arg()] = b
							pc += 2
							continue
						}
						fast[sp] = b
						fast[sp+1] = a
						sp += 2
						continue
					}
				}
			}
			f.sp, f.pc = sp, pc
			if g, ok := it.o.(*Generator); ok && th.enterGenInline(g, None, f, resumeByForIter) {
				f = g.frame
				instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
				continue
			}
			var v Value
			var ok bool
			th.stopRaised = nil
			v, ok, err = th.Next(it)
			if err != nil {
				goto onError
			}
			if !ok {
				if e := th.stopRaised; e != nil {
					th.stopRaised = nil
					th.traceException(f, e)
				}
				sp--
				pc = in.Arg()
				break
			}
			fast[sp] = v
			sp++
		case code.KW_NAMES:
			f.kwnames = f.code.kwnames[in.Arg()]
		case code.CALL:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			n := in.Arg()
			base := sp - n - 2
			callable := fast[base]
			args := fast[base+1 : sp]
			if callable.o == nil {
				callable = fast[base+1]
				args = fast[base+2 : sp]
			}
			kw := f.kwnames
			f.kwnames = nil
			if fn, ok := callable.o.(*Function); ok && fn.code.Flags&(code.Generator|code.Coroutine|code.AsyncGenerator) == 0 {
				f.sp, f.pc = base, pc
				var nf *Frame
				nf, err = th.newFrameForCall(fn, args, kw)
				if err != nil {
					f.sp = sp
					goto onError
				}
				th.pushFrame(f, nf)
				f = nf
				instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
				if th.interrupt.Load() != 0 {
					if err = th.checkInterrupt(); err != nil {
						in = instrs[pc]
						pc++
						goto onError
					}
					if th.hooks != nil {
						instrs = th.loopInstrs(f)
						th.traceEnter(f)
					}
				}
				if th.jit != nil && !f.code.jitNoEntry {
					var ran bool
					if ran, err = th.jit.FuncEntry(th, f); ran {
						// Native code ran the call: the frame (or a callee it had
						// inlined, rebuilt at an exit) continues where it left off.
						f = th.frame
						instrs, fast, sp, pc = th.loopInstrs(f), frameArray(f.fast), f.sp, f.pc
						if err != nil {
							goto onError
						}
					}
				}
				continue
			}
			if m, ok := callable.o.(*Method); ok && fast[base].o == nil {
				if fn, ok := m.Fn.o.(*Function); ok && fn.code.Flags&(code.Generator|code.Coroutine|code.AsyncGenerator) == 0 {
					// Overwrite the bound method's slot with self: no allocation.
					fast[base+1] = m.Self
					args = fast[base+1 : sp]
					f.sp, f.pc = base, pc
					var nf *Frame
					nf, err = th.newFrameForCall(fn, args, kw)
					if err != nil {
						f.sp = sp
						goto onError
					}
					th.pushFrame(f, nf)
					f = nf
					instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
					if th.jit != nil && !f.code.jitNoEntry {
						var ran bool
						if ran, err = th.jit.FuncEntry(th, f); ran {
							// Native code ran the call: the frame (or a callee it had
							// inlined, rebuilt at an exit) continues where it left off.
							f = th.frame
							instrs, fast, sp, pc = th.loopInstrs(f), frameArray(f.fast), f.sp, f.pc
							if err != nil {
								goto onError
							}
						}
					}
					continue
				}
			}
			f.sp, f.pc = sp, pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					goto onError
				}
				instrs = th.loopInstrs(f)
			}
			if fn, ok := callable.o.(*Function); ok && fn.code.Flags&genFlags != 0 {
				// A generator function: no frame runs.
				var v Value
				var consumer Value // what the generator is passed to alone
				if nx := instrs[pc]; nx.Arg() == 1 && base >= 2 && fast[base-2].o == nil && nx.Op().Family() == code.CALL {
					consumer = fast[base-1]
				}
				v, err = th.callGenerator(fn, args, kw, instrs[pc].Op(), consumer)
				if err != nil {
					goto onError
				}
				sp = base
				fast[sp] = v
				sp++
				break
			}
			var v Value
			v, err = th.Call(callable, args, kw)
			if flag := th.interrupt.Load(); flag != 0 {
				if flag&interruptSample != 0 {
					th.sampleInBuiltin(callable)
				}
				// The builtin may have installed a trace or profile function.
				instrs = th.loopInstrs(f)
				if err == nil && flag&interruptKeyboard != 0 {
					err = th.signalsAfterCall()
				}
			}
			if err != nil {
				goto onError
			}
			sp = base
			fast[sp] = v
			sp++
		case code.CALL_FUNCTION_EX:
			f.sp, f.pc = sp, pc
			var kwargs Value
			if in.Arg()&1 != 0 {
				kwargs = fast[sp-1]
				sp--
			}
			// A bound method of a Python function (self.f(*a, **k)) is
			// its function with self first.
			callee, args := fast[sp-2], th.exArgs[:0]
			if m, ok := callee.o.(*Method); ok {
				if _, ok := m.Fn.o.(*Function); ok {
					callee, args = m.Fn, append(args, m.Self)
				}
			}
			if fn, ok := callee.o.(*Function); ok && fn.code.Flags&(code.Generator|code.Coroutine|code.AsyncGenerator) == 0 {
				// A Python function runs in this loop, like CALL's: the
				// arguments go through the thread's scratch vectors, which
				// newFrameForCall copies into the new frame.
				var kwnames []string
				args, kwnames, err = th.exVector(fast[sp-2], fast[sp-1], kwargs, args, th.exNames[:0])
				if err != nil {
					goto onError
				}
				var nf *Frame
				nf, err = th.newFrameForCall(fn, args, kwnames)
				th.exArgs, th.exNames = args, kwnames
				clear(args)
				if err != nil {
					goto onError
				}
				f.sp, f.pc = sp-3, pc
				th.pushFrame(f, nf)
				f = nf
				instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
				if th.interrupt.Load() != 0 {
					if err = th.checkInterrupt(); err != nil {
						in = instrs[pc]
						pc++
						goto onError
					}
					if th.hooks != nil {
						instrs = th.loopInstrs(f)
						th.traceEnter(f)
					}
				}
				continue
			}
			var v Value
			v, err = th.callFunctionEx(fast[sp-2], fast[sp-1], kwargs)
			if err != nil {
				goto onError
			}
			sp -= 3
			fast[sp] = v
			sp++
		case code.MAKE_FUNCTION:
			fl := in.Arg()
			cobj := fast[sp-1].o.(*CodeObj)
			sp--
			var fn *Function
			if (cobj.genexpr || cobj.comprehension) && fl&^code.MakeClosure == 0 {
				var items []Value
				if fl != 0 {
					sp--
					items = fast[sp].o.(*Tuple).items
				}
				fn = th.genexprFunction(len(items))
				for i, c := range items {
					fn.closure[i] = c.o.(*Cell)
				}
				th.releaseCellTuple(items)
			} else if fl&code.MakeClosure != 0 {
				sp--
				items := fast[sp].o.(*Tuple).items
				fn = newClosure(len(items))
				for i, c := range items {
					fn.closure[i] = c.o.(*Cell)
				}
				th.releaseCellTuple(items)
			} else {
				fn = &Function{}
			}
			fn.code, fn.globals, fn.builtins, fn.name, fn.qualname = cobj, f.globals, f.builtins, cobj.name, cobj.qualname
			fn.version = nextFuncVersion()
			fn.initModuleDoc()
			if fl&code.MakeAnnotations != 0 {
				sp--
				fn.more().annotations = fast[sp]
			}
			if fl&code.MakeKwDefaults != 0 {
				sp--
				fn.more().kwdefaults = fast[sp].o.(*Dict)
			}
			if fl&code.MakeDefaults != 0 {
				sp--
				fn.defaults = fast[sp].o.(*Tuple).items
			}
			fast[sp] = Obj(fn)
			sp++
		case code.RETURN_VALUE, code.RETURN_CONST:
			// A function frame returning to its caller in this loop, with
			// nothing to release but its stack window (releaseFrame's
			// common case): the result is read only if the caller keeps it.
			// An object with a __del__ may die with the frame: its
			// own locals, the temporaries of its return statement.
			dying := false
			if q := &th.interp.fin; q.delLive.Load() != 0 {
				dying = q.young.Load()>>min(uint(th.depth), 63) != 0 ||
					f.code.ownLocalsFrom >= 0 && th.ownLocalsFinalizable(f)
			}
			if rf := f; !dying && rf.flagWord() == 0 && rf.gen == nil &&
				rf.pyframe == nil && rf.stackTop >= 0 && rf.locals == nil && rf.localsMap.o == nil && rf.kwnames == nil {
				if rf.code.comprehension && rf.fn.pooled {
					th.recycleGenexprFunction(rf.fn)
				}
				th.stackTop = rf.stackTop
				th.framePool = append(th.framePool, rf)
				th.depth--
				f = rf.back
				th.frame = f
				rfast := fast
				instrs, fast, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.pc
				// A call statement discards the result: skip its POP_TOP, and
				// the back edge after it as POP_TOP would, unless the
				// statement's temporaries may need finalizing.
				if nx := instrs.at(pc); nx.Op() == code.POP_TOP && (th.interp.fin.delLive.Load() == 0 || !th.statementMayFinalize()) {
					sp = f.sp
					pc++
					if nx := instrs.at(pc); nx.Op() == code.JUMP_BACKWARD && th.interrupt.Load() == 0 && !th.jitWantsLoop(f.code, nx.Arg()) {
						pc = nx.Arg()
					}
					break
				}
				var v Value
				if op == code.RETURN_CONST {
					v = rf.code.consts[in.Arg()]
				} else {
					v = *rfast.at(sp - 1)
				}
				sp = f.sp
				*fast.at(sp) = v
				sp++
				break
			}
			var v Value
			if op == code.RETURN_CONST {
				v = f.code.consts[in.Arg()]
			} else {
				v = fast[sp-1]
				sp--
			}
			if f.resumedBy != resumeByRun {
				// A generator resumed by its resumer's SEND or FOR_ITER
				// returns: the resumer carries on in this loop.
				f.sp, f.pc = sp, pc
				f = th.returnInline(f, v)
				instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
				continue
			}
			if f.entry || f.gen != nil {
				f.sp, f.pc = sp, pc
				f.yielded = false
				th.frame = f.back
				th.depth--
				if !f.owned {
					th.releaseFrame(f)
				}
				return v, nil
			}
			back, onReturn := f.back, f.onReturn
			f.pc = pc
			// What dies with the frame is finalized before the caller
			// goes on.
			if dying {
				th.frameReturned(th.depth)
			}
			// releaseFrame's common case, written out.
			if f.owned || f.pyframe != nil || f.stackTop < 0 || f.locals != nil || f.localsMap.o != nil || f.kwnames != nil {
				th.releaseFrameSlow(f)
				th.depth--
				th.frame = back
				f = back
				// A frame with a frame object may return to one that
				// runs under hooks installed since it called.
				instrs, fast, sp, pc = th.loopInstrs(f), frameArray(f.fast), f.sp, f.pc
			} else {
				th.stackTop = f.stackTop
				f.onReturn, f.entry = returnPlain, false
				th.framePool = append(th.framePool, f)
				th.depth--
				th.frame = back
				f = back
				instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
			}
			switch onReturn {
			case returnInitSelf:
				// The instance is already on the caller's stack.
				if !v.IsNone() {
					err = Errorf(TypeErrorType, "__init__() should return None, not '%s'", v.Type().Name)
					goto onError
				}
				if dying {
					if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
						goto onError
					}
				}
				continue
			case returnBinaryOp, returnCompareOp:
				// The operands are still on the caller's stack, for the
				// rest of the operation when the method declined.
				if v.IsNotImplemented() {
					a, b := fast[sp-2], fast[sp-1]
					arg := f.code.Instrs[pc-1].Arg()
					f.sp, f.pc = sp, pc
					if onReturn == returnBinaryOp {
						v, err = th.binaryRest(arg, a, b, false)
					} else {
						v, err = th.compareRest(a, b, arg, false)
					}
					if err != nil {
						goto onError
					}
				}
				sp--
				fast[sp-1] = v
				continue
			case returnNew:
				// The class and the arguments are still on the caller's
				// stack, above the NULL.
				n := f.code.Instrs[pc-1].Arg()
				base := sp - n - 2
				f.sp, f.pc = sp, pc
				v, err = th.typeCallInit(fast[base+1].o.(*Type), v, fast[base+2:sp], nil)
				if err != nil {
					goto onError
				}
				sp = base
				fast[sp] = v
				sp++
				continue
			}
			if dying || th.statementMayFinalize() {
				// The result is kept on the stack through the collection;
				// the POP_TOP of a call statement then drops it, and
				// collects again if what the callee made and returned may
				// have been a temporary.
				fast[sp] = v
				sp++
				v = Null
				if dying {
					if instrs, err = th.promptFinalize(f, sp, pc); err != nil {
						goto onError
					}
				}
				break
			}
			// A call statement discards the result: skip its POP_TOP, and
			// the back edge after it as POP_TOP would.
			if nx := instrs[pc]; nx.Op() == code.POP_TOP {
				pc++
				if nx := instrs[pc]; nx.Op() == code.JUMP_BACKWARD && th.interrupt.Load() == 0 && !th.jitWantsLoop(f.code, nx.Arg()) {
					pc = nx.Arg()
				}
				break
			}
			fast[sp] = v
			sp++
		case code.YIELD_VALUE:
			v := fast[sp-1]
			sp--
			if th.sinkFrame == f && th.hooks == nil && th.sink.take(v) {
				// A builtin draining the generator took the value: the
				// generator goes on as if resumed by next(). Under a
				// trace or profile function it returns to the builtin,
				// so that each resumption reports its call event.
				fast[sp] = None
				sp++
				break
			}
			f.sp, f.pc = sp, pc
			f.yielded = true
			if f.resumedBy != resumeByRun {
				// Back to the resumer's SEND or FOR_ITER, in this loop.
				f = th.yieldInline(f, v)
				instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
				continue
			}
			th.frame = f.back
			th.depth--
			return v, nil
		case code.LOAD_BUILD_CLASS:
			f.sp, f.pc = sp, pc
			v, ok, lerr := th.lookupBuiltin(f.builtins, "__build_class__")
			if lerr == nil && !ok {
				lerr = Errorf(NameErrorType, "__build_class__ not found")
			}
			if err = lerr; err != nil {
				goto onError
			}
			fast[sp] = v
			sp++
		case code.RAISE_VARARGS:
			f.sp, f.pc = sp, pc
			switch in.Arg() {
			case 0:
				if cur := th.handledException(); cur == nil {
					err = Errorf(RuntimeErrorType, "No active exception to reraise")
				} else {
					err = cur
					reraise = true
				}
			case 1:
				err = th.makeRaise(fast[sp-1], Null)
				sp--
			case 2:
				err = th.makeRaise(fast[sp-2], fast[sp-1])
				sp -= 2
			}
			if e, ok := err.(*Exception); ok && !reraise {
				// `raise exc` links exc to the handled exception even when
				// it was raised before (onError does so only for new ones).
				th.setContext(e)
			}
			goto onError
		case code.RERAISE:
			sp--
			err = fast[sp].o.(*Exception)
			reraise = true
			f.lastiRestored = in.Arg() != 0
			goto onError
		case code.PUSH_EXC_INFO:
			exc := fast[sp-1]
			prev := th.excInfo
			if prev.o == nil {
				prev = None
			}
			fast[sp-1] = prev
			fast[sp] = exc
			sp++
			th.excInfo = exc
		case code.POP_EXCEPT:
			sp--
			if in.Arg() != 0 {
				th.forgetHandled(f)
			}
			th.excInfo = fast[sp]
		case code.CHECK_EXC_MATCH:
			f.sp, f.pc = sp, pc
			var ok bool
			ok, err = th.excMatches(fast[sp-2], fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp-1] = Bool(ok)
		case code.CHECK_EG_MATCH:
			f.sp, f.pc = sp, pc
			var rest, match Value
			rest, match, err = th.egMatch(fast[sp-2], fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp-2] = rest
			fast[sp-1] = match
		case code.PREP_RERAISE_STAR:
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.prepReraiseStar(fast[sp-2], fast[sp-1])
			if err != nil {
				goto onError
			}
			sp--
			fast[sp-1] = v
		case code.BEFORE_WITH:
			f.sp, f.pc = sp, pc
			var exit, res Value
			exit, res, err = th.beforeWith(fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp-1] = exit
			fast[sp] = res
			sp++
		case code.WITH_EXCEPT_START:
			f.sp, f.pc = sp, pc
			exc := fast[sp-1].o.(*Exception)
			exc.exposed = true
			exit := fast[sp-3]
			var tb Value = None
			if exc.tb != nil {
				tb = Obj(exc.tb)
			}
			var v Value
			v, err = th.Call(exit, []Value{Obj(exc.typ), Obj(exc), tb}, nil)
			if err != nil {
				goto onError
			}
			fast[sp] = v
			sp++
		case code.LOAD_ASSERTION_ERROR:
			fast[sp] = Obj(AssertionErrorType)
			sp++
		case code.IMPORT_NAME:
			f.sp, f.pc = sp, pc
			var m Value
			m, err = th.importStatement(f, f.code.names[in.Arg()].s, fast[sp-1], fast[sp-2])
			if err != nil {
				goto onError
			}
			sp--
			fast[sp-1] = m
		case code.IMPORT_FROM:
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.importFrom(fast[sp-1], f.code.names[in.Arg()].s)
			if err != nil {
				goto onError
			}
			fast[sp] = v
			sp++
		case code.IMPORT_STAR:
			f.sp, f.pc = sp, pc
			if err = th.importStar(f, fast[sp-1]); err != nil {
				goto onError
			}
			sp--
		case code.UNPACK_SEQUENCE:
			if th.spec != nil && op == in.Op() && f.code.countdown(pc-1) && th.adapt(f, pc-1, sp) {
				pc--
				continue
			}
			f.sp, f.pc = sp, pc
			n := in.Arg()
			seq := fast[sp-1]
			var items []Value
			if t, ok := seq.o.(*Tuple); ok && len(t.items) == n {
				items = t.items
			} else if l, ok := seq.o.(*List); ok && len(l.items) == n {
				items = l.items
			} else {
				items, err = th.unpackIterable(seq, n, -1)
				if err != nil {
					goto onError
				}
			}
			sp--
			if storesFollow(instrs, pc, n) {
				// `a, b, c = seq`: straight into the locals.
				for i := 0; i < n; i++ {
					fast[instrs[pc+i].Arg()] = items[i]
				}
				fast[sp] = Value{}
				pc += n
				continue
			}
			for i := n - 1; i >= 0; i-- {
				fast[sp] = items[i]
				sp++
			}
		case code.UNPACK_EX:
			f.sp, f.pc = sp, pc
			before, after := in.Arg()&0xFF, in.Arg()>>8
			var items []Value
			items, err = th.unpackIterable(fast[sp-1], before, after)
			if err != nil {
				goto onError
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				fast[sp] = items[i]
				sp++
			}
		case code.GET_YIELD_FROM_ITER:
			f.sp, f.pc = sp, pc
			v := fast[sp-1]
			if g, ok := v.o.(*Generator); ok && g.kind != asyncGenKind {
				if g.kind == coroutineKind && f.code.Flags&(code.Coroutine|code.IterableCoro) == 0 {
					err = Errorf(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
					goto onError
				}
				break
			}
			var it Value
			var ok bool
			it, ok, err = th.yieldFromIter(v)
			if !ok {
				it, err = th.Iter(v)
			}
			if err != nil {
				goto onError
			}
			fast[sp-1] = it
		case code.SEND:
			f.sp, f.pc = sp, pc
			if g, ok := fast[sp-2].o.(*Generator); ok && th.enterGenInline(g, fast[sp-1], f, resumeBySend) {
				f = g.frame
				instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
				continue
			}
			var v Value
			var done bool
			v, done, err = th.send(fast[sp-2], fast[sp-1])
			if err != nil {
				sp -= 2
				f.sp = sp
				goto onError
			}
			if done {
				if th.hooks != nil {
					th.traceSendStop(f, fast[sp-2], fast[sp-1], v)
				}
				sp--
				fast[sp-1] = v
				pc = in.Arg()
			} else {
				fast[sp-1] = v
			}
		case code.GET_AWAITABLE:
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.getAwaitable(fast[sp-1], in.Arg())
			if err != nil {
				goto onError
			}
			fast[sp-1] = v
		case code.BEFORE_ASYNC_WITH:
			f.sp, f.pc = sp, pc
			var exit, res Value
			exit, res, err = th.beforeAsyncWith(fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp-1] = exit
			fast[sp] = res
			sp++
		case code.GET_AITER:
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.getAIter(fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp-1] = v
		case code.GET_ANEXT:
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.getANext(fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp] = v
			sp++
		case code.END_ASYNC_FOR:
			exc := fast[sp-1].o.(*Exception)
			if exc.typ.IsSubtype(StopAsyncIterationType) {
				sp -= 2
				break
			}
			sp--
			err = exc
			reraise = true
			goto onError
		case code.SETUP_ANNOTATIONS:
			if f.localsMap.o != nil {
				if _, err = th.GetItem(f.localsMap, String("__annotations__")); err != nil {
					err = th.SetItem(f.localsMap, String("__annotations__"), Obj(NewDict()))
					if err != nil {
						goto onError
					}
				}
			} else if _, ok := f.locals.GetStr("__annotations__"); !ok {
				f.locals.SetStr("__annotations__", Obj(NewDict()))
			}
		case code.GET_LEN:
			f.sp, f.pc = sp, pc
			var n int
			n, err = th.Len(fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp] = Int(int64(n))
			sp++
		case code.MATCH_MAPPING:
			fast[sp] = Bool(fast[sp-1].Type().matchFlags&flagMapping != 0)
			sp++
		case code.MATCH_SEQUENCE:
			fast[sp] = Bool(fast[sp-1].Type().matchFlags&flagSequence != 0)
			sp++
		case code.MATCH_KEYS:
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.matchKeys(fast[sp-2], fast[sp-1])
			if err != nil {
				goto onError
			}
			fast[sp] = v
			sp++
		case code.MATCH_CLASS:
			f.sp, f.pc = sp, pc
			var v Value
			v, err = th.matchClass(fast[sp-3], fast[sp-2], in.Arg(), fast[sp-1])
			if err != nil {
				goto onError
			}
			sp -= 2
			fast[sp-1] = v
			fast[sp], fast[sp+1] = Value{}, Value{}
		case code.PRINT_EXPR:
			sp--
			f.sp, f.pc = sp, pc
			if err = th.printExpr(fast[sp]); err != nil {
				goto onError
			}
		// ---- Specialized instructions (tier 1) ----
		// The handlers repeat short sequences (decoding CALL's operands,
		// storing a loop variable) instead of calling helpers: helpers that
		// return sp, pc or several values made the compiler spill the loop's
		// cached state, measured at CallSimple 60 → 94 ns/op and CallMethod
		// 59 → 92 ns/op (go test ./vm -bench).
		case code.LOAD_GLOBAL_MODULE:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if f.globals.keysVersion != c.version {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			if in.Arg()&1 != 0 {
				*fast.at(sp) = Value{}
				sp++
			}
			*fast.at(sp) = f.globals.entries[c.index].val
			sp++
		case code.LOAD_GLOBAL_BUILTIN:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if f.globals.keysVersion != c.version || f.builtins.keysVersion != c.version2 {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			if in.Arg()&1 != 0 {
				fast[sp] = Value{}
				sp++
			}
			fast[sp] = f.builtins.entries[c.index].val
			sp++
		case code.LOAD_ATTR_INSTANCE_VALUE:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			// The instances of the type specialized for, without a dict:
			// the attribute's place is known.
			if o, ok := fast[sp-1].o.(*Instance); ok && o.typ.version == c.version && o.dict == nil {
				if j := int(c.slot); uint(j) < uint(len(o.vals)) && o.vals[j].o != nil {
					fast[sp-1] = o.vals[j]
					break
				}
			}
			if o, ok := fast[sp-1].o.(*Instance); ok && (o.typ.version == c.version || o.typ.version == c.version2 ||
				o.typ.ownAttr(f.code.names[in.Arg()], false)) {
				if o.dict == nil {
					// The hint, checked here; hintedAttr looks the name up.
					if k, i := o.typ.keys, int(c.index); k != nil && i < len(k.names) && k.names[i] == f.code.names[in.Arg()] {
						if j := len(o.typ.slotNames) + i; j < len(o.vals) && o.vals[j].o != nil {
							fast[sp-1] = o.vals[j]
							break
						}
					}
					if v := o.hintedAttr(f.code.names[in.Arg()], &c.index); v.o != nil {
						fast[sp-1] = v
						break
					}
					op = th.miss(f.code, pc-1)
					goto redispatch
				}
				// The entry hint, checked here; hintedS looks the name up.
				name, entries := f.code.names[in.Arg()], o.dict.entries
				if i := int(c.index); i < len(entries) && entries[i].key.o == Object(name) {
					fast[sp-1] = entries[i].val
					break
				}
				if i := o.dict.hintedS(name, &c.index); i >= 0 {
					fast[sp-1] = o.dict.entries[i].val
					break
				}
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			op = th.missAttr(f.code, pc-1, fast[sp-1])
			goto redispatch
		case code.LOAD_ATTR_SLOT:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if o, ok := fast[sp-1].o.(*Instance); ok && o.typ.version == c.version {
				if v := o.vals[c.index]; v.o != nil {
					fast[sp-1] = v
					break
				}
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.LOAD_ATTR_CLASS:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if t, ok := fast[sp-1].o.(*Type); ok && t.version == c.version {
				fast[sp-1] = c.value
				break
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.LOAD_ATTR_PROPERTY:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if o, ok := fast[sp-1].o.(*Instance); ok && o.typ.version == c.version {
				f.sp, f.pc = sp, pc
				var v Value
				v, err = th.callFunction(c.value.o.(*Function), fast[sp-1:sp], nil)
				if err != nil {
					goto onError
				}
				fast[sp-1] = v
				break
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.LOAD_ATTR_GETSET:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if owner := fast[sp-1]; owner.Type().version == c.version {
				f.sp, f.pc = sp, pc
				var v Value
				v, err = c.value.o.(*GetSetDescriptor).Get(th, owner)
				if err != nil {
					goto onError
				}
				fast[sp-1] = v
				break
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.LOAD_ATTR_MODULE:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if m, ok := fast[sp-1].o.(*Module); ok && m.Dict.keysVersion == c.version {
				fast[sp-1] = m.Dict.entries[c.index].val
				break
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.LOAD_METHOD_WITH_VALUES:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if o, ok := fast.at(sp - 1).o.(*Instance); ok && o.typ.version == c.version {
				// The class is the one specialized for, so the instance
				// has a __dict__ (or keeps its attributes without one).
				var absent bool
				if o.dict != nil {
					absent = o.dict.lacksS(f.code.names[in.Arg()])
				} else {
					absent = o.typ.keyCount() == int(c.index) || !o.shadowsMethod(f.code.names[in.Arg()], &c.index)
				}
				if absent {
					*fast.at(sp) = *fast.at(sp - 1)
					*fast.at(sp - 1) = c.value
					sp++
					break
				}
			}
			// A call site that sees instances of several classes.
			if o, ok := fast[sp-1].o.(*Instance); ok {
				if fn := o.plainMethod(f.code.names[in.Arg()]); fn != nil {
					fast[sp] = fast[sp-1]
					fast[sp-1] = Obj(fn)
					sp++
					break
				}
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.LOAD_METHOD_MODULE:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if m, ok := fast[sp-1].o.(*Module); ok && m.Dict.keysVersion == c.version {
				fast[sp-1] = Value{}
				fast[sp] = m.Dict.entries[c.index].val
				sp++
				break
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.LOAD_METHOD_CLASS:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if t, ok := fast[sp-1].o.(*Type); ok && t.version == c.version {
				// The class specialized for: its attribute is the one
				// cached (a classmethod's or staticmethod's callable is
				// read each time, as __init__ may have replaced it).
				switch a := c.value.o.(type) {
				case *ClassMethod:
					if _, ok := a.Fn.o.(*Function); ok {
						fast[sp] = fast[sp-1]
						fast[sp-1] = a.Fn
						sp++
						continue
					}
				case *StaticMethod:
					fast[sp-1] = Value{}
					fast[sp] = a.Fn
					sp++
					continue
				default:
					fast[sp-1] = Value{}
					fast[sp] = c.value
					sp++
					continue
				}
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.LOAD_METHOD_NO_DICT:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			obj := fast[sp-1]
			// An instance of the class specialized for has no __dict__
			// (the version proves the class); another object is asked.
			if o, ok := obj.o.(*Instance); (ok && o.typ.version == c.version) ||
				(!ok && obj.Type().version == c.version && (c.index == 0 || !hasInstanceDict(obj))) {
				fast[sp] = obj
				fast[sp-1] = c.value
				sp++
				break
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.STORE_ATTR_INSTANCE_VALUE:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			// An attribute of an instance of the type specialized for,
			// without a dict: replaced in place, or set in place when none
			// of the attributes after it is set yet (so that attributes
			// keep the order they were first set in, as __init__ sets them).
			if o, ok := fast[sp-1].o.(*Instance); ok && o.typ.version == c.version && o.dict == nil {
				if j := int(c.slot); uint(j) < uint(len(o.vals)) {
					inPlace := true
					if o.vals[j].o == nil {
						for _, w := range o.vals[j+1:] {
							if w.o != nil {
								inPlace = false
								break
							}
						}
					}
					if inPlace {
						o.vals[j] = fast[sp-2]
						sp -= 2
						break
					}
				} else if j == len(o.vals) && j < cap(o.vals) {
					// The attribute after the last one set: the values
					// end there (see setValue).
					o.vals = append(o.vals, fast[sp-2])
					sp -= 2
					break
				}
			}
			if o, ok := fast[sp-1].o.(*Instance); ok && (o.typ.version == c.version || o.typ.version == c.version2 ||
				o.typ.ownAttr(f.code.names[in.Arg()], true)) {
				if o.dict == nil {
					o.storeHinted(f.code.names[in.Arg()], fast[sp-2], &c.index)
					if o.typ.version != c.version2 {
						// The first instances add their attributes to the
						// class's shared keys (which renews its version)
						// after the site was specialized: the fast path
						// above takes the type and position known now.
						c.version, c.slot = o.typ.version, o.typ.valueSlot(f.code.names[in.Arg()])
					}
					sp -= 2
					break
				}
				name, entries := f.code.names[in.Arg()], o.dict.entries
				if i := int(c.index); i < len(entries) && entries[i].key.o == Object(name) {
					entries[i].val = fast[sp-2]
				} else if o.dict.addIfSurelyAbsentS(name, fast[sp-2]) {
					c.index = int32(len(o.dict.entries) - 1)
				} else if i := o.dict.hintedS(name, &c.index); i >= 0 {
					o.dict.entries[i].val = fast[sp-2]
				} else {
					// A key of a str subclass equal to name is compared
					// with its __eq__, which may run code and raise.
					f.sp, f.pc = sp, pc
					if err = o.dict.setHashed(th, Obj(name), name.Hash(), fast[sp-2]); err != nil {
						goto onError
					}
				}
				sp -= 2
				break
			}
			op = th.missAttr(f.code, pc-1, fast[sp-1])
			goto redispatch
		case code.STORE_ATTR_SLOT:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			if o, ok := fast[sp-1].o.(*Instance); ok && o.typ.version == c.version {
				o.vals[c.index] = fast[sp-2]
				sp -= 2
				break
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.CALL_PY_EXACT_ARGS:
			// The commonest call has a case of its own: no cache to read
			// (the check is the shape of the function's code), no other
			// form to tell apart.
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			base := sp - in.Arg() - 2
			first := base + 1 // the first argument (self for a method)
			callee := *fast.at(base)
			if callee.o == nil {
				callee = *fast.at(first)
				first++
			}
			fn, ok := callee.o.(*Function)
			if !ok || fn.code.exactArgs != sp-first || th.depth >= th.interp.recursionLimit {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			fco := fn.code
			size := fco.frameSize
			var nf *Frame
			if k, top := len(th.framePool), th.stackTop; k > 0 && top+size <= len(th.stack) {
				nf = th.framePool[k-1]
				th.framePool = th.framePool[:k-1]
				nf.stackTop = top
				// top < len(th.stack): the frame's window starts there.
				if len(nf.fast) != size || unsafe.SliceData(nf.fast) != frameArray(th.stack).at(top) {
					nf.fast = th.stack[top : top+size : top+size]
				}
				th.stackTop = top + size
				nf.owned = false
			} else {
				nf = th.allocFrameSlow(size)
			}
			nfast := frameArray(nf.fast)
			nargs := sp - first
			// Without index checks: both frames are sized for these.
			for i, src := 0, fast.at(first); i < nargs; i++ {
				*nfast.at(i) = *src
				src = (*Value)(unsafe.Add(unsafe.Pointer(src), unsafe.Sizeof(Value{})))
			}
			nlocals := fco.NLocals
			for i := nargs; i < nlocals; i++ {
				nfast[i] = Value{}
			}
			if len(fco.cellArgs)+len(fco.cellOnly)+len(fn.closure) > 0 {
				th.initCells(fn, nf.fast)
			}
			nf.code, nf.fn, nf.globals, nf.builtins = fco, fn, fn.globals, fn.builtins
			nf.sp, nf.pc = nlocals, 0
			f.sp, f.pc = base, pc
			nf.back = f
			th.frame = nf
			th.depth++
			f = nf
			instrs, fast, sp, pc = instrArray(fco.Instrs), nfast, nlocals, 0
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					in = instrs[pc]
					pc++
					goto onError
				}
			}
			if th.jit != nil && !fco.jitNoEntry {
				var ran bool
				if ran, err = th.jit.FuncEntry(th, f); ran {
					f = th.frame
					instrs, fast, sp, pc = th.loopInstrs(f), frameArray(f.fast), f.sp, f.pc
					if err != nil {
						goto onError
					}
				}
			}
		case code.CALL_PY_WITH_DEFAULTS, code.CALL_PY_KW:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			n := in.Arg()
			base := sp - n - 2
			callee := fast[base]
			args := fast[base+1 : sp]
			if callee.o == nil {
				callee = fast[base+1]
				args = fast[base+2 : sp]
			}
			fn, ok := callee.o.(*Function)
			// CALL_PY_EXACT_ARGS and CALL_PY_WITH_DEFAULTS check the shape
			// of the function's code and defaults rather than its version,
			// so that one site calling several functions (a polymorphic
			// method call, handlers from a table) stays specialized.
			if !ok || th.depth >= th.interp.recursionLimit ||
				(op == code.CALL_PY_EXACT_ARGS && fn.code.exactArgs != len(args)) ||
				(op == code.CALL_PY_WITH_DEFAULTS && (fn.code.exactArgs < len(args) || len(args) < fn.code.exactArgs-len(fn.defaults))) ||
				(op == code.CALL_PY_KW && (fn.version != c.version || len(args) != int(c.index))) {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			fco := fn.code
			// allocFrame's common case, written out: the loop is too large
			// for the compiler to inline it here.
			var nf *Frame
			if k, top := len(th.framePool), th.stackTop; k > 0 && top+fco.frameSize <= len(th.stack) {
				nf = th.framePool[k-1]
				th.framePool = th.framePool[:k-1]
				nf.stackTop = top
				// A frame taken back at the place it was released from,
				// with the same size, still has its window.
				if len(nf.fast) != fco.frameSize || unsafe.SliceData(nf.fast) != &th.stack[top] {
					nf.fast = th.stack[top : top+fco.frameSize : top+fco.frameSize]
				}
				th.stackTop = top + fco.frameSize
				nf.owned = false
			} else {
				nf = th.allocFrameSlow(fco.frameSize)
			}
			switch op {
			case code.CALL_PY_EXACT_ARGS:
				// Element by element: copy and clear would call the
				// runtime's typedslicecopy and memclrHasPointers, which
				// cost more for a few values.
				for i, a := range args {
					nf.fast[i] = a
				}
				for i := len(args); i < fco.NLocals; i++ {
					nf.fast[i] = Value{}
				}
			case code.CALL_PY_WITH_DEFAULTS:
				for i, a := range args {
					nf.fast[i] = a
				}
				m := fco.ArgCount - len(fn.defaults)
				for i, d := range fn.defaults[len(args)-m:] {
					nf.fast[len(args)+i] = d
				}
				for i := fco.ArgCount; i < fco.NLocals; i++ {
					nf.fast[i] = Value{}
				}
			default:
				kw := f.kwnames
				npos := len(args) - len(kw)
				copy(nf.fast, args[:npos])
				clear(nf.fast[npos:fco.NLocals])
				for i, slot := range c.kw.slots {
					nf.fast[slot] = args[npos+i]
				}
				if len(c.kw.fill) > 0 && !c.kw.fillDefaults(fn, nf.fast) {
					th.releaseFrame(nf)
					op = th.miss(f.code, pc-1)
					goto redispatch
				}
				// Only a site with keywords has them pending.
				f.kwnames = nil
			}
			if len(fco.cellArgs)+len(fco.cellOnly)+len(fn.closure) > 0 {
				th.initCells(fn, nf.fast)
			}
			// setFunction and pushFrame, written out.
			nf.code, nf.fn, nf.globals, nf.builtins = fco, fn, fn.globals, fn.builtins
			nf.sp, nf.pc = fco.NLocals, 0
			f.sp, f.pc = base, pc
			nf.back = f
			th.frame = nf
			th.depth++
			f = nf
			instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					in = instrs[pc]
					pc++
					goto onError
				}
			}
			if th.jit != nil && !f.code.jitNoEntry {
				var ran bool
				if ran, err = th.jit.FuncEntry(th, f); ran {
					f = th.frame
					instrs, fast, sp, pc = th.loopInstrs(f), frameArray(f.fast), f.sp, f.pc
					if err != nil {
						goto onError
					}
				}
			}
		case code.CALL_BOUND_METHOD_EXACT_ARGS, code.CALL_CALLABLE_INSTANCE:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			n := in.Arg()
			base := sp - n - 2
			var fn *Function
			if fast[base].o == nil {
				switch x := fast[base+1].o.(type) {
				case *Method:
					if op == code.CALL_BOUND_METHOD_EXACT_ARGS {
						if mf, ok := x.Fn.o.(*Function); ok && mf.version == c.version {
							fn = mf
							fast[base+1] = x.Self
						}
					}
				case *Instance:
					// Only a CALL_CALLABLE_INSTANCE site caches a __call__.
					if op == code.CALL_CALLABLE_INSTANCE && x.typ.version == c.version {
						if call := c.value.o.(*Function); call.version == c.version2 {
							fn = call
						}
					}
				}
			}
			if fn == nil || th.depth >= th.interp.recursionLimit || f.kwnames != nil {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			fco := fn.code
			nf := th.allocFrame(fco.frameSize)
			for i, a := range fast[base+1 : sp] {
				nf.fast[i] = a
			}
			clear(nf.fast[n+1 : fco.NLocals])
			if len(fco.cellArgs)+len(fco.cellOnly)+len(fn.closure) > 0 {
				th.initCells(fn, nf.fast)
			}
			nf.setFunction(fn)
			f.sp, f.pc = base, pc
			th.pushFrame(f, nf)
			f = nf
			instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					in = instrs[pc]
					pc++
					goto onError
				}
			}
			if th.jit != nil && !f.code.jitNoEntry {
				var ran bool
				if ran, err = th.jit.FuncEntry(th, f); ran {
					f = th.frame
					instrs, fast, sp, pc = th.loopInstrs(f), frameArray(f.fast), f.sp, f.pc
					if err != nil {
						goto onError
					}
				}
			}
		case code.CALL_BUILTIN_O, code.CALL_BUILTIN_FAST, code.CALL_BUILTIN_FAST_WITH_KEYWORDS, code.CALL_LEN,
			code.CALL_ISINSTANCE, code.CALL_BUILTIN_CLASS:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			n := in.Arg()
			base := sp - n - 2
			callee := fast[base]
			args := fast[base+1 : sp]
			if callee.o == nil {
				callee = fast[base+1]
				args = fast[base+2 : sp]
			}
			if !sameRef(callee, c.value) || (op != code.CALL_BUILTIN_FAST_WITH_KEYWORDS && f.kwnames != nil) {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			kw := f.kwnames
			f.kwnames = nil
			f.sp, f.pc = sp, pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					goto onError
				}
			}
			var v Value
			switch op {
			case code.CALL_LEN:
				if s, ok := args[0].o.(*Set); ok && s.lenOnly {
					// len(set(x)): the set is dead once measured.
					v = Int(int64(s.used))
					th.recycleSet(s)
					break
				}
				var ln int
				ln, err = th.Len(args[0])
				v = Int(int64(ln))
			case code.CALL_ISINSTANCE:
				var ok bool
				ok, err = th.isInstance(args[0], args[1])
				v = Bool(ok)
			case code.CALL_BUILTIN_CLASS:
				if callee.o == Object(RangeType) && len(kw) == 0 && instrs[pc].Op() == code.GET_ITER {
					// `for x in range(...)`: the iterator at once, without
					// the range object only GET_ITER would see.
					if it, ok := smallRangeIter(args); ok {
						v = it
						pc++
						break
					}
				}
				if (callee.o == Object(SetType) || callee.o == Object(FrozenSetType)) && len(args) == 1 && len(kw) == 0 && setGoesToLen(instrs[pc], fast, base) {
					v, err = th.lenOnlySetOf(callee.o == Object(FrozenSetType), args[0])
					break
				}
				v, err = th.typeCall(callee.o.(*Type), args, kw)
			default:
				b := callee.o.(*Builtin)
				v, err = b.Fn(th, b.Self, args, kw)
			}
			if flag := th.interrupt.Load(); flag != 0 {
				if flag&interruptSample != 0 {
					th.sampleInBuiltin(callee)
				}
				// The builtin may have installed a trace or profile function.
				instrs = th.loopInstrs(f)
				if err == nil && flag&interruptKeyboard != 0 {
					err = th.signalsAfterCall()
				}
			}
			if err != nil {
				goto onError
			}
			sp = base
			fast[sp] = v
			sp++
		case code.CALL_TYPE_1, code.CALL_STR_1, code.CALL_TUPLE_1:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			n := in.Arg()
			base := sp - n - 2
			want := TypeType
			if op == code.CALL_STR_1 {
				want = StrType
			} else if op == code.CALL_TUPLE_1 {
				want = TupleType
			}
			if fast[base].o != nil || fast[base+1].o != want || f.kwnames != nil {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			arg := fast[sp-1]
			var v Value
			switch op {
			case code.CALL_TYPE_1:
				v = Obj(arg.Type())
			case code.CALL_STR_1:
				if s, ok := arg.o.(*Str); ok {
					v = Obj(s)
					break
				}
				f.sp, f.pc = sp, pc
				var s string
				s, err = th.Str(arg)
				if err != nil {
					goto onError
				}
				v = String(s)
			default:
				if t, ok := arg.o.(*Tuple); ok {
					v = Obj(t)
					break
				}
				f.sp, f.pc = sp, pc
				var t *Tuple
				if t, err = th.tupleOf(arg); err != nil {
					goto onError
				}
				v = Obj(t)
			}
			sp = base
			fast[sp] = v
			sp++
		case code.CALL_LIST_APPEND:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			base := sp - 3
			l, ok := fast[base+1].o.(*List)
			if o, isInst := fast[base+1].o.(*Instance); isInst && o.base != nil {
				// An instance of a subclass of list.
				l, ok = o.base.o.(*List)
			}
			if ok && fast[base].o == Object(listAppendDescr) && f.kwnames == nil {
				l.push(fast[sp-1])
				sp = base
				fast[sp] = None
				sp++
				break
			}
			op = th.miss(f.code, pc-1)
			goto redispatch
		case code.CALL_METHOD_DESCRIPTOR_NOARGS, code.CALL_METHOD_DESCRIPTOR_O, code.CALL_METHOD_DESCRIPTOR_FAST:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			n := in.Arg()
			base := sp - n - 2
			md, ok := fast[base].o.(*MethodDescriptor)
			// The receiver's type through its interface: md.Owner, or the
			// class derived from it whose version the site cached.
			if !ok || !sameRef(fast[base], c.value) || fast[base+1].o == nil || f.kwnames != nil {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			if t := fast[base+1].o.Type(); t != md.Owner && (c.version2 == 0 || t.version != c.version2) {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			f.sp, f.pc = sp, pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					goto onError
				}
			}
			var v Value
			v, err = md.Fn(th, fast[base+1], fast[base+2:sp], nil)
			if flag := th.interrupt.Load(); flag != 0 {
				if flag&interruptSample != 0 {
					th.sampleInBuiltin(fast[base])
				}
				// The builtin may have installed a trace or profile function.
				instrs = th.loopInstrs(f)
				if err == nil && flag&interruptKeyboard != 0 {
					err = th.signalsAfterCall()
				}
			}
			if err != nil {
				goto onError
			}
			sp = base
			fast[sp] = v
			sp++
		case code.CALL_BUILTIN_BOUND:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			n := in.Arg()
			base := sp - n - 2
			b, ok := fast[base+1].o.(*Builtin)
			if !ok || fast[base].o != nil || Object(b.descr) != c.value.o || f.kwnames != nil {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			f.sp, f.pc = sp, pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					goto onError
				}
			}
			var v Value
			v, err = b.Fn(th, b.Self, fast[base+2:sp], nil)
			if flag := th.interrupt.Load(); flag != 0 {
				if flag&interruptSample != 0 {
					th.sampleInBuiltin(fast[base+1])
				}
				// The builtin may have installed a trace or profile function.
				instrs = th.loopInstrs(f)
				if err == nil && flag&interruptKeyboard != 0 {
					err = th.signalsAfterCall()
				}
			}
			if err != nil {
				goto onError
			}
			sp = base
			fast[sp] = v
			sp++
		case code.CALL_ALLOC_AND_ENTER_INIT:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			n := in.Arg()
			base := sp - n - 2
			t, ok := fast[base+1].o.(*Type)
			init := c.value.o.(*Function)
			if fast[base].o != nil || !ok || t.version != c.version || init.version != c.version2 ||
				f.kwnames != nil || th.depth >= th.interp.recursionLimit ||
				n+1 < init.code.ArgCount-len(init.defaults) {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			f.sp, f.pc = sp, pc
			var obj Value
			obj, err = th.allocInstance(t)
			if err != nil {
				goto onError
			}
			// The instance stays on this stack (where the result goes) and
			// is self for __init__, which runs as an inline frame.
			fast[base], fast[base+1] = obj, obj
			fco := init.code
			nf := th.allocFrame(fco.frameSize)
			for i, a := range fast[base+1 : sp] {
				nf.fast[i] = a
			}
			clear(nf.fast[n+1 : fco.NLocals])
			if m := fco.ArgCount - len(init.defaults); n+1 < fco.ArgCount {
				// Parameters left to their defaults.
				for i := n + 1; i < fco.ArgCount; i++ {
					nf.fast[i] = init.defaults[i-m]
				}
			}
			if fco.Flags&code.VarKeywords != 0 {
				// No keywords were passed: **kwargs (after the
				// positional parameters, there being no others) is empty.
				nf.fast[fco.ArgCount] = Obj(&Dict{})
			}
			th.enterMethodFrame(f, nf, init, returnInitSelf, base+1, pc)
			f = nf
			instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					in = instrs[pc]
					pc++
					goto onError
				}
			}
		case code.CALL_PY_NEW:
			// A class whose __new__ is written in Python: it runs as an
			// inline frame with the class as its first argument; the
			// class and the arguments stay on this stack for the rest of
			// the call (see returnNew).
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			n := in.Arg()
			base := sp - n - 2
			t, ok := fast[base+1].o.(*Type)
			newFn := c.value.o.(*Function)
			if fast[base].o != nil || !ok || t.version != c.version || newFn.code.exactArgs != n+1 ||
				f.kwnames != nil || th.depth >= th.interp.recursionLimit {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			fco := newFn.code
			nf := th.allocFrame(fco.frameSize)
			copy(nf.fast, fast[base+1:sp])
			clear(nf.fast[n+1 : fco.NLocals])
			th.enterMethodFrame(f, nf, newFn, returnNew, sp, pc)
			f = nf
			instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					in = instrs[pc]
					pc++
					goto onError
				}
			}
		case code.BINARY_OP_ADD_INT, code.BINARY_OP_SUBTRACT_INT, code.BINARY_OP_MULTIPLY_INT, code.BINARY_OP_INT:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			a, b := fast[sp-2], fast[sp-1]
			if !a.IsSmallInt() || !b.IsSmallInt() {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			if r, ok := smallIntOp(in.Arg(), int64(a.n), int64(b.n)); ok {
				sp--
				fast[sp-1] = r
				break
			}
			op = code.BINARY_OP // overflow: compute generically, stay specialized
			goto redispatch
		case code.BINARY_OP_ADD_FLOAT, code.BINARY_OP_SUBTRACT_FLOAT, code.BINARY_OP_MULTIPLY_FLOAT:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			a, b := fast[sp-2], fast[sp-1]
			if !a.IsFloat() || !b.IsFloat() {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			x, y := a.UncheckedFloat(), b.UncheckedFloat()
			var r float64
			switch op {
			case code.BINARY_OP_ADD_FLOAT:
				r = x + y
			case code.BINARY_OP_SUBTRACT_FLOAT:
				r = x - y
			default:
				r = x * y
			}
			sp--
			// Float written out: the loop is too large for the compiler
			// to inline it here.
			if r == r {
				fast[sp-1] = Value{o: floatTag{}, n: math.Float64bits(r)}
			} else {
				fast[sp-1] = freshNaN(r)
			}
		case code.BINARY_OP_FLOAT:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			a, b := fast[sp-2], fast[sp-1]
			if a.IsSmallInt() && b.IsSmallInt() {
				// A site that mixes floats and ints sees two ints too.
				if r, ok := smallIntOp(in.Arg(), int64(a.n), int64(b.n)); ok {
					sp--
					fast[sp-1] = r
					break
				}
				op = code.BINARY_OP
				goto redispatch
			}
			// The four arithmetic operators on floats (or a float and a
			// small int) written out; the others through floatOperands.
			var x, y float64
			okx, oky := true, true
			if a.IsFloat() {
				x = a.UncheckedFloat()
			} else if a.IsSmallInt() {
				x = float64(int64(a.n))
			} else {
				okx = false
			}
			if b.IsFloat() {
				y = b.UncheckedFloat()
			} else if b.IsSmallInt() {
				y = float64(int64(b.n))
			} else {
				oky = false
			}
			if ok := okx && oky; ok {
				arg := in.Arg()
				if arg >= code.NB_INPLACE_ADD {
					arg -= code.NB_INPLACE_ADD
				}
				var r float64
				switch arg {
				case code.NB_ADD:
					r = x + y
				case code.NB_SUBTRACT:
					r = x - y
				case code.NB_MULTIPLY:
					r = x * y
				case code.NB_TRUE_DIVIDE:
					if y == 0 {
						ok = false
					}
					r = x / y
				default:
					ok = false
				}
				if ok && r == r {
					sp--
					fast[sp-1] = Value{o: floatTag{}, n: math.Float64bits(r)}
					break
				}
			}
			if r, ok := floatOperands(in.Arg(), a, b); ok {
				sp--
				fast[sp-1] = r
				break
			}
			if !(a.IsFloat() || a.IsSmallInt()) || !(b.IsFloat() || b.IsSmallInt()) {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			op = code.BINARY_OP // an error: raised generically, stay specialized
			goto redispatch
		case code.BINARY_OP_ADD_STR:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			sa, ok1 := fast[sp-2].o.(*Str)
			sb, ok2 := fast[sp-1].o.(*Str)
			if !ok1 || !ok2 {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			// `s += t`, or `s = s + t` with s a local (as CPython's
			// in-place concatenation): the result may grow in place.
			grow := in.Arg() == code.NB_INPLACE_ADD
			if nx := instrs.at(pc); !grow && nx.Op() == code.STORE_FAST && fast.at(nx.Arg()).o == Object(sa) {
				grow = true
			}
			r, e := th.concatStr(sa, sb, grow)
			if e != nil {
				f.sp, f.pc = sp, pc
				err = e
				goto onError
			}
			sp--
			fast[sp-1] = Obj(r)
		case code.COMPARE_OP_INT:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			a, b := fast[sp-2], fast[sp-1]
			if !a.IsSmallInt() || !b.IsSmallInt() {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			r := compareInts(in.Arg(), int64(a.n), int64(b.n))
			// A comparison that feeds a conditional jump (`if a < b:`)
			// branches at once, without making a bool.
			if nx := instrs[pc]; nx.Op() == code.POP_JUMP_IF_FALSE || nx.Op() == code.POP_JUMP_IF_TRUE {
				sp -= 2
				pc++
				if r == (nx.Op() == code.POP_JUMP_IF_TRUE) {
					pc = nx.Arg()
				}
				break
			}
			sp--
			fast[sp-1] = Bool(r)
		case code.COMPARE_OP_FLOAT:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			x, okx := exactFloat(fast[sp-2])
			y, oky := exactFloat(fast[sp-1])
			if !okx || !oky {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			r := compareFloats(in.Arg(), x, y)
			if nx := instrs[pc]; nx.Op() == code.POP_JUMP_IF_FALSE || nx.Op() == code.POP_JUMP_IF_TRUE {
				sp -= 2
				pc++
				if r == (nx.Op() == code.POP_JUMP_IF_TRUE) {
					pc = nx.Arg()
				}
				break
			}
			sp--
			fast[sp-1] = Bool(r)
		case code.COMPARE_OP_STR:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			sa, ok1 := fast[sp-2].o.(*Str)
			sb, ok2 := fast[sp-1].o.(*Str)
			if !ok1 || !ok2 {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			c := 0
			if sa.s < sb.s {
				c = -1
			} else if sa.s > sb.s {
				c = 1
			}
			sp--
			fast[sp-1] = Bool(cmpResult(in.Arg(), c))
		case code.COMPARE_OP_IDENTITY:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			// Both types still keep object's __eq__ and __ne__ (their
			// versions are those specialized for): object's answer.
			a, b := fast[sp-2], fast[sp-1]
			if a.o == nil || b.o == nil || a.Type().version != c.version || b.Type().version != c.version2 {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			sp--
			fast[sp-1] = Bool(a.Is(b) == (in.Arg() == code.CMP_EQ))
		case code.FOR_ITER_RANGE:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			x, ok := fast[sp-1].o.(*rangeIter)
			if !ok {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			if x.i < x.n {
				v := Int(x.start + x.i*x.step)
				x.i++
				// The loop variable is usually stored at once: do it here
				// and save a dispatch.
				if nx := instrs[pc]; nx.Op() == code.STORE_FAST {
					fast[nx.Arg()] = v
					pc++
					break
				}
				fast[sp] = v
				sp++
				break
			}
			sp--
			pc = in.Arg()
		case code.FOR_ITER_LIST:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			x, ok := fast[sp-1].o.(*listIter)
			if !ok {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			if x.i < len(x.l.items) {
				v := x.l.items[x.i]
				x.i++
				if nx := instrs[pc]; nx.Op() == code.STORE_FAST {
					fast[nx.Arg()] = v
					pc++
					break
				}
				fast[sp] = v
				sp++
				break
			}
			x.i = len(x.l.items) + listExhausted
			if fast[0].o != Object(x) {
				th.recycleIter(x)
			}
			sp--
			pc = in.Arg()
		case code.FOR_ITER_TUPLE:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			x, ok := fast[sp-1].o.(*tupleIter)
			if !ok {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			if x.i < len(x.items) {
				v := x.items[x.i]
				x.i++
				if nx := instrs[pc]; nx.Op() == code.STORE_FAST {
					fast[nx.Arg()] = v
					pc++
					break
				}
				fast[sp] = v
				sp++
				break
			}
			x.i = len(x.items) + 1
			sp--
			pc = in.Arg()
		case code.FOR_ITER_GEN:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			g, ok := fast[sp-1].o.(*Generator)
			if !ok {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			f.sp, f.pc = sp, pc
			if th.enterGenInline(g, None, f, resumeByForIter) {
				f = g.frame
				instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
				continue
			}
			var v Value
			v, ok, err = th.Next(fast[sp-1])
			if err != nil {
				goto onError
			}
			if !ok {
				sp--
				pc = in.Arg()
				break
			}
			fast[sp] = v
			sp++
		case code.BINARY_SUBSCR_LIST_INT, code.BINARY_SUBSCR_TUPLE_INT:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			var items []Value
			var ok bool
			if op == code.BINARY_SUBSCR_LIST_INT {
				var l *List
				if l, ok = fast[sp-2].o.(*List); ok {
					items = l.items
				}
			} else {
				var t *Tuple
				if t, ok = fast[sp-2].o.(*Tuple); ok {
					items = t.items
				}
			}
			k := fast[sp-1]
			if !ok || !k.IsSmallInt() {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			i := int64(k.n)
			if i < 0 {
				i += int64(len(items))
			}
			if i < 0 || i >= int64(len(items)) {
				op = code.BINARY_SUBSCR // raises IndexError generically
				goto redispatch
			}
			sp--
			fast[sp-1] = items[i]
		case code.BINARY_SUBSCR_GETITEM:
			// `x[k]` on an instance whose class defines __getitem__ in
			// Python: the method's frame runs in this loop, as a call
			// does, and its result takes the place of x and k.
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			o, ok := fast[sp-2].o.(*Instance)
			if !ok || o.typ.version != c.version || th.depth >= th.interp.recursionLimit {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			fn := c.value.o.(*Function)
			fco := fn.code
			if fco.exactArgs != 2 {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			nf := th.allocFrame(fco.frameSize)
			nf.fast[0], nf.fast[1] = fast[sp-2], fast[sp-1]
			if fco.NLocals > 2 {
				clear(nf.fast[2:fco.NLocals])
			}
			th.enterMethodFrame(f, nf, fn, returnPlain, sp-2, pc)
			f = nf
			instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					in = instrs[pc]
					pc++
					goto onError
				}
			}
		case code.BINARY_OP_PY, code.COMPARE_OP_PY:
			// An operator whose left operand is an instance of a class
			// that defines its method in Python: the method's frame runs
			// in this loop, as a call does. The operands stay on this
			// stack until it returns (see returnBinaryOp).
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			a, b := fast[sp-2], fast[sp-1]
			o, ok := a.o.(*Instance)
			if !ok || o.typ.version != c.version || o.base != nil || th.depth >= th.interp.recursionLimit {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			// A subclass of the left operand's class on the right has its
			// reflected method tried first.
			if tb := b.Type(); tb != o.typ && tb.heap && tb.IsSubtype(o.typ) {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			fn := c.value.o.(*Function)
			fco := fn.code
			if fco.exactArgs != 2 {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			nf := th.allocFrame(fco.frameSize)
			nf.fast[0], nf.fast[1] = a, b
			if fco.NLocals > 2 {
				clear(nf.fast[2:fco.NLocals])
			}
			action := returnBinaryOp
			if op == code.COMPARE_OP_PY {
				action = returnCompareOp
			}
			th.enterMethodFrame(f, nf, fn, action, sp, pc)
			f = nf
			instrs, fast, sp, pc = instrArray(f.code.Instrs), frameArray(f.fast), f.sp, f.pc
			if th.interrupt.Load() != 0 {
				if err = th.checkInterrupt(); err != nil {
					in = instrs[pc]
					pc++
					goto onError
				}
			}
		case code.BINARY_SUBSCR_DICT:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			d, ok := fast[sp-2].o.(*Dict)
			if !ok {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			f.sp, f.pc = sp, pc
			v, found, gerr := d.Get(th, fast[sp-1])
			if gerr != nil {
				err = gerr
				goto onError
			}
			if !found {
				err = th.newLookupError(KeyErrorType, fast[sp-1])
				goto onError
			}
			sp--
			fast[sp-1] = v
		case code.STORE_SUBSCR_LIST_INT:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			l, ok := fast[sp-2].o.(*List)
			k := fast[sp-1]
			if !ok || !k.IsSmallInt() {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			i := int64(k.n)
			if i < 0 {
				i += int64(len(l.items))
			}
			if i < 0 || i >= int64(len(l.items)) {
				op = code.STORE_SUBSCR
				goto redispatch
			}
			l.items[i] = fast[sp-3]
			sp -= 3
		case code.STORE_SUBSCR_DICT:
			if th.stats != nil {
				th.countHit(&f.code.caches[pc-1])
			}
			d, ok := fast[sp-2].o.(*Dict)
			if !ok {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			f.sp, f.pc = sp, pc
			if err = d.Set(th, fast[sp-1], fast[sp-3]); err != nil {
				goto onError
			}
			sp -= 3
		case code.UNPACK_SEQUENCE_TUPLE, code.UNPACK_SEQUENCE_LIST:
			c := &f.code.caches[pc-1]
			if th.stats != nil {
				th.countHit(c)
			}
			n := in.Arg()
			var items []Value
			if op == code.UNPACK_SEQUENCE_TUPLE {
				if t, ok := fast[sp-1].o.(*Tuple); ok && len(t.items) == n {
					items = t.items
				}
			} else if l, ok := fast[sp-1].o.(*List); ok && len(l.items) == n {
				items = l.items
			}
			if items == nil {
				op = th.miss(f.code, pc-1)
				goto redispatch
			}
			sp--
			if c.index != 0 { // n STORE_FASTs follow (see specialize)
				for i, v := range items {
					fast[instrs[pc+i].Arg()] = v
				}
				fast[sp] = Value{}
				pc += n
				continue
			}
			for i := n - 1; i >= 0; i-- {
				fast[sp] = items[i]
				sp++
			}
		default:
			f.sp, f.pc = sp, pc
			err = Errorf(SystemErrorType, "pyjit: opcode %s is not implemented", in.Op())
			goto onError
		}
		continue

	onError:
		if th.scratchFrame == f {
			// The scratch list is dropped with the stack; the error may
			// refer to it.
			th.scratchFrame, th.sliceScratch = nil, nil
		}
		if le, ok := err.(*LimitError); ok {
			// A host's limit: no handler runs; every frame up to the
			// entry frame is dropped.
			for !f.entry && (f.gen == nil || f.resumedBy != resumeByRun) {
				if f.resumedBy != resumeByRun {
					f.sp, f.pc = sp, pc
					f, _ = th.raiseInline(f, nil)
					sp, pc = f.sp, f.pc
					continue
				}
				back := f.back
				th.releaseFrame(f)
				th.depth--
				f = back
			}
			f.sp, f.pc = sp, pc
			f.yielded = false
			th.frame = f.back
			th.depth--
			if !f.owned {
				th.releaseFrame(f)
			}
			return Null, le
		}
		{
			exc := asException(err)
			err = nil
			if !reraise {
				if _, linked := exc.context.o.(*Exception); exc.tb == nil && !linked {
					// Raised here rather than propagated out of Python code
					// reached through Go (a generator, a dunder), and not
					// given a context by the Go code that made it (as for
					// "generator raised StopIteration"): only then is the
					// context the exception handled here.
					th.setContext(exc)
				}
				exc.tb = th.tracebackEntry(f, exc.tb, pc-1)
				if th.hooks != nil {
					f.sp, f.pc = sp, pc
					exc = th.traceException(f, exc)
				}
			}
			reraise = false
			for {
				at := f.raisedAt(pc)
				if h, ok := f.code.Handler(pc - 1); ok {
					if h.Lasti {
						f.excLasti = at
					}
					sp = f.code.NLocals + int(h.Depth)
					fast[sp] = Obj(exc)
					sp++
					pc = int(h.Target)
					break
				}
				// No handler in this frame: pop it.
				pc = at + 1
				if th.hooks != nil {
					f.sp, f.pc = sp, pc
					th.traceUnwind(f)
				}
				if f.resumedBy != resumeByRun {
					// A generator resumed in this loop: its resumer's
					// SEND or FOR_ITER raises what it raised.
					f.sp, f.pc = sp, pc
					f, exc = th.raiseInline(f, exc)
					instrs, fast, sp, pc = th.loopInstrs(f), frameArray(f.fast), f.sp, f.pc
					continue
				}
				if f.entry || f.gen != nil {
					f.sp, f.pc = sp, pc
					f.yielded = false
					th.frame = f.back
					th.depth--
					if !f.owned {
						th.releaseFrame(f)
					}
					return Null, exc
				}
				back := f.back
				f.pc = pc
				th.releaseFrame(f)
				th.depth--
				th.frame = back
				f = back
				instrs, fast, sp, pc = th.loopInstrs(f), frameArray(f.fast), f.sp, f.pc
				exc.tb = &Traceback{Next: exc.tb, Code: f.code, PC: pc - 1, frame: f.object()}
				if th.hooks != nil {
					exc = th.traceException(f, exc)
				}
			}
		}
	}
}

func (th *Thread) unboundDeref(co *CodeObj, slot int) error {
	name := co.LocalName(slot)
	if slot >= co.FreeStart {
		e := NewException(NameErrorType, String("cannot access free variable '"+name+"' where it is not associated with a value in enclosing scope"))
		e.fields = []Value{String(name)}
		return e
	}
	return Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

func (th *Thread) loadName(f *Frame, name *Str) (Value, error) {
	if f.localsMap.o != nil {
		v, err := th.GetItem(f.localsMap, Obj(name))
		if err == nil {
			return v, nil
		}
		if e, ok := err.(*Exception); !ok || !e.typ.IsSubtype(KeyErrorType) {
			return Null, err
		}
	} else if f.locals != nil {
		if v, ok := f.locals.getS(name); ok {
			return v, nil
		}
	}
	if v, ok := f.globals.getS(name); ok {
		return v, nil
	}
	if v, ok := f.builtins.getS(name); ok {
		return v, nil
	}
	return th.missingBuiltin(f.builtins, name)
}

func (th *Thread) storeName(f *Frame, name *Str, v Value) error {
	if f.localsMap.o != nil {
		return th.SetItem(f.localsMap, Obj(name), v)
	}
	return f.locals.Set(th, Obj(name), v)
}

// handledException returns the exception being handled, as sys.exception()
// reports it: the innermost running generator's own handled exception or,
// when it handles none, that of the code that resumed it, and so on out to
// the thread's. It returns nil when no exception is being handled.
func (th *Thread) handledException() *Exception {
	if e, ok := th.excInfo.o.(*Exception); ok {
		e.exposed = true
		return e
	}
	for i := len(th.excOuter) - 1; i >= 0; i-- {
		if e, ok := th.excOuter[i].o.(*Exception); ok {
			e.exposed = true
			return e
		}
	}
	return nil
}

// forgetHandled is POP_EXCEPT ending an except clause that does not bind
// the exception to a name. When the exception was made by pyjit, raised by
// an instruction of this frame and never exposed to Python code (see
// Exception.exposed), nothing can reach it once the clause ends, nor the
// frame object its traceback entry created: the frame lets go of that
// object, so that returning does not copy the frame's locals into it and
// make the caller's frame object for its f_back. CPython frees both by
// reference counting at this point.
func (th *Thread) forgetHandled(f *Frame) {
	e, ok := th.excInfo.o.(*Exception)
	if !ok || e.exposed || th.hooks != nil || f.gen != nil {
		return
	}
	tb := e.tb
	if tb == nil || tb.Next != nil || !tb.ownFrame || tb.frame != f.pyframe || tb.frame.shared {
		return
	}
	f.pyframe = nil
	tb.frame.f, tb.frame.pc = nil, f.pc
	e.tb = nil
	// The entry and its frame object, and an exception newLookupError
	// made with its args tuple, are garbage: they are kept for reuse.
	*tb.frame = FrameObj{}
	*tb = Traceback{frame: tb.frame}
	th.tbFree = tb
	if e.recyclable {
		e.args.items[0] = Null
		*e = Exception{args: e.args}
		th.excFree = e
	}
}

// setContext links a newly raised exception to the one being handled.
func (th *Thread) setContext(exc *Exception) {
	linkContext(exc, th.handledException())
}

// linkContext makes cur the context of exc, unless cur is nil or exc.
func linkContext(exc, cur *Exception) {
	if cur == nil || cur == exc {
		return
	}
	// Avoid cycles in the context chain, and stop at one that is there
	// already (Floyd's cycle detection, as CPython's _PyErr_SetObject).
	slow, toggle := cur, false
	for o := cur; o != nil; {
		next, ok := o.context.o.(*Exception)
		if !ok {
			break
		}
		if next == exc {
			o.context = None
			break
		}
		o = next
		if o == slow {
			break
		}
		if toggle {
			slow, _ = slow.context.o.(*Exception)
		}
		toggle = !toggle
	}
	exc.context = Obj(cur)
}

// makeRaise builds the exception for `raise exc [from cause]`.
func (th *Thread) makeRaise(excV, cause Value) error {
	exc, err := th.instantiateException(excV)
	if err != nil {
		return err
	}
	exc.exposed = true
	if cause.o != nil {
		if cause.IsNone() {
			exc.cause = None
		} else {
			c, err := th.instantiateException(cause)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.typ == TypeErrorType {
					return Errorf(TypeErrorType, "exception causes must derive from BaseException")
				}
				return err
			}
			exc.cause = Obj(c)
		}
		exc.suppressContext = true
	}
	return exc
}

// instantiateException turns a raised value (class or instance) into an exception.
func (th *Thread) instantiateException(v Value) (*Exception, error) {
	switch x := v.o.(type) {
	case *Exception:
		return x, nil
	case *Type:
		if x.IsSubtype(BaseExceptionType) {
			r, err := th.Call(v, nil, nil)
			if err != nil {
				return nil, err
			}
			e, ok := r.o.(*Exception)
			if !ok {
				return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", reprNoThread(v), r.Type().Name)
			}
			return e, nil
		}
	}
	return nil, Errorf(TypeErrorType, "exceptions must derive from BaseException")
}

// excMatches implements `except T` matching.
func (th *Thread) excMatches(excV, typ Value) (bool, error) {
	exc := excV.o.(*Exception)
	check := func(t Value) (bool, error) {
		tt, ok := t.o.(*Type)
		if !ok || !tt.IsSubtype(BaseExceptionType) {
			return false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.typ.IsSubtype(tt), nil
	}
	if t, ok := typ.o.(*Tuple); ok {
		for _, x := range t.items {
			if _, ok := x.o.(*Type); !ok || !x.o.(*Type).IsSubtype(BaseExceptionType) {
				return false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
			}
		}
		for _, x := range t.items {
			ok, err := check(x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return check(typ)
}

// classDerefLookup reads a name from a class namespace for LOAD_CLASSDEREF.
func (th *Thread) classDerefLookup(f *Frame, name string) (Value, bool, error) {
	if f.localsMap.o != nil {
		v, err := th.GetItem(f.localsMap, String(name))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(KeyErrorType) {
				return Null, false, nil
			}
			return Null, false, err
		}
		return v, true, nil
	}
	v, ok := f.locals.GetStr(name)
	return v, ok, nil
}

// codeInstrs is the type through which the loop sees a code object's
// instructions.
type codeInstrs [1 << 26]code.Instr

// storesFollow reports whether the n instructions from pc are all
// STORE_FAST: an unpacking they follow can store into the locals directly
// (the first store takes the first item). Code always ends in a return,
// so the scan stops inside the code.
func storesFollow(instrs *codeInstrs, pc, n int) bool {
	for i := 0; i < n; i++ {
		if instrs[pc+i].Op() != code.STORE_FAST {
			return false
		}
	}
	return true
}

// instrArray views a code object's instructions as an array, saving the
// loop a register and a bounds check per instruction: the compiler ends
// every code object with a return and jumps only to its instructions.
//
//go:nocheckptr
func instrArray(s []code.Instr) *codeInstrs {
	return (*codeInstrs)(unsafe.Pointer(unsafe.SliceData(s)))
}

// at returns the instruction at pc, which the compiler's code guarantees
// to be in range (see instrArray), without the index check.
func (p *codeInstrs) at(pc int) code.Instr {
	return *(*code.Instr)(unsafe.Add(unsafe.Pointer(p), uintptr(pc)*unsafe.Sizeof(code.Instr(0))))
}

// frameValues is the type through which the loop sees a frame's values.
type frameValues [1 << 26]Value

// at returns the address of the value at i, which the compiler sizes
// the frame for (see frameArray), without the index check.
func (p *frameValues) at(i int) *Value {
	return (*Value)(unsafe.Add(unsafe.Pointer(p), uintptr(i)*unsafe.Sizeof(Value{})))
}

// frameArray views a frame's values (never empty) as an array, so that
// the loop keeps one pointer in a register instead of a slice's three
// words. Indexes stay within the frame: the compiler sizes it for the
// code's locals and deepest stack. The view is larger than the frame,
// which checkptr (go test -race) would reject.
//
//go:nocheckptr
func frameArray(s []Value) *frameValues {
	return (*frameValues)(unsafe.Pointer(unsafe.SliceData(s)))
}
