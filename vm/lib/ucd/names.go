package ucd

import (
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The Hangul syllable name parts of the Unicode standard (section 3.12).
var (
	hangulL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

const (
	sBase  = 0xAC00
	lBase  = 0x1100
	vBase  = 0x1161
	tBase  = 0x11A7
	lCount = 19
	vCount = 21
	tCount = 28
	nCount = vCount * tCount
	sCount = lCount * nCount

	hangulPrefix = "HANGUL SYLLABLE "
	cjkPrefix    = "CJK UNIFIED IDEOGRAPH-"
)

// MaxNameLen is the longest name unicodedata.lookup accepts.
const MaxNameLen = 256

// nameTables is the inflated namesBlob. The names are substrings of one
// string, in the order of their code points.
type nameTables struct {
	codes    []rune
	names    []string
	byName   map[string]rune
	aliases  map[string]rune
	sequence map[string]string
}

var (
	namesOnce sync.Once
	names     nameTables
)

func loadNames() *nameTables {
	namesOnce.Do(func() {
		r := &reader{b: inflate(namesBlob)}
		n := r.uvarint()
		names.codes = make([]rune, n)
		ends := make([]int, n)
		var buf []byte
		prev, c := 0, rune(0)
		for i := 0; i < n; i++ {
			c += rune(r.uvarint())
			k, m := int(r.byte()), int(r.byte())
			start := len(buf)
			buf = append(buf, buf[prev:prev+k]...)
			buf = append(buf, r.b[r.i:r.i+m]...)
			r.i += m
			names.codes[i], ends[i], prev = c, len(buf), start
		}
		all := string(buf)
		names.names = make([]string, n)
		names.byName = make(map[string]rune, n)
		start := 0
		for i, end := range ends {
			names.names[i] = all[start:end]
			names.byName[names.names[i]] = names.codes[i]
			start = end
		}
		names.aliases = make(map[string]rune)
		for n := r.uvarint(); n > 0; n-- {
			name := r.string(r.uvarint())
			r.uvarint()
			names.aliases[name] = rune(r.uvarint())
		}
		names.sequence = make(map[string]string)
		for n := r.uvarint(); n > 0; n-- {
			name := r.string(r.uvarint())
			seq := make([]rune, r.uvarint())
			for i := range seq {
				seq[i] = rune(r.uvarint())
			}
			names.sequence[name] = string(seq)
		}
	})
	return &names
}

// nameOf is the stored name of c, "" if it has none.
func (t *nameTables) nameOf(c rune) string {
	i, ok := slices.BinarySearch(t.codes, c)
	if !ok {
		return ""
	}
	return t.names[i]
}

// isUnifiedIdeograph reports whether c is in a range of CJK unified
// ideographs, named by their code point.
func isUnifiedIdeograph(c rune) bool {
	for _, h := range hexNames {
		if h.prefix == cjkPrefix && c >= h.lo && c <= h.hi {
			return true
		}
	}
	return false
}

// Name is the name of c as unicodedata.name gives it, "" if c has none.
func (db *DB) Name(c rune) string {
	if c < 0 || c >= 0x110000 || db.old && !db.assigned(c) {
		return ""
	}
	if c >= sBase && c < sBase+sCount {
		i := int(c - sBase)
		return hangulPrefix + hangulL[i/nCount] + hangulV[i%nCount/tCount] + hangulT[i%tCount]
	}
	for _, h := range hexNames {
		if c >= h.lo && c <= h.hi {
			return h.prefix + hex4(c)
		}
	}
	return loadNames().nameOf(c)
}

// Name is the name of c in the current database, "" if it has none.
func Name(c rune) string { return Current.Name(c) }

// hex4 is c in upper-case hex, at least four digits.
func hex4(c rune) string {
	s := strings.ToUpper(strconv.FormatInt(int64(c), 16))
	if len(s) < 4 {
		s = strings.Repeat("0", 4-len(s)) + s
	}
	return s
}

// Lookup finds the character, or with namedSeq the named sequence, of a
// name as unicodedata.lookup does: names ignore case (but Hangul syllables
// and CJK unified ideographs are upper case), and the current database also
// knows the name aliases. The \N{...} escape passes namedSeq false.
func (db *DB) Lookup(name string, namedSeq bool) (string, bool) {
	if rest, ok := strings.CutPrefix(name, hangulPrefix); ok {
		if c, ok := hangulSyllable(rest); ok {
			return string(c), true
		}
		return "", false
	}
	if rest, ok := strings.CutPrefix(name, cjkPrefix); ok {
		if len(rest) != 4 && len(rest) != 5 || strings.ToUpper(rest) != rest {
			return "", false
		}
		v, err := strconv.ParseUint(rest, 16, 32)
		if err != nil || !isUnifiedIdeograph(rune(v)) {
			return "", false
		}
		return string(rune(v)), true
	}
	upper := strings.ToUpper(name)
	if !isASCII(name) {
		return "", false
	}
	for _, h := range hexNames {
		if h.prefix == cjkPrefix {
			continue
		}
		if rest, ok := strings.CutPrefix(upper, h.prefix); ok {
			v, err := strconv.ParseUint(rest, 16, 32)
			c := rune(v)
			if err == nil && c >= h.lo && c <= h.hi && upper == Name(c) && (!db.old || db.assigned(c)) {
				return string(c), true
			}
		}
	}
	t := loadNames()
	if c, ok := t.byName[upper]; ok && (!db.old || db.assigned(c)) {
		return string(c), true
	}
	if db.old {
		return "", false
	}
	if c, ok := t.aliases[upper]; ok {
		return string(c), true
	}
	if s, ok := t.sequence[upper]; ok && namedSeq {
		return s, true
	}
	return "", false
}

// LookupName finds the code point of a name as the \N{...} escape does.
func LookupName(name string) (rune, bool) {
	s, ok := Current.Lookup(name, false)
	if !ok {
		return 0, false
	}
	return []rune(s)[0], true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// hangulSyllable decodes the part of a Hangul syllable name after its
// prefix, taking the longest matching jamo name at each step.
func hangulSyllable(s string) (rune, bool) {
	l, n := longestJamo(s, hangulL[:])
	s = s[n:]
	v, n := longestJamo(s, hangulV[:])
	s = s[n:]
	t, n := longestJamo(s, hangulT[:])
	s = s[n:]
	if l < 0 || v < 0 || t < 0 || s != "" {
		return 0, false
	}
	return rune(sBase + (l*vCount+v)*tCount + t), true
}

func longestJamo(s string, names []string) (int, int) {
	best, blen := -1, -1
	for i, n := range names {
		if len(n) > blen && strings.HasPrefix(s, n) {
			best, blen = i, len(n)
		}
	}
	if blen < 0 {
		blen = 0
	}
	return best, blen
}
