package vm

// Prompt finalization. CPython runs __del__ the moment an object's last
// reference goes; pyjit runs it at the collection that finds the object
// dead (finalize.go), which may come much later. Where a program visibly
// lets go of an object whose class defines __del__ — `del name`,
// rebinding a module-level name, the value of an expression statement, a
// function's own locals when it returns — while such objects are alive,
// the interpreter runs a collection on the spot, so that the __del__ runs
// where CPython's would: before the next statement.
//
// A collection costs about a millisecond for a few megabytes of live
// heap, and it finds nothing when the object has other references, so
// collections made this way are rationed: the first promptFreeCount of
// them run (unless they took promptFreeTime already), so that what a short
// program prints does not depend on the machine's speed; after that, as
// long as they have taken less than a fraction (1/promptBudgetShare) of
// the time the program has run. A program that makes and drops such
// objects in a loop gets some prompt finalizations and then the usual
// ones.

import "time"

const (
	promptFreeCount   = 256
	promptFreeTime    = time.Second
	promptBudgetShare = 50
)

// promptState is the ration of prompt collections of an interpreter.
type promptState struct {
	start time.Time     // when the first one was asked for
	spent time.Duration // the time they took
	count int           // how many ran
}

// depthBit is the bit of finalizerQueue.young for frame depth d.
func depthBit(d int) uint64 { return 1 << min(uint(d), 63) }

// finalizable reports whether v is an object whose __del__ runs when it
// dies: an instance, exception or class of a class (metaclass) with
// __del__.
func finalizable(v Value) bool {
	switch o := v.o.(type) {
	case *Instance:
		return o.typ.hasDel()
	case *Exception:
		return o.typ.hasDel()
	case *Type:
		return o.Type().hasDel()
	}
	return false
}

// delObjectsLive reports whether any object with a __del__ that has not
// run is alive: only then can letting go of a value finalize something.
func (th *Thread) delObjectsLive() bool { return th.interp.fin.delLive.Load() != 0 }

// droppedFinalizable reports whether dropping v, the value of an
// expression statement of a frame at depth th.depth, calls for a prompt
// collection: v has a __del__ itself, or objects with one were made at
// this depth or deeper since the last prompt collection here, and may
// have been temporaries of the statement (`Resource().use()`).
func (th *Thread) droppedFinalizable(v Value) bool {
	return th.delObjectsLive() && (finalizable(v) || th.youngAtOrBelow(th.depth))
}

// statementMayFinalize reports whether the end of the running statement,
// at depth th.depth, calls for a prompt collection (the POP_TOP of a call
// statement then runs: see droppedFinalizable).
func (th *Thread) statementMayFinalize() bool {
	return th.delObjectsLive() && th.youngAtOrBelow(th.depth)
}

// droppedSuspendedGen reports whether v, a value the program let go of
// (the iterator of a for loop left by break), is a generator suspended
// where closing it runs code (a finally block, a with block's exit),
// which CPython would close at once. A generator that outlived one such
// collection is referred to from elsewhere (a loop over a shared
// generator left by break again and again): it does not call for more.
func droppedSuspendedGen(v Value) bool {
	g, ok := v.o.(*Generator)
	if !ok || !closesOnDrop(g) || g.promptTried {
		return false
	}
	g.promptTried = true
	return true
}

// closesOnDrop reports whether g is suspended where closing it runs code,
// which CPython does when its last reference goes.
func closesOnDrop(g *Generator) bool { return g.serial != 0 && !g.finished && !g.running }

// youngAtOrBelow reports whether objects with a __del__ were made at
// depth d or deeper since the last prompt collection at such a depth.
func (th *Thread) youngAtOrBelow(d int) bool {
	return th.interp.fin.young.Load()>>min(uint(d), 63) != 0
}

// statementEnded records that a statement of the frame at depth d ended,
// after a prompt collection: what its temporaries made is dead or kept.
func (th *Thread) statementEnded(d int) {
	th.interp.fin.young.And(depthBit(d) - 1)
}

// frameReturned records that the frame at depth d returned: what it made
// and did not let go of lives on in its caller, at depth d-1, as the
// value it returned.
func (th *Thread) frameReturned(d int) {
	q := &th.interp.fin
	if m := q.young.Load(); m>>min(uint(d), 63) != 0 {
		q.young.Store(m&(depthBit(d)-1) | depthBit(d-1))
	}
}

// droppedReferrer reports whether deleting or rebinding a name that held
// v calls for a prompt collection: v is a suspended generator that closing
// runs code in, or may be or refer to an object with a __del__ (it is not
// a number, string or other value without references).
func (th *Thread) droppedReferrer(v Value) bool {
	if g, ok := v.o.(*Generator); ok && closesOnDrop(g) {
		return true
	}
	if !th.delObjectsLive() {
		return false
	}
	switch v.o.(type) {
	case nil, intTag, floatTag, boolTag, noneTag, *Str, *Bytes, *BigInt, *Builtin:
		return false
	}
	return true
}

// ownLocalsFinalizable reports whether f, a function frame about to
// return (at depth th.depth), holds in a local of its own (not a parameter, whose argument
// its caller still has) an object with a __del__.
func (th *Thread) ownLocalsFinalizable(f *Frame) bool {
	from := int(f.code.ownLocalsFrom)
	if from < 0 {
		return false
	}
	for i := from; i < f.code.NLocals && i < len(f.fast); i++ {
		v := f.fast[i]
		if cell, ok := v.o.(*Cell); ok {
			v = cell.V
		}
		if finalizable(v) {
			return true
		}
	}
	return false
}

// collectPromptly runs a collection and the finalizers it makes due, when
// the ration allows. The caller has saved the running frame's pc and sp,
// and holds no reference to the dropped object.
func (th *Thread) collectPromptly() error {
	in := th.interp
	if th != in.main {
		// Finalizers run on the main thread, at its safe points; what
		// other threads drop waits for them.
		return nil
	}
	p := &in.prompt
	now := time.Now()
	if p.start.IsZero() {
		p.start = now
	}
	free := p.count < promptFreeCount && p.spent < promptFreeTime
	if !free && p.spent > now.Sub(p.start)/promptBudgetShare || in.fin.running || in.gc.collecting {
		return nil
	}
	p.count++
	_, err := th.collect(4)
	p.spent += time.Since(now)
	return err
}

// nameHoldsFinalizable reports whether the name's value in d, about to be
// deleted (deleting) or replaced, calls for a prompt collection
// (droppedReferrer). Unless objects with a __del__ are alive, only a
// deletion looks the value up.
func (th *Thread) nameHoldsFinalizable(d *Dict, name *Str, deleting bool) bool {
	if d == nil || !deleting && !th.delObjectsLive() {
		return false
	}
	v, ok := d.getS(name)
	return ok && th.droppedReferrer(v)
}

// promptFinalize saves f's state (sp and pc, the instruction that dropped
// the object having run) and collects promptly. It returns the
// instructions the loop runs f with from then on (a finalizer may have
// installed a trace function).
func (th *Thread) promptFinalize(f *Frame, sp, pc int) (*codeInstrs, error) {
	f.sp, f.pc = sp, pc
	err := th.collectPromptly()
	return th.loopInstrs(f), err
}
