package vm

// The pyexpat module (xml.parsers.expat), as CPython 3.11's over expat
// 2.5.0: ParserCreate, the xmlparser type with its handler attributes,
// ExpatError and the errors and model submodules. The parser itself is
// vm/lib/xmlparse; this file decodes the input, calls the handlers and
// buffers character data as pyexpat does.

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/lib/xmlparse"
)

var (
	// XMLParserType is pyexpat.xmlparser.
	XMLParserType *Type
	expatOnce     sync.Once
)

// expatHandlerKinds maps the handler attributes to the parser's events.
var expatHandlerKinds = map[string]xmlparse.Kind{
	"StartElementHandler":          xmlparse.StartElement,
	"EndElementHandler":            xmlparse.EndElement,
	"ProcessingInstructionHandler": xmlparse.ProcInst,
	"CharacterDataHandler":         xmlparse.CharData,
	"UnparsedEntityDeclHandler":    xmlparse.UnparsedEntityDecl,
	"NotationDeclHandler":          xmlparse.NotationDecl,
	"StartNamespaceDeclHandler":    xmlparse.StartNamespace,
	"EndNamespaceDeclHandler":      xmlparse.EndNamespace,
	"CommentHandler":               xmlparse.Comment,
	"StartCdataSectionHandler":     xmlparse.StartCData,
	"EndCdataSectionHandler":       xmlparse.EndCData,
	"DefaultHandler":               xmlparse.Default,
	"DefaultHandlerExpand":         xmlparse.Default,
	"NotStandaloneHandler":         xmlparse.NotStandalone,
	"ExternalEntityRefHandler":     xmlparse.ExternalEntityRef,
	"StartDoctypeDeclHandler":      xmlparse.StartDoctype,
	"EndDoctypeDeclHandler":        xmlparse.EndDoctype,
	"EntityDeclHandler":            xmlparse.EntityDecl,
	"XmlDeclHandler":               xmlparse.XMLDecl,
	"ElementDeclHandler":           xmlparse.ElementDecl,
	"AttlistDeclHandler":           xmlparse.AttlistDecl,
	"SkippedEntityHandler":         xmlparse.SkippedEntity,
}

// expatParser is an instance of pyexpat.xmlparser.
type expatParser struct {
	th       *Thread // the thread running Parse
	p        *xmlparse.Parser
	errType  *Type
	handlers map[string]Value
	encoding string // given to ParserCreate, or found in the input
	started  bool   // the encoding is settled
	pending  []byte // undecoded bytes of a multi-byte encoding
	charMap  []rune // the characters of a single-byte encoding's bytes

	bufferText bool
	bufferSize int
	text       []string // buffered character data
	textLen    int
	ordered    bool
	specified  bool
	intern     Value // a dict, or None
	base       Value
}

// Type implements Object.
func (*expatParser) Type() *Type { return XMLParserType }

func (x *expatParser) handler(kind xmlparse.Kind) Value {
	for name, k := range expatHandlerKinds {
		if k == kind {
			if h, ok := x.handlers[name]; ok && !h.IsNone() {
				return h
			}
		}
	}
	return Null
}

// Handles implements xmlparse.Handler.
func (x *expatParser) Handles(k xmlparse.Kind) bool { return x.handler(k).o != nil }

// Handle implements xmlparse.Handler: it calls the Python handler with
// pyexpat's arguments.
func (x *expatParser) Handle(e *xmlparse.Event) error {
	th := x.th
	if e.Kind == xmlparse.CharData && x.converts() && len(e.Text) > convertChunk {
		return x.handleInPieces(e)
	}
	if e.Kind == xmlparse.CharData && x.bufferText {
		return x.bufferData(e.Text)
	}
	if err := x.flush(); err != nil {
		return err
	}
	h := x.handler(e.Kind)
	if h.o == nil {
		return nil
	}
	args, err := x.eventArgs(e)
	if err != nil {
		return err
	}
	r, err := th.Call(h, args, nil)
	if err != nil {
		return err
	}
	return x.checkResult(e.Kind, r)
}

// checkResult applies what the handlers whose result matters return:
// NotStandaloneHandler and ExternalEntityRefHandler refuse with a false
// value (an int, for NotStandalone).
func (x *expatParser) checkResult(k xmlparse.Kind, r Value) error {
	var code xmlparse.Code
	switch k {
	case xmlparse.NotStandalone:
		code = xmlparse.ErrNotStandalone
	case xmlparse.ExternalEntityRef:
		code = xmlparse.ErrExternalEntityHandling
	default:
		return nil
	}
	ok, err := x.th.Truth(r)
	if err != nil || ok {
		return err
	}
	return &xmlparse.Error{Code: code}
}

// convertChunk is the size of expat's buffer for text converted from
// another encoding than UTF-8: such text reaches the handlers in pieces
// of at most that many bytes.
const convertChunk = 1024

// converts reports whether the input is converted from another encoding.
func (x *expatParser) converts() bool {
	switch normalizeEncodingName(x.encoding) {
	case "", "utf8":
		return false
	}
	return true
}

// handleInPieces reports character data in expat's converted pieces.
func (x *expatParser) handleInPieces(e *xmlparse.Event) error {
	s := e.Text
	for len(s) > 0 {
		n := len(s)
		if n > convertChunk {
			n = convertChunk
			for n > 0 && !utf8.RuneStart(s[n]) {
				n--
			}
		}
		if err := x.Handle(&xmlparse.Event{Kind: xmlparse.CharData, Text: s[:n]}); err != nil {
			return err
		}
		s = s[n:]
	}
	return nil
}

func optValue(o xmlparse.Opt) Value {
	if !o.Set {
		return None
	}
	return String(o.S)
}

// name interns s through the intern dict.
func (x *expatParser) name(s string) (Value, error) {
	v := String(s)
	d, ok := x.intern.o.(*Dict)
	if !ok {
		return v, nil
	}
	return d.SetDefault(x.th, v, v)
}

func (x *expatParser) eventArgs(e *xmlparse.Event) ([]Value, error) {
	switch e.Kind {
	case xmlparse.StartElement:
		name, err := x.name(e.Name)
		if err != nil {
			return nil, err
		}
		attrs, err := x.attrs(e.Attrs)
		return []Value{name, attrs}, err
	case xmlparse.EndElement:
		name, err := x.name(e.Name)
		return []Value{name}, err
	case xmlparse.CharData, xmlparse.Comment, xmlparse.Default:
		return []Value{String(e.Text)}, nil
	case xmlparse.ProcInst:
		return []Value{String(e.Name), String(e.Text)}, nil
	case xmlparse.StartCData, xmlparse.EndCData, xmlparse.EndDoctype:
		return nil, nil
	case xmlparse.StartNamespace:
		return []Value{prefixValue(e), optValue(e.Value)}, nil
	case xmlparse.EndNamespace:
		return []Value{prefixValue(e)}, nil
	case xmlparse.XMLDecl:
		return []Value{optValue(e.Value), optValue(e.Extra), Int(int64(e.Flag))}, nil
	case xmlparse.StartDoctype:
		return []Value{String(e.Name), optValue(e.System), optValue(e.Public), Int(int64(e.Flag))}, nil
	case xmlparse.EntityDecl:
		return []Value{String(e.Name), Int(int64(e.Flag)), optValue(e.Value), x.base, optValue(e.System), optValue(e.Public), optValue(e.Extra)}, nil
	case xmlparse.UnparsedEntityDecl:
		return []Value{String(e.Name), x.base, optValue(e.System), optValue(e.Public), optValue(e.Extra)}, nil
	case xmlparse.NotationDecl:
		return []Value{String(e.Name), x.base, optValue(e.System), optValue(e.Public)}, nil
	case xmlparse.ElementDecl:
		return []Value{String(e.Name), modelTuple(e.Model)}, nil
	case xmlparse.AttlistDecl:
		return []Value{String(e.Name), String(e.Text), optValue(e.Extra), optValue(e.Value), Int(int64(e.Flag))}, nil
	case xmlparse.SkippedEntity:
		return []Value{String(e.Name), Int(int64(e.Flag))}, nil
	case xmlparse.ExternalEntityRef:
		return []Value{String(e.Name), x.base, optValue(e.System), optValue(e.Public)}, nil
	}
	return nil, nil
}

func prefixValue(e *xmlparse.Event) Value {
	if e.Flag == 0 {
		return None
	}
	return String(e.Name)
}

// modelTuple is ElementDeclHandler's (type, quantifier, name, children).
func modelTuple(m *xmlparse.Model) Value {
	children := make([]Value, len(m.Children))
	for i, c := range m.Children {
		children[i] = modelTuple(c)
	}
	return Obj(NewTuple([]Value{Int(int64(m.Type)), Int(int64(m.Quant)), optValue(m.Name), Obj(NewTuple(children))}))
}

// attrs builds StartElementHandler's attributes: a dict, or a list of
// names and values with ordered_attributes.
func (x *expatParser) attrs(as []xmlparse.Attr) (Value, error) {
	if x.specified {
		as = as[:xmlparse.SpecifiedCount(as)]
	}
	if x.ordered {
		items := make([]Value, 0, 2*len(as))
		for _, a := range as {
			n, err := x.name(a.Name)
			if err != nil {
				return Null, err
			}
			items = append(items, n, String(a.Value))
		}
		return Obj(NewList(items)), nil
	}
	d := NewDict()
	for _, a := range as {
		n, err := x.name(a.Name)
		if err != nil {
			return Null, err
		}
		if err := d.Set(x.th, n, String(a.Value)); err != nil {
			return Null, err
		}
	}
	return Obj(d), nil
}

// bufferData adds character data to the buffer, calling the handler
// first when it would overflow, as pyexpat does.
func (x *expatParser) bufferData(s string) error {
	n := codePoints(s)
	if x.textLen+n > x.bufferSize {
		if err := x.flush(); err != nil {
			return err
		}
	}
	if n > x.bufferSize {
		return x.callData(s)
	}
	x.text = append(x.text, s)
	x.textLen += n
	return nil
}

// flush passes the buffered character data to the handler.
func (x *expatParser) flush() error {
	if len(x.text) == 0 {
		return nil
	}
	s := strings.Join(x.text, "")
	x.text, x.textLen = x.text[:0], 0
	return x.callData(s)
}

func (x *expatParser) callData(s string) error {
	h := x.handler(xmlparse.CharData)
	if h.o == nil {
		return nil
	}
	_, err := x.th.Call(h, []Value{String(s)}, nil)
	return err
}

// parse feeds data to the parser, raising ExpatError on a
// well-formedness error.
func (x *expatParser) parse(th *Thread, data []byte, final bool) error {
	x.th = th
	x.p.ExpandInternal = x.handlers["DefaultHandler"].o == nil || x.handlers["DefaultHandler"].IsNone()
	err := x.p.Parse(data, final)
	if err == nil {
		err = x.flush()
	}
	if xe, ok := err.(*xmlparse.Error); ok {
		return x.expatError(th, xe)
	}
	return err
}

// expatError makes the ExpatError of a parse error.
func (x *expatParser) expatError(th *Thread, e *xmlparse.Error) error {
	msg := xmlparse.Message(e.Code) + ": line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Col)
	ev, err := th.Call(Obj(x.errType), []Value{String(msg)}, nil)
	if err != nil {
		return err
	}
	exc, ok := ev.o.(*Exception)
	if !ok {
		return Errorf(SystemErrorType, "ExpatError() did not make an exception")
	}
	for _, kv := range []struct {
		k string
		v int
	}{{"code", int(e.Code)}, {"offset", e.Col}, {"lineno", e.Line}} {
		if err := th.SetAttr(ev, NewStr(kv.k), Int(int64(kv.v))); err != nil {
			return err
		}
	}
	return exc
}

// decode converts input bytes to UTF-8 by the document's encoding: the
// one given to ParserCreate, else a byte order mark or the XML
// declaration's, else UTF-8.
func (x *expatParser) decode(th *Thread, data []byte) ([]byte, error) {
	if !x.started {
		if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
			data = data[3:]
			x.p.SkipBOM(3)
			if x.encoding == "" {
				x.encoding = "utf-8"
			}
		}
		if x.encoding == "" {
			x.encoding = sniffEncoding(data)
		}
		x.started = true
	}
	switch enc := normalizeEncodingName(x.encoding); enc {
	case "", "utf8":
		return data, nil
	case "utf16", "utf16le", "utf16be":
		return x.decodeUTF16(enc, data), nil
	case "iso88591", "usascii":
		out := make([]byte, 0, len(data))
		for _, c := range data {
			if enc == "usascii" && c >= 0x80 {
				c = 0xFF // invalid
			}
			out = utf8.AppendRune(out, rune(c))
		}
		return out, nil
	}
	if x.charMap == nil {
		m, err := th.expatCharMap(x.encoding)
		if err != nil {
			return nil, err
		}
		x.charMap = m
	}
	out := make([]byte, 0, len(data))
	for _, c := range data {
		if r := x.charMap[c]; r == utf8.RuneError {
			out = append(out, 0xFF) // an invalid byte: "not well-formed"
		} else {
			out = utf8.AppendRune(out, r)
		}
	}
	return out, nil
}

// expatCharMap decodes the 256 bytes with Python's codec of encoding, as
// pyexpat's handler of the encodings expat lacks does: only single-byte
// encodings are supported.
func (th *Thread) expatCharMap(encoding string) ([]rune, error) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	v, err := th.decodeBytes("decode", Obj(&Bytes{b: all}), all, String(encoding), String("replace"))
	if err != nil {
		return nil, err
	}
	s, ok := v.o.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "decoder did not return a str")
	}
	rs := s.Runes()
	if len(rs) != 256 {
		return nil, Errorf(ValueErrorType, "multi-byte encodings are not supported")
	}
	return rs, nil
}

// decodeUTF16 decodes the complete code units of pending+data.
func (x *expatParser) decodeUTF16(enc string, data []byte) []byte {
	b := append(x.pending, data...)
	if enc == "utf16" && len(b) >= 2 {
		switch {
		case b[0] == 0xFF && b[1] == 0xFE:
			x.encoding, enc, b = "utf-16-le", "utf16le", b[2:]
			x.p.SkipBOM(2)
		case b[0] == 0xFE && b[1] == 0xFF:
			x.encoding, enc, b = "utf-16-be", "utf16be", b[2:]
			x.p.SkipBOM(2)
		default:
			x.encoding, enc = "utf-16-be", "utf16be"
		}
	}
	n := len(b) &^ 1
	units := make([]uint16, n/2)
	for i := range units {
		if enc == "utf16le" {
			units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	x.pending = append([]byte(nil), b[n:]...)
	return []byte(string(utf16.Decode(units)))
}

// normalizeEncodingName lowers an encoding name and drops its hyphens,
// underscores and spaces ("UTF-8" is "utf8"). Parsers ask on every piece
// of character data, so the common names cost no allocation.
func normalizeEncodingName(s string) string {
	switch s {
	case "":
		return ""
	case "utf-8", "UTF-8", "utf8":
		return "utf8"
	}
	b := make([]byte, 0, len(s))
	for _, r := range strings.ToLower(s) {
		if r != '-' && r != '_' && r != ' ' {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// sniffEncoding finds the encoding of a document from its first bytes.
func sniffEncoding(b []byte) string {
	switch {
	case len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF):
		return "utf-16"
	case len(b) >= 2 && b[0] == 0 && b[1] == '<':
		return "utf-16-be"
	case len(b) >= 2 && b[0] == '<' && b[1] == 0:
		return "utf-16-le"
	}
	if !strings.HasPrefix(string(b), "<?xml") {
		return ""
	}
	end := strings.Index(string(b), "?>")
	if end < 0 {
		return ""
	}
	decl := string(b[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || rest[0] != '"' && rest[0] != '\'' {
		return ""
	}
	j := strings.IndexByte(rest[1:], rest[0])
	if j < 0 {
		return ""
	}
	return rest[1 : 1+j]
}

func expatSelf(v Value) *expatParser { return v.o.(*expatParser) }

// expatParse implements xmlparser.Parse(data, isfinal=False).
func expatParse(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var data, final Value
	if err := unpackArgs("Parse", args, kw, 1, []string{"data", "isfinal"}, &data, &final); err != nil {
		return Null, err
	}
	x := expatSelf(self)
	isFinal := false
	if final.o != nil {
		b, err := th.Truth(final)
		if err != nil {
			return Null, err
		}
		isFinal = b
	}
	var b []byte
	if s, ok := unwrap(data).o.(*Str); ok {
		if !x.started {
			x.encoding, x.started = "utf-8", true
		}
		b = []byte(encodeRunes(s.Runes()))
	} else {
		raw, err := th.bytesLikeArg("Parse", data)
		if err != nil {
			return Null, err
		}
		if b, err = x.decode(th, raw); err != nil {
			return Null, err
		}
	}
	if err := x.parse(th, b, isFinal); err != nil {
		return Null, err
	}
	return Int(1), nil
}

// expatParseFile implements xmlparser.ParseFile(file): it reads the
// file to its end.
func expatParseFile(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	x := expatSelf(self)
	read, found, err := th.lookupAttrOpt(args[0], "read")
	if err != nil {
		return Null, err
	}
	if !found {
		return Null, Errorf(TypeErrorType, "argument must have 'read' attribute")
	}
	for {
		chunk, err := th.Call(read, []Value{Int(2048)}, nil)
		if err != nil {
			return Null, err
		}
		var b []byte
		switch o := unwrap(chunk).o.(type) {
		case *Str:
			b = []byte(o.s)
		case *Bytes:
			if b, err = x.decode(th, o.b); err != nil {
				return Null, err
			}
		default:
			return Null, Errorf(TypeErrorType, "read() did not return a bytes object (type=%s)", chunk.Type().Name)
		}
		last := len(b) == 0
		if err := x.parse(th, b, last); err != nil {
			return Null, err
		}
		if last {
			return Int(1), nil
		}
	}
}

// expatInt is an int attribute's setter.
func expatIntArg(th *Thread, v Value) (int64, error) { return th.cIntArg(v) }

func initExpatType() {
	t := newBuiltinType("xmlparser", ObjectType)
	t.layout = t
	t.final = true
	t.Dict.SetStr("__module__", String("pyexpat"))
	t.Dict.SetStr("__doc__", String("XML parser"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "xmlparser", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "cannot create 'pyexpat.xmlparser' instances")
	}}))
	method(t, "Parse", expatParse)
	method(t, "ParseFile", expatParseFile)
	method(t, "SetBase", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, ok := unwrap(args[0]).o.(*Str); !ok {
			return Null, Errorf(TypeErrorType, "SetBase() argument must be str, not %s", args[0].Type().Name)
		}
		expatSelf(self).base = args[0]
		return None, nil
	})
	method(t, "GetBase", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return expatSelf(self).base, nil
	})
	method(t, "GetInputContext", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, nil
	})
	method(t, "SetParamEntityParsing", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		n, err := th.cIntArg(args[0])
		if err != nil {
			return Null, err
		}
		expatSelf(self).p.ParamEntityParsing = n != 0
		return Int(1), nil
	})
	method(t, "UseForeignDTD", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, nil
	})
	method(t, "ExternalEntityParserCreate", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(NotImplementedErrorType, "ExternalEntityParserCreate() is not supported")
	})
	for name := range expatHandlerKinds {
		name := name
		t.addGetSet(name, func(th *Thread, self Value) (Value, error) {
			if h, ok := expatSelf(self).handlers[name]; ok {
				return h, nil
			}
			return None, nil
		}, func(th *Thread, self, v Value) error {
			if v.o == nil {
				v = None
			}
			x := expatSelf(self)
			if err := x.flush(); err != nil {
				return err
			}
			x.handlers[name] = v
			return nil
		})
	}
	flag := func(name string, field func(*expatParser) *bool) {
		t.addGetSet(name, func(th *Thread, self Value) (Value, error) {
			return Bool(*field(expatSelf(self))), nil
		}, func(th *Thread, self, v Value) error {
			b, err := th.Truth(v)
			if err != nil {
				return err
			}
			x := expatSelf(self)
			if name == "buffer_text" && !b {
				if err := x.flush(); err != nil {
					return err
				}
			}
			*field(x) = b
			return nil
		})
	}
	flag("buffer_text", func(x *expatParser) *bool { return &x.bufferText })
	flag("ordered_attributes", func(x *expatParser) *bool { return &x.ordered })
	flag("specified_attributes", func(x *expatParser) *bool { return &x.specified })
	flag("namespace_prefixes", func(x *expatParser) *bool { return &x.p.Triplets })
	t.addGetSet("buffer_size", func(th *Thread, self Value) (Value, error) {
		return Int(int64(expatSelf(self).bufferSize)), nil
	}, func(th *Thread, self, v Value) error {
		if v.o == nil {
			return Errorf(TypeErrorType, "cannot delete attribute")
		}
		if v.Type() != IntType && !v.Type().IsSubtype(IntType) {
			return Errorf(TypeErrorType, "buffer_size must be an integer")
		}
		n, err := expatIntArg(th, v)
		if err != nil {
			return err
		}
		if n <= 0 {
			return Errorf(ValueErrorType, "buffer_size must be greater than zero")
		}
		x := expatSelf(self)
		if err := x.flush(); err != nil {
			return err
		}
		x.bufferSize = int(n)
		return nil
	})
	getset(t, "buffer_used", func(th *Thread, self Value) (Value, error) {
		return Int(int64(expatSelf(self).textLen)), nil
	})
	getset(t, "intern", func(th *Thread, self Value) (Value, error) { return expatSelf(self).intern, nil })
	position := func(name string, get func(xmlparse.Position) int64) {
		getset(t, name, func(th *Thread, self Value) (Value, error) {
			// expat's Error positions are its Current ones.
			x := expatSelf(self)
			if name == "ErrorByteIndex" || name == "CurrentByteIndex" {
				if !x.p.Started() {
					return Int(-1), nil
				}
			}
			return Int(get(x.p.Current())), nil
		})
	}
	line := func(p xmlparse.Position) int64 { return int64(p.Line) }
	col := func(p xmlparse.Position) int64 { return int64(p.Col) }
	byteIdx := func(p xmlparse.Position) int64 { return p.Byte }
	position("CurrentLineNumber", line)
	position("CurrentColumnNumber", col)
	position("CurrentByteIndex", byteIdx)
	position("ErrorLineNumber", line)
	position("ErrorColumnNumber", col)
	position("ErrorByteIndex", byteIdx)
	getset(t, "ErrorCode", func(th *Thread, self Value) (Value, error) {
		if e, ok := expatSelf(self).p.Err().(*xmlparse.Error); ok {
			return Int(int64(e.Code)), nil
		}
		return Int(0), nil
	})
	XMLParserType = t
	attachArgSpecs([]*Type{t})
	t.Name = "pyexpat.xmlparser"
}

// expatState is what the module's functions share.
type expatState struct {
	errType *Type
}

// parserCreate implements ParserCreate(encoding=None,
// namespace_separator=None, intern=<new dict>).
func (s *expatState) parserCreate(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var enc, sep, intern Value
	if err := unpackArgs("ParserCreate", args, kw, 0, []string{"encoding", "namespace_separator", "intern"}, &enc, &sep, &intern); err != nil {
		return Null, err
	}
	x := &expatParser{errType: s.errType, handlers: map[string]Value{}, bufferSize: 8192, base: None}
	x.p = xmlparse.NewParser(x)
	if enc.o != nil && !enc.IsNone() {
		e, ok := unwrap(enc).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "ParserCreate() argument 'encoding' must be str or None, not %s", enc.Type().Name)
		}
		x.encoding = e.s
	}
	if sep.o != nil && !sep.IsNone() {
		e, ok := unwrap(sep).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "ParserCreate() argument 'namespace_separator' must be str or None, not %s", sep.Type().Name)
		}
		if e.Len() > 1 {
			return Null, Errorf(ValueErrorType, "namespace_separator must be at most one character, omitted, or None")
		}
		x.p.NS, x.p.Sep = true, e.s
	}
	switch {
	case intern.o == nil:
		x.intern = Obj(NewDict())
	case intern.IsNone():
		x.intern = None
	default:
		if _, ok := intern.o.(*Dict); !ok {
			return Null, Errorf(TypeErrorType, "intern must be a dictionary")
		}
		x.intern = intern
	}
	return Obj(x), nil
}

func expatErrorString(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	n, err := th.cIntArg(args[0])
	if err != nil {
		return Null, err
	}
	msg := xmlparse.Message(xmlparse.Code(n))
	if msg == "" {
		return None, nil
	}
	return String(msg), nil
}

// expatSubmodule makes pyexpat.errors or pyexpat.model, also entered in
// sys.modules under that name.
func (th *Thread) expatSubmodule(name, doc string, attrs map[string]Value) *Module {
	m := newNativeModule(name, nil)
	m.Dict.SetStr("__doc__", String(doc))
	for k, v := range attrs {
		m.Dict.SetStr(k, v)
	}
	th.interp.modules.SetStr(name, Obj(m))
	return m
}

func makePyexpatModule(th *Thread) (*Module, error) {
	expatOnce.Do(initExpatType)
	errType, err := th.newModuleError("ExpatError", "xml.parsers.expat", ExceptionType)
	if err != nil {
		return nil, err
	}
	errClass, ok := errType.o.(*Type)
	if !ok {
		return nil, Errorf(SystemErrorType, "ExpatError is not a class")
	}
	st := &expatState{errType: errClass}
	m := newNativeModule("pyexpat", map[string]BuiltinFunc{
		"ParserCreate": st.parserCreate,
		"ErrorString":  expatErrorString,
	})
	m.Dict.SetStr("__doc__", String("Python wrapper for Expat parser."))
	m.Dict.SetStr("ExpatError", errType)
	m.Dict.SetStr("error", errType)
	m.Dict.SetStr("XMLParserType", Obj(XMLParserType))
	m.Dict.SetStr("EXPAT_VERSION", String("expat_2.5.0"))
	m.Dict.SetStr("version_info", Obj(NewTuple([]Value{Int(2), Int(5), Int(0)})))
	m.Dict.SetStr("native_encoding", String("UTF-8"))
	features := []Value{}
	for _, f := range []struct {
		name string
		v    int64
	}{{"sizeof(XML_Char)", 1}, {"sizeof(XML_LChar)", 1}, {"XML_DTD", 0}, {"XML_CONTEXT_BYTES", 1024}, {"XML_NS", 0},
		{"XML_BLAP_MAX_AMP", 100}, {"XML_BLAP_ACT_THRES", 8388608}} {
		features = append(features, Obj(NewTuple([]Value{String(f.name), Int(f.v)})))
	}
	m.Dict.SetStr("features", Obj(NewList(features)))
	for i, n := range []string{"XML_PARAM_ENTITY_PARSING_NEVER", "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", "XML_PARAM_ENTITY_PARSING_ALWAYS"} {
		m.Dict.SetStr(n, Int(int64(i)))
	}
	errs := map[string]Value{}
	codes, messages := NewDict(), NewDict()
	for c := xmlparse.Code(1); int(c) < xmlparse.NumCodes; c++ {
		msg := String(xmlparse.Message(c))
		errs[xmlparse.Name(c)] = msg
		if err := codes.Set(th, msg, Int(int64(c))); err != nil {
			return nil, err
		}
		if err := messages.Set(th, Int(int64(c)), msg); err != nil {
			return nil, err
		}
	}
	errs["codes"], errs["messages"] = Obj(codes), Obj(messages)
	m.Dict.SetStr("errors", Obj(th.expatSubmodule("pyexpat.errors", "Constants used to describe error conditions.", errs)))
	model := map[string]Value{
		"XML_CTYPE_EMPTY": Int(xmlparse.CTypeEmpty), "XML_CTYPE_ANY": Int(xmlparse.CTypeAny),
		"XML_CTYPE_MIXED": Int(xmlparse.CTypeMixed), "XML_CTYPE_NAME": Int(xmlparse.CTypeName),
		"XML_CTYPE_CHOICE": Int(xmlparse.CTypeChoice), "XML_CTYPE_SEQ": Int(xmlparse.CTypeSeq),
		"XML_CQUANT_NONE": Int(xmlparse.CQuantNone), "XML_CQUANT_OPT": Int(xmlparse.CQuantOpt),
		"XML_CQUANT_REP": Int(xmlparse.CQuantRep), "XML_CQUANT_PLUS": Int(xmlparse.CQuantPlus),
	}
	m.Dict.SetStr("model", Obj(th.expatSubmodule("pyexpat.model", "Constants used to interpret content model information.", model)))
	return m, nil
}
