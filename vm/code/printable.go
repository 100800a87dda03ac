package code

// Python's notion of a printable character, used by str.__repr__.

import "unicode"

// IsPrintable reports whether Python's str.isprintable() holds for r:
// everything except the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (other
// than the ASCII space).
func IsPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return false
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	// Unassigned code points (Cn).
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}
