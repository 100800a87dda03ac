package vm

// The encoders and decoders CPython's _codecs module has by name
// (utf_8_encode, utf_16_ex_decode, charmap_decode, ...), which the codec
// modules of the encodings package are built on: an encoder returns the
// bytes and the length of the text, a decoder the text and the number of
// bytes it consumed.

import (
	"fmt"

	"github.com/pyjit/pyjit/vm/codecs"
)

// codecOptArg returns args[i], or Null when there are fewer arguments.
func codecOptArg(args []Value, i int) Value {
	if i < len(args) {
		return args[i]
	}
	return Null
}

// codecErrorsArg reads the errors argument (argument argNo, str or None)
// of a _codecs function.
func codecErrorsArg(fname string, argNo int, v Value) (string, error) {
	if v.o == nil || v.IsNone() {
		return "strict", nil
	}
	s, ok := unwrap(v).o.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument %d must be str or None, not %s", fname, argNo, typeNameForArg(v))
	}
	return s.s, cStringError(s)
}

// codecIntArg reads an int argument (final, byteorder) of a _codecs
// function, def when it is absent.
func (th *Thread) codecIntArg(v Value, def int) (int, error) {
	if v.o == nil {
		return def, nil
	}
	if v.Type().IsSubtype(FloatType) {
		return 0, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	r, ok, err := th.ssizeArg(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	n := int64(unwrap(r).n)
	if n != int64(int32(n)) {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(n), nil
}

// codecStrInput reads the str argument of an encoder.
func codecStrInput(fname string, v Value) (*Str, error) {
	s, ok := unwrap(v).o.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s() argument 1 must be str, not %s", fname, typeNameForArg(v))
	}
	return s, nil
}

// codecDataInput reads the bytes-like argument of a decoder; acceptStr
// also takes a str, as its UTF-8 bytes (Argument Clinic's
// Py_buffer(accept={str, buffer})).
func codecDataInput(v Value, acceptStr bool) ([]byte, error) {
	if acceptStr {
		if s, ok := unwrap(v).o.(*Str); ok {
			if err := cStringError(s); err != nil && hasSurrogate(s.s) {
				return nil, err
			}
			return []byte(s.s), nil
		}
	}
	return bytesLikeArg(v)
}

// namedEncoder makes name(str, errors=None, /) of _codecs, encoding with
// enc.
func namedEncoder(name string, enc func(th *Thread, s *Str, eh *codecs.Errors) ([]byte, error)) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		s, err := codecStrInput(name, args[0])
		if err != nil {
			return Null, err
		}
		errs, err := codecErrorsArg(name, 2, codecOptArg(args, 1))
		if err != nil {
			return Null, err
		}
		b, err := enc(th, s, th.codecErrors(errs))
		if err != nil {
			return Null, codecErr(err, args[0])
		}
		return TupleOf(Obj(&Bytes{b: b}), Int(int64(s.Len()))), nil
	}
}

// codecByName returns the native codec of an encodings module.
func codecByName(mod string) *codecs.Codec {
	c, err := codecs.Lookup(mod)
	if err != nil {
		panic(err)
	}
	return c
}

// simpleEncoder encodes with the native codec of an encodings module.
func simpleEncoder(mod string) func(th *Thread, s *Str, eh *codecs.Errors) ([]byte, error) {
	c := codecByName(mod)
	return func(th *Thread, s *Str, eh *codecs.Errors) ([]byte, error) {
		if mod == "utf_8" && !hasSurrogate(s.s) {
			return []byte(s.s), nil
		}
		return c.Encode(s.Runes(), eh)
	}
}

// statefulDecoder makes name(data, errors=None, final=def, /) of _codecs:
// dec decodes and returns the bytes consumed, leaving a sequence cut by
// the end of the data when not final.
func statefulDecoder(name string, acceptStr, def bool, dec func(b []byte, eh *codecs.Errors, final bool) ([]rune, int, error)) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		data, err := codecDataInput(args[0], acceptStr)
		if err != nil {
			return Null, err
		}
		errs, err := codecErrorsArg(name, 2, codecOptArg(args, 1))
		if err != nil {
			return Null, err
		}
		d := 0
		if def {
			d = 1
		}
		final, err := th.codecIntArg(codecOptArg(args, 2), d)
		if err != nil {
			return Null, err
		}
		rs, n, err := dec(data, th.codecErrors(errs), final != 0)
		if err != nil {
			return Null, codecErr(err, args[0])
		}
		return TupleOf(String(encodeRunes(rs)), Int(int64(n))), nil
	}
}

// simpleDecoder makes name(data, errors=None, /) of _codecs over the
// native codec of an encodings module.
func simpleDecoder(name, mod string) BuiltinFunc {
	c := codecByName(mod)
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		data, err := bytesLikeArg(args[0])
		if err != nil {
			return Null, err
		}
		errs, err := codecErrorsArg(name, 2, codecOptArg(args, 1))
		if err != nil {
			return Null, err
		}
		if mod == "ascii" && isASCII(data) {
			return TupleOf(String(string(data)), Int(int64(len(data)))), nil
		}
		rs, err := c.Decode(data, th.codecErrors(errs))
		if err != nil {
			return Null, codecErr(err, args[0])
		}
		return TupleOf(String(encodeRunes(rs)), Int(int64(len(data)))), nil
	}
}

// utfDecoder is the stateful decoder of UTF-16 or UTF-32 (size 2 or 4)
// in a fixed byte order.
func utfDecoder(size, byteorder int) func(b []byte, eh *codecs.Errors, final bool) ([]rune, int, error) {
	return func(b []byte, eh *codecs.Errors, final bool) ([]rune, int, error) {
		dec := codecs.DecodeUTF16
		if size == 4 {
			dec = codecs.DecodeUTF32
		}
		rs, n, _, err := dec(b, eh, byteorder, final)
		return rs, n, err
	}
}

// utfExDecoder makes utf_16_ex_decode or utf_32_ex_decode(data,
// errors=None, byteorder=0, final=False, /), which also returns the byte
// order found.
func utfExDecoder(name string, size int) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		data, err := bytesLikeArg(args[0])
		if err != nil {
			return Null, err
		}
		errs, err := codecErrorsArg(name, 2, codecOptArg(args, 1))
		if err != nil {
			return Null, err
		}
		bo, err := th.codecIntArg(codecOptArg(args, 2), 0)
		if err != nil {
			return Null, err
		}
		final, err := th.codecIntArg(codecOptArg(args, 3), 0)
		if err != nil {
			return Null, err
		}
		dec := codecs.DecodeUTF16
		if size == 4 {
			dec = codecs.DecodeUTF32
		}
		rs, n, found, err := dec(data, th.codecErrors(errs), max(-1, min(bo, 1)), final != 0)
		if err != nil {
			return Null, codecErr(err, args[0])
		}
		if bo == 0 {
			bo = found
		}
		return TupleOf(String(encodeRunes(rs)), Int(int64(n)), Int(int64(bo))), nil
	}
}

// utfEncoderFunc makes utf_16_encode or utf_32_encode(str, errors=None,
// byteorder=0, /).
func utfEncoderFunc(name string, size int) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		s, err := codecStrInput(name, args[0])
		if err != nil {
			return Null, err
		}
		errs, err := codecErrorsArg(name, 2, codecOptArg(args, 1))
		if err != nil {
			return Null, err
		}
		bo, err := th.codecIntArg(codecOptArg(args, 2), 0)
		if err != nil {
			return Null, err
		}
		enc := codecs.EncodeUTF16
		if size == 4 {
			enc = codecs.EncodeUTF32
		}
		b, err := enc(s.Runes(), th.codecErrors(errs), max(-1, min(bo, 1)))
		if err != nil {
			return Null, codecErr(err, args[0])
		}
		return TupleOf(Obj(&Bytes{b: b}), Int(int64(s.Len()))), nil
	}
}

// codecsEscapeEncode is escape_encode(data, errors=None, /): the bytes
// with the escapes of their repr, and the length of data.
func codecsEscapeEncode(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	b, ok := unwrap(args[0]).o.(*Bytes)
	if !ok || b.mutable {
		return Null, Errorf(TypeErrorType, "escape_encode() argument 1 must be bytes, not %s", typeNameForArg(args[0]))
	}
	if _, err := codecErrorsArg("escape_encode", 2, codecOptArg(args, 1)); err != nil {
		return Null, err
	}
	out := make([]byte, 0, len(b.b))
	for _, c := range b.b {
		switch {
		case c == '\\' || c == '\'':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, `\t`...)
		case c == '\n':
			out = append(out, `\n`...)
		case c == '\r':
			out = append(out, `\r`...)
		case c < 0x20 || c >= 0x7F:
			out = fmt.Appendf(out, "\\x%02x", c)
		default:
			out = append(out, c)
		}
	}
	return TupleOf(Obj(&Bytes{b: out}), Int(int64(len(b.b)))), nil
}

// codecsReadbufferEncode is readbuffer_encode(data, errors=None, /): the
// bytes of a bytes-like object or str, and their length.
func codecsReadbufferEncode(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	data, err := codecDataInput(args[0], true)
	if err != nil {
		return Null, err
	}
	if _, err := codecErrorsArg("readbuffer_encode", 2, codecOptArg(args, 1)); err != nil {
		return Null, err
	}
	return TupleOf(Obj(&Bytes{b: append([]byte{}, data...)}), Int(int64(len(data)))), nil
}

// charmapItem looks key up in a charmap codec's mapping: ok is false
// when the mapping has no item (a LookupError).
func (th *Thread) charmapItem(mapping Value, key int) (Value, bool, error) {
	if d, ok := unwrap(mapping).o.(*Dict); ok && mapping.Type() == DictType {
		return d.Get(th, Int(int64(key)))
	}
	v, err := th.GetItem(mapping, Int(int64(key)))
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(LookupErrorType) {
			return Null, false, nil
		}
		return Null, false, err
	}
	return v, true, nil
}

// codecsCharmapDecode is charmap_decode(data, errors=None, mapping=None, /):
// each byte is decoded by the mapping (a str indexed by byte, or a
// mapping from byte values to code points, str or None), Latin-1 without
// one.
func codecsCharmapDecode(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	data, err := bytesLikeArg(args[0])
	if err != nil {
		return Null, err
	}
	errs, err := codecErrorsArg("charmap_decode", 2, codecOptArg(args, 1))
	if err != nil {
		return Null, err
	}
	mapping := codecOptArg(args, 2)
	if mapping.o == nil || mapping.IsNone() {
		rs, err := codecByName("latin_1").Decode(data, nil)
		if err != nil {
			return Null, codecErr(err, args[0])
		}
		return TupleOf(String(encodeRunes(rs)), Int(int64(len(data)))), nil
	}
	var lookup func(byte) ([]rune, bool, error)
	if s, ok := unwrap(mapping).o.(*Str); ok {
		table := s.Runes()
		lookup = func(c byte) ([]rune, bool, error) {
			if int(c) >= len(table) || table[c] == 0xFFFE {
				return nil, false, nil
			}
			return table[int(c) : int(c)+1], true, nil
		}
	} else {
		lookup = func(c byte) ([]rune, bool, error) {
			v, ok, err := th.charmapItem(mapping, int(c))
			if err != nil || !ok || v.IsNone() {
				return nil, false, err
			}
			if unwrap(v).Type().IsSubtype(IntType) && !v.IsBool() || v.IsBool() {
				r, ok, err := th.ssizeArg(v)
				if err != nil || !ok {
					return nil, false, Errorf(TypeErrorType, "character mapping must be in range(0x110000)")
				}
				n := int64(unwrap(r).n)
				if n == 0xFFFE {
					return nil, false, nil
				}
				if n < 0 || n > 0x10FFFF {
					return nil, false, Errorf(TypeErrorType, "character mapping must be in range(0x110000)")
				}
				return []rune{rune(n)}, true, nil
			}
			if s, ok := unwrap(v).o.(*Str); ok {
				rs := s.Runes()
				if len(rs) == 1 && rs[0] == 0xFFFE {
					return nil, false, nil
				}
				return rs, true, nil
			}
			return nil, false, Errorf(TypeErrorType, "character mapping must return integer, None or str")
		}
	}
	rs, err := codecs.CharmapDecode(data, th.codecErrors(errs), lookup)
	if err != nil {
		return Null, codecErr(err, args[0])
	}
	return TupleOf(String(encodeRunes(rs)), Int(int64(len(data)))), nil
}

// codecsCharmapEncode is charmap_encode(str, errors=None, mapping=None, /):
// each code point is encoded by the mapping (from code points to byte
// values, bytes or None), Latin-1 without one.
func codecsCharmapEncode(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	s, err := codecStrInput("charmap_encode", args[0])
	if err != nil {
		return Null, err
	}
	errs, err := codecErrorsArg("charmap_encode", 2, codecOptArg(args, 1))
	if err != nil {
		return Null, err
	}
	mapping := codecOptArg(args, 2)
	var b []byte
	if mapping.o == nil || mapping.IsNone() {
		b, err = codecByName("latin_1").Encode(s.Runes(), th.codecErrors(errs))
	} else {
		b, err = codecs.CharmapEncode(s.Runes(), th.codecErrors(errs), func(c rune) ([]byte, bool, error) {
			v, ok, err := th.charmapItem(mapping, int(c))
			if err != nil || !ok || v.IsNone() {
				return nil, false, err
			}
			if unwrap(v).Type().IsSubtype(IntType) {
				r, _, err := th.ssizeArg(v)
				if err != nil {
					return nil, false, err
				}
				n := int64(unwrap(r).n)
				if n < 0 || n > 255 {
					return nil, false, Errorf(TypeErrorType, "character mapping must be in range(256)")
				}
				return []byte{byte(n)}, true, nil
			}
			if bb, ok := unwrap(v).o.(*Bytes); ok && !bb.mutable {
				return bb.b, true, nil
			}
			return nil, false, Errorf(TypeErrorType, "character mapping must return integer, bytes or None, not %s", v.Type().Name)
		})
	}
	if err != nil {
		return Null, codecErr(err, args[0])
	}
	return TupleOf(Obj(&Bytes{b: b}), Int(int64(s.Len()))), nil
}

// codecsCharmapBuild is charmap_build(map, /): the encoding table of a
// decoding table, a dict from code points to byte values. CPython builds
// its compact EncodingMap, which leaves U+FFFE out, from a table of 256
// code points starting with U+0000 and holding no other U+0000 and nothing
// above U+FFFF; pyjit makes the dict CPython makes for the other tables.
func codecsCharmapBuild(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	s, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "charmap_build() argument must be str, not %s", typeNameForArg(args[0]))
	}
	rs := s.Runes()
	compact := len(rs) == 256 && rs[0] == 0
	for _, c := range rs[min(1, len(rs)):] {
		if c == 0 || c > 0xFFFF {
			compact = false
		}
	}
	d := NewDict()
	for i, c := range rs {
		if c == 0xFFFE && compact {
			continue
		}
		if err := th.SetItem(Obj(d), Int(int64(c)), Int(int64(i))); err != nil {
			return Null, err
		}
	}
	return Obj(d), nil
}

// namedCodecFuncs returns the encoders and decoders of _codecs by name.
func namedCodecFuncs() map[string]BuiltinFunc {
	fns := map[string]BuiltinFunc{
		"utf_8_encode":              namedEncoder("utf_8_encode", simpleEncoder("utf_8")),
		"utf_8_decode":              statefulDecoder("utf_8_decode", false, false, codecs.DecodeUTF8),
		"utf_7_encode":              namedEncoder("utf_7_encode", simpleEncoder("utf_7")),
		"utf_7_decode":              statefulDecoder("utf_7_decode", false, false, codecs.DecodeUTF7),
		"latin_1_encode":            namedEncoder("latin_1_encode", simpleEncoder("latin_1")),
		"latin_1_decode":            simpleDecoder("latin_1_decode", "latin_1"),
		"ascii_encode":              namedEncoder("ascii_encode", simpleEncoder("ascii")),
		"ascii_decode":              simpleDecoder("ascii_decode", "ascii"),
		"unicode_escape_encode":     namedEncoder("unicode_escape_encode", simpleEncoder("unicode_escape")),
		"unicode_escape_decode":     statefulDecoder("unicode_escape_decode", true, true, codecs.DecodeUnicodeEscape),
		"raw_unicode_escape_encode": namedEncoder("raw_unicode_escape_encode", simpleEncoder("raw_unicode_escape")),
		"raw_unicode_escape_decode": statefulDecoder("raw_unicode_escape_decode", true, true, codecs.DecodeRawUnicodeEscape),
		"utf_16_encode":             utfEncoderFunc("utf_16_encode", 2),
		"utf_32_encode":             utfEncoderFunc("utf_32_encode", 4),
		"utf_16_ex_decode":          utfExDecoder("utf_16_ex_decode", 2),
		"utf_32_ex_decode":          utfExDecoder("utf_32_ex_decode", 4),
		"escape_encode":             codecsEscapeEncode,
		"readbuffer_encode":         codecsReadbufferEncode,
		"charmap_decode":            codecsCharmapDecode,
		"charmap_encode":            codecsCharmapEncode,
		"charmap_build":             codecsCharmapBuild,
	}
	for _, size := range []int{16, 32} {
		n := size / 8
		fns[fmt.Sprintf("utf_%d_decode", size)] = statefulDecoder(fmt.Sprintf("utf_%d_decode", size), false, false, utfDecoder(n, 0))
		for _, order := range []struct {
			suffix string
			bo     int
		}{{"le", -1}, {"be", 1}} {
			mod := fmt.Sprintf("utf_%d_%s", size, order.suffix)
			fns[mod+"_encode"] = namedEncoder(mod+"_encode", simpleEncoder(mod))
			fns[mod+"_decode"] = statefulDecoder(mod+"_decode", false, false, utfDecoder(n, order.bo))
		}
	}
	return fns
}
