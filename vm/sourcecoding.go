package vm

// The source encoding of bytes given to compile(): a UTF-8 byte order
// mark or a PEP 263 coding declaration on one of the first two lines.

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// utf8BOM is UTF-8's byte order mark.
var utf8BOM = []byte("\xef\xbb\xbf")

var codingCookie = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// sourceEncodingName is CPython's get_normal_name: the spellings of
// UTF-8 and Latin-1 that the tokenizer knows by their usual names.
func sourceEncodingName(s string) string {
	l := strings.ToLower(strings.ReplaceAll(s, "_", "-"))
	switch {
	case l == "utf-8" || strings.HasPrefix(l, "utf-8-"):
		return "utf-8"
	case l == "latin-1" || l == "iso-8859-1" || l == "iso-latin-1" ||
		strings.HasPrefix(l, "latin-1-") || strings.HasPrefix(l, "iso-8859-1-") || strings.HasPrefix(l, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// sourceCoding returns the declared encoding of source bytes ("" if
// none): the cookie of the first line, or of the second when the first
// is blank or a comment.
func sourceCoding(src []byte) string {
	for i := 0; i < 2 && len(src) > 0; i++ {
		line := src
		if j := bytes.IndexByte(src, '\n'); j >= 0 {
			line, src = src[:j], src[j+1:]
		} else {
			src = nil
		}
		if m := codingCookie.FindSubmatch(line); m != nil {
			return sourceEncodingName(string(m[1]))
		}
		t := bytes.TrimLeft(line, " \t\f\r")
		if len(t) > 0 && t[0] != '#' {
			return ""
		}
	}
	return ""
}

// decodeSource turns source bytes into UTF-8 as the tokenizer reads
// them: without a byte order mark, decoded from a declared encoding. An
// encoding it cannot use is a SyntaxError at line 0 of filename, as
// CPython's tokenizer reports it.
func (th *Thread) decodeSource(src []byte, filename string) ([]byte, error) {
	bom := bytes.HasPrefix(src, utf8BOM)
	if bom {
		src = src[3:]
	}
	enc := sourceCoding(src)
	if enc == "" || enc == "utf-8" {
		return src, nil
	}
	if bom {
		return nil, sourceEncodingError("encoding problem: "+enc+" with BOM", filename)
	}
	v, err := th.decodeBytes("decode", Null, src, String(enc), Null)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(LookupErrorType) {
			return nil, sourceEncodingError("unknown encoding: "+enc, filename)
		}
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(UnicodeDecodeErrorType) {
			// As CPython's tokenizer: a SyntaxError with the decode
			// error's text.
			msg, serr := th.Str(Obj(e))
			if serr != nil {
				return nil, serr
			}
			return nil, sourceEncodingError(msg, filename)
		}
		return nil, err
	}
	s, ok := v.o.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "decoder returned '%s' instead of 'str'", v.Type().Name)
	}
	return []byte(s.s), nil
}

// sourceEncodingError is the SyntaxError of a source whose declared
// encoding cannot be used: at line 0, offset -1, with no text.
func sourceEncodingError(msg, filename string) error {
	return NewException(SyntaxErrorType, String(msg), TupleOf(String(filename), Int(0), Int(-1), None))
}

// scriptEncodingError is the SyntaxError of CPython's file tokenizer for a
// script that declares no encoding (and has no UTF-8 byte order mark) but
// is not UTF-8: it checks each line as it reads it, comments included,
// where compile() and imports decode only the literals and names they
// reach. The error has no location beyond its message.
func scriptEncodingError(filename string, src []byte) error {
	if bytes.HasPrefix(src, utf8BOM) || sourceCoding(src) != "" || utf8.Valid(src) {
		return nil
	}
	for line := 1; len(src) > 0; line++ {
		l := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			l, src = src[:i+1], src[i+1:]
		} else {
			src = nil
		}
		for i := 0; i < len(l); {
			r, n := utf8.DecodeRune(l[i:])
			if r == utf8.RuneError && n == 1 {
				return NewException(SyntaxErrorType, String(fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", l[i], filename, line)))
			}
			i += n
		}
	}
	return nil
}
