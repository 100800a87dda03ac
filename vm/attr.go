package vm

// Attribute access: the descriptor protocol, instance dicts and slots,
// method loading without bound-method allocation, super and properties.

import "github.com/pyjit/pyjit/vm/code"

// isDataDescriptor reports whether a type attribute defines __set__ or __delete__.
func isDataDescriptor(v Value) bool {
	switch v.o.(type) {
	case *Property, *SlotDescriptor, *GetSetDescriptor, *tupleGetter:
		return true
	case *Function, *Builtin, *MethodDescriptor, *StaticMethod, *ClassMethod, *Str, *Type, intTag, noneTag:
		return false
	case *Instance:
		t := v.Type()
		return t.Lookup("__set__").o != nil || t.Lookup("__delete__").o != nil
	}
	return false
}

// hasDescrGet reports whether the data descriptor v has a __get__: one
// with only __set__ (or __delete__) does not hide what the instance's
// dict holds, as in CPython's _PyObject_GenericGetAttrWithDict.
func hasDescrGet(v Value) bool {
	if _, ok := v.o.(*Instance); ok {
		return v.Type().Lookup("__get__").o != nil
	}
	return true
}

// bindDescriptor applies __get__ of a type attribute found for obj.
func (th *Thread) bindDescriptor(attr, obj Value, t *Type) (Value, error) {
	switch d := attr.o.(type) {
	case *Function:
		if obj.o == nil {
			return attr, nil
		}
		return Obj(&Method{Fn: attr, Self: obj}), nil
	case *MethodDescriptor:
		if obj.o == nil {
			return attr, nil
		}
		return Obj(&Builtin{Name: d.Name, Self: obj, Fn: d.Fn, owner: d.Owner.Name, spec: d.spec, wrapper: d.isSlot(), descr: d}), nil
	case *ClassMethodDescriptor:
		return Obj(&Builtin{Name: d.Name, Self: Obj(t), Fn: d.Fn, owner: d.Owner.Name, spec: d.spec}), nil
	case *StaticMethod:
		return d.Fn, nil
	case *ClassMethod:
		return th.classMethodGet(d.Fn, Obj(t))
	case *Property:
		if obj.o == nil {
			return attr, nil
		}
		if d.Get.o == nil || d.Get.IsNone() {
			return Null, th.propertyMissing(d, t, "getter")
		}
		return th.Call(d.Get, []Value{obj}, nil)
	case *SlotDescriptor:
		if obj.o == nil {
			return attr, nil
		}
		vals, err := d.values(obj)
		if err != nil {
			return Null, err
		}
		v := vals[d.Index]
		if v.o == nil {
			return Null, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", t.Name, d.Name)
		}
		return v, nil
	case *GetSetDescriptor:
		if obj.o == nil {
			return attr, nil
		}
		return d.Get(th, obj)
	case *tupleGetter:
		if obj.o == nil {
			return attr, nil
		}
		return tupleGetterGet(d, obj)
	case *lruCache:
		if obj.o == nil || obj.IsNone() {
			return attr, nil
		}
		return Obj(&Method{Fn: attr, Self: obj}), nil
	case *Builtin, *Str, *Type, intTag, floatTag, noneTag, boolTag, *Tuple, *List, *Dict:
		return attr, nil
	}
	get := attr.Type().Lookup("__get__")
	if get.o == nil {
		return attr, nil
	}
	ov := obj
	if ov.o == nil {
		ov = None
	}
	return th.callSpecial(get, attr, ov, Obj(t))
}

// propertyMissing is the AttributeError of a property without the getter,
// setter or deleter (what) an access to an instance of t needs.
func (th *Thread) propertyMissing(p *Property, t *Type, what string) error {
	owner, err := th.Repr(String(t.QualName))
	if err != nil {
		return err
	}
	if p.name.o == nil {
		return Errorf(AttributeErrorType, "property of %s object has no %s", owner, what)
	}
	name, err := th.Repr(p.name)
	if err != nil {
		return err
	}
	return Errorf(AttributeErrorType, "property %s of %s object has no %s", name, owner, what)
}

// setInstanceDict replaces the __dict__ of an instance, as assignment to
// obj.__dict__ does; it reports whether v has a replaceable __dict__.
func setInstanceDict(v Value, x Value) (bool, error) {
	if _, ok := v.o.(*ThreadLocal); ok {
		return true, Errorf(AttributeErrorType, "'%s' object attribute '__dict__' is read-only", v.Type().Name)
	}
	o, ok := v.o.(*Instance)
	if !ok || !o.typ.hasDict {
		return false, nil
	}
	if x.o == nil {
		// The instance starts over with an empty namespace.
		o.dict = NewDict()
		o.dropValues()
		return true, nil
	}
	// A dict subclass's instance lends its dict.
	d, ok := unwrap(x).o.(*Dict)
	if !ok {
		return true, Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", x.Type().Name)
	}
	o.dict = d
	o.dropValues()
	return true, nil
}

// hasInstanceDict reports whether v has a __dict__, without making one.
func hasInstanceDict(v Value) bool {
	if inst, ok := v.o.(*Instance); ok {
		return inst.typ.hasDict
	}
	return instanceDict(v) != nil
}

// mayHaveInstanceDict reports whether v is of a kind of object that
// instanceDict may find a __dict__ for.
func mayHaveInstanceDict(v Value) bool {
	switch v.o.(type) {
	case *Instance, *Exception, *Function, *StaticMethod, *ClassMethod, *Module, *StringIO, *BytesIO, *FileIO, *Partial, *ThreadLocal,
		*lruCache, *Buffered, *BufferedRWPair, *TextIO, *NLDecoder:
		return true
	}
	return false
}

// instanceDict returns the __dict__ of objects that have one, giving an
// instance that keeps its attributes without a dict one.
func instanceDict(v Value) *Dict {
	switch o := v.o.(type) {
	case *Instance:
		if o.dict == nil && o.typ.hasDict && o.typ.keys != nil {
			o.typ.dictAsked()
		}
		return o.materialize()
	case *Exception:
		return o.dict
	case *Function:
		return o.dict
	case *StaticMethod, *ClassMethod:
		return methodWrapperDict(v)
	case *Module:
		return o.Dict
	case *StringIO:
		return o.dict
	case *BytesIO:
		return o.dict
	case *FileIO:
		return o.dict
	case *Buffered:
		return o.dict
	case *BufferedRWPair:
		return o.dict
	case *TextIO:
		return o.dict
	case *NLDecoder:
		return o.dict
	case *Partial:
		return o.dict
	case *lruCache:
		return o.dict
	case *ThreadLocal:
		d, _ := o.dictFor(o.interp.current())
		return d
	}
	return nil
}

// GetAttr implements getattr(v, name).
func (th *Thread) GetAttr(v Value, name *Str) (Value, error) {
	r, err := th.getAttr(v, name)
	if err != nil {
		addAttributeErrorContext(err, v, name)
	}
	return r, err
}

// addAttributeErrorContext gives an AttributeError that names no
// attribute and no object (raised by a __getattr__, say) those of the
// lookup that failed, for the suggestions of its traceback (CPython's
// set_attribute_error_context).
func addAttributeErrorContext(err error, v Value, name *Str) {
	e, ok := err.(*Exception)
	if !ok || !e.typ.IsSubtype(AttributeErrorType) {
		return
	}
	e.materialize()
	if len(e.fields) < 2 || e.fields[0].o != nil || e.fields[1].o != nil {
		return
	}
	e.fields[0], e.fields[1] = Obj(name), v
}

// getAttr is GetAttr but for the context of its AttributeError.
func (th *Thread) getAttr(v Value, name *Str) (Value, error) {
	switch o := v.o.(type) {
	case *Module:
		if o.typ != nil {
			return th.subclassModuleGetAttr(o, v, name)
		}
		if r, ok := o.Dict.getS(name); ok {
			return r, nil
		}
		if name.s == "__dict__" {
			return Obj(o.Dict), nil
		}
		if r, err := th.genericGetAttr(v, name); err == nil {
			return r, nil
		}
		// As CPython's module_getattro: a module's __getattr__ runs
		// only for what neither its dict nor its type has.
		if ga, ok := o.Dict.GetStr("__getattr__"); ok {
			return th.Call(ga, []Value{Obj(name)}, nil)
		}
		return Null, moduleNoAttribute(o, name)
	case *Type:
		r, ok, err := th.typeGetAttrHooked(o, name)
		if !ok && err == nil {
			return th.typeGetAttr(o, name)
		}
		return r, err
	case *Super:
		return th.superGetAttr(o, v, name)
	case *Instance:
		// A subclass of super looks up as super does, unless it has a
		// __getattribute__ of its own.
		if o.base != nil {
			if s, ok := o.base.o.(*Super); ok && isObjectAttrHook(o.typ.lookupS(strGetattribute)) {
				r, err := th.superGetAttr(s, v, name)
				if err != nil {
					return th.getattrFallback(v, name, err)
				}
				return r, nil
			}
		}
	case *GenericAlias:
		return th.genericAliasGetAttr(v, o, name)
	case *WeakRef:
		if o.proxy {
			return th.proxyGetAttr(o, name)
		}
	case *Method:
		// A bound method's own attributes come from its type; any other
		// is the function's (CPython's method_getattro).
		if r, err := th.genericGetAttr(v, name); err == nil || !isAttributeError(err) {
			return r, err
		}
		return th.GetAttr(o.Fn, name)
	}
	t := v.Type()
	if t.heap {
		if ga := t.lookupS(strGetattribute); ga.o != nil {
			if !isObjectAttrHook(ga) {
				r, err := th.callSpecial(ga, v, Obj(name))
				if err == nil {
					return r, nil
				}
				return th.getattrFallback(v, name, err)
			}
		}
	}
	r, err := th.genericGetAttr(v, name)
	if err != nil {
		return th.getattrFallback(v, name, err)
	}
	return r, nil
}

// isAttributeError reports whether err is a Python AttributeError.
func isAttributeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(AttributeErrorType)
}

// getattrFallback calls __getattr__ after an AttributeError.
func (th *Thread) getattrFallback(v Value, name *Str, err error) (Value, error) {
	e, ok := err.(*Exception)
	if !ok || !e.typ.IsSubtype(AttributeErrorType) {
		return Null, err
	}
	t := v.Type()
	if !t.heap {
		return Null, err
	}
	ga := t.lookupS(strGetattr)
	if ga.o == nil {
		return Null, err
	}
	return th.callSpecial(ga, v, Obj(name))
}

// genericGetAttr is object.__getattribute__.
func (th *Thread) genericGetAttr(v Value, name *Str) (Value, error) {
	r, ok, err := th.genericGetAttrOpt(v, name)
	if !ok && err == nil {
		return Null, th.noAttribute(v, name.s)
	}
	return r, err
}

// genericGetAttrOpt is object.__getattribute__ reporting a missing
// attribute as found=false instead of making its AttributeError; a
// descriptor's own errors are returned as they are.
func (th *Thread) genericGetAttrOpt(v Value, name *Str) (Value, bool, error) {
	t := v.Type()
	attr := t.lookupS(name)
	if attr.o != nil && isDataDescriptor(attr) && hasDescrGet(attr) {
		return found(th.bindDescriptor(attr, v, t))
	}
	if inst, ok := v.o.(*Instance); ok {
		if r, ok := inst.getAttrS(name); ok {
			return r, true, nil
		}
	} else if d := instanceDict(v); d != nil {
		if r, ok := d.getS(name); ok {
			return r, true, nil
		}
	}
	if attr.o != nil {
		return found(th.bindDescriptor(attr, v, t))
	}
	if name.s == "__class__" {
		return Obj(t), true, nil
	}
	if name.s == "__dict__" {
		if d := instanceDict(v); d != nil {
			return Obj(d), true, nil
		}
		if o, ok := v.o.(lazyDictObject); ok {
			return Obj(o.ensureDict()), true, nil
		}
	}
	return Null, false, nil
}

// getAttrOpt is getattr(v, name, default) and hasattr (CPython's
// _PyObject_LookupAttr): a missing attribute is found=false and no error.
// When the lookup is object's or type's own, the AttributeError that
// would be caught is never made.
func (th *Thread) getAttrOpt(v Value, name *Str) (Value, bool, error) {
	var r Value
	var ok bool
	var err error
	switch o := v.o.(type) {
	case *Module, *Super, *Method, *GenericAlias, *WeakRef:
		// A weak proxy forwards every attribute to its referent.
		r, err = th.GetAttr(v, name)
		ok = err == nil
	case *Type:
		r, ok, err = th.typeGetAttrHooked(o, name)
	default:
		if t := v.Type(); t.heap && !plainAttributeType(t) {
			r, err = th.GetAttr(v, name)
			ok = err == nil
		} else {
			r, ok, err = th.genericGetAttrOpt(v, name)
		}
	}
	if err != nil && isAttributeError(err) {
		return Null, false, nil
	}
	return r, ok, err
}

func (th *Thread) noAttribute(v Value, name string) error {
	e := NewException(AttributeErrorType, String("'"+v.Type().Name+"' object has no attribute '"+name+"'"))
	e.fields = []Value{String(name), v}
	return e
}

// getMethod is LOAD_METHOD: for plain functions found on the type it
// returns the function and isMeth=true, so the call passes obj as self
// without allocating a bound method.
func (th *Thread) getMethod(obj Value, name *Str) (Value, bool, error) {
	t := obj.Type()
	switch obj.o.(type) {
	case *Module, *Type, *Super, *GenericAlias:
		v, err := th.GetAttr(obj, name)
		return v, false, err
	}
	if t.heap {
		if ga := t.lookupS(strGetattribute); ga.o != nil {
			if !isObjectAttrHook(ga) {
				v, err := th.GetAttr(obj, name)
				return v, false, err
			}
		}
	}
	attr := t.lookupS(name)
	switch attr.o.(type) {
	case *Function, *MethodDescriptor:
		if inst, ok := obj.o.(*Instance); ok {
			if r, ok := inst.getAttrS(name); ok {
				return r, false, nil
			}
		} else if d := instanceDict(obj); d != nil {
			if r, ok := d.getS(name); ok {
				return r, false, nil
			}
		}
		return attr, true, nil
	}
	v, err := th.GetAttr(obj, name)
	return v, false, err
}

// SetAttr implements setattr(v, name, x); a Null x deletes.
func (th *Thread) SetAttr(v Value, name *Str, x Value) error {
	t := v.Type()
	if tt, ok := v.o.(*Type); ok {
		return th.typeSetAttr(tt, name, x)
	}
	if r, ok := v.o.(*WeakRef); ok && r.proxy {
		target := r.referent()
		if target.o == nil {
			return deadReferent()
		}
		return th.SetAttr(target, name, x)
	}
	if t.heap {
		hook := strSetattr
		if x.o == nil {
			hook = strDelattr
		}
		if sa := t.lookupS(hook); sa.o != nil {
			if !isObjectAttrHook(sa) {
				args := []Value{v, Obj(name), x}
				if x.o == nil {
					args = args[:2]
				}
				_, err := th.callDescriptorAsMethod(sa, v, args)
				return err
			}
		}
	}
	return th.genericSetAttr(v, name, x)
}

// propertySet is property.__set__ (property.__delete__ when x is Null).
func (th *Thread) propertySet(d *Property, v, x Value) error {
	fn := d.Set
	if x.o == nil {
		fn = d.Del
	}
	if fn.o == nil || fn.IsNone() {
		what := "setter"
		if x.o == nil {
			what = "deleter"
		}
		return th.propertyMissing(d, v.Type(), what)
	}
	args := []Value{v, x}
	if x.o == nil {
		args = args[:1]
	}
	_, err := th.Call(fn, args, nil)
	return err
}

// genericSetAttr is object.__setattr__ / object.__delattr__.
func (th *Thread) genericSetAttr(v Value, name *Str, x Value) error {
	t := v.Type()
	attr := t.lookupS(name)
	if attr.o != nil {
		switch d := attr.o.(type) {
		case *Property:
			return th.propertySet(d, v, x)
		case *SlotDescriptor:
			return d.set(v, x)
		case *tupleGetter:
			if x.o == nil {
				return Errorf(AttributeErrorType, "can't delete attribute")
			}
			return Errorf(AttributeErrorType, "can't set attribute")
		case *GetSetDescriptor:
			if d.Set == nil {
				return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", name.s, d.Owner.Name)
			}
			return d.Set(th, v, x)
		case *Instance:
			setter := "__set__"
			if x.o == nil {
				setter = "__delete__"
			}
			if s := attr.Type().Lookup(setter); s.o != nil {
				args := []Value{attr, v, x}
				if x.o == nil {
					args = args[:2]
				}
				_, err := th.callDescriptorAsMethod(s, attr, args)
				return err
			}
		}
	}
	if name.s == "__class__" && x.o != nil {
		return th.setClass(v, x)
	}
	if name.s == "__dict__" {
		if handled, err := setInstanceDict(v, x); handled {
			return err
		}
	}
	if inst, ok := v.o.(*Instance); ok && inst.typ.hasDict {
		ok, err := inst.setAttrS(th, name, x)
		if err == nil && !ok {
			err = th.noAttribute(v, name.s)
		}
		return err
	}
	d := instanceDict(v)
	if d == nil {
		if o, ok := v.o.(*Function); ok {
			o.dict = NewDict()
			d = o.dict
		} else if o, ok := v.o.(*Exception); ok {
			o.dict = NewDict()
			d = o.dict
		} else if o, ok := v.o.(lazyDictObject); ok && x.o != nil {
			d = o.ensureDict()
		} else {
			if attr.o != nil {
				return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", t.Name, name.s)
			}
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", t.Name, name.s)
		}
	}
	if x.o == nil {
		ok, err := d.Del(th, Obj(name))
		if err != nil {
			return err
		}
		if !ok {
			return th.noAttribute(v, name.s)
		}
		return nil
	}
	// Not setS: a key of a str subclass equal to name (put in through
	// __dict__) is compared with its __eq__, which may run code.
	return d.setHashed(th, Obj(name), name.Hash(), x)
}

func (th *Thread) setClass(v, x Value) error {
	nt, ok := x.o.(*Type)
	if !ok {
		return Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", x.Type().Name)
	}
	if m, ok := v.o.(*Module); ok {
		return setModuleClass(m, nt)
	}
	if t, ok := v.o.(*Type); ok {
		return setMetaclass(t, nt)
	}
	inst, ok := v.o.(*Instance)
	if !ok || !nt.heap {
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if len(nt.slotNames) != len(inst.typ.slotNames) || nt.layout != inst.typ.layout || nt.hasDict != inst.typ.hasDict {
		return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, inst.typ.Name)
	}
	if err := compatibleForAssignment(inst.typ, nt, "__class__"); err != nil {
		return err
	}
	// The values are laid out by the old class's names.
	inst.materialize()
	inst.typ = nt
	return nil
}

// setMetaclass is t.__class__ = meta for a class t: both its metaclass
// and meta must be classes derived from type that add no slots.
func setMetaclass(t, meta *Type) error {
	old := t.Type()
	if !old.heap || !meta.heap {
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if !meta.IsSubtype(TypeType) || len(meta.slotNames) != len(old.slotNames) || meta.hasDict != old.hasDict {
		return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", meta.Name, old.Name)
	}
	t.meta = meta
	t.Modified()
	return nil
}

// typeGetAttr is type.__getattribute__.
func (th *Thread) typeGetAttr(t *Type, name *Str) (Value, error) {
	r, ok, err := th.typeGetAttrOpt(t, name)
	if !ok && err == nil {
		e := NewException(AttributeErrorType, String("type object '"+t.Name+"' has no attribute '"+name.s+"'"))
		e.fields = []Value{Obj(name), Obj(t)}
		return Null, e
	}
	return r, err
}

// typeGetAttrOpt is typeGetAttr reporting a missing attribute as
// found=false.
func (th *Thread) typeGetAttrOpt(t *Type, name *Str) (Value, bool, error) {
	meta := t.Type()
	mattr := meta.Lookup(name.s)
	if mattr.o != nil && isDataDescriptor(mattr) && hasDescrGet(mattr) {
		return found(th.bindDescriptor(mattr, Obj(t), meta))
	}
	attr := t.Lookup(name.s)
	if attr.o != nil {
		switch d := attr.o.(type) {
		case *Function, *MethodDescriptor:
			return attr, true, nil
		case *Property:
			return attr, true, nil
		case *ClassMethod:
			return found(th.classMethodGet(d.Fn, Obj(t)))
		case *ClassMethodDescriptor:
			return Obj(&Builtin{Name: d.Name, Self: Obj(t), Fn: d.Fn, owner: d.Owner.Name, spec: d.spec}), true, nil
		case *StaticMethod:
			return d.Fn, true, nil
		case *Instance:
			if get := attr.Type().Lookup("__get__"); get.o != nil {
				return found(th.callSpecial(get, attr, None, Obj(t)))
			}
		}
		return attr, true, nil
	}
	if mattr.o != nil {
		return found(th.bindDescriptor(mattr, Obj(t), meta))
	}
	return Null, false, nil
}

// typeGetAttrHooked is getattr(t, name) for a class t: its metaclass's own
// __getattribute__ if it has one, else type's, then the metaclass's
// __getattr__ for a missing attribute (CPython's slot_tp_getattr_hook).
func (th *Thread) typeGetAttrHooked(t *Type, name *Str) (Value, bool, error) {
	meta := t.Type()
	if !meta.heap {
		return th.typeGetAttrOpt(t, name)
	}
	var r Value
	var ok bool
	var err error
	if ga := meta.lookupS(strGetattribute); ga.o != nil && !isTypeAttrHook(ga) {
		r, err = th.callSpecial(ga, Obj(t), Obj(name))
		ok = err == nil
	} else {
		r, ok, err = th.typeGetAttrOpt(t, name)
	}
	if ok || (err != nil && !isAttributeError(err)) {
		return r, ok, err
	}
	if ga := meta.lookupS(strGetattr); ga.o != nil {
		return found(th.callSpecial(ga, Obj(t), Obj(name)))
	}
	return r, ok, err
}

// isTypeAttrHook reports whether a metaclass's __getattribute__ is type's
// (or object's) own.
func isTypeAttrHook(v Value) bool {
	md, ok := v.o.(*MethodDescriptor)
	return ok && (md.Owner == TypeType || md.Owner == ObjectType || md.objectAttr)
}

// found is the result of an attribute lookup that either produced its
// value or failed with err.
func found(r Value, err error) (Value, bool, error) { return r, err == nil, err }

func (th *Thread) typeSetAttr(t *Type, name *Str, x Value) error {
	meta := t.Type()
	if meta.heap {
		hook := strSetattr
		if x.o == nil {
			hook = strDelattr
		}
		if sa := meta.lookupS(hook); sa.o != nil {
			if md, ok := sa.o.(*MethodDescriptor); !ok || (md.Owner != ObjectType && md.Owner != TypeType && !md.objectAttr) {
				args := []Value{Obj(t), Obj(name), x}
				if x.o == nil {
					args = args[:2]
				}
				_, err := th.callDescriptorAsMethod(sa, Obj(t), args)
				return err
			}
		}
	}
	return th.typeSetAttrGeneric(t, name, x)
}

// readonlyTypeMembers are the attributes of classes that CPython keeps in
// read-only members of the type object.
var readonlyTypeMembers = map[string]bool{"__mro__": true, "__base__": true, "__basicsize__": true,
	"__itemsize__": true, "__dictoffset__": true, "__flags__": true, "__weakrefoffset__": true}

// checkSpecialTypeAttr is what setting a type's __name__, __qualname__,
// __module__, __doc__ or __bases__ to x checks first (CPython's
// check_set_special_type_attr): only a class's may be set, and none
// deleted.
func checkSpecialTypeAttr(t *Type, x Value, name string) error {
	if !t.heap {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, t.Name)
	}
	if x.o == nil {
		return Errorf(TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name, t.Name)
	}
	return nil
}

// setSpecialTypeAttr sets a class's __module__ or __doc__ in its dict.
func setSpecialTypeAttr(t *Type, x Value, name string) error {
	if err := checkSpecialTypeAttr(t, x, name); err != nil {
		return err
	}
	t.Dict.SetStr(name, x)
	t.Modified()
	return nil
}

// typeSetAttrGeneric is type.__setattr__ without the metaclass hook.
func (th *Thread) typeSetAttrGeneric(t *Type, name *Str, x Value) error {
	if !t.heap {
		// Builtin types are immutable, whatever the attribute.
		return Errorf(TypeErrorType, "cannot set %s attribute of immutable type '%s'", code.StrRepr(name.s), t.Name)
	}
	meta := t.Type()
	if mattr := meta.Lookup(name.s); mattr.o != nil && isDataDescriptor(mattr) {
		switch d := mattr.o.(type) {
		case *GetSetDescriptor:
			if d.Set != nil {
				return d.Set(th, Obj(t), x)
			}
			if readonlyTypeMembers[name.s] {
				return Errorf(AttributeErrorType, "readonly attribute")
			}
			return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", name.s, d.Owner.Name)
		case *Property, *Instance:
			// A metaclass's property or data descriptor.
			return th.genericSetAttr(Obj(t), name, x)
		}
	}
	defer t.Modified()
	if x.o == nil {
		if !t.Dict.DelStr(name.s) {
			return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", t.Name, name.s)
		}
		return nil
	}
	t.Dict.SetStr(name.s, x)
	return nil
}

// lookup finds name along the MRO of super's object after its
// class, as super() does.
func (s *Super) lookup(name *Str) (Value, bool) {
	if s.objType == nil {
		return Null, false // unbound super finds nothing
	}
	mro := s.objType.MRO
	i := 0
	for ; i < len(mro); i++ {
		if mro[i] == s.thisType {
			break
		}
	}
	for i++; i < len(mro); i++ {
		if v, ok := mro[i].Dict.getS(name); ok {
			return v, true
		}
	}
	return Null, false
}

// superMethod is LOAD_METHOD on super(): a plain function found for an
// instance is returned with the instance to call it on, without making a
// bound method.
func (s *Super) method(name *Str) (fn, self Value, ok bool) {
	if _, isType := s.obj.o.(*Type); isType || name.s == "__class__" {
		return Null, Null, false
	}
	v, found := s.lookup(name)
	if _, isFn := v.o.(*Function); !found || !isFn {
		return Null, Null, false
	}
	return v, s.obj, true
}

func (th *Thread) superGetAttr(s *Super, self Value, name *Str) (Value, error) {
	if name.s != "__class__" && s.thisType != nil {
		if v, ok := s.lookup(name); ok {
			obj := s.obj
			if obj.Is(Obj(s.objType)) {
				obj = Null
			}
			if _, isType := s.obj.o.(*Type); isType && obj.o == nil {
				return th.bindDescriptor(v, Null, s.objType)
			}
			return th.bindDescriptor(v, obj, s.objType)
		}
	}
	return th.genericGetAttr(self, name)
}

// set stores x in obj's slot d; a Null x deletes it.
func (d *SlotDescriptor) set(obj, x Value) error {
	vals, err := d.values(obj)
	if err != nil {
		return err
	}
	if x.o == nil && vals[d.Index].o == nil {
		// CPython 3.11 names just the slot.
		return Errorf(AttributeErrorType, "%s", d.Name)
	}
	vals[d.Index] = x
	return nil
}

// values returns where obj keeps the values of its slots: an instance's
// vals, or those of a module or exception whose class (a subclass of
// ModuleType or BaseException) has __slots__, made on first use.
func (d *SlotDescriptor) values(obj Value) ([]Value, error) {
	var slots *[]Value
	var t *Type
	switch o := obj.o.(type) {
	case *Module:
		slots, t = &o.slots, o.typ
	case *Exception:
		slots, t = &o.slots, o.typ
	}
	if slots != nil && t != nil && t.IsSubtype(d.Owner) && d.Index < len(t.slotNames) {
		if n := len(t.slotNames); len(*slots) < n {
			// A class assigned through __class__ may have more.
			*slots = append(*slots, make([]Value, n-len(*slots))...)
		}
		return *slots, nil
	}
	inst, err := d.instance(obj)
	if err != nil {
		return nil, err
	}
	return inst.vals, nil
}

// instance returns obj as an instance that has the slot d, which a
// script can copy into the dict of an unrelated class.
func (d *SlotDescriptor) instance(obj Value) (*Instance, error) {
	inst, ok := obj.o.(*Instance)
	if !ok || !inst.typ.IsSubtype(d.Owner) || d.Index >= len(inst.typ.slotNames) {
		return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, staticTypeName(d.Owner), obj.Type().Name)
	}
	return inst, nil
}
