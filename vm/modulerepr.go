package vm

// The repr of modules, as importlib's _module_repr: from the module's
// __spec__ when it has one, else from its __file__ or __loader__.

// moduleRepr is repr(m).
func (th *Thread) moduleRepr(m *Module) (string, error) {
	get := func(v Value, name string) (Value, bool, error) {
		r, err := th.GetAttr(v, intern(name))
		if err != nil {
			if isAttributeError(err) {
				return Null, false, nil
			}
			return Null, false, err
		}
		return r, true, nil
	}
	mod := Obj(m)
	loader, _, err := get(mod, "__loader__")
	if err != nil {
		return "", err
	}
	if spec, ok, err := get(mod, "__spec__"); err != nil {
		return "", err
	} else if ok {
		t, err := th.Truth(spec)
		if err != nil {
			return "", err
		}
		if t {
			return th.specModuleRepr(spec)
		}
	}
	if !loader.IsNull() {
		// The loader's module_repr (deprecated, still called by 3.11);
		// an Exception from it falls through to the catch-all.
		mr, ok, err := get(loader, "module_repr")
		if err != nil {
			return "", err
		}
		if ok {
			r, err := th.Call(mr, []Value{mod}, nil)
			if err == nil {
				if s, isStr := r.o.(*Str); isStr {
					return s.s, nil
				}
				return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
			}
			if e, isExc := err.(*Exception); !isExc || !e.typ.IsSubtype(ExceptionType) {
				return "", err
			}
		}
	}
	name := "'?'"
	if n, ok, err := get(mod, "__name__"); err != nil {
		return "", err
	} else if ok {
		if name, err = th.Repr(n); err != nil {
			return "", err
		}
	}
	file, ok, err := get(mod, "__file__")
	if err != nil {
		return "", err
	}
	if ok {
		f, err := th.Repr(file)
		return "<module " + name + " from " + f + ">", err
	}
	if loader.IsNull() || loader.IsNone() {
		// A module written in Go before importlib gives it a spec.
		if m.Name == "builtins" || th.interp.nativeModules[m.Name] != nil {
			if v, ok := th.interp.modules.GetStr(m.Name); ok && v.o == Object(m) {
				return "<module " + name + " (built-in)>", nil
			}
		}
		return "<module " + name + ">", nil
	}
	l, err := th.Repr(loader)
	return "<module " + name + " (" + l + ")>", err
}

// specModuleRepr is importlib's _module_repr_from_spec.
func (th *Thread) specModuleRepr(spec Value) (string, error) {
	attr := func(name string) (Value, error) { return th.GetAttr(spec, intern(name)) }
	nv, err := attr("name")
	if err != nil {
		return "", err
	}
	name := "'?'"
	if !nv.IsNone() {
		if name, err = th.Repr(nv); err != nil {
			return "", err
		}
	}
	origin, err := attr("origin")
	if err != nil {
		return "", err
	}
	if origin.IsNone() {
		loader, err := attr("loader")
		if err != nil || loader.IsNone() {
			return "<module " + name + ">", err
		}
		l, err := th.Repr(loader)
		return "<module " + name + " (" + l + ")>", err
	}
	hasLoc, err := attr("has_location")
	if err != nil {
		return "", err
	}
	located, err := th.Truth(hasLoc)
	if err != nil {
		return "", err
	}
	if located {
		o, err := th.Repr(origin)
		return "<module " + name + " from " + o + ">", err
	}
	o, err := th.Str(origin)
	return "<module " + name + " (" + o + ")>", err
}
