package vm

// OSError and SyntaxError: their constructors, attributes and messages,
// as CPython's exceptions.c has them.

// osErrorUseInit reports whether instances of t are set up by __init__
// rather than __new__: CPython's OSError does its work in __new__ unless
// a subclass overrides __init__ but not __new__.
func osErrorUseInit(t *Type) bool {
	return !hasBuiltinOSErrorInit(t) && t.Lookup("__new__").o == OSErrorType.Dict.mustGet("__new__").o
}

// hasBuiltinOSErrorInit reports whether the __init__ of t is OSError's
// (which the builtin subclasses of OSError have as their own).
func hasBuiltinOSErrorInit(t *Type) bool {
	for _, s := range t.MRO {
		if _, ok := s.Dict.GetStr("__init__"); ok {
			return !s.heap && s.IsSubtype(OSErrorType)
		}
	}
	return false
}

// osErrnoSubclass returns the OSError subclass for an errno argument, as
// CPython's errno map (a dict keyed by ints) gives it: an instance of an
// int subclass is looked up by its hash and compared with the key.
func (th *Thread) osErrnoSubclass(errno Value) (*Type, bool, error) {
	switch errno.o.(type) {
	case intTag, boolTag:
		t, ok := osErrorSubclass(int64(errno.n))
		return t, ok, nil
	case *Instance:
		if !isIntLike(errno) {
			return nil, false, nil
		}
	default:
		return nil, false, nil
	}
	h, err := th.Hash(errno)
	if err != nil {
		return nil, false, err
	}
	t, ok := osErrorSubclass(h)
	if !ok {
		return nil, false, nil
	}
	eq, err := th.Equal(Int(h), errno)
	if err != nil || !eq {
		return nil, false, err
	}
	return t, true, nil
}

// numberCheck is CPython's PyNumber_Check.
func numberCheck(v Value) bool {
	t := v.Type()
	for _, m := range []string{"__index__", "__int__", "__float__"} {
		if t.Lookup(m).o != nil {
			return true
		}
	}
	return t.IsSubtype(ComplexType)
}

// osErrorInit sets up an OSError from its arguments as CPython's
// oserror_parse_args and oserror_init do: errno and strerror from the
// first two of two to five arguments, then filename and filename2, which
// are dropped from args, or for BlockingIOError the number of characters
// written.
func (th *Thread) osErrorInit(e *Exception, args []Value) error {
	args = append([]Value(nil), args...)
	f := e.fields
	var errno, strerror, filename, filename2 Value
	if n := len(args); n >= 2 && n <= 5 {
		errno, strerror = args[0], args[1]
		filename, filename2 = argOr(args, 2), argOr(args, 4)
	}
	if filename.o != nil && !filename.IsNone() {
		if e.typ == BlockingIOErrorType && numberCheck(filename) {
			n, ok, err := th.indexOr(filename, ValueErrorType)
			if err != nil {
				return err
			}
			if !ok {
				return Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", filename.Type().Name)
			}
			f[osWritten] = Int(n)
		} else {
			f[osFilename] = filename
			if filename2.o != nil && !filename2.IsNone() {
				f[osFilename2] = filename2
			}
			if len(args) >= 2 && len(args) <= 5 {
				args = args[:2]
			}
		}
	}
	f[osErrno], f[osStrerror] = errno, strerror
	e.args = tupleCopy(args)
	return nil
}

func initOSErrorMethods() {
	o := OSErrorType
	o.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "OSError", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		t, ok := args[0].o.(*Type)
		if !ok || !t.IsSubtype(OSErrorType) {
			return Null, Errorf(TypeErrorType, "OSError.__new__(X): X is not a subtype of OSError")
		}
		pos := args[1 : len(args)-len(kw)]
		useInit := osErrorUseInit(t)
		if !useInit {
			if err := noKeywords(t, kw); err != nil {
				return Null, err
			}
			if t == OSErrorType && len(pos) >= 2 && len(pos) <= 5 {
				sub, ok, err := th.osErrnoSubclass(pos[0])
				if err != nil {
					return Null, err
				}
				if ok {
					t = sub
				}
			}
		}
		e, v, err := th.newExcInstance(t, nil)
		if err != nil {
			return Null, err
		}
		e.materialize()
		if !useInit {
			if err := th.osErrorInit(e, pos); err != nil {
				return Null, err
			}
		}
		return v, nil
	}}))
	method(o, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		if !osErrorUseInit(e.typ) {
			return None, nil
		}
		if err := noKeywords(e.typ, kw); err != nil {
			return Null, err
		}
		e.materialize()
		return None, th.osErrorInit(e, args)
	})
	method(o, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		s, ok, err := osErrorStr(e, th.Str, th.Repr)
		if !ok {
			s, err = baseExcStr(th, e)
		}
		return String(s), err
	})
	o.addGetSet("characters_written", func(th *Thread, v Value) (Value, error) {
		w := excSelf(v).field(osWritten)
		if w.o == nil {
			return Null, NewException(AttributeErrorType, String("characters_written"))
		}
		return w, nil
	}, func(th *Thread, v, x Value) error {
		e := excSelf(v)
		if x.o == nil {
			if e.field(osWritten).o == nil {
				return NewException(AttributeErrorType, String("characters_written"))
			}
			e.setField(osWritten, Null)
			return nil
		}
		n, ok, err := th.indexOr(x, ValueErrorType)
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", x.Type().Name)
		}
		e.setField(osWritten, Int(n))
		return nil
	})
}

func initSyntaxErrorMethods() {
	excInit(SyntaxErrorType, func(th *Thread, e *Exception, pos []Value) error {
		if len(pos) >= 1 {
			e.fields[synMsg] = pos[0]
		}
		if len(pos) != 2 {
			return nil
		}
		info, err := th.iterateToSliceHinted(pos[1])
		if err != nil {
			return err
		}
		if len(info) < 4 {
			return Errorf(TypeErrorType, "function takes at least 4 arguments (%d given)", len(info))
		}
		if len(info) > 6 {
			return Errorf(TypeErrorType, "function takes at most 6 arguments (%d given)", len(info))
		}
		f := e.fields
		f[synEndLineno], f[synEndOffset] = Null, Null
		copy(f[synFilename:], info)
		if f[synEndLineno].o != nil && f[synEndOffset].o == nil {
			return Errorf(TypeErrorType, "end_offset must be provided when end_lineno is provided")
		}
		return nil
	})
	method(SyntaxErrorType, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := excSelf(self)
		s, err := th.Str(e.fieldOrNone(synMsg))
		if err != nil {
			return Null, err
		}
		file := ""
		fn := e.field(synFilename)
		haveFile := fn.o != nil && fn.Type().IsSubtype(StrType)
		if haveFile {
			file = baseName(unwrap(fn).o.(*Str).s)
		}
		ln := e.field(synLineno)
		haveLine := ln.o != nil && ln.Type() == IntType
		line := ""
		if haveLine {
			line = "-1"
			if ln.IsSmallInt() {
				line = formatInt(int64(ln.n))
			}
		}
		switch {
		case haveFile && haveLine:
			s += " (" + file + ", line " + line + ")"
		case haveFile:
			s += " (" + file + ")"
		case haveLine:
			s += " (line " + line + ")"
		}
		return String(s), nil
	})
}

// baseName is the last component of a slash-separated path.
func baseName(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[i+1:]
		}
	}
	return p
}
