package sre

// The matching loop, a transcription of SRE(match) in CPython's
// Modules/_sre/sre_lib.h. Where the C code recurses through DO_JUMP, this
// pushes a frame and jumps to entrance; returning pops the frame and
// resumes the parent at the label its jump kind names.

const (
	jumpNone uint8 = iota
	jumpMaxUntil1
	jumpMaxUntil2
	jumpMaxUntil3
	jumpMinUntil1
	jumpMinUntil2
	jumpMinUntil3
	jumpRepeat
	jumpRepeatOne1
	jumpRepeatOne2
	jumpMinRepeatOne
	jumpBranch
	jumpAssert
	jumpAssertNot
	jumpPossRepeat1
	jumpPossRepeat2
	jumpAtomicGroup
)

type char interface{ byte | rune }

type matcher[C char] struct {
	*State
	s []C
}

func (m *matcher[C]) at(ptr int, at uint32) bool {
	s := m.s
	end := m.End
	switch at {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || s[ptr-1] == '\n'
	case atEnd:
		return (end-ptr == 1 && s[ptr] == '\n') || ptr == end
	case atEndLine:
		return ptr == end || (ptr < len(s) && s[ptr] == '\n')
	case atEndString:
		return ptr == end
	case atBoundary, atNonBoundary, atLocBoundary, atLocNonBoundary, atUniBoundary, atUniNonBoundary:
		if end == 0 {
			return false
		}
		word := isWord
		switch at {
		case atLocBoundary, atLocNonBoundary:
			word = isLocWord
		case atUniBoundary, atUniNonBoundary:
			word = isUniWord
		}
		that := ptr > 0 && word(uint32(s[ptr-1]))
		this := ptr < end && word(uint32(s[ptr]))
		if at == atBoundary || at == atLocBoundary || at == atUniBoundary {
			return this != that
		}
		return this == that
	}
	return false
}

// one reports whether the single-character item at code[pc] matches s[ptr]
// (ptr < End), for the items REPEAT_ONE and its kin repeat.
func (m *matcher[C]) one(pc int, ptr int) bool {
	return oneChar(m.code, pc, uint32(m.s[ptr]))
}

// oneChar reports whether the single-character item at code[pc] matches
// ch.
func oneChar(code []uint32, pc int, ch uint32) bool {
	switch code[pc] {
	case opAny:
		return ch != '\n'
	case opAnyAll:
		return true
	case opLiteral:
		return ch == code[pc+1]
	case opNotLiteral:
		return ch != code[pc+1]
	case opLiteralIgnore:
		return LowerASCII(ch) == code[pc+1]
	case opNotLiteralIgnore:
		return LowerASCII(ch) != code[pc+1]
	case opLiteralUniIgnore:
		return LowerUnicode(ch) == code[pc+1]
	case opNotLiteralUniIgnore:
		return LowerUnicode(ch) != code[pc+1]
	case opLiteralLocIgnore:
		return charLocIgnore(code[pc+1], ch)
	case opNotLiteralLocIgnore:
		return !charLocIgnore(code[pc+1], ch)
	case opCategory:
		return category(code[pc+1], ch)
	case opIn:
		return inCharset(code, pc+2, ch)
	case opInIgnore:
		return inCharset(code, pc+2, LowerASCII(ch))
	case opInUniIgnore:
		return inCharset(code, pc+2, LowerUnicode(ch))
	case opInLocIgnore:
		return inCharsetLocIgnore(code, pc+2, ch)
	}
	panic(invalidCode{})
}

type invalidCode struct{}

func (invalidCode) Error() string { return "invalid code" }
func (invalidCode) RuntimeError() {}

// count returns how many times (at most maxcount) the single-character item
// at code[pc] repeats from ptr (SRE(count)).
func (m *matcher[C]) count(pc int, ptr int, maxcount uint32) int {
	s := m.s
	end := m.End
	if maxcount != MaxRepeat && int64(maxcount) < int64(end-ptr) {
		end = ptr + int(maxcount)
	}
	start := ptr
	code := m.code
	switch code[pc] {
	case opIn:
		for ptr < end && inCharset(code, pc+2, uint32(s[ptr])) {
			ptr++
		}
	case opAny:
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case opAnyAll:
		ptr = end
	case opLiteral:
		chr := code[pc+1]
		for ptr < end && uint32(s[ptr]) == chr {
			ptr++
		}
	case opNotLiteral:
		chr := code[pc+1]
		for ptr < end && uint32(s[ptr]) != chr {
			ptr++
		}
	default:
		for ptr < end && m.one(pc, ptr) {
			ptr++
		}
	}
	return ptr - start
}

// newRepeat returns the context of a REPEAT at pc, reusing one freed by
// an earlier REPEAT: a search that tries a repeat at every position makes
// one context per try.
func (m *matcher[C]) newRepeat(pc int) *repeat {
	var r *repeat
	if n := len(m.spareReps); n > 0 {
		r = m.spareReps[n-1]
		m.spareReps = m.spareReps[:n-1]
	} else {
		r = new(repeat)
	}
	*r = repeat{count: -1, pc: pc, lastPtr: -1, prev: m.repeat}
	return r
}

// freeRepeat keeps a context no frame refers to any more for newRepeat.
func (m *matcher[C]) freeRepeat(r *repeat) {
	r.prev = nil
	m.spareReps = append(m.spareReps, r)
}

func (m *matcher[C]) pushFrame(parent *frame, jump uint8, pc int, toplevel bool) error {
	if m.MaxDepth > 0 && len(m.frames) >= m.MaxDepth {
		return ErrRecursionLimit
	}
	m.addFrame(pc, jump, toplevel)
	return nil
}

// addFrame pushes a frame for the code at pc, written in place in the
// frame stack. Appending a frame value instead builds it on the goroutine
// stack with narrow stores and copies it with wide loads just after,
// which the processor cannot forward: that copy cost more than the rest
// of a push (regex_v8 runs 15% faster without it).
func (m *matcher[C]) addFrame(pc int, jump uint8, toplevel bool) {
	n := len(m.frames)
	if n == cap(m.frames) {
		m.growFrames()
	}
	m.frames = m.frames[:n+1]
	m.frames[n] = frame{pc: pc, jump: jump, toplevel: toplevel}
}

// growFrames makes room for more frames.
func (m *matcher[C]) growFrames() {
	m.frames = append(m.frames, frame{})[:len(m.frames)]
}

// match runs the code from pc with the subject position in m.Ptr.
func (m *matcher[C]) match(pc0 int, toplevel bool) (bool, error) {
	code := m.code
	s := m.s
	end := m.End
	base := len(m.frames)
	m.addFrame(pc0, jumpNone, toplevel)
	var (
		ret  bool
		ci   = base
		c    *frame
		pc   int
		ptr  int
		jump uint8
	)

entrance:
	c = &m.frames[ci]
	pc = c.pc
	ptr = m.Ptr
	if code[pc] == opInfo {
		if code[pc+3] != 0 && uint(end-ptr) < uint(code[pc+3]) {
			goto failure
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	for {
		m.steps++
		if m.steps%PollInterval == 0 {
			if err := m.poll(); err != nil {
				return false, err
			}
		}
		op := code[pc]
		pc++
		switch op {
		case opMark:
			i := int(code[pc])
			if i&1 != 0 {
				m.LastIndex = i/2 + 1
			}
			if i > m.LastMark {
				for j := m.LastMark + 1; j < i; j++ {
					m.Marks[j] = -1
				}
				m.LastMark = i
			}
			m.Marks[i] = ptr
			pc++

		case opLiteral:
			if ptr >= end || uint32(s[ptr]) != code[pc] {
				goto failure
			}
			pc++
			ptr++

		case opNotLiteral:
			if ptr >= end || uint32(s[ptr]) == code[pc] {
				goto failure
			}
			pc++
			ptr++

		case opSuccess:
			if c.toplevel && ((m.MatchAll && ptr != m.End) || (m.MustAdvance && ptr == m.Start)) {
				goto failure
			}
			m.Ptr = ptr
			goto success

		case opAt:
			if !m.at(ptr, code[pc]) {
				goto failure
			}
			pc++

		case opCategory:
			if ptr >= end || !category(code[pc], uint32(s[ptr])) {
				goto failure
			}
			pc++
			ptr++

		case opAny:
			if ptr >= end || s[ptr] == '\n' {
				goto failure
			}
			ptr++

		case opAnyAll:
			if ptr >= end {
				goto failure
			}
			ptr++

		case opIn:
			if ptr >= end || !inCharset(code, pc+1, uint32(s[ptr])) {
				goto failure
			}
			pc += int(code[pc])
			ptr++

		case opLiteralIgnore:
			if ptr >= end || LowerASCII(uint32(s[ptr])) != code[pc] {
				goto failure
			}
			pc++
			ptr++

		case opLiteralUniIgnore:
			if ptr >= end || LowerUnicode(uint32(s[ptr])) != code[pc] {
				goto failure
			}
			pc++
			ptr++

		case opLiteralLocIgnore:
			if ptr >= end || !charLocIgnore(code[pc], uint32(s[ptr])) {
				goto failure
			}
			pc++
			ptr++

		case opNotLiteralIgnore:
			if ptr >= end || LowerASCII(uint32(s[ptr])) == code[pc] {
				goto failure
			}
			pc++
			ptr++

		case opNotLiteralUniIgnore:
			if ptr >= end || LowerUnicode(uint32(s[ptr])) == code[pc] {
				goto failure
			}
			pc++
			ptr++

		case opNotLiteralLocIgnore:
			if ptr >= end || charLocIgnore(code[pc], uint32(s[ptr])) {
				goto failure
			}
			pc++
			ptr++

		case opInIgnore:
			if ptr >= end || !inCharset(code, pc+1, LowerASCII(uint32(s[ptr]))) {
				goto failure
			}
			pc += int(code[pc])
			ptr++

		case opInUniIgnore:
			if ptr >= end || !inCharset(code, pc+1, LowerUnicode(uint32(s[ptr]))) {
				goto failure
			}
			pc += int(code[pc])
			ptr++

		case opInLocIgnore:
			if ptr >= end || !inCharsetLocIgnore(code, pc+1, uint32(s[ptr])) {
				goto failure
			}
			pc += int(code[pc])
			ptr++

		case opJump, opInfo:
			pc += int(code[pc])

		case opBranch:
			// <BRANCH> <0=skip> code <JUMP> ... <NULL>
			c.lastmark, c.lastindex = m.LastMark, m.LastIndex
			if m.repeat != nil {
				m.markPush(c.lastmark)
			}
			goto branchTry

		case opRepeatOne:
			// <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
			if int64(code[pc+1]) > int64(end-ptr) {
				goto failure
			}
			m.Ptr = ptr
			c.count = m.count(pc+3, ptr, code[pc+2])
			ptr += c.count
			if c.count < int(code[pc+1]) {
				goto failure
			}
			if code[pc+int(code[pc])] == opSuccess && ptr == m.End &&
				!(c.toplevel && m.MustAdvance && ptr == m.Start) {
				m.Ptr = ptr
				goto success
			}
			c.lastmark, c.lastindex = m.LastMark, m.LastIndex
			if m.repeat != nil {
				m.markPush(c.lastmark)
			}
			if code[pc+int(code[pc])] == opLiteral {
				c.chr = code[pc+int(code[pc])+1]
				goto repeatOneLiteral
			}
			goto repeatOneGeneral

		case opMinRepeatOne:
			// <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
			if int64(code[pc+1]) > int64(end-ptr) {
				goto failure
			}
			m.Ptr = ptr
			if code[pc+1] == 0 {
				c.count = 0
			} else {
				n := m.count(pc+3, ptr, code[pc+1])
				if n < int(code[pc+1]) {
					goto failure
				}
				c.count = n
				ptr += n
			}
			if code[pc+int(code[pc])] == opSuccess &&
				!(c.toplevel && ((m.MatchAll && ptr != m.End) || (m.MustAdvance && ptr == m.Start))) {
				m.Ptr = ptr
				goto success
			}
			c.lastmark, c.lastindex = m.LastMark, m.LastIndex
			if m.repeat != nil {
				m.markPush(c.lastmark)
			}
			goto minRepeatOneTry

		case opPossessiveRepeatOne:
			if int64(code[pc+1]) > int64(end-ptr) {
				goto failure
			}
			m.Ptr = ptr
			c.count = m.count(pc+3, ptr, code[pc+2])
			ptr += c.count
			if c.count < int(code[pc+1]) {
				goto failure
			}
			pc += int(code[pc])
			if code[pc] == opSuccess && ptr == m.End &&
				!(c.toplevel && m.MustAdvance && ptr == m.Start) {
				m.Ptr = ptr
				goto success
			}

		case opRepeat:
			// <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
			c.rep = m.newRepeat(pc)
			m.repeat = c.rep
			m.Ptr = ptr
			c.pc, c.ptr = pc, ptr
			if err := m.pushFrame(c, jumpRepeat, pc+int(code[pc]), c.toplevel); err != nil {
				return false, err
			}
			ci = len(m.frames) - 1
			goto entrance

		case opMaxUntil:
			c.rep = m.repeat
			if c.rep == nil {
				return false, ErrInvalidCode
			}
			m.Ptr = ptr
			c.count = c.rep.count + 1
			if c.count < int(code[c.rep.pc+1]) {
				c.rep.count = c.count
				c.pc, c.ptr = pc, ptr
				if err := m.pushFrame(c, jumpMaxUntil1, c.rep.pc+3, c.toplevel); err != nil {
					return false, err
				}
				ci = len(m.frames) - 1
				goto entrance
			}
			if (c.count < int(code[c.rep.pc+2]) || code[c.rep.pc+2] == MaxRepeat) && m.Ptr != c.rep.lastPtr {
				c.rep.count = c.count
				c.lastmark, c.lastindex = m.LastMark, m.LastIndex
				m.markPush(c.lastmark)
				m.data = append(m.data, c.rep.lastPtr)
				c.rep.lastPtr = m.Ptr
				c.pc, c.ptr = pc, ptr
				if err := m.pushFrame(c, jumpMaxUntil2, c.rep.pc+3, c.toplevel); err != nil {
					return false, err
				}
				ci = len(m.frames) - 1
				goto entrance
			}
			goto maxUntilTail

		case opMinUntil:
			c.rep = m.repeat
			if c.rep == nil {
				return false, ErrInvalidCode
			}
			m.Ptr = ptr
			c.count = c.rep.count + 1
			if c.count < int(code[c.rep.pc+1]) {
				c.rep.count = c.count
				c.pc, c.ptr = pc, ptr
				if err := m.pushFrame(c, jumpMinUntil1, c.rep.pc+3, c.toplevel); err != nil {
					return false, err
				}
				ci = len(m.frames) - 1
				goto entrance
			}
			m.repeat = c.rep.prev
			c.lastmark, c.lastindex = m.LastMark, m.LastIndex
			if m.repeat != nil {
				m.markPush(c.lastmark)
			}
			c.pc, c.ptr = pc, ptr
			if err := m.pushFrame(c, jumpMinUntil2, pc, c.toplevel); err != nil {
				return false, err
			}
			ci = len(m.frames) - 1
			goto entrance

		case opPossessiveRepeat:
			// <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
			m.Ptr = ptr
			c.count = 0
			goto possMin

		case opAtomicGroup:
			// <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
			m.Ptr = ptr
			c.pc, c.ptr = pc, ptr
			if err := m.pushFrame(c, jumpAtomicGroup, pc+1, false); err != nil {
				return false, err
			}
			ci = len(m.frames) - 1
			goto entrance

		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			g := int(code[pc]) * 2
			if g >= m.LastMark {
				goto failure
			}
			p, e := m.Marks[g], m.Marks[g+1]
			if p < 0 || e < 0 || e < p {
				goto failure
			}
			for ; p < e; p++ {
				if ptr >= end {
					goto failure
				}
				a, b := uint32(s[ptr]), uint32(s[p])
				switch op {
				case opGrouprefIgnore:
					a, b = LowerASCII(a), LowerASCII(b)
				case opGrouprefUniIgnore:
					a, b = LowerUnicode(a), LowerUnicode(b)
				case opGrouprefLocIgnore:
					a, b = lowerLocale(a), lowerLocale(b)
				}
				if a != b {
					goto failure
				}
				ptr++
			}
			pc++

		case opGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
			g := int(code[pc]) * 2
			if g >= m.LastMark {
				pc += int(code[pc+1])
				continue
			}
			if p, e := m.Marks[g], m.Marks[g+1]; p < 0 || e < 0 || e < p {
				pc += int(code[pc+1])
				continue
			}
			pc += 2

		case opAssert:
			// <ASSERT> <skip> <back> <pattern>
			if int64(ptr) < int64(code[pc+1]) {
				goto failure
			}
			m.Ptr = ptr - int(code[pc+1])
			c.pc, c.ptr = pc, ptr
			if err := m.pushFrame(c, jumpAssert, pc+2, false); err != nil {
				return false, err
			}
			ci = len(m.frames) - 1
			goto entrance

		case opAssertNot:
			if int64(ptr) >= int64(code[pc+1]) {
				m.Ptr = ptr - int(code[pc+1])
				c.lastmark, c.lastindex = m.LastMark, m.LastIndex
				if m.repeat != nil {
					m.markPush(c.lastmark)
				}
				c.pc, c.ptr = pc, ptr
				if err := m.pushFrame(c, jumpAssertNot, pc+2, false); err != nil {
					return false, err
				}
				ci = len(m.frames) - 1
				goto entrance
			}
			pc += int(code[pc])

		case opFailure:
			goto failure

		default:
			return false, ErrInvalidCode
		}
	}

branchTry:
	// c.pc is unused here: pc points at the skip word of the alternative.
	for ; code[pc] != 0; pc += int(code[pc]) {
		if code[pc+1] == opLiteral && (ptr >= end || uint32(s[ptr]) != code[pc+2]) {
			continue
		}
		if code[pc+1] == opIn && (ptr >= end || !inCharset(code, pc+3, uint32(s[ptr]))) {
			continue
		}
		m.Ptr = ptr
		c.pc, c.ptr = pc, ptr
		if err := m.pushFrame(c, jumpBranch, pc+1, c.toplevel); err != nil {
			return false, err
		}
		ci = len(m.frames) - 1
		goto entrance
	}
	if m.repeat != nil {
		m.markPopDiscard(c.lastmark)
	}
	goto failure

resumeBranch:
	if ret {
		if m.repeat != nil {
			m.markPopDiscard(c.lastmark)
		}
		goto success
	}
	if m.repeat != nil {
		m.markPopKeep(c.lastmark)
	}
	m.LastMark, m.LastIndex = c.lastmark, c.lastindex
	pc += int(code[pc])
	goto branchTry

repeatOneLiteral:
	// pc is at REPEAT_ONE's skip word; c.count items matched.
	for {
		for c.count >= int(code[pc+1]) && (ptr >= end || uint32(s[ptr]) != c.chr) {
			ptr--
			c.count--
		}
		if c.count < int(code[pc+1]) {
			break
		}
		m.Ptr = ptr
		c.pc, c.ptr = pc, ptr
		if err := m.pushFrame(c, jumpRepeatOne1, pc+int(code[pc]), c.toplevel); err != nil {
			return false, err
		}
		ci = len(m.frames) - 1
		goto entrance
	}
	if m.repeat != nil {
		m.markPopDiscard(c.lastmark)
	}
	goto failure

resumeRepeatOne1:
	if ret {
		if m.repeat != nil {
			m.markPopDiscard(c.lastmark)
		}
		goto success
	}
	if m.repeat != nil {
		m.markPopKeep(c.lastmark)
	}
	m.LastMark, m.LastIndex = c.lastmark, c.lastindex
	ptr--
	c.count--
	goto repeatOneLiteral

repeatOneGeneral:
	if c.count >= int(code[pc+1]) {
		m.Ptr = ptr
		c.pc, c.ptr = pc, ptr
		if err := m.pushFrame(c, jumpRepeatOne2, pc+int(code[pc]), c.toplevel); err != nil {
			return false, err
		}
		ci = len(m.frames) - 1
		goto entrance
	}
	if m.repeat != nil {
		m.markPopDiscard(c.lastmark)
	}
	goto failure

resumeRepeatOne2:
	if ret {
		if m.repeat != nil {
			m.markPopDiscard(c.lastmark)
		}
		goto success
	}
	if m.repeat != nil {
		m.markPopKeep(c.lastmark)
	}
	m.LastMark, m.LastIndex = c.lastmark, c.lastindex
	ptr--
	c.count--
	goto repeatOneGeneral

minRepeatOneTry:
	if code[pc+2] == MaxRepeat || c.count <= int(code[pc+2]) {
		m.Ptr = ptr
		c.pc, c.ptr = pc, ptr
		if err := m.pushFrame(c, jumpMinRepeatOne, pc+int(code[pc]), c.toplevel); err != nil {
			return false, err
		}
		ci = len(m.frames) - 1
		goto entrance
	}
	if m.repeat != nil {
		m.markPopDiscard(c.lastmark)
	}
	goto failure

resumeMinRepeatOne:
	if ret {
		if m.repeat != nil {
			m.markPopDiscard(c.lastmark)
		}
		goto success
	}
	if m.repeat != nil {
		m.markPopKeep(c.lastmark)
	}
	m.LastMark, m.LastIndex = c.lastmark, c.lastindex
	m.Ptr = ptr
	if ptr >= end || !m.one(pc+3, ptr) {
		if m.repeat != nil {
			m.markPopDiscard(c.lastmark)
		}
		goto failure
	}
	ptr++
	c.count++
	goto minRepeatOneTry

resumeRepeat:
	// The repeat context is dead once the frame that installed it is
	// resumed (CPython frees it here): no frame above remains.
	m.repeat = c.rep.prev
	m.freeRepeat(c.rep)
	c.rep = nil
	if ret {
		goto success
	}
	goto failure

resumeMaxUntil1:
	if ret {
		goto success
	}
	c.rep.count = c.count - 1
	m.Ptr = ptr
	goto failure

resumeMaxUntil2:
	c.rep.lastPtr = m.data[len(m.data)-1]
	m.data = m.data[:len(m.data)-1]
	if ret {
		m.markPopDiscard(c.lastmark)
		goto success
	}
	m.markPop(c.lastmark)
	m.LastMark, m.LastIndex = c.lastmark, c.lastindex
	c.rep.count = c.count - 1
	m.Ptr = ptr
	goto maxUntilTail

maxUntilTail:
	// cannot match more repeated items here; make sure the tail matches
	m.repeat = c.rep.prev
	c.pc, c.ptr = pc, ptr
	if err := m.pushFrame(c, jumpMaxUntil3, pc, c.toplevel); err != nil {
		return false, err
	}
	ci = len(m.frames) - 1
	goto entrance

resumeMaxUntil3:
	m.repeat = c.rep
	if ret {
		goto success
	}
	m.Ptr = ptr
	goto failure

resumeMinUntil1:
	if ret {
		goto success
	}
	c.rep.count = c.count - 1
	m.Ptr = ptr
	goto failure

resumeMinUntil2:
	{
		tailRepeat := m.repeat
		m.repeat = c.rep
		if ret {
			if tailRepeat != nil {
				m.markPopDiscard(c.lastmark)
			}
			goto success
		}
		if tailRepeat != nil {
			m.markPop(c.lastmark)
		}
	}
	m.LastMark, m.LastIndex = c.lastmark, c.lastindex
	m.Ptr = ptr
	if (c.count >= int(code[c.rep.pc+2]) && code[c.rep.pc+2] != MaxRepeat) || m.Ptr == c.rep.lastPtr {
		goto failure
	}
	c.rep.count = c.count
	m.data = append(m.data, c.rep.lastPtr)
	c.rep.lastPtr = m.Ptr
	c.pc, c.ptr = pc, ptr
	if err := m.pushFrame(c, jumpMinUntil3, c.rep.pc+3, c.toplevel); err != nil {
		return false, err
	}
	ci = len(m.frames) - 1
	goto entrance

resumeMinUntil3:
	c.rep.lastPtr = m.data[len(m.data)-1]
	m.data = m.data[:len(m.data)-1]
	if ret {
		goto success
	}
	c.rep.count = c.count - 1
	m.Ptr = ptr
	goto failure

possMin:
	// pc is at POSSESSIVE_REPEAT's skip word.
	if c.count < int(code[pc+1]) {
		c.pc, c.ptr = pc, ptr
		if err := m.pushFrame(c, jumpPossRepeat1, pc+3, false); err != nil {
			return false, err
		}
		ci = len(m.frames) - 1
		goto entrance
	}
	c.ptr = -1
	goto possMore

resumePossRepeat1:
	if ret {
		c.count++
		goto possMin
	}
	m.Ptr = ptr
	goto failure

possMore:
	// c.ptr holds the position before the last iteration (-1 at first).
	if (c.count < int(code[pc+2]) || code[pc+2] == MaxRepeat) && m.Ptr != c.ptr {
		c.lastmark, c.lastindex = m.LastMark, m.LastIndex
		m.markPush(c.lastmark)
		c.ptr = m.Ptr
		c.pc = pc
		if err := m.pushFrame(c, jumpPossRepeat2, pc+3, false); err != nil {
			return false, err
		}
		ci = len(m.frames) - 1
		goto entrance
	}
	goto possTail

resumePossRepeat2:
	if ret {
		m.markPopDiscard(c.lastmark)
		c.count++
		goto possMore
	}
	m.markPop(c.lastmark)
	m.LastMark, m.LastIndex = c.lastmark, c.lastindex
	m.Ptr = c.ptr
	goto possTail

possTail:
	pc += int(code[pc]) + 1
	ptr = m.Ptr
	goto dispatchAgain

resumeAtomicGroup:
	if !ret {
		m.Ptr = ptr
		goto failure
	}
	pc += int(code[pc])
	ptr = m.Ptr
	goto dispatchAgain

resumeAssert:
	if !ret {
		goto failure
	}
	pc += int(code[pc])
	goto dispatchAgain

resumeAssertNot:
	if ret {
		if m.repeat != nil {
			m.markPopDiscard(c.lastmark)
		}
		goto failure
	}
	if m.repeat != nil {
		m.markPop(c.lastmark)
	}
	m.LastMark, m.LastIndex = c.lastmark, c.lastindex
	pc += int(code[pc])
	goto dispatchAgain

dispatchAgain:
	// Continue the dispatch loop of frame c at pc and ptr.
	goto dispatch

success:
	ret = true
	goto exit

failure:
	ret = false
	goto exit

exit:
	jump = c.jump
	m.frames = m.frames[:ci]
	if ci == base {
		return ret, nil
	}
	ci--
	c = &m.frames[ci]
	pc = c.pc
	ptr = c.ptr
	switch jump {
	case jumpBranch:
		goto resumeBranch
	case jumpRepeatOne1:
		goto resumeRepeatOne1
	case jumpRepeatOne2:
		goto resumeRepeatOne2
	case jumpMinRepeatOne:
		goto resumeMinRepeatOne
	case jumpRepeat:
		goto resumeRepeat
	case jumpMaxUntil1:
		goto resumeMaxUntil1
	case jumpMaxUntil2:
		goto resumeMaxUntil2
	case jumpMaxUntil3:
		goto resumeMaxUntil3
	case jumpMinUntil1:
		goto resumeMinUntil1
	case jumpMinUntil2:
		goto resumeMinUntil2
	case jumpMinUntil3:
		goto resumeMinUntil3
	case jumpPossRepeat1:
		goto resumePossRepeat1
	case jumpPossRepeat2:
		goto resumePossRepeat2
	case jumpAtomicGroup:
		goto resumeAtomicGroup
	case jumpAssert:
		goto resumeAssert
	case jumpAssertNot:
		goto resumeAssertNot
	}
	return false, ErrInvalidCode
}
