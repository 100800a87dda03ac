package codecs

import (
	"fmt"
	"strings"
)

// Error is a failure other than an encoding or decoding error, named by
// the Python exception type it stands for ("LookupError", "TypeError" or
// "IndexError").
type Error struct {
	Kind string
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

// Replacement is what an encoding error handler substitutes for the text
// it was given: Text, encoded by the codec, or Bytes as they are when
// IsBytes is set.
type Replacement struct {
	Text    []rune
	Bytes   []byte
	IsBytes bool
}

// Handler is an error handler. Each function is given the failure and
// returns the replacement and the position at which to resume (negative
// positions count from the end); a nil function handles nothing.
type Handler struct {
	Encode func(e *EncodeError) (Replacement, int, error)
	Decode func(e *DecodeError) ([]rune, int, error)
}

// Errors selects the error handler of an encoding or decoding by name,
// looked up only when an error occurs as CPython does.
type Errors struct {
	// Name is the handler name, such as "strict" or "replace".
	Name string
	// Custom, if not nil, finds handlers that are not builtin.
	Custom func(name string) (*Handler, error)
	// Warn, if not nil, receives the DeprecationWarning messages of a
	// successful decoding, such as unicode_escape's for an invalid escape.
	Warn func(msg string) error

	h *Handler
}

// builtinHandlers holds CPython's standard error handlers.
var builtinHandlers = map[string]*Handler{
	"strict": {
		Encode: func(e *EncodeError) (Replacement, int, error) { return Replacement{}, 0, e },
		Decode: func(e *DecodeError) ([]rune, int, error) { return nil, 0, e },
	},
	"ignore": {
		Encode: func(e *EncodeError) (Replacement, int, error) { return Replacement{}, e.End, nil },
		Decode: func(e *DecodeError) ([]rune, int, error) { return nil, e.End, nil },
	},
	"replace": {
		Encode: func(e *EncodeError) (Replacement, int, error) {
			return Replacement{Text: []rune(strings.Repeat("?", e.End-e.Start))}, e.End, nil
		},
		Decode: func(e *DecodeError) ([]rune, int, error) { return []rune{0xFFFD}, e.End, nil },
	},
	"backslashreplace": {
		Encode: func(e *EncodeError) (Replacement, int, error) {
			var b strings.Builder
			for _, c := range e.Object[e.Start:e.End] {
				writeEscape(&b, c)
			}
			return Replacement{Text: []rune(b.String())}, e.End, nil
		},
		Decode: func(e *DecodeError) ([]rune, int, error) {
			var b strings.Builder
			for _, c := range e.Object[e.Start:e.End] {
				fmt.Fprintf(&b, "\\x%02x", c)
			}
			return []rune(b.String()), e.End, nil
		},
	},
	"xmlcharrefreplace": {
		Encode: func(e *EncodeError) (Replacement, int, error) {
			var b strings.Builder
			for _, c := range e.Object[e.Start:e.End] {
				fmt.Fprintf(&b, "&#%d;", c)
			}
			return Replacement{Text: []rune(b.String())}, e.End, nil
		},
	},
	"namereplace": {
		Encode: func(e *EncodeError) (Replacement, int, error) {
			var b strings.Builder
			for _, c := range e.Object[e.Start:e.End] {
				if n := Name(c); n != "" {
					b.WriteString("\\N{" + n + "}")
				} else {
					writeEscape(&b, c)
				}
			}
			return Replacement{Text: []rune(b.String())}, e.End, nil
		},
	},
	"surrogateescape": {
		Encode: func(e *EncodeError) (Replacement, int, error) {
			out := make([]byte, 0, e.End-e.Start)
			for _, c := range e.Object[e.Start:e.End] {
				if c < 0xDC80 || c > 0xDCFF {
					return Replacement{}, 0, e
				}
				out = append(out, byte(c-0xDC00))
			}
			return Replacement{Bytes: out, IsBytes: true}, e.End, nil
		},
		Decode: func(e *DecodeError) ([]rune, int, error) {
			var out []rune
			for i := e.Start; i < e.End && len(out) < 4 && e.Object[i] >= 0x80; i++ {
				out = append(out, 0xDC00+rune(e.Object[i]))
			}
			if len(out) == 0 {
				return nil, 0, e
			}
			return out, e.Start + len(out), nil
		},
	},
	"surrogatepass": {
		Encode: surrogatePassEncode,
		Decode: surrogatePassDecode,
	},
}

// writeEscape writes c as a \x, \u or \U escape.
func writeEscape(b *strings.Builder, c rune) {
	switch {
	case c < 0x100:
		fmt.Fprintf(b, "\\x%02x", c)
	case c < 0x10000:
		fmt.Fprintf(b, "\\u%04x", c)
	default:
		fmt.Fprintf(b, "\\U%08x", c)
	}
}

// utfKind tells which UTF form an encoding name given to surrogatepass
// stands for: its code unit size (0 if not a UTF) and byte order, read as
// CPython's get_standard_encoding does ("utf-8", "UTF_16", "utf-16le",
// "utf32-BE", "CP_UTF8", ...).
func utfKind(enc string) (size int, bigEndian bool) {
	if enc == "CP_UTF8" {
		return 1, false
	}
	if len(enc) < 3 || !strings.EqualFold(enc[:3], "utf") {
		return 0, false
	}
	rest := enc[3:]
	if rest != "" && (rest[0] == '-' || rest[0] == '_') {
		rest = rest[1:]
	}
	switch {
	case rest == "8":
		return 1, false
	case strings.HasPrefix(rest, "16"):
		size = 2
	case strings.HasPrefix(rest, "32"):
		size = 4
	default:
		return 0, false
	}
	rest = rest[2:]
	if rest == "" {
		return size, false
	}
	if rest[0] == '-' || rest[0] == '_' {
		rest = rest[1:]
	}
	switch strings.ToLower(rest) {
	case "le":
		return size, false
	case "be":
		return size, true
	}
	return 0, false
}

func surrogatePassEncode(e *EncodeError) (Replacement, int, error) {
	size, be := utfKind(e.Encoding)
	if size == 0 {
		return Replacement{}, 0, e
	}
	var out []byte
	for _, c := range e.Object[e.Start:e.End] {
		if c < 0xD800 || c > 0xDFFF {
			return Replacement{}, 0, e
		}
		switch size {
		case 1:
			out = append(out, byte(0xE0|c>>12), byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
		case 2:
			out = appendUnit(out, uint32(c), 2, be)
		case 4:
			out = appendUnit(out, uint32(c), 4, be)
		}
	}
	return Replacement{Bytes: out, IsBytes: true}, e.End, nil
}

func surrogatePassDecode(e *DecodeError) ([]rune, int, error) {
	size, be := utfKind(e.Encoding)
	if size == 0 {
		return nil, 0, e
	}
	b := e.Object[e.Start:]
	var c rune
	n := size
	switch size {
	case 1:
		n = 3
		if len(b) < 3 || b[0]&0xF0 != 0xE0 || b[1]&0xC0 != 0x80 || b[2]&0xC0 != 0x80 {
			return nil, 0, e
		}
		c = rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F)
	default:
		if len(b) < size {
			return nil, 0, e
		}
		c = rune(readUnit(b, size, be))
	}
	if c < 0xD800 || c > 0xDFFF {
		return nil, 0, e
	}
	return []rune{c}, e.Start + n, nil
}

// handler resolves the handler named by eh.
func (eh *Errors) handler() (*Handler, error) {
	if eh.h != nil {
		return eh.h, nil
	}
	if h, ok := builtinHandlers[eh.Name]; ok {
		eh.h = h
		return h, nil
	}
	if eh.Custom != nil {
		h, err := eh.Custom(eh.Name)
		if err != nil {
			return nil, err
		}
		eh.h = h
		return h, nil
	}
	return nil, &Error{Kind: "LookupError", Msg: "unknown error handler name '" + eh.Name + "'"}
}

// LookupHandler returns the builtin error handler with the given name.
func LookupHandler(name string) (*Handler, bool) {
	h, ok := builtinHandlers[name]
	return h, ok
}

// fixPos validates the position returned by a handler.
func fixPos(pos, n int) (int, error) {
	if pos < 0 {
		pos += n
	}
	if pos < 0 || pos > n {
		return 0, &Error{Kind: "IndexError", Msg: fmt.Sprintf("position %d from error handler out of bounds", pos)}
	}
	return pos, nil
}

// escapePrefix implements the shortcut CPython's UTF-8, ASCII and Latin-1
// encoders take for the surrogateescape handler: the leading code points of
// s[start:end] in U+DC80..U+DCFF are written to out as the bytes they
// stand for, and the handler is only called for the rest of the range. It
// returns out and the start of the remaining range.
func (eh *Errors) escapePrefix(out []byte, s []rune, start, end int) ([]byte, int) {
	if eh.Name != "surrogateescape" {
		return out, start
	}
	for ; start < end && s[start] >= 0xDC80 && s[start] <= 0xDCFF; start++ {
		out = append(out, byte(s[start]-0xDC00))
	}
	return out, start
}

// encodeError runs the handler on s[start:end]. encRepl encodes the
// replacement text, reporting false if the codec cannot encode it; bytes
// given by the handler must be a whole number of code units of unit
// bytes. Otherwise the original error is returned. It returns the bytes to
// emit and the position at which to resume.
func (eh *Errors) encodeError(enc string, s []rune, start, end int, reason string, unit int, encRepl func([]rune) ([]byte, bool)) ([]byte, int, error) {
	e := &EncodeError{Encoding: enc, Object: s, Start: start, End: end, Reason: reason}
	h, err := eh.handler()
	if err != nil {
		return nil, 0, err
	}
	if h.Encode == nil {
		return nil, 0, &Error{Kind: "TypeError", Msg: "don't know how to handle UnicodeEncodeError in error callback"}
	}
	r, pos, err := h.Encode(e)
	if err != nil {
		return nil, 0, err
	}
	if pos, err = fixPos(pos, len(s)); err != nil {
		return nil, 0, err
	}
	if r.IsBytes {
		if len(r.Bytes)%unit != 0 {
			return nil, 0, e
		}
		return r.Bytes, pos, nil
	}
	out, ok := encRepl(r.Text)
	if !ok {
		return nil, 0, e
	}
	return out, pos, nil
}

// decodeError runs the handler on (*b)[start:end], returning the text to
// emit and the position at which to resume. A handler may replace the
// bytes being decoded (a Python handler setting the exception's object):
// *b is then the new bytes, which decoding goes on with, as in CPython.
func (eh *Errors) decodeError(enc string, b *[]byte, start, end int, reason string) ([]rune, int, error) {
	e := &DecodeError{Encoding: enc, Object: *b, Start: start, End: end, Reason: reason}
	h, err := eh.handler()
	if err != nil {
		return nil, 0, err
	}
	if h.Decode == nil {
		return nil, 0, &Error{Kind: "TypeError", Msg: "don't know how to handle UnicodeDecodeError in error callback"}
	}
	r, pos, err := h.Decode(e)
	if err != nil {
		return nil, 0, err
	}
	*b = e.Object
	pos, err = fixPos(pos, len(*b))
	return r, pos, err
}
