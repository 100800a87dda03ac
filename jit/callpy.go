package jit

import (
	"github.com/pyjit/pyjit/cache"
	"github.com/pyjit/pyjit/jit/backend"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Calls not inlined. In an entry trace, a call the traced function makes
// of a Python function that is the traced function itself (recursion),
// or of any Python function once inlining everything made the path too
// long, is a callout (callPy): Go makes the callee's frame as
// CALL_PY_EXACT_ARGS would (vm.Thread.PushTraceCall), runs it — its own
// entry trace through the hook, then the interpreter (FinishTraceCall)
// until it returns — and hands the result back to the trace. Such a
// trace needs Config.CallWork IR instructions per call (entry.go). The
// walk cannot know the
// result, so it takes the kind the call gave last time (an int the first
// time) with a zero as its concrete value; the callout checks the kind.
// A result of another kind, an exception, or a program state the trace
// no longer holds (a global rebound, a class changed by the callee)
// leaves through the call's snapshot with the call done (pendingCall):
// the frame gets the result, or the exception is raised at the CALL with
// the callee's frames in its traceback.

// pyCall is a call a trace makes without inlining it.
type pyCall struct {
	fn *vm.Function
	pc int // the CALL in the traced function
	// n arguments on the stack, below them ops more operands (the NULL and
	// the function, or the method's function).
	n, ops  int
	kind    kind
	discard bool // a call statement: the trace skips its POP_TOP
	// insts are the exit-buffer slots of the instances live across the
	// call, and their classes, which the callee may change.
	insts []instSlot
}

type instSlot struct {
	slot int
	cls  *vm.Type
}

// callKinds are the result kinds of the calls of one code object's trace
// not inlined, by CALL pc, as last seen; kNone: a kind a trace does not
// hold, so the call is inlined.
type callKinds map[int]kind

// goShare is the part of the Go nesting limit (vm.Thread.NestingLimit)
// that calls from traces may use; deeper, the trace leaves at the call
// and the interpreter makes it in its own loop, so that Go recursion in
// the callee keeps its room.
const goShare = 2

// callOut records CALL of the Python function fv (n arguments, ops more
// operands below them) from the traced function's own frame as a
// callout; false when the call is to be inlined instead.
func (r *recorder) callOut(pc, n, ops int, fv sval) (int, bool, error) {
	fn := fv.v.Object().(*vm.Function)
	if !r.entryRoot() || !(fn == r.entry.fn || r.entry.noInline) || fn.Code().Generator() || !fn.PositionalCall(n) {
		return 0, false, nil
	}
	k := kInt
	if h, ok := r.entry.kinds[pc]; ok {
		if h == kNone {
			return 0, false, nil
		}
		k = h
	}
	discard := pc+1 < len(r.co.Instrs) && r.co.Instrs[pc+1].Op() == code.POP_TOP
	pcall := pyCall{fn: fn, pc: pc, n: n, ops: ops, kind: k, discard: discard}
	if r.final {
		fr := r.top()
		for li, l := range fr.locals {
			if l.k == kInst {
				pcall.insts = append(pcall.insts, instSlot{fr.base + li, l.v.Type()})
			}
		}
		for d, v := range r.stack[:len(r.stack)-n-ops] {
			if v.k == kInst {
				pcall.insts = append(pcall.insts, instSlot{fr.base + len(fr.locals) + d, v.v.Type()})
			}
		}
	}
	s := r.snap(pc, "call")
	t := k.irType()
	zero := r.b.Int(0)
	if t == ir.Float {
		zero = r.b.Float(0)
	}
	ref := r.b.Call(callPy|int64(len(r.calls))<<8, t, s, zero, zero)
	r.calls = append(r.calls, pcall)
	r.stack = r.stack[:len(r.stack)-n-ops]
	// The callee may have changed any object: instances' values and
	// cells are read from memory again, with their guards.
	r.attrs, r.cells = nil, nil
	if discard {
		return pc + 2, true, nil
	}
	r.push(sval{ref: ref, k: k})
	return pc + 1, true, nil
}

// pendingCall is a call from a trace that is done but whose outcome the
// trace cannot take: the exit at the call hands it to the frame.
type pendingCall struct {
	call *pyCall
	v    vm.Value
	err  error
}

// callPy makes call i of trace c, entered on f, from the state in the
// exit buffer at the call's exit e. It returns the result's word, or
// false when the trace must leave: with j.pending set when the call was
// made.
func (j *JIT) callPy(th *vm.Thread, f *vm.Frame, c *compiled, e *backend.Exit, i int64) (uint64, bool) {
	pc := &c.calls[i]
	if th.GoRoom()*goShare < th.NestingLimit() {
		// The interpreter makes the call in its own loop.
		return 0, false
	}
	ctx := j.ctx
	rd := &c.resume[c.trace.Snaps[e.Snap].Resume]
	root := &rd.inlined[0]
	nl := len(root.locals)
	var buf [8]vm.Value
	args := buf[:0]
	top := len(root.stack)
	for d := top - pc.n; d < top; d++ {
		if k := root.stack[d]; k.isConst() {
			args = append(args, root.consts[d])
		} else {
			args = append(args, box(k, ctx.Buf[root.base+nl+d]))
		}
	}
	// The objects the trace holds must outlive what the callee drops.
	for li, k := range root.locals {
		if k.irType() == ir.Object {
			j.keep = append(j.keep, box(k, ctx.Buf[root.base+li]))
		}
	}
	for d := 0; d < top-pc.n; d++ {
		if k := root.stack[d]; !k.isConst() && k.irType() == ir.Object {
			j.keep = append(j.keep, box(k, ctx.Buf[root.base+nl+d]))
		}
	}
	// The caller waits after its CALL, as in the interpreter.
	f.SetState(pc.pc+1, nl+top-pc.n-pc.ops)
	keepFrom := j.keepFrom
	j.keepFrom = len(j.keep)
	j.level++
	if j.level == len(j.ctxs) {
		j.ctxs = append(j.ctxs, new(cache.Context))
	}
	j.ctx = j.ctxs[j.level]
	nf, err := th.PushTraceCall(pc.fn, args)
	if err == nil {
		_, err = j.FuncEntry(th, nf)
	}
	v, err := th.FinishTraceCall(nf, err)
	j.level--
	j.ctx = ctx
	j.keepFrom = keepFrom
	j.stats.PyCalls++
	// Made: the caller resumes the trace, or hands it the outcome.
	j.pending = pendingCall{call: pc, v: v, err: err}
	if err != nil {
		return 0, false
	}
	w, ok := uint64(0), true
	if !pc.discard {
		w, ok = resultWord(pc.kind, v)
	}
	// A trace or profile function the callee installed stops native code.
	return w, ok && !th.Traced() && c.holds(f) && pc.instsHold(ctx)
}

// resultWord returns the word of v if it is of kind k.
func resultWord(k kind, v vm.Value) (uint64, bool) {
	switch k {
	case kInt:
		return v.Bits(), v.IsSmallInt()
	case kFloat:
		f := v.UncheckedFloat()
		return v.Bits(), v.IsFloat() && f == f
	case kBool:
		return v.Bits(), v.IsBool()
	case kPyNone:
		return 0, v.IsNone()
	}
	return 0, false
}

// resultKind is the kind a trace holds a call's result v as, or kNone.
func resultKind(v vm.Value) kind {
	switch k := kindOf(v); k {
	case kInt, kFloat, kBool, kPyNone:
		return k
	}
	return kNone
}

// instsHold reports whether the instances live across the call are still
// of the classes the trace knows.
func (pc *pyCall) instsHold(ctx *cache.Context) bool {
	for _, s := range pc.insts {
		if (*vm.Instance)(pointer(ctx.Buf[s.slot])).Type() != s.cls {
			return false
		}
	}
	return true
}

// finishCall hands the pending call's outcome to f, restored at the CALL:
// its operands are popped, the result pushed, and the frame goes on after
// the CALL; or the error is returned, to be raised there. A result of a
// kind the trace did not expect is remembered for its next recording,
// which retiring the trace brings about.
func (j *JIT) finishCall(f *vm.Frame, lp *loop, cs *codeState) error {
	p := j.pending
	j.pending = pendingCall{}
	base := f.SP() - p.call.n - p.call.ops
	if p.err != nil {
		f.SetState(p.call.pc+1, base)
		return p.err
	}
	fast := f.Fast()
	fast[base] = p.v
	for i := base + 1; i < base+p.call.n+p.call.ops; i++ {
		fast[i] = vm.Value{}
	}
	f.SetState(p.call.pc+1, base+1)
	if !p.call.discard {
		if k := resultKind(p.v); k != p.call.kind {
			if cs.kinds == nil {
				cs.kinds = callKinds{}
			}
			cs.kinds[p.call.pc] = k
			if lp.tr != nil && !lp.tr.Retired() {
				j.table.Retire(lp.tr)
				j.dropRetired(lp)
			}
		}
	}
	return nil
}
