package vm

// The encoder side of the _json module (json's accelerator):
// encode_basestring_ascii, encode_basestring and make_encoder (the
// c_make_encoder of json.encoder), behaving as CPython 3.11's
// Modules/_json.c does.

import (
	"sort"
	"strconv"
	"sync"
	"unicode/utf8"
)

// JSONEncoderType is _json.Encoder, the type _json.make_encoder names.
var JSONEncoderType *Type

// jsonOnce creates JSONEncoderType once for all interpreters.
var jsonOnce sync.Once

// jsonEncoder is an instance of _json.Encoder: the settings of one
// JSONEncoder.iterencode call in one-shot mode.
type jsonEncoder struct {
	markers   Value // a dict of id(container) -> container, or None
	defaultFn Value
	encoder   Value
	indent    Value
	keySep    Value
	itemSep   Value
	keySepS   string
	itemSepS  string
	sortKeys  bool
	skipKeys  bool
	allowNaN  bool
	// fast is how strings are escaped when encoder is one of this
	// module's functions: jsonEscapeASCII or jsonEscapeUnicode; 0 means
	// encoder is called.
	fast int
}

// Type implements Object.
func (*jsonEncoder) Type() *Type { return JSONEncoderType }

const (
	jsonEscapeASCII = 1 + iota
	jsonEscapeUnicode
)

// jsonNames are the parameters of _json.make_encoder.
var jsonNames = []string{"markers", "default", "encoder", "indent", "key_separator",
	"item_separator", "sort_keys", "skipkeys", "allow_nan"}

func makeJSONModule(th *Thread) (*Module, error) {
	jsonOnce.Do(initJSONEncoderType)
	m := &Module{Name: "_json", Dict: NewDict()}
	m.Dict.SetStr("__name__", String("_json"))
	m.Dict.SetStr("__doc__", String("json speedups\n"))
	m.Dict.SetStr("encode_basestring_ascii", Obj(&Builtin{Name: "encode_basestring_ascii", mod: "_json",
		Fn: jsonEscapeFunc("encode_basestring_ascii", jsonEscapeASCII)}))
	m.Dict.SetStr("encode_basestring", Obj(&Builtin{Name: "encode_basestring", mod: "_json",
		Fn: jsonEscapeFunc("encode_basestring", jsonEscapeUnicode)}))
	m.Dict.SetStr("make_encoder", Obj(JSONEncoderType))
	jsonScannerOnce.Do(initJSONScannerType)
	m.Dict.SetStr("make_scanner", Obj(JSONScannerType))
	m.Dict.SetStr("scanstring", Obj(&Builtin{Name: "scanstring", mod: "_json", Fn: jsonScanstring}))
	return m, nil
}

// jsonEscapeFunc returns encode_basestring_ascii or encode_basestring,
// which take one str and return it as a JSON string literal.
func jsonEscapeFunc(name string, mode int) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "_json.%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "_json.%s() takes exactly one argument (%d given)", name, len(args))
		}
		s, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "first argument must be a string, not %s", args[0].Type().Name)
		}
		if err := th.alloc(jsonEscapedSize(s.s, mode)); err != nil {
			return Null, err
		}
		out := NewStr(string(jsonAppendEscaped(make([]byte, 0, len(s.s)+2), s.s, mode)))
		if mode == jsonEscapeASCII {
			out.ascii = 1
		}
		return Obj(out), nil
	}
}

// jsonEscapedSize returns the length in bytes of s escaped as a JSON
// string literal, quotes included.
func jsonEscapedSize(s string, mode int) int64 {
	n := int64(2)
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := decodeStrRune(s, i)
			i += size
			switch {
			case mode != jsonEscapeASCII:
				n += int64(size)
			case r >= 0x10000:
				n += 12
			default:
				n += 6
			}
			continue
		}
		i++
		switch {
		case c == '\\' || c == '"' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t':
			n += 2
		case c < ' ' || c == 0x7f && mode == jsonEscapeASCII:
			n += 6
		default:
			n++
		}
	}
	return n
}

// decodeStrRune decodes the code point of a str's text at byte i, lone
// surrogates (kept in their 3-byte generalized UTF-8 form) included.
func decodeStrRune(s string, i int) (rune, int) {
	c := s[i]
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

const jsonHex = "0123456789abcdef"

// jsonAppendU appends the escape \uXXXX of the UTF-16 code unit c.
func jsonAppendU(buf []byte, c rune) []byte {
	return append(buf, '\\', 'u', jsonHex[c>>12&0xf], jsonHex[c>>8&0xf], jsonHex[c>>4&0xf], jsonHex[c&0xf])
}

// jsonAppendEscaped appends s as a JSON string literal: in ASCII mode
// every character outside ' '..'~' is escaped (non-BMP ones as a UTF-16
// surrogate pair), otherwise only '"', '\\' and control characters are.
func jsonAppendEscaped(buf []byte, s string, mode int) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '\\' && c != '"' && (c != 0x7f || mode != jsonEscapeASCII) {
				i++
				continue
			}
		} else if mode != jsonEscapeASCII {
			i++
			continue
		}
		buf = append(buf, s[start:i]...)
		if c >= utf8.RuneSelf {
			r, size := decodeStrRune(s, i)
			i += size
			start = i
			if r >= 0x10000 {
				r -= 0x10000
				buf = jsonAppendU(buf, 0xd800|(r>>10)&0x3ff)
				r = 0xdc00 | r&0x3ff
			}
			buf = jsonAppendU(buf, r)
			continue
		}
		i++
		start = i
		switch c {
		case '\\', '"':
			buf = append(buf, '\\', c)
		case '\b':
			buf = append(buf, '\\', 'b')
		case '\f':
			buf = append(buf, '\\', 'f')
		case '\n':
			buf = append(buf, '\\', 'n')
		case '\r':
			buf = append(buf, '\\', 'r')
		case '\t':
			buf = append(buf, '\\', 't')
		default:
			buf = jsonAppendU(buf, rune(c))
		}
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

// initJSONEncoderType builds _json.Encoder.
func initJSONEncoderType() {
	t := newBuiltinType("Encoder", ObjectType)
	t.Name = "_json.Encoder"
	t.layout = t
	t.final = true
	t.Dict.SetStr("__module__", String("_json"))
	t.Dict.SetStr("__doc__", String("_iterencode(obj, _current_indent_level) -> iterable"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "Encoder", Fn: jsonEncoderNew}))
	method(t, "__call__", jsonEncoderCall)
	members := map[string]func(*jsonEncoder) Value{
		"markers":        func(e *jsonEncoder) Value { return e.markers },
		"default":        func(e *jsonEncoder) Value { return e.defaultFn },
		"encoder":        func(e *jsonEncoder) Value { return e.encoder },
		"indent":         func(e *jsonEncoder) Value { return e.indent },
		"key_separator":  func(e *jsonEncoder) Value { return e.keySep },
		"item_separator": func(e *jsonEncoder) Value { return e.itemSep },
		"sort_keys":      func(e *jsonEncoder) Value { return Bool(e.sortKeys) },
		"skipkeys":       func(e *jsonEncoder) Value { return Bool(e.skipKeys) },
	}
	for name, get := range members {
		get := get
		getset(t, name, func(th *Thread, v Value) (Value, error) {
			e, ok := unwrap(v).o.(*jsonEncoder)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '%s' for '_json.Encoder' objects doesn't apply to a '%s' object", name, v.Type().Name)
			}
			return get(e), nil
		})
	}
	JSONEncoderType = t
}

// jsonEncoderNew implements _json.make_encoder(markers, default, encoder,
// indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan).
func jsonEncoderNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	args = args[1:]
	if n := len(args); n > len(jsonNames) {
		return Null, Errorf(TypeErrorType, "make_encoder() takes at most %d arguments (%d given)", len(jsonNames), n)
	}
	var v [9]Value
	if err := unpackArgs("make_encoder", args, kw, len(jsonNames), jsonNames,
		&v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8]); err != nil {
		return Null, err
	}
	e := &jsonEncoder{markers: v[0], defaultFn: v[1], encoder: v[2], indent: v[3], keySep: v[4], itemSep: v[5]}
	if _, ok := e.markers.o.(*Dict); !ok && !e.markers.IsNone() {
		return Null, Errorf(TypeErrorType, "make_encoder() argument 1 must be dict or None, not %s", e.markers.Type().Name)
	}
	for i, p := range []*string{&e.keySepS, &e.itemSepS} {
		sep, ok := unwrap(v[4+i]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "make_encoder() argument %d must be str, not %s", 5+i, v[4+i].Type().Name)
		}
		*p = sep.s
	}
	flags := []*bool{&e.sortKeys, &e.skipKeys, &e.allowNaN}
	for i, p := range flags {
		b, err := th.Truth(v[6+i])
		if err != nil {
			return Null, err
		}
		*p = b
	}
	if b, ok := e.encoder.o.(*Builtin); ok && b.mod == "_json" {
		switch b.Name {
		case "encode_basestring_ascii":
			e.fast = jsonEscapeASCII
		case "encode_basestring":
			e.fast = jsonEscapeUnicode
		}
	}
	return Obj(e), nil
}

// jsonEncoderCall implements Encoder.__call__(obj, _current_indent_level):
// the JSON text of obj, as a list holding one str.
func jsonEncoderCall(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var obj, level Value
	if err := unpackArgs("_iterencode", args, kw, 2, []string{"obj", "_current_indent_level"}, &obj, &level); err != nil {
		return Null, err
	}
	if _, err := th.sizeArg(level); err != nil {
		return Null, err
	}
	e, ok := unwrap(self).o.(*jsonEncoder)
	if !ok {
		return Null, Errorf(TypeErrorType, "descriptor '__call__' requires a '_json.Encoder' object but received a '%s'", self.Type().Name)
	}
	// The thread's scratch memory, taken so that a call made from this
	// one (through default or a key's __str__) gets its own.
	scratch := th.jsonScratch
	th.jsonScratch = nil
	if scratch == nil {
		scratch = &jsonScratch{}
	}
	w := &jsonWriter{th: th, e: e, keySep: e.keySepS, itemSep: e.itemSepS, buf: scratch.buf[:0], scratch: scratch}
	if d, ok := e.markers.o.(*Dict); ok {
		w.markers = d
	}
	err := w.encodeObj(obj)
	var out *Str
	if err == nil {
		out = NewStr(string(w.buf))
	}
	scratch.buf = nil
	if cap(w.buf) <= jsonScratchBufMax {
		scratch.buf = w.buf[:0]
	}
	th.jsonScratch = scratch
	if err != nil {
		return Null, err
	}
	return Obj(NewList([]Value{Obj(out)})), nil
}

// jsonWriter accumulates the text of one Encoder call.
type jsonWriter struct {
	th      *Thread
	e       *jsonEncoder
	markers *Dict
	keySep  string
	itemSep string
	buf     []byte
	scratch *jsonScratch
}

// jsonScratch is the memory an Encoder or Scanner call works in, which
// its thread keeps for the next call: the output buffer, and the item
// lists of the dicts being written (one for each level of nesting at
// most); the stack of the items of the containers being decoded, and the
// keys decoded so far.
type jsonScratch struct {
	buf    []byte
	pairs  [][]Value
	values []Value
	memo   map[string]Value
}

// Scratch memory beyond these sizes is not kept between calls.
const (
	jsonScratchBufMax   = 64 << 10 // bytes of output buffer
	jsonScratchPairsMax = 1024     // values in one item list
	jsonScratchLists    = 16       // item lists
)

// takePairs returns an empty item list with room for n values, the last
// one released if it is large enough.
func (w *jsonWriter) takePairs(n int) []Value {
	s := w.scratch
	if k := len(s.pairs); k > 0 && cap(s.pairs[k-1]) >= n {
		p := s.pairs[k-1]
		s.pairs = s.pairs[:k-1]
		return p
	}
	return make([]Value, 0, n)
}

// releasePairs gives back an item list from takePairs once its dict is
// written, emptied so that it keeps nothing alive.
func (w *jsonWriter) releasePairs(p []Value) {
	s := w.scratch
	if cap(p) > jsonScratchPairsMax || len(s.pairs) >= jsonScratchLists {
		return
	}
	clear(p)
	s.pairs = append(s.pairs, p[:0])
}

// reserve makes room for n more bytes, counting a larger buffer against
// the memory limit before it is allocated.
func (w *jsonWriter) reserve(n int) error {
	if len(w.buf)+n <= cap(w.buf) {
		return nil
	}
	c := 2*cap(w.buf) + n
	if c < 256 {
		c = 256
	}
	if err := w.th.alloc(int64(c)); err != nil {
		return err
	}
	nb := make([]byte, len(w.buf), c)
	copy(nb, w.buf)
	w.buf = nb
	return nil
}

func (w *jsonWriter) write(s string) error {
	if err := w.reserve(len(s)); err != nil {
		return err
	}
	w.buf = append(w.buf, s...)
	return nil
}

// writeString writes str s (obj is s or an instance of a str subclass
// holding it) through the encoder.
func (w *jsonWriter) writeString(obj Value, s *Str) error {
	if mode := w.e.fast; mode != 0 {
		n := len(s.s) + 2
		if len(s.s) > 1<<12 {
			n = int(jsonEscapedSize(s.s, mode))
		}
		if err := w.reserve(n); err != nil {
			return err
		}
		w.buf = jsonAppendEscaped(w.buf, s.s, mode)
		return nil
	}
	r, err := w.th.Call(w.e.encoder, []Value{obj}, nil)
	if err != nil {
		return err
	}
	rs, ok := unwrap(r).o.(*Str)
	if !ok {
		return Errorf(TypeErrorType, "encoder() must return a string, not %s", r.Type().Name)
	}
	return w.write(rs.s)
}

// floatText returns the JSON text of a float: its repr, or NaN, Infinity
// and -Infinity when allow_nan is set.
func (w *jsonWriter) floatText(f float64) (string, error) {
	if f-f == 0 {
		return floatRepr(f), nil
	}
	if !w.e.allowNaN {
		return "", Errorf(ValueErrorType, "Out of range float values are not JSON compliant")
	}
	switch {
	case f > 0:
		return "Infinity", nil
	case f < 0:
		return "-Infinity", nil
	}
	return "NaN", nil
}

// intText returns int.__repr__ of an int (or the int inside an instance
// of an int subclass).
func (w *jsonWriter) intText(v Value) (string, error) {
	if v.IsSmallInt() {
		return strconv.FormatInt(v.UncheckedInt(), 10), nil
	}
	return w.th.Repr(v)
}

// encodeObj writes the JSON text of obj.
func (w *jsonWriter) encodeObj(obj Value) error {
	switch o := obj.o.(type) {
	case noneTag:
		return w.write("null")
	case boolTag:
		if obj.n != 0 {
			return w.write("true")
		}
		return w.write("false")
	case intTag:
		if err := w.reserve(20); err != nil {
			return err
		}
		w.buf = strconv.AppendInt(w.buf, obj.UncheckedInt(), 10)
		return nil
	case floatTag:
		s, err := w.floatText(obj.UncheckedFloat())
		if err != nil {
			return err
		}
		return w.write(s)
	case *Str:
		return w.writeString(obj, o)
	case *List, *Tuple, *Dict:
		return w.encodeContainer(obj, obj)
	case *BigInt:
		s, err := w.intText(obj)
		if err != nil {
			return err
		}
		return w.write(s)
	case *Instance:
		if o.base != nil {
			return w.encodeSubclass(obj, *o.base)
		}
	}
	return w.encodeDefault(obj)
}

// encodeSubclass writes obj, an instance of a subclass of a builtin type
// holding base.
func (w *jsonWriter) encodeSubclass(obj, base Value) error {
	switch b := base.o.(type) {
	case *Str:
		return w.writeString(obj, b)
	case intTag, *BigInt:
		s, err := w.intText(base)
		if err != nil {
			return err
		}
		return w.write(s)
	case floatTag:
		s, err := w.floatText(base.UncheckedFloat())
		if err != nil {
			return err
		}
		return w.write(s)
	case *List, *Tuple, *Dict:
		return w.encodeContainer(obj, base)
	}
	return w.encodeDefault(obj)
}

// encodeContainer writes a list, tuple or dict (obj, holding base),
// counting a level of recursion.
func (w *jsonWriter) encodeContainer(obj, base Value) error {
	if err := w.th.enterRecursive(" while encoding a JSON object"); err != nil {
		return err
	}
	var err error
	if d, ok := base.o.(*Dict); ok {
		err = w.encodeDict(obj, d)
	} else {
		err = w.encodeList(obj, base)
	}
	w.th.leaveRecursive()
	return err
}

// encodeDefault writes what default(obj) returns, for an object JSON has
// no form for.
func (w *jsonWriter) encodeDefault(obj Value) error {
	id, err := w.mark(obj)
	if err != nil {
		return err
	}
	v, err := w.th.Call(w.e.defaultFn, []Value{obj}, nil)
	if err != nil {
		return err
	}
	if err := w.th.enterRecursive(" while encoding a JSON object"); err != nil {
		return err
	}
	err = w.encodeObj(v)
	w.th.leaveRecursive()
	if err != nil {
		return err
	}
	return w.unmark(id)
}

// mark records obj in markers, raising ValueError if it is already
// there (obj contains itself). It returns the key to unmark, or Null
// when circular references are not checked.
func (w *jsonWriter) mark(obj Value) (Value, error) {
	if w.markers == nil {
		return Null, nil
	}
	id := Int(int64(objectID(obj)))
	_, found, err := w.markers.Get(w.th, id)
	if err != nil {
		return Null, err
	}
	if found {
		return Null, Errorf(ValueErrorType, "Circular reference detected")
	}
	return id, w.markers.Set(w.th, id, obj)
}

func (w *jsonWriter) unmark(id Value) error {
	if id.o == nil {
		return nil
	}
	found, err := w.markers.Del(w.th, id)
	if err == nil && !found {
		err = NewException(KeyErrorType, id)
	}
	return err
}

// encodeList writes a list or tuple; the items of instances of their
// subclasses are those that iterating over them gives.
func (w *jsonWriter) encodeList(obj, base Value) error {
	l, isList := obj.o.(*List)
	var items []Value
	switch o := obj.o.(type) {
	case *List:
		items = o.items
	case *Tuple:
		items = o.items
	default:
		it, err := w.th.Iter(obj)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(TypeErrorType) {
				return Errorf(TypeErrorType, "_iterencode_list needs a sequence")
			}
			return err
		}
		if items, err = w.th.iterateToSlice(it); err != nil {
			return err
		}
	}
	if len(items) == 0 {
		return w.write("[]")
	}
	id, err := w.mark(obj)
	if err != nil {
		return err
	}
	if err := w.write("["); err != nil {
		return err
	}
	for i := 0; ; i++ {
		if isList {
			items = l.items // default() may change the list
		}
		if i >= len(items) {
			break
		}
		if err := w.th.tick(); err != nil {
			return err
		}
		if i > 0 {
			if err := w.write(w.itemSep); err != nil {
				return err
			}
		}
		if err := w.encodeObj(items[i]); err != nil {
			return err
		}
	}
	if err := w.unmark(id); err != nil {
		return err
	}
	return w.write("]")
}

// dictPairs returns the keys and values of dict obj (holding d) as a flat
// slice k0, v0, k1, v1, ..., sorted by key when sort_keys is set: a
// snapshot of a dict's items, or the list that items() of a dict subclass
// returns.
func (w *jsonWriter) dictPairs(obj Value, d *Dict) (pairs []Value, pooled bool, err error) {
	th := w.th
	if obj.o != Object(d) {
		pairs, err := w.subclassPairs(obj)
		return pairs, false, err
	}
	if err := th.allocN(int64(d.Len()), 2*valueBytes); err != nil {
		return nil, false, err
	}
	pairs = w.takePairs(2 * d.Len())
	var keys []string
	if w.e.sortKeys {
		keys = make([]string, 0, d.Len())
	}
	allStr := true
	d.Items(func(k, v Value) bool {
		if s, ok := k.o.(*Str); ok && keys != nil {
			keys = append(keys, s.s)
		} else {
			allStr = false
		}
		pairs = append(pairs, k, v)
		return true
	})
	if !w.e.sortKeys {
		return pairs, true, nil
	}
	if allStr {
		sort.Sort(strPairs{keys, pairs})
		return pairs, true, nil
	}
	// The items' tuples below share pairs' array: it is not given back.
	items := make([]Value, len(pairs)/2)
	for i := range items {
		items[i] = Obj(NewTuple(pairs[2*i : 2*i+2 : 2*i+2]))
	}
	if err := th.sortValues(items, Null, Null); err != nil {
		return nil, false, err
	}
	return itemPairs(items), false, nil
}

// subclassPairs returns the pairs of list(obj.items()) of an instance of
// a dict subclass, sorted when sort_keys is set.
func (w *jsonWriter) subclassPairs(obj Value) ([]Value, error) {
	th := w.th
	r, err := th.CallMethod(obj, "items")
	if err != nil {
		return nil, err
	}
	if _, err := th.Iter(r); err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(TypeErrorType) {
			return nil, Errorf(TypeErrorType, "%s.items() returned a non-iterable (type %s)", obj.Type().Name, r.Type().Name)
		}
		return nil, err
	}
	items, err := th.iterateToSlice(r)
	if err != nil {
		return nil, err
	}
	if w.e.sortKeys {
		if err := th.sortValues(items, Null, Null); err != nil {
			return nil, err
		}
	}
	return itemPairs(items), nil
}

// itemPairs flattens (key, value) tuples into pairs; an item that is not
// a 2-tuple becomes the pair Null, item, which encodeDict rejects when it
// reaches it.
func itemPairs(items []Value) []Value {
	pairs := make([]Value, 0, 2*len(items))
	for _, it := range items {
		if t, ok := unwrap(it).o.(*Tuple); ok && len(t.items) == 2 {
			pairs = append(pairs, t.items[0], t.items[1])
		} else {
			pairs = append(pairs, Null, it)
		}
	}
	return pairs
}

// strPairs sorts a flat slice of key, value pairs whose keys are all
// exact strs by key, which is the order of the (key, value) tuples as
// dict keys are distinct.
type strPairs struct {
	keys  []string
	pairs []Value
}

func (p strPairs) Len() int           { return len(p.keys) }
func (p strPairs) Less(i, j int) bool { return p.keys[i] < p.keys[j] }
func (p strPairs) Swap(i, j int) {
	p.keys[i], p.keys[j] = p.keys[j], p.keys[i]
	q := p.pairs
	q[2*i], q[2*j] = q[2*j], q[2*i]
	q[2*i+1], q[2*j+1] = q[2*j+1], q[2*i+1]
}

// encodeDict writes a dict (obj, holding d).
func (w *jsonWriter) encodeDict(obj Value, d *Dict) error {
	if d.Len() == 0 {
		return w.write("{}")
	}
	id, err := w.mark(obj)
	if err != nil {
		return err
	}
	if err := w.write("{"); err != nil {
		return err
	}
	pairs, pooled, err := w.dictPairs(obj, d)
	if err != nil {
		return err
	}
	if pooled {
		defer w.releasePairs(pairs)
	}
	first := true
	for i := 0; i < len(pairs); i += 2 {
		if err := w.th.tick(); err != nil {
			return err
		}
		if pairs[i].o == nil {
			return Errorf(ValueErrorType, "items must return 2-tuples")
		}
		done, err := w.writeKey(pairs[i], first)
		if err != nil {
			return err
		}
		if !done {
			continue
		}
		first = false
		if err := w.write(w.keySep); err != nil {
			return err
		}
		if err := w.encodeObj(pairs[i+1]); err != nil {
			return err
		}
	}
	if err := w.unmark(id); err != nil {
		return err
	}
	return w.write("}")
}

// writeKey writes the item separator (unless first) and the JSON string
// of a dict key, reporting false for a key skipped under skipkeys.
func (w *jsonWriter) writeKey(key Value, first bool) (bool, error) {
	var text string
	base := unwrap(key)
	switch b := base.o.(type) {
	case *Str:
		if !first {
			if err := w.write(w.itemSep); err != nil {
				return false, err
			}
		}
		return true, w.writeString(key, b)
	case floatTag:
		s, err := w.floatText(base.UncheckedFloat())
		if err != nil {
			return false, err
		}
		text = s
	case boolTag:
		text = "false"
		if key.n != 0 {
			text = "true"
		}
	case noneTag:
		text = "null"
	case intTag, *BigInt:
		s, err := w.intText(base)
		if err != nil {
			return false, err
		}
		text = s
	default:
		if w.e.skipKeys {
			return false, nil
		}
		return false, Errorf(TypeErrorType, "keys must be str, int, float, bool or None, not %s", key.Type().Name)
	}
	if !first {
		if err := w.write(w.itemSep); err != nil {
			return false, err
		}
	}
	ks := NewStr(text)
	return true, w.writeString(Obj(ks), ks)
}
