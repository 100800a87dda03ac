package syntax

// The scanner turns source bytes into tokens, tracking indentation and
// bracket nesting the way CPython's tokenizer does.

import (
	"bytes"
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

	indents []int
	// altIndents are the indents measured with a tab as one column:
	// a line whose indentation compares otherwise with tabs as one
	// column than as up to eight mixes tabs and spaces inconsistently.
	altIndents []int
	pending    []token // queued INDENT/DEDENT tokens
	depth      int     // bracket nesting
	brackets   []bracket
	atLineBeg  bool
	lastTok    Token
	eofDone    bool
	err        *Error
	// errDeferred marks an error that CPython's tokenizer leaves to the
	// parser to report (EOF inside brackets, a bad line continuation, an
	// indentation error, a stray '$'): a syntax error the parser finds
	// before it wins. openLine is the line of the bracket never closed.
	errDeferred bool
	openLine    int
	// warnings are the tokenizer's SyntaxWarnings, which the parser
	// reports (number.go).
	warnings []Warning
	// names holds one copy of each identifier scanned, so that each
	// occurrence of a name shares it instead of allocating its own.
	names map[string]string
	// typeIgnores, when not nil, collects the `# type: ignore` comments
	// (Options.TypeIgnores).
	typeIgnores *[]TypeIgnore
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
	return &scanner{file: file, src: universalNewlines(src), line: 1, indents: []int{0}, altIndents: []int{0}, atLineBeg: true}
}

// universalNewlines returns src with each \r\n and each lone \r made a
// \n, as CPython's tokenizer reads source (in string literals too).
func universalNewlines(src []byte) []byte {
	i := bytes.IndexByte(src, '\r')
	if i < 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	for ; i >= 0; i = bytes.IndexByte(src, '\r') {
		out = append(out, src[:i]...)
		out = append(out, '\n')
		src = src[i+1:]
		if len(src) > 0 && src[0] == '\n' {
			src = src[1:]
		}
	}
	return append(out, src...)
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
	if col < 0 {
		// Before the line (an indentation that a line continuation
		// ended): CPython's offset 0.
		return col + 1
	}
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
			start := s.pos
			for s.pos < len(s.src) && s.src[s.pos] != '\n' {
				s.pos++
			}
			if s.typeIgnores != nil {
				s.typeIgnore(s.src[start:s.pos])
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
					// CPython points past the backslash.
					s.errorAt(Pos{p.Line, p.Col + 1}, "unexpected EOF while parsing")
					s.err.EndCol = -1 // as CPython's parser reports the tokenizer's EOF
					s.errDeferred = true
					return token{kind: EOF, span: Span{p, p}}
				}
				continue
			}
			if j >= len(s.src) {
				s.errorAt(Pos{p.Line, p.Col + 1}, "unexpected EOF while parsing")
				s.err.EndCol = -1 // as CPython's parser reports the tokenizer's EOF
				s.errDeferred = true
				return token{kind: EOF, span: Span{p, p}}
			}
			s.pos++
			s.errorAt(Pos{p.Line, p.Col + 1}, "unexpected character after line continuation character")
			s.err.EndCol = 0
			s.errDeferred = true
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
		s.err.EndCol = 0 // CPython leaves the end unset
		s.errDeferred, s.openLine = true, int(br.pos.Line)
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
		// contCol is the column of the first backslash that continues
		// the indentation on the next physical line: as in CPython's
		// tokenizer, indentation cannot be split over lines, and that
		// column is the line's indentation.
		col, altCol, contCol := 0, 0, 0
		i := s.pos
		for i < len(s.src) {
			switch s.src[i] {
			case ' ':
				col++
				altCol++
			case '\t':
				col = (col/8 + 1) * 8
				altCol++
			case '\f':
				col, altCol = 0, 0
			case '\\':
				n := lineBreakLen(s.src[i+1:])
				if n == 0 || i+1+n >= len(s.src) {
					goto measured
				}
				if contCol == 0 {
					contCol = col
				}
				i += 1 + n
				s.pos = i
				s.newline()
				continue
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
			start := i
			for i < len(s.src) && s.src[i] != '\n' {
				i++
			}
			if s.typeIgnores != nil && c == '#' {
				s.typeIgnore(s.src[start:i])
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
		if c == '\\' && lineBreakLen(s.src[i+1:]) > 0 {
			// A continuation at the end of the source: the scanner
			// reports it.
			s.pos = i
			return token{}, false
		}
		if contCol != 0 {
			col, altCol = contCol, contCol
		}
		s.pos = i
		p := s.here()
		cur := s.indents[len(s.indents)-1]
		if col > cur {
			if len(s.indents) >= maxIndentLevel {
				s.errorSpan(Pos{p.Line, 0}, Pos{}, "too many levels of indentation", "IndentationError")
				s.errDeferred = true
				return token{kind: EOF, span: Span{p, p}}, true
			}
			if altCol <= s.altIndents[len(s.altIndents)-1] {
				return s.tabError(p), true
			}
			s.indents = append(s.indents, col)
			s.altIndents = append(s.altIndents, altCol)
			return token{kind: INDENT, span: Span{Pos{p.Line, 0}, p}}, true
		}
		for col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndents = s.altIndents[:len(s.altIndents)-1]
			s.pending = append(s.pending, token{kind: DEDENT, span: Span{p, p}})
		}
		if col != s.indents[len(s.indents)-1] {
			s.errorSpan(p, Pos{}, "unindent does not match any outer indentation level", "IndentationError")
			s.err.EndLine, s.err.EndCol = int(p.Line), -1
			s.errDeferred = true
			s.err.Col = len(lineText(s.src, int(p.Line))) // CPython points past the end of the line
			s.pending = nil
			return token{kind: EOF, span: Span{p, p}}, true
		}
		if altCol != s.altIndents[len(s.altIndents)-1] {
			return s.tabError(p), true
		}
		return token{}, false
	}
}

// lineBreakLen is the length of the line break that b starts with: 2 for
// "\r\n", 1 for "\n" or "\r", 0 for none.
func lineBreakLen(b []byte) int {
	switch {
	case len(b) >= 2 && b[0] == '\r' && b[1] == '\n':
		return 2
	case len(b) >= 1 && (b[0] == '\n' || b[0] == '\r'):
		return 1
	}
	return 0
}

// tabError reports the indentation of the line at p as mixing tabs and
// spaces inconsistently.
func (s *scanner) tabError(p Pos) token {
	s.errorSpan(Pos{p.Line, 0}, Pos{}, "inconsistent use of tabs and spaces in indentation", "TabError")
	s.errDeferred = true
	s.err.EndLine, s.err.EndCol = int(p.Line), 0
	s.pending = nil
	return token{kind: EOF, span: Span{p, p}}
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
	word, ok := s.names[string(s.src[begin:s.pos])]
	if !ok {
		word = string(s.src[begin:s.pos])
		if s.names == nil {
			s.names = make(map[string]string)
		}
		s.names[word] = word
	}
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
				// The line detected is the source's last: a final
				// newline starts none (CPython counts lines read).
				last := int(s.line)
				if n := len(s.src); n > 0 && s.src[n-1] == '\n' {
					last--
				}
				s.errorSpan(start, start, "unterminated triple-quoted string literal (detected at line "+itoa(last)+")", "SyntaxError")
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
		if c == '!' || c == '$' || c == '?' || c == '`' {
			// CPython's error token spans the character.
			s.errorSpan(start, Pos{start.Line, start.Col + 1}, "invalid syntax", "SyntaxError")
			s.errDeferred = true
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

// TypeIgnore is a `# type: ignore` comment: its line and the text after
// "ignore" (an ast.TypeIgnore).
type TypeIgnore struct {
	Line int
	Tag  string
}

// typeIgnore records comment (from its '#' to the end of its line) if it
// is a type ignore, as CPython's tokenizer reads one with type comments
// on: "#", blanks, "type:", blanks, then "ignore" not followed by a
// letter, a digit or a non-ASCII character ('_' may follow).
func (s *scanner) typeIgnore(comment []byte) {
	c := bytes.TrimRight(comment, "\r")
	i := 1
	for i < len(c) && (c[i] == ' ' || c[i] == '\t') {
		i++
	}
	if !bytes.HasPrefix(c[i:], []byte("type:")) {
		return
	}
	i += len("type:")
	for i < len(c) && (c[i] == ' ' || c[i] == '\t') {
		i++
	}
	if !bytes.HasPrefix(c[i:], []byte("ignore")) {
		return
	}
	i += len("ignore")
	if i < len(c) {
		if b := c[i]; b >= 0x80 || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' {
			return
		}
	}
	*s.typeIgnores = append(*s.typeIgnores, TypeIgnore{Line: int(s.line), Tag: string(c[i:])})
}
