package vm

// The encoding of sys.stdin, sys.stdout and sys.stderr: UTF-8, or what
// python3's PYTHONIOENCODING names (Options.IOEncoding).

import (
	"strings"

	"github.com/pyjit/pyjit/vm/codecs"
)

// stdioEncoding is the encoding the standard streams use.
type stdioEncoding struct {
	// codec is nil for UTF-8, the default.
	codec *codecs.Codec
	// errors is the error handler of stdin and stdout ("" for their
	// default, surrogateescape).
	errors string
}

// parseIOEncoding reads "encoding[:errors]" as python3 reads
// PYTHONIOENCODING. An encoding it does not know is left at UTF-8: the
// command line refuses it before the interpreter is made.
func parseIOEncoding(spec string) stdioEncoding {
	var e stdioEncoding
	if spec == "" {
		return e
	}
	name, errs, hasErrs := strings.Cut(spec, ":")
	if name != "" {
		if c, err := codecs.Lookup(name); err == nil {
			e.codec = c
		}
		// A named encoding is strict unless told otherwise.
		e.errors = "strict"
	}
	if hasErrs && errs != "" {
		e.errors = errs
	}
	return e
}

// name is the codec's name, as the streams' encoding attribute shows it.
func (e stdioEncoding) name() string {
	if e.codec == nil {
		return "utf-8"
	}
	return e.codec.Name
}

// utf8 reports whether the streams' encoding is UTF-8.
func (e stdioEncoding) utf8() bool { return e.codec == nil || e.codec.Module == "utf_8" }

// byteChars reports whether each byte of the encoding is one character
// (a single-byte encoding such as latin-1 or cp1252).
func (e stdioEncoding) byteChars() bool {
	if e.utf8() {
		return false
	}
	m := e.codec.Module
	return !strings.HasPrefix(m, "utf_") && !strings.HasSuffix(m, "unicode_escape")
}

// readable reports whether sys.stdin can read in the encoding: UTF-8 or
// a single-byte encoding, whose lines end at the byte "\n".
func (e stdioEncoding) readable() bool { return e.utf8() || e.byteChars() }
