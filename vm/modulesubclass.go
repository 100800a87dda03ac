package vm

// Modules of subclasses of ModuleType: module.__new__ and __init__, the
// attribute lookup of such modules (the subclass's descriptors,
// __getattribute__ and __getattr__ hooks) and __class__ assignment
// between module classes, as CPython's moduleobject.c.

// initModuleNew gives ModuleType its __new__ (an empty module of the
// class asked for) and __init__ (its name and doc).
func initModuleNew() {
	ModuleType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "module", Fn: moduleNew}))
	method(ModuleType, "__init__", moduleInit)
	method(ModuleType, "__dir__", moduleDir)
}

// moduleDir is module.__dir__(): the module's __dict__ (as its
// attribute, which a subclass may override) must be a dict; a __dir__
// function in it (PEP 562) gives the names, else its keys do.
func moduleDir(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	dv, err := th.GetAttr(self, intern("__dict__"))
	if err != nil {
		return Null, err
	}
	d, ok := unwrap(dv).o.(*Dict)
	if !ok {
		return Null, Errorf(TypeErrorType, "<module>.__dict__ is not a dictionary")
	}
	if f, ok := d.GetStr("__dir__"); ok {
		return th.Call(f, nil, nil)
	}
	return Obj(NewList(d.Keys())), nil
}

// moduleNew is module.__new__(cls, *args, **kwargs): arguments are
// __init__'s business.
func moduleNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) == 0 {
		return Null, Errorf(TypeErrorType, "module.__new__(): not enough arguments")
	}
	cls, ok := args[0].o.(*Type)
	if !ok {
		return Null, Errorf(TypeErrorType, "module.__new__(X): X is not a type object (%s)", args[0].Type().Name)
	}
	if !cls.IsSubtype(ModuleType) {
		return Null, Errorf(TypeErrorType, "module.__new__(%s): %s is not a subtype of module", cls.Name, cls.Name)
	}
	m := &Module{Dict: NewDict()}
	if cls != ModuleType {
		m.typ = cls
	}
	return Obj(m), nil
}

// moduleInit is module.__init__(self, name, doc=None).
func moduleInit(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	m, err := selfAs[*Module](self)
	if err != nil {
		return Null, err
	}
	var name, doc Value
	if err := unpackArgs("module", args, kw, 1, []string{"name", "doc"}, &name, &doc); err != nil {
		return Null, err
	}
	if doc.o == nil {
		doc = None
	}
	s, ok := unwrap(name).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "module() argument 'name' must be str, not %s", name.Type().Name)
	}
	m.Name = s.s
	m.Dict.SetStr("__name__", name)
	m.Dict.SetStr("__doc__", doc)
	setModuleImportAttrs(m.Dict)
	return None, nil
}

// subclassModuleGetAttr is getattr(m, name) for a module whose class is
// a subclass of ModuleType: the class's __getattribute__ when it has its
// own, else module's (the class's data descriptors, the module's dict,
// the class's other attributes, then the module's __getattr__); after an
// AttributeError the class's __getattr__.
func (th *Thread) subclassModuleGetAttr(m *Module, v Value, name *Str) (Value, error) {
	t := m.typ
	if ga := t.lookupS(strGetattribute); ga.o != nil && !isObjectAttrHook(ga) {
		r, err := th.callSpecial(ga, v, Obj(name))
		if err != nil {
			return th.getattrFallback(v, name, err)
		}
		return r, nil
	}
	r, ok, err := th.genericGetAttrOpt(v, name)
	if ok || (err != nil && !isAttributeError(err)) {
		if err != nil {
			return th.getattrFallback(v, name, err)
		}
		return r, nil
	}
	// An AttributeError of the lookup (an empty slot's) gives way to the
	// module's __getattr__ and its own message, as in CPython.
	if ga, ok := m.Dict.GetStr("__getattr__"); ok {
		r, err := th.Call(ga, []Value{Obj(name)}, nil)
		if err != nil {
			return th.getattrFallback(v, name, err)
		}
		return r, nil
	}
	return th.getattrFallback(v, name, moduleNoAttribute(m, name))
}

// moduleNoAttribute is the AttributeError of a module without attribute
// name.
func moduleNoAttribute(m *Module, name *Str) error {
	if m.initializing {
		return Errorf(AttributeErrorType, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", m.Name, name.s)
	}
	// As CPython: the name is the __name__ in the module's dict, when it
	// is a str (a module made by ModuleType.__new__ alone has none).
	if n, ok := m.Dict.GetStr("__name__"); ok {
		if ns, ok := n.o.(*Str); ok {
			return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", ns.s, name.s)
		}
	}
	return Errorf(AttributeErrorType, "module has no attribute '%s'", name.s)
}

// setModuleClass is m.__class__ = nt: a module's class may be module or
// any subclass of it that keeps its layout (no __slots__).
func setModuleClass(m *Module, nt *Type) error {
	if !nt.IsSubtype(ModuleType) || (nt != ModuleType && !nt.heap) {
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if len(nt.slotNames) != 0 || len(m.slots) != 0 {
		return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, m.Type().Name)
	}
	if nt == ModuleType {
		m.typ = nil
	} else {
		m.typ = nt
	}
	return nil
}
