package vm

// _json's decoder half: scanstring and make_scanner (the Scanner type),
// which json.decoder and json.scanner use instead of their pure-Python
// py_scanstring and py_make_scanner. Errors are json.decoder's
// JSONDecodeError with the messages of the Python versions; a missing
// value is StopIteration(index), as py_make_scanner's scan_once raises.

import (
	"slices"
	"strings"
	"sync"
)

// jsonScanner is a _json.Scanner: the decoding options of a JSONDecoder.
type jsonScanner struct {
	strict                         bool
	objectHook, pairsHook          Value
	parseFloat, parseInt, parseCon Value
}

// Type implements Object.
func (*jsonScanner) Type() *Type { return JSONScannerType }

// JSONScannerType is _json.Scanner (exported as _json.make_scanner).
var JSONScannerType *Type

var jsonScannerOnce sync.Once

func initJSONScannerType() {
	t := newBuiltinType("Scanner", ObjectType)
	t.Name = "_json.Scanner"
	t.layout = t
	t.final = true
	t.Dict.SetStr("__module__", String("_json"))
	t.Dict.SetStr("__doc__", String("JSON scanner object"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "Scanner", Fn: jsonScannerNew}))
	method(t, "__call__", jsonScannerCall)
	members := map[string]func(*jsonScanner) Value{
		"strict":            func(s *jsonScanner) Value { return Bool(s.strict) },
		"object_hook":       func(s *jsonScanner) Value { return s.objectHook },
		"object_pairs_hook": func(s *jsonScanner) Value { return s.pairsHook },
		"parse_float":       func(s *jsonScanner) Value { return s.parseFloat },
		"parse_int":         func(s *jsonScanner) Value { return s.parseInt },
		"parse_constant":    func(s *jsonScanner) Value { return s.parseCon },
	}
	for name, get := range members {
		get := get
		getset(t, name, func(th *Thread, v Value) (Value, error) {
			s, ok := v.o.(*jsonScanner)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '%s' for '_json.Scanner' objects doesn't apply to a '%s' object", name, v.Type().Name)
			}
			return get(s), nil
		})
	}
	JSONScannerType = t
}

// jsonScannerNew is make_scanner(context): the options are read from the
// context's attributes once.
func jsonScannerNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var ctx Value
	if err := unpackArgs("make_scanner", args[1:], kw, 1, []string{"context"}, &ctx); err != nil {
		return Null, err
	}
	s := &jsonScanner{}
	strict, err := th.GetAttr(ctx, intern("strict"))
	if err != nil {
		return Null, err
	}
	if s.strict, err = th.Truth(strict); err != nil {
		return Null, err
	}
	for _, f := range []struct {
		name string
		dst  *Value
	}{{"object_hook", &s.objectHook}, {"object_pairs_hook", &s.pairsHook},
		{"parse_float", &s.parseFloat}, {"parse_int", &s.parseInt}, {"parse_constant", &s.parseCon}} {
		if *f.dst, err = th.GetAttr(ctx, intern(f.name)); err != nil {
			return Null, err
		}
	}
	return Obj(s), nil
}

// jsonScannerCall is Scanner.__call__(string, idx): (value, end).
func jsonScannerCall(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var str, idx Value
	if err := unpackArgs("scan_once", args, kw, 2, []string{"string", "idx"}, &str, &idx); err != nil {
		return Null, err
	}
	sc, ok := self.o.(*jsonScanner)
	if !ok {
		return Null, Errorf(TypeErrorType, "descriptor '__call__' requires a '_json.Scanner' object but received a '%s'", self.Type().Name)
	}
	i, err := th.sizeArg(idx)
	if err != nil {
		return Null, err
	}
	s, ok := unwrap(str).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "first argument must be a string, not %s", str.Type().Name)
	}
	d := newJSONDecoding(th, sc, str, s)
	v, end, err := d.scanOnce(int(i))
	d.release()
	if err != nil {
		return Null, err
	}
	return TupleOf(v, Int(int64(end))), nil
}

// jsonScanstring is _json.scanstring(string, end, strict=True): the JSON
// string literal whose opening quote is just before end, decoded, and the
// index after its closing quote.
func jsonScanstring(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var str, end, strict Value
	if err := unpackArgs("scanstring", args, kw, 2, []string{"string", "end", "strict"}, &str, &end, &strict); err != nil {
		return Null, err
	}
	i, err := th.sizeArg(end)
	if err != nil {
		return Null, err
	}
	s, ok := unwrap(str).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "first argument must be a string, not %s", str.Type().Name)
	}
	sc := &jsonScanner{strict: true}
	if strict.o != nil {
		if sc.strict, err = th.Truth(strict); err != nil {
			return Null, err
		}
	}
	d := newJSONDecoding(th, sc, str, s)
	if i < 0 || i > int64(d.n) {
		d.release()
		return Null, Errorf(ValueErrorType, "end is out of bounds")
	}
	v, next, err := d.scanString(int(i))
	d.release()
	if err != nil {
		return Null, err
	}
	return TupleOf(v, Int(int64(next))), nil
}

// jsonDecoding is one scan of a document: its code points (bytes when it
// is ASCII), the scanner's options, and the thread's scratch memory, taken
// for the scan so that a scan started from a hook gets its own.
type jsonDecoding struct {
	th      *Thread
	sc      *jsonScanner
	doc     Value // the str scanned, for errors
	ascii   string
	runes   []rune
	n       int
	scratch *jsonScratch
}

func newJSONDecoding(th *Thread, sc *jsonScanner, doc Value, s *Str) *jsonDecoding {
	scratch := th.jsonScratch
	th.jsonScratch = nil
	if scratch == nil {
		scratch = &jsonScratch{}
	}
	d := &jsonDecoding{th: th, sc: sc, doc: doc, scratch: scratch}
	if s.isASCII() {
		d.ascii, d.n = s.s, len(s.s)
	} else {
		d.runes = s.Runes()
		d.n = len(d.runes)
	}
	return d
}

// release gives the scratch memory back to the thread, emptied so that it
// keeps nothing alive, unless it grew too large to keep.
func (d *jsonDecoding) release() {
	s := d.scratch
	d.scratch = nil
	if cap(s.values) > jsonScratchPairsMax {
		s.values = nil
	}
	if len(s.memo) > jsonScratchPairsMax {
		s.memo = nil // clearing keeps a map's size
	} else {
		clear(s.memo)
	}
	d.th.jsonScratch = s
}

// memoKey returns the key str for text: within one scan, equal keys are
// the same object, as with CPython's scanner.
func (d *jsonDecoding) memoKey(text string) Value {
	m := d.scratch.memo
	if k, ok := m[text]; ok {
		return k
	}
	if m == nil {
		m = make(map[string]Value)
		d.scratch.memo = m
	}
	k := String(text)
	m[text] = k
	return k
}

// at is the code point at i (0 <= i < n).
func (d *jsonDecoding) at(i int) rune {
	if d.runes == nil {
		return rune(d.ascii[i])
	}
	return d.runes[i]
}

// text is the document from i to j.
func (d *jsonDecoding) text(i, j int) string {
	if d.runes == nil {
		return d.ascii[i:j]
	}
	return encodeRunes(d.runes[i:j])
}

// hasPrefix reports whether the document holds lit at i.
func (d *jsonDecoding) hasPrefix(i int, lit string) bool {
	if i+len(lit) > d.n {
		return false
	}
	for k := 0; k < len(lit); k++ {
		if d.at(i+k) != rune(lit[k]) {
			return false
		}
	}
	return true
}

func (d *jsonDecoding) skipSpace(i int) int {
	for i < d.n {
		switch d.at(i) {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// fail is json.decoder.JSONDecodeError(msg, doc, pos).
func (d *jsonDecoding) fail(msg string, pos int) error {
	mod, err := d.th.importName(nil, "json.decoder", TupleOf(String("JSONDecodeError")), Int(0))
	if err != nil {
		return err
	}
	cls, err := d.th.GetAttr(mod, intern("JSONDecodeError"))
	if err != nil {
		return err
	}
	e, err := d.th.Call(cls, []Value{String(msg), d.doc, Int(int64(pos))}, nil)
	if err != nil {
		return err
	}
	return d.th.makeRaise(e, Null)
}

// scanOnce decodes the value at i, returning it and the index after it;
// with no value there, StopIteration(i).
func (d *jsonDecoding) scanOnce(i int) (Value, int, error) {
	if i < 0 {
		return Null, 0, Errorf(ValueErrorType, "idx cannot be negative")
	}
	if i >= d.n {
		return Null, 0, NewException(StopIterationType, Int(int64(i)))
	}
	switch d.at(i) {
	case '"':
		return d.scanString(i + 1)
	case '{':
		if err := d.th.enterRecursive(" while decoding a JSON object from a unicode string"); err != nil {
			return Null, 0, err
		}
		v, end, err := d.scanObject(i + 1)
		d.th.leaveRecursive()
		return v, end, err
	case '[':
		if err := d.th.enterRecursive(" while decoding a JSON array from a unicode string"); err != nil {
			return Null, 0, err
		}
		v, end, err := d.scanArray(i + 1)
		d.th.leaveRecursive()
		return v, end, err
	case 'n':
		if d.hasPrefix(i, "null") {
			return None, i + 4, nil
		}
	case 't':
		if d.hasPrefix(i, "true") {
			return True, i + 4, nil
		}
	case 'f':
		if d.hasPrefix(i, "false") {
			return False, i + 5, nil
		}
	}
	if v, end, ok, err := d.scanNumber(i); ok || err != nil {
		return v, end, err
	}
	for _, c := range []string{"NaN", "Infinity", "-Infinity"} {
		if d.hasPrefix(i, c) {
			v, err := d.th.Call(d.sc.parseCon, []Value{String(c)}, nil)
			return v, i + len(c), err
		}
	}
	return Null, 0, NewException(StopIterationType, Int(int64(i)))
}

// scanValue is scanOnce inside a container: a missing value is an error.
func (d *jsonDecoding) scanValue(i int) (Value, int, error) {
	v, end, err := d.scanOnce(int(i))
	if e, ok := err.(*Exception); ok && e.typ == StopIterationType {
		return Null, 0, d.fail("Expecting value", i)
	}
	return v, end, err
}

// scanNumber decodes the number at i (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?);
// ok is false when there is none.
func (d *jsonDecoding) scanNumber(start int) (Value, int, bool, error) {
	i := start
	digit := func(i int) bool { return i < d.n && d.at(i) >= '0' && d.at(i) <= '9' }
	if i < d.n && d.at(i) == '-' {
		i++
	}
	switch {
	case i < d.n && d.at(i) == '0':
		i++
	case digit(i):
		for digit(i) {
			i++
		}
	default:
		return Null, 0, false, nil
	}
	isFloat := false
	if i+1 < d.n && d.at(i) == '.' && digit(i+1) {
		isFloat = true
		i += 2
		for digit(i) {
			i++
		}
	}
	if i < d.n && (d.at(i) == 'e' || d.at(i) == 'E') {
		j := i + 1
		if j < d.n && (d.at(j) == '-' || d.at(j) == '+') {
			j++
		}
		if digit(j) {
			for digit(j) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := d.text(start, i)
	var v Value
	var err error
	switch {
	case isFloat && d.sc.parseFloat.Is(Obj(FloatType)):
		v, err = parseFloatStr(text)
	case isFloat:
		v, err = d.th.Call(d.sc.parseFloat, []Value{String(text)}, nil)
	case d.sc.parseInt.Is(Obj(IntType)):
		v, err = parseIntStr(text, 10, d.th.maxStrDigits())
	default:
		v, err = d.th.Call(d.sc.parseInt, []Value{String(text)}, nil)
	}
	return v, i, true, err
}

// scanString decodes the string literal whose body starts at i.
func (d *jsonDecoding) scanString(i int) (Value, int, error) {
	text, next, err := d.scanText(i)
	if err != nil {
		return Null, 0, err
	}
	return String(text), next, nil
}

// scanText is scanString's text.
func (d *jsonDecoding) scanText(i int) (string, int, error) {
	begin := i - 1
	var b strings.Builder
	for {
		// A run of plain characters.
		j := i
		for j < d.n {
			c := d.at(j)
			if c == '"' || c == '\\' || (c < 0x20 && d.sc.strict) {
				break
			}
			j++
		}
		if j >= d.n {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		c := d.at(j)
		if c == '"' && b.Len() == 0 {
			return d.text(i, j), j + 1, nil
		}
		b.WriteString(d.text(i, j))
		if c == '"' {
			return b.String(), j + 1, nil
		}
		if c != '\\' {
			return "", 0, d.fail("Invalid control character at", j)
		}
		j++
		if j >= d.n {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		esc := d.at(j)
		if esc != 'u' {
			r, ok := jsonEscapes[esc]
			if !ok {
				return "", 0, d.fail("Invalid \\escape", j-1)
			}
			b.WriteByte(r)
			i = j + 1
			continue
		}
		u, err := d.hex4(j)
		if err != nil {
			return "", 0, err
		}
		j += 5
		if u >= 0xD800 && u <= 0xDBFF && d.hasPrefix(j, "\\u") {
			u2, err := d.hex4(j + 1)
			if err != nil {
				return "", 0, err
			}
			if u2 >= 0xDC00 && u2 <= 0xDFFF {
				u = 0x10000 + ((u-0xD800)<<10 | (u2 - 0xDC00))
				j += 6
			}
		}
		writeCodePoint(&b, u)
		i = j
	}
}

// jsonEscapes are the one-character escapes after a backslash.
var jsonEscapes = map[rune]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// hex4 decodes the four hex digits after the 'u' at pos.
func (d *jsonDecoding) hex4(pos int) (rune, error) {
	if pos+5 > d.n {
		return 0, d.fail("Invalid \\uXXXX escape", pos)
	}
	var u rune
	for k := 1; k <= 4; k++ {
		c := d.at(pos + k)
		switch {
		case c >= '0' && c <= '9':
			u = u<<4 | (c - '0')
		case c >= 'a' && c <= 'f':
			u = u<<4 | (c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			u = u<<4 | (c - 'A' + 10)
		default:
			return 0, d.fail("Invalid \\uXXXX escape", pos)
		}
	}
	return u, nil
}

// scanObject decodes the object whose body starts at i. Its keys and
// values are gathered on the scratch stack above the enclosing
// containers' and moved to the dict (or list) made of them at the end.
func (d *jsonDecoding) scanObject(i int) (Value, int, error) {
	base := len(d.scratch.values)
	defer d.popValues(base)
	i = d.skipSpace(i)
	if i < d.n && d.at(i) == '}' {
		return d.finishObject(base, i+1)
	}
	for {
		if i >= d.n || d.at(i) != '"' {
			return Null, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
		key, next, err := d.scanKey(i + 1)
		if err != nil {
			return Null, 0, err
		}
		i = d.skipSpace(next)
		if i >= d.n || d.at(i) != ':' {
			return Null, 0, d.fail("Expecting ':' delimiter", i)
		}
		i = d.skipSpace(i + 1)
		v, next, err := d.scanValue(i)
		if err != nil {
			return Null, 0, err
		}
		d.scratch.values = append(d.scratch.values, key, v)
		i = d.skipSpace(next)
		if i < d.n && d.at(i) == '}' {
			return d.finishObject(base, i+1)
		}
		if i >= d.n || d.at(i) != ',' {
			return Null, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipSpace(i + 1)
	}
}

// popValues drops the scratch stack back to base, clearing what it drops
// so that the stack keeps nothing alive.
func (d *jsonDecoding) popValues(base int) {
	s := d.scratch
	clear(s.values[base:])
	s.values = s.values[:base]
}

// scanKey decodes the key whose body starts at i: the memoized str of a
// key without escapes, found before any str is made.
func (d *jsonDecoding) scanKey(i int) (Value, int, error) {
	if d.runes == nil {
		j := i
		for j < d.n {
			c := d.ascii[j]
			if c == '"' || c == '\\' || (c < 0x20 && d.sc.strict) {
				break
			}
			j++
		}
		if j < d.n && d.ascii[j] == '"' {
			return d.memoKey(d.ascii[i:j]), j + 1, nil
		}
	}
	text, next, err := d.scanText(i)
	if err != nil {
		return Null, 0, err
	}
	return d.memoKey(text), next, nil
}

// finishObject makes the decoded object of the pairs on the scratch stack
// from base: a dict, or what the hooks make of it.
func (d *jsonDecoding) finishObject(base, end int) (Value, int, error) {
	pairs := d.scratch.values[base:]
	if !d.sc.pairsHook.IsNone() && d.sc.pairsHook.o != nil {
		items := make([]Value, len(pairs)/2)
		for k := range items {
			items[k] = TupleOf(pairs[2*k], pairs[2*k+1])
		}
		v, err := d.th.Call(d.sc.pairsHook, []Value{Obj(NewList(items))}, nil)
		return v, end, err
	}
	dict := NewDict()
	dict.reserve(len(pairs) / 2)
	for k := 0; k < len(pairs); k += 2 {
		if err := dict.Set(d.th, pairs[k], pairs[k+1]); err != nil {
			return Null, 0, err
		}
	}
	if !d.sc.objectHook.IsNone() && d.sc.objectHook.o != nil {
		v, err := d.th.Call(d.sc.objectHook, []Value{Obj(dict)}, nil)
		return v, end, err
	}
	return Obj(dict), end, nil
}

// scanArray decodes the array whose body starts at i, its items gathered
// on the scratch stack as an object's are.
func (d *jsonDecoding) scanArray(i int) (Value, int, error) {
	base := len(d.scratch.values)
	defer d.popValues(base)
	i = d.skipSpace(i)
	if i < d.n && d.at(i) == ']' {
		return Obj(NewList(nil)), i + 1, nil
	}
	for {
		v, next, err := d.scanValue(i)
		if err != nil {
			return Null, 0, err
		}
		d.scratch.values = append(d.scratch.values, v)
		i = d.skipSpace(next)
		if i < d.n && d.at(i) == ']' {
			items := slices.Clone(d.scratch.values[base:])
			return Obj(NewList(items)), i + 1, nil
		}
		if i >= d.n || d.at(i) != ',' {
			return Null, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipSpace(i + 1)
	}
}
