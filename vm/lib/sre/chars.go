package sre

import (
	"unicode"

	"github.com/pyjit/pyjit/vm/lib/ucd"
)

// Character classification and case mapping, as CPython 3.11's
// Modules/_sre/sre.c defines them for the ASCII, locale and Unicode
// variants of the opcodes. The locale variants use the C locale.

var uniLower = unicode.ToLower
var uniUpper = unicode.ToUpper

// SetUnicodeCase replaces the simple Unicode case mappings the engine uses
// (CPython's Py_UNICODE_TOLOWER and Py_UNICODE_TOUPPER), so that a host
// whose str methods follow CPython's Unicode database can share them. It
// must be called before any matching starts.
func SetUnicodeCase(lower, upper func(rune) rune) {
	uniLower = lower
	uniUpper = upper
}

// LowerASCII maps A-Z to a-z and leaves every other code point alone.
func LowerASCII(ch uint32) uint32 {
	if ch >= 'A' && ch <= 'Z' {
		return ch + 32
	}
	return ch
}

func upperASCII(ch uint32) uint32 {
	if ch >= 'a' && ch <= 'z' {
		return ch - 32
	}
	return ch
}

// LowerUnicode is CPython's Py_UNICODE_TOLOWER.
func LowerUnicode(ch uint32) uint32 {
	if ch < 128 {
		return LowerASCII(ch)
	}
	return uint32(uniLower(rune(ch)))
}

// UpperUnicode is CPython's Py_UNICODE_TOUPPER.
func UpperUnicode(ch uint32) uint32 {
	if ch < 128 {
		return upperASCII(ch)
	}
	return uint32(uniUpper(rune(ch)))
}

func lowerLocale(ch uint32) uint32 {
	if ch < 256 {
		return LowerASCII(ch)
	}
	return ch
}

func upperLocale(ch uint32) uint32 {
	if ch < 256 {
		return upperASCII(ch)
	}
	return ch
}

// IsCasedASCII is _sre.ascii_iscased.
func IsCasedASCII(ch uint32) bool {
	return ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
}

// IsCasedUnicode is _sre.unicode_iscased.
func IsCasedUnicode(ch uint32) bool {
	return ch != LowerUnicode(ch) || ch != UpperUnicode(ch)
}

func charLocIgnore(pattern, ch uint32) bool {
	return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern
}

func isDigit(ch uint32) bool { return ch >= '0' && ch <= '9' }

func isSpace(ch uint32) bool { return ch == ' ' || (ch >= 9 && ch <= 13) }

func isLinebreak(ch uint32) bool { return ch == '\n' }

func isAlnumASCII(ch uint32) bool {
	return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
}

func isWord(ch uint32) bool { return ch < 128 && (isAlnumASCII(ch) || ch == '_') }

func isLocWord(ch uint32) bool { return ch < 256 && (isAlnumASCII(ch) || ch == '_') }

func isUniDigit(ch uint32) bool {
	if ch < 128 {
		return isDigit(ch)
	}
	return ucd.IsDecimal(rune(ch))
}

func isUniSpace(ch uint32) bool {
	switch ch {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return ch > 127 && unicode.IsSpace(rune(ch))
}

func isUniWord(ch uint32) bool {
	if ch < 128 {
		return isAlnumASCII(ch) || ch == '_'
	}
	r := rune(ch)
	return ucd.IsAlpha(r) || ucd.IsNumeric(r)
}

func isUniLinebreak(ch uint32) bool {
	switch ch {
	case '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func category(cat, ch uint32) bool {
	switch cat {
	case catDigit:
		return isDigit(ch)
	case catNotDigit:
		return !isDigit(ch)
	case catSpace:
		return isSpace(ch)
	case catNotSpace:
		return !isSpace(ch)
	case catWord:
		return isWord(ch)
	case catNotWord:
		return !isWord(ch)
	case catLinebreak:
		return isLinebreak(ch)
	case catNotLinebreak:
		return !isLinebreak(ch)
	case catLocWord:
		return isLocWord(ch)
	case catLocNotWord:
		return !isLocWord(ch)
	case catUniDigit:
		return isUniDigit(ch)
	case catUniNotDigit:
		return !isUniDigit(ch)
	case catUniSpace:
		return isUniSpace(ch)
	case catUniNotSpace:
		return !isUniSpace(ch)
	case catUniWord:
		return isUniWord(ch)
	case catUniNotWord:
		return !isUniWord(ch)
	case catUniLinebreak:
		return isUniLinebreak(ch)
	case catUniNotLinebreak:
		return !isUniLinebreak(ch)
	}
	return false
}

// inCharset reports whether ch is in the set encoded at code[i:], as
// SRE(charset).
func inCharset(code []uint32, i int, ch uint32) bool {
	ok := true
	for {
		if i >= len(code) {
			return false
		}
		op := code[i]
		i++
		switch op {
		case opFailure:
			return !ok
		case opLiteral:
			if ch == code[i] {
				return ok
			}
			i++
		case opCategory:
			if category(code[i], ch) {
				return ok
			}
			i++
		case opCharset:
			if ch < 256 && code[i+int(ch>>5)]&(1<<(ch&31)) != 0 {
				return ok
			}
			i += 8
		case opRange:
			if code[i] <= ch && ch <= code[i+1] {
				return ok
			}
			i += 2
		case opRangeUniIgnore:
			if code[i] <= ch && ch <= code[i+1] {
				return ok
			}
			uch := UpperUnicode(ch)
			if code[i] <= uch && uch <= code[i+1] {
				return ok
			}
			i += 2
		case opNegate:
			ok = !ok
		case opBigCharset:
			count := int(code[i])
			i++
			if ch < 0x10000 {
				hi := ch >> 8
				block := (code[i+int(hi>>2)] >> (8 * (hi & 3))) & 0xff
				base := i + 64 + int(block)*8
				lo := ch & 255
				if code[base+int(lo>>5)]&(1<<(lo&31)) != 0 {
					return ok
				}
			}
			i += 64 + count*8
		default:
			return false
		}
	}
}

func inCharsetLocIgnore(code []uint32, i int, ch uint32) bool {
	lo := lowerLocale(ch)
	if inCharset(code, i, lo) {
		return true
	}
	up := upperLocale(ch)
	return up != lo && inCharset(code, i, up)
}
