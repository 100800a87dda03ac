package vm

// The incremental decoders and encoders of text streams: native ones for
// UTF-8, ASCII and Latin-1, the codec's own (from the codecs registry)
// for the other encodings, and _io.IncrementalNewlineDecoder.

import (
	"os"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/codecs"
)

// textDecoder is an incremental decoder.
type textDecoder interface {
	decode(th *Thread, input []byte, final bool) (string, error)
	getstate(th *Thread) ([]byte, int64, error)
	setstate(th *Thread, buf []byte, flags int64) error
	reset(th *Thread) error
}

// textEncoder is an incremental encoder.
type textEncoder interface {
	encode(th *Thread, s *Str) ([]byte, error)
	setstate0(th *Thread) error
	reset(th *Thread) error
}

// nativeDecoder decodes UTF-8 (holding back an incomplete sequence at
// the end of its input), ASCII or Latin-1.
type nativeDecoder struct {
	encoding, errors string
	utf8             bool
	pending          []byte
}

// utf8Incomplete returns how many bytes at the end of b start a UTF-8
// sequence that more bytes could complete.
func utf8Incomplete(b []byte) int {
	n := len(b)
	for k := 1; k <= 3 && k <= n; k++ {
		c := b[n-k]
		if c < 0x80 {
			return 0
		}
		if c < 0xC0 {
			continue
		}
		need := 0
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 2
		case c >= 0xE0 && c <= 0xEF:
			need = 3
		case c >= 0xF0 && c <= 0xF4:
			need = 4
		default:
			return 0
		}
		if k >= need {
			return 0
		}
		if k >= 2 {
			s := b[n-k+1]
			lo, hi := byte(0x80), byte(0xBF)
			switch c {
			case 0xE0:
				lo = 0xA0
			case 0xED:
				hi = 0x9F
			case 0xF0:
				lo = 0x90
			case 0xF4:
				hi = 0x8F
			}
			if s < lo || s > hi {
				return 0
			}
		}
		return k
	}
	return 0
}

func (d *nativeDecoder) decode(th *Thread, input []byte, final bool) (string, error) {
	data := input
	if len(d.pending) > 0 {
		data = append(append([]byte{}, d.pending...), input...)
		d.pending = nil
	}
	if d.utf8 && !final {
		if k := utf8Incomplete(data); k > 0 {
			d.pending = append([]byte{}, data[len(data)-k:]...)
			data = data[:len(data)-k]
		}
	}
	if len(data) == 0 {
		return "", nil
	}
	if d.utf8 && utf8.Valid(data) || !d.utf8 && isASCII(data) {
		return string(data), nil
	}
	v, err := th.decodeBytes("decode", Obj(&Bytes{b: data}), data, String(d.encoding), String(d.errors))
	if err != nil {
		return "", err
	}
	return checkDecoded(v)
}

func (d *nativeDecoder) getstate(th *Thread) ([]byte, int64, error) {
	return append([]byte{}, d.pending...), 0, nil
}

func (d *nativeDecoder) setstate(th *Thread, buf []byte, flags int64) error {
	d.pending = append([]byte(nil), buf...)
	return nil
}

func (d *nativeDecoder) reset(th *Thread) error { d.pending = nil; return nil }

// nativeEncoder encodes UTF-8, ASCII or Latin-1.
type nativeEncoder struct{ encoding, errors string }

func (e *nativeEncoder) encode(th *Thread, s *Str) ([]byte, error) {
	if e.encoding == "utf-8" && !hasSurrogate(s.s) {
		return []byte(s.s), nil
	}
	b, err := th.encodeStr("encode", s, Obj(s), String(e.encoding), String(e.errors))
	if err != nil {
		return nil, err
	}
	return b.b, nil
}

func (e *nativeEncoder) setstate0(th *Thread) error { return nil }
func (e *nativeEncoder) reset(th *Thread) error     { return nil }

// pyDecoder is a codec's incremental decoder object.
type pyDecoder struct{ obj Value }

// checkDecoded is check_decoded: the decoder must return a str.
func checkDecoded(v Value) (string, error) {
	s, ok := v.o.(*Str)
	if !ok {
		if u, ok := unwrap(v).o.(*Str); ok {
			return u.s, nil
		}
		return "", Errorf(TypeErrorType, "decoder should return a string result, not '%s'", v.Type().Name)
	}
	return s.s, nil
}

func (d *pyDecoder) decode(th *Thread, input []byte, final bool) (string, error) {
	r, err := th.CallMethod(d.obj, "decode", Obj(&Bytes{b: input}), Bool(final))
	if err != nil {
		return "", err
	}
	return checkDecoded(r)
}

// decoderState reads the (bytes, int) state of a decoder.
func (th *Thread) decoderState(state Value, msg string) ([]byte, int64, error) {
	t, ok := state.o.(*Tuple)
	if !ok {
		return nil, 0, Errorf(TypeErrorType, "%s", msg)
	}
	if len(t.items) != 2 {
		return nil, 0, Errorf(TypeErrorType, "%s", msg)
	}
	b, ok := t.items[0].o.(*Bytes)
	if !ok || b.mutable {
		return nil, 0, Errorf(TypeErrorType, "illegal decoder state: the first item should be a bytes object, not '%s'", t.items[0].Type().Name)
	}
	flags, err := th.sizeArg(t.items[1])
	if err != nil {
		return nil, 0, err
	}
	return b.b, flags, nil
}

func (d *pyDecoder) getstate(th *Thread) ([]byte, int64, error) {
	r, err := th.CallMethod(d.obj, "getstate")
	if err != nil {
		return nil, 0, err
	}
	return th.decoderState(r, "illegal decoder state")
}

func (d *pyDecoder) setstate(th *Thread, buf []byte, flags int64) error {
	_, err := th.CallMethod(d.obj, "setstate", Obj(NewTuple([]Value{Obj(&Bytes{b: buf}), Int(flags)})))
	return err
}

func (d *pyDecoder) reset(th *Thread) error {
	_, err := th.CallMethod(d.obj, "reset")
	return err
}

// pyEncoder is a codec's incremental encoder object.
type pyEncoder struct{ obj Value }

func (e *pyEncoder) encode(th *Thread, s *Str) ([]byte, error) {
	r, err := th.CallMethod(e.obj, "encode", Obj(s))
	if err != nil {
		return nil, err
	}
	b, ok := unwrap(r).o.(*Bytes)
	if !ok || b.mutable {
		return nil, Errorf(TypeErrorType, "encoder should return a bytes object, not '%s'", r.Type().Name)
	}
	return b.b, nil
}

func (e *pyEncoder) setstate0(th *Thread) error {
	_, err := th.CallMethod(e.obj, "setstate", Int(0))
	return err
}

func (e *pyEncoder) reset(th *Thread) error {
	_, err := th.CallMethod(e.obj, "reset")
	return err
}

// textCodec finds the codec of a text stream's encoding: a native
// decoder and encoder for UTF-8, ASCII and Latin-1, else the codec's
// CodecInfo.
func (th *Thread) textCodec(encoding string) (native string, info Value, err error) {
	if c, err := codecs.Lookup(encoding); err == nil && !nonTextEncodings[codecs.Normalize(encoding)] {
		switch c.Module {
		case "utf_8":
			return "utf-8", Null, nil
		case "ascii":
			return "ascii", Null, nil
		case "latin_1":
			return "latin-1", Null, nil
		}
	}
	cm, err := th.importModule("codecs")
	if err != nil {
		return "", Null, err
	}
	lookup, err := th.GetAttr(cm, intern("lookup"))
	if err != nil {
		return "", Null, err
	}
	info, err = th.Call(lookup, []Value{String(encoding)}, nil)
	if err != nil {
		return "", Null, err
	}
	if flag, err := th.GetAttr(info, intern("_is_text_encoding")); err == nil && flag == False {
		return "", Null, Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", encoding)
	}
	return "", info, nil
}

// newTextDecoder makes the decoder of a codec.
func (th *Thread) newTextDecoder(native string, info Value, errors string) (textDecoder, error) {
	if native != "" {
		return &nativeDecoder{encoding: native, errors: errors, utf8: native == "utf-8"}, nil
	}
	mk, err := th.GetAttr(info, intern("incrementaldecoder"))
	if err != nil {
		return nil, err
	}
	if mk.IsNone() {
		return nil, Errorf(TypeErrorType, "codec has no incremental decoder")
	}
	d, err := th.Call(mk, []Value{String(errors)}, nil)
	if err != nil {
		return nil, err
	}
	return &pyDecoder{d}, nil
}

// newTextEncoder makes the encoder of a codec.
func (th *Thread) newTextEncoder(native string, info Value, errors string) (textEncoder, error) {
	if native != "" {
		return &nativeEncoder{encoding: native, errors: errors}, nil
	}
	mk, err := th.GetAttr(info, intern("incrementalencoder"))
	if err != nil {
		return nil, err
	}
	if mk.IsNone() {
		return nil, Errorf(TypeErrorType, "codec has no incremental encoder")
	}
	e, err := th.Call(mk, []Value{String(errors)}, nil)
	if err != nil {
		return nil, err
	}
	return &pyEncoder{e}, nil
}

// localeEncoding is the encoding of the locale, as nl_langinfo(CODESET)
// gives it after setlocale(LC_CTYPE, ""), with the C locale read as UTF-8.
func (th *Thread) localeEncoding() (string, error) {
	name := ""
	for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if name = os.Getenv(v); name != "" {
			break
		}
	}
	if name == "" || name == "C" || name == "POSIX" {
		return "utf-8", nil
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		cs := name[i+1:]
		if j := strings.IndexByte(cs, '@'); j >= 0 {
			cs = cs[:j]
		}
		switch strings.ToLower(strings.ReplaceAll(cs, "-", "")) {
		case "utf8":
			return "UTF-8", nil
		}
		return cs, nil
	}
	loc, err := th.importModule("locale")
	if err != nil {
		return "", err
	}
	r, err := th.CallMethod(loc, "_parse_localename", String(name))
	if err != nil {
		return "utf-8", nil
	}
	if t, ok := r.o.(*Tuple); ok && len(t.items) == 2 {
		if s, ok := t.items[1].o.(*Str); ok && s.s != "" {
			return s.s, nil
		}
	}
	return "utf-8", nil
}

// IncrementalNewlineDecoderType is _io.IncrementalNewlineDecoder.
var IncrementalNewlineDecoderType *Type

// NLDecoder is an instance of _io.IncrementalNewlineDecoder: it
// translates \r\n and \r into \n, or holds back a final \r so that a
// \r\n comes out whole, and records the newlines it saw.
type NLDecoder struct {
	inner     textDecoder // nil: the input is str
	innerObj  Value       // the wrapped decoder object, None, or Null for a native one
	translate bool
	pendingcr bool
	seennl    uint8
	ok        bool
	errors    Value
	dict      *Dict
}

// Type implements Object.
func (*NLDecoder) Type() *Type { return IncrementalNewlineDecoderType }

func (d *NLDecoder) ensureDict() *Dict {
	if d.dict == nil {
		d.dict = NewDict()
	}
	return d.dict
}

// translateOutput is the work of decode on output, the inner decoder's.
func (d *NLDecoder) translateOutput(output string, final bool) string {
	if d.pendingcr && (final || output != "") {
		output = "\r" + output
		d.pendingcr = false
	}
	if !final && strings.HasSuffix(output, "\r") {
		output = output[:len(output)-1]
		d.pendingcr = true
	}
	cr := strings.Count(output, "\r")
	if cr == 0 {
		if strings.IndexByte(output, '\n') >= 0 {
			d.seennl |= seenLF
		}
		return output
	}
	crlf := strings.Count(output, "\r\n")
	lf := strings.Count(output, "\n") - crlf
	if lf > 0 {
		d.seennl |= seenLF
	}
	if crlf > 0 {
		d.seennl |= seenCRLF
	}
	if cr-crlf > 0 {
		d.seennl |= seenCR
	}
	if d.translate {
		if crlf > 0 {
			output = strings.ReplaceAll(output, "\r\n", "\n")
		}
		if cr-crlf > 0 {
			output = strings.ReplaceAll(output, "\r", "\n")
		}
	}
	return output
}

func (d *NLDecoder) decode(th *Thread, input []byte, final bool) (string, error) {
	var output string
	if d.inner != nil {
		s, err := d.inner.decode(th, input, final)
		if err != nil {
			return "", err
		}
		output = s
	} else {
		return "", Errorf(TypeErrorType, "decoder should return a string result, not 'bytes'")
	}
	return d.translateOutput(output, final), nil
}

func (d *NLDecoder) getstate(th *Thread) ([]byte, int64, error) {
	buf, flag := []byte{}, int64(0)
	if d.inner != nil {
		var err error
		if buf, flag, err = d.inner.getstate(th); err != nil {
			return nil, 0, err
		}
	}
	flag <<= 1
	if d.pendingcr {
		flag |= 1
	}
	return buf, flag, nil
}

func (d *NLDecoder) setstate(th *Thread, buf []byte, flag int64) error {
	d.pendingcr = flag&1 != 0
	if d.inner != nil {
		return d.inner.setstate(th, buf, flag>>1)
	}
	return nil
}

func (d *NLDecoder) reset(th *Thread) error {
	d.seennl = 0
	d.pendingcr = false
	if d.inner != nil {
		return d.inner.reset(th)
	}
	return nil
}

// newlines is the newlines attribute.
func (d *NLDecoder) newlines() Value {
	s := func(x ...string) Value {
		if len(x) == 1 {
			return String(x[0])
		}
		items := make([]Value, len(x))
		for i, y := range x {
			items[i] = String(y)
		}
		return Obj(NewTuple(items))
	}
	switch d.seennl {
	case 1:
		return s("\n")
	case 2:
		return s("\r")
	case 3:
		return s("\r", "\n")
	case 4:
		return s("\r\n")
	case 5:
		return s("\n", "\r\n")
	case 6:
		return s("\r", "\r\n")
	case 7:
		return s("\r", "\n", "\r\n")
	}
	return None
}

func initNLDecoderType() *Type {
	t := newIOType("IncrementalNewlineDecoder", ObjectType)
	t.layout = t
	self := func(v Value) (*NLDecoder, error) {
		d := unwrap(v).o.(*NLDecoder)
		if !d.ok {
			return nil, Errorf(ValueErrorType, "IncrementalNewlineDecoder.__init__() not called")
		}
		return d, nil
	}
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		d := &NLDecoder{}
		if cls != t {
			return newSubclassInstance(cls, Obj(d)), nil
		}
		return Obj(d), nil
	}}))
	method(t, "__init__", func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
		var dec, translate, errs Value
		if err := unpackArgs("IncrementalNewlineDecoder", args, kw, 2, []string{"decoder", "translate", "errors"}, &dec, &translate, &errs); err != nil {
			return Null, err
		}
		d := unwrap(s).o.(*NLDecoder)
		tr, err := th.Truth(translate)
		if err != nil {
			return Null, err
		}
		if errs.o == nil {
			errs = String("strict")
		}
		d.innerObj, d.translate, d.errors = dec, tr, errs
		d.inner = nil
		if !dec.IsNone() {
			d.inner = &pyDecoder{dec}
		}
		d.seennl, d.pendingcr, d.ok = 0, false, true
		return None, nil
	})
	method(t, "decode", func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
		var input, final Value
		if err := unpackArgs("decode", args, kw, 1, []string{"input", "final"}, &input, &final); err != nil {
			return Null, err
		}
		d, err := self(s)
		if err != nil {
			return Null, err
		}
		fin := false
		if final.o != nil {
			if !isIntLike(final) {
				return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", final.Type().Name)
			}
			if fin, err = th.Truth(final); err != nil {
				return Null, err
			}
		}
		var out Value
		if d.innerObj.IsNone() {
			out = input
		} else if out, err = th.CallMethod(d.innerObj, "decode", input, Bool(fin)); err != nil {
			return Null, err
		}
		str, err := checkDecoded(out)
		if err != nil {
			return Null, err
		}
		return String(d.translateOutput(str, fin)), nil
	})
	method(t, "getstate", func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
		d, err := self(s)
		if err != nil {
			return Null, err
		}
		buf, flag := Obj(&Bytes{b: []byte{}}), int64(0)
		if d.inner != nil {
			st, err := th.CallMethod(d.innerObj, "getstate")
			if err != nil {
				return Null, err
			}
			t, ok := st.o.(*Tuple)
			if !ok || len(t.items) != 2 {
				return Null, Errorf(TypeErrorType, "illegal decoder state")
			}
			buf = t.items[0]
			if flag, err = th.sizeArg(t.items[1]); err != nil {
				return Null, err
			}
		}
		flag <<= 1
		if d.pendingcr {
			flag |= 1
		}
		return Obj(NewTuple([]Value{buf, Int(flag)})), nil
	})
	method(t, "setstate", func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "setstate() takes exactly one argument (%d given)", len(args))
		}
		d, err := self(s)
		if err != nil {
			return Null, err
		}
		st, ok := args[0].o.(*Tuple)
		if !ok || len(st.items) != 2 {
			return Null, Errorf(TypeErrorType, "state argument must be a tuple")
		}
		flag, err := th.sizeArg(st.items[1])
		if err != nil {
			return Null, err
		}
		d.pendingcr = flag&1 != 0
		if d.inner != nil {
			_, err := th.CallMethod(d.innerObj, "setstate", Obj(NewTuple([]Value{st.items[0], Int(flag >> 1)})))
			return None, err
		}
		return None, nil
	})
	method(t, "reset", func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
		d, err := self(s)
		if err != nil {
			return Null, err
		}
		return None, d.reset(th)
	})
	t.addGetSet("newlines", func(th *Thread, s Value) (Value, error) {
		d, err := self(s)
		if err != nil {
			return Null, err
		}
		return d.newlines(), nil
	}, nil)
	return t
}
