package vm

import (
	"math"
	"runtime"
	"runtime/metrics"
)

// The gc and atexit modules.
//
// gc controls CPython's cycle collector; pyjit's memory is Go's, which
// collects every unreachable object, cycles included, whatever gc says.
// gc.collect() runs a full Go collection and the finalizers (__del__,
// generator close) it makes due (see finalize.go), and returns the number
// of heap blocks the collection freed: what was unreachable, cycles or not
// (CPython's reference counts free acyclic garbage before it runs, so its
// count is of cycles alone; a Python object may take more than one block,
// small strings and numbers share one). gc.collect itself leaves no
// garbage, so that a collection after one with nothing made in between
// finds none, as in CPython; enable, disable and the
// thresholds are recorded and reported but steer nothing; get_count is
// (0, 0, 0) since there are no generations; the functions that list the
// objects of the heap (get_objects, get_referrers, get_referents) raise
// NotImplementedError.

// gcState is the interpreter's record of what the gc module was told.
type gcState struct {
	disabled   bool
	debug      int64
	threshold  [3]int64
	collects   int64 // collections run by gc.collect()
	finalized  int64 // objects they finalized
	garbage    *List
	callbacks  *List
	collecting bool
	frees      []metrics.Sample // what heapFrees reads
}

func makeGCModule(th *Thread) (*Module, error) {
	st := &th.interp.gc
	st.threshold = [3]int64{700, 10, 10}
	st.garbage = NewList(nil)
	st.callbacks = NewList(nil)
	notImplemented := func(name string) BuiltinFunc {
		return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Null, Errorf(NotImplementedErrorType, "pyjit does not support gc.%s(): its heap is Go's", name)
		}
	}
	m := newNativeModule("gc", map[string]BuiltinFunc{
		"enable": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			st.disabled = false
			return None, nil
		},
		"disable": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			st.disabled = true
			return None, nil
		},
		"isenabled": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Bool(!st.disabled), nil
		},
		"collect":   gcCollect,
		"get_debug": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return Int(st.debug), nil },
		"set_debug": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			n, err := th.cIntArg(args[0])
			if err != nil {
				return Null, err
			}
			st.debug = n
			return None, nil
		},
		"get_threshold": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Obj(NewTuple([]Value{Int(st.threshold[0]), Int(st.threshold[1]), Int(st.threshold[2])})), nil
		},
		"set_threshold": gcSetThreshold,
		"get_count": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Obj(NewTuple([]Value{Int(0), Int(0), Int(0)})), nil
		},
		"get_stats": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var gens []Value
			for g := range 3 {
				d := NewDict()
				var n, c int64
				if g == 2 {
					n, c = st.collects, st.finalized
				}
				d.SetStr("collections", Int(n))
				d.SetStr("collected", Int(c))
				d.SetStr("uncollectable", Int(0))
				gens = append(gens, Obj(d))
			}
			return Obj(NewList(gens)), nil
		},
		"is_tracked": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Bool(gcIsTracked(args[0])), nil
		},
		"freeze":           func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return None, nil },
		"unfreeze":         func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return None, nil },
		"get_freeze_count": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return Int(0), nil },
		"get_objects":      notImplemented("get_objects"),
		"get_referrers":    notImplemented("get_referrers"),
		"get_referents":    notImplemented("get_referents"),
	})
	m.Dict.SetStr("garbage", Obj(st.garbage))
	m.Dict.SetStr("callbacks", Obj(st.callbacks))
	for name, v := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4,
		"DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
		m.Dict.SetStr(name, Int(v))
	}
	return m, nil
}

// gcCollect implements gc.collect(generation=2): a full collection, then
// the finalizers it made due, between calls of gc.callbacks.
func gcCollect(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	gen := int64(2)
	if len(args) > 0 {
		n, err := th.cIntArg(args[0])
		if err != nil {
			return Null, err
		}
		gen = n
	}
	if gen < 0 || gen > 2 {
		return Null, Errorf(ValueErrorType, "invalid generation")
	}
	st := &th.interp.gc
	if st.collecting {
		// CPython returns 0 when a collection is already running.
		return Int(0), nil
	}
	st.collecting = true
	defer func() { st.collecting = false }()
	if err := th.gcCallbacks("start", gen, 0); err != nil {
		return Null, err
	}
	// Go's collector frees one link of a chain of objects with finalizers
	// per cycle (CPython's reference counts free the whole chain at once):
	// allow for chains a few dozen deep.
	freed := st.heapFrees()
	n, err := th.collect(64)
	if err == nil {
		// What Go's finalizer goroutine allocated running the
		// finalizers is garbage now: a collection that follows finds
		// none of its own making (`while gc.collect(): pass` ends).
		runtime.GC()
	}
	freed = st.heapFrees() - freed
	st.collects++
	st.finalized += int64(n)
	if err != nil {
		return Null, err
	}
	collected := max(int64(n), int64(min(freed, math.MaxInt64)))
	if err := th.gcCallbacks("stop", gen, collected); err != nil {
		return Null, err
	}
	return Int(collected), nil
}

// heapFrees returns how many heap blocks Go's collector has freed so far.
// It reads into the state's sample, made once: a read that allocated
// would leave garbage for the next gc.collect() to count.
func (st *gcState) heapFrees() uint64 {
	if st.frees == nil {
		st.frees = []metrics.Sample{{Name: "/gc/heap/frees:objects"}}
	}
	metrics.Read(st.frees)
	if st.frees[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return st.frees[0].Value.Uint64()
}

// gcCallbacks calls each of gc.callbacks with phase and CPython's info
// dict; an exception a callback raises is reported as unraisable.
func (th *Thread) gcCallbacks(phase string, gen, collected int64) error {
	cbs := th.interp.gc.callbacks.items
	if len(cbs) == 0 {
		return nil
	}
	info := NewDict()
	info.SetStr("generation", Int(gen))
	info.SetStr("collected", Int(collected))
	info.SetStr("uncollectable", Int(0))
	for _, cb := range append([]Value(nil), cbs...) {
		if _, err := th.Call(cb, []Value{String(phase), Obj(info)}, nil); err != nil {
			if _, ok := err.(*Exception); !ok {
				return err
			}
			th.writeUnraisableMsg(err, "Exception ignored in garbage collection callback", cb)
		}
	}
	return nil
}

// gcSetThreshold implements gc.set_threshold(threshold0[, threshold1[,
// threshold2]]).
func gcSetThreshold(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "set_threshold() takes no keyword arguments")
	}
	if len(args) < 1 {
		return Null, Errorf(TypeErrorType, "set_threshold() takes at least 1 argument (0 given)")
	}
	if len(args) > 3 {
		return Null, Errorf(TypeErrorType, "set_threshold() takes at most 3 arguments (%d given)", len(args))
	}
	st := &th.interp.gc
	for i, a := range args {
		n, err := th.cIntArg(a)
		if err != nil {
			return Null, err
		}
		st.threshold[i] = n
	}
	return None, nil
}

// gcIsTracked answers gc.is_tracked: CPython tracks the objects of
// container types, except dicts that hold only untracked keys and values.
func gcIsTracked(v Value) bool {
	if d, ok := v.o.(*Dict); ok && v.Type() == DictType {
		tracked := false
		d.Items(func(k, v Value) bool {
			tracked = gcIsTracked(k) || gcIsTracked(v)
			return !tracked
		})
		return tracked
	}
	return gcTracked(v)
}

// atexitEntry is a function registered with atexit.register.
type atexitEntry struct {
	fn      Value
	args    []Value
	kwnames []string
}

func makeAtexitModule(th *Thread) (*Module, error) {
	in := th.interp
	m := newNativeModule("atexit", map[string]BuiltinFunc{
		"register": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args)-len(kw) < 1 {
				return Null, Errorf(TypeErrorType, "register() takes at least 1 argument (0 given)")
			}
			fn := args[0]
			if !th.callable(fn) {
				return Null, Errorf(TypeErrorType, "the first argument must be callable")
			}
			in.atexit = append(in.atexit, atexitEntry{fn: fn, args: append([]Value(nil), args[1:]...), kwnames: append([]string(nil), kw...)})
			return fn, nil
		},
		"unregister": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			kept := in.atexit[:0]
			for _, e := range in.atexit {
				eq, err := th.Equal(e.fn, args[0])
				if err != nil {
					return Null, err
				}
				if !eq {
					kept = append(kept, e)
				}
			}
			clear(in.atexit[len(kept):])
			in.atexit = kept
			return None, nil
		},
		"_run_exitfuncs": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return None, th.runAtexit()
		},
		"_clear": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			in.atexit = nil
			return None, nil
		},
		"_ncallbacks": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Int(int64(len(in.atexit))), nil
		},
	})
	return m, nil
}

// runAtexit calls the registered functions, newest first, and forgets
// them; an exception a function raises is reported as unraisable.
func (th *Thread) runAtexit() error {
	in := th.interp
	for len(in.atexit) > 0 {
		e := in.atexit[len(in.atexit)-1]
		in.atexit = in.atexit[:len(in.atexit)-1]
		if _, err := th.Call(e.fn, e.args, e.kwnames); err != nil {
			if _, ok := err.(*Exception); !ok {
				return err
			}
			th.writeUnraisableMsg(err, "Exception ignored in atexit callback", e.fn)
		}
	}
	return nil
}
