// Package codecs implements Python's text encodings over Go values.
//
// Text is handled as a slice of code points ([]rune), which may hold lone
// surrogates (U+D800..U+DFFF) as Python strings can. Encoders and decoders
// report errors to handlers selected by name (strict, ignore, replace, ...)
// like CPython's codec machinery; the failures are described by
// *EncodeError and *DecodeError, whose Error texts are CPython's
// UnicodeEncodeError and UnicodeDecodeError messages.
package codecs

import (
	"fmt"
	"strings"
)

// Codec is a text encoding found by Lookup.
type Codec struct {
	// Name is the name CPython's CodecInfo reports, such as "utf-8" or
	// "iso8859-1".
	Name string
	// Module is the name of the module of CPython's encodings package
	// implementing the codec, such as "utf_8" or "latin_1".
	Module string

	encode func(s []rune, eh *Errors) ([]byte, error)
	decode func(b []byte, eh *Errors) ([]rune, error)
}

// Encode encodes s, reporting encoding errors to the handler named by
// eh (strict when eh is nil).
func (c *Codec) Encode(s []rune, eh *Errors) ([]byte, error) {
	if eh == nil {
		eh = &Errors{Name: "strict"}
	}
	return c.encode(s, eh)
}

// Decode decodes b, reporting decoding errors to the handler named by
// eh (strict when eh is nil).
func (c *Codec) Decode(b []byte, eh *Errors) ([]rune, error) {
	if eh == nil {
		eh = &Errors{Name: "strict"}
	}
	return c.decode(b, eh)
}

// LookupError reports an unknown encoding or error handler name.
type LookupError struct {
	Msg string
}

func (e *LookupError) Error() string { return e.Msg }

// Normalize normalizes an encoding name as CPython's codec registry does
// before consulting its search functions: ASCII letters are lowercased,
// each run of characters other than ASCII letters, digits and '.' becomes
// a single '_', and leading and trailing runs are dropped.
func Normalize(name string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteByte(c)
			punct = false
		} else {
			punct = true
		}
	}
	return b.String()
}

// Lookup finds the codec for an encoding name, accepting the names and
// aliases of CPython's encodings package. It returns a *LookupError for
// unknown names.
func Lookup(name string) (*Codec, error) {
	norm := Normalize(name)
	mod, ok := aliases[norm]
	if !ok {
		mod, ok = aliases[strings.ReplaceAll(norm, ".", "_")]
	}
	if !ok {
		mod = norm
	}
	if c := codecFor(mod); c != nil {
		return c, nil
	}
	return nil, &LookupError{Msg: "unknown encoding: " + name}
}

// codecFor returns the codec implemented by an encodings module, or nil.
func codecFor(mod string) *Codec {
	name, ok := moduleNames[mod]
	if !ok {
		return nil
	}
	c := &Codec{Name: name, Module: mod}
	switch mod {
	case "utf_8":
		c.encode, c.decode = encodeUTF8, decodeUTF8
	case "utf_8_sig":
		c.encode = func(s []rune, eh *Errors) ([]byte, error) {
			b, err := encodeUTF8(s, eh)
			if err != nil {
				return nil, err
			}
			return append([]byte(BOMUTF8), b...), nil
		}
		c.decode = func(b []byte, eh *Errors) ([]rune, error) {
			return decodeUTF8(b[len(b)-len(strings.TrimPrefix(string(b), BOMUTF8)):], eh)
		}
	case "utf_16", "utf_16_le", "utf_16_be":
		c.encode, c.decode = utf16Codec(name, mod)
	case "utf_32", "utf_32_le", "utf_32_be":
		c.encode, c.decode = utf32Codec(name, mod)
	case "latin_1":
		c.encode = func(s []rune, eh *Errors) ([]byte, error) {
			return encodeLimit(s, eh, "latin-1", 0x100)
		}
		c.decode = func(b []byte, eh *Errors) ([]rune, error) {
			out := make([]rune, len(b))
			for i, x := range b {
				out[i] = rune(x)
			}
			return out, nil
		}
	case "ascii":
		c.encode = func(s []rune, eh *Errors) ([]byte, error) {
			return encodeLimit(s, eh, "ascii", 0x80)
		}
		c.decode = decodeASCII
	case "utf_7":
		c.encode, c.decode = encodeUTF7, decodeUTF7
	case "unicode_escape":
		c.encode, c.decode = encodeUnicodeEscape, decodeUnicodeEscape
	case "raw_unicode_escape":
		c.encode, c.decode = encodeRawUnicodeEscape, decodeRawUnicodeEscape
	default:
		t := charmapTables[mod]
		if t == nil {
			return nil
		}
		c.encode, c.decode = charmapCodec(t)
	}
	return c
}

// Byte order marks, as the codecs module names them.
const (
	BOMUTF8    = "\xef\xbb\xbf"
	BOMUTF16LE = "\xff\xfe"
	BOMUTF16BE = "\xfe\xff"
	BOMUTF32LE = "\xff\xfe\x00\x00"
	BOMUTF32BE = "\x00\x00\xfe\xff"
)

// EncodeError describes text that a codec cannot encode: the code points
// Object[Start:End].
type EncodeError struct {
	Encoding   string
	Object     []rune
	Start, End int
	Reason     string
}

// Error returns the text of CPython's UnicodeEncodeError.__str__.
func (e *EncodeError) Error() string {
	if e.Start >= 0 && e.Start < len(e.Object) && e.End == e.Start+1 {
		c := e.Object[e.Start]
		var cs string
		switch {
		case c <= 0xff:
			cs = fmt.Sprintf("\\x%02x", c)
		case c <= 0xffff:
			cs = fmt.Sprintf("\\u%04x", c)
		default:
			cs = fmt.Sprintf("\\U%08x", c)
		}
		return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", e.Encoding, cs, e.Start, e.Reason)
	}
	return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", e.Encoding, e.Start, e.End-1, e.Reason)
}

// DecodeError describes bytes that a codec cannot decode: Object[Start:End].
type DecodeError struct {
	Encoding   string
	Object     []byte
	Start, End int
	Reason     string
}

// Error returns the text of CPython's UnicodeDecodeError.__str__.
func (e *DecodeError) Error() string {
	if e.Start >= 0 && e.Start < len(e.Object) && e.End == e.Start+1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", e.Encoding, e.Object[e.Start], e.Start, e.Reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", e.Encoding, e.Start, e.End-1, e.Reason)
}
