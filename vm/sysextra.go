package vm

// The smaller parts of module sys that programs and CPython's tests look
// for: breakpointhook, maxunicode, _git, dlopen flags and the like.

import (
	"os"
	"strings"
)

// addSysExtras adds them to the dict d of module sys.
func (in *Interpreter) addSysExtras(d *Dict) {
	d.SetStr("maxunicode", Int(0x10FFFF))
	d.SetStr("_git", TupleOf(String("pyjit"), String(""), String("")))
	d.SetStr("_framework", String(""))
	d.SetStr("float_repr_style", String("short"))
	d.SetStr("api_version", Int(1013))
	d.SetStr("_base_executable", String(in.executable))
	d.SetStr("stdlib_module_names", Obj(stdlibModuleNamesSet()))
	d.SetStr("thread_info", makeStructSeq("thread_info", []string{"name", "lock", "version"},
		[]Value{String("pthread"), String("semaphore"), None}))
	dlopenFlags := Int(2) // RTLD_NOW
	fns := map[string]BuiltinFunc{
		"breakpointhook": sysBreakpointHook,
		"call_tracing": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return Null, argCountError("call_tracing", 2, 2, len(args))
			}
			t, ok := args[1].o.(*Tuple)
			if !ok {
				return Null, Errorf(TypeErrorType, "call_tracing() argument 2 must be tuple, not %s", args[1].Type().Name)
			}
			// Called from a trace function (a debugger's `debug` command),
			// the call is traced again, by whatever it installs.
			saved := th.inHook
			th.inHook = false
			defer func() { th.inHook = saved }()
			return th.Call(args[0], t.items, nil)
		},
		"_current_frames":     sysCurrentFrames,
		"_current_exceptions": sysCurrentExceptions,
		"_clear_type_cache": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return None, nil
		},
		"getdlopenflags": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return dlopenFlags, nil
		},
		"setdlopenflags": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return Null, argCountError("setdlopenflags", 1, 1, len(args))
			}
			if _, err := th.cIntArg(args[0]); err != nil {
				return Null, err
			}
			dlopenFlags = args[0]
			return None, nil
		},
	}
	for name, fn := range fns {
		d.SetStr(name, Obj(&Builtin{Name: name, Fn: fn, mod: "sys", spec: moduleArgSpec("sys", name)}))
	}
	hook, _ := d.GetStr("breakpointhook")
	d.SetStr("__breakpointhook__", hook)
}

// sysBreakpointHook is sys.breakpointhook: it calls the function that
// $PYTHONBREAKPOINT names (pdb.set_trace when it is empty; "0" disables
// breakpoints) with the arguments of breakpoint().
func sysBreakpointHook(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	name := ""
	if !th.interp.flags.IgnoreEnvironment {
		name = os.Getenv("PYTHONBREAKPOINT")
	}
	switch name {
	case "0":
		return None, nil
	case "":
		name = "pdb.set_trace"
	}
	modName, attr := "builtins", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		modName, attr = name[:i], name[i+1:]
	}
	hook, err := th.importAttr(modName, attr)
	if err != nil {
		e, ok := err.(*Exception)
		if !ok || !e.typ.IsSubtype(ImportErrorType) && !e.typ.IsSubtype(AttributeErrorType) {
			return Null, err
		}
		return None, th.warn(RuntimeWarningType, `Ignoring unimportable $PYTHONBREAKPOINT: "`+name+`"`)
	}
	return th.Call(hook, args, kw)
}

// importAttr imports module name and returns its attribute attr.
func (th *Thread) importAttr(name, attr string) (Value, error) {
	m, err := th.importModule(name)
	if err != nil {
		return Null, err
	}
	return th.GetAttr(m, intern(attr))
}

// builtinBreakpoint is breakpoint(): it calls sys.breakpointhook.
func builtinBreakpoint(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if m, ok := th.interp.modules.GetStr("sys"); ok {
		if sys, ok := m.o.(*Module); ok {
			if hook, ok := sys.Dict.GetStr("breakpointhook"); ok {
				return th.Call(hook, args, kw)
			}
		}
	}
	return Null, Errorf(RuntimeErrorType, "lost sys.breakpointhook")
}

// liveThreads returns the interpreter's main thread and the threads it
// started that have not ended. The others wait for the GIL, or run
// outside it without touching Python objects, while the caller holds it.
func (in *Interpreter) liveThreads() []*Thread {
	all := []*Thread{in.main}
	s := &in.threads
	s.mu.Lock()
	for t := range s.all {
		all = append(all, t)
	}
	s.mu.Unlock()
	return all
}

// sysCurrentFrames is sys._current_frames(): each thread's id mapped to
// its innermost frame.
func sysCurrentFrames(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) > 0 || len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "sys._current_frames() takes no arguments (%d given)", len(args)+len(kw))
	}
	d := NewDict()
	for _, t := range th.interp.liveThreads() {
		if t.frame == nil {
			continue
		}
		if err := d.Set(th, Int(t.ident()), Obj(t.frame.object())); err != nil {
			return Null, err
		}
	}
	return Obj(d), nil
}

// sysCurrentExceptions is sys._current_exceptions(): each thread's id
// mapped to the exc_info() of the exception it handles.
func sysCurrentExceptions(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) > 0 || len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "sys._current_exceptions() takes no arguments (%d given)", len(args)+len(kw))
	}
	d := NewDict()
	for _, t := range th.interp.liveThreads() {
		if t.frame == nil {
			continue
		}
		info := TupleOf(None, None, None)
		if e := t.handledException(); e != nil {
			var tb Value = None
			if e.tb != nil {
				tb = Obj(e.tb)
			}
			info = TupleOf(Obj(e.typ), Obj(e), tb)
		}
		if err := d.Set(th, Int(t.ident()), info); err != nil {
			return Null, err
		}
	}
	return Obj(d), nil
}
