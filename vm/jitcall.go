package vm

import "github.com/pyjit/pyjit/vm/code"

// Calls a trace makes without inlining the callee (jit/callpy.go): the
// callee's frame is made as CALL makes it, the tier-2 hook runs it (its
// entry trace), and a loop of its own finishes it when the trace left
// before the return.

// PushTraceCall makes the frame of a call of the Python function fn
// with the positional arguments args from the thread's current frame, as
// CALL makes it (the recursion limit, defaults, cells and closure), and
// makes it the current frame. FinishTraceCall runs it.
func (th *Thread) PushTraceCall(fn *Function, args []Value) (*Frame, error) {
	f, err := th.newFrameForCall(fn, args, nil)
	if err != nil {
		return nil, err
	}
	f.entry = true
	th.pushFrame(th.frame, f)
	return f, nil
}

// FinishTraceCall runs f, made by PushTraceCall, until it returns, from
// the thread's current frame (f, or a frame of a call f makes, as the
// hook left them), and returns its result or the exception that left it
// with the callee's frames in its traceback. err, when not nil, is
// raised in the current frame first (f nil: the call was not made).
func (th *Thread) FinishTraceCall(f *Frame, err error) (Value, error) {
	if f == nil {
		return Null, err
	}
	if err != nil {
		var g *Frame
		if g, err = th.raiseAtStart(th.frame, err); g == nil {
			return Null, err
		}
	}
	if th.frame == f && th.hooks == nil {
		// The frame waits at its return: return without a loop.
		in := f.code.Instrs[f.pc]
		var v Value
		switch in.Op() {
		case code.RETURN_VALUE:
			v = f.fast[f.sp-1]
		case code.RETURN_CONST:
			v = f.code.consts[in.Arg()]
		default:
			f.pushed = true
			return th.run(f)
		}
		th.frame = f.back
		th.depth--
		th.releaseFrame(f)
		return v, nil
	}
	f.pushed = true
	return th.run(f)
}

// GoRoom returns how many more levels of Go recursion (nested
// interpreter loops) the thread may start before RecursionError.
func (th *Thread) GoRoom() int { return th.interp.nestingLimit - th.goDepth }

// raiseAtStart handles err, raised in the thread's current frame f at
// its pc before runLoop's loop starts (the hook ran f's call and the
// call raised), as the loop's error path does: the traceback gets each
// frame it leaves, and the first frame with a handler continues there.
// It returns that frame, or the exception that left the entry frame.
func (th *Thread) raiseAtStart(f *Frame, err error) (*Frame, error) {
	if le, ok := err.(*LimitError); ok {
		for {
			back := f.back
			entry := f.entry
			th.frame = back
			th.depth--
			if !f.owned {
				th.releaseFrame(f)
			}
			if entry {
				return nil, le
			}
			f = back
		}
	}
	exc := asException(err)
	if _, linked := exc.context.o.(*Exception); exc.tb == nil && !linked {
		th.setContext(exc)
	}
	for {
		pc := f.pc
		exc.tb = &Traceback{Next: exc.tb, Code: f.code, PC: pc - 1, frame: f.object()}
		if h, ok := f.code.Handler(pc - 1); ok {
			sp := f.code.NLocals + int(h.Depth)
			f.fast[sp] = Obj(exc)
			f.sp, f.pc = sp+1, int(h.Target)
			return f, nil
		}
		back := f.back
		entry := f.entry
		th.frame = back
		th.depth--
		if !f.owned {
			th.releaseFrame(f)
		}
		if entry {
			return nil, exc
		}
		f = back
	}
}

// NestingLimit returns the bound on the thread's levels of Go recursion.
func (th *Thread) NestingLimit() int { return th.interp.nestingLimit }

// PositionalCall reports whether a call of fn with n positional
// arguments binds its parameters as CALL_PY_EXACT_ARGS and
// CALL_PY_WITH_DEFAULTS do: no *args, **kwargs or keyword-only
// parameters, n of them given and the rest from defaults.
func (fn *Function) PositionalCall(n int) bool {
	co := fn.code
	return co.exactArgs >= 0 && n <= co.exactArgs && n >= co.exactArgs-len(fn.defaults)
}
