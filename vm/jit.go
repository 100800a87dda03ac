package vm

import (
	"math"
	"unsafe"
)

// Tier 2 hook. Package jit fills it with [Interpreter.SetJIT]; vm never
// imports it. With no hook installed a loop's back edge costs one nil
// check more than the plain interpreter.

// JIT is the tier-2 hook installed on an Interpreter.
type JIT interface {
	// BackEdge is called when JUMP_BACKWARD has jumped to the loop
	// header f.PC() with the stack at f.SP(). It may run native code for
	// the loop, leaving the frame's locals, stack and pc where the
	// interpreter is to continue, and returns true if it did. An error
	// (KeyboardInterrupt, a limit) is raised at the jump.
	BackEdge(th *Thread, f *Frame) (bool, error)
	// FuncEntry is called when a call has made f, a Python function's
	// frame, the thread's current frame, before its first instruction.
	// It may run native code for the call, leaving the thread's current
	// frame (f, or a frame of a call f makes, rebuilt) where the
	// interpreter is to continue, and returns true if it did: when the
	// call is done, f waits at its return instruction. An error (raised
	// by a call the native code made without inlining it) is raised in
	// the thread's current frame at its pc, as the failed call's.
	FuncEntry(th *Thread, f *Frame) (bool, error)
}

// SetJIT installs (or with nil removes) the tier-2 hook. Only the main
// thread runs native code: the hook's state belongs to one goroutine.
func (in *Interpreter) SetJIT(j JIT) {
	in.main.jit = j
}

// JIT returns the installed tier-2 hook, or nil.
func (in *Interpreter) JIT() JIT { return in.main.jit }

// Fast returns the frame's locals, cells and value stack.
func (f *Frame) Fast() []Value { return f.fast }

// SP returns the index in Fast of the next free stack slot.
func (f *Frame) SP() int { return f.sp }

// PC returns the index of the next instruction.
func (f *Frame) PC() int { return f.pc }

// SetState sets where the frame continues: the next instruction and the
// stack depth.
func (f *Frame) SetState(pc, sp int) { f.pc, f.sp = pc, sp }

// PlainFunction reports whether the frame runs a function body with fast
// locals (not a module or class body, whose names live in a dict).
func (f *Frame) PlainFunction() bool { return f.locals == nil && f.localsMap.o == nil }

// Const returns constant i of the code object.
func (co *CodeObj) Const(i int) Value { return co.consts[i] }

// JITData returns what the tier-2 hook stored on the code object.
func (co *CodeObj) JITData() any { return co.jitData }

// SetJITData stores the tier-2 hook's data on the code object; it lives
// as long as the code object.
func (co *CodeObj) SetJITData(d any) { co.jitData = d }

// Bits returns the payload word of a small int, float or bool: the
// int64's bits, the float64's bits, 0 or 1.
func (v Value) Bits() uint64 { return v.n }

// FloatFromBits returns the float with the given bits; a NaN becomes a
// new NaN object as with [Float].
func FloatFromBits(b uint64) Value { return Float(math.Float64frombits(b)) }

// RangeIterState returns the state of a range iterator: the first value,
// the step, the index of the next value and the number of values.
func RangeIterState(v Value) (start, step, i, n int64, ok bool) {
	x, ok := v.o.(*rangeIter)
	if !ok {
		return 0, 0, 0, 0, false
	}
	return x.start, x.step, x.i, x.n, true
}

// SetRangeIterIndex sets the index of the next value of v if it is a
// range iterator.
func SetRangeIterIndex(v Value, i int64) {
	if x, ok := v.o.(*rangeIter); ok {
		x.i = i
	}
}

// StepBudget returns how many more steps the running script may take
// under a step limit, and false when no step limit applies.
func (th *Thread) StepBudget() (int64, bool) {
	if th.interp.stepLimit <= 0 || th.interrupt.Load()&interruptSteps == 0 {
		return 0, false
	}
	return th.interp.stepLimit - th.interp.steps, true
}

// SafePoint does what a loop's back edge does in the interpreter, for
// steps back edges taken in native code: it counts them under a step
// limit, stops the script at a limit and raises KeyboardInterrupt after
// Ctrl-C, runs pending finalizers and takes a profiling sample.
func (th *Thread) SafePoint(steps int64) error {
	if th.interrupt.Load() == 0 || steps <= 0 {
		return nil
	}
	return th.checkInterruptN(steps)
}

// ChargeSteps counts steps back edges taken in native code under a step
// limit, without handling interrupts (the interpreter's next back edge
// does).
func (th *Thread) ChargeSteps(steps int64) {
	if th.interrupt.Load()&interruptSteps != 0 {
		th.interp.steps += steps
	}
}

// The memory layout native code reads. A Value is three words: its
// interface's type word (the same for every value of one Go type), its
// data word (the object's pointer) and its payload word. Lists and tuples
// hold their items in a slice at offset SeqItemsOffset: the array's
// address, then the length.
const (
	ValueSize          = unsafe.Sizeof(Value{})
	ValueDataOffset    = unsafe.Sizeof(uintptr(0))
	ValuePayloadOffset = unsafe.Offsetof(Value{}.n)
	ListItemsOffset    = unsafe.Offsetof(List{}.items)
	TupleItemsOffset   = unsafe.Offsetof(Tuple{}.items)
)

// SeqIterState returns the items a list or tuple iterator walks and the
// index of the next one.
func SeqIterState(v Value) (items []Value, i int, ok bool) {
	switch x := v.o.(type) {
	case *listIter:
		return x.l.items, x.i, true
	case *tupleIter:
		return x.items, x.i, true
	}
	return nil, 0, false
}

// SetSeqIterIndex sets the index of the next item of a list or tuple
// iterator.
func SetSeqIterIndex(v Value, i int) {
	switch x := v.o.(type) {
	case *listIter:
		x.i = i
	case *tupleIter:
		x.i = i
	}
}

// AppendInPlace appends v to l as list.append does when l's array has
// room for it, and otherwise reports false and does nothing: appending
// would move the items to a new array, which native code may still be
// reading the old one of.
func (l *List) AppendInPlace(v Value) bool {
	if len(l.items) == cap(l.items) {
		return false
	}
	l.items = append(l.items, v)
	return true
}

// AppendGrow appends v to l as LIST_APPEND does, moving the items to a
// larger array when l's is full: for a list native code does not read
// the items of (a comprehension's result).
func (l *List) AppendGrow(v Value) { l.push(v) }

// ListAppendMethod returns what LOAD_METHOD of the code's name i finds
// on a list when the name is append: list.append.
func (co *CodeObj) ListAppendMethod(i int) (Value, bool) {
	if co.names[i].s != "append" {
		return Null, false
	}
	return Obj(listAppendDescr), true
}

// EnumerateIterState returns the iterator an enumerate object walks and
// the count of its next pair, when that count is a small int.
func EnumerateIterState(v Value) (it Value, count int64, ok bool) {
	x, ok := v.o.(*enumerateIter)
	if !ok || !x.i.IsSmallInt() {
		return Null, 0, false
	}
	return x.it, int64(x.i.n), true
}

// SetEnumerateCount sets the count of an enumerate object's next pair.
func SetEnumerateCount(v Value, count int64) {
	if x, ok := v.o.(*enumerateIter); ok {
		x.i = Int(count)
	}
}

// ZipPairState returns the two iterators a zip of two iterables walks,
// while it is not exhausted.
func ZipPairState(v Value) (a, b Value, ok bool) {
	x, ok := v.o.(*zipIter)
	if !ok || len(x.its) != 2 || x.done {
		return Null, Null, false
	}
	return x.its[0], x.its[1], true
}

// GlobalValue returns what LOAD_GLOBAL with name index i finds, in the
// frame's globals and then its builtins, without side effects; false if
// neither holds the name.
func (f *Frame) GlobalValue(i int) (Value, bool) {
	name := f.code.names[i]
	if f.globals.mapped {
		return Null, false
	}
	if v, ok := f.globals.getS(name); ok {
		return v, true
	}
	if f.builtins == nil {
		return Null, false
	}
	return f.builtins.getS(name)
}

// GlobalCache remembers where a global was found, so that looking it up
// again costs two compares and a load while the dicts' keys are the same
// (what tier 1's LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN rely on).
type GlobalCache struct {
	found             bool
	builtin           bool   // found in the builtins, not the globals
	globals, builtins uint32 // the dicts' keys versions when found
	index             int
}

// GlobalValueCached is [Frame.GlobalValue] through c.
func (f *Frame) GlobalValueCached(i int, c *GlobalCache) (Value, bool) {
	return globalCached(f.globals, f.builtins, f.code.names[i], c)
}

// GlobalValueCached is [Function.GlobalValue] through c.
func (fn *Function) GlobalValueCached(i int, c *GlobalCache) (Value, bool) {
	return globalCached(fn.globals, fn.builtins, fn.code.names[i], c)
}

// globalCached looks name up in globals, then builtins, as LOAD_GLOBAL
// does, remembering where in c. A dict's keys version is unique among
// all dicts and changes when a key is added or removed, so an entry
// found under the same versions still holds the name.
func globalCached(globals, builtins *Dict, name *Str, c *GlobalCache) (Value, bool) {
	if c.found && globals.keysVersion == c.globals {
		if !c.builtin {
			return globals.entries[c.index].val, true
		}
		if builtins != nil && builtins.keysVersion == c.builtins {
			return builtins.entries[c.index].val, true
		}
	}
	*c = GlobalCache{}
	if globals.mapped {
		// Subscripted (the keys version the dict took when marked
		// matches no cache).
		return Null, false
	}
	if i := globals.indexS(name); i >= 0 {
		*c = GlobalCache{found: true, globals: globals.keysVersion, index: i}
		return globals.entries[i].val, true
	}
	if builtins == nil {
		return Null, false
	}
	if i := builtins.indexS(name); i >= 0 {
		*c = GlobalCache{found: true, builtin: true, globals: globals.keysVersion, builtins: builtins.keysVersion, index: i}
		return builtins.entries[i].val, true
	}
	return Null, false
}

// FloatPow is x ** y for floats as the interpreter computes it, when the
// result is a float that is not a NaN; false when the power raises, is
// complex or is a NaN (which the interpreter makes with its own
// identity).
func FloatPow(x, y float64) (float64, bool) {
	v, err := floatPow(x, y)
	if err != nil || !v.IsFloat() || v.UncheckedFloat() != v.UncheckedFloat() {
		return 0, false
	}
	return v.UncheckedFloat(), true
}

// Builtin returns the value the builtins module held for name when the
// interpreter was made (as long as nothing rebound it since).
func (in *Interpreter) Builtin(name string) (Value, bool) {
	return in.builtins.GetStr(name)
}

// GlobalValue returns what LOAD_GLOBAL with name index i finds when it
// runs in a frame of fn: fn's globals, then its builtins, without side
// effects; false if neither holds the name.
func (fn *Function) GlobalValue(i int) (Value, bool) {
	name := fn.code.names[i]
	if fn.globals.mapped {
		return Null, false
	}
	if v, ok := fn.globals.getS(name); ok {
		return v, true
	}
	if fn.builtins == nil {
		return Null, false
	}
	return fn.builtins.getS(name)
}

// Inlinable reports whether a call of fn with n positional arguments
// binds its parameters as CALL_PY_EXACT_ARGS or CALL_PY_WITH_DEFAULTS
// does: no *args, **kwargs or keyword-only parameters, not a generator,
// and no cells of its own (free variables, the closure's cells, are
// fine), so that its frame holds nothing but its arguments, defaults,
// other locals and the closure's cells.
func (fn *Function) Inlinable(n int) bool {
	co := fn.code
	if co.exactArgs < 0 || len(co.cellArgs)+len(co.cellOnly) > 0 {
		return false
	}
	return n <= co.exactArgs && n >= co.exactArgs-len(fn.defaults)
}

// Defaults returns the function's default argument values.
func (fn *Function) Defaults() []Value { return fn.defaults }

// PushCall makes the frame of a call of fn from f, the current frame,
// as CALL does, and makes it the thread's current frame: its locals are
// unbound but for the closure's cells, and it starts at pc 0. f waits for the call's result: its pc is
// after the CALL and its sp below the call's operands.
func (th *Thread) PushCall(f *Frame, fn *Function) *Frame {
	nf := th.allocFrame(fn.code.frameSize)
	for i := range fn.code.NLocals {
		nf.fast[i] = Value{}
	}
	for i, c := range fn.closure {
		nf.fast[fn.code.FreeStart+i] = Obj(c)
	}
	nf.setFunction(fn)
	th.pushFrame(f, nf)
	return nf
}

// CallRoom returns how many calls may nest from the current frame before
// the recursion limit raises RecursionError.
func (th *Thread) CallRoom() int { return th.interp.recursionLimit - th.depth }

// Traced reports whether a trace or profile function is installed on
// the thread: native code, which reports no events, must not run.
func (th *Thread) Traced() bool { return th.hooks != nil }
