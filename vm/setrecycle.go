package vm

import "github.com/pyjit/pyjit/vm/code"

// set(x) and frozenset(x) whose value goes straight to len(), as in
// len(set(g)), make a set that nothing but that len() call ever sees: the
// call of len takes it from the stack and drops it. Such a set is taken
// from the thread's pool of dead sets, with the table it had grown to, and
// given back by the len() call, so that counting the distinct items of an
// iterable allocates nothing once warm.

// setPoolMax bounds the sets kept in Thread.setPool.
const setPoolMax = 4

// spareTableMax bounds the table (in entries) a pooled set keeps.
const spareTableMax = 1024

// lenOnlySet returns an empty set (a frozenset if frozen) for a set(x) or
// frozenset(x) whose value only len() will see, marked lenOnly.
func (th *Thread) lenOnlySet(frozen bool) *Set {
	var s *Set
	if n := len(th.setPool); n > 0 {
		s = th.setPool[n-1]
		th.setPool[n-1] = nil
		th.setPool = th.setPool[:n-1]
	} else {
		s = NewSet()
	}
	s.frozen, s.lenOnly = frozen, true
	return s
}

// recycleSet keeps s, a lenOnly set that len() has just measured, for
// lenOnlySet: it is emptied as a new set is, but keeps its table (cleared)
// for when it grows to that size again.
func (th *Thread) recycleSet(s *Set) {
	if len(th.setPool) >= setPoolMax {
		s.lenOnly = false
		return
	}
	spare := s.spare
	if t := s.table; len(t) > minSetSize && len(t) <= spareTableMax {
		clear(t)
		spare = t
	}
	*s = Set{spare: spare}
	th.setPool = append(th.setPool, s)
}

// setGoesToLen reports whether the value of the call whose callable is at
// fast[base] (its NULL slot) goes straight to a call of the builtin len
// as its only argument: next, the instruction after the call, is a call
// of one positional argument whose callable is under fast[base].
func setGoesToLen(next code.Instr, fast *frameValues, base int) bool {
	if next.Op().Family() != code.CALL || next.Arg() != 1 || base < 2 || fast[base-2].o != nil {
		return false
	}
	b, ok := fast[base-1].o.(*Builtin)
	return ok && b.kind == builtinKindLen
}

// lenOnlySetOf is set(x) (frozenset(x) if frozen) for a value that goes
// straight to len() (setGoesToLen), built as newContainerOf builds it.
func (th *Thread) lenOnlySetOf(frozen bool, x Value) (Value, error) {
	if src, ok := x.o.(*Set); ok && frozen && src.frozen {
		return x, nil // an exact frozenset is its own copy
	}
	s := th.lenOnlySet(frozen)
	var err error
	if src, ok := x.o.(*Set); ok && !frozen {
		s.mergeInto(src)
	} else {
		err = th.setFromIterable(s, x)
	}
	if err != nil {
		s.lenOnly = false
		return Null, err
	}
	return Obj(s), nil
}
