package syntax

// String literal decoding, implicit concatenation and f-string parsing.

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/codecs"
)

// strings parses one or more adjacent string tokens.
func (p *parser) strings() Expr {
	start := p.tok().span.Start
	// CPython's parser reads the token after the last string before it
	// decodes any: a tokenizer error there comes first.
	for j := p.i; ; j++ {
		if k := p.toks[j].kind; k != STRING {
			if k == ILLEGAL && p.scanErr != nil {
				panic(parseError{p.scanErr})
			}
			break
		}
	}
	var parts []Expr // Constant(string) and FormattedValue
	var bytesVal []byte
	isBytes, isStr, isF := false, false, false
	for p.tok().kind == STRING {
		t := p.next()
		prefix, body, quoteLen := splitString(t.text)
		lp := strings.ToLower(prefix)
		raw := strings.Contains(lp, "r")
		bodyPos := t.span.Start
		bodyPos.Col += int32(len(prefix) + quoteLen)
		switch {
		case strings.Contains(lp, "b"):
			isBytes = true
			if isStr {
				p.syntaxError(Span{start, t.span.End}, "cannot mix bytes and nonbytes literals")
			}
			for i := 0; i < len(body); i++ {
				if body[i] >= 0x80 {
					p.syntaxError(t.span, "bytes can only contain ASCII literal characters")
				}
			}
			if raw {
				bytesVal = append(bytesVal, body...)
			} else {
				b, err, bad := decodeEscapes(body, true)
				if err != "" {
					p.decodeError(err)
				}
				p.escapeWarning(body, bad, t.span, 0)
				bytesVal = append(bytesVal, b...)
			}
		case strings.Contains(lp, "f"):
			isStr, isF = true, true
			if isBytes {
				p.syntaxError(Span{start, t.span.End}, "cannot mix bytes and nonbytes literals")
			}
			if !utf8.ValidString(body) {
				// The literal parts of an f-string are decoded as
				// escaped strings are, a run of non-ASCII bytes at a time.
				msg, _ := unicodeError(body, true)
				p.decodeError(msg)
			}
			if !raw {
				p.checkNameEscapes(body)
			}
			parts = append(parts, p.fstring(body, raw, bodyPos, t.span)...)
		default:
			isStr = true
			if isBytes {
				p.syntaxError(Span{start, t.span.End}, "cannot mix bytes and nonbytes literals")
			}
			if !utf8.ValidString(body) {
				msg, _ := unicodeError(body, !raw && strings.IndexByte(body, '\\') >= 0)
				p.decodeError(msg)
			}
			s := body
			if !raw {
				p.checkNameEscapes(body)
				b, err, bad := decodeEscapes(body, false)
				if err != "" {
					p.decodeError(err)
				}
				p.escapeWarning(body, bad, t.span, 0)
				s = string(b)
			}
			parts = append(parts, &Constant{At{t.span}, s})
		}
	}
	sp := Span{start, p.prevEnd()}
	if isBytes {
		return &Constant{At{sp}, Bytes(bytesVal)}
	}
	if !isF {
		var sb strings.Builder
		for _, c := range parts {
			sb.WriteString(c.(*Constant).Value.(string))
		}
		return &Constant{At{sp}, sb.String()}
	}
	// Merge adjacent constant parts.
	var vals []Expr
	for _, e := range parts {
		if c, ok := e.(*Constant); ok {
			if c.Value.(string) == "" {
				continue
			}
			if n := len(vals); n > 0 {
				if prev, ok := vals[n-1].(*Constant); ok {
					vals[n-1] = &Constant{At{sp}, prev.Value.(string) + c.Value.(string)}
					continue
				}
			}
			vals = append(vals, &Constant{At{sp}, c.Value})
			continue
		}
		vals = append(vals, e)
	}
	return &JoinedStr{At{sp}, vals}
}

// decodeError reports an error decoding a string literal of the
// concatenation being parsed, as CPython does once it has read the
// tokens of all: at the token after the last string.
func (p *parser) decodeError(msg string) {
	for p.tok().kind == STRING {
		p.i++
	}
	p.lastTokenError(msg, "SyntaxError")
}

// checkNameEscapes reports a \N{...} escape in the body of a str
// literal when Options.NameEscapes says they cannot be decoded.
func (p *parser) checkNameEscapes(body string) {
	if p.nameEscapes == nil {
		return
	}
	for i := 0; i+1 < len(body); i++ {
		if body[i] != '\\' {
			continue
		}
		if body[i+1] == 'N' {
			if !p.nameEscapes() {
				p.decodeError("(unicode error) \\N escapes not supported (can't load unicodedata module)")
			}
			return
		}
		i++ // the escaped character
	}
}

// unicodeError is CPython's SyntaxError message for the body of a str
// literal that is not valid UTF-8 (compile() of bytes decodes a literal
// only when the parser reaches it), and the offset in body of the bytes
// it cannot decode. A body with backslash escapes is decoded a run of
// non-ASCII bytes at a time (runs), and the message's position is within
// the run.
func unicodeError(body string, runs bool) (string, int) {
	b := []byte(body)
	if runs {
		for i := 0; i < len(b); i++ {
			if b[i] < utf8.RuneSelf {
				continue
			}
			j := i
			for j < len(b) && b[j] >= utf8.RuneSelf {
				j++
			}
			if e := codecs.CheckUTF8(b[i:j]); e != nil {
				return "(unicode error) " + e.Error(), i + e.Start
			}
			i = j
		}
	}
	e := codecs.CheckUTF8(b)
	return "(unicode error) " + e.Error(), e.Start
}

// posAfter is the position of the source text after text, which starts
// at p.
func posAfter(p Pos, text string) Pos {
	if i := strings.LastIndexByte(text, '\n'); i >= 0 {
		return Pos{p.Line + int32(strings.Count(text, "\n")), int32(len(text) - i - 1)}
	}
	return Pos{p.Line, p.Col + int32(len(text))}
}

// splitString splits a raw literal into prefix, body and quote length.
func splitString(text string) (prefix, body string, quoteLen int) {
	i := strings.IndexAny(text, "'\"")
	prefix = text[:i]
	q := text[i]
	rest := text[i:]
	if len(rest) >= 6 && rest[1] == q && rest[2] == q {
		return prefix, rest[3 : len(rest)-3], 3
	}
	return prefix, rest[1 : len(rest)-1], 1
}

// decodeEscapes processes backslash escapes. It returns an error message
// (CPython's) when an escape is malformed, and the offset in s of the
// character after the backslash of the first invalid escape sequence, which
// CPython warns about (-1 for none).
func decodeEscapes(s string, isBytes bool) (out []byte, errMsg string, bad int) {
	bad = -1
	if strings.IndexByte(s, '\\') < 0 {
		return []byte(s), "", bad
	}
	out = make([]byte, 0, len(s))
	kind := "unicodeescape"
	if isBytes {
		kind = "bytes"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		if i >= len(s) {
			out = append(out, '\\')
			break
		}
		c = s[i]
		switch c {
		case '\n':
		case '\\':
			out = append(out, '\\')
		case '\'':
			out = append(out, '\'')
		case '"':
			out = append(out, '"')
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := 0
			j := i
			for ; j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7'; j++ {
				v = v*8 + int(s[j]-'0')
			}
			if v > 0o377 && bad < 0 {
				bad = i // an octal escape beyond a byte
			}
			i = j - 1
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
		case 'x':
			v, ok := hexDigits(s, i+1, 2)
			if !ok {
				if isBytes {
					return nil, "(value error) invalid \\x escape at position " + strconv.Itoa(i-1), bad
				}
				return nil, "(" + "unicode error) '" + kind + "' codec can't decode bytes in position " + strconv.Itoa(i-1) + "-" + strconv.Itoa(min(i+1, len(s)-1)) + ": truncated \\xXX escape", bad
			}
			i += 2
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
		case 'u', 'U', 'N':
			if isBytes {
				if bad < 0 {
					bad = i
				}
				out = append(out, '\\', c)
				continue
			}
			if c == 'N' {
				r, end, reason := namedEscape(s, i+1)
				if reason != "" {
					return nil, "(unicode error) '" + kind + "' codec can't decode bytes in position " + strconv.Itoa(i-1) + "-" + strconv.Itoa(end-1) + ": " + reason, bad
				}
				out = appendRuneRaw(out, r)
				i = end - 1
				continue
			}
			n := 4
			if c == 'U' {
				n = 8
			}
			v, ok := hexDigits(s, i+1, n)
			if !ok {
				return nil, "(unicode error) '" + kind + "' codec can't decode bytes in position " + strconv.Itoa(i-1) + "-" + strconv.Itoa(min(i+n, len(s)-1)) + ": truncated \\" + string(c) + strings.Repeat("X", n) + " escape", bad
			}
			if v > 0x10FFFF {
				return nil, "(unicode error) '" + kind + "' codec can't decode bytes in position " + strconv.Itoa(i-1) + "-" + strconv.Itoa(i+n) + ": illegal Unicode character", bad
			}
			i += n
			out = appendRuneRaw(out, rune(v))
		default:
			if bad < 0 && c < 0x80 {
				// A backslash before a non-ASCII character stands for
				// itself, without a warning, as in CPython.
				bad = i
			}
			out = append(out, '\\', c)
		}
	}
	return out, "", bad
}

// escapeWarning warns, as CPython's parser does, about the first invalid
// escape sequence of a literal's text s (s[bad] follows its backslash; bad
// is -1 for none) in the string token tok. part tells apart the parts of
// an f-string.
func (p *parser) escapeWarning(s string, bad int, tok Span, part int) {
	if bad < 0 {
		return
	}
	msg := "invalid escape sequence '\\" + string(rune(s[bad])) + "'"
	if c := s[bad]; c >= '0' && c <= '7' {
		msg = "invalid octal escape sequence '\\" + s[bad:min(bad+3, len(s))] + "'"
	}
	p.warn(tok, part, "DeprecationWarning", msg)
}

// namedEscape reads the {NAME} part of a \\N{NAME} escape starting at s[i],
// returning the character, the position after the escape and, for a bad
// escape, CPython's reason with the end of the bytes it covers.
func namedEscape(s string, i int) (r rune, end int, reason string) {
	if i >= len(s) || s[i] != '{' {
		return 0, i, "malformed \\N character escape"
	}
	j := strings.IndexByte(s[i+1:], '}')
	switch {
	case j < 0:
		return 0, len(s), "malformed \\N character escape"
	case j == 0:
		return 0, i + 1, "malformed \\N character escape"
	}
	end = i + 1 + j + 1
	r, ok := codecs.LookupName(s[i+1 : end-1])
	if !ok {
		return 0, end, "unknown Unicode character name"
	}
	return r, end, ""
}

// appendRuneRaw encodes r as UTF-8, including lone surrogates (which Go's
// encoder would replace) so that they survive as in CPython's str.
func appendRuneRaw(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func hexDigits(s string, at, n int) (int, bool) {
	if at+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[at : at+n]) {
		var d int
		switch {
		case '0' <= c && c <= '9':
			d = int(c - '0')
		case 'a' <= c && c <= 'f':
			d = int(c-'a') + 10
		case 'A' <= c && c <= 'F':
			d = int(c-'A') + 10
		default:
			return 0, false
		}
		v = v*16 + d
	}
	return v, true
}

// bodyPos maps byte offsets within a literal body to source positions.
// Offsets are asked for in increasing order, so it scans forward from the
// last one: the positions of all fields in an f-string cost one pass.
type bodyPos struct {
	body string
	base Pos // position of body[0]
	off  int // offset of pos
	pos  Pos
}

func newBodyPos(body string, base Pos) *bodyPos { return &bodyPos{body: body, base: base, pos: base} }

// at returns the position of byte offset off.
func (b *bodyPos) at(off int) Pos {
	if off < b.off {
		b.off, b.pos = 0, b.base
	}
	p := b.pos
	i := b.off
	for ; i < off && i < len(b.body); i++ {
		if b.body[i] == '\n' {
			p.Line++
			p.Col = 0
		} else {
			p.Col++
		}
	}
	b.off, b.pos = i, p
	return p
}

// fstring parses the body of an f-string into constant and formatted parts.
func (p *parser) fstring(body string, raw bool, base Pos, tokSpan Span) []Expr {
	saved := p.fstringTok
	p.fstringTok = tokSpan
	defer func() { p.fstringTok = saved }()
	// CPython reports f-string errors at the end of the string token.
	tokSpan = Span{tokSpan.End, tokSpan.End}
	var parts []Expr
	var lit strings.Builder
	flush := func() {
		if lit.Len() == 0 {
			return
		}
		s := lit.String()
		lit.Reset()
		if !raw {
			b, err, bad := decodeEscapes(s, false)
			if err != "" {
				p.syntaxError(tokSpan, err)
			}
			p.escapeWarning(s, bad, p.fstringTok, len(parts)+1)
			s = string(b)
		}
		parts = append(parts, &Constant{At{tokSpan}, s})
	}
	bp := newBodyPos(body, base)
	i := 0
	for i < len(body) {
		c := body[i]
		switch {
		case c == '{' && i+1 < len(body) && body[i+1] == '{':
			lit.WriteByte('{')
			i += 2
		case c == '}' && i+1 < len(body) && body[i+1] == '}':
			lit.WriteByte('}')
			i += 2
		case c == '}':
			p.syntaxError(tokSpan, "f-string: single '}' is not allowed")
		case c == '{':
			flush()
			var fv []Expr
			fv, i = p.fstringField(body, i, raw, bp, tokSpan, 0)
			parts = append(parts, fv...)
		case c == '\\' && !raw && i+2 < len(body) && body[i+1] == 'N' && body[i+2] == '{':
			// \N{NAME}: the braces belong to the escape, not a field.
			end := strings.IndexByte(body[i:], '}')
			if end < 0 {
				end = len(body) - i - 1
			}
			lit.WriteString(body[i : i+end+1])
			i += end + 1
		case c == '\\' && !raw && i+1 < len(body) && (body[i+1] == '{' || body[i+1] == '}'):
			i = p.fstringBackslashBrace(body, i, &lit)
		case c == '\\' && !raw && i+1 < len(body):
			lit.WriteByte(c)
			lit.WriteByte(body[i+1])
			i += 2
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flush()
	return parts
}

// fstringBackslashBrace scans a backslash before a brace in an
// f-string's literal part (body[i] is the backslash) and returns where to
// go on. As in CPython, the backslash stays a backslash and the brace is
// still a brace: \{ warns as an invalid escape and starts a field, \{{
// and \}} are the escapes \{ and \} (kept, with their warning), and \}
// is a single '}'.
func (p *parser) fstringBackslashBrace(body string, i int, lit *strings.Builder) int {
	brace := body[i+1]
	if brace == '{' {
		p.warn(p.fstringTok, -(len(body) + 1 + i), "DeprecationWarning", "invalid escape sequence '\\{'")
	}
	if i+2 < len(body) && body[i+2] == brace {
		lit.WriteByte('\\')
		lit.WriteByte(brace)
		return i + 3
	}
	if brace == '{' {
		lit.WriteString(`\\`)
	}
	return i + 1
}

// fstringField parses a replacement field starting at body[i] == '{'.
// It returns the parts (a debug-text constant, then the FormattedValue) and
// the offset after the closing '}'.
func (p *parser) fstringField(body string, i int, raw bool, bp *bodyPos, tokSpan Span, nest int) ([]Expr, int) {
	if nest >= 2 {
		p.syntaxError(tokSpan, "f-string: expressions nested too deeply")
	}
	start := i + 1
	exprEnd := p.fstringExprEnd(body, start, tokSpan)
	if exprEnd >= len(body) {
		p.syntaxError(tokSpan, "f-string: expecting '}'")
	}
	text := body[start:exprEnd]
	if strings.Trim(text, " \t\n\f") == "" {
		if c := body[exprEnd]; c == '!' || c == ':' || c == '=' {
			p.syntaxError(tokSpan, "f-string: expression required before '"+string(c)+"'")
		}
		p.syntaxError(tokSpan, "f-string: empty expression not allowed")
	}
	debug := body[exprEnd] == '='
	at := bp.at(start)
	expr := p.parseFStringExpr(text, at, tokSpan)
	fv := &FormattedValue{Value: expr, Conversion: -1}
	var out []Expr
	j := exprEnd
	if debug {
		if p.feature > 0 && p.feature < 8 {
			p.syntaxError(tokSpan, "f-string: self documenting expressions are only supported in Python 3.8 and greater")
		}
		j++ // past '='
		for j < len(body) && strings.IndexByte(" \t\n\r\v\f", body[j]) >= 0 {
			j++
		}
		out = append(out, &Constant{At{tokSpan}, body[start:j]})
	}
	if j >= len(body) {
		p.syntaxError(tokSpan, "f-string: expecting '}'")
	}
	if body[j] == '!' {
		if j+1 >= len(body) {
			p.syntaxError(tokSpan, "f-string: expecting '}'")
		}
		switch body[j+1] {
		case 's', 'r', 'a':
			fv.Conversion = int(body[j+1])
		default:
			p.syntaxError(tokSpan, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		j += 2
	}
	if j < len(body) && body[j] == ':' {
		j++
		if j >= len(body) {
			p.syntaxError(tokSpan, "f-string: expecting '}'")
		}
		var specParts []Expr
		var lit strings.Builder
		flush := func() {
			if lit.Len() > 0 {
				s := lit.String()
				if !raw {
					b, err, bad := decodeEscapes(s, false)
					if err != "" {
						p.syntaxError(tokSpan, err)
					}
					p.escapeWarning(s, bad, p.fstringTok, -j)
					s = string(b)
				}
				specParts = append(specParts, &Constant{At{tokSpan}, s})
				lit.Reset()
			}
		}
		for j < len(body) && body[j] != '}' {
			if body[j] == '{' {
				flush()
				var nested []Expr
				nested, j = p.fstringField(body, j, raw, bp, tokSpan, nest+1)
				specParts = append(specParts, nested...)
				continue
			}
			lit.WriteByte(body[j])
			j++
		}
		flush()
		fv.FormatSpec = &JoinedStr{At{p.fstringTok}, specParts}
	}
	if j >= len(body) || body[j] != '}' {
		p.syntaxError(tokSpan, "f-string: expecting '}'")
	}
	if debug && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	fv.Span = Span{at, bp.at(exprEnd)}
	out = append(out, fv)
	return out, j + 1
}

// fstringExprEnd finds the end of the expression of a replacement field
// starting at body[start], as CPython's fstring_find_expr does: at the
// first '!', ':', '=' or '}' outside brackets and strings that is not
// part of !=, ==, <= or >=. It reports backslashes, comments, unclosed
// strings and mismatched brackets; len(body) means the field is not
// closed.
func (p *parser) fstringExprEnd(body string, start int, tokSpan Span) int {
	var opened []byte // the open brackets
	var quote byte    // the quote of the string being read, if any
	triple := false
	j := start
	for ; j < len(body); j++ {
		c := body[j]
		if c == '\\' {
			p.syntaxError(tokSpan, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote && (!triple || strings.HasPrefix(body[j:], strings.Repeat(string(c), 3))) {
				if triple {
					j += 2
				}
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			triple = strings.HasPrefix(body[j:], strings.Repeat(string(c), 3))
			if triple {
				j += 2
			}
		case '(', '[', '{':
			if len(opened) >= maxParenLevel {
				p.syntaxError(tokSpan, "f-string: too many nested parenthesis")
			}
			opened = append(opened, c)
		case '#':
			p.syntaxError(tokSpan, "f-string expression part cannot include '#'")
		case ')', ']', '}':
			if len(opened) == 0 {
				if c == '}' {
					return j
				}
				p.syntaxError(tokSpan, "f-string: unmatched '"+string(c)+"'")
			}
			open := opened[len(opened)-1]
			opened = opened[:len(opened)-1]
			if closing[open] != c {
				p.syntaxError(tokSpan, "f-string: closing parenthesis '"+string(c)+"' does not match opening parenthesis '"+string(open)+"'")
			}
		case '!', ':', '=', '<', '>':
			if len(opened) > 0 {
				continue
			}
			if j+1 < len(body) && body[j+1] == '=' && c != ':' {
				j++ // !=, ==, <=, >=
				continue
			}
			if c != '<' && c != '>' {
				return j
			}
		}
	}
	if quote != 0 {
		p.syntaxError(tokSpan, "f-string: unterminated string")
	}
	if len(opened) > 0 {
		p.syntaxError(tokSpan, "f-string: unmatched '"+string(opened[len(opened)-1])+"'")
	}
	return j
}

// closing maps an opening bracket to its closing one.
var closing = map[byte]byte{'(': ')', '[': ']', '{': '}'}

// parseFStringExpr parses the expression text of an f-string field located at `at`.
func (p *parser) parseFStringExpr(text string, at Pos, tokSpan Span) Expr {
	src := []byte("(" + text + ")")
	s := newScanner(p.file, src)
	s.line = at.Line
	s.lineAt = -int(at.Col) + 1 // so that text[0] sits at column at.Col
	s.atLineBeg = false
	var toks []token
	for {
		t := s.next()
		if s.err != nil {
			p.syntaxError(tokSpan, "f-string: "+s.err.Msg)
		}
		toks = append(toks, t)
		if t.kind == EOF {
			break
		}
	}
	p.reportWarnings(s.warnings)
	// As in CPython, the expression is parsed by a parser of its own,
	// whose rules nest afresh.
	sub := &parser{file: p.file, src: p.src, toks: toks, depth: p.depth, check: p.check, warnFn: p.warnFn, warned: p.warned, feature: p.feature, nameEscapes: p.nameEscapes}
	var e Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				pe, ok := r.(parseError)
				if !ok {
					panic(r)
				}
				pe.err.Msg = "f-string: " + pe.err.Msg
				panic(pe)
			}
		}()
		sub.i++ // '('
		if sub.isOp(DOUBLESTAR) {
			sub.doubleStarredGroup()
		}
		if sub.isKw("yield") {
			e = sub.yieldExpr()
		} else {
			e = sub.starExpressions()
		}
		if !sub.isOp(RPAREN) {
			sub.syntaxError(sub.tok().span, "invalid syntax")
		}
	}()
	if st, ok := e.(*Starred); ok {
		p.syntaxError(st.Span, "f-string: cannot use starred expression here")
	}
	return e
}
