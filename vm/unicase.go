package vm

// Unicode case conversion of str, as CPython's unicodeobject.c: full case
// mappings (a character may map to several), the Final_Sigma context of
// U+03A3 in lowercasing, and the derived Cased, Uppercase and Lowercase
// properties. The multi-character mappings come from unicase_gen.go; the
// one-character ones from Go's unicode package.

import (
	"strings"
	"unicode"

	"github.com/pyjit/pyjit/vm/lib/ucd"
)

// isASCIIString reports whether s holds only ASCII characters.
func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isUpperProp reports the derived Uppercase property (Lu and
// Other_Uppercase), which str.isupper and swapcase test, in CPython 3.11's
// Unicode database.
func isUpperProp(r rune) bool { return ucd.IsUpper(r) }

// isLowerProp reports the derived Lowercase property (Ll and
// Other_Lowercase).
func isLowerProp(r rune) bool { return ucd.IsLower(r) }

// isCased reports the derived Cased property: Uppercase, Lowercase or
// titlecase letter.
func isCased(r rune) bool {
	return isUpperProp(r) || isLowerProp(r) || unicode.IsTitle(r)
}

// isCaseIgnorable reports the derived Case_Ignorable property: the word
// break classes MidLetter, MidNumLet and Single_Quote, and the general
// categories Mn, Me, Cf, Lm and Sk.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// finalSigma reports whether the capital sigma at rs[i] is in the
// Final_Sigma context: a cased letter before it and none after it, skipping
// case-ignorable characters either way.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && isCaseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !isCased(rs[j])
}

// caseWriter accumulates the runes of a case conversion.
type caseWriter struct {
	out []rune
}

func (w *caseWriter) str(s string) {
	for _, r := range s {
		w.out = append(w.out, r)
	}
}

// upper writes the full uppercase of r.
func (w *caseWriter) upper(r rune) {
	if m, ok := fullUpper[r]; ok {
		w.str(m)
		return
	}
	w.out = append(w.out, unicode.ToUpper(r))
}

// title writes the full titlecase of r.
func (w *caseWriter) title(r rune) {
	if m, ok := fullTitle[r]; ok {
		w.str(m)
		return
	}
	w.out = append(w.out, unicode.ToTitle(r))
}

// lower writes the full lowercase of rs[i], in context for capital sigma.
func (w *caseWriter) lower(rs []rune, i int) {
	r := rs[i]
	if r == 0x3A3 {
		if finalSigma(rs, i) {
			w.out = append(w.out, 0x3C2)
		} else {
			w.out = append(w.out, 0x3C3)
		}
		return
	}
	if m, ok := fullLower[r]; ok {
		w.str(m)
		return
	}
	w.out = append(w.out, unicode.ToLower(r))
}

// fold writes the full case folding of r.
func (w *caseWriter) fold(r rune) {
	if m, ok := fullFold[r]; ok {
		w.str(m)
		return
	}
	if m, ok := fullLower[r]; ok {
		w.str(m)
		return
	}
	w.out = append(w.out, unicode.ToLower(r))
}

// mapRunes applies f to every character of s, a str's storage.
func mapRunes(s string, f func(w *caseWriter, rs []rune, i int)) string {
	rs := decodeRunes(s)
	w := caseWriter{out: make([]rune, 0, len(rs))}
	for i := range rs {
		f(&w, rs, i)
	}
	return encodeRunes(w.out)
}

// pyUpper implements str.upper.
func pyUpper(s string) string {
	if isASCIIString(s) {
		return strings.ToUpper(s)
	}
	return mapRunes(s, func(w *caseWriter, rs []rune, i int) { w.upper(rs[i]) })
}

// pyLower implements str.lower.
func pyLower(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	return mapRunes(s, func(w *caseWriter, rs []rune, i int) { w.lower(rs, i) })
}

// pyCasefold implements str.casefold: full case folding (CaseFolding.txt
// statuses C and F).
func pyCasefold(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	return mapRunes(s, func(w *caseWriter, rs []rune, i int) { w.fold(rs[i]) })
}

// pySwapcase implements str.swapcase: uppercase characters are lowercased,
// lowercase ones uppercased, others (titlecase letters too) kept.
func pySwapcase(s string) string {
	return mapRunes(s, func(w *caseWriter, rs []rune, i int) {
		switch r := rs[i]; {
		case isUpperProp(r):
			w.lower(rs, i)
		case isLowerProp(r):
			w.upper(r)
		default:
			w.out = append(w.out, r)
		}
	})
}

// pyCapitalize implements str.capitalize: the first character titlecased,
// the rest lowercased.
func pyCapitalize(s string) string {
	return mapRunes(s, func(w *caseWriter, rs []rune, i int) {
		if i == 0 {
			w.title(rs[0])
		} else {
			w.lower(rs, i)
		}
	})
}

// pyTitle implements str.title: a character following a cased one is
// lowercased, any other titlecased.
func pyTitle(s string) string {
	prevCased := false
	return mapRunes(s, func(w *caseWriter, rs []rune, i int) {
		r := rs[i]
		if prevCased {
			w.lower(rs, i)
		} else {
			w.title(r)
		}
		prevCased = isCased(r)
	})
}
