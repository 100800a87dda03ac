package vm

// The warnings machinery (CPython's Python/_warnings.c): the filters, the
// registries that show a warning once, and the display of a warning. The
// _warnings module (warningsmod.go) exposes it to Python, and CPython's
// warnings.py runs on it; the runtime's own warnings (Thread.warn) and the
// compiler's go through the same filters without importing warnings.py.

import (
	"context"
	"io"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/vm/syntax"
)

// warnState is the state of the warnings machinery, made on first use:
// the objects _warnings exposes as filters, _onceregistry and
// _defaultaction. While the warnings module is loaded, its attributes of
// those names replace them.
type warnState struct {
	filters       Value // a list of (action, message, category, module, lineno)
	onceRegistry  Value // a dict
	defaultAction Value // a str
	version       int64 // bumped by _filters_mutated: registries older than it are cleared
}

// warnings returns the interpreter's warnings state.
func (in *Interpreter) warnings() *warnState {
	if in.warn == nil {
		filter := func(action string, cat *Type, module Value) Value {
			return Obj(NewTuple([]Value{String(action), None, Obj(cat), module, Int(0)}))
		}
		// The default filters of a release build of CPython.
		filters := []Value{
			filter("default", DeprecationWarningType, String("__main__")),
			filter("ignore", DeprecationWarningType, None),
			filter("ignore", PendingDeprecationWarningType, None),
			filter("ignore", ImportWarningType, None),
			filter("ignore", ResourceWarningType, None),
		}
		in.warn = &warnState{
			filters:       Obj(NewList(filters)),
			onceRegistry:  Obj(NewDict()),
			defaultAction: String("default"),
			version:       1,
		}
	}
	return in.warn
}

// warningsAttr is attribute name of the warnings module, or Null when
// the module is not loaded or lacks it (CPython's get_warnings_attr).
// With load, the module is imported first.
func (th *Thread) warningsAttr(name string, load bool) (Value, error) {
	var m Value
	if load {
		var err error
		if m, err = th.importModule("warnings"); err != nil {
			return Null, err
		}
	} else {
		var ok bool
		if m, ok = th.interp.modules.GetStr("warnings"); !ok || m.IsNone() {
			return Null, nil
		}
	}
	v, _, err := th.getAttrOpt(m, intern(name))
	return v, err
}

// warn issues a warning on behalf of the running Python code, as CPython's
// PyErr_WarnEx with stacklevel 1: the location is the innermost Python
// frame. It returns the warning as an exception when the filters turn it
// into an error.
func (th *Thread) warn(category *Type, msg string) error {
	return th.warnAt(String(msg), Obj(category), 1, Null)
}

// warnAt is warnings.warn: it issues message (a str, or a Warning
// instance) from the frame stacklevel levels up (CPython's do_warn).
func (th *Thread) warnAt(message, category Value, stacklevel int, source Value) error {
	filename, lineno, module, registry := th.warnContext(stacklevel)
	return th.warnExplicit(category, message, filename, lineno, module, registry, Null, source)
}

// warnContext finds the location of a warning issued stacklevel frames up
// (CPython's setup_context): the file name, line, module name and the
// module's __warningregistry__ (created if missing). Beyond the outermost
// frame the location is sys, line 1. Levels above the first skip
// importlib's bootstrap frames, as CPython does.
func (th *Thread) warnContext(stacklevel int) (filename string, lineno int, module, registry Value) {
	f := th.frame
	if stacklevel <= 0 || isInternalFrame(f) {
		for ; stacklevel > 1 && f != nil; stacklevel-- {
			f = f.back
		}
	} else {
		for ; stacklevel > 1 && f != nil; stacklevel-- {
			f = f.back
			for f != nil && isInternalFrame(f) {
				f = f.back
			}
		}
	}
	var globals *Dict
	if f == nil || f.code == nil {
		globals, filename, lineno = th.interp.sysDict(), "sys", 1
	} else {
		globals, filename, lineno = f.globals, f.code.Filename, f.Line()
	}
	if r, ok := globals.GetStr("__warningregistry__"); ok {
		registry = r
	} else {
		registry = Obj(NewDict())
		globals.SetStr("__warningregistry__", registry)
	}
	module = String("<string>")
	if name, ok := globals.GetStr("__name__"); ok {
		if _, isStr := name.o.(*Str); isStr || name.IsNone() {
			module = name
		}
	}
	return filename, lineno, module, registry
}

// isInternalFrame reports whether f runs importlib's bootstrap, whose
// frames warnings skip.
func isInternalFrame(f *Frame) bool {
	if f == nil || f.code == nil {
		return false
	}
	name := f.code.Filename
	return strings.Contains(name, "importlib") && strings.Contains(name, "_bootstrap")
}

// sysDict is the sys module's namespace.
func (in *Interpreter) sysDict() *Dict {
	if m, ok := in.modules.GetStr("sys"); ok {
		if mm, ok := m.o.(*Module); ok {
			return mm.Dict
		}
	}
	return NewDict()
}

// warnExplicit is CPython's warn_explicit: it applies the filters to a
// warning at filename:lineno of module (Null: derived from filename) and
// shows it, records it in registry (a dict, or Null or None for none) or
// raises it. sourceLine
// is the line to show (Null: read from the file); source is the object
// the warning is about (ResourceWarning's), or Null.
func (th *Thread) warnExplicit(category, message Value, filename string, lineno int, module, registryArg, sourceLine, source Value) error {
	if module.IsNone() {
		// Late in shutdown: the filters may be gone.
		return nil
	}
	registry, ok := registryArg.o.(*Dict)
	if !ok && !registryArg.IsNull() && !registryArg.IsNone() {
		return Errorf(TypeErrorType, "'registry' must be a dict or None")
	}
	if module.IsNull() {
		module = String(warnModuleName(filename))
	}
	var text Value
	isWarning, err := th.isInstance(message, Obj(WarningType))
	if err != nil {
		return err
	}
	if isWarning {
		s, err := th.Str(message)
		if err != nil {
			return err
		}
		text, category = String(s), Obj(message.Type())
	} else {
		text = message
		if message, err = th.Call(category, []Value{message}, nil); err != nil {
			return err
		}
	}
	key := Obj(NewTuple([]Value{text, category, Int(int64(lineno))}))
	if registry != nil {
		warned, err := th.alreadyWarned(registry, key, false)
		if err != nil || warned {
			return err
		}
	}
	action, item, err := th.warnFilter(category, text, lineno, module)
	if err != nil {
		return err
	}
	switch action {
	case "error":
		t, ok := category.o.(*Type)
		if !ok || !t.IsSubtype(BaseExceptionType) {
			return Errorf(TypeErrorType, "exceptions must derive from BaseException")
		}
		exc, err := th.normalizeException(t, message)
		if err != nil {
			return err
		}
		return exc
	case "ignore":
		return nil
	}
	if action != "always" {
		if registry != nil {
			if err := registry.Set(th, key, True); err != nil {
				return err
			}
		}
		warned := false
		switch action {
		case "once":
			reg := registry
			if reg == nil {
				if reg, err = th.onceRegistry(); err != nil {
					return err
				}
			}
			warned, err = th.alreadyWarned(reg, Obj(NewTuple([]Value{text, category})), true)
		case "module":
			if registry != nil {
				warned, err = th.alreadyWarned(registry, Obj(NewTuple([]Value{text, category})), true)
			}
		case "default":
		default:
			a, rerr := th.Repr(String(action))
			if rerr != nil {
				return rerr
			}
			i, rerr := th.Repr(item)
			if rerr != nil {
				return rerr
			}
			return Errorf(RuntimeErrorType, "Unrecognized action (%s) in warnings.filters:\n %s", a, i)
		}
		if err != nil || warned {
			return err
		}
	}
	return th.showWarning(category, text, message, filename, lineno, sourceLine, source)
}

// warnModuleName is the module a warning from filename is attributed to
// when none is given: the file name without ".py" (CPython's
// normalize_module).
func warnModuleName(filename string) string {
	if filename == "" {
		return "<unknown>"
	}
	return strings.TrimSuffix(filename, ".py")
}

// alreadyWarned reports whether registry records key as shown. A registry
// made under other filters (its "version" entry is not the current one) is
// cleared first. With set, key is recorded.
func (th *Thread) alreadyWarned(registry *Dict, key Value, set bool) (bool, error) {
	st := th.interp.warnings()
	v, ok := registry.GetStr("version")
	if !ok || !v.IsSmallInt() || v.UncheckedInt() != st.version {
		registry.Clear()
		registry.SetStr("version", Int(st.version))
	} else {
		w, found, err := registry.Get(th, key)
		if err != nil {
			return false, err
		}
		if found {
			t, err := th.Truth(w)
			if err != nil || t {
				return t, err
			}
		}
	}
	if set {
		return false, registry.Set(th, key, True)
	}
	return false, nil
}

// onceRegistry is the registry of the action "once": warnings.onceregistry
// while the module is loaded, else _warnings._onceregistry.
func (th *Thread) onceRegistry() (*Dict, error) {
	st := th.interp.warnings()
	v, err := th.warningsAttr("onceregistry", false)
	if err != nil {
		return nil, err
	}
	if !v.IsNull() {
		if _, ok := v.o.(*Dict); !ok {
			return nil, Errorf(TypeErrorType, "warnings.onceregistry must be a dict, not '%s'", v.Type().Name)
		}
		st.onceRegistry = v
	}
	d, ok := st.onceRegistry.o.(*Dict)
	if !ok {
		return nil, Errorf(TypeErrorType, "warnings.onceregistry must be a dict, not '%s'", st.onceRegistry.Type().Name)
	}
	return d, nil
}

// warnFilter returns the action of the first filter matching a warning,
// and the filter (None for the default action).
func (th *Thread) warnFilter(category, text Value, lineno int, module Value) (string, Value, error) {
	st := th.interp.warnings()
	v, err := th.warningsAttr("filters", false)
	if err != nil {
		return "", Null, err
	}
	if !v.IsNull() {
		st.filters = v
	}
	filters, ok := st.filters.o.(*List)
	if !ok {
		return "", Null, Errorf(ValueErrorType, "_warnings.filters must be a list")
	}
	// The list can change while its filters' match methods run.
	for i := 0; i < len(filters.items); i++ {
		item := filters.items[i]
		t, ok := item.o.(*Tuple)
		if !ok || len(t.items) != 5 {
			return "", Null, Errorf(ValueErrorType, "_warnings.filters item %d isn't a 5-tuple", i)
		}
		action, ok := t.items[0].o.(*Str)
		if !ok {
			return "", Null, Errorf(TypeErrorType, "action must be a string, not '%s'", t.items[0].Type().Name)
		}
		match, err := th.warnMatches(t.items[1], text)
		if err != nil {
			return "", Null, err
		}
		if !match {
			continue
		}
		if match, err = th.warnMatches(t.items[3], module); err != nil {
			return "", Null, err
		}
		if !match {
			continue
		}
		if match, err = th.isSubclass(category, t.items[2]); err != nil {
			return "", Null, err
		}
		if !match {
			continue
		}
		ln, err := th.warnLineno(t.items[4])
		if err != nil {
			return "", Null, err
		}
		if ln == 0 || ln == int64(lineno) {
			return action.s, item, nil
		}
	}
	def, err := th.warningsAttr("defaultaction", false)
	if err != nil {
		return "", Null, err
	}
	if !def.IsNull() {
		if _, ok := def.o.(*Str); !ok {
			return "", Null, Errorf(TypeErrorType, "warnings.defaultaction must be a string, not '%s'", def.Type().Name)
		}
		st.defaultAction = def
	}
	action, ok := st.defaultAction.o.(*Str)
	if !ok {
		return "", Null, Errorf(TypeErrorType, "warnings.defaultaction must be a string, not '%s'", st.defaultAction.Type().Name)
	}
	return action.s, None, nil
}

// warnLineno reads a filter's line number, an int.
func (th *Thread) warnLineno(v Value) (int64, error) {
	if v.IsSmallInt() || v.IsBool() {
		return v.UncheckedInt(), nil
	}
	if _, ok := asBig(v); ok {
		// Beyond any line number.
		return -1, nil
	}
	return 0, Errorf(TypeErrorType, "an integer is required")
}

// warnMatches matches a filter's message or module part against arg:
// None matches everything, a str exactly, anything else through its
// match method (a compiled regular expression).
func (th *Thread) warnMatches(pattern, arg Value) (bool, error) {
	if pattern.IsNone() {
		return true, nil
	}
	if p, ok := pattern.o.(*Str); ok && pattern.Type() == StrType {
		a, ok := arg.o.(*Str)
		if !ok {
			return false, Errorf(TypeErrorType, "Can't compare %s and %s", pattern.Type().Name, arg.Type().Name)
		}
		return p.s == a.s, nil
	}
	r, err := th.CallMethod(pattern, "match", arg)
	if err != nil {
		return false, err
	}
	return th.Truth(r)
}

// showWarning shows a warning through warnings._showwarnmsg, or, while
// the warnings module is not loaded, writes it to sys.stderr itself.
// A warning about an object (source) loads the module, whose display
// can tell where the object was allocated.
func (th *Thread) showWarning(category, text, message Value, filename string, lineno int, sourceLine, source Value) error {
	show, err := th.warningsAttr("_showwarnmsg", !source.IsNull() && !source.IsNone())
	if err != nil {
		return err
	}
	if show.IsNull() {
		th.writeWarning(category, text, filename, lineno, sourceLine)
		return nil
	}
	if !th.callable(show) {
		return Errorf(TypeErrorType, "warnings._showwarnmsg() must be set to a callable")
	}
	cls, err := th.warningsAttr("WarningMessage", false)
	if err != nil {
		return err
	}
	if cls.IsNull() {
		return Errorf(RuntimeErrorType, "unable to get warnings.WarningMessage")
	}
	if source.IsNull() {
		source = None
	}
	msg, err := th.Call(cls, []Value{message, category, String(filename), Int(int64(lineno)), None, None, source}, nil)
	if err != nil {
		return err
	}
	_, err = th.Call(show, []Value{msg}, nil)
	return err
}

// writeWarning writes "filename:lineno: category: text" and the source
// line to sys.stderr (CPython's show_warning); errors are dropped.
func (th *Thread) writeWarning(category, text Value, filename string, lineno int, sourceLine Value) {
	name := "?"
	if n, err := th.GetAttr(category, intern("__name__")); err == nil {
		if name, err = th.Str(n); err != nil {
			return
		}
	}
	s, err := th.Str(text)
	if err != nil {
		return
	}
	out := filename + ":" + strconv.Itoa(lineno) + ": " + name + ": " + s + "\n"
	if !sourceLine.IsNull() {
		// CPython writes the line as given, without the indent.
		if line, err := th.Str(sourceLine); err == nil {
			out += line + "\n"
		}
	} else if line, ok := th.interp.sourceLine(filename, lineno); ok {
		if line = strings.TrimLeft(line, " \t\f"); line != "" {
			out += "  " + line + "\n"
		}
	}
	th.interp.stdout.Flush()
	_ = th.writeTo(th.interp.sysAttr("stderr"), out)
}

// ApplyWarnOptions imports the warnings module when sys.warnoptions is not
// empty, as python3 does at start-up: the module turns the options (-W,
// PYTHONWARNINGS, -X dev) into filters when it loads. Without options the
// default filters of _warnings apply and warnings.py is not loaded. A
// failed import is reported on stderr, as python3 reports it, and the
// program runs on.
func (in *Interpreter) ApplyWarnOptions(ctx context.Context) {
	if len(in.warnOptions) == 0 {
		return
	}
	err := in.Run(ctx, func(th *Thread) error {
		_, err := th.importModule("warnings")
		return err
	})
	if exc, ok := err.(*Exception); ok {
		in.Flush()
		io.WriteString(in.stderr, "'import warnings' failed; traceback:\n")
		in.runGuarded(func() error { in.main.PrintException(exc); return nil })
	}
}

// compileWarner is the compiler's warning callback for the source of file
// filename: it passes each warning to the warnings machinery, attributed
// to the module named after the file. A warning the filters make an error
// becomes the compiler's SyntaxError, as in CPython.
func (in *Interpreter) compileWarner(filename string) func(syntax.Warning) error {
	return func(w syntax.Warning) error {
		cat := SyntaxWarningType
		if w.Category == "DeprecationWarning" {
			cat = DeprecationWarningType
		}
		err := in.Run(context.Background(), func(th *Thread) error {
			return th.warnExplicit(Obj(cat), String(w.Msg), filename, int(w.Span.Start.Line), Null, Null, Null, Null)
		})
		if exc, ok := err.(*Exception); ok && exc.typ.IsSubtype(cat) {
			return syntax.ErrWarningRaised
		}
		return err
	}
}
