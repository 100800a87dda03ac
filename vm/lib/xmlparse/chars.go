package xmlparse

import "unicode"

// isNameStart reports whether r may begin an XML name.
func isNameStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_' || r == ':'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
}

// isNameChar reports whether r may continue an XML name.
func isNameChar(r rune) bool {
	if r < 0x80 {
		return isNameStart(r) || r >= '0' && r <= '9' || r == '-' || r == '.'
	}
	return isNameStart(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Lm) || r == 0xB7
}

// isNameByte reports whether ASCII byte c may be in a name (for the
// pseudo-attributes of the XML declaration).
func isNameByte(c byte) bool { return c < 0x80 && isNameChar(rune(c)) }
