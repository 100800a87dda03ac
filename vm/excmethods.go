package vm

// Methods and attributes of BaseException and its subclasses, including
// exception groups.

func excSelf(v Value) *Exception { return v.o.(*Exception) }

// inheritsNew lists the builtin exception types that have no __new__ of
// their own in CPython (those its exceptions.c defines with
// MiddlingExtendsException or ComplexExtendsException).
var inheritsNew = map[string]bool{
	"SystemExit": true, "AttributeError": true, "ImportError": true, "NameError": true, "StopIteration": true,
	"SyntaxError": true, "BlockingIOError": true, "ChildProcessError": true, "ConnectionError": true,
	"FileExistsError": true, "FileNotFoundError": true, "InterruptedError": true, "IsADirectoryError": true,
	"NotADirectoryError": true, "PermissionError": true, "ProcessLookupError": true, "TimeoutError": true,
	"IndentationError": true, "KeyError": true, "ModuleNotFoundError": true, "UnboundLocalError": true,
	"BrokenPipeError": true, "ConnectionAbortedError": true, "ConnectionRefusedError": true,
	"ConnectionResetError": true, "TabError": true, "ExceptionGroup": true,
}

// shareExceptionNew gives the builtin exception types their own __new__
// where CPython does, running the code of BaseException, OSError,
// MemoryError or BaseExceptionGroup.
func shareExceptionNew() {
	impl := map[*Type]*Builtin{}
	for _, t := range []*Type{BaseExceptionType, OSErrorType, MemoryErrorType, BaseExceptionGroupType} {
		fn := builtinDictNew(t)
		if fn == nil {
			nb := *builtinDictNew(BaseExceptionType)
			nb.owner = t.Name
			fn = &nb
			t.Dict.SetStr("__new__", Obj(fn))
		}
		fn.newOf = t
		impl[t] = fn
	}
	for _, t := range exceptionTypes {
		if _, own := t.Dict.GetStr("__new__"); own || inheritsNew[t.Name] {
			continue
		}
		from := BaseExceptionType
		for s := t; s != nil; s = s.Base {
			if impl[s] != nil {
				from = s
				break
			}
		}
		nb := *impl[from]
		nb.owner = t.Name
		t.Dict.SetStr("__new__", Obj(&nb))
	}
}

// builtinDictNew returns the __new__ in t's own dict if it is a builtin.
func builtinDictNew(t *Type) *Builtin {
	v, _ := t.Dict.GetStr("__new__")
	b, _ := v.o.(*Builtin)
	return b
}

// noKeywords is CPython's _PyArg_NoKeywords for an exception of type t.
func noKeywords(t *Type, kw []string) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", t.Name)
	}
	return nil
}

// excKeywords reads the keyword-only arguments an exception __init__
// accepts (CPython parses them with "|$O...:Name"), in the order of names;
// an absent one is Null.
func excKeywords(fname string, args []Value, kw []string, names ...string) ([]Value, error) {
	out := make([]Value, len(names))
	vals := args[len(args)-len(kw):]
	for i, k := range kw {
		j := 0
		for j < len(names) && names[j] != k {
			j++
		}
		if j == len(names) {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
		out[j] = vals[i]
	}
	return out, nil
}

// newExcInstance allocates an exception of type t with the given args and
// its family's attributes unset.
func (th *Thread) newExcInstance(t *Type, args []Value) (*Exception, Value, error) {
	v, err := th.allocInstance(t)
	if err != nil {
		return nil, Null, err
	}
	e := v.o.(*Exception)
	e.args = tupleCopy(args)
	e.clearFields()
	return e, v, nil
}

// baseExceptionInit is BaseException.__init__: it refuses keywords and
// keeps the positional arguments as args.
func baseExceptionInit(e *Exception, args []Value, kw []string) error {
	if err := noKeywords(e.typ, kw); err != nil {
		return err
	}
	e.materialize()
	args = args[:len(args)-len(kw)]
	if e.args == nil || !sameItems(e.args.items, args) {
		// __new__ usually kept these very arguments already.
		e.args = tupleCopy(args)
	}
	return nil
}

// excInit installs an __init__ on t that runs BaseException.__init__ and
// then sets the family's attributes.
func excInit(t *Type, set func(th *Thread, e *Exception, pos []Value) error) {
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		if err := baseExceptionInit(e, args, kw); err != nil {
			return Null, err
		}
		return None, set(th, e, args)
	})
}

// excInitKw installs an __init__ on t that keeps the positional arguments
// as args and accepts the given keyword-only attributes.
func excInitKw(t *Type, fname string, names []string, set func(e *Exception, pos, kws []Value)) {
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		if err := baseExceptionInit(e, args[:len(args)-len(kw)], nil); err != nil {
			return Null, err
		}
		kws, err := excKeywords(fname, args, kw, names...)
		if err != nil {
			return Null, err
		}
		set(e, args[:len(args)-len(kw)], kws)
		return None, nil
	})
}

// excArgsRepr is BaseException.__repr__.
func excArgsRepr(th *Thread, e *Exception) (string, error) {
	var s string
	var err error
	if len(e.args.items) == 1 {
		s, err = th.Repr(e.args.items[0])
		s = "(" + s + ")"
	} else {
		s, err = th.Repr(Obj(e.args))
	}
	return e.typ.Name + s, err
}

// baseExcStr is BaseException.__str__.
func baseExcStr(th *Thread, e *Exception) (string, error) {
	switch len(e.args.items) {
	case 0:
		return "", nil
	case 1:
		return th.Str(e.args.items[0])
	}
	return th.Repr(Obj(e.args))
}

func initExceptionMethods() {
	b := BaseExceptionType
	b.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "BaseException", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		t, ok := args[0].o.(*Type)
		if !ok || !t.IsSubtype(BaseExceptionType) {
			return Null, Errorf(TypeErrorType, "BaseException.__new__(X): X is not a subtype of BaseException")
		}
		_, v, err := th.newExcInstance(t, args[1:len(args)-len(kw)])
		return v, err
	}}))
	method(b, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, baseExceptionInit(excSelf(self), args, kw)
	})
	method(b, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := baseExcStr(th, excSelf(self))
		return String(s), err
	})
	method(b, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := excArgsRepr(th, excSelf(self))
		return String(s), err
	})
	addObjectAttrSlots(b)
	method(b, "with_traceback", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return self, setExcTraceback(excSelf(self), args[0])
	})
	method(b, "add_note", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if !args[0].Type().IsSubtype(StrType) {
			return Null, Errorf(TypeErrorType, "note must be a str, not '%s'", args[0].Type().Name)
		}
		notes, err := th.GetAttr(self, intern("__notes__"))
		if err != nil {
			if !isAttributeError(err) {
				return Null, err
			}
			notes = Obj(NewList(nil))
			if err := th.SetAttr(self, intern("__notes__"), notes); err != nil {
				return Null, err
			}
		}
		l, ok := notes.o.(*List)
		if !ok {
			return Null, Errorf(TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		l.items = append(l.items, args[0])
		return None, nil
	})
	method(b, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if args[0].IsNone() {
			return None, nil
		}
		d, ok := unwrap(args[0]).o.(*Dict)
		if !ok {
			return Null, Errorf(TypeErrorType, "state is not a dictionary")
		}
		// Item by item as PyDict_Next: setting an attribute may hash a
		// key of a str subclass, whose __hash__ may change the dict.
		for pos := 0; ; {
			var e dictEntry
			var more bool
			if pos, e, more = d.nextEntry(pos); !more {
				break
			}
			k, v := e.key, e.val
			name, ok := unwrap(k).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", k.Type().Name)
			}
			if err := th.SetAttr(self, name, v); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	method(b, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		if e.dict != nil && e.dict.Len() > 0 {
			return TupleOf(Obj(e.typ), Obj(e.args), Obj(e.dict)), nil
		}
		return TupleOf(Obj(e.typ), Obj(e.args)), nil
	})
	b.addGetSet("args", func(th *Thread, v Value) (Value, error) { return Obj(excSelf(v).args), nil },
		func(th *Thread, v, x Value) error {
			if x.o == nil {
				return Errorf(TypeErrorType, "args may not be deleted")
			}
			items, err := th.iterateToSliceHinted(x)
			if err != nil {
				return err
			}
			e := excSelf(v)
			e.materialize()
			e.args = NewTuple(items)
			return nil
		})
	b.addGetSet("__traceback__", func(th *Thread, v Value) (Value, error) {
		if excSelf(v).tb == nil {
			return None, nil
		}
		return Obj(excSelf(v).tb), nil
	}, func(th *Thread, v, x Value) error {
		if x.o == nil {
			return Errorf(TypeErrorType, "__traceback__ may not be deleted")
		}
		return setExcTraceback(excSelf(v), x)
	})
	b.addGetSet("__cause__", func(th *Thread, v Value) (Value, error) { return excSelf(v).cause, nil },
		func(th *Thread, v, x Value) error {
			if x.o == nil {
				return Errorf(TypeErrorType, "__cause__ may not be deleted")
			}
			if _, ok := x.o.(*Exception); !ok && !x.IsNone() {
				return Errorf(TypeErrorType, "exception cause must be None or derive from BaseException")
			}
			excSelf(v).cause = x
			excSelf(v).suppressContext = true
			return nil
		})
	b.addGetSet("__context__", func(th *Thread, v Value) (Value, error) { return excSelf(v).context, nil },
		func(th *Thread, v, x Value) error {
			if x.o == nil {
				return Errorf(TypeErrorType, "__context__ may not be deleted")
			}
			if _, ok := x.o.(*Exception); !ok && !x.IsNone() {
				return Errorf(TypeErrorType, "exception context must be None or derive from BaseException")
			}
			excSelf(v).context = x
			return nil
		})
	b.addMember("__suppress_context__", func(th *Thread, v Value) (Value, error) { return Bool(excSelf(v).suppressContext), nil },
		func(th *Thread, v, x Value) error {
			if x.o == nil {
				return Errorf(TypeErrorType, "can't delete numeric/char attribute")
			}
			if !x.IsBool() {
				return Errorf(TypeErrorType, "attribute value type must be bool")
			}
			excSelf(v).suppressContext = x.n != 0
			return nil
		})
	b.addGetSet("__dict__", func(th *Thread, v Value) (Value, error) {
		e := excSelf(v)
		if e.dict == nil {
			e.dict = NewDict()
		}
		return Obj(e.dict), nil
	}, func(th *Thread, v, x Value) error {
		d, err := dictAssigned(x)
		if err == nil {
			excSelf(v).dict = d
		}
		return err
	})

	initExceptionFields()
	excInit(StopIterationType, func(th *Thread, e *Exception, pos []Value) error {
		e.fields[0] = None
		if len(pos) > 0 {
			e.fields[0] = pos[0]
		}
		return nil
	})
	excInit(SystemExitType, func(th *Thread, e *Exception, pos []Value) error {
		e.fields[0] = systemExitCode(pos)
		return nil
	})
	excInitKw(ImportErrorType, "ImportError", []string{"name", "path"}, func(e *Exception, pos, kws []Value) {
		msg := Null
		if len(pos) == 1 {
			msg = pos[0]
		}
		e.fields[0], e.fields[1], e.fields[2] = msg, kws[0], kws[1]
	})
	// ImportError's name and path, when set, travel in the state of
	// __reduce__ (CPython's ImportError_getstate), so that pickling and
	// copying keep them.
	method(ImportErrorType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		state := Null
		if e.dict != nil && e.dict.Len() > 0 {
			state = Obj(e.dict)
		}
		if name, path := e.field(1), e.field(2); name.o != nil || path.o != nil {
			d := NewDict()
			if e.dict != nil {
				d = e.dict.Copy()
			}
			if name.o != nil {
				d.SetStr("name", name)
			}
			if path.o != nil {
				d.SetStr("path", path)
			}
			state = Obj(d)
		}
		if state.o == nil {
			return TupleOf(Obj(e.typ), Obj(e.args)), nil
		}
		return TupleOf(Obj(e.typ), Obj(e.args), state), nil
	})
	method(ImportErrorType, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		if msg := e.field(0); msg.o != nil && msg.Type() == StrType {
			return msg, nil
		}
		s, err := baseExcStr(th, e)
		return String(s), err
	})
	excInitKw(NameErrorType, "NameError", []string{"name"}, func(e *Exception, pos, kws []Value) {
		e.fields[0] = kws[0]
	})
	excInitKw(AttributeErrorType, "AttributeError", []string{"name", "obj"}, func(e *Exception, pos, kws []Value) {
		e.fields[0], e.fields[1] = kws[0], kws[1]
	})
	initOSErrorMethods()
	initSyntaxErrorMethods()
	method(KeyErrorType, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		if len(e.args.items) == 1 {
			s, err := th.Repr(e.args.items[0])
			return String(s), err
		}
		s, err := baseExcStr(th, e)
		return String(s), err
	})
	initExceptionGroups()
	initUnicodeErrors()
	shareExceptionInit()
}

// baseExceptionInits holds BaseException.__init__ and the copies of it
// that builtin exception types have as their own.
var baseExceptionInits = map[*MethodDescriptor]bool{}

// isBaseExceptionNew reports whether v is a __new__ that runs
// BaseException's code.
func isBaseExceptionNew(v Value) bool {
	nb, ok := v.o.(*Builtin)
	return ok && nb.newOf == BaseExceptionType
}

// keepsBaseExceptionInit reports whether t's __init__ is BaseException's
// (or a builtin exception type's copy of it).
func keepsBaseExceptionInit(t *Type) bool {
	md, ok := t.Lookup("__init__").o.(*MethodDescriptor)
	return ok && baseExceptionInits[md]
}

// shareExceptionInit gives each builtin exception type (but
// ExceptionGroup) an __init__ of its own, as CPython's types have one each:
// that of its nearest base that defines one.
func shareExceptionInit() {
	baseExceptionInits[BaseExceptionType.Dict.mustGet("__init__").o.(*MethodDescriptor)] = true
	for _, t := range exceptionTypes {
		if _, own := t.Dict.GetStr("__init__"); own || t == ExceptionGroupType {
			continue
		}
		var md *MethodDescriptor
		for _, s := range t.MRO[1:] {
			if v, ok := s.Dict.GetStr("__init__"); ok {
				md = v.o.(*MethodDescriptor)
				break
			}
		}
		own := *md
		own.Owner = t
		t.Dict.SetStr("__init__", Obj(&own))
		if baseExceptionInits[md] {
			baseExceptionInits[&own] = true
		}
	}
}

// setExcTraceback sets e.__traceback__ to a traceback or None.
func setExcTraceback(e *Exception, x Value) error {
	e.exposed = true
	if tb, ok := x.o.(*Traceback); ok {
		e.tb = tb
		return nil
	}
	if x.IsNone() {
		e.tb = nil
		return nil
	}
	return Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
}

// addObjectAttrSlots gives t its own __getattribute__, __setattr__ and
// __delattr__, which run object's but check their receiver against t (as
// CPython's do for a type that sets the attribute slots itself).
func addObjectAttrSlots(t *Type) {
	for _, name := range []string{"__getattribute__", "__setattr__", "__delattr__"} {
		md := ObjectType.Dict.mustGet(name).o.(*MethodDescriptor)
		own := *md
		own.Owner = t
		own.objectAttr = true
		t.Dict.SetStr(name, Obj(&own))
	}
}
func initExceptionGroups() {
	bg := BaseExceptionGroupType
	newEG := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		pos := args[1 : len(args)-len(kw)]
		if len(pos) != 2 {
			return Null, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos))
		}
		msg, ok := unwrap(pos[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", pos[0].Type().Name)
		}
		if !th.isSequence(pos[1]) {
			return Null, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
		}
		excs, err := th.iterateToSliceHinted(pos[1])
		if err != nil {
			return Null, err
		}
		if len(excs) == 0 {
			return Null, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
		}
		allExc := true
		for i, x := range excs {
			e, ok := x.o.(*Exception)
			if !ok {
				return Null, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
			}
			if !e.typ.IsSubtype(ExceptionType) {
				allExc = false
			}
		}
		if cls == BaseExceptionGroupType && allExc {
			cls = ExceptionGroupType
		} else if cls.IsSubtype(ExceptionType) && !allExc {
			if cls == ExceptionGroupType {
				return Null, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
			}
			return Null, Errorf(TypeErrorType, "Cannot nest BaseExceptions in '%s'", cls.Name)
		}
		v, err := th.allocInstance(cls)
		if err != nil {
			return Null, err
		}
		e := v.o.(*Exception)
		g := &excGroup{msg: msg, excs: NewTuple(excs)}
		e.args = NewTuple(append([]Value(nil), pos...))
		e.group = g
		return v, nil
	}
	bg.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "BaseExceptionGroup", Fn: newEG}))
	shareExceptionNew()
	method(bg, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, baseExceptionInit(excSelf(self), args, kw)
	})
	method(bg, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		msg := e.group.msg.s
		n := len(e.group.excs.items)
		s := "s"
		if n == 1 {
			s = ""
		}
		return String(msg + " (" + formatInt(int64(n)) + " sub-exception" + s + ")"), nil
	})
	getset(bg, "message", func(th *Thread, v Value) (Value, error) { return Obj(excSelf(v).group.msg), nil })
	getset(bg, "exceptions", func(th *Thread, v Value) (Value, error) { return Obj(excSelf(v).group.excs), nil })
	method(bg, "derive", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.Call(Obj(BaseExceptionGroupType), []Value{Obj(excSelf(self).group.msg), args[0]}, nil)
	})
	method(bg, "split", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := checkEGMatcher(th, args[0]); err != nil {
			return Null, err
		}
		match, rest, err := th.egSplit(excSelf(self), args[0])
		if err != nil {
			return Null, err
		}
		return TupleOf(match, rest), nil
	})
	method(bg, "subgroup", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := checkEGMatcher(th, args[0]); err != nil {
			return Null, err
		}
		match, _, err := th.egSplit(excSelf(self), args[0])
		return match, err
	})
}

// checkEGMatcher checks the condition of split and subgroup: a callable
// other than a type, an exception class or a tuple of exception classes.
func checkEGMatcher(th *Thread, cond Value) error {
	isExcClass := func(v Value) bool {
		t, ok := v.o.(*Type)
		return ok && t.IsSubtype(BaseExceptionType)
	}
	if _, isType := cond.o.(*Type); !isType && th.callable(cond) || isExcClass(cond) {
		return nil
	}
	if tu, ok := cond.o.(*Tuple); ok {
		for _, x := range tu.items {
			if !isExcClass(x) {
				return Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
			}
		}
		return nil
	}
	return Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
}

func (th *Thread) isSequence(v Value) bool {
	switch v.o.(type) {
	case *List, *Tuple:
		return true
	}
	if v.Type().IsSubtype(DictType) {
		return false
	}
	return v.Type().Lookup("__getitem__").o != nil
}

// egSplit splits an exception group by a condition (type, tuple of types,
// or predicate), returning (match, rest), each None when empty.
func (th *Thread) egSplit(e *Exception, cond Value) (Value, Value, error) {
	return th.egSplitBy(e, th.egCondition(cond))
}

// egCondition is the test of split and subgroup's condition cond on one
// exception.
func (th *Thread) egCondition(cond Value) func(*Exception) (bool, error) {
	return func(x *Exception) (bool, error) {
		switch c := cond.o.(type) {
		case *Type:
			return x.typ.IsSubtype(c), nil
		case *Tuple:
			for _, t := range c.items {
				if tt, ok := t.o.(*Type); ok && x.typ.IsSubtype(tt) {
					return true, nil
				}
			}
			return false, nil
		}
		r, err := th.Call(cond, []Value{Obj(x)}, nil)
		if err != nil {
			return false, err
		}
		return th.Truth(r)
	}
}

// egSplitBy splits e by matches: a match keeps its subtree whole, a group
// that does not match is split among its exceptions, and the groups of
// the parts are derived from e.
func (th *Thread) egSplitBy(e *Exception, matches func(*Exception) (bool, error)) (Value, Value, error) {
	if ok, err := matches(e); err != nil || ok {
		return Obj(e), None, err
	}
	if !e.typ.IsSubtype(BaseExceptionGroupType) {
		return None, Obj(e), nil
	}
	if err := th.enterRecursive(" in exceptiongroup_split_recursive"); err != nil {
		return Null, Null, err
	}
	defer th.leaveRecursive()
	var mItems, rItems []Value
	for _, sub := range e.group.excs.items {
		m, r, err := th.egSplitBy(sub.o.(*Exception), matches)
		if err != nil {
			return Null, Null, err
		}
		if !m.IsNone() {
			mItems = append(mItems, m)
		}
		if !r.IsNone() {
			rItems = append(rItems, r)
		}
	}
	derive := func(items []Value) (Value, error) {
		if len(items) == 0 {
			return None, nil
		}
		d, err := th.GetAttr(Obj(e), intern("derive"))
		if err != nil {
			return Null, err
		}
		r, err := th.Call(d, []Value{Obj(NewList(items))}, nil)
		if err != nil {
			return Null, err
		}
		ne, ok := r.o.(*Exception)
		if !ok || !ne.typ.IsSubtype(BaseExceptionGroupType) {
			return Null, Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
		}
		ne.tb, ne.cause, ne.context = e.tb, e.cause, e.context
		// Each part gets its own copy of a sequence of notes (CPython's
		// exceptiongroup_subset); notes that are no sequence are dropped.
		notes, err := th.GetAttr(Obj(e), intern("__notes__"))
		if err != nil {
			if !isAttributeError(err) {
				return Null, err
			}
		} else if th.isSequence(notes) {
			items, err := th.iterateToSlice(notes)
			if err != nil {
				return Null, err
			}
			if err := th.SetAttr(r, intern("__notes__"), Obj(NewList(items))); err != nil {
				return Null, err
			}
		}
		return r, nil
	}
	m, err := derive(mItems)
	if err != nil {
		return Null, Null, err
	}
	r, err := derive(rItems)
	return m, r, err
}

// egMatch implements CHECK_EG_MATCH: it returns (rest, match).
func (th *Thread) egMatch(excV, typ Value) (Value, Value, error) {
	if t, ok := typ.o.(*Type); ok && t.IsSubtype(BaseExceptionGroupType) {
		return Null, Null, Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
	}
	if tu, ok := typ.o.(*Tuple); ok {
		for _, x := range tu.items {
			if t, ok := x.o.(*Type); ok && t.IsSubtype(BaseExceptionGroupType) {
				return Null, Null, Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
			}
		}
	}
	exc, ok := excV.o.(*Exception)
	if !ok {
		// Earlier except* clauses matched the whole group.
		return None, None, nil
	}
	if _, err := th.excMatches(excV, typ); err != nil {
		return Null, Null, err
	}
	if !exc.typ.IsSubtype(BaseExceptionGroupType) {
		ok, _ := th.excMatches(excV, typ)
		if ok {
			// A naked exception is wrapped in a group.
			g, err := th.Call(Obj(BaseExceptionGroupType), []Value{String(""), TupleOf(excV)}, nil)
			if err != nil {
				return Null, Null, err
			}
			ge := g.o.(*Exception)
			ge.tb = exc.tb
			th.excInfo = g
			return None, g, nil
		}
		return excV, None, nil
	}
	match, rest, err := th.egSplit(exc, typ)
	if err != nil {
		return Null, Null, err
	}
	if !match.IsNone() {
		th.excInfo = match
	}
	return rest, match, nil
}

// prepReraiseStar computes what a try/except* raises when its handlers are
// done: None, or the exceptions its handlers raised together with the
// parts of the original group that no handler caught or that a handler
// re-raised. listV holds each handler's outcome (None when it raised
// nothing) and, last, the unmatched rest. Re-raised parts, recognized by
// sharing the original's traceback, cause, context and notes, keep their
// place in the original group's structure.
func (th *Thread) prepReraiseStar(orig, listV Value) (Value, error) {
	items := listV.o.(*List).items
	origExc := orig.o.(*Exception)
	if len(items) == 0 {
		return None, nil
	}
	if !origExc.typ.IsSubtype(BaseExceptionGroupType) {
		// A naked exception was wrapped: one handler at most ran.
		return items[0], nil
	}
	var raised []Value
	var reraised []*Exception
	for _, it := range items {
		e, ok := it.o.(*Exception)
		if !ok {
			continue
		}
		if sameExceptionMetadata(e, origExc) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, it)
		}
	}
	kept, err := th.egProjection(origExc, reraised)
	if err != nil {
		return Null, err
	}
	if len(raised) == 0 {
		return kept, nil
	}
	if !kept.IsNone() {
		raised = append(raised, kept)
	}
	if len(raised) == 1 {
		return raised[0], nil
	}
	return th.Call(Obj(ExceptionGroupType), []Value{String(""), Obj(NewList(raised))}, nil)
}

// sameExceptionMetadata reports whether a and b share their traceback,
// cause and context, as the parts split from a group do. (CPython 3.11
// compares its exceptions' notes slot too, which __notes__ never fills:
// the parts have copies of the group's notes.)
func sameExceptionMetadata(a, b *Exception) bool {
	return a.tb == b.tb && a.cause == b.cause && a.context == b.context
}

// egProjection is the part of group eg made of the leaf exceptions of
// keep, with eg's structure, or None.
func (th *Thread) egProjection(eg *Exception, keep []*Exception) (Value, error) {
	leaves := map[*Exception]bool{}
	for _, e := range keep {
		collectLeaves(e, leaves)
	}
	if len(leaves) == 0 {
		return None, nil
	}
	match, _, err := th.egSplitBy(eg, func(x *Exception) (bool, error) {
		return leaves[x], nil
	})
	return match, err
}

// collectLeaves adds the exceptions of e that are not groups to leaves.
func collectLeaves(e *Exception, leaves map[*Exception]bool) {
	if !e.typ.IsSubtype(BaseExceptionGroupType) {
		leaves[e] = true
		return
	}
	for _, sub := range e.group.excs.items {
		collectLeaves(sub.o.(*Exception), leaves)
	}
}

// sameItems reports whether a and b hold the same objects in the same order.
func sameItems(a, b []Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Is(b[i]) {
			return false
		}
	}
	return true
}
