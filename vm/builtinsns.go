package vm

// The builtins namespace of a frame comes from its globals' __builtins__:
// a module stands for its dict, a dict is used as is, and any other object
// is subscripted for each name that is not a global, as in CPython.

// foreignBuiltins records, for a __builtins__ that is neither a dict nor a
// module, the empty dict frames use in its place and the object itself.
type foreignBuiltins struct {
	byID  map[uintptr]*Dict
	byNS  map[*Dict]Value
	owned []Value // keeps the objects, and so their ids, alive
}

// builtinsFor returns the builtins namespace of code run with globals.
func (th *Thread) builtinsFor(globals *Dict) *Dict {
	b, ok := globals.GetStr("__builtins__")
	if !ok {
		return th.interp.builtins
	}
	switch o := b.o.(type) {
	case *Module:
		return o.Dict
	case *Dict:
		return o
	}
	fb := &th.interp.foreign
	id := objectID(b)
	if d, ok := fb.byID[id]; ok && fb.byNS[d].Is(b) {
		return d
	}
	if fb.byID == nil {
		fb.byID, fb.byNS = map[uintptr]*Dict{}, map[*Dict]Value{}
	}
	d := NewDict()
	fb.byID[id], fb.byNS[d] = d, b
	fb.owned = append(fb.owned, b)
	return d
}

// globalsNamespace returns the dict code run with globals g reads and
// writes: g itself when it is a dict, the dict of an instance of a dict
// subclass (marked mapped, so that LOAD_GLOBAL subscripts the instance);
// false when g is not a dict.
func (th *Thread) globalsNamespace(g Value) (*Dict, bool) {
	if d, ok := g.o.(*Dict); ok {
		return d, true
	}
	d, ok := unwrap(g).o.(*Dict)
	if !ok {
		return nil, false
	}
	if !d.mapped {
		in := th.interp
		if in.globalsOwners == nil {
			in.globalsOwners = map[*Dict]Value{}
		}
		in.globalsOwners[d] = g
		d.mapped = true
		// A fresh keys version: no global cache made before holds it, so
		// none applies to the dict from now on.
		d.bumpKeys()
	}
	return d, true
}

// globalsValue returns the object a globals namespace stands for (what
// f_globals, __globals__ and globals() give): the dict subclass's
// instance of a mapped dict, else the dict itself.
func (th *Thread) globalsValue(d *Dict) Value {
	if d.mapped {
		if v, ok := th.interp.globalsOwners[d]; ok {
			return v
		}
	}
	return Obj(d)
}

// loadGlobalMapped is LOAD_GLOBAL in a frame whose globals are a dict
// subclass's instance: the instance is subscripted (its __getitem__, or
// dict's with its __missing__), and a KeyError goes on to the builtins,
// as CPython does for globals that are not an exact dict.
func (th *Thread) loadGlobalMapped(f *Frame, name *Str) (Value, error) {
	v, err := th.GetItem(th.globalsValue(f.globals), Obj(name))
	if err == nil {
		return v, nil
	}
	if e, ok := err.(*Exception); !ok || !e.typ.IsSubtype(KeyErrorType) {
		return Null, err
	}
	if v, ok := f.builtins.getS(name); ok {
		return v, nil
	}
	return th.missingBuiltin(f.builtins, name)
}

// builtinsValue returns the object a builtins namespace stands for: the
// __builtins__ object of a foreign namespace, else the dict itself.
func (th *Thread) builtinsValue(ns *Dict) Value {
	if v, ok := th.interp.foreign.byNS[ns]; ok {
		return v
	}
	return Obj(ns)
}

// lookupBuiltin finds name in a builtins namespace; a foreign one is
// subscripted, and its KeyError means the name is missing.
func (th *Thread) lookupBuiltin(ns *Dict, name string) (Value, bool, error) {
	if v, ok := ns.GetStr(name); ok {
		return v, true, nil
	}
	obj, ok := th.interp.foreign.byNS[ns]
	if !ok {
		return Null, false, nil
	}
	v, err := th.GetItem(obj, String(name))
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(KeyErrorType) {
			return Null, false, nil
		}
		return Null, false, err
	}
	return v, true, nil
}

// missingBuiltin is the error for a name found in neither the globals nor
// the builtins ns, or the value a foreign namespace has for it.
func (th *Thread) missingBuiltin(ns *Dict, name *Str) (Value, error) {
	v, ok, err := th.lookupBuiltin(ns, name.s)
	if err != nil || ok {
		return v, err
	}
	return Null, undefinedName(name.s)
}

// importStatement runs an import statement by calling the __import__ of
// the frame's builtins; the interpreter's own __import__ is run directly.
func (th *Thread) importStatement(f *Frame, name string, fromlist, level Value) (Value, error) {
	imp, ok, err := th.lookupBuiltin(f.builtins, "__import__")
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, Errorf(ImportErrorType, "__import__ not found")
	}
	if imp.o == th.interp.importFunc.o {
		return th.importName(f, name, fromlist, level)
	}
	locals := None
	if f.localsMap.o != nil {
		locals = f.localsMap
	} else if f.locals != nil {
		locals = Obj(f.locals)
	}
	return th.Call(imp, []Value{String(name), Obj(f.globals), locals, fromlist, level}, nil)
}
