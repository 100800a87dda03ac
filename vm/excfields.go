package vm

// Attributes that CPython keeps in the C structure of an exception family
// (StopIteration.value, OSError.errno, SyntaxError.lineno, ...) rather
// than in the instance __dict__. __init__ sets them from the arguments; an
// exception built by the runtime without __init__ derives them from its
// args the same way.

// excFieldSpec describes the attributes of one exception family.
type excFieldSpec struct {
	names []string
	// fromArgs returns the attribute values __init__ sets for args; Null
	// stands for an unset attribute, which reads as None.
	fromArgs func(args []Value) []Value
}

// excFieldSpecOf returns the attribute description for t's family, or nil.
func excFieldSpecOf(t *Type) *excFieldSpec {
	for _, s := range t.MRO {
		if sp := s.excFields; sp != nil {
			return sp
		}
	}
	return nil
}

// materialize makes e's attributes explicit so that they no longer follow
// its args.
func (e *Exception) materialize() *excFieldSpec {
	sp := excFieldSpecOf(e.typ)
	if sp != nil && e.fields == nil {
		e.fields = sp.fromArgs(e.args.items)
	}
	return sp
}

// field returns attribute i of e's family (Null when unset).
func (e *Exception) field(i int) Value {
	if e.fields != nil {
		return e.fields[i]
	}
	sp := excFieldSpecOf(e.typ)
	if sp == nil {
		return Null
	}
	return sp.fromArgs(e.args.items)[i]
}

// fieldOrNone is field with an unset attribute read as None.
func (e *Exception) fieldOrNone(i int) Value {
	if v := e.field(i); v.o != nil {
		return v
	}
	return None
}

// setField sets attribute i of e's family.
func (e *Exception) setField(i int, v Value) {
	e.materialize()
	e.fields[i] = v
}

// clearFields leaves every attribute of e's family unset, as a newly
// allocated CPython exception has them.
func (e *Exception) clearFields() {
	if sp := excFieldSpecOf(e.typ); sp != nil {
		e.fields = make([]Value, len(sp.names))
	}
}

// excNamedField reads the attribute called name of e's family; ok is false
// when the family has none of that name.
func excNamedField(e *Exception, name string) (Value, bool) {
	sp := excFieldSpecOf(e.typ)
	if sp == nil {
		return Null, false
	}
	for i, n := range sp.names {
		if n == name {
			return e.fieldOrNone(i), true
		}
	}
	return Null, false
}

// addExcFields registers the attributes of the family introduced by t and
// installs their descriptors, which read an unset attribute as None and
// accept any value (deleting unsets).
func addExcFields(t *Type, fromArgs func(args []Value) []Value, names ...string) {
	t.excFields = &excFieldSpec{names: names, fromArgs: fromArgs}
	for i, name := range names {
		if name == "" {
			continue
		}
		t.addGetSet(name, func(th *Thread, v Value) (Value, error) {
			return excSelf(v).fieldOrNone(i), nil
		}, func(th *Thread, v, x Value) error {
			excSelf(v).setField(i, x)
			return nil
		})
	}
}

// argOr returns args[i], or Null when there is no such argument.
func argOr(args []Value, i int) Value {
	if i < len(args) {
		return args[i]
	}
	return Null
}

// nulls returns n unset attribute values.
func nulls(n int) func([]Value) []Value {
	return func([]Value) []Value { return make([]Value, n) }
}

// Attribute indexes of the OSError family.
const (
	osErrno = iota
	osStrerror
	osFilename
	osFilename2
	osWritten // BlockingIOError.characters_written; Null when unset
)

// Attribute indexes of the SyntaxError family.
const (
	synMsg = iota
	synFilename
	synLineno
	synOffset
	synText
	synEndLineno
	synEndOffset
	synPrintFileAndLine
)

// osErrorFieldsFromArgs splits OSError arguments as oserror_parse_args and
// oserror_init do.
func osErrorFieldsFromArgs(args []Value) []Value {
	f := make([]Value, 5)
	if len(args) < 2 || len(args) > 5 {
		return f
	}
	f[osErrno], f[osStrerror] = args[0], args[1]
	if fn := argOr(args, 2); fn.o != nil && !fn.IsNone() {
		f[osFilename] = fn
		if fn2 := argOr(args, 4); fn2.o != nil && !fn2.IsNone() {
			f[osFilename2] = fn2
		}
	}
	return f
}

// syntaxErrorFieldsFromArgs reads SyntaxError(msg, (filename, lineno,
// offset, text[, end_lineno, end_offset])).
func syntaxErrorFieldsFromArgs(args []Value) []Value {
	f := make([]Value, 8)
	f[synMsg] = argOr(args, 0)
	if len(args) == 2 {
		if t, ok := args[1].o.(*Tuple); ok && len(t.items) >= 4 && len(t.items) <= 6 {
			copy(f[synFilename:], t.items)
		}
	}
	return f
}

func initExceptionFields() {
	addExcFields(StopIterationType, func(args []Value) []Value {
		v := argOr(args, 0)
		if v.o == nil {
			v = None
		}
		return []Value{v}
	}, "value")
	addExcFields(SystemExitType, func(args []Value) []Value {
		return []Value{systemExitCode(args)}
	}, "code")
	addExcFields(ImportErrorType, func(args []Value) []Value {
		msg := Null
		if len(args) == 1 {
			msg = args[0]
		}
		return []Value{msg, Null, Null}
	}, "msg", "name", "path")
	addExcFields(NameErrorType, nulls(1), "name")
	addExcFields(AttributeErrorType, nulls(2), "name", "obj")
	addExcFields(SyntaxErrorType, syntaxErrorFieldsFromArgs,
		"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line")
	addExcFields(OSErrorType, osErrorFieldsFromArgs, "errno", "strerror", "filename", "filename2", "")
	for _, t := range []*Type{UnicodeEncodeErrorType, UnicodeDecodeErrorType, UnicodeTranslateErrorType} {
		translate := t == UnicodeTranslateErrorType
		addExcFields(t, func(args []Value) []Value {
			if translate {
				if len(args) != 4 {
					return make([]Value, 5)
				}
				return append([]Value{Null}, args...)
			}
			if len(args) != 5 {
				return make([]Value, 5)
			}
			return append([]Value(nil), args...)
		}, "encoding", "object", "start", "end", "reason")
	}
}

// systemExitCode is SystemExit.code for the given args.
func systemExitCode(args []Value) Value {
	switch len(args) {
	case 0:
		return None
	case 1:
		return args[0]
	}
	return Obj(NewTuple(append([]Value(nil), args...)))
}

// undefinedName is the NameError for a name that is not defined, with its
// name attribute set.
func undefinedName(name string) error {
	e := NewException(NameErrorType, String("name '"+name+"' is not defined"))
	e.fields = []Value{String(name)}
	return e
}
