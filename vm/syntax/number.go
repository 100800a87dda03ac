package syntax

// Numeric literals, scanned as CPython 3.11's tokenizer scans them: the
// same characters end a literal, its errors are at the same places, and a
// literal run into one of the keywords that may follow a number ("1if x
// else y", "0x1for") gives the same SyntaxWarning.

// eofChar is what nextc returns at the end of the source.
const eofChar = -1

// nextc reads the next byte, as the tokenizer's tok_nextc: at the end it
// returns eofChar and stays there.
func (s *scanner) nextc() int {
	if s.pos >= len(s.src) {
		return eofChar
	}
	s.pos++
	return int(s.src[s.pos-1])
}

// backup puts c, the byte nextc returned last, back.
func (s *scanner) backup(c int) {
	if c != eofChar {
		s.pos--
	}
}

// cursor is where the tokenizer reports an error: its offset is the
// number of bytes of the line read so far.
func (s *scanner) cursor() Pos { return Pos{s.line, int32(s.pos - s.lineAt - 1)} }

func isDecimalChar(c int) bool { return '0' <= c && c <= '9' }
func isOctalChar(c int) bool   { return '0' <= c && c <= '7' }
func isBinaryChar(c int) bool  { return c == '0' || c == '1' }
func isHexChar(c int) bool {
	return isDecimalChar(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// isIdentChar is the tokenizer's is_potential_identifier_char.
func isIdentChar(c int) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDecimalChar(c) || c == '_' || c >= 128
}

// number scans the numeric literal at s.pos.
func (s *scanner) number(start Pos) token {
	begin := s.pos
	kind, ok := s.numberKind()
	if !ok {
		return token{kind: EOF, span: Span{start, s.here()}}
	}
	return token{kind: kind, text: string(s.src[begin:s.pos]), span: Span{start, s.here()}}
}

// numberKind scans a numeric literal and returns its kind; ok is false
// after an error.
func (s *scanner) numberKind() (kind Token, ok bool) {
	begin := s.pos
	c := s.nextc()
	switch {
	case c == '.':
		return s.fraction(s.nextc())
	case c != '0':
		if c = s.decimalTail(); c == 0 {
			return 0, false
		}
		return s.decimalRest(c)
	}
	c = s.nextc()
	switch c {
	case 'x', 'X':
		return INT, s.radixTail(isHexChar, "hexadecimal")
	case 'o', 'O':
		return INT, s.radixTail(isOctalChar, "octal")
	case 'b', 'B':
		return INT, s.radixTail(isBinaryChar, "binary")
	}
	// Zeros, maybe followed by other digits (an error unless a fraction,
	// exponent or j follows).
	for {
		if c == '_' {
			if c = s.nextc(); !isDecimalChar(c) {
				s.backup(c)
				s.errorAt(s.cursor(), "invalid decimal literal")
				return 0, false
			}
		}
		if c != '0' {
			break
		}
		c = s.nextc()
	}
	zerosEnd := s.cursor()
	nonzero := isDecimalChar(c)
	if nonzero {
		if c = s.decimalTail(); c == 0 {
			return 0, false
		}
	}
	switch c {
	case '.', 'e', 'E', 'j', 'J':
		return s.decimalRest(c)
	}
	if nonzero {
		s.backup(c)
		s.errorSpan(Pos{s.line, int32(begin - s.lineAt)}, zerosEnd, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "SyntaxError")
		return 0, false
	}
	return INT, s.endOfNumber(c, "decimal")
}

// decimalTail reads digits with single underscores between them after a
// digit and returns the byte after them, or 0 after an error.
func (s *scanner) decimalTail() int {
	for {
		c := s.nextc()
		for isDecimalChar(c) {
			c = s.nextc()
		}
		if c != '_' {
			return c
		}
		if c = s.nextc(); !isDecimalChar(c) {
			s.backup(c)
			s.errorAt(s.cursor(), "invalid decimal literal")
			return 0
		}
	}
}

// decimalRest scans what may follow a decimal literal's integer part,
// whose next byte c was read: a fraction, an exponent, a j.
func (s *scanner) decimalRest(c int) (Token, bool) {
	if c == '.' {
		return s.fraction(s.nextc())
	}
	return s.exponent(c, INT)
}

// fraction scans the digits after a decimal point, c the first.
func (s *scanner) fraction(c int) (Token, bool) {
	if isDecimalChar(c) {
		if c = s.decimalTail(); c == 0 {
			return 0, false
		}
	}
	return s.exponent(c, FLOAT)
}

// exponent scans an exponent, if c starts one, and the j of an
// imaginary literal; kind is the literal's kind without them.
func (s *scanner) exponent(c int, kind Token) (Token, bool) {
	if c == 'e' || c == 'E' {
		e := c
		c = s.nextc()
		if c == '+' || c == '-' {
			if c = s.nextc(); !isDecimalChar(c) {
				s.backup(c)
				s.errorAt(s.cursor(), "invalid decimal literal")
				return 0, false
			}
		} else if !isDecimalChar(c) {
			// "1else": the literal ends before the e.
			s.backup(c)
			return kind, s.endOfNumber(e, "decimal")
		}
		if c = s.decimalTail(); c == 0 {
			return 0, false
		}
		kind = FLOAT
	}
	if c == 'j' || c == 'J' {
		return IMAG, s.endOfNumber(s.nextc(), "imaginary")
	}
	return kind, s.endOfNumber(c, "decimal")
}

// radixTail scans the digits after 0x, 0o or 0b (the prefix read).
func (s *scanner) radixTail(isDigit func(int) bool, name string) bool {
	badDigit := func(c int) bool {
		if name == "hexadecimal" || !isDecimalChar(c) {
			return false
		}
		s.errorAt(s.cursor(), "invalid digit '"+string(rune(c))+"' in "+name+" literal")
		return true
	}
	c := s.nextc()
	for {
		if c == '_' {
			c = s.nextc()
		}
		if !isDigit(c) {
			if badDigit(c) {
				return false
			}
			s.backup(c)
			s.errorAt(s.cursor(), "invalid "+name+" literal")
			return false
		}
		for c = s.nextc(); isDigit(c); c = s.nextc() {
		}
		if c != '_' {
			break
		}
	}
	if badDigit(c) {
		return false
	}
	return s.endOfNumber(c, name)
}

// endOfNumber checks c, the byte read after a literal, and puts it back.
// A literal directly followed by a keyword that may follow a number
// (and, else, for, if, in, is, not, or) draws a SyntaxWarning; by any
// other ASCII letter, digit or underscore, an error (CPython's
// verify_end_of_number).
func (s *scanner) endOfNumber(c int, kind string) bool {
	s.backup(c)
	msg := "invalid " + kind + " literal"
	if s.keywordFollows() {
		s.warnings = append(s.warnings, Warning{Category: "SyntaxWarning", Msg: msg,
			Span: Span{s.cursor(), s.cursor()}})
		return true
	}
	if c < 128 && isIdentChar(c) {
		s.errorAt(s.cursor(), msg)
		return false
	}
	return true
}

// keywordFollows reports whether the source at s.pos starts with one of
// the keywords endOfNumber tolerates (for "i", any of if, in and is, as
// CPython looks no further).
func (s *scanner) keywordFollows() bool {
	rest := s.src[s.pos:]
	if len(rest) >= 2 && rest[0] == 'i' && (rest[1] == 'f' || rest[1] == 'n' || rest[1] == 's') {
		return true
	}
	for _, kw := range [...]string{"and", "else", "for", "or", "not"} {
		if len(rest) >= len(kw) && string(rest[:len(kw)]) == kw &&
			(len(rest) == len(kw) || !isIdentChar(int(rest[len(kw)]))) {
			return true
		}
	}
	return false
}
