package vm

// Classes: __build_class__, type.__new__ (MRO, slots, __set_name__,
// __init_subclass__), and the type-call protocol (__new__ then __init__).

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// typeCallDescr is type.__call__, used to detect metaclasses that do not override it.
var typeCallDescr Value

// buildClass implements __build_class__(func, name, *bases, metaclass=None, **kwds).
func buildClass(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return Null, Errorf(TypeErrorType, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].o.(*Function)
	if !ok {
		return Null, Errorf(TypeErrorType, "__build_class__: func must be a function")
	}
	nameV := args[1]
	if _, ok := nameV.o.(*Str); !ok {
		return Null, Errorf(TypeErrorType, "__build_class__: name is not a string")
	}
	origBases := append([]Value(nil), args[2:npos]...)
	// Resolve __mro_entries__.
	bases := make([]Value, 0, len(origBases))
	changed := false
	for _, b := range origBases {
		if _, isType := b.o.(*Type); !isType {
			// An attribute of the base itself, as CPython's update_bases:
			// a function's own __mro_entries__ counts (typing.NamedTuple).
			me, ok, err := th.getAttrOpt(b, intern("__mro_entries__"))
			if err != nil {
				return Null, err
			}
			if ok {
				r, err := th.Call(me, []Value{Obj(NewTuple(origBases))}, nil)
				if err != nil {
					return Null, err
				}
				t, ok := r.o.(*Tuple)
				if !ok {
					return Null, Errorf(TypeErrorType, "__mro_entries__ must return a tuple")
				}
				bases = append(bases, t.items...)
				changed = true
				continue
			}
		}
		bases = append(bases, b)
	}
	var meta Value
	var kwArgs []Value
	var kwNames []string
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwArgs = append(kwArgs, args[npos+i])
		kwNames = append(kwNames, k)
	}
	if meta.o == nil {
		if len(bases) == 0 {
			meta = Obj(TypeType)
		} else {
			meta = Obj(bases[0].Type())
		}
	}
	if mt, ok := meta.o.(*Type); ok {
		w, err := calculateMeta(mt, bases)
		if err != nil {
			return Null, err
		}
		meta = Obj(w)
	}
	basesTuple := Obj(NewTuple(bases))
	// __prepare__
	var ns Value
	prep, err := th.GetAttr(meta, intern("__prepare__"))
	if err != nil {
		// Only a missing __prepare__ means a plain dict; any other
		// error (from a descriptor, say) propagates.
		if !isAttributeError(err) {
			return Null, err
		}
		ns = Obj(NewDict())
	} else {
		pargs := append([]Value{nameV, basesTuple}, kwArgs...)
		ns, err = th.Call(prep, pargs, kwNames)
		if err != nil {
			return Null, err
		}
	}
	nsDict, exact := ns.o.(*Dict)
	if !exact && ns.Type().Lookup("__getitem__").o == nil {
		name := "<metaclass>"
		if mt, ok := meta.o.(*Type); ok {
			name = mt.Name
		}
		return Null, Errorf(TypeErrorType, "%s.__prepare__() must return a mapping, not %s", name, ns.Type().Name)
	}
	if changed {
		if err := th.SetItem(ns, String("__orig_bases__"), Obj(NewTuple(origBases))); err != nil {
			return Null, err
		}
	}
	// Run the class body with the namespace as its locals.
	f := th.allocFrame(fn.code.frameSize)
	clear(f.fast[:fn.code.NLocals])
	f.code = fn.code
	f.fn = fn
	f.globals = fn.globals
	f.builtins = fn.builtins
	f.locals = nsDict
	f.localsMap = Null
	if !exact {
		f.localsMap = ns
	}
	f.sp = fn.code.NLocals
	f.pc = 0
	f.entry = true
	f.gen = nil
	th.initCells(fn, f.fast)
	cell, err := th.run(f)
	if err != nil {
		return Null, err
	}
	cargs := append([]Value{nameV, basesTuple, ns}, kwArgs...)
	cls, err := th.Call(meta, cargs, kwNames)
	if err != nil {
		return Null, err
	}
	// The class made must be the one type.__new__ put in the body's
	// __class__ cell.
	if c, ok := cell.o.(*Cell); ok {
		if _, ok := cls.o.(*Type); ok && !c.V.Is(cls) {
			return Null, th.classCellError(c.V, nameV, cls)
		}
	}
	return cls, nil
}

// calculateMeta finds the most derived metaclass among meta and the bases' types.
func calculateMeta(meta *Type, bases []Value) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// staticTypeName is the tp_name of a builtin type: its name, qualified
// by its module unless that is builtins ("os.stat_result").
func staticTypeName(t *Type) string {
	if t.heap {
		return t.Name
	}
	return typeFullName(t)
}

// typeNew implements type.__new__(meta, name, bases, ns, **kwds).
func typeNew(th *Thread, meta *Type, name string, basesV []Value, ns *Dict, kwArgs []Value, kwNames []string) (Value, error) {
	var bases []*Type
	for _, b := range basesV {
		bt, ok := b.o.(*Type)
		if !ok {
			return Null, Errorf(TypeErrorType, "bases must be types")
		}
		if bt.final {
			return Null, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", typeFullName(bt))
		}
		bases = append(bases, bt)
	}
	for i, b := range bases {
		for _, c := range bases[i+1:] {
			if b == c {
				return Null, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	t := &Type{Name: name, QualName: name, Bases: bases, Dict: ns.Copy(), heap: true, version: nextTypeVersion(), owner: th.interp}
	if meta != TypeType {
		t.meta = meta
	}
	if q, ok := ns.GetStr("__qualname__"); ok {
		s, ok := q.o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "type __qualname__ must be a str, not %s", q.Type().Name)
		}
		t.QualName = s.s
		t.Dict.DelStr("__qualname__")
	}
	// The layout comes from the base with the most specific builtin layout.
	t.layout = ObjectType
	t.Base = bases[0]
	for _, b := range bases {
		bl := b.layout
		if bl == nil {
			bl = ObjectType
		}
		switch {
		case bl == t.layout || bl == ObjectType:
		case t.layout == ObjectType || bl.IsSubtype(t.layout):
			t.layout = bl
			t.Base = b
		case t.layout.IsSubtype(bl):
		default:
			return Null, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	// The class body's methods see the class in their __class__ cell
	// from now on, mro() included.
	if p, ok := t.Dict.GetStr("__classcell__"); ok {
		c, ok := p.o.(*Cell)
		if !ok {
			return Null, Errorf(TypeErrorType, "__classcell__ must be a nonlocal cell, not <class '%s'>", typeFullName(p.Type()))
		}
		c.V = Obj(t)
		t.Dict.DelStr("__classcell__")
	}
	for _, b := range t.Bases {
		if b.MRO == nil {
			return Null, Errorf(TypeErrorType, "Cannot extend an incomplete type '%s'", b.Name)
		}
	}
	if err := t.computeMRO(); err != nil {
		return Null, err
	}
	if err := th.customMRO(t, true); err != nil {
		return Null, err
	}
	t.inheritMatchFlags()
	// __slots__
	t.hasDict = false
	for _, b := range bases {
		// A base with __slots__ (even empty ones) gives no __dict__; a
		// builtin base whose objects have one (partial, classmethod)
		// passes it on.
		if layoutHasDict(b) {
			t.hasDict = true
		}
		if b.layout == BaseExceptionType || b.IsSubtype(BaseExceptionType) {
			t.hasDict = true
		}
	}
	// The slots of the best base come first, as CPython lays them out.
	t.slotNames = append([]string(nil), bestBase(bases).slotNames...)
	var slots *classSlots
	if sv, ok := ns.GetStr("__slots__"); ok {
		slots = &classSlots{}
		var names []Value
		var added []string
		if s, ok := sv.o.(*Str); ok {
			names = []Value{Obj(s)}
		} else {
			items, err := th.iterateToSlice(sv)
			if err != nil {
				return Null, err
			}
			names = items
		}
		for _, n := range names {
			s, ok := unwrap(n).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", n.Type().Name)
			}
			if !s.isIdentifier() {
				return Null, Errorf(TypeErrorType, "__slots__ must be identifiers")
			}
			slots.count++
			if s.s == "__dict__" {
				if slots.dict {
					return Null, Errorf(TypeErrorType, "__dict__ slot disallowed: we already got one")
				}
				t.hasDict = true
				slots.dict = true
				continue
			}
			if s.s == "__weakref__" {
				if slots.weakref {
					return Null, Errorf(TypeErrorType, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
				}
				slots.weakref = true
				continue
			}
			// __qualname__ and __classcell__ are names the compiler puts
			// in the namespace, which type() removes.
			if _, clash := ns.GetStr(s.s); clash && s.s != "__qualname__" && s.s != "__classcell__" {
				return Null, Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", s.s)
			}
			mangled := s.s
			if strings.HasPrefix(mangled, "__") && !strings.HasSuffix(mangled, "__") {
				mangled = "_" + strings.TrimLeft(name, "_") + mangled
			}
			added = append(added, mangled)
		}
		// The slots are laid out in sorted order, as CPython's, so that
		// classes naming the same slots in any order share a layout.
		sort.Strings(added)
		for _, mangled := range added {
			t.Dict.SetStr(mangled, Obj(&SlotDescriptor{Name: mangled, Index: len(t.slotNames), Owner: t}))
			t.slotNames = append(t.slotNames, mangled)
		}
	} else {
		t.hasDict = true
	}
	// Implicit staticmethod/classmethod wrapping.
	if nf, ok := t.Dict.GetStr("__new__"); ok {
		if _, isFn := nf.o.(*Function); isFn {
			t.Dict.SetStr("__new__", Obj(&StaticMethod{Fn: nf}))
		}
	}
	for _, cm := range []string{"__init_subclass__", "__class_getitem__"} {
		if v, ok := t.Dict.GetStr(cm); ok {
			if _, isFn := v.o.(*Function); isFn {
				t.Dict.SetStr(cm, Obj(&ClassMethod{Fn: v}))
			}
		}
	}
	if _, ok := t.Dict.GetStr("__module__"); !ok {
		if f := th.frame; f != nil {
			if m, ok := f.globals.GetStr("__name__"); ok {
				t.Dict.SetStr("__module__", m)
			}
		}
	}
	if err := addLayoutDescriptors(t, bases, slots); err != nil {
		return Null, err
	}
	if d, ok := t.Dict.GetStr("__doc__"); !ok {
		t.Dict.SetStr("__doc__", None)
	} else if s, ok := d.o.(*Str); ok {
		// CPython keeps the class's doc as UTF-8: a lone surrogate fails.
		if hasSurrogate(s.s) {
			if _, err := th.encodeStr("type", s, d, Null, Null); err != nil {
				return Null, err
			}
		}
		t.doc = s.s
	}
	// __eq__ without __hash__ makes instances unhashable.
	if _, hasEq := t.Dict.GetStr("__eq__"); hasEq {
		if _, hasHash := t.Dict.GetStr("__hash__"); !hasHash {
			t.Dict.SetStr("__hash__", None)
		}
	}
	th.addSubclass(bases, t)
	if meta != TypeType && meta.heap && meta.hasDel() {
		th.interp.trackClass(t)
	}
	tv := Obj(t)
	// __set_name__, over a copy of the namespace as CPython's: a hook may
	// add or delete class attributes.
	if err := th.callSetNames(t); err != nil {
		return Null, err
	}
	t.Modified()
	// __init_subclass__ of the parent, through super(t, t): a custom
	// mro() that left t out of its own MRO fails there, as in CPython.
	if !slices.Contains(t.MRO, t) {
		return Null, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	sup := &Super{thisType: t, obj: tv, objType: t}
	isub, err := th.superGetAttr(sup, Obj(sup), intern("__init_subclass__"))
	if err != nil {
		return Null, err
	}
	if _, err := th.Call(isub, kwArgs, kwNames); err != nil {
		return Null, err
	}
	return tv, nil
}

// isAbstract reports whether v has a true __isabstractmethod__ attribute,
// as abc and the descriptors wrapping functions ask.
func (th *Thread) isAbstract(v Value) (bool, error) {
	if v.o == nil {
		return false, nil
	}
	a, err := th.GetAttr(v, intern("__isabstractmethod__"))
	if err != nil {
		if isAttributeError(err) {
			return false, nil
		}
		return false, err
	}
	return th.Truth(a)
}

// abstractNames lists the abstract methods of t (from __abstractmethods__), sorted.
func abstractNames(th *Thread, t *Type) []string {
	var names []string
	if a, ok := t.Dict.GetStr("__abstractmethods__"); ok {
		items, _ := th.iterateToSlice(a)
		for _, it := range items {
			if s, ok := unwrap(it).o.(*Str); ok {
				names = append(names, s.s)
			}
		}
	}
	sortStrings(names)
	return names
}

// typeCall implements calling a class: __new__, then __init__.
func (th *Thread) typeCall(t *Type, args []Value, kwnames []string) (Value, error) {
	if t == TypeType {
		if len(args) == 1 && len(kwnames) == 0 {
			return Obj(args[0].Type()), nil
		}
		// Only type itself has the one-argument form; its subclasses'
		// calls go to type.__new__, which wants three.
		if len(args)-len(kwnames) != 3 {
			return Null, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
		}
	}
	if t == SuperType {
		// super.__init__ would only redo what __new__ did.
		return superNew(th, Null, args, kwnames)
	}
	if t == RangeType && len(kwnames) == 0 && len(args) > 0 && len(args) <= 3 {
		// range(n) is the commonest call of a builtin class (CPython gives
		// it a vectorcall too).
		if r := smallRange(args); r != nil {
			return Obj(r), nil
		}
	}
	if t == ReversedType && len(args) == 1 && len(kwnames) == 0 {
		return th.newReversed(t, args[0])
	}
	if len(args) == 1 && len(kwnames) == 0 {
		if v, ok, err := th.newContainerOf(t, args[0]); ok {
			return v, err
		}
	}
	newAttr := t.Lookup("__new__")
	if _, ok := newAttr.o.(*Builtin); ok && t.heap {
		// A class's builtin __new__ is the one it inherits, even when its
		// body names another (CPython keeps the inherited tp_new).
		if b := tpNew(t); b != nil {
			newAttr = Obj(b)
		}
	}
	if len(kwnames) == 0 && isBaseExceptionNew(newAttr) && keepsBaseExceptionInit(t) {
		// What BaseException's __new__ and __init__ do for a call with
		// positional arguments: keep them as args.
		_, v, err := th.newExcInstance(t, args)
		return v, err
	}
	var obj Value
	var err error
	if b, ok := newAttr.o.(*Builtin); ok && b == objectNewBuiltin {
		if len(args) > 0 && t.heap && !inheritsObjectNew(t) {
			return Null, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if len(args) > 0 && (t.heap || t == ObjectType) {
			init := t.Lookup("__init__")
			if md, ok := init.o.(*MethodDescriptor); ok && md.Owner == ObjectType {
				return Null, Errorf(TypeErrorType, "%s() takes no arguments", t.Name)
			}
		}
		if t.heap {
			if err := objectNewSafe(t); err != nil {
				return Null, err
			}
		}
		obj, err = th.objectNewInstance(t, len(args))
	} else {
		callee := newAttr
		switch a := newAttr.o.(type) {
		case *StaticMethod:
			callee = a.Fn
		case *Function, *Builtin:
		default:
			// __new__ as the class's attribute (CPython's slot_tp_new): a
			// classmethod, say, bound to the class.
			callee, err = th.bindDescriptor(newAttr, Null, t)
		}
		if fn, ok := callee.o.(*Function); ok && err == nil {
			obj, err = th.callWithSelf(fn, Obj(t), args, kwnames)
		} else if err == nil {
			full, mark := th.pushArgs(Obj(t), args)
			obj, err = th.Call(callee, full, kwnames)
			th.popArgs(mark)
		}
	}
	if err != nil {
		return Null, err
	}
	return th.typeCallInit(t, obj, args, kwnames)
}

// typeCallInit is the rest of a call of class t once __new__ has made
// obj: obj's __init__ with the call's arguments, when obj is an instance
// of t.
func (th *Thread) typeCallInit(t *Type, obj Value, args []Value, kwnames []string) (Value, error) {
	var err error
	ot := obj.Type()
	if !ot.IsSubtype(t) {
		return obj, nil
	}
	init := ot.Lookup("__init__")
	if md, ok := init.o.(*MethodDescriptor); ok && md.Owner == ObjectType {
		if len(args) > 0 {
			if nb, ok := ot.Lookup("__new__").o.(*Builtin); ok && nb == objectNewBuiltin {
				return Null, Errorf(TypeErrorType, "%s() takes no arguments", t.Name)
			}
		}
		return obj, nil
	}
	var r Value
	if fn, ok := init.o.(*Function); ok {
		r, err = th.callWithSelf(fn, obj, args, kwnames)
	} else if md, ok := init.o.(*MethodDescriptor); ok {
		// A builtin type's __init__ (a subclass of list, dict, …): what
		// calling its bound method does, without binding it.
		if s := md.spec; s != nil && !s.fits(len(args)-len(kwnames), kwnames) {
			if err := s.checkBound(obj, args, kwnames); err != nil {
				return Null, err
			}
		}
		r, err = md.Fn(th, obj, args, kwnames)
	} else {
		var bound Value
		bound, err = th.bindDescriptor(init, obj, ot)
		if err != nil {
			return Null, err
		}
		r, err = th.Call(bound, args, kwnames)
	}
	if err != nil {
		return Null, err
	}
	if !r.IsNone() {
		return Null, Errorf(TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return obj, nil
}

// newContainerOf builds list(x), tuple(x), set(x), frozenset(x), int(x),
// float(x) or bool(x) for the exact type t, doing what its __new__ and
// __init__ would do without looking them up or binding them (builtin
// types' attributes cannot change); ok is false for any other type.
func (th *Thread) newContainerOf(t *Type, x Value) (v Value, ok bool, err error) {
	switch t {
	case IntType:
		v, err = th.intFrom(x, Null)
		return v, true, err
	case FloatType:
		v, err = th.floatFrom(x)
		return v, true, err
	case BoolType:
		b, err := th.Truth(x)
		return Bool(b), true, err
	case ListType:
		l := NewList(nil)
		if err := th.listExtend(l, x); err != nil {
			return Null, true, err
		}
		return Obj(l), true, nil
	case TupleType:
		if tu, ok := x.o.(*Tuple); ok {
			return Obj(tu), true, nil
		}
		t, err := th.tupleOf(x)
		if err != nil {
			return Null, true, err
		}
		return Obj(t), true, nil
	case SetType, FrozenSetType:
		frozen := t == FrozenSetType
		if src, ok := x.o.(*Set); ok {
			if frozen && src.frozen {
				return x, true, nil // an exact frozenset is its own copy
			}
			if !frozen {
				return Obj(src.copySet(false)), true, nil
			}
		}
		s := NewSet()
		s.frozen = frozen
		if err := th.setFromIterable(s, x); err != nil {
			return Null, true, err
		}
		return Obj(s), true, nil
	}
	return Null, false, nil
}

// allocInstance creates an empty instance of class t (object.__new__).
func (th *Thread) allocInstance(t *Type) (Value, error) {
	if t.abstract > 0 {
		names := abstractNames(th, t)
		plural := ""
		if len(names) > 1 {
			plural = "s"
		}
		return Null, Errorf(TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s", t.Name, plural, strings.Join(names, ", "))
	}
	if t.layout == BaseExceptionType {
		// Its __dict__ is made when first asked for or set.
		e := NewException(t)
		e.exposed = true
		if t.owner != nil && t.hasDel() {
			t.owner.trackException(e)
		}
		return Obj(e), nil
	}
	inst := t.newInstance()
	if t.hasDict && !t.heap {
		// A builtin type is shared by interpreters: its instances keep a
		// dict rather than share names through the type.
		inst.dict = NewDict()
	}
	return Obj(inst), nil
}

// initAttrCount counts the `self.name = ...` statements of the __init__
// methods along t's MRO (distinct names per method, at most 32).
func initAttrCount(t *Type) int {
	n := 0
	for _, b := range t.MRO {
		v, ok := b.Dict.GetStr("__init__")
		if !ok {
			continue
		}
		init, ok := v.o.(*Function)
		if !ok {
			continue
		}
		instrs := init.code.Instrs
		seen := map[int]bool{}
		for pc := 1; pc < len(instrs); pc++ {
			prev := instrs[pc-1]
			if instrs[pc].Op().Family() == code.STORE_ATTR && prev.Op() == code.LOAD_FAST && prev.Arg() == 0 && !seen[instrs[pc].Arg()] {
				seen[instrs[pc].Arg()] = true
				n++
			}
		}
	}
	return min(n, 32)
}

var objectNewBuiltin *Builtin

func objectNew(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	if len(args) == 0 {
		return Null, Errorf(TypeErrorType, "object.__new__(): not enough arguments")
	}
	t, ok := args[0].o.(*Type)
	if !ok {
		return Null, Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
	}
	if len(args) > 1 {
		if !inheritsObjectNew(t) {
			return Null, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if md, ok := t.Lookup("__init__").o.(*MethodDescriptor); ok && md.Owner == ObjectType {
			return Null, Errorf(TypeErrorType, "%s() takes no arguments", t.Name)
		}
	}
	if err := objectNewSafe(t); err != nil {
		return Null, err
	}
	return th.objectNewInstance(t, len(args)-1)
}

// inheritsObjectNew reports whether t's __new__ slot is object's: a class
// that copies object.__new__ into its dict over another class's __new__
// keeps that one's slot (CPython's update_one_slot special case for
// tp_new_wrapper), so object.__new__ refuses extra arguments for it.
func inheritsObjectNew(t *Type) bool {
	for _, b := range t.MRO {
		v, ok := b.Dict.GetStr("__new__")
		if !ok {
			continue
		}
		if nb, ok := v.o.(*Builtin); ok && nb == objectNewBuiltin {
			if b == ObjectType {
				return true
			}
			continue
		}
		return false
	}
	return false
}

// objectNewSafe refuses object.__new__ for a type whose instances have a
// builtin layout other than object's (a subclass of list whose __new__ is
// object's), as CPython's tp_new_wrapper does.
func objectNewSafe(t *Type) error {
	if t.layout != nil && t.layout != ObjectType && t.layout != BaseExceptionType {
		return Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", t.Name, t.layout.Name)
	}
	return nil
}

// objectNewInstance makes an instance of t for object.__new__. A builtin
// type other than object whose __new__ is object's cannot be instantiated
// this way: CPython gives such types no tp_new, and their Go values are
// made only by the runtime. The singletons' types return the singleton.
func (th *Thread) objectNewInstance(t *Type, nargs int) (Value, error) {
	if t.heap || t == ObjectType || t.layout == BaseExceptionType {
		return th.allocInstance(t)
	}
	var single Value
	switch t {
	case NoneType:
		single = None
	case NotImplementedType:
		single = NotImplemented
	case EllipsisType:
		single = Obj(ellipsisObj{})
	case CodeType, TracebackType:
		return Null, Errorf(NotImplementedErrorType, "%s() is not supported", t.Name)
	default:
		return Null, Errorf(TypeErrorType, "cannot create '%s' instances", t.Name)
	}
	if nargs > 0 {
		name := t.Name
		if t == EllipsisType {
			name = "EllipsisType"
		}
		return Null, Errorf(TypeErrorType, "%s takes no arguments", name)
	}
	return single, nil
}

func objectInit(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if len(args) > 0 {
		t := self.Type()
		if md, ok := t.Lookup("__init__").o.(*MethodDescriptor); !ok || md.Owner != ObjectType {
			return Null, Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		// A builtin type other than object has its own way of making
		// instances (CPython's tp_new is not object's), so extra
		// arguments are its business.
		if nb, ok := t.Lookup("__new__").o.(*Builtin); ok && nb == objectNewBuiltin && (t.heap || t == ObjectType) {
			return Null, Errorf(TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", t.Name)
		}
	}
	return None, nil
}

// newSubclassInstance wraps a builtin value for a subclass of its type.
func newSubclassInstance(t *Type, base Value) Value {
	inst := t.newInstance()
	inst.base = &base
	if t.hasDict && !t.heap {
		inst.dict = NewDict()
	}
	return Obj(inst)
}

// superNew implements super(type, obj) and zero-argument super().
func superNew(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	var thisType *Type
	var obj Value
	if len(kwnames) > 0 {
		return Null, Errorf(TypeErrorType, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		f := th.frame
		if f == nil || f.fn == nil || f.code.ArgCount == 0 {
			return Null, Errorf(RuntimeErrorType, "super(): no arguments")
		}
		obj = f.fast[0]
		if c, ok := obj.o.(*Cell); ok && slices.Contains(f.code.CellSlots, 0) {
			obj = c.V // the first argument is captured by a nested function
		}
		if obj.o == nil {
			return Null, Errorf(RuntimeErrorType, "super(): arg[0] deleted")
		}
		found := false
		for i, name := range f.code.Freevars {
			if name == "__class__" {
				c := f.fast[f.code.FreeStart+i].o.(*Cell)
				if c.V.o == nil {
					return Null, Errorf(RuntimeErrorType, "super(): empty __class__ cell")
				}
				t, ok := c.V.o.(*Type)
				if !ok {
					return Null, Errorf(RuntimeErrorType, "super(): __class__ is not a type (%s)", c.V.Type().Name)
				}
				thisType = t
				found = true
			}
		}
		if !found {
			return Null, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
		}
	case 1, 2:
		t, ok := args[0].o.(*Type)
		if !ok {
			return Null, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", args[0].Type().Name)
		}
		thisType = t
		if len(args) == 2 {
			obj = args[1]
		}
	default:
		return Null, Errorf(TypeErrorType, "super() expected at most 2 arguments, got %d", len(args))
	}
	if obj.IsNone() {
		obj = Null // super(type, None) is unbound, as super(type)
	}
	s := &Super{thisType: thisType, obj: obj}
	if obj.o == nil {
		return Obj(s), nil // unbound: no class to search
	}
	if ot, ok := obj.o.(*Type); ok && ot.IsSubtype(thisType) {
		s.objType = ot
	} else if obj.Type().IsSubtype(thisType) {
		s.objType = obj.Type()
	} else {
		// A proxy may claim a class through its __class__ (CPython's
		// supercheck).
		cv, err := th.GetAttr(obj, intern("__class__"))
		if err != nil {
			if !isExceptionOf(err, AttributeErrorType) {
				return Null, err
			}
		} else if ct, ok := cv.o.(*Type); ok && ct != obj.Type() && ct.IsSubtype(thisType) {
			s.objType = ct
			return Obj(s), nil
		}
		return Null, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return Obj(s), nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// callSetNames calls __set_name__(t, name) of each attribute of the new
// class t that has one, over a snapshot of t's namespace. An error is
// chained to a RuntimeError naming the attribute, as CPython 3.11 does.
func (th *Thread) callSetNames(t *Type) error {
	type item struct{ k, v Value }
	var items []item
	t.Dict.Items(func(k, v Value) bool {
		items = append(items, item{k, v})
		return true
	})
	tv := Obj(t)
	for _, it := range items {
		sn := it.v.Type().Lookup("__set_name__")
		if sn.o == nil {
			continue
		}
		if _, err := th.callSpecial(sn, it.v, tv, it.k); err != nil {
			e, ok := err.(*Exception)
			if !ok {
				return err
			}
			kr, rerr := th.Repr(it.k)
			if rerr != nil {
				return rerr
			}
			return withCause(NewException(RuntimeErrorType, String(fmt.Sprintf("Error calling __set_name__ on '%s' instance %s in '%s'", it.v.Type().Name, kr, t.Name))), e)
		}
	}
	return nil
}
