package vm

// Methods and attributes of BaseException and its subclasses, including
// exception groups.

func excSelf(v Value) *Exception { return v.o.(*Exception) }

// excDictSetter sets an exception attribute kept in its __dict__.
func excDictSetter(name string) func(th *Thread, v, x Value) error {
	return func(th *Thread, v, x Value) error {
		e := excSelf(v)
		if e.dict == nil {
			e.dict = NewDict()
		}
		e.dict.SetStr(name, x)
		return nil
	}
}

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

func initExceptionMethods() {
	b := BaseExceptionType
	b.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "BaseException", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		t, ok := args[0].o.(*Type)
		if !ok || !t.IsSubtype(BaseExceptionType) {
			return Null, Errorf(TypeErrorType, "BaseException.__new__(X): X is not a subtype of BaseException")
		}
		pos := args[1 : len(args)-len(kw)]
		if t == OSErrorType && len(pos) >= 2 && len(pos) <= 5 && pos[0].IsSmallInt() {
			// OSError(errno, ...) picks the subclass for the errno.
			if sub, ok := osErrorSubclass(pos[0].SmallInt()); ok {
				t = sub
			}
		}
		v, err := th.allocInstance(t)
		if err != nil {
			return Null, err
		}
		e := v.o.(*Exception)
		e.args = NewTuple(append([]Value(nil), pos...))
		return v, nil
	}}))
	method(b, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		if len(kw) > 0 && e.typ.Lookup("__init__").o == b.Dict.mustGet("__init__").o {
			return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
		}
		e.args = NewTuple(append([]Value(nil), args[:len(args)-len(kw)]...))
		return None, nil
	})
	method(b, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := excStr(th, excSelf(self))
		return String(s), err
	})
	method(b, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		var s string
		var err error
		if len(e.args.items) == 1 {
			s, err = th.Repr(e.args.items[0])
			s = "(" + s + ")"
		} else {
			s, err = th.Repr(Obj(e.args))
		}
		return String(e.typ.Name + s), err
	})
	method(b, "with_traceback", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		if tb, ok := args[0].o.(*Traceback); ok {
			e.tb = tb
		} else {
			e.tb = nil
		}
		return self, nil
	})
	method(b, "add_note", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		if _, ok := args[0].o.(*Str); !ok {
			return Null, Errorf(TypeErrorType, "note must be a str, not '%s'", args[0].Type().Name)
		}
		if e.dict == nil {
			e.dict = NewDict()
		}
		notes, ok := e.dict.GetStr("__notes__")
		if !ok {
			notes = Obj(NewList(nil))
			e.dict.SetStr("__notes__", notes)
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
		for _, k := range d.Keys() {
			v, _, err := d.Get(th, k)
			if err != nil {
				return Null, err
			}
			name, ok := k.o.(*Str)
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
			items, err := th.iterateToSlice(x)
			if err != nil {
				return err
			}
			excSelf(v).args = NewTuple(items)
			return nil
		})
	b.addGetSet("__traceback__", func(th *Thread, v Value) (Value, error) {
		if excSelf(v).tb == nil {
			return None, nil
		}
		return Obj(excSelf(v).tb), nil
	}, func(th *Thread, v, x Value) error {
		if tb, ok := x.o.(*Traceback); ok {
			excSelf(v).tb = tb
			return nil
		}
		if x.IsNone() {
			excSelf(v).tb = nil
			return nil
		}
		return Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
	})
	b.addGetSet("__cause__", func(th *Thread, v Value) (Value, error) { return excSelf(v).cause, nil },
		func(th *Thread, v, x Value) error {
			if _, ok := x.o.(*Exception); !ok && !x.IsNone() {
				return Errorf(TypeErrorType, "exception cause must be None or derive from BaseException")
			}
			excSelf(v).cause = x
			excSelf(v).suppressContext = true
			return nil
		})
	b.addGetSet("__context__", func(th *Thread, v Value) (Value, error) { return excSelf(v).context, nil },
		func(th *Thread, v, x Value) error {
			if _, ok := x.o.(*Exception); !ok && !x.IsNone() {
				return Errorf(TypeErrorType, "exception context must be None or derive from BaseException")
			}
			excSelf(v).context = x
			return nil
		})
	b.addGetSet("__suppress_context__", func(th *Thread, v Value) (Value, error) { return Bool(excSelf(v).suppressContext), nil },
		func(th *Thread, v, x Value) error {
			t, err := th.Truth(x)
			excSelf(v).suppressContext = t
			return err
		})
	b.addGetSet("__dict__", func(th *Thread, v Value) (Value, error) {
		e := excSelf(v)
		if e.dict == nil {
			e.dict = NewDict()
		}
		return Obj(e.dict), nil
	}, nil)

	argGetter := func(t *Type, name string, idx int) {
		t.addGetSet(name, func(th *Thread, v Value) (Value, error) {
			e := excSelf(v)
			if e.dict != nil {
				if x, ok := e.dict.GetStr(name); ok {
					return x, nil
				}
			}
			if idx < len(e.args.items) {
				return e.args.items[idx], nil
			}
			return None, nil
		}, excDictSetter(name))
	}
	argGetter(StopIterationType, "value", 0)
	argGetter(StopAsyncIterationType, "value", 0)
	SystemExitType.addGetSet("code", func(th *Thread, v Value) (Value, error) {
		e := excSelf(v)
		switch len(e.args.items) {
		case 0:
			return None, nil
		case 1:
			return e.args.items[0], nil
		}
		return Obj(e.args), nil
	}, nil)
	for _, name := range []string{"name", "obj"} {
		argGetter(AttributeErrorType, name, 99)
	}
	argGetter(NameErrorType, "name", 99)
	argGetter(ImportErrorType, "name", 99)
	argGetter(ImportErrorType, "path", 99)
	argGetter(ImportErrorType, "msg", 0)
	method(OSErrorType, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		e.args = NewTuple(append([]Value(nil), args...))
		if n := len(args); n >= 3 && n <= 5 {
			if e.dict == nil {
				e.dict = NewDict()
			}
			e.dict.SetStr("filename", args[2])
			if n == 5 {
				e.dict.SetStr("filename2", args[4])
			}
			e.args = NewTuple(append([]Value(nil), args[:2]...))
		}
		return None, nil
	})
	for i, name := range []string{"errno", "strerror", "filename"} {
		OSErrorType.addGetSet(name, func(th *Thread, v Value) (Value, error) {
			e := excSelf(v)
			if e.dict != nil {
				if x, ok := e.dict.GetStr(name); ok {
					return x, nil
				}
			}
			errno, strerror, filename, ok := osErrorFields(e)
			if !ok {
				return None, nil
			}
			x := []Value{errno, strerror, filename}[i]
			if x.o == nil {
				return None, nil
			}
			return x, nil
		}, excDictSetter(name))
	}
	for _, name := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
		argGetter(SyntaxErrorType, name, 99)
	}
	method(SyntaxErrorType, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		e.args = NewTuple(append([]Value(nil), args...))
		if e.dict == nil {
			e.dict = NewDict()
		}
		if len(args) > 0 {
			e.dict.SetStr("msg", args[0])
		}
		if len(args) > 1 {
			if t, ok := args[1].o.(*Tuple); ok {
				names := []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}
				for i, x := range t.items {
					if i < len(names) {
						e.dict.SetStr(names[i], x)
					}
				}
			}
		}
		return None, nil
	})
	method(SyntaxErrorType, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		msg := None
		if len(e.args.items) > 0 {
			msg = e.args.items[0]
		}
		s, err := th.Str(msg)
		if err != nil {
			return Null, err
		}
		if e.dict != nil {
			fn, _ := e.dict.GetStr("filename")
			ln, _ := e.dict.GetStr("lineno")
			if fs, ok := fn.o.(*Str); ok && ln.IsSmallInt() {
				return String(s + " (" + baseName(fs.s) + ", line " + formatInt(int64(ln.n)) + ")"), nil
			}
			if ln.IsSmallInt() {
				return String(s + " (line " + formatInt(int64(ln.n)) + ")"), nil
			}
		}
		return String(s), nil
	})
	method(KeyErrorType, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := excStr(th, excSelf(self))
		return String(s), err
	})
	initExceptionGroups()
	initUnicodeErrors()
}

func baseName(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[i+1:]
		}
	}
	return p
}

func initExceptionGroups() {
	bg := BaseExceptionGroupType
	newEG := func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		if len(args) != 3 {
			return Null, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args)-1)
		}
		msg, ok := unwrap(args[1]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "argument 1 must be str, not %s", args[1].Type().Name)
		}
		excs, err := th.iterateToSlice(args[2])
		if err != nil || !th.isSequence(args[2]) {
			return Null, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
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
		e.args = NewTuple([]Value{args[1], Obj(g.excs)})
		e.group = g
		return v, nil
	}
	bg.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "BaseExceptionGroup", Fn: newEG}))
	shareExceptionNew()
	method(bg, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return None, nil })
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
		match, rest, err := th.egSplit(excSelf(self), args[0])
		if err != nil {
			return Null, err
		}
		return TupleOf(match, rest), nil
	})
	method(bg, "subgroup", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		match, _, err := th.egSplit(excSelf(self), args[0])
		return match, err
	})
}

func (th *Thread) isSequence(v Value) bool {
	switch v.o.(type) {
	case *List, *Tuple:
		return true
	}
	return v.Type().Lookup("__getitem__").o != nil
}

// egSplit splits an exception group by a condition (type, tuple of types,
// or predicate), returning (match, rest), each None when empty.
func (th *Thread) egSplit(e *Exception, cond Value) (Value, Value, error) {
	matches := func(x *Exception) (bool, error) {
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
	if ok, err := matches(e); err != nil || ok {
		return Obj(e), None, err
	}
	if !e.typ.IsSubtype(BaseExceptionGroupType) {
		return None, Obj(e), nil
	}
	var mItems, rItems []Value
	for _, sub := range e.group.excs.items {
		m, r, err := th.egSplit(sub.o.(*Exception), cond)
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
		if e.dict != nil {
			if n, ok := e.dict.GetStr("__notes__"); ok {
				if ne.dict == nil {
					ne.dict = NewDict()
				}
				ne.dict.SetStr("__notes__", n)
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
	exc := excV.o.(*Exception)
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

// prepReraiseStar computes what a try/except* re-raises: the unhandled
// rest plus exceptions raised by handlers, or None.
func (th *Thread) prepReraiseStar(orig, listV Value) (Value, error) {
	items := listV.o.(*List).items
	var raised []Value
	var keep []Value
	origExc := orig.o.(*Exception)
	for i, it := range items {
		if it.IsNone() {
			continue
		}
		if i == len(items)-1 {
			keep = append(keep, it) // the unhandled rest
			continue
		}
		raised = append(raised, it)
	}
	if len(raised) == 0 && len(keep) == 0 {
		return None, nil
	}
	if len(raised) == 0 {
		return keep[0], nil
	}
	var all []Value
	if len(keep) > 0 {
		all = append(all, keep...)
	}
	all = append(all, raised...)
	if len(all) == 1 {
		return all[0], nil
	}
	g, err := th.Call(Obj(BaseExceptionGroupType), []Value{String(""), Obj(NewList(all))}, nil)
	if err != nil {
		return Null, err
	}
	_ = origExc
	return g, nil
}
