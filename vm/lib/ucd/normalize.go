package ucd

import (
	"errors"
	"sync"
)

// decomp is the decomposition mapping of one character.
type decomp struct {
	prefix uint8 // index into decompPrefixes, 0 for canonical
	runes  []rune
}

var (
	decompOnce sync.Once
	decomps    map[rune]decomp
	composeMap map[[2]rune]rune
	composeL   map[rune]bool // the characters that start a composition pair
)

func decompositions() map[rune]decomp {
	decompOnce.Do(func() {
		r := &reader{b: inflate(decompBlob)}
		n := r.uvarint()
		decomps = make(map[rune]decomp, n)
		composeMap = make(map[[2]rune]rune)
		composeL = make(map[rune]bool)
		c := rune(0)
		for i := 0; i < n; i++ {
			c += rune(r.uvarint())
			d := decomp{prefix: r.byte()}
			d.runes = make([]rune, r.byte())
			primary := r.byte() != 0
			for j := range d.runes {
				d.runes[j] = rune(r.uvarint())
			}
			decomps[c] = d
			if primary {
				composeMap[[2]rune{d.runes[0], d.runes[1]}] = c
				composeL[d.runes[0]] = true
			}
		}
	})
	return decomps
}

// ErrForm is the error of an unknown normalization form.
var ErrForm = errors.New("invalid normalization form")

// Normalize is unicodedata.normalize: s in the normalization form "NFC",
// "NFKC", "NFD" or "NFKD".
func (db *DB) Normalize(form, s string) (string, error) {
	if _, ok := qcYes[form]; ok && isASCII(s) {
		return s, nil
	}
	rs, err := db.NormalizeRunes(form, []rune(s))
	return string(rs), err
}

// NormalizeRunes is Normalize on code points (which may be surrogates).
func (db *DB) NormalizeRunes(form string, rs []rune) ([]rune, error) {
	var compose, compat bool
	switch form {
	case "NFC":
		compose = true
	case "NFKC":
		compose, compat = true, true
	case "NFD":
	case "NFKD":
		compat = true
	default:
		return nil, ErrForm
	}
	rs = db.decompose(rs, compat)
	if compose {
		rs = db.compose(rs)
	}
	return rs, nil
}

// qcYes are the record flags of the forms whose quick check passes a
// character as certainly normalized.
var qcYes = map[string]uint16{"NFC": 8, "NFD": 16, "NFKC": 32, "NFKD": 64}

// QuickCheck reports whether CPython's quick check finds rs certainly in
// the normalization form, in which case unicodedata.normalize returns its
// argument itself. UCD 3.2.0 has no quick check.
func (db *DB) QuickCheck(form string, rs []rune) bool {
	bit := qcYes[form]
	if db.old || bit == 0 {
		return false
	}
	var prev uint8
	for _, c := range rs {
		if c < 0x80 {
			prev = 0
			continue
		}
		r := props.get(c)
		if r.comb != 0 && prev > r.comb || r.flags&bit == 0 {
			return false
		}
		prev = r.comb
	}
	return true
}

// decompose is the full canonical (or with compat, compatibility)
// decomposition of rs, in canonical order.
func (db *DB) decompose(rs []rune, compat bool) []rune {
	ds := decompositions()
	out := make([]rune, 0, len(rs)+len(rs)/2)
	var stack []rune
	for _, c := range rs {
		stack = append(stack[:0], c)
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if c >= sBase && c < sBase+sCount {
				i := c - sBase
				out = append(out, lBase+i/nCount, vBase+i%nCount/tCount)
				if t := tBase + i%tCount; t != tBase {
					out = append(out, t)
				}
				continue
			}
			if db.old {
				if s, ok := corrections32[c]; ok {
					rs := []rune(s)
					for i := len(rs) - 1; i >= 0; i-- {
						stack = append(stack, rs[i])
					}
					continue
				}
				if !db.assigned(c) {
					out = append(out, c)
					continue
				}
			}
			d, ok := ds[c]
			if !ok || d.prefix != 0 && !compat {
				out = append(out, c)
				continue
			}
			for i := len(d.runes) - 1; i >= 0; i-- {
				stack = append(stack, d.runes[i])
			}
		}
	}
	reorder(out)
	return out
}

// reorder sorts each run of combining characters by combining class,
// keeping the order of equal classes.
func reorder(rs []rune) {
	for i := 1; i < len(rs); i++ {
		cc := props.get(rs[i]).comb
		if cc == 0 {
			continue
		}
		for j := i; j > 0; j-- {
			prev := props.get(rs[j-1]).comb
			if prev <= cc {
				break
			}
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

// compose is CPython's canonical composition of a decomposed string.
func (db *DB) compose(rs []rune) []rune {
	decompositions()
	out := make([]rune, 0, len(rs))
	skipped := make([]bool, len(rs))
	for i := 0; i < len(rs); {
		if skipped[i] {
			i++
			continue
		}
		c := rs[i]
		if c >= lBase && c < lBase+lCount && i+1 < len(rs) && rs[i+1] >= vBase && rs[i+1] < vBase+vCount {
			code := sBase + ((c-lBase)*vCount+rs[i+1]-vBase)*tCount
			i += 2
			if i < len(rs) && rs[i] > tBase && rs[i] < tBase+tCount {
				code += rs[i] - tBase
				i++
			}
			out = append(out, code)
			continue
		}
		if !composeL[c] {
			out = append(out, c)
			i++
			continue
		}
		base := c
		var comb uint8
		for j := i + 1; j < len(rs); j++ {
			c1 := rs[j]
			comb1 := props.get(c1).comb
			if comb != 0 {
				if comb1 == 0 {
					break
				}
				if comb >= comb1 {
					continue
				}
			}
			composed, ok := composeMap[[2]rune{base, c1}]
			if !ok {
				if comb1 == 0 {
					break
				}
				comb = comb1
				continue
			}
			base = composed
			skipped[j] = true
			if !composeL[base] {
				break
			}
		}
		out = append(out, base)
		i++
	}
	return out
}
