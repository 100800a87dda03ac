package vm

// The _thread module for an interpreter that runs one thread: locks,
// reentrant locks and thread identity, so that threading, reprlib,
// queue and the modules built on them import and work. Starting a thread
// raises NotImplementedError. A blocking acquire of a held lock waits as
// CPython's does, polling the interpreter's safe point (a signal handler
// may release the lock; a deadline or Ctrl-C stops the wait).

import (
	"os"
	"strconv"
	"sync"
	"time"
)

// ThreadLock is a _thread.lock.
type ThreadLock struct{ locked bool }

// ThreadRLock is a _thread.RLock.
type ThreadRLock struct {
	owner int64 // thread id of the owner, 0 when unlocked
	count int64
}

// Type implements Object.
func (*ThreadLock) Type() *Type { return ThreadLockType }

// Type implements Object.
func (*ThreadRLock) Type() *Type { return ThreadRLockType }

// The types of _thread, made once.
var (
	ThreadLockType, ThreadRLockType *Type
	threadOnce                      sync.Once
)

// threadTimeoutMax is _thread.TIMEOUT_MAX, as CPython's on Linux.
const threadTimeoutMax = 9223372036.0

// threadIdent is the id of the interpreter's one thread.
func threadIdent() int64 { return int64(os.Getpid()) }

// lockArgs reads acquire's blocking and timeout as CPython's
// lock_acquire_parse_args does; wait is negative for no timeout.
func (th *Thread) lockArgs(args []Value, kw []string) (blocking bool, wait float64, err error) {
	var bv, tv Value
	if err := unpackArgs("acquire", args, kw, 0, []string{"blocking", "timeout"}, &bv, &tv); err != nil {
		return false, 0, err
	}
	blocking, wait = true, -1
	if bv.o != nil {
		if blocking, err = th.Truth(bv); err != nil {
			return false, 0, err
		}
	}
	if tv.o != nil {
		if wait, err = th.floatArg("acquire", tv); err != nil {
			return false, 0, err
		}
	}
	switch {
	case !blocking && wait != -1:
		return false, 0, Errorf(ValueErrorType, "can't specify a timeout for a non-blocking call")
	case wait < 0 && wait != -1:
		return false, 0, Errorf(ValueErrorType, "timeout value must be positive")
	case wait > threadTimeoutMax:
		return false, 0, Errorf(OverflowErrorType, "timeout value is too large")
	}
	if !blocking {
		wait = 0
	}
	return blocking, wait, nil
}

// waitFor waits until free reports true or wait seconds pass (forever for
// a negative wait), running the interpreter's safe point between polls.
func (th *Thread) waitFor(free func() bool, wait float64) (bool, error) {
	if free() {
		return true, nil
	}
	if wait == 0 {
		return false, nil
	}
	var end time.Time
	if wait > 0 {
		end = time.Now().Add(time.Duration(wait * float64(time.Second)))
	}
	for {
		time.Sleep(5 * time.Millisecond)
		if err := th.SafePoint(1); err != nil {
			return false, err
		}
		if free() {
			return true, nil
		}
		if wait > 0 && time.Now().After(end) {
			return false, nil
		}
	}
}

func initThreadTypes() {
	lt := newBuiltinType("_thread.lock", ObjectType)
	lt.QualName = "lock"
	rt := newBuiltinType("_thread.RLock", ObjectType)
	rt.QualName = "RLock"
	ThreadLockType, ThreadRLockType = lt, rt
	for _, t := range []*Type{lt, rt} {
		t.layout = t
		t.Dict.SetStr("__module__", String("_thread"))
	}
	lt.final = true
	lock := func(v Value) *ThreadLock { l, _ := v.o.(*ThreadLock); return l }
	acquire := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		_, wait, err := th.lockArgs(args, kw)
		if err != nil {
			return Null, err
		}
		l := lock(self)
		ok, err := th.waitFor(func() bool { return !l.locked }, wait)
		if ok {
			l.locked = true
		}
		return Bool(ok), err
	}
	release := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		l := lock(self)
		if !l.locked {
			return Null, Errorf(RuntimeErrorType, "release unlocked lock")
		}
		l.locked = false
		return None, nil
	}
	locked := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Bool(lock(self).locked), nil
	}
	// noArgs checks the arguments of a lock method that takes none.
	noArgs := func(name string, fn BuiltinFunc) BuiltinFunc {
		return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				return Null, Errorf(TypeErrorType, "lock.%s() takes no arguments (%d given)", name, len(args))
			}
			return fn(th, self, args, kw)
		}
	}
	for name, fn := range map[string]BuiltinFunc{"acquire": acquire, "acquire_lock": acquire, "__enter__": acquire,
		"release": noArgs("release", release), "release_lock": noArgs("release_lock", release), "__exit__": release,
		"locked": noArgs("locked", locked), "locked_lock": noArgs("locked_lock", locked),
		"_at_fork_reinit": noArgs("_at_fork_reinit", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			lock(self).locked = false
			return None, nil
		})} {
		method(lt, name, fn)
	}
	method(lt, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		state := "unlocked"
		if lock(self).locked {
			state = "locked"
		}
		return String("<" + state + " _thread.lock object at " + addr(self) + ">"), nil
	})

	rlock := func(v Value) *ThreadRLock { r, _ := unwrap(v).o.(*ThreadRLock); return r }
	rt.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "RLock", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, "_thread.RLock.__new__(): not enough arguments")
		}
		cls, ok := args[0].o.(*Type)
		if !ok || !cls.IsSubtype(rt) {
			return Null, Errorf(TypeErrorType, "RLock.__new__(X): X is not a subtype of RLock")
		}
		if cls != rt {
			return newSubclassInstance(cls, Obj(&ThreadRLock{})), nil
		}
		return Obj(&ThreadRLock{}), nil
	}}))
	racquire := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		_, wait, err := th.lockArgs(args, kw)
		if err != nil {
			return Null, err
		}
		r, me := rlock(self), threadIdent()
		if r.owner == me && r.count > 0 {
			r.count++
			return True, nil
		}
		ok, err := th.waitFor(func() bool { return r.count == 0 }, wait)
		if ok {
			r.owner, r.count = me, 1
		}
		return Bool(ok), err
	}
	rrelease := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		if r.count == 0 || r.owner != threadIdent() {
			return Null, Errorf(RuntimeErrorType, "cannot release un-acquired lock")
		}
		if r.count--; r.count == 0 {
			r.owner = 0
		}
		return None, nil
	}
	method(rt, "acquire", racquire)
	method(rt, "__enter__", racquire)
	method(rt, "release", rrelease)
	method(rt, "__exit__", rrelease)
	method(rt, "_is_owned", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		return Bool(r.count > 0 && r.owner == threadIdent()), nil
	})
	method(rt, "_recursion_count", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		if r.owner != threadIdent() {
			return Int(0), nil
		}
		return Int(r.count), nil
	})
	method(rt, "_release_save", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		if r.count == 0 {
			return Null, Errorf(RuntimeErrorType, "cannot release un-acquired lock")
		}
		state := TupleOf(Int(r.count), Int(r.owner))
		r.count, r.owner = 0, 0
		return state, nil
	})
	method(rt, "_acquire_restore", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "_acquire_restore() takes exactly 1 argument (%d given)", len(args))
		}
		t, ok := unwrap(args[0]).o.(*Tuple)
		if !ok || len(t.items) != 2 || !t.items[0].IsSmallInt() || !t.items[1].IsSmallInt() {
			return Null, Errorf(TypeErrorType, "_acquire_restore() argument 1 must be a (count, owner) tuple")
		}
		r := rlock(self)
		r.count, r.owner = t.items[0].UncheckedInt(), t.items[1].UncheckedInt()
		return None, nil
	})
	method(rt, "_at_fork_reinit", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		r.count, r.owner = 0, 0
		return None, nil
	})
	method(rt, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		state := "unlocked"
		if r.count > 0 {
			state = "locked"
		}
		return String("<" + state + " " + typeFullName(self.Type()) + " object owner=" + strconv.FormatInt(r.owner, 10) +
			" count=" + strconv.FormatInt(r.count, 10) + " at " + addr(self) + ">"), nil
	})
}

func makeThreadModule(th *Thread) (*Module, error) {
	threadOnce.Do(func() {
		initThreadTypes()
		attachArgSpecs([]*Type{ThreadLockType, ThreadRLockType})
	})
	newLock := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Obj(&ThreadLock{}), nil
	}
	start := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(NotImplementedErrorType, "pyjit runs one thread: starting a thread is not supported yet")
	}
	exit := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, NewException(SystemExitType)
	}
	ident := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return Int(threadIdent()), nil }
	stackSize := int64(0)
	m := newNativeModule("_thread", map[string]BuiltinFunc{
		"allocate_lock": newLock, "allocate": newLock, "_set_sentinel": newLock,
		"start_new_thread": start, "start_new": start,
		"exit": exit, "exit_thread": exit,
		"get_ident": ident, "get_native_id": ident,
		"_count": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return Int(0), nil },
		"interrupt_main": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var sv Value
			if err := unpackArgs("interrupt_main", args, kw, 0, []string{"signum"}, &sv); err != nil {
				return Null, err
			}
			sig := int64(2)
			if sv.o != nil {
				var err error
				if sig, err = th.cIntArg(sv); err != nil {
					return Null, err
				}
			}
			if sig < 1 || sig >= nsig {
				return Null, Errorf(ValueErrorType, "signal number out of range")
			}
			th.interp.DeliverSignal(int(sig))
			return None, nil
		},
		"stack_size": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var sv Value
			if err := unpackArgs("stack_size", args, kw, 0, []string{"size"}, &sv); err != nil {
				return Null, err
			}
			old := stackSize
			if sv.o != nil {
				n, err := th.indexArg(sv, "")
				if err != nil {
					return Null, err
				}
				if n != 0 && n < 32768 {
					return Null, Errorf(ValueErrorType, "size not valid: %d bytes", n)
				}
				stackSize = n
			}
			return Int(old), nil
		},
	})
	m.Dict.SetStr("LockType", Obj(ThreadLockType))
	m.Dict.SetStr("RLock", Obj(ThreadRLockType))
	m.Dict.SetStr("error", Obj(RuntimeErrorType))
	m.Dict.SetStr("TIMEOUT_MAX", Float(threadTimeoutMax))
	return m, nil
}
