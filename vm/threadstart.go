package vm

// Starting and ending Python threads (_thread.start_new_thread).

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// startNewThread is _thread.start_new_thread(function, args[, kwargs]).
func startNewThread(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "start_new_thread() takes no keyword arguments")
	}
	if len(args) < 2 || len(args) > 3 {
		return Null, Errorf(TypeErrorType, "start_new_thread expected at least 2 arguments, got %d", len(args))
	}
	fn := args[0]
	if !th.callable(fn) {
		return Null, Errorf(TypeErrorType, "first arg must be callable")
	}
	t, ok := unwrap(args[1]).o.(*Tuple)
	if !ok {
		return Null, Errorf(TypeErrorType, "2nd arg must be a tuple")
	}
	var kwargs *Dict
	if len(args) == 3 {
		if kwargs, ok = unwrap(args[2]).o.(*Dict); !ok {
			return Null, Errorf(TypeErrorType, "optional 3rd arg must be a dictionary")
		}
	}
	if th.interp.finalizing {
		return Null, Errorf(RuntimeErrorType, "can't create new thread at interpreter shutdown")
	}
	return Int(th.startThread(fn, t.items, kwargs)), nil
}

// newThread makes the state of a thread about to start.
func (in *Interpreter) newThread() *Thread {
	return &Thread{interp: in, stack: make([]Value, firstStackChunk), excInfo: None, wake: make(chan struct{}, 1),
		spec: in.spec, stats: in.stats}
}

// startThread starts a thread that calls fn(*args, **kwargs) and returns
// its id. The new thread shares the host's limits of the running script.
func (th *Thread) startThread(fn Value, args []Value, kwargs *Dict) int64 {
	in := th.interp
	th.enableThreads()
	t := in.newThread()
	t.id = nextThreadID.Add(1)
	t.interrupt.Store(th.interrupt.Load() & (interruptSteps | interruptCancel))
	in.threads.add(t)
	started := make(chan struct{})
	go t.runThread(fn, args, kwargs, started)
	<-started
	return t.id
}

// nextThreadID numbers the threads started, from above any process id
// (the main thread's id), so that no two threads of a process share an id.
var nextThreadID atomic.Int64

func init() { nextThreadID.Store(1 << 22) }

// runThread is the goroutine of a thread: it runs on an operating-system
// thread of its own (whose id is its get_native_id()), takes the GIL,
// calls fn and ends the thread's state.
func (t *Thread) runThread(fn Value, args []Value, kwargs *Dict, started chan<- struct{}) {
	runtime.LockOSThread() // never unlocked: the OS thread ends with the goroutine
	t.nativeID = int64(unix.Gettid())
	close(started)
	in := t.interp
	in.gil.acquire(t)
	err := t.guard(func() error {
		_, err := t.CallKw(fn, slices.Clone(args), kwargs)
		return err
	})
	if exc, ok := err.(*Exception); ok && !exc.typ.IsSubtype(SystemExitType) {
		t.writeUnraisableMsg(exc, "Exception ignored in thread started by", fn)
	}
	if limit, ok := err.(*LimitError); ok && limit != t.stop {
		// A limit stops the whole script, whichever thread reached it.
		// A thread stopped because another one (or the main thread's
		// run) reached a limit ends quietly: the run is over, and the
		// interpreter may already be running the host's next script.
		in.stopThreads(limit)
	}
	t.end()
	in.gil.release()
}

// shutdownThreads calls threading._shutdown if threading was imported,
// as CPython's exit does before the atexit functions: it waits for the
// threads that are not daemons to end. Daemon threads stay where they
// wait for the GIL, which the main thread keeps.
func (th *Thread) shutdownThreads() error {
	m, ok := th.interp.modules.GetStr("threading")
	if !ok {
		return nil
	}
	if _, err := th.CallMethod(m, "_shutdown"); err != nil {
		if _, ok := err.(*Exception); !ok {
			return err
		}
		th.writeUnraisableMsg(err, "", m)
	}
	return nil
}

// guard runs f, turning a panic (a bug in pyjit) into a SystemError.
func (t *Thread) guard(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = Errorf(SystemErrorType, "pyjit internal error: %v", r)
			if w := t.interp.panicTrace; w != nil {
				fmt.Fprintf(w, "pyjit internal error: %v\n%s", r, debug.Stack())
			}
			t.frame, t.depth, t.goDepth, t.builtinDunder = nil, 0, 0, dunderCall{}
		}
	}()
	return f()
}

// end deletes the state of a thread whose function returned: the thread
// no longer counts, its thread-local values go and the lock
// _set_sentinel gave it is released.
func (t *Thread) end() {
	t.interp.threads.remove(t)
	t.dropThreadLocals()
	if t.sentinel != nil {
		t.sentinel.release()
		t.sentinel = nil
	}
}

// exceptHookFields are the fields of _thread._ExceptHookArgs.
var exceptHookFields = []string{"exc_type", "exc_value", "exc_traceback", "thread"}

// makeExceptHook returns _thread._ExceptHookArgs and _thread._excepthook,
// which writes an exception a thread did not catch as CPython's does:
// "Exception in thread NAME:" and the traceback, on sys.stderr (or the
// thread's _stderr when sys.stderr is None). SystemExit is ignored.
func makeExceptHook() (*Type, BuiltinFunc) {
	argsType := NewStructSeqType("_thread", "_ExceptHookArgs", exceptHookFields, len(exceptHookFields))
	hook := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "_excepthook() takes exactly one argument (%d given)", len(args)+len(kw))
		}
		if args[0].Type() != argsType {
			return Null, Errorf(TypeErrorType, "_thread.excepthook argument type must be ExceptHookArgs")
		}
		items := tupleSelf(args[0]).items
		if t, ok := items[0].o.(*Type); ok && t.IsSubtype(SystemExitType) {
			return None, nil
		}
		thread := items[3]
		file := th.interp.sysAttr("stderr")
		if file.o == nil || file.IsNone() {
			if thread.IsNone() {
				return None, nil
			}
			var err error
			if file, err = th.GetAttr(thread, intern("_stderr")); err != nil {
				return Null, err
			}
			if file.IsNone() {
				return None, nil
			}
		}
		head, err := th.exceptHookHead(thread)
		if err != nil {
			return Null, err
		}
		th.interp.stdout.Flush()
		text := head
		if exc, ok := items[1].o.(*Exception); ok {
			text += th.FormatException(exc)
		}
		if err := th.writeTo(file, text); err != nil {
			return Null, err
		}
		if flush, err := th.GetAttr(file, intern("flush")); err == nil {
			_, err = th.Call(flush, nil, nil)
			return None, err
		}
		return None, nil
	}
	return argsType, hook
}

// exceptHookHead is the first line _excepthook writes: the thread's name,
// or the running thread's id when there is no thread object.
func (th *Thread) exceptHookHead(thread Value) (string, error) {
	if thread.IsNone() {
		return "Exception in thread " + strconv.FormatInt(th.ident(), 10) + ":\n", nil
	}
	name, err := th.GetAttr(thread, intern("name"))
	if err != nil {
		return "", err
	}
	s, err := th.Str(name)
	if err != nil {
		return "", err
	}
	return "Exception in thread " + s + ":\n", nil
}
