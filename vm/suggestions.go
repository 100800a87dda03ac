package vm

// "Did you mean" suggestions that the printed form of an uncaught
// AttributeError or NameError ends with, as CPython 3.11's
// Python/suggestions.c: the closest name by a Levenshtein distance where
// a change of case costs half a substitution, among the object's dir()
// for an AttributeError, and the failing frame's locals, then globals,
// then builtins for a NameError.

const (
	suggestMaxCandidates = 750
	suggestMaxString     = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

// suggestion is the name an uncaught exception's message suggests, or "".
// Only exceptions of exactly AttributeError or NameError get one.
func (th *Thread) suggestion(exc *Exception) string {
	if len(exc.fields) < 1 {
		return ""
	}
	name, ok := exc.fields[0].o.(*Str)
	if !ok || exc.fields[0].Type() != StrType {
		return ""
	}
	switch exc.typ {
	case AttributeErrorType:
		if len(exc.fields) < 2 || exc.fields[1].o == nil {
			return ""
		}
		obj := exc.fields[1]
		var dir []Value
		if m := obj.Type().Lookup("__dir__"); m.o != nil {
			if _, isMod := obj.o.(*Module); !isMod {
				r, err := th.callSpecial(m, obj)
				if err != nil {
					return ""
				}
				if dir, err = th.iterateToSlice(r); err != nil {
					return ""
				}
				if th.sortValues(dir, Null, Null) != nil {
					return ""
				}
			}
		}
		if dir == nil {
			dir = th.dirOf(obj)
		}
		return suggestFrom(dir, name.s)
	case NameErrorType:
		tb := exc.tb
		if tb == nil {
			return ""
		}
		for tb.Next != nil {
			tb = tb.Next
		}
		var locals []Value
		if tb.Code != nil {
			for _, v := range tb.Code.Varnames {
				locals = append(locals, String(v))
			}
		}
		if s := suggestFrom(locals, name.s); s != "" {
			return s
		}
		if f := tb.frame; f != nil {
			for _, d := range []*Dict{f.globals, f.builtins} {
				if d == nil {
					continue
				}
				if s := suggestFrom(d.Keys(), name.s); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// suggestFrom picks the candidate closest to name: no more than about a
// third of the characters may change, and the first of equals wins.
func suggestFrom(candidates []Value, name string) string {
	if len(candidates) >= suggestMaxCandidates {
		return ""
	}
	best, bestDist := "", -1
	for _, c := range candidates {
		s, ok := c.o.(*Str)
		if !ok {
			return "" // CPython gives up on a name that is not a str
		}
		if s.s == name {
			continue
		}
		maxDist := (len(name) + len(s.s) + 3) * suggestMoveCost / 6
		if bestDist >= 0 {
			maxDist = min(maxDist, bestDist-1)
		}
		d := levenshtein(name, s.s, maxDist)
		if d > maxDist {
			continue
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = s.s, d
		}
	}
	return best
}

// substitutionCost is the cost of replacing byte a by b: none when equal,
// half when they differ in ASCII case only.
func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// levenshtein is the edit distance between the UTF-8 bytes of a and b,
// or more than maxCost once it must exceed it.
func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		distance := bi * suggestMoveCost
		result = distance
		minimum := -1
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(b[bi], a[i])
			distance = row[i]
			result = min(min(result, distance)+suggestMoveCost, substitute)
			row[i] = result
			if minimum < 0 || result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
