package vm

// The _csv module, as CPython 3.11's Modules/_csv.c: Dialect, reader,
// writer, the dialect registry, field_size_limit and csv.Error. The
// parsing state machine and the writer's quoting are in vm/lib/csvcore.

import (
	"sync"

	"github.com/pyjit/pyjit/vm/lib/csvcore"
)

var (
	// CSVDialectType is _csv.Dialect.
	CSVDialectType *Type
	// CSVReaderType is _csv.reader (_csv.Reader).
	CSVReaderType *Type
	// CSVWriterType is _csv.writer (_csv.Writer).
	CSVWriterType *Type
	csvOnce       sync.Once
)

// csvState is the state of one _csv module: its Error class, its
// dialect registry and its field size limit.
type csvState struct {
	errType  *Type
	dialects *Dict
	limit    int
}

func (s *csvState) err(e error) error {
	if ce, ok := e.(*csvcore.Error); ok {
		return Errorf(s.errType, "%s", ce.Msg)
	}
	return e
}

// csvDialect is an instance of _csv.Dialect.
type csvDialect struct {
	d        csvcore.Dialect
	lineterm *Str // the lineterminator
}

// Type implements Object.
func (*csvDialect) Type() *Type { return CSVDialectType }

// csvReader is an instance of _csv.reader.
type csvReader struct {
	st      *csvState
	input   Value // the iterator of lines
	dialect *csvDialect
	parser  csvcore.Parser
	fields  []Value
	lineNum int64
}

// Type implements Object.
func (*csvReader) Type() *Type { return CSVReaderType }

// csvWriter is an instance of _csv.writer.
type csvWriter struct {
	st      *csvState
	write   Value // the file's write method
	dialect *csvDialect
	joiner  csvcore.Joiner
}

// Type implements Object.
func (*csvWriter) Type() *Type { return CSVWriterType }

// csvDialectParams are Dialect()'s parameters after dialect, in order.
var csvDialectParams = []string{"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"}

func dialectSelf(v Value) *csvDialect { return unwrap(v).o.(*csvDialect) }

// charOrNone is a dialect character as Python sees it.
func charOrNone(c rune) Value {
	if c == csvcore.NotSet {
		return None
	}
	return String(encodeRunes([]rune{c}))
}

func initCSVTypes() {
	d := newBuiltinType("Dialect", ObjectType)
	d.layout = d
	d.Dict.SetStr("__module__", String("_csv"))
	d.Dict.SetStr("__doc__", String("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"))
	d.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "Dialect", Fn: csvDialectNew}))
	// Dialects are not picklable; the message names the class by its
	// short name.
	noPickle := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "cannot pickle '%s' instances", self.Type().QualName)
	}
	method(d, "__reduce__", noPickle)
	method(d, "__reduce_ex__", noPickle)
	chars := map[string]func(*csvcore.Dialect) rune{
		"delimiter":  func(d *csvcore.Dialect) rune { return d.Delimiter },
		"quotechar":  func(d *csvcore.Dialect) rune { return d.QuoteChar },
		"escapechar": func(d *csvcore.Dialect) rune { return d.EscapeChar },
	}
	for name, get := range chars {
		get := get
		getset(d, name, func(th *Thread, self Value) (Value, error) { return charOrNone(get(&dialectSelf(self).d)), nil })
	}
	flags := map[string]func(*csvcore.Dialect) bool{
		"doublequote":      func(d *csvcore.Dialect) bool { return d.DoubleQuote },
		"skipinitialspace": func(d *csvcore.Dialect) bool { return d.SkipInitialSpace },
		"strict":           func(d *csvcore.Dialect) bool { return d.Strict },
	}
	for name, get := range flags {
		get := get
		d.addReadonly(name, func(th *Thread, self Value) (Value, error) { return Bool(get(&dialectSelf(self).d)), nil })
	}
	getset(d, "lineterminator", func(th *Thread, self Value) (Value, error) { return Obj(dialectSelf(self).lineterm), nil })
	getset(d, "quoting", func(th *Thread, self Value) (Value, error) { return Int(int64(dialectSelf(self).d.Quoting)), nil })
	CSVDialectType = d

	r := newBuiltinType("reader", ObjectType)
	r.layout = r
	r.final = true
	r.Dict.SetStr("__module__", String("_csv"))
	r.Dict.SetStr("__doc__", String("CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n"))
	method(r, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil })
	method(r, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.csvReaderNext(self.o.(*csvReader))
	})
	r.addReadonly("dialect", func(th *Thread, self Value) (Value, error) { return Obj(self.o.(*csvReader).dialect), nil })
	r.addReadonly("line_num", func(th *Thread, self Value) (Value, error) { return Int(self.o.(*csvReader).lineNum), nil })
	CSVReaderType = r

	w := newBuiltinType("writer", ObjectType)
	w.layout = w
	w.final = true
	w.Dict.SetStr("__module__", String("_csv"))
	w.Dict.SetStr("__doc__", String("CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n"))
	method(w, "writerow", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.csvWriteRow(self.o.(*csvWriter), args[0])
	})
	method(w, "writerows", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, th.csvWriteRows(self.o.(*csvWriter), args[0])
	})
	w.addReadonly("dialect", func(th *Thread, self Value) (Value, error) { return Obj(self.o.(*csvWriter).dialect), nil })
	CSVWriterType = w

	for _, t := range []*Type{r, w} {
		full := typeFullName(t)
		t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Null, Errorf(TypeErrorType, "cannot create '%s' instances", full)
		}}))
	}
	attachArgSpecs([]*Type{d, r, w})
	// As CPython's static types, their names in messages include the
	// module; __name__ is the last part.
	d.Name, r.Name, w.Name = "_csv.Dialect", "_csv.reader", "_csv.writer"
}

// csvDialectNew implements Dialect.__new__(cls, dialect=None, **params).
func csvDialectNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	cls := args[0].o.(*Type)
	args = args[1:]
	npos := len(args) - len(kw)
	if len(args) > 1+len(csvDialectParams) {
		return Null, Errorf(TypeErrorType, "function takes at most %d arguments (%d given)", 1+len(csvDialectParams), len(args))
	}
	params := make([]Value, 1+len(csvDialectParams))
	copy(params, args[:npos])
	for i, k := range kw {
		j := 0
		if k != "dialect" {
			j = indexOfString(csvDialectParams, k) + 1
			if j == 0 {
				return Null, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for this function", k)
			}
		}
		if params[j].o != nil {
			return Null, Errorf(TypeErrorType, "argument for function given by name ('%s') and position (%d)", k, j+1)
		}
		params[j] = args[npos+i]
	}
	base, given := params[0], params[1:]
	if base.o != nil {
		if _, isStr := base.o.(*Str); isStr || base.Type().IsSubtype(StrType) {
			st, err := th.csvModuleState()
			if err != nil {
				return Null, err
			}
			if base, err = st.lookupDialect(th, base); err != nil {
				return Null, err
			}
		}
		if base.Type().IsSubtype(CSVDialectType) && allNull(given) {
			return base, nil
		}
		for i, name := range csvDialectParams {
			if given[i].o == nil {
				// A missing attribute leaves the default, as CPython's
				// PyErr_Clear after its lookups.
				if v, err := th.GetAttr(base, NewStr(name)); err == nil {
					given[i] = v
				}
			}
		}
	}
	d, err := newCSVDialect(th, given)
	if err != nil {
		return Null, err
	}
	if cls != CSVDialectType {
		return newSubclassInstance(cls, Obj(d)), nil
	}
	return Obj(d), nil
}

func allNull(vs []Value) bool {
	for _, v := range vs {
		if v.o != nil {
			return false
		}
	}
	return true
}

func indexOfString(ss []string, s string) int {
	for i, x := range ss {
		if x == s {
			return i
		}
	}
	return -1
}

// newCSVDialect checks and converts the dialect parameters p (Null where
// not given), in the order of csvDialectParams.
func newCSVDialect(th *Thread, p []Value) (*csvDialect, error) {
	delimiter, doublequote, escapechar, lineterm, quotechar, quoting, skipspace, strict := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]
	cd := &csvDialect{}
	d := &cd.d
	var err error
	if d.Delimiter, err = dialectChar("delimiter", delimiter, ',', false); err != nil {
		return nil, err
	}
	if d.DoubleQuote, err = dialectBool(th, doublequote, true); err != nil {
		return nil, err
	}
	if d.EscapeChar, err = dialectChar("escapechar", escapechar, csvcore.NotSet, true); err != nil {
		return nil, err
	}
	if cd.lineterm, err = dialectLineterm(lineterm); err != nil {
		return nil, err
	}
	if d.QuoteChar, err = dialectChar("quotechar", quotechar, '"', true); err != nil {
		return nil, err
	}
	if d.Quoting, err = dialectQuoting(th, quoting); err != nil {
		return nil, err
	}
	if d.SkipInitialSpace, err = dialectBool(th, skipspace, false); err != nil {
		return nil, err
	}
	if d.Strict, err = dialectBool(th, strict, false); err != nil {
		return nil, err
	}
	if d.Quoting < csvcore.QuoteMinimal || d.Quoting > csvcore.QuoteNone {
		return nil, Errorf(TypeErrorType, "bad \"quoting\" value")
	}
	if quotechar.IsNone() && quoting.o == nil {
		d.Quoting = csvcore.QuoteNone
	}
	if d.Quoting != csvcore.QuoteNone && d.QuoteChar == csvcore.NotSet {
		return nil, Errorf(TypeErrorType, "quotechar must be set if quoting enabled")
	}
	if cd.lineterm == nil {
		return nil, Errorf(TypeErrorType, "lineterminator must be set")
	}
	d.LineTerminator = cd.lineterm.Runes()
	return cd, nil
}

// dialectChar converts a one-character parameter; None is allowed (as
// NotSet) when orNone is set.
func dialectChar(name string, v Value, def rune, orNone bool) (rune, error) {
	if v.o == nil {
		return def, nil
	}
	if orNone && v.IsNone() {
		return csvcore.NotSet, nil
	}
	s, ok := unwrap(v).o.(*Str)
	if !ok {
		if orNone {
			return 0, Errorf(TypeErrorType, "\"%s\" must be string or None, not %s", name, v.Type().Name)
		}
		return 0, Errorf(TypeErrorType, "\"%s\" must be string, not %s", name, v.Type().Name)
	}
	rs := s.Runes()
	if len(rs) != 1 {
		return 0, Errorf(TypeErrorType, "\"%s\" must be a 1-character string", name)
	}
	return rs[0], nil
}

func dialectBool(th *Thread, v Value, def bool) (bool, error) {
	if v.o == nil {
		return def, nil
	}
	return th.Truth(v)
}

// dialectLineterm returns lineterminator as a str, nil for None.
func dialectLineterm(v Value) (*Str, error) {
	switch {
	case v.o == nil:
		return NewStr("\r\n"), nil
	case v.IsNone():
		return nil, nil
	}
	s, ok := unwrap(v).o.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "\"lineterminator\" must be a string")
	}
	return s, nil
}

// dialectQuoting converts quoting, which must be an int exactly.
func dialectQuoting(th *Thread, v Value) (csvcore.Quoting, error) {
	if v.o == nil {
		return csvcore.QuoteMinimal, nil
	}
	if v.Type() != IntType {
		return 0, Errorf(TypeErrorType, "\"quoting\" must be an integer")
	}
	n, err := th.cIntArg(v)
	return csvcore.Quoting(n), err
}

// csvModuleState returns the state of the last _csv module made,
// importing it when there is none.
func (th *Thread) csvModuleState() (*csvState, error) {
	if th.interp.csv == nil {
		if _, err := th.importModule("_csv"); err != nil {
			return nil, err
		}
	}
	return th.interp.csv, nil
}

// lookupDialect finds a registered dialect by name.
func (s *csvState) lookupDialect(th *Thread, name Value) (Value, error) {
	d, ok, err := s.dialects.Get(th, name)
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, Errorf(s.errType, "unknown dialect")
	}
	return d, nil
}

// callDialect makes a Dialect of base (Null for none) and the keyword
// arguments args[from:] named by kw.
func (th *Thread) callDialect(base Value, args []Value, kw []string) (*csvDialect, error) {
	call := make([]Value, 0, 1+len(kw))
	if base.o != nil {
		call = append(call, base)
	}
	call = append(call, args[len(args)-len(kw):]...)
	v, err := th.Call(Obj(CSVDialectType), call, kw)
	if err != nil {
		return nil, err
	}
	return dialectSelf(v), nil
}

// csvPositional splits the positional arguments of reader(), writer() and
// register_dialect(): one required, one optional.
func csvPositional(args []Value, kw []string) (first, second Value, err error) {
	npos := len(args) - len(kw)
	switch {
	case npos < 1:
		return Null, Null, Errorf(TypeErrorType, " expected at least 1 argument, got %d", npos)
	case npos > 2:
		return Null, Null, Errorf(TypeErrorType, " expected at most 2 arguments, got %d", npos)
	}
	first = args[0]
	if npos == 2 {
		second = args[1]
	}
	return first, second, nil
}

func (s *csvState) reader(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	src, base, err := csvPositional(args, kw)
	if err != nil {
		return Null, err
	}
	it, err := th.Iter(src)
	if err != nil {
		return Null, err
	}
	d, err := th.callDialect(base, args, kw)
	if err != nil {
		return Null, err
	}
	r := &csvReader{st: s, input: it, dialect: d}
	r.parser.D = &d.d
	return Obj(r), nil
}

// csvSaveField appends a parsed field to the reader's record, as a float
// when numeric.
func (th *Thread) csvSaveField(r *csvReader, field []rune, numeric bool) error {
	v := String(encodeRunes(field))
	if numeric {
		f, err := th.floatFrom(v)
		if err != nil {
			return err
		}
		v = f
	}
	r.fields = append(r.fields, v)
	return nil
}

// csvReaderNext returns the next record as a list of fields.
func (th *Thread) csvReaderNext(r *csvReader) (Value, error) {
	r.fields = nil
	r.parser.Reset()
	// The parser's Save runs on the thread that created the reader;
	// rebind it to the one reading.
	r.parser.Save = func(field []rune, numeric bool) error { return th.csvSaveField(r, field, numeric) }
	for {
		line, ok, err := th.Next(r.input)
		if err != nil {
			return Null, err
		}
		if !ok {
			cut, err := r.parser.End()
			if err != nil {
				return Null, r.st.err(err)
			}
			if !cut {
				return Null, NewException(StopIterationType)
			}
			break
		}
		s, isStr := unwrap(line).o.(*Str)
		if !isStr {
			return Null, Errorf(r.st.errType, "iterator should return strings, not %s (the file should be opened in text mode)", line.Type().Name)
		}
		r.lineNum++
		if err := r.parser.Feed(s.Runes(), r.st.limit); err != nil {
			return Null, r.st.err(err)
		}
		if !r.parser.InRecord() {
			break
		}
	}
	fields := r.fields
	r.fields = nil
	if fields == nil {
		fields = []Value{}
	}
	return Obj(NewList(fields)), nil
}

func (s *csvState) writer(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	file, base, err := csvPositional(args, kw)
	if err != nil {
		return Null, err
	}
	write, found, err := th.lookupAttrOpt(file, "write")
	if err != nil {
		return Null, err
	}
	if !found {
		return Null, Errorf(TypeErrorType, "argument 1 must have a \"write\" method")
	}
	d, err := th.callDialect(base, args, kw)
	if err != nil {
		return Null, err
	}
	w := &csvWriter{st: s, write: write, dialect: d}
	w.joiner.D = &d.d
	return Obj(w), nil
}

// csvWriteRow formats the fields of row as a record and writes it,
// returning what the file's write returns.
func (th *Thread) csvWriteRow(w *csvWriter, row Value) (Value, error) {
	it, err := th.Iter(row)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(TypeErrorType) {
			return Null, Errorf(w.st.errType, "iterable expected, not %s", row.Type().Name)
		}
		return Null, err
	}
	w.joiner.Reset()
	for {
		field, ok, err := th.Next(it)
		if err != nil {
			return Null, err
		}
		if !ok {
			break
		}
		if err := th.csvAppendField(w, field); err != nil {
			return Null, err
		}
	}
	rec, err := w.joiner.Finish()
	if err != nil {
		return Null, w.st.err(err)
	}
	return th.Call(w.write, []Value{String(encodeRunes(rec))}, nil)
}

// csvAppendField adds one field to the writer's record: str as it is,
// None as empty, anything else as its str().
func (th *Thread) csvAppendField(w *csvWriter, field Value) error {
	var quoted bool
	switch w.dialect.d.Quoting {
	case csvcore.QuoteNonNumeric:
		quoted = !numberCheck(field)
	case csvcore.QuoteAll:
		quoted = true
	}
	var text []rune
	switch f := unwrap(field).o.(type) {
	case *Str:
		text = f.Runes()
	default:
		if !field.IsNone() {
			s, err := th.Str(field)
			if err != nil {
				return err
			}
			text = decodeRunes(s)
		}
	}
	return w.st.err(w.joiner.Append(text, quoted))
}

func (th *Thread) csvWriteRows(w *csvWriter, rows Value) error {
	it, err := th.Iter(rows)
	if err != nil {
		return err
	}
	for {
		row, ok, err := th.Next(it)
		if err != nil || !ok {
			return err
		}
		if _, err := th.csvWriteRow(w, row); err != nil {
			return err
		}
	}
}

func (s *csvState) registerDialect(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	name, base, err := csvPositional(args, kw)
	if err != nil {
		return Null, err
	}
	if !name.Type().IsSubtype(StrType) {
		return Null, Errorf(TypeErrorType, "dialect name must be a string")
	}
	d, err := th.callDialect(base, args, kw)
	if err != nil {
		return Null, err
	}
	return None, s.dialects.Set(th, name, Obj(d))
}

func (s *csvState) unregisterDialect(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var name Value
	if err := unpackArgs("unregister_dialect", args, kw, 1, []string{"name"}, &name); err != nil {
		return Null, err
	}
	found, err := s.dialects.Del(th, name)
	if err != nil {
		return Null, err
	}
	if !found {
		return Null, Errorf(s.errType, "unknown dialect")
	}
	return None, nil
}

func (s *csvState) getDialect(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var name Value
	if err := unpackArgs("get_dialect", args, kw, 1, []string{"name"}, &name); err != nil {
		return Null, err
	}
	return s.lookupDialect(th, name)
}

func (s *csvState) listDialects(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	return Obj(NewList(s.dialects.Keys())), nil
}

// fieldSizeLimit implements field_size_limit([new_limit]): it returns the
// old limit, setting the new one when given.
func (s *csvState) fieldSizeLimit(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var limit Value
	if err := unpackArgs("field_size_limit", args, kw, 0, []string{"new_limit"}, &limit); err != nil {
		return Null, err
	}
	old := s.limit
	if limit.o != nil {
		if limit.Type() != IntType {
			return Null, Errorf(TypeErrorType, "limit must be an integer")
		}
		n, err := th.sizeArg(limit)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
				return Null, Errorf(OverflowErrorType, "Python int too large to convert to C long")
			}
			return Null, err
		}
		s.limit = int(n)
	}
	return Int(int64(old)), nil
}

const csvDoc = "CSV parsing and writing.\n"

func makeCSVModule(th *Thread) (*Module, error) {
	csvOnce.Do(initCSVTypes)
	errType, err := th.newModuleError("Error", "_csv", ExceptionType)
	if err != nil {
		return nil, err
	}
	errClass, ok := errType.o.(*Type)
	if !ok {
		return nil, Errorf(SystemErrorType, "_csv.Error is not a class")
	}
	st := &csvState{errType: errClass, dialects: NewDict(), limit: 128 * 1024}
	m := newNativeModule("_csv", map[string]BuiltinFunc{
		"reader":             st.reader,
		"writer":             st.writer,
		"register_dialect":   st.registerDialect,
		"unregister_dialect": st.unregisterDialect,
		"get_dialect":        st.getDialect,
		"list_dialects":      st.listDialects,
		"field_size_limit":   st.fieldSizeLimit,
	})
	th.interp.csv = st
	m.Dict.SetStr("__doc__", String(csvDoc))
	m.Dict.SetStr("__version__", String("1.0"))
	m.Dict.SetStr("Error", errType)
	m.Dict.SetStr("Dialect", Obj(CSVDialectType))
	m.Dict.SetStr("Reader", Obj(CSVReaderType))
	m.Dict.SetStr("Writer", Obj(CSVWriterType))
	m.Dict.SetStr("_dialects", Obj(st.dialects))
	for i, name := range []string{"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE"} {
		m.Dict.SetStr(name, Int(int64(i)))
	}
	return m, nil
}
