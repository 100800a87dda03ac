package sre

// The first bytes of a match. A search whose pattern has neither a literal
// prefix nor a first-character set in its INFO block tries a match at
// every position (CPython's general case). For a byte subject, firstBytes
// works out from the code which bytes a match can start with, looking
// further than re._compiler does (into repeats of at least one item, groups
// and alternatives), so that the search skips the positions where no match
// can start, as it does with the INFO block's set. A pattern that may
// match the empty string, or whose start is beyond this analysis, has no
// such set and is searched as before.

// firstDepth bounds the nesting the analysis follows.
const firstDepth = 16

// firstBytes returns the table of the bytes a match of the code from pc
// can start with, or nil when any byte might, or when a match can be
// empty.
func firstBytes(code []uint32, pc int) *[256]bool {
	t := new([256]bool)
	nullable, ok := firstOfSeq(code, pc, t, 0)
	if !ok || nullable {
		return nil
	}
	for _, in := range t {
		if !in {
			return t
		}
	}
	return nil // every byte: no position can be skipped
}

// firstOfSeq adds to t the bytes the sequence of items from pc can start
// with. nullable reports that the sequence can match without consuming a
// character before it ends; ok is false when the analysis gives up (the
// table is then meaningless).
func firstOfSeq(code []uint32, pc int, t *[256]bool, depth int) (nullable, ok bool) {
	if depth > firstDepth {
		return false, false
	}
	for pc < len(code) {
		switch op := code[pc]; op {
		case opMark, opAt:
			// Zero width: the match starts with what follows.
			pc += 2
		case opInfo:
			pc += 1 + int(code[pc+1])
		case opAny, opAnyAll, opLiteral, opNotLiteral, opLiteralIgnore,
			opNotLiteralIgnore, opLiteralUniIgnore, opNotLiteralUniIgnore,
			opCategory, opIn, opInIgnore, opInUniIgnore:
			addOne(code, pc, t)
			return false, true
		case opBranch:
			// <BRANCH> <skip> alternative <JUMP> ... <0>: each alternative
			// must consume a character.
			p := pc + 1
			for code[p] != 0 {
				n, ok := firstOfSeq(code, p+1, t, depth+1)
				if !ok || n {
					return false, false
				}
				p += int(code[p])
			}
			return false, true
		case opRepeat:
			// <REPEAT> <skip> <min> <max> item <UNTIL> tail
			if code[pc+2] == 0 {
				return false, false
			}
			n, ok := firstOfSeq(code, pc+4, t, depth+1)
			if !ok || n {
				return false, false
			}
			return false, true
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
			if code[pc+2] == 0 {
				return false, false
			}
			n, ok := firstOfSeq(code, pc+4, t, depth+1)
			if !ok || n {
				return false, false
			}
			return false, true
		case opJump, opSuccess, opMaxUntil, opMinUntil:
			// The end of an alternative, of a repeated item or of the
			// pattern, reached without consuming a character.
			return true, true
		default:
			// Back references, assertions, atomic groups, possessive
			// repeats, locale-dependent items, ...: give up.
			return false, false
		}
	}
	return false, false
}

// addOne adds to t the bytes the single-character item at code[pc]
// matches.
func addOne(code []uint32, pc int, t *[256]bool) {
	for b := range t {
		if !t[b] && oneChar(code, pc, uint32(b)) {
			t[b] = true
		}
	}
}
