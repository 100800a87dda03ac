package codecs

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// The Hangul syllable name parts of the Unicode standard (section 3.12).
var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

const (
	hangulBase  = 0xAC00
	hangulCount = 11172
)

// Name returns the Unicode name of c as unicodedata.name does, or "" if c
// has none. Names come from the Unicode database of golang.org/x/text,
// which may be newer than CPython's.
func Name(c rune) string {
	if c >= hangulBase && c < hangulBase+hangulCount {
		i := int(c - hangulBase)
		return "HANGUL SYLLABLE " + hangulL[i/588] + hangulV[i%588/28] + hangulT[i%28]
	}
	n := runenames.Name(c)
	if strings.HasPrefix(n, "<") {
		if n == "<CJK Ideograph>" {
			return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%04X", c)
		}
		return ""
	}
	return n
}

var (
	namesOnce sync.Once
	byName    map[string]rune
)

// LookupName finds the code point with the given Unicode name, ignoring case,
// as unicodedata.lookup and the \N{...} escape do.
func LookupName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if rest, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(rest) == 4 || len(rest) == 5 {
			if v, err := strconv.ParseUint(rest, 16, 32); err == nil && Name(rune(v)) == name {
				return rune(v), true
			}
		}
		return 0, false
	}
	namesOnce.Do(func() {
		byName = make(map[string]rune, 40000)
		for c := rune(0); c < 0x110000; c++ {
			if c == 0x40000 {
				c = 0xE0000
			}
			if c >= 0x3400 && c < 0x4DC0 || c >= 0x4E00 && c < 0xA000 || c >= 0x20000 && c < 0x40000 || c >= 0xD800 && c < 0xE000 {
				continue
			}
			if n := Name(c); n != "" {
				byName[n] = c
			}
		}
	})
	c, ok := byName[name]
	return c, ok
}
