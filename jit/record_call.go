package jit

import (
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// Inlining of calls of Python functions. CALL of a global that is a
// plain Python function (positional arguments binding every parameter,
// with defaults for the rest; no cells of its own, no generators; closures are fine) is
// walked into: the callee's locals become IR values, its instructions are
// recorded into the same trace, and its RETURN_VALUE pushes the result
// onto the caller's stack. The function is a global the trace checks at
// every entry like any other, and its version (which changes when
// __code__ or __defaults__ is assigned) is checked with it. A guard
// inside an inlined call has a snapshot of every frame: at its exit Go
// rebuilds the callee's frames (see exec.go) and the interpreter resumes
// inside the innermost one, its caller waiting for the result.

// maxInline is how deep calls are inlined; a deeper call aborts the
// recording. (The length of the whole walk, calls included, is capped
// by maxPath.)
const maxInline = 8

// inlineFrame is an inlined call being walked: the callee's state and
// what the caller resumes with.
type inlineFrame struct {
	fn     *vm.Function
	caller *vm.CodeObj // the caller's code
	callPC int         // the caller's CALL
	// stack is the caller's stack below the call's operands.
	stack []sval
	// locals are the callee's locals; kNone: unbound.
	locals []sval
	// base is the first exit-buffer slot of the callee's locals and
	// stack (one region per inlining depth).
	base int
	// init marks the __init__ of a class call (record_class.go).
	init bool
}

// funcDep is a function a trace inlined, with the version it had.
type funcDep struct {
	fn      *vm.Function
	version uint32
}

// inlineResume describes the frame of an inlined call an exit rebuilds.
type inlineResume struct {
	fn *vm.Function
	pc int
	// locals holds the kind of each local (kNone: unbound), read from
	// slots base+i unless constant (then in localConsts); stack the kinds
	// of the stack entries, read from slots base+NLocals+d unless
	// constant.
	locals      []kind
	localConsts []vm.Value
	stack       []kind
	consts      []vm.Value
	base        int
	init        bool // the __init__ of a class call
}

// isFunction reports whether v is a Python function.
func isFunction(v vm.Value) bool {
	_, ok := v.Object().(*vm.Function)
	return ok
}

// inlined reports whether the walk is inside an inlined call.
func (r *recorder) inlined() bool { return len(r.frames) > 0 }

// top returns the innermost inlined call.
func (r *recorder) top() *inlineFrame { return r.frames[len(r.frames)-1] }

// last returns the last pc the walk may reach in the current code.
func (r *recorder) last() int {
	if r.inlined() {
		return len(r.co.Instrs) - 1
	}
	return r.end
}

// globalValue returns what LOAD_GLOBAL with name index i finds in the
// current frame, and the function whose globals those are (nil: the
// loop's own frame).
func (r *recorder) globalValue(i int) (vm.Value, *vm.Function, bool) {
	if r.inlined() {
		fn := r.top().fn
		v, ok := fn.GlobalValue(i)
		return v, fn, ok
	}
	v, ok := r.frame.GlobalValue(i)
	return v, nil, ok
}

// callOp records CALL n and returns the next pc: 0 in the callee when
// the call is inlined.
func (r *recorder) callOp(pc, n int) (int, error) {
	if len(r.stack) >= n+2 && r.stack[len(r.stack)-n-1].k == kFunc {
		if r.stack[len(r.stack)-n-2].k != kNull {
			return 0, errAbort("call of a value not an inlined builtin")
		}
		if next, ok, err := r.callOut(pc, n, 2, r.stack[len(r.stack)-n-1]); ok || err != nil {
			return next, err
		}
		return r.callPy(pc, n, 2, r.stack[len(r.stack)-n-1])
	}
	if len(r.stack) >= n+2 && r.stack[len(r.stack)-n-1].k == kClass && r.stack[len(r.stack)-n-2].k == kNull {
		return r.callClass(pc, n)
	}
	if len(r.stack) >= n+2 && r.stack[len(r.stack)-n-2].k == kBuiltin && builtin(r.stack[len(r.stack)-n-2].i) == bListAppend && n == 1 {
		return pc + 1, r.listAppend(pc)
	}
	if len(r.stack) >= n+2 && r.stack[len(r.stack)-n-2].k == kFunc {
		// A method (record_method.go): the function, then the instance
		// as its first argument.
		if next, ok, err := r.callOut(pc, n+1, 1, r.stack[len(r.stack)-n-2]); ok || err != nil {
			return next, err
		}
		return r.callPy(pc, n+1, 1, r.stack[len(r.stack)-n-2])
	}
	return pc + 1, r.call(pc, n)
}

// callPy walks into a call of the Python function fv with the n
// arguments on top of the stack, below which are ops more operands of
// CALL: NULL and the function (2), or the method's function (1), or none
// (0: a class call's __init__, whose instance the caller keeps).
func (r *recorder) callPy(pc, n, ops int, fv sval) (int, error) {
	fn := fv.v.Object().(*vm.Function)
	if !fn.Inlinable(n) {
		return 0, errAbort("call of a function not inlined")
	}
	if len(r.frames) >= maxInline {
		return 0, errAbort("calls nested too deep to inline")
	}
	co := fn.Code()
	fr := r.newFrame(len(r.frames), co.NLocals)
	*fr = inlineFrame{fn: fn, caller: r.co, callPC: pc, locals: fr.locals}
	for i, a := range r.stack[len(r.stack)-n:] {
		if a.k == kNull || a.k == kBuiltin {
			return 0, abortf("argument of kind %d", a.k)
		}
		// A constant of the code stays one only if no slot holds it (a
		// truth test then needs no guard).
		a.konst = a.k.isConst()
		fr.locals[i] = a
	}
	defs := fn.Defaults()
	for i := n; i < co.ArgCount; i++ {
		d := defs[len(defs)-(co.ArgCount-i)]
		if kindOf(d) == kNone && !d.IsNone() {
			return 0, abortf("default of type %s", d.Type().Name)
		}
		fr.locals[i] = r.constant(d)
		fr.locals[i].konst = fr.locals[i].k.isConst()
	}
	for i, c := range fn.Closure() {
		// The closure's cells, as the frame holds them (record_cell.go).
		v := vm.Obj(c)
		fr.locals[co.FreeStart+i] = sval{ref: r.b.RefConst(dataWord(v)), k: kCell, v: v}
	}
	// The caller's stack stays where it is (nothing writes it while the
	// callee runs; the return pushes the result over the arguments).
	fr.stack = r.stack[:len(r.stack)-n-ops]
	depth := len(r.frames)
	size := co.NLocals + co.StackSize
	if r.final {
		if depth >= len(r.regions) {
			return 0, errAbort("path differs between walks")
		}
		fr.base = r.regions[depth]
		r.funcs = append(r.funcs, funcDep{fn: fn, version: fn.Version()})
	} else if depth == len(r.regions) {
		r.regions = append(r.regions, size)
	} else {
		r.regions[depth] = max(r.regions[depth], size)
	}
	r.frames = append(r.frames, fr)
	r.inlinedCalls++
	r.co = co
	r.stack = r.newStack(len(r.frames), co.StackSize)
	return 0, nil
}

// newStack returns an empty stack for the frame of a call inlined at
// depth d (1 for a call from the walk's first frame): the one the last
// call at that depth left, or a new one of size entries. The walk of a
// loop calling a function twenty times in a row (bm_call_simple) then
// makes one stack per depth, not twenty growing ones.
func (r *recorder) newStack(d, size int) []sval {
	for len(r.stacks) <= d {
		r.stacks = append(r.stacks, nil)
	}
	if st := r.stacks[d]; st != nil {
		r.stacks[d] = nil
		return st
	}
	return make([]sval, 0, size)
}

// newFrame returns the frame of a call inlined at depth d with n locals,
// all unbound: the one the last call at that depth used (it has
// returned: one frame per depth is walked at a time), or a new one.
func (r *recorder) newFrame(d, n int) *inlineFrame {
	for len(r.framePool) <= d {
		r.framePool = append(r.framePool, nil)
	}
	fr := r.framePool[d]
	if fr == nil {
		fr = &inlineFrame{}
		r.framePool[d] = fr
	}
	if cap(fr.locals) < n {
		fr.locals = make([]sval, n)
	} else {
		fr.locals = fr.locals[:n]
		clear(fr.locals)
	}
	return fr
}

// ret records the return of an inlined call with v: the caller's stack
// gets it, and the walk goes on after the CALL.
func (r *recorder) ret(v sval) (int, error) {
	fr := r.top()
	if fr.init && v.k != kPyNone {
		// The interpreter raises TypeError.
		return 0, errAbort("__init__ returns a value")
	}
	// The callee's stack is free for the next call at its depth.
	r.stacks[len(r.frames)] = r.stack[:0]
	r.frames = r.frames[:len(r.frames)-1]
	r.leaveOperator()
	r.co = fr.caller
	r.stack = fr.stack
	if fr.init {
		// The instance is on the caller's stack already (record_class.go).
		return fr.callPC + 1, nil
	}
	if !v.k.isConst() {
		v.konst = false
	}
	r.push(v)
	return fr.callPC + 1, nil
}

// loadFast records LOAD_FAST in an inlined call.
func (r *recorder) loadFast(idx int) error {
	v := r.top().locals[idx]
	if v.k == kNone {
		return errAbort("unbound local in an inlined function")
	}
	r.push(v)
	return nil
}

// storeFast records STORE_FAST in an inlined call: any value a slot can
// hold.
func (r *recorder) storeFast(idx int) error {
	v := r.pop()
	if v.k == kNull || v.k == kBuiltin {
		return abortf("local of kind %d in an inlined function", v.k)
	}
	v.konst = v.k.isConst()
	r.top().locals[idx] = v
	return nil
}

// inlinedSnap adds to a snapshot the frames of the calls being inlined:
// the first waits at its CALL, the root's stack is the first's saved
// one; the innermost resumes at pc.
func (r *recorder) inlinedSnap(pc int, rd *resumeDesc, es []ir.SnapEntry) []ir.SnapEntry {
	for i, fr := range r.frames {
		st, fpc := r.stack, pc
		if i+1 < len(r.frames) {
			st, fpc = r.frames[i+1].stack, r.frames[i+1].callPC+1
		}
		fd := inlineResume{fn: fr.fn, pc: fpc, base: fr.base, locals: make([]kind, len(fr.locals)), init: fr.init}
		for li, l := range fr.locals {
			fd.locals[li] = l.k
			if l.k.isConst() {
				if fd.localConsts == nil {
					fd.localConsts = make([]vm.Value, len(fr.locals))
				}
				fd.localConsts[li] = l.v
				continue
			}
			if l.k != kNone && r.final {
				es = append(es, ir.S(fr.base+li, l.ref))
			}
		}
		fd.stack, fd.consts, es = r.stackEntries(st, fr.base+len(fr.locals), es)
		rd.inlined = append(rd.inlined, fd)
	}
	return es
}

// stackEntries returns the kinds of a frame's stack entries st, the
// values of those that are constants, and es with the snapshot entries
// of the others, in slots from base.
func (r *recorder) stackEntries(st []sval, base int, es []ir.SnapEntry) ([]kind, []vm.Value, []ir.SnapEntry) {
	var kinds []kind
	var consts []vm.Value
	for d, v := range st {
		kinds = append(kinds, v.k)
		if v.k.isConst() {
			// No slot holds it: the restore writes the value itself.
			if consts == nil {
				consts = make([]vm.Value, len(st))
			}
			consts[d] = v.v
			continue
		}
		if r.final {
			es = append(es, ir.S(base+d, v.ref))
		}
	}
	return kinds, consts, es
}

// pushFrames rebuilds the frames of the inlined calls an exit left
// inside, from f (the loop's frame, already restored to wait at the
// outermost CALL): each frame waits for the next, and the interpreter
// resumes in the last, which becomes the thread's current frame.
func pushFrames(th *vm.Thread, f *vm.Frame, buf []uint64, rd *resumeDesc) {
	for i := range rd.inlined {
		fd := &rd.inlined[i]
		if fd.init {
			f = th.PushInitCall(f, fd.fn)
		} else {
			f = th.PushCall(f, fd.fn)
		}
		fast := f.Fast()
		for li, k := range fd.locals {
			switch {
			case k.isConst():
				fast[li] = fd.localConsts[li]
			case k != kNone:
				fast[li] = box(k, buf[fd.base+li])
			}
		}
		nl := len(fd.locals)
		for d, k := range fd.stack {
			if k.isConst() {
				fast[nl+d] = fd.consts[d]
			} else {
				fast[nl+d] = box(k, buf[fd.base+nl+d])
			}
		}
		f.SetState(fd.pc, nl+len(fd.stack))
	}
}
