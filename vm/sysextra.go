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
			return th.Call(args[0], t.items, nil)
		},
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
