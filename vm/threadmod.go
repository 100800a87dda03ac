package vm

// The _thread module: Python threads, locks, reentrant locks and thread
// identity. Each thread start_new_thread starts is a goroutine with its
// own Thread (frame chain, value stack, exception state); the threads
// take turns under the interpreter's GIL (gil.go), so that one at a time
// runs Python code. Its get_native_id is the id of the operating-system
// thread it runs on, locked for its life; its get_ident a number above
// any process id. The main thread's are both the process id. A lock is a channel holding one token while
// locked, so that any thread may release it, as CPython allows; a
// blocking acquire releases the GIL while it waits, and wakes for the
// thread's interrupts (signals on the main thread, a host's limits) to
// handle them at a safe point. Signals reach the main thread only. When a
// thread ends, the lock _set_sentinel gave it is released (threading's
// join waits for it) and its thread-local values are dropped.

import (
	"math"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// ThreadLock is a _thread.lock: its channel holds a token while locked.
//
// A release leaves the lock free until a waiter runs and takes it, as
// CPython's semaphore does: the waiters are told through freed, not
// handed the token, which a blocked send on token would do at the moment
// of the release (threading's shutdown releases the main thread's lock
// and asserts that it is unlocked while a join waits on it).
type ThreadLock struct {
	token   chan struct{}
	freed   chan struct{} // a release's wake-up for one waiter
	waiters atomic.Int32
}

// ThreadRLock is a _thread.RLock: a lock with an owner and a count.
type ThreadRLock struct {
	lock  *ThreadLock
	owner int64 // thread id of the owner, 0 when unlocked
	count int64
}

func newThreadLock() *ThreadLock {
	return &ThreadLock{token: make(chan struct{}, 1), freed: make(chan struct{}, 1)}
}

func newThreadRLock() *ThreadRLock { return &ThreadRLock{lock: newThreadLock()} }

// tryAcquire takes the lock if it is free.
func (l *ThreadLock) tryAcquire() bool {
	select {
	case l.token <- struct{}{}:
		return true
	default:
		return false
	}
}

// release frees the lock and wakes a waiter; false if it was not locked.
func (l *ThreadLock) release() bool {
	select {
	case <-l.token:
	default:
		return false
	}
	if l.waiters.Load() > 0 {
		select {
		case l.freed <- struct{}{}:
		default: // a wake-up is already pending
		}
	}
	return true
}

// locked reports whether the lock is held.
func (l *ThreadLock) locked() bool { return len(l.token) > 0 }

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

// processID is the process's id, read once: pyjit has no os.fork (a Go
// process cannot fork without exec), so it never changes, and
// threading.get_ident() and os.getpid() are called often enough (logging
// calls both for every record) that a system call each time shows.
var processID = os.Getpid()

// ident is the thread's get_ident(): the process id for the main thread,
// a number above any process id for the others.
func (th *Thread) ident() int64 {
	if th.id == 0 {
		return int64(processID)
	}
	return th.id
}

// nativeIdent is the thread's get_native_id(): the id of the
// operating-system thread it runs on, the process id for the main thread.
func (th *Thread) nativeIdent() int64 {
	if th.nativeID == 0 {
		return int64(processID)
	}
	return th.nativeID
}

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

// acquireLock takes l, waiting up to wait seconds (negative: forever)
// with the GIL released. While it waits, the thread's interrupts (a
// signal's handler, Ctrl-C, a host's limit) are handled as at a safe
// point, and end the wait if they raise.
func (th *Thread) acquireLock(l *ThreadLock, wait float64) (bool, error) {
	if l.tryAcquire() {
		return true, nil
	}
	if wait == 0 {
		return false, nil
	}
	var timeout <-chan time.Time
	if wait > 0 {
		t := time.NewTimer(time.Duration(wait * float64(time.Second)))
		defer t.Stop()
		timeout = t.C
	}
	// Counted as a waiter before trying again, so that a release between
	// the try and the wait leaves a wake-up.
	l.waiters.Add(1)
	defer l.waiters.Add(-1)
	for {
		if l.tryAcquire() {
			return true, nil
		}
		expired, woken := false, false
		th.released(func() {
			select {
			case <-l.freed:
			case <-timeout:
				expired = true
			case <-th.wake:
				woken = true
			}
		})
		if expired {
			// The lock may have been freed as the time ran out.
			return l.tryAcquire(), nil
		}
		if woken {
			if err := th.SafePoint(1); err != nil {
				return false, err
			}
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
		builtinWeakrefs[t] = true
		t.Dict.SetStr("__module__", String("_thread"))
	}
	lt.final = true
	lock := func(v Value) *ThreadLock { l, _ := v.o.(*ThreadLock); return l }
	acquire := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		_, wait, err := th.lockArgs(args, kw)
		if err != nil {
			return Null, err
		}
		ok, err := th.acquireLock(lock(self), wait)
		return Bool(ok), err
	}
	release := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if !lock(self).release() {
			return Null, Errorf(RuntimeErrorType, "release unlocked lock")
		}
		return None, nil
	}
	locked := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Bool(lock(self).locked()), nil
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
			lock(self).release()
			return None, nil
		})} {
		method(lt, name, fn)
	}
	method(lt, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		state := "unlocked"
		if lock(self).locked() {
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
			return newSubclassInstance(cls, Obj(newThreadRLock())), nil
		}
		return Obj(newThreadRLock()), nil
	}}))
	racquire := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		_, wait, err := th.lockArgs(args, kw)
		if err != nil {
			return Null, err
		}
		r, me := rlock(self), th.ident()
		if r.owner == me && r.count > 0 {
			if r.count == math.MaxInt64 {
				return Null, Errorf(OverflowErrorType, "Internal lock count overflowed")
			}
			r.count++
			return True, nil
		}
		ok, err := th.acquireLock(r.lock, wait)
		if ok {
			r.owner, r.count = me, 1
		}
		return Bool(ok), err
	}
	rrelease := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		if r.count == 0 || r.owner != th.ident() {
			return Null, Errorf(RuntimeErrorType, "cannot release un-acquired lock")
		}
		if r.count--; r.count == 0 {
			r.owner = 0
			r.lock.release()
		}
		return None, nil
	}
	method(rt, "acquire", racquire)
	method(rt, "__enter__", racquire)
	method(rt, "release", rrelease)
	method(rt, "__exit__", rrelease)
	method(rt, "_is_owned", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		return Bool(r.count > 0 && r.owner == th.ident()), nil
	})
	method(rt, "_recursion_count", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		if r.owner != th.ident() {
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
		r.lock.release()
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
		if _, err := th.acquireLock(r.lock, -1); err != nil {
			return Null, err
		}
		r.count, r.owner = t.items[0].UncheckedInt(), t.items[1].UncheckedInt()
		return None, nil
	})
	method(rt, "_at_fork_reinit", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := rlock(self)
		r.count, r.owner, r.lock = 0, 0, newThreadLock()
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
		initThreadLocalType()
		attachArgSpecs([]*Type{ThreadLockType, ThreadRLockType, ThreadLocalType})
	})
	newLock := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) > 0 || len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "allocate_lock() takes no arguments (%d given)", len(args)+len(kw))
		}
		return Obj(newThreadLock()), nil
	}
	sentinel := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		l := newThreadLock()
		th.sentinel = l
		return Obj(l), nil
	}
	exit := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, NewException(SystemExitType)
	}
	ident := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return Int(th.ident()), nil }
	stackSize := int64(0)
	m := newNativeModule("_thread", map[string]BuiltinFunc{
		"allocate_lock": newLock, "allocate": newLock, "_set_sentinel": sentinel,
		"start_new_thread": startNewThread, "start_new": startNewThread,
		"exit": exit, "exit_thread": exit,
		"get_ident":     ident,
		"get_native_id": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return Int(th.nativeIdent()), nil },
		"_count": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Int(int64(th.interp.threads.n.Load())), nil
		},
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
			th.interp.tripSignal(int(sig))
			// As after any call in CPython's main thread, the handler
			// runs at once (runSignalHandlers does nothing elsewhere).
			return None, th.runSignalHandlers()
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
	hookArgs, hook := makeExceptHook()
	m.Dict.SetStr("_ExceptHookArgs", Obj(hookArgs))
	m.Dict.SetStr("_excepthook", Obj(&Builtin{Name: "_excepthook", Fn: hook, mod: "_thread"}))
	m.Dict.SetStr("LockType", Obj(ThreadLockType))
	m.Dict.SetStr("RLock", Obj(ThreadRLockType))
	m.Dict.SetStr("_local", Obj(ThreadLocalType))
	m.Dict.SetStr("error", Obj(RuntimeErrorType))
	m.Dict.SetStr("TIMEOUT_MAX", Float(threadTimeoutMax))
	return m, nil
}
