package sre

// The first bytes of a match. A search whose pattern has neither a literal
// prefix nor a first-character set in its INFO block tries a match at
// every position (CPython's general case). For a byte subject, firstBytes
// works out from the code which bytes a match can start with, looking
// further than re._compiler does (into groups, alternatives, repeats and
// past assertions), so that the search skips the positions where no match
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

// firstOfSeq adds to t the bytes the code from pc can start a match with,
// following it past zero-width items, jumps to the end of an alternative
// and repeats that may match nothing. nullable reports that the pattern
// or the repeated item the code belongs to can end without a character
// consumed; ok is false when the analysis gives up (the table is then
// meaningless).
func firstOfSeq(code []uint32, pc int, t *[256]bool, depth int) (nullable, ok bool) {
	if depth > firstDepth {
		return false, false
	}
	for pc < len(code) {
		switch op := code[pc]; op {
		case opMark, opAt:
			// Zero width: the match starts with what follows.
			pc += 2
		case opInfo, opJump, opAssert, opAssertNot:
			// INFO is skipped, a JUMP ends an alternative and goes on
			// after its branch; an assertion is zero width, so what
			// follows it starts the match.
			pc += 1 + int(code[pc+1])
		case opAny, opAnyAll, opLiteral, opNotLiteral, opLiteralIgnore,
			opNotLiteralIgnore, opLiteralUniIgnore, opNotLiteralUniIgnore,
			opCategory, opIn, opInIgnore, opInUniIgnore:
			addOne(code, pc, t)
			return false, true
		case opBranch:
			// <BRANCH> <skip> alternative <JUMP> ... <0>: a match starts
			// as one of the alternatives (and what follows them) does.
			nullable := false
			for p := pc + 1; code[p] != 0; p += int(code[p]) {
				n, ok := firstOfSeq(code, p+1, t, depth+1)
				if !ok {
					return false, false
				}
				nullable = nullable || n
			}
			return nullable, true
		case opRepeat:
			// <REPEAT> <skip> <min> <max> item <UNTIL> tail
			n, ok := firstOfSeq(code, pc+4, t, depth+1)
			if !ok {
				return false, false
			}
			if code[pc+2] > 0 && !n {
				return false, true
			}
			// The repeat may match nothing: the tail may start the match.
			pc += 1 + int(code[pc+1]) + 1
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
			switch code[pc+4] {
			case opAny, opAnyAll, opLiteral, opNotLiteral, opLiteralIgnore,
				opNotLiteralIgnore, opLiteralUniIgnore, opNotLiteralUniIgnore,
				opCategory, opIn, opInIgnore, opInUniIgnore:
				addOne(code, pc+4, t)
			default:
				return false, false
			}
			if code[pc+2] > 0 {
				return false, true
			}
			pc += 1 + int(code[pc+1])
		case opSuccess, opMaxUntil, opMinUntil:
			// The end of the pattern or of a repeated item, reached
			// without a character consumed.
			return true, true
		default:
			// Back references, conditionals, atomic groups, possessive
			// repeats of groups, locale-dependent items: give up.
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
