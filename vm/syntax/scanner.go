package syntax

// The scanner turns source bytes into tokens, tracking indentation and
// bracket nesting the way CPython's tokenizer does.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/codecs"
	"github.com/pyjit/pyjit/vm/lib/ucd"
)

type scanner struct {
	file   string
	src    []byte
	pos    int   // byte offset of next unread byte
	line   int32 // current line (1-based)
	lineAt int   // byte offset of start of current line

	indents   []int
	pending   []token // queued INDENT/DEDENT tokens
	depth     int     // bracket nesting
	brackets  []bracket
	atLineBeg bool
	lastTok   Token
	eofDone   bool
	err       *Error
	// warnings are the SyntaxWarnings of the literals scanned so far
	// (a number run into a keyword), in source order.
	warnings []Warning
}

// CPython's tokenizer limits: brackets nest at most 200 deep (MAXLEVEL)
// and indentation at most 99 levels (MAXINDENT).
const (
	maxParenLevel  = 200
	maxIndentLevel = 100
)

type bracket struct {
	ch  byte
	pos Pos
}

type token struct {
	kind Token
	text string // identifier, number text, or raw string literal (prefix+quotes)
	span Span
}

func newScanner(file string, src []byte) *scanner {
	// Strip a UTF-8 byte-order mark.
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
	}
	return &scanner{file: file, src: src, line: 1, indents: []int{0}, atLineBeg: true}
}

// lineText returns the full text of the given 1-based line, with a trailing newline.
func lineText(src []byte, line int) string {
	l := 1
	start := 0
	for i := 0; i < len(src) && l < line; i++ {
		if src[i] == '\n' {
			l++
			start = i + 1
		}
	}
	if l < line {
		return ""
	}
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	return strings.TrimRight(string(src[start:end]), "\r") + "\n"
}

// charCol converts a 0-based byte column on a line into a 1-based character offset.
func charCol(text string, col int) int {
	if col > len(text) {
		col = len(text)
	}
	return utf8.RuneCountInString(text[:col]) + 1
}

func (s *scanner) errorAt(p Pos, msg string) {
	s.errorSpan(p, p, msg, "SyntaxError")
}

func (s *scanner) errorSpan(p, e Pos, msg, kind string) {
	if s.err != nil {
		return
	}
	text := lineText(s.src, int(p.Line))
	err := &Error{Msg: msg, Filename: s.file, Line: int(p.Line), Text: text, Kind: kind}
	err.Col = charCol(text, int(p.Col))
	if e.Line > 0 {
		err.EndLine = int(e.Line)
		etext := lineText(s.src, int(e.Line))
		err.EndCol = charCol(etext, int(e.Col))
	}
	s.err = err
}

func (s *scanner) here() Pos {
	return Pos{s.line, int32(s.pos - s.lineAt)}
}

func (s *scanner) peekByte(off int) byte {
	if s.pos+off < len(s.src) {
		return s.src[s.pos+off]
	}
	return 0
}

func (s *scanner) newline() {
	s.line++
	s.lineAt = s.pos
}

// next returns the next token.
func (s *scanner) next() token {
	t := s.scan()
	s.lastTok = t.kind
	return t
}

func (s *scanner) scan() token {
	if len(s.pending) > 0 {
		t := s.pending[0]
		s.pending = s.pending[1:]
		return t
	}
	if s.err != nil {
		return token{kind: EOF, span: Span{s.here(), s.here()}}
	}
	if s.atLineBeg && s.depth == 0 {
		s.atLineBeg = false
		if t, ok := s.indentation(); ok {
			return t
		}
		if len(s.pending) > 0 {
			return s.scan()
		}
	}
	// Skip whitespace, comments and line continuations.
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == ' ' || c == '\t' || c == '\f' || c == '\r' {
			s.pos++
			continue
		}
		if c == '#' {
			for s.pos < len(s.src) && s.src[s.pos] != '\n' {
				s.pos++
			}
			continue
		}
		if c == '\\' {
			p := s.here()
			j := s.pos + 1
			if j < len(s.src) && s.src[j] == '\r' {
				j++
			}
			if j < len(s.src) && s.src[j] == '\n' {
				s.pos = j + 1
				s.newline()
				if s.pos >= len(s.src) {
					s.errorAt(s.here(), "unexpected EOF while parsing")
					return token{kind: EOF, span: Span{p, p}}
				}
				continue
			}
			if j >= len(s.src) {
				s.errorAt(s.here(), "unexpected EOF while parsing")
				return token{kind: EOF, span: Span{p, p}}
			}
			s.pos++
			s.errorAt(Pos{p.Line, p.Col + 1}, "unexpected character after line continuation character")
			return token{kind: EOF, span: Span{p, p}}
		}
		if c == '\n' {
			p := s.here()
			s.pos++
			if s.depth > 0 {
				s.newline()
				continue
			}
			t := token{kind: NEWLINE, span: Span{p, p}}
			s.newline()
			s.atLineBeg = true
			return t
		}
		break
	}
	if s.pos >= len(s.src) {
		return s.atEOF()
	}
	start := s.here()
	c := s.src[s.pos]
	switch {
	case c < utf8.RuneSelf && (isLetter(c) || c == '_'):
		return s.nameOrString(start)
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRune(s.src[s.pos:])
		if isIDStart(r) || r == utf8.RuneError && n == 1 {
			// Bytes that are not UTF-8 start an identifier, as in
			// CPython's tokenizer, which then fails to decode it.
			return s.nameOrString(start)
		}
		s.errorAt(start, "invalid character '"+string(r)+"' (U+"+strings.ToUpper(hex4(r))+")")
		if !ucd.IsPrintable(r) {
			s.err.Msg = "invalid non-printable character U+" + strings.ToUpper(hex4(r))
		}
		return token{kind: EOF, span: Span{start, start}}
	case isDigit(c) || (c == '.' && isDigit(s.peekByte(1))):
		return s.number(start)
	case c == '"' || c == '\'':
		return s.stringLit(start, s.pos)
	}
	return s.operator(start)
}

func hex4(r rune) string {
	const digits = "0123456789abcdef"
	var b []byte
	for i := 0; i < 4 || r > 0; i++ {
		b = append([]byte{digits[r&15]}, b...)
		r >>= 4
	}
	return string(b)
}

func (s *scanner) atEOF() token {
	p := s.here()
	if s.depth > 0 {
		br := s.brackets[len(s.brackets)-1]
		s.errorAt(br.pos, "'"+string(br.ch)+"' was never closed")
		return token{kind: EOF, span: Span{p, p}}
	}
	if !s.eofDone {
		s.eofDone = true
		if s.lastTok != NEWLINE && s.lastTok != ILLEGAL && s.lastTok != DEDENT && s.lastTok != INDENT {
			s.pending = append(s.pending, token{kind: NEWLINE, span: Span{p, p}})
		}
		for len(s.indents) > 1 {
			s.indents = s.indents[:len(s.indents)-1]
			s.pending = append(s.pending, token{kind: DEDENT, span: Span{p, p}})
		}
		s.pending = append(s.pending, token{kind: EOF, span: Span{p, p}})
		return s.scan()
	}
	return token{kind: EOF, span: Span{p, p}}
}

// indentation measures the indentation of a new logical line, skipping blank
// and comment-only lines, and queues INDENT/DEDENT tokens.
func (s *scanner) indentation() (token, bool) {
	for {
		col := 0
		i := s.pos
		for i < len(s.src) {
			switch s.src[i] {
			case ' ':
				col++
			case '\t':
				col = (col/8 + 1) * 8
			case '\f':
				col = 0
			default:
				goto measured
			}
			i++
		}
	measured:
		if i >= len(s.src) {
			s.pos = i
			return token{}, false
		}
		c := s.src[i]
		if c == '#' || c == '\n' || c == '\r' {
			// Blank or comment line: skip it entirely.
			for i < len(s.src) && s.src[i] != '\n' {
				i++
			}
			if i < len(s.src) {
				i++
				s.pos = i
				s.newline()
				continue
			}
			s.pos = i
			return token{}, false
		}
		if c == '\\' && i+1 < len(s.src) && (s.src[i+1] == '\n' || s.src[i+1] == '\r') {
			// A continuation line at the start: indentation is what follows.
			s.pos = i
			return token{}, false
		}
		s.pos = i
		p := s.here()
		cur := s.indents[len(s.indents)-1]
		if col > cur {
			if len(s.indents) >= maxIndentLevel {
				s.errorSpan(Pos{p.Line, 0}, Pos{}, "too many levels of indentation", "IndentationError")
				return token{kind: EOF, span: Span{p, p}}, true
			}
			s.indents = append(s.indents, col)
			return token{kind: INDENT, span: Span{Pos{p.Line, 0}, p}}, true
		}
		for col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.pending = append(s.pending, token{kind: DEDENT, span: Span{p, p}})
		}
		if col != s.indents[len(s.indents)-1] {
			s.errorSpan(p, Pos{}, "unindent does not match any outer indentation level", "IndentationError")
			s.err.Col = len(lineText(s.src, int(p.Line))) // CPython points past the end of the line
			s.pending = nil
			return token{kind: EOF, span: Span{p, p}}, true
		}
		return token{}, false
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

// isIDStart reports whether r may start an identifier: XID_Start or "_",
// in CPython 3.11's Unicode database.
func isIDStart(r rune) bool { return ucd.IsXIDStart(r) }

// isIDContinue reports whether r may continue an identifier (XID_Continue).
func isIDContinue(r rune) bool { return ucd.IsXIDContinue(r) }

func (s *scanner) nameOrString(start Pos) token {
	begin := s.pos
	ascii := true
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c < utf8.RuneSelf {
			if isLetter(c) || isDigit(c) || c == '_' {
				s.pos++
				continue
			}
			break
		}
		r, n := utf8.DecodeRune(s.src[s.pos:])
		if r == utf8.RuneError && n == 1 {
			// Not UTF-8: part of the word, rejected once it is whole.
			ascii = false
			s.pos++
			continue
		}
		if !isIDContinue(r) {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != utf8.RuneError && !unicode.IsSpace(r) &&
				!unicode.IsPunct(r) && !unicode.IsSymbol(r) {
				break
			}
			if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
				break
			}
		}
		ascii = false
		s.pos += n
	}
	word := string(s.src[begin:s.pos])
	// String prefix?
	if s.pos < len(s.src) && (s.src[s.pos] == '"' || s.src[s.pos] == '\'') && len(word) <= 2 {
		if isStringPrefix(word) {
			return s.stringLit(start, begin)
		}
	}
	if !ascii {
		if e := codecs.CheckUTF8([]byte(word)); e != nil {
			// CPython decodes an identifier's bytes when it verifies it.
			s.errorAt(start, "(unicode error) "+e.Error())
			return token{kind: EOF, span: Span{start, start}}
		}
		word = normalizeIdentifier(word)
	}
	return token{kind: NAME, text: word, span: Span{start, s.here()}}
}

func isStringPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

// number scans a numeric literal as CPython's tokenizer does: its errors
// and their offsets, and the SyntaxWarning of a literal run into one of
// the keywords that may follow it ("1if x else 2").
func (s *scanner) number(start Pos) token {
	begin := s.pos
	failed := func() token { return token{kind: EOF, span: Span{start, s.here()}} }
	c := s.src[s.pos]
	if c == '0' && strings.IndexByte("xXoObB", s.peekByte(1)) >= 0 {
		if !s.basedDigits() {
			return failed()
		}
		return s.numberToken(start, begin, INT)
	}
	kind := INT
	if c == '0' {
		if !s.zeros(start) {
			return failed()
		}
	} else if c != '.' && !s.decimalTail() {
		return failed()
	}
	if s.peekByte(0) == '.' {
		kind = FLOAT
		s.pos++
		if isDigit(s.peekByte(0)) && !s.decimalTail() {
			return failed()
		}
	}
	if c := s.peekByte(0); c == 'e' || c == 'E' {
		switch ok, isExp := s.exponent(); {
		case !ok:
			return failed()
		case !isExp:
			// A run-in "else": the literal ends before the 'e'.
			return token{kind: kind, text: string(s.src[begin:s.pos]), span: Span{start, s.here()}}
		}
		kind = FLOAT
	}
	name := "decimal"
	if c := s.peekByte(0); c == 'j' || c == 'J' {
		s.pos++
		kind, name = IMAG, "imaginary"
	}
	if !s.endOfNumber(name) {
		return failed()
	}
	return s.numberToken(start, begin, kind)
}

func (s *scanner) numberToken(start Pos, begin int, kind Token) token {
	return token{kind: kind, text: string(s.src[begin:s.pos]), span: Span{start, s.here()}}
}

// numberError reports an invalid literal with the offset CPython's
// tokenizer gives it: the character before the byte at pos.
func (s *scanner) numberError(pos int, msg string) {
	s.errorAt(Pos{s.line, int32(max(pos-s.lineAt-1, 0))}, msg)
}

// basedDigits scans a hexadecimal, octal or binary literal after its
// "0x", "0o" or "0b", up to where it ends (endOfNumber).
func (s *scanner) basedDigits() bool {
	base := s.src[s.pos+1] | 0x20
	s.pos += 2
	var ok func(byte) bool
	var name string
	switch base {
	case 'x':
		ok = func(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
		name = "hexadecimal"
	case 'o':
		ok = func(c byte) bool { return '0' <= c && c <= '7' }
		name = "octal"
	default:
		ok = func(c byte) bool { return c == '0' || c == '1' }
		name = "binary"
	}
	badDigit := func() bool {
		s.pos++
		s.numberError(s.pos, "invalid digit '"+string(s.src[s.pos-1])+"' in "+name+" literal")
		return false
	}
	for {
		if s.peekByte(0) == '_' {
			s.pos++
		}
		if c := s.peekByte(0); !ok(c) {
			if isDigit(c) {
				return badDigit()
			}
			s.numberError(s.pos, "invalid "+name+" literal")
			return false
		}
		for ok(s.peekByte(0)) {
			s.pos++
		}
		if s.peekByte(0) != '_' {
			break
		}
	}
	if isDigit(s.peekByte(0)) {
		return badDigit()
	}
	return s.endOfNumber(name)
}

// decimalTail scans digits with single underscores between them.
func (s *scanner) decimalTail() bool {
	for {
		for isDigit(s.peekByte(0)) {
			s.pos++
		}
		if s.peekByte(0) != '_' {
			return true
		}
		s.pos++
		if !isDigit(s.peekByte(0)) {
			s.numberError(s.pos, "invalid decimal literal")
			return false
		}
	}
}

// zeros scans a decimal literal starting with '0': zeros, then digits only
// if a fraction, exponent or 'j' follows (no old-style octal).
func (s *scanner) zeros(start Pos) bool {
	s.pos++
	for {
		if s.peekByte(0) == '_' {
			s.pos++
			if !isDigit(s.peekByte(0)) {
				s.numberError(s.pos, "invalid decimal literal")
				return false
			}
		}
		if s.peekByte(0) != '0' {
			break
		}
		s.pos++
	}
	zerosEnd := s.pos + 1
	if !isDigit(s.peekByte(0)) {
		return true
	}
	if !s.decimalTail() {
		return false
	}
	if c := s.peekByte(0); c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J' {
		return true
	}
	s.errorSpan(start, Pos{s.line, int32(zerosEnd - s.lineAt - 1)}, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "SyntaxError")
	return false
}

// exponent scans the exponent at an 'e'. Without digits after it the 'e'
// is not part of the literal: isExp is false, and the literal must end
// there (a run-in "else").
func (s *scanner) exponent() (ok, isExp bool) {
	e := s.pos
	s.pos++
	if c := s.peekByte(0); c == '+' || c == '-' {
		s.pos++
		if !isDigit(s.peekByte(0)) {
			s.numberError(s.pos, "invalid decimal literal")
			return false, false
		}
	} else if !isDigit(c) {
		s.pos = e
		return s.endOfNumber("decimal"), false
	}
	return s.decimalTail(), true
}

// endOfNumber checks what follows a numeric literal of the kind named
// (decimal, hexadecimal, ...): one of the keywords that may follow a
// literal in valid code ("and", "else", "for", "if", "in", "is", "not",
// "or") run into it is a SyntaxWarning, to become an error in a future
// version; any other ASCII letter, digit or underscore an error.
func (s *scanner) endOfNumber(kind string) bool {
	c := s.peekByte(0)
	runIn := false
	switch c {
	case 'a':
		runIn = s.wordAt(s.pos+1, "nd")
	case 'e':
		runIn = s.wordAt(s.pos+1, "lse")
	case 'f':
		runIn = s.wordAt(s.pos+1, "or")
	case 'o':
		runIn = s.wordAt(s.pos+1, "r")
	case 'n':
		runIn = s.wordAt(s.pos+1, "ot")
	case 'i':
		c2 := s.peekByte(1)
		runIn = c2 == 'f' || c2 == 'n' || c2 == 's'
	}
	msg := "invalid " + kind + " literal"
	if runIn {
		at := Pos{s.line, int32(max(s.pos-s.lineAt-1, 0))}
		s.warnings = append(s.warnings, Warning{Category: "SyntaxWarning", Msg: msg, Span: Span{at, at}})
		return true
	}
	if c < utf8.RuneSelf && (isLetter(c) || isDigit(c) || c == '_') {
		s.numberError(s.pos, msg)
		return false
	}
	return true
}

// wordAt reports whether rest is at i, followed by no character that may
// continue an identifier.
func (s *scanner) wordAt(i int, rest string) bool {
	if !strings.HasPrefix(string(s.src[i:min(i+len(rest), len(s.src))]), rest) {
		return false
	}
	if j := i + len(rest); j < len(s.src) {
		c := s.src[j]
		return !(isLetter(c) || isDigit(c) || c == '_' || c >= utf8.RuneSelf)
	}
	return true
}

// stringLit scans a string literal whose prefix starts at begin and whose
// quote is at s.pos. The token text is the raw source (prefix and quotes).
func (s *scanner) stringLit(start Pos, begin int) token {
	q := s.src[s.pos]
	triple := s.peekByte(1) == q && s.peekByte(2) == q
	if triple {
		s.pos += 3
	} else {
		s.pos++
	}
	for {
		if s.pos >= len(s.src) {
			if triple {
				s.errorSpan(start, Pos{}, "unterminated triple-quoted string literal (detected at line "+itoa(int(s.line))+")", "SyntaxError")
			} else {
				s.errorAt(start, "unterminated string literal (detected at line "+itoa(int(s.line))+")")
			}
			return token{kind: EOF, span: Span{start, start}}
		}
		c := s.src[s.pos]
		if c == '\\' {
			s.pos++
			if s.pos < len(s.src) {
				if s.src[s.pos] == '\n' {
					s.pos++
					s.newline()
				} else {
					s.pos++
				}
			}
			continue
		}
		if c == '\n' {
			if !triple {
				s.errorAt(start, "unterminated string literal (detected at line "+itoa(int(s.line))+")")
				return token{kind: EOF, span: Span{start, start}}
			}
			s.pos++
			s.newline()
			continue
		}
		if c == q {
			if !triple {
				s.pos++
				break
			}
			if s.peekByte(1) == q && s.peekByte(2) == q {
				s.pos += 3
				break
			}
		}
		s.pos++
	}
	return token{kind: STRING, text: string(s.src[begin:s.pos]), span: Span{start, s.here()}}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

var ops3 = map[string]Token{"**=": DSTAREQ, "//=": DSLASHEQ, ">>=": RSHIFTEQ, "<<=": LSHIFTEQ, "...": ELLIPSIS}
var ops2 = map[string]Token{
	"==": EQEQUAL, "!=": NOTEQUAL, "<=": LESSEQUAL, ">=": GREATEREQ, "<<": LEFTSHIFT, ">>": RIGHTSHIFT,
	"**": DOUBLESTAR, "+=": PLUSEQ, "-=": MINUSEQ, "*=": STAREQ, "/=": SLASHEQ, "%=": PERCENTEQ,
	"&=": AMPEREQ, "|=": VBAREQ, "^=": CIRCUMFLEXEQ, "//": DSLASH, "@=": ATEQ, "->": RARROW, ":=": COLONEQ,
}
var ops1 = map[byte]Token{
	'(': LPAREN, ')': RPAREN, '[': LBRACK, ']': RBRACK, '{': LBRACE, '}': RBRACE, ':': COLON,
	',': COMMA, ';': SEMI, '+': PLUS, '-': MINUS, '*': STAR, '/': SLASH, '|': VBAR, '&': AMPER,
	'<': LESS, '>': GREATER, '=': EQUAL, '.': DOT, '%': PERCENT, '~': TILDE, '^': CIRCUMFLEX, '@': AT,
}

func (s *scanner) operator(start Pos) token {
	rest := s.src[s.pos:]
	if len(rest) >= 3 {
		if k, ok := ops3[string(rest[:3])]; ok {
			s.pos += 3
			return token{kind: k, span: Span{start, s.here()}}
		}
	}
	if len(rest) >= 2 {
		if k, ok := ops2[string(rest[:2])]; ok {
			s.pos += 2
			return token{kind: k, span: Span{start, s.here()}}
		}
	}
	c := rest[0]
	k, ok := ops1[c]
	if !ok {
		if c == '!' {
			s.errorAt(start, "invalid syntax")
		} else if c == '$' || c == '?' || c == '`' {
			s.errorAt(start, "invalid syntax")
		} else {
			s.errorAt(start, "invalid non-printable character U+"+strings.ToUpper(hex4(rune(c))))
		}
		return token{kind: EOF, span: Span{start, start}}
	}
	s.pos++
	switch c {
	case '(', '[', '{':
		if s.depth >= maxParenLevel {
			s.errorAt(start, "too many nested parentheses")
			return token{kind: EOF, span: Span{start, start}}
		}
		s.depth++
		s.brackets = append(s.brackets, bracket{c, start})
	case ')', ']', '}':
		if s.depth == 0 {
			s.errorAt(start, "unmatched '"+string(c)+"'")
			return token{kind: EOF, span: Span{start, start}}
		}
		open := s.brackets[len(s.brackets)-1]
		want := map[byte]byte{'(': ')', '[': ']', '{': '}'}[open.ch]
		if want != c {
			msg := "closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(open.ch) + "'"
			if open.pos.Line != start.Line {
				msg += " on line " + itoa(int(open.pos.Line))
			}
			s.errorAt(start, msg)
			return token{kind: EOF, span: Span{start, start}}
		}
		s.depth--
		s.brackets = s.brackets[:len(s.brackets)-1]
	}
	return token{kind: k, span: Span{start, s.here()}}
}
