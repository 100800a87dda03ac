package syntax

// Compile-time warnings.

import "errors"

// Warning is a compile-time warning: a SyntaxWarning of the compiler or
// the scanner, or the DeprecationWarning of an invalid escape sequence in
// a literal.
type Warning struct {
	Category string // "SyntaxWarning" or "DeprecationWarning"
	Msg      string
	Span     Span // what it is about; Span.Start.Line is its line
}

// ErrWarningRaised, returned by a warning callback (Options.Warn), turns
// the warning into a SyntaxError with its message at its location, as
// CPython does when the warnings filters make the warning an error.
var ErrWarningRaised = errors.New("warning raised as an error")

// warnKey identifies a warning: where it is and which part of a token it
// is about (an f-string warns for each literal part).
type warnKey struct {
	at   Pos
	part int
}

// warn reports a warning about sp through Options.Warn, once for each sp
// and part. A warning the callback raises stops the parse with a
// SyntaxError at sp; any other error from it stops the parse and is
// returned as is.
func (p *parser) warn(sp Span, part int, category, msg string) {
	if p.warnFn == nil {
		return
	}
	if p.warned == nil {
		p.warned = map[warnKey]bool{}
	}
	key := warnKey{sp.Start, part}
	if p.warned[key] {
		// The parser went over the same tokens again.
		return
	}
	p.warned[key] = true
	switch err := p.warnFn(Warning{Category: category, Msg: msg, Span: sp}); {
	case err == ErrWarningRaised:
		p.syntaxError(sp, msg)
	case err != nil:
		panic(stopError{err})
	}
}
