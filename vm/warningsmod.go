package vm

// The _warnings module, as CPython's: the filters and registries of the
// warnings machinery (warn.go) and its warn and warn_explicit, on which
// CPython's warnings.py runs.

func makeWarningsModule(th *Thread) (*Module, error) {
	st := th.interp.warnings()
	m := newNativeModule("_warnings", map[string]BuiltinFunc{
		"warn":             warningsWarn,
		"warn_explicit":    warningsWarnExplicit,
		"_filters_mutated": warningsFiltersMutated,
	})
	m.Dict.SetStr("__doc__", String("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."))
	m.Dict.SetStr("filters", st.filters)
	m.Dict.SetStr("_onceregistry", st.onceRegistry)
	m.Dict.SetStr("_defaultaction", st.defaultAction)
	return m, nil
}

// warningsWarn is warn(message, category=None, stacklevel=1, source=None).
func warningsWarn(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var message, category, level, source Value
	if err := unpackArgs("warn", args, kw, 1, []string{"message", "category", "stacklevel", "source"}, &message, &category, &level, &source); err != nil {
		return Null, err
	}
	stacklevel := 1
	if !level.IsNull() {
		n, err := th.warnInt(level, "ssize_t", 64)
		if err != nil {
			return Null, err
		}
		stacklevel = n
	}
	cat, err := th.warnCategory(message, category)
	if err != nil {
		return Null, err
	}
	return None, th.warnAt(message, cat, stacklevel, source)
}

// warnCategory is the category of a warning: message's class if it is a
// Warning instance, else category, UserWarning when that is None or
// absent. It must be a subclass of Warning.
func (th *Thread) warnCategory(message, category Value) (Value, error) {
	isWarning, err := th.isInstance(message, Obj(WarningType))
	if err != nil {
		return Null, err
	}
	switch {
	case isWarning:
		category = Obj(message.Type())
	case category.IsNull() || category.IsNone():
		category = Obj(UserWarningType)
	}
	ok, err := th.isSubclass(category, Obj(WarningType))
	if err != nil || !ok {
		return Null, Errorf(TypeErrorType, "category must be a Warning subclass, not '%s'", category.Type().Name)
	}
	return category, nil
}

// warnInt converts an integer argument to a Go int, as Argument Clinic's
// converter for C type ctype ("ssize_t", "int").
func (th *Thread) warnInt(v Value, ctype string, bits uint) (int, error) {
	n, ok, err := th.indexValue(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	n = unwrap(n)
	limit := int64(1)<<(bits-1) - 1
	if n.IsSmallInt() && n.UncheckedInt() <= limit && n.UncheckedInt() >= -limit-1 {
		return int(n.UncheckedInt()), nil
	}
	if ctype == "int" {
		if b, ok := asBig(n); ok && b.Sign() < 0 {
			return 0, Errorf(OverflowErrorType, "signed integer is less than minimum")
		}
		return 0, Errorf(OverflowErrorType, "signed integer is greater than maximum")
	}
	return 0, Errorf(OverflowErrorType, "Python int too large to convert to C %s", ctype)
}

// warningsWarnExplicit is warn_explicit(message, category, filename,
// lineno, module=None, registry=None, module_globals=None, source=None).
func warningsWarnExplicit(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var message, category, filename, lineno, module, registry, globals, source Value
	if err := unpackArgs("warn_explicit", args, kw, 4,
		[]string{"message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"},
		&message, &category, &filename, &lineno, &module, &registry, &globals, &source); err != nil {
		return Null, err
	}
	file, ok := unwrap(filename).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "warn_explicit() argument 3 must be str, not %s", filename.Type().Name)
	}
	line, err := th.warnInt(lineno, "int", 32)
	if err != nil {
		return Null, err
	}
	var sourceLine Value
	if !globals.IsNull() && !globals.IsNone() {
		g, ok := globals.o.(*Dict)
		if !ok {
			return Null, Errorf(TypeErrorType, "module_globals must be a dict, not '%s'", globals.Type().Name)
		}
		if sourceLine, err = th.loaderSourceLine(g, line); err != nil {
			return Null, err
		}
	}
	return None, th.warnExplicit(category, message, file.s, line, module, registry, sourceLine, source)
}

// loaderSourceLine is line lineno of the source the module loader of
// globals gives (__loader__.get_source(__name__)), or Null when there is
// none.
func (th *Thread) loaderSourceLine(globals *Dict, lineno int) (Value, error) {
	loader, ok := globals.GetStr("__loader__")
	if !ok {
		return Null, nil
	}
	name, ok := globals.GetStr("__name__")
	if !ok {
		return Null, nil
	}
	getSource, found, err := th.getAttrOpt(loader, intern("get_source"))
	if err != nil || !found {
		return Null, err
	}
	src, err := th.Call(getSource, []Value{name}, nil)
	if err != nil || src.IsNone() {
		return Null, err
	}
	lines, err := th.CallMethod(src, "splitlines")
	if err != nil {
		return Null, err
	}
	l, ok := lines.o.(*List)
	if !ok || lineno < 1 || lineno > len(l.items) {
		return Null, Errorf(IndexErrorType, "list index out of range")
	}
	return l.items[lineno-1], nil
}

// warningsFiltersMutated is _filters_mutated(): the filters changed, so
// the registries' records no longer hold.
func warningsFiltersMutated(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	th.interp.warnings().version++
	return None, nil
}
