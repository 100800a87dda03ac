package vm

// sys.settrace and sys.setprofile.
//
// Tracing costs nothing while no hook is installed: the loop runs a
// frame over its code's instructions and never looks for hooks. When a
// thread installs a trace or profile function, it gives up its tier-1
// and tier-2 hooks (no instruction is specialized, no loop enters native
// code) and sets interruptTrace, a bit that stays set as long as a hook
// does. Every frame the loop enters or returns to from then on runs over
// the code's array of TRACE instructions (loopInstrs): the TRACE handler
// reports the events of the instruction at its index, CPython 3.11's
// line, opcode, call, return and c_call events, then executes the real
// instruction (its generic form) in the same dispatch. Python calls made
// under hooks run in a loop of their own rather than in the caller's, so
// that each frame reports its call and return events where it starts and
// ends. A frame that started before the hooks were installed picks the
// TRACE array up at its next safe point (a call, a back edge, a return
// to it), where the interrupt bit is looked at anyway.

import (
	"github.com/pyjit/pyjit/vm/code"
)

// interruptTrace is set while a trace or profile function is installed.
const interruptTrace int32 = 1 << 30

// traceHooks is a thread's trace and profile functions, with the hooks
// the thread gave up for them.
type traceHooks struct {
	trace, profile Value // Null when not installed
	// profileFn, when set, takes the profile events instead of a call of
	// profile (then the object sys.getprofile returns), as a C profiler
	// installed with PyEval_SetProfile does in CPython.
	profileFn func(th *Thread, fo *FrameObj, event string, arg Value) error
	spec      Specializer
	jit       JIT
}

// traceInstrs returns the code's array of TRACE instructions.
func (co *CodeObj) traceInstrs() []code.Instr {
	if p := co.traced.Load(); p != nil {
		return *p
	}
	t := make([]code.Instr, len(co.Instrs))
	for i := range t {
		t[i] = code.Instr(code.TRACE)
	}
	co.traced.CompareAndSwap(nil, &t)
	return *co.traced.Load()
}

// loopInstrs returns the instructions the loop runs f over: its code's,
// or the TRACE array while a hook is installed.
func (th *Thread) loopInstrs(f *Frame) *codeInstrs {
	if th.hooks != nil {
		return instrArray(f.code.traceInstrs())
	}
	return instrArray(f.code.Instrs)
}

// setHook installs fn (None or Null: none) as the thread's trace function,
// or with profile as its profile function.
func (th *Thread) setHook(profile bool, fn Value) {
	if fn.IsNone() {
		fn = Null
	}
	h := th.hooks
	if h == nil {
		if fn.o == nil {
			return
		}
		h = &traceHooks{spec: th.spec, jit: th.jit}
		th.spec, th.jit = nil, nil
		th.hooks = h
		th.interrupt.Or(interruptTrace)
		// The frames on the stack report their returns; their lines
		// when a trace function was given to them. The instruction each
		// executed last is the one before where it resumes, whatever an
		// earlier tracing of it saw (CPython's prev_instr moves on while
		// nothing traces): a frame whose call returns in the middle of a
		// line reports that line again only if it jumps back.
		for f := th.frame; f != nil; f = f.back {
			t := f.object().tr()
			t.traceStarted, t.tracePrev = true, f.pc-1
		}
	}
	if profile {
		h.profile, h.profileFn = fn, nil
	} else {
		h.trace = fn
	}
	if h.trace.o == nil && h.profile.o == nil {
		th.hooks = nil
		th.spec, th.jit = h.spec, h.jit
		th.interrupt.And(^interruptTrace)
	}
}

// setProfileFunc installs fn as the thread's profile function, with obj
// standing for it in sys.getprofile.
func (th *Thread) setProfileFunc(obj Value, fn func(th *Thread, fo *FrameObj, event string, arg Value) error) {
	th.setHook(true, obj)
	if th.hooks != nil {
		th.hooks.profileFn = fn
	}
}

// hookValue returns the installed trace (or profile) function, or None.
func (th *Thread) hookValue(profile bool) Value {
	h := th.hooks
	if h == nil {
		return None
	}
	v := h.trace
	if profile {
		v = h.profile
	}
	if v.o == nil {
		return None
	}
	return v
}

// traceEnter is called as f starts or resumes in a loop of its own under
// hooks: its first TRACE reports the call event.
func (th *Thread) traceEnter(f *Frame) {
	if th.inHook {
		return
	}
	t := f.object().tr()
	t.traceEntry, t.traceStarted = true, true
	t.tracePrev = f.pc - 1
}

// hookCall calls a trace or profile function with no events reported
// from its own code.
func (th *Thread) hookCall(fn Value, fo *FrameObj, event string, arg Value) (Value, error) {
	saved := th.inHook
	th.inHook = true
	r, err := th.Call(fn, []Value{Obj(fo), String(event), arg}, nil)
	th.inHook = saved
	return r, err
}

// traceEvent reports event to the frame's trace function (the global
// one for a call event), which the value it returns replaces unless that
// is None. An error removes the trace function.
func (th *Thread) traceEvent(fo *FrameObj, event string, arg Value) error {
	h := th.hooks
	if h == nil || h.trace.o == nil || th.inHook {
		return nil
	}
	fn := fo.traceFn()
	if event == "call" {
		fn = h.trace
	}
	if fn.o == nil || fn.IsNone() {
		return nil
	}
	savedWhat := th.tracingWhat
	th.tracingWhat = event
	r, err := th.hookCall(fn, fo, event, arg)
	th.tracingWhat = savedWhat
	if err != nil {
		th.setHook(false, Null)
		fo.tr().trace = None
		return err
	}
	if !r.IsNone() {
		fo.tr().trace = r
	}
	return nil
}

// profileEvent reports event to the profile function. An error removes it.
func (th *Thread) profileEvent(fo *FrameObj, event string, arg Value) error {
	h := th.hooks
	if h == nil || h.profile.o == nil || th.inHook {
		return nil
	}
	if fn := h.profileFn; fn != nil {
		saved := th.inHook
		th.inHook = true
		err := fn(th, fo, event, arg)
		th.inHook = saved
		return err
	}
	if _, err := th.hookCall(h.profile, fo, event, arg); err != nil {
		th.setHook(true, Null)
		return err
	}
	return nil
}

// traceStep reports the events due before instruction pc of f, whose
// generic opcode is op: the call event of a frame that starts, a line
// event where a line starts or a loop jumps back, an opcode event when
// f_trace_opcodes is set.
func (th *Thread) traceStep(f *Frame, pc int, op code.Opcode) error {
	if th.inHook || th.hooks == nil {
		return nil
	}
	fo := f.object()
	t := fo.tr()
	if !t.traceStarted {
		t.traceStarted, t.tracePrev = true, pc-1
	}
	if t.traceEntry {
		t.traceEntry = false
		saved := f.pc
		f.pc = t.tracePrev + 1 // f_lineno: the def line, or where it resumes
		err := th.traceEvent(fo, "call", None)
		if err == nil {
			err = th.profileEvent(fo, "call", None)
		}
		f.pc = saved
		if err != nil {
			return err
		}
	}
	prev := t.tracePrev
	t.tracePrev = pc
	h := th.hooks
	if h == nil || h.trace.o == nil || t.trace.IsNone() || t.trace.o == nil {
		return nil
	}
	co := f.code
	line := co.Line(pc)
	if op == code.JUMP_BACKWARD && line == co.Line(co.Instrs[pc].Arg()) {
		// A loop's back edge carries the line of the loop's header, where
		// CPython's carries that of the body's end: the header reports
		// the line as it is reached.
		line = 0
	}
	if line > 0 && t.traceLines {
		// An instruction without a line has the line of those before it,
		// as CPython's compiler gives it.
		// An exception handler's first instruction is reached by no
		// instruction before it: when it has no line, neither has what
		// follows it until a line starts.
		lastLine := -1
		for k := prev; k >= 0; k-- {
			if l := co.Line(k); l > 0 {
				lastLine = l
				break
			}
			if isHandlerStart(co, k) {
				break
			}
		}
		if line != lastLine || (pc < prev && op != code.SEND) {
			t.traceLine, t.jumpTo = true, -1
			err := th.traceEvent(fo, "line", None)
			t.traceLine = false
			if err != nil {
				return err
			}
			if t.jumpTo >= 0 {
				f.pc = t.jumpTo + 1
				t.tracePrev = t.jumpTo
				t.jumpTo = -1
			}
		}
	}
	if t.traceOpcodes {
		return th.traceEvent(fo, "opcode", None)
	}
	return nil
}

// traceReturn reports the return (or yield) of v from f.
func (th *Thread) traceReturn(f *Frame, v Value) error {
	if th.inHook || th.hooks == nil {
		return nil
	}
	fo := f.object()
	if err := th.traceEvent(fo, "return", v); err != nil {
		return err
	}
	return th.profileEvent(fo, "return", v)
}

// traceUnwind reports the return of f, left by an exception: the return
// event with None. An error of the hooks is dropped, as CPython's.
func (th *Thread) traceUnwind(f *Frame) {
	if th.inHook || th.hooks == nil {
		return
	}
	fo := f.object()
	if fo.tracing == nil || !fo.tracing.traceStarted {
		return
	}
	_ = th.traceEvent(fo, "return", None)
	_ = th.profileEvent(fo, "return", None)
}

// traceException reports exc, raised in f, to f's trace function. An
// error of the trace function replaces exc.
func (th *Thread) traceException(f *Frame, exc *Exception) *Exception {
	exc.exposed = true
	if th.inHook || th.hooks == nil || th.hooks.trace.o == nil {
		return exc
	}
	fo := f.object()
	tb := None
	if exc.tb != nil {
		tb = Obj(exc.tb)
	}
	arg := Obj(NewTuple([]Value{Obj(exc.typ), Obj(exc), tb}))
	if err := th.traceEvent(fo, "exception", arg); err != nil {
		return asException(err)
	}
	return exc
}

// tracedCall calls callable for a CALL or CALL_FUNCTION_EX of f under
// hooks: a Python function runs in a loop of its own, and a builtin
// reports c_call, then c_return or c_exception, to the profile function.
// call makes the call.
func (th *Thread) tracedCall(f *Frame, callable Value, args []Value, call func() (Value, error)) (Value, error) {
	h := th.hooks
	if h == nil || h.profile.o == nil || th.inHook {
		return call()
	}
	var fn Value
	switch c := callable.o.(type) {
	case *Builtin:
		fn = callable
	case *MethodDescriptor:
		if len(args) > 0 && args[0].o != nil {
			fn = Obj(&Builtin{Name: c.Name, Self: args[0], Fn: c.Fn, owner: c.Owner.Name, spec: c.spec, wrapper: c.isSlot(), descr: c})
		}
	}
	if fn.o == nil {
		return call()
	}
	fo := f.object()
	if err := th.profileEvent(fo, "c_call", fn); err != nil {
		return Null, err
	}
	v, err := call()
	if th.hooks == nil || th.hooks.profile.o == nil {
		return v, err
	}
	if err != nil {
		_ = th.profileEvent(fo, "c_exception", fn)
		return v, err
	}
	if err := th.profileEvent(fo, "c_return", fn); err != nil {
		return Null, err
	}
	return v, nil
}

// tracedCallOp runs instruction op (CALL or CALL_FUNCTION_EX) with
// argument arg of f under hooks, the stack's top being at sp, and returns
// the new top.
func (th *Thread) tracedCallOp(f *Frame, op code.Opcode, arg, sp int) (int, error) {
	fast := f.fast
	if op == code.CALL {
		base := sp - arg - 2
		callable := fast[base]
		args := fast[base+1 : sp]
		if callable.o == nil {
			callable = fast[base+1]
			args = fast[base+2 : sp]
		}
		kw := f.kwnames
		f.kwnames = nil
		v, err := th.tracedCall(f, callable, args, func() (Value, error) { return th.Call(callable, args, kw) })
		if err != nil {
			return sp, err
		}
		fast[base] = v
		return base + 1, nil
	}
	var kwargs Value
	if arg&1 != 0 {
		kwargs = fast[sp-1]
		sp--
	}
	callee, posArgs := fast[sp-2], fast[sp-1]
	v, err := th.tracedCall(f, callee, nil, func() (Value, error) { return th.callFunctionEx(callee, posArgs, kwargs) })
	if err != nil {
		return sp, err
	}
	fast[sp-3] = v
	return sp - 2, nil
}

// traceReturnOp reports the return event of instruction op (RETURN_VALUE,
// RETURN_CONST or YIELD_VALUE) with argument arg of f, the stack's top
// being at sp.
func (th *Thread) traceReturnOp(f *Frame, op code.Opcode, arg, sp int) error {
	var v Value
	if op == code.RETURN_CONST {
		v = f.code.consts[arg]
	} else {
		v = f.fast[sp-1]
	}
	return th.traceReturn(f, v)
}

// isHandlerStart reports whether instruction pc of co is where an
// exception handler starts.
func isHandlerStart(co *CodeObj, pc int) bool {
	for _, e := range co.ExcTable {
		if int(e.Target) == pc {
			return true
		}
	}
	return false
}

// traceSendStop reports, as CPython 3.11's SEND does under a trace
// function, the StopIteration that ends the delegate of f's `yield from`
// or `await` with v: an exception event in f. It is raised (and reported)
// when the delegate is not a generator resumed by next() (a coroutine,
// an awaitable's iterator, or a generator sent a value), or when it
// returns a value other than None.
func (th *Thread) traceSendStop(f *Frame, delegate, sent, v Value) {
	if th.inHook || th.hooks == nil || th.hooks.trace.o == nil {
		return
	}
	if g, ok := delegate.o.(*Generator); ok && g.kind == generatorKind && sent.IsNone() && v.IsNone() {
		return
	}
	args := []Value{}
	if !v.IsNone() {
		args = append(args, v)
	}
	th.traceException(f, NewException(StopIterationType, args...))
}
