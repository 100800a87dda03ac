package vm

// Text encoding and decoding: str.encode, bytes.decode and friends, the
// codec and error handler registries, the _codecs module behind
// vm/lib/codecs.py, and the attributes of UnicodeEncodeError and
// UnicodeDecodeError.

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/codecs"
)

// codecRegistry holds the codec search functions and error handlers
// registered from Python.
type codecRegistry struct {
	search   []Value
	cache    map[string]Value
	handlers map[string]Value
	// encodingsTried records that the encodings package was imported
	// (or could not be) for its search function.
	encodingsTried bool
}

// nonTextEncodings lists the normalized names of CPython's bytes-to-bytes
// and str-to-str codecs, which str.encode and bytes.decode reject.
var nonTextEncodings = map[string]bool{
	"base64": true, "base_64": true, "base64_codec": true, "hex": true, "hex_codec": true,
	"rot13": true, "rot_13": true, "zlib": true, "zip": true, "zlib_codec": true,
	"bz2": true, "bz2_codec": true, "quopri": true, "quotedprintable": true,
	"quoted_printable": true, "quopri_codec": true, "uu": true, "uu_codec": true,
}

// fastCodecs lists the normalized names that CPython's str.encode and
// bytes.decode handle without going through the codec registry; errors of
// the other codecs are wrapped by wrapCodecError.
var fastCodecs = map[string]bool{
	"utf8": true, "utf_8": true, "utf16": true, "utf_16": true, "utf32": true, "utf_32": true,
	"ascii": true, "us_ascii": true, "latin1": true, "latin_1": true, "iso_8859_1": true, "iso8859_1": true,
}

// wrapCodecError rewords an exception raised while encoding or decoding
// with a registered codec as CPython's _PyErr_TrySetFromCause does: an
// exception of a type with BaseException's constructor, no attributes and
// no arguments or a single str is replaced by one of the same type saying which operation failed, with
// the original as its cause.
func (th *Thread) wrapCodecError(err error, op, encoding string) error {
	e, ok := err.(*Exception)
	if !ok || (e.dict != nil && e.dict.Len() > 0) || e.group != nil {
		return err
	}
	if e.args != nil && (len(e.args.items) > 1 || len(e.args.items) == 1 && e.args.items[0].Type() != StrType) {
		return err
	}
	if !keepsBaseExceptionInit(e.typ) || !isBaseExceptionNew(e.typ.Lookup("__new__")) {
		return err
	}
	msg, serr := th.Str(Obj(e))
	if serr != nil {
		return err
	}
	w := NewException(e.typ, String(fmt.Sprintf("%s with '%s' codec failed (%s: %s)", op, encoding, e.typ.Name, msg)))
	w.cause = Obj(e)
	w.suppressContext = true
	w.tb = e.tb
	return w
}

// hasSurrogate reports whether a str's text holds a lone surrogate, which
// the vm keeps as its 3-byte generalized UTF-8 form (0xED 0xA0..0xBF ..).
func hasSurrogate(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			return true
		}
	}
	return false
}

// isASCII reports whether b holds only ASCII bytes.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// codecStrArg returns an optional str argument of an encoding function,
// or def when it is absent.
func codecStrArg(fname, param string, v Value, def string) (string, error) {
	if v.o == nil {
		return def, nil
	}
	s, ok := unwrap(v).o.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, param, v.Type().Name)
	}
	return s.s, cStringError(s)
}

// cStringError is the error of converting s to a C string, as CPython
// does for str arguments it reads as char*: surrogates cannot be encoded
// in UTF-8 and a NUL character would end the string.
func cStringError(s *Str) error {
	if hasSurrogate(s.s) {
		runes := s.Runes()
		i := 0
		for i < len(runes) && !(runes[i] >= 0xD800 && runes[i] <= 0xDFFF) {
			i++
		}
		j := i
		for j < len(runes) && runes[j] >= 0xD800 && runes[j] <= 0xDFFF {
			j++
		}
		return NewException(UnicodeEncodeErrorType, String("utf-8"), Obj(s), Int(int64(i)), Int(int64(j)), String("surrogates not allowed"))
	}
	if strings.IndexByte(s.s, 0) >= 0 {
		return Errorf(ValueErrorType, "embedded null character")
	}
	return nil
}

// codecErr converts an error of the codecs package into a Python
// exception; obj is the object being encoded or decoded.
func codecErr(err error, obj Value) error {
	var ee *codecs.EncodeError
	var de *codecs.DecodeError
	var ce *codecs.Error
	var le *codecs.LookupError
	switch {
	case errors.As(err, &ee):
		if _, ok := unwrap(obj).o.(*Str); !ok {
			obj = String(encodeRunes(ee.Object))
		}
		return NewException(UnicodeEncodeErrorType, String(ee.Encoding), obj, Int(int64(ee.Start)), Int(int64(ee.End)), String(ee.Reason))
	case errors.As(err, &de):
		if b, ok := unwrap(obj).o.(*Bytes); !ok || b.mutable {
			obj = Obj(&Bytes{b: append([]byte{}, de.Object...)})
		}
		return NewException(UnicodeDecodeErrorType, String(de.Encoding), obj, Int(int64(de.Start)), Int(int64(de.End)), String(de.Reason))
	case errors.As(err, &ce):
		t := map[string]*Type{"LookupError": LookupErrorType, "TypeError": TypeErrorType, "IndexError": IndexErrorType}[ce.Kind]
		if t == nil {
			t = ValueErrorType
		}
		return Errorf(t, "%s", ce.Msg)
	case errors.As(err, &le):
		return Errorf(LookupErrorType, "%s", le.Msg)
	}
	return err
}

// codecErrors returns the handler selection for the errors name, resolving
// names that are not builtin through codecs.register_error.
func (th *Thread) codecErrors(name string) *codecs.Errors {
	return &codecs.Errors{Name: name, Custom: func(name string) (*codecs.Handler, error) {
		fn, ok := th.interp.codecReg.handlers[name]
		if !ok {
			return nil, &codecs.Error{Kind: "LookupError", Msg: "unknown error handler name '" + name + "'"}
		}
		return th.pyHandler(fn), nil
	}, Warn: func(msg string) error {
		return th.warn(DeprecationWarningType, msg)
	}}
}

// pyHandler wraps a Python error handler: a callable taking the exception
// and returning (replacement, position).
func (th *Thread) pyHandler(fn Value) *codecs.Handler {
	call := func(exc *Exception, what string) (Value, int, error) {
		res, err := th.Call(fn, []Value{Obj(exc)}, nil)
		if err != nil {
			return Null, 0, err
		}
		t, ok := res.o.(*Tuple)
		if !ok || len(t.items) != 2 || !t.items[1].IsSmallInt() {
			return Null, 0, Errorf(TypeErrorType, "%s error handler must return (%s, int) tuple", what, map[string]string{"encoding": "str/bytes", "decoding": "str"}[what])
		}
		return t.items[0], int(t.items[1].UncheckedInt()), nil
	}
	return &codecs.Handler{
		Encode: func(e *codecs.EncodeError) (codecs.Replacement, int, error) {
			exc := codecErr(e, Null).(*Exception)
			v, pos, err := call(exc, "encoding")
			if err != nil {
				return codecs.Replacement{}, 0, err
			}
			switch x := unwrap(v).o.(type) {
			case *Str:
				return codecs.Replacement{Text: x.Runes()}, pos, nil
			case *Bytes:
				if !x.mutable {
					return codecs.Replacement{Bytes: x.b, IsBytes: true}, pos, nil
				}
			}
			return codecs.Replacement{}, 0, Errorf(TypeErrorType, "encoding error handler must return (str/bytes, int) tuple")
		},
		Decode: func(e *codecs.DecodeError) ([]rune, int, error) {
			exc := codecErr(e, Null).(*Exception)
			obj := exc.field(1)
			v, pos, err := call(exc, "decoding")
			if err != nil {
				return nil, 0, err
			}
			if now := exc.field(1); now.o != obj.o {
				// The handler replaced the bytes being decoded.
				b, ok := bytesLike(now)
				if !ok {
					return nil, 0, Errorf(TypeErrorType, "object attribute must be bytes")
				}
				e.Object = append([]byte(nil), b...)
			}
			s, ok := unwrap(v).o.(*Str)
			if !ok {
				return nil, 0, Errorf(TypeErrorType, "decoding error handler must return (str, int) tuple")
			}
			return s.Runes(), pos, nil
		},
	}
}

// lookupCodecInfo consults the search functions registered with
// codecs.register for an encoding the codecs package does not know,
// returning the CodecInfo found.
func (th *Thread) lookupCodecInfo(encoding string) (Value, error) {
	reg := &th.interp.codecReg
	if !reg.encodingsTried {
		// CPython imports the encodings package at start-up, so that its
		// search function comes first; pyjit imports it when first needed.
		reg.encodingsTried = true
		n := len(reg.search)
		if _, err := th.importModule("encodings"); err == nil && len(reg.search) > n {
			added := append([]Value{}, reg.search[n:]...)
			reg.search = append(added, reg.search[:n]...)
		}
	}
	norm := codecs.Normalize(encoding)
	if v, ok := reg.cache[norm]; ok {
		return v, nil
	}
	for _, fn := range reg.search {
		v, err := th.Call(fn, []Value{String(norm)}, nil)
		if err != nil {
			return Null, err
		}
		if v.IsNone() {
			continue
		}
		if t, ok := unwrap(v).o.(*Tuple); !ok || len(t.items) != 4 {
			return Null, Errorf(TypeErrorType, "codec search functions must return 4-tuples")
		}
		if reg.cache == nil {
			reg.cache = map[string]Value{}
		}
		reg.cache[norm] = v
		return v, nil
	}
	return Null, Errorf(LookupErrorType, "unknown encoding: %s", encoding)
}

// textCodecInfo finds a registered codec for str.encode or bytes.decode
// (fn, "encode" or "decode"), rejecting those that are not text encodings.
func (th *Thread) textCodecInfo(encoding, fn string) (*Tuple, error) {
	if nonTextEncodings[codecs.Normalize(encoding)] {
		return nil, Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, fn)
	}
	info, err := th.lookupCodecInfo(encoding)
	if err != nil {
		return nil, err
	}
	if flag, err := th.GetAttr(info, NewStr("_is_text_encoding")); err == nil && flag == False {
		return nil, Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, fn)
	}
	return codecInfoTuple(info)
}

// codecInfoTuple returns the tuple of a CodecInfo.
func codecInfoTuple(info Value) (*Tuple, error) {
	t, ok := unwrap(info).o.(*Tuple)
	if !ok || len(t.items) != 4 {
		return nil, Errorf(TypeErrorType, "codec search functions must return 4-tuples")
	}
	return t, nil
}

// callCodec calls the encoder or decoder of a CodecInfo, passing errors
// when it was given, and returns the first item of its result.
func (th *Thread) callCodec(fn, obj Value, errs Value) (Value, error) {
	args := []Value{obj}
	if errs.o != nil {
		args = append(args, errs)
	}
	res, err := th.Call(fn, args, nil)
	if err != nil {
		return Null, err
	}
	t, ok := res.o.(*Tuple)
	if !ok || len(t.items) != 2 {
		return Null, Errorf(TypeErrorType, "encoder must return a tuple (object, integer)")
	}
	return t.items[0], nil
}

// encodeStr implements str.encode(encoding, errors) for s, the str obj;
// encV and errV may be Null when not given.
func (th *Thread) encodeStr(fname string, s *Str, obj, encV, errV Value) (*Bytes, error) {
	encoding, err := codecStrArg(fname, "encoding", encV, "utf-8")
	if err != nil {
		return nil, err
	}
	errs, err := codecStrArg(fname, "errors", errV, "strict")
	if err != nil {
		return nil, err
	}
	if err := th.checkEncodingErrors(encV, encoding, errV); err != nil {
		return nil, err
	}
	c, err := codecs.Lookup(encoding)
	if err != nil {
		info, err := th.textCodecInfo(encoding, "encode")
		if err != nil {
			return nil, err
		}
		v, err := th.callCodec(info.items[0], obj, errV)
		if err != nil {
			return nil, th.wrapCodecError(err, "encoding", encoding)
		}
		b, ok := v.o.(*Bytes)
		if !ok || b.mutable {
			return nil, Errorf(TypeErrorType, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, v.Type().Name)
		}
		return b, nil
	}
	if c.Module == "utf_8" && !hasSurrogate(s.s) {
		return &Bytes{b: []byte(s.s)}, nil
	}
	b, err := c.Encode(s.Runes(), th.codecErrors(errs))
	if err != nil {
		err = codecErr(err, obj)
		if !fastCodecs[codecs.Normalize(encoding)] {
			err = th.wrapCodecError(err, "encoding", encoding)
		}
		return nil, err
	}
	return &Bytes{b: b}, nil
}

// checkEncodingErrors looks up the codec and the error handler given
// (encV, errV, Null when not) to str.encode, bytes.decode and their
// siblings in development mode (-X dev), so that a wrong name fails even
// when the codec or handler is not needed, as CPython's
// unicode_check_encoding_errors does.
func (th *Thread) checkEncodingErrors(encV Value, encoding string, errV Value) error {
	if !th.interp.flags.DevMode || encV.o == nil && errV.o == nil {
		return nil
	}
	if encV.o != nil {
		if _, err := codecs.Lookup(encoding); err != nil {
			if _, err := th.lookupCodecInfo(encoding); err != nil {
				return err
			}
		}
	}
	if errV.o != nil {
		cm, err := th.importModule("_codecs")
		if err != nil {
			return err
		}
		if _, err := th.CallMethod(cm, "lookup_error", errV); err != nil {
			return err
		}
	}
	return nil
}

// decodeBytes implements bytes.decode(encoding, errors) for the bytes of
// obj; encV and errV may be Null when not given.
func (th *Thread) decodeBytes(fname string, obj Value, data []byte, encV, errV Value) (Value, error) {
	encoding, err := codecStrArg(fname, "encoding", encV, "utf-8")
	if err != nil {
		return Null, err
	}
	errs, err := codecStrArg(fname, "errors", errV, "strict")
	if err != nil {
		return Null, err
	}
	if err := th.checkEncodingErrors(encV, encoding, errV); err != nil {
		return Null, err
	}
	if len(data) == 0 {
		// CPython decodes nothing to '' without looking the codec up.
		return String(""), nil
	}
	c, err := codecs.Lookup(encoding)
	if err != nil {
		info, err := th.textCodecInfo(encoding, "decode")
		if err != nil {
			return Null, err
		}
		view, err := th.Call(Obj(MemoryViewType), []Value{Obj(&Bytes{b: data})}, nil)
		if err != nil {
			return Null, err
		}
		v, err := th.callCodec(info.items[1], view, errV)
		if err != nil {
			return Null, th.wrapCodecError(err, "decoding", encoding)
		}
		if _, ok := v.o.(*Str); !ok {
			return Null, Errorf(TypeErrorType, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, v.Type().Name)
		}
		return v, nil
	}
	if c.Module == "utf_8" && utf8.Valid(data) || c.Module == "ascii" && isASCII(data) {
		return String(string(data)), nil
	}
	rs, err := c.Decode(data, th.codecErrors(errs))
	if err != nil {
		err = codecErr(err, obj)
		if !fastCodecs[codecs.Normalize(encoding)] {
			err = th.wrapCodecError(err, "decoding", encoding)
		}
		return Null, err
	}
	return String(encodeRunes(rs)), nil
}

// unicodeErrorFields reads the attributes of a UnicodeEncodeError or
// UnicodeDecodeError.
func (th *Thread) unicodeErrorFields(e *Exception) (enc string, obj Value, start, end int, reason string, err error) {
	get := func(name string) (Value, error) { return th.GetAttr(Obj(e), NewStr(name)) }
	var v Value
	if v, err = get("encoding"); err != nil {
		return
	}
	enc, _ = codecStrArg("", "", v, "")
	if obj, err = get("object"); err != nil {
		return
	}
	if v, err = get("start"); err != nil {
		return
	}
	start = int(v.UncheckedInt())
	if v, err = get("end"); err != nil {
		return
	}
	end = int(v.UncheckedInt())
	if v, err = get("reason"); err != nil {
		return
	}
	reason, _ = codecStrArg("", "", v, "")
	return
}

// builtinErrorFunc returns the Python function for a builtin error
// handler, as codecs.lookup_error gives it.
func builtinErrorFunc(name string, h *codecs.Handler) Value {
	fname := name + "_errors"
	if name == "surrogateescape" || name == "surrogatepass" {
		fname = name
	}
	return Obj(&Builtin{Name: fname, mod: "_codecs", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Null, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
		}
		e, ok := args[0].o.(*Exception)
		if name == "strict" {
			if !ok {
				return Null, Errorf(TypeErrorType, "codec must pass exception instance")
			}
			return Null, e
		}
		translate := ok && e.typ.IsSubtype(UnicodeTranslateErrorType)
		if !ok || !(e.typ.IsSubtype(UnicodeEncodeErrorType) || e.typ.IsSubtype(UnicodeDecodeErrorType) || translate) {
			return Null, Errorf(TypeErrorType, "don't know how to handle %s in error callback", args[0].Type().Name)
		}
		enc, obj, start, end, reason, err := th.unicodeErrorFields(e)
		if err != nil {
			return Null, err
		}
		if translate {
			// Translating, "ignore", "replace" and "backslashreplace" are
			// the handlers that apply: what they substitute is text.
			s, ok := unwrap(obj).o.(*Str)
			if !ok || name != "ignore" && name != "replace" && name != "backslashreplace" {
				return Null, Errorf(TypeErrorType, "don't know how to handle %s in error callback", e.typ.Name)
			}
			rs := s.Runes()
			start, end = clampRange(start, end, len(rs))
			if name == "replace" {
				return TupleOf(String(strings.Repeat("\ufffd", end-start)), Int(int64(end))), nil
			}
			r, pos, err := h.Encode(&codecs.EncodeError{Encoding: enc, Object: rs, Start: start, End: end, Reason: reason})
			if err != nil {
				return Null, codecErr(err, obj)
			}
			return TupleOf(String(encodeRunes(r.Text)), Int(int64(pos))), nil
		}
		if e.typ.IsSubtype(UnicodeEncodeErrorType) {
			s, ok := unwrap(obj).o.(*Str)
			if !ok || h.Encode == nil {
				return Null, Errorf(TypeErrorType, "don't know how to handle %s in error callback", e.typ.Name)
			}
			rs := s.Runes()
			start, end = clampRange(start, end, len(rs))
			r, pos, err := h.Encode(&codecs.EncodeError{Encoding: enc, Object: rs, Start: start, End: end, Reason: reason})
			if err != nil {
				if _, isGo := err.(*codecs.EncodeError); isGo {
					return Null, e
				}
				return Null, codecErr(err, obj)
			}
			if r.IsBytes {
				return TupleOf(Obj(&Bytes{b: r.Bytes}), Int(int64(pos))), nil
			}
			return TupleOf(String(encodeRunes(r.Text)), Int(int64(pos))), nil
		}
		b, ok := bytesLike(obj)
		if !ok || h.Decode == nil {
			return Null, Errorf(TypeErrorType, "don't know how to handle %s in error callback", e.typ.Name)
		}
		start, end = clampRange(start, end, len(b))
		r, pos, err := h.Decode(&codecs.DecodeError{Encoding: enc, Object: b, Start: start, End: end, Reason: reason})
		if err != nil {
			if _, isGo := err.(*codecs.DecodeError); isGo {
				return Null, e
			}
			return Null, codecErr(err, obj)
		}
		return TupleOf(String(encodeRunes(r)), Int(int64(pos))), nil
	}})
}

// codecsCall implements codecs.encode and codecs.decode: the codec's
// function is applied to obj and the first item of its result returned.
func (th *Thread) codecsCall(op string, args []Value, kw []string) (Value, error) {
	var obj, encV, errV Value
	if err := unpackArgs(op, args, kw, 1, []string{"obj", "encoding", "errors"}, &obj, &encV, &errV); err != nil {
		return Null, err
	}
	encoding, err := codecStrArg(op, "encoding", encV, "utf-8")
	if err != nil {
		return Null, err
	}
	errs, err := codecStrArg(op, "errors", errV, "strict")
	if err != nil {
		return Null, err
	}
	verb := map[string]string{"encode": "encoding", "decode": "decoding"}[op]
	c, err := codecs.Lookup(encoding)
	if err != nil {
		info, err := th.lookupCodecInfo(encoding)
		if err != nil {
			return Null, err
		}
		idx := 0
		if op == "decode" {
			idx = 1
		}
		t, err := codecInfoTuple(info)
		if err != nil {
			return Null, err
		}
		v, err := th.callCodec(t.items[idx], obj, String(errs))
		if err != nil {
			return Null, th.wrapCodecError(err, verb, encoding)
		}
		return v, nil
	}
	var v Value
	if op == "encode" {
		s, ok := unwrap(obj).o.(*Str)
		if !ok {
			err = Errorf(TypeErrorType, "%s_encode() argument 1 must be str, not %s", c.Module, obj.Type().Name)
		} else {
			var b []byte
			if b, err = c.Encode(s.Runes(), th.codecErrors(errs)); err == nil {
				v = Obj(&Bytes{b: b})
			}
		}
	} else {
		data, ok := bytesLike(obj)
		if !ok {
			err = Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", obj.Type().Name)
		} else {
			var rs []rune
			if rs, err = c.Decode(data, th.codecErrors(errs)); err == nil {
				v = String(encodeRunes(rs))
			}
		}
	}
	if err != nil {
		return Null, th.wrapCodecError(codecErr(err, obj), verb, encoding)
	}
	return v, nil
}

// clampRange limits an error range to an object of length n.
func clampRange(start, end, n int) (int, int) {
	start = max(0, min(start, n))
	end = max(start, min(end, n))
	return start, end
}

// makeCodecsModule builds the _codecs module, which CPython's codecs.py
// and the codec modules of its encodings package are written on.
func makeCodecsModule(th *Thread) (*Module, error) {
	reg := &th.interp.codecReg
	builtinFuncs := map[string]Value{}
	for _, name := range []string{"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"} {
		h, _ := codecs.LookupHandler(name)
		builtinFuncs[name] = builtinErrorFunc(name, h)
	}
	m := newNativeModule("_codecs", map[string]BuiltinFunc{
		"escape_decode": codecsEscapeDecode,
		"escape_encode": codecsEscapeEncode,
		"lookup": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			s, ok := unwrap(args[0]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "lookup() argument must be str, not %s", typeNameForArg(args[0]))
			}
			if err := cStringError(s); err != nil {
				return Null, err
			}
			return th.lookupCodecInfo(s.s)
		},
		"encode": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return th.codecsCall("encode", args, kw)
		},
		"decode": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return th.codecsCall("decode", args, kw)
		},
		"register": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if !th.callable(args[0]) {
				return Null, Errorf(TypeErrorType, "argument must be callable")
			}
			reg.search = append(reg.search, args[0])
			return None, nil
		},
		"unregister": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			for i, fn := range reg.search {
				if fn == args[0] {
					reg.search = append(reg.search[:i:i], reg.search[i+1:]...)
					reg.cache = nil
					break
				}
			}
			return None, nil
		},
		"register_error": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			name, err := codecStrArg("register_error", "errors", args[0], "")
			if err != nil {
				return Null, Errorf(TypeErrorType, "register_error() argument 1 must be str, not %s", args[0].Type().Name)
			}
			if !th.callable(args[1]) {
				return Null, Errorf(TypeErrorType, "handler must be callable")
			}
			if reg.handlers == nil {
				reg.handlers = map[string]Value{}
			}
			reg.handlers[name] = args[1]
			return None, nil
		},
		"lookup_error": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			name, err := codecStrArg("lookup_error", "name", args[0], "")
			if err != nil {
				return Null, Errorf(TypeErrorType, "lookup_error() argument must be str, not %s", args[0].Type().Name)
			}
			if fn, ok := reg.handlers[name]; ok {
				return fn, nil
			}
			if fn, ok := builtinFuncs[name]; ok {
				return fn, nil
			}
			return Null, Errorf(LookupErrorType, "unknown error handler name '%s'", name)
		},
	})
	for name, fn := range namedCodecFuncs() {
		m.Dict.SetStr(name, Obj(&Builtin{Name: name, Fn: fn, mod: "_codecs", spec: moduleArgSpec("_codecs", name)}))
	}
	return m, nil
}

// initUnicodeErrors gives UnicodeEncodeError, UnicodeDecodeError and
// UnicodeTranslateError their constructor arguments, attributes and
// messages.
func initUnicodeErrors() {
	for _, t := range []*Type{UnicodeEncodeErrorType, UnicodeDecodeErrorType, UnicodeTranslateErrorType} {
		decode := t == UnicodeDecodeErrorType
		translate := t == UnicodeTranslateErrorType
		excInit(t, func(th *Thread, e *Exception, args []Value) error {
			return th.unicodeErrorInit(e, args, decode, translate)
		})
		for i, name := range []string{"start", "end"} {
			t.addGetSet(name, func(th *Thread, v Value) (Value, error) {
				return excSelf(v).fieldOrNone(2 + i), nil
			}, func(th *Thread, v, x Value) error {
				if x.o == nil {
					return Errorf(TypeErrorType, "can't delete numeric/char attribute")
				}
				if !x.Type().IsSubtype(IntType) {
					return Errorf(TypeErrorType, "an integer is required")
				}
				n, _, err := th.ssizeArg(x)
				if err != nil {
					return err
				}
				excSelf(v).setField(2+i, n)
				return nil
			})
		}
		method(t, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			e := excSelf(self)
			if e.field(1).o == nil {
				return String(""), nil
			}
			_, obj, start, end, _, err := th.unicodeErrorFields(e)
			if err != nil {
				return Null, err
			}
			// The message shows str() of whatever encoding and reason hold.
			enc, err := th.strOfAttr(self, "encoding")
			if err != nil {
				return Null, err
			}
			reason, err := th.strOfAttr(self, "reason")
			if err != nil {
				return Null, err
			}
			if decode {
				b, ok := bytesLike(obj)
				if !ok {
					return String(""), nil
				}
				return String((&codecs.DecodeError{Encoding: enc, Object: b, Start: start, End: end, Reason: reason}).Error()), nil
			}
			s, ok := unwrap(obj).o.(*Str)
			if !ok {
				return String(""), nil
			}
			msg := (&codecs.EncodeError{Encoding: enc, Object: s.Runes(), Start: start, End: end, Reason: reason}).Error()
			if translate {
				msg = strings.Replace(msg[strings.Index(msg, " codec ")+len(" codec "):], "encode", "translate", 1)
			}
			return String(msg), nil
		})
	}
}

// strOfAttr returns str(v.name).
func (th *Thread) strOfAttr(v Value, name string) (string, error) {
	a, err := th.GetAttr(v, NewStr(name))
	if err != nil {
		return "", err
	}
	return th.Str(a)
}

// ssizeArg converts v to an int in C ssize_t range via __index__, as
// CPython's "n" argument format does; ok is false when v has no __index__.
func (th *Thread) ssizeArg(v Value) (Value, bool, error) {
	r, ok, err := th.indexValue(v)
	if err != nil || !ok {
		return Null, ok, err
	}
	r = unwrap(r)
	if _, big := r.o.(*BigInt); big {
		return Null, true, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return Int(int64(r.n)), true, nil
}

// unicodeErrorInit sets the attributes of a Unicode error from its
// arguments: (encoding, object, start, end, reason), without the encoding
// for UnicodeTranslateError; a UnicodeDecodeError keeps a bytes copy of a
// bytes-like object.
func (th *Thread) unicodeErrorInit(e *Exception, args []Value, decode, translate bool) error {
	want := 5
	if translate {
		want = 4
		args = append([]Value{Null}, args...)
	}
	if len(args) != 5 {
		return Errorf(TypeErrorType, "function takes exactly %d arguments (%d given)", want, len(args)-5+want)
	}
	vals := append([]Value(nil), args...)
	argNo := func(i int) int { return i + 1 - 5 + want }
	for i, x := range args {
		switch i {
		case 0:
			if translate {
				continue
			}
		case 1:
			if decode {
				continue
			}
		case 2, 3:
			n, ok, err := th.ssizeArg(x)
			if err != nil {
				return err
			}
			if !ok {
				return Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", x.Type().Name)
			}
			vals[i] = n
			continue
		}
		if !x.Type().IsSubtype(StrType) {
			return Errorf(TypeErrorType, "argument %d must be str, not %s", argNo(i), x.Type().Name)
		}
	}
	if decode {
		b, ok := bytesLike(args[1])
		if !ok {
			return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		if bb, ok := unwrap(args[1]).o.(*Bytes); !ok || bb.mutable {
			vals[1] = Obj(&Bytes{b: append([]byte{}, b...)})
		}
	}
	copy(e.fields, vals)
	return nil
}
