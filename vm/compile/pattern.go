package compile

// The match statement, compiled as CPython 3.11's compiler does: the
// subject stays on the stack while a case's pattern runs; a pattern leaves
// the values it captures on the stack and they are stored once the whole
// pattern has matched. A failing check jumps to one of a chain of POP_TOP
// blocks (failPop) that drops what the pattern pushed so far.

import (
	"math/big"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/syntax"
)

// patternContext is the state of one case's pattern being compiled.
type patternContext struct {
	// stores are the names captured so far, in the order their values
	// sit on the stack (the first deepest).
	stores []string
	// allowIrrefutable is whether an irrefutable pattern may appear here.
	allowIrrefutable bool
	// failPop[n] pops n items and then falls into failPop[n-1];
	// failPop[0] is where a failed match ends up.
	failPop []label
	// onTop is how many items above the captured values must stay on the
	// stack while the current sub-pattern runs.
	onTop int
}

// isWildcard reports whether p is `_`.
func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

// isStarWildcard reports whether p is `*_`.
func isStarWildcard(p syntax.Pattern) bool {
	s, ok := p.(*syntax.MatchStar)
	return ok && s.Name == ""
}

// matchStmt compiles a match statement.
func (c *compiler) matchStmt(s *syntax.Match) {
	u := c.u
	c.expr(s.Subject)
	end := u.newLabel()
	cases := len(s.Cases)
	last := s.Cases[cases-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && cases > 1 {
		hasDefault = 1
	}
	for i, m := range s.Cases[:cases-hasDefault] {
		u.setPos(m.Pattern.Pos())
		notLast := i != cases-hasDefault-1
		if notLast {
			u.emit(code.COPY, 1)
		}
		pc := &patternContext{allowIrrefutable: m.Guard != nil || i == cases-1}
		c.pattern(m.Pattern, pc)
		for _, name := range pc.stores {
			c.storeName(name, m.Pattern.Pos())
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, false, pc.failPop[0])
		}
		if notLast {
			u.emit(code.POP_TOP, 0)
		}
		c.stmts(m.Body)
		u.emitJump(code.JUMP_FORWARD, end)
		u.setPos(m.Pattern.Pos())
		c.emitFailPop(pc)
	}
	if hasDefault == 1 {
		u.setPos(last.Pattern.Pos())
		u.emit(code.NOP, 0)
		if last.Guard != nil {
			c.jumpIf(last.Guard, false, end)
		}
		c.stmts(last.Body)
	}
	u.bind(end)
}

// patternError reports a SyntaxError at the pattern compiled last, where
// CPython's compiler reports it.
func (c *compiler) patternError(msg string) {
	p := c.u.pos
	c.errorAt(syntax.Span{Start: syntax.Pos{Line: p.Line, Col: p.Col}, End: syntax.Pos{Line: p.EndLine, Col: p.EndCol}}, msg)
}

// ensureFailPop makes failPop long enough to pop n items.
func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.u.newLabel())
	}
}

// jumpToFailPop emits op to the failPop block that pops what is on the
// stack: the items on top and the captured values.
func (c *compiler) jumpToFailPop(pc *patternContext, op code.Opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.u.emitJump(op, pc.failPop[pops])
}

// emitFailPop emits the failPop blocks and resets them.
func (c *compiler) emitFailPop(pc *patternContext) {
	u := c.u
	if len(pc.failPop) == 0 {
		return
	}
	for n := len(pc.failPop) - 1; n > 0; n-- {
		u.bind(pc.failPop[n])
		u.emit(code.POP_TOP, 0)
	}
	u.bind(pc.failPop[0])
	pc.failPop = nil
}

// rotate moves the top of the stack count-1 items down.
func (c *compiler) rotate(count int) {
	for ; count > 1; count-- {
		c.u.emit(code.SWAP, count)
	}
}

// storeCapture records that the value on top of the stack is to be stored
// in name (nil name: the value is dropped) and moves it below the items
// still needed.
func (c *compiler) storeCapture(name string, pc *patternContext) {
	if name == "" {
		c.u.emit(code.POP_TOP, 0)
		return
	}
	if name == "__debug__" {
		c.patternError("cannot assign to __debug__")
	}
	for _, s := range pc.stores {
		if s == name {
			c.patternError("multiple assignments to name '" + name + "' in pattern")
		}
	}
	c.rotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, name)
}

// pattern compiles p against the subject on top of the stack, which it
// consumes.
func (c *compiler) pattern(p syntax.Pattern, pc *patternContext) {
	c.enter(p.Pos())
	defer c.leave()
	c.u.setPos(p.Pos())
	switch p := p.(type) {
	case *syntax.MatchValue:
		c.patternValue(p, pc)
	case *syntax.MatchSingleton:
		c.u.loadConst(p.Value)
		c.u.emit(code.IS_OP, 0)
		c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	case *syntax.MatchSequence:
		c.patternSequence(p, pc)
	case *syntax.MatchMapping:
		c.patternMapping(p, pc)
	case *syntax.MatchClass:
		c.patternClass(p, pc)
	case *syntax.MatchStar:
		c.storeCapture(p.Name, pc)
	case *syntax.MatchAs:
		c.patternAs(p, pc)
	case *syntax.MatchOr:
		c.patternOr(p, pc)
	}
}

// patternExpr compiles an expression of a pattern; the instructions that
// follow keep the pattern's position.
func (c *compiler) patternExpr(e syntax.Expr) {
	pos := c.u.pos
	c.expr(e)
	c.u.pos = pos
}

// subpattern compiles p where irrefutable patterns are allowed.
func (c *compiler) subpattern(p syntax.Pattern, pc *patternContext) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

// isValueExpr reports whether e may be a value pattern or a mapping key:
// a literal (after folding `-1` and `1+2j`) or a dotted name.
func isValueExpr(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Constant, *syntax.Attribute:
		return true
	case *syntax.UnaryOp:
		_, ok := e.Operand.(*syntax.Constant)
		return ok
	case *syntax.BinOp:
		_, ok := e.Right.(*syntax.Constant)
		return ok
	}
	return false
}

func (c *compiler) patternValue(p *syntax.MatchValue, pc *patternContext) {
	if !isValueExpr(p.Value) {
		c.patternError("patterns may only match literals and attribute lookups")
	}
	c.patternExpr(p.Value)
	c.u.emit(code.COMPARE_OP, code.CMP_EQ)
	c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
}

func (c *compiler) patternAs(p *syntax.MatchAs, pc *patternContext) {
	if p.Pattern == nil {
		if !pc.allowIrrefutable {
			if p.Name != "" {
				c.patternError("name capture '" + p.Name + "' makes remaining patterns unreachable")
			}
			c.patternError("wildcard makes remaining patterns unreachable")
		}
		c.storeCapture(p.Name, pc)
		return
	}
	// A copy to store once the sub-pattern matches.
	pc.onTop++
	c.u.emit(code.COPY, 1)
	c.pattern(p.Pattern, pc)
	pc.onTop--
	c.storeCapture(p.Name, pc)
}

func (c *compiler) patternSequence(p *syntax.MatchSequence, pc *patternContext) {
	u := c.u
	size := len(p.Patterns)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, sub := range p.Patterns {
		if _, ok := sub.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.patternError("multiple starred names in sequence pattern")
			}
			starWildcard = isStarWildcard(sub)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(sub)
	}
	// The subject stays on top for the type and length checks.
	pc.onTop++
	u.emit(code.MATCH_SEQUENCE, 0)
	c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	if star < 0 {
		u.emit(code.GET_LEN, 0)
		u.loadConst(int64(size))
		u.emit(code.COMPARE_OP, code.CMP_EQ)
		c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	} else if size > 1 {
		u.emit(code.GET_LEN, 0)
		u.loadConst(int64(size - 1))
		u.emit(code.COMPARE_OP, code.CMP_GE)
		c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		u.emit(code.POP_TOP, 0)
	case starWildcard:
		c.sequenceSubscr(p.Patterns, star, pc)
	default:
		c.sequenceUnpack(p.Patterns, star, pc)
	}
}

// sequenceUnpack unpacks the subject and matches each item.
func (c *compiler) sequenceUnpack(pats []syntax.Pattern, star int, pc *patternContext) {
	u := c.u
	n := len(pats)
	if star >= 0 {
		if star >= 1<<8 || n-star-1 >= 1<<15 {
			c.patternError("too many expressions in star-unpacking sequence pattern")
		}
		u.emit(code.UNPACK_EX, star|(n-star-1)<<8)
	} else {
		u.emit(code.UNPACK_SEQUENCE, n)
	}
	pc.onTop += n
	for _, sub := range pats {
		pc.onTop--
		c.subpattern(sub, pc)
	}
}

// sequenceSubscr matches the items of a sequence pattern with a `*_` by
// indexing, which needs no list of the items skipped.
func (c *compiler) sequenceSubscr(pats []syntax.Pattern, star int, pc *patternContext) {
	u := c.u
	size := len(pats)
	pc.onTop++
	for i, sub := range pats {
		if isWildcard(sub) || i == star {
			continue
		}
		u.emit(code.COPY, 1)
		if i < star {
			u.loadConst(int64(i))
		} else {
			// The subject may not take negative indexes.
			u.emit(code.GET_LEN, 0)
			u.loadConst(int64(size - i))
			u.emit(code.BINARY_OP, code.NB_SUBTRACT)
		}
		u.emit(code.BINARY_SUBSCR, 0)
		c.subpattern(sub, pc)
	}
	pc.onTop--
	u.emit(code.POP_TOP, 0)
}

// constKeyEqual reports whether two constant mapping keys are equal as
// dict keys: numbers compare by value, bools as 0 and 1.
func constKeyEqual(a, b any) bool {
	na, aNum := keyNumber(a)
	nb, bNum := keyNumber(b)
	if aNum || bNum {
		return aNum && bNum && na.Cmp(nb) == 0
	}
	return a == b
}

// keyNumber returns a numeric constant as an exact rational.
func keyNumber(v any) (*big.Rat, bool) {
	switch v := v.(type) {
	case bool:
		if v {
			return big.NewRat(1, 1), true
		}
		return new(big.Rat), true
	case int64:
		return new(big.Rat).SetInt64(v), true
	case *big.Int:
		return new(big.Rat).SetInt(v), true
	case float64:
		r := new(big.Rat)
		if r.SetFloat64(v) == nil {
			return nil, false
		}
		return r, true
	case complex128:
		if imag(v) == 0 {
			return keyNumber(real(v))
		}
	}
	return nil, false
}

// hasComplex reports whether a constant tuple holds a complex number.
func hasComplex(t code.Tuple) bool {
	for _, v := range t {
		if _, ok := v.(complex128); ok {
			return true
		}
	}
	return false
}

// keyRepr is the repr of a literal key; a complex one is imaginary
// (`0j`, `1.5j`), as the grammar writes it.
func keyRepr(v any) string {
	return code.ConstRepr(v)
}

// patternConst returns the value of a literal key, folded.
func patternConst(e syntax.Expr) (any, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		return constValue(e.Value), true
	case *syntax.UnaryOp:
		v, ok := foldUnary(e)
		return constValue(v), ok
	case *syntax.BinOp:
		// A complex literal, `1+2j` or `-0-0j`: the grammar allows only a
		// signed real number and an imaginary one.
		re, ok := patternConst(e.Left)
		right, isConst := e.Right.(*syntax.Constant)
		if !ok || !isConst || e.Op != syntax.PLUS && e.Op != syntax.MINUS {
			return nil, false
		}
		im, isImag := constValue(right.Value).(complex128)
		if !isImag {
			return nil, false
		}
		var x complex128
		switch r := re.(type) {
		case int64:
			x = complex(float64(r), 0)
		case float64:
			x = complex(r, 0)
		case *big.Int:
			f, _ := new(big.Float).SetInt(r).Float64()
			x = complex(f, 0)
		default:
			return nil, false
		}
		if e.Op == syntax.MINUS {
			return x - im, true
		}
		return x + im, true
	}
	return nil, false
}

func (c *compiler) patternMapping(p *syntax.MatchMapping, pc *patternContext) {
	u := c.u
	size := len(p.Keys)
	pc.onTop++
	u.emit(code.MATCH_MAPPING, 0)
	c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == "" {
		pc.onTop--
		u.emit(code.POP_TOP, 0)
		return
	}
	if size > 0 {
		u.emit(code.GET_LEN, 0)
		u.loadConst(int64(size))
		u.emit(code.COMPARE_OP, code.CMP_GE)
		c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	}
	var seen []any
	for _, key := range p.Keys {
		if v, ok := patternConst(key); ok {
			for _, s := range seen {
				if constKeyEqual(s, v) {
					c.patternError("mapping pattern checks duplicate key (" + keyRepr(v) + ")")
				}
			}
			seen = append(seen, v)
		} else if _, ok := key.(*syntax.Attribute); !ok {
			c.patternError("mapping pattern keys may only match literals and attribute lookups")
		}
	}
	if keys, ok := constTuple(p.Keys); ok && !hasComplex(keys) {
		u.loadConst(keys)
	} else {
		for _, key := range p.Keys {
			c.patternExpr(key)
		}
		u.emit(code.BUILD_TUPLE, size)
	}
	u.emit(code.MATCH_KEYS, 0)
	// A tuple of keys and a tuple of values are now above the subject.
	pc.onTop += 2
	u.emit(code.COPY, 1)
	c.jumpToFailPop(pc, code.POP_JUMP_IF_NONE)
	u.emit(code.UNPACK_SEQUENCE, size)
	pc.onTop += size - 1
	for _, sub := range p.Patterns {
		pc.onTop--
		c.subpattern(sub, pc)
	}
	// A match: what follows consumes the keys and the subject.
	pc.onTop -= 2
	if p.Rest == "" {
		u.emit(code.POP_TOP, 0) // the keys
		u.emit(code.POP_TOP, 0) // the subject
		return
	}
	// rest = dict(subject); del rest[k] for each key.
	u.emit(code.BUILD_MAP, 0)
	u.emit(code.SWAP, 3)
	u.emit(code.DICT_UPDATE, 2)
	u.emit(code.UNPACK_SEQUENCE, size)
	for n := size; n > 0; n-- {
		u.emit(code.COPY, 1+n)
		u.emit(code.SWAP, 2)
		u.emit(code.DELETE_SUBSCR, 0)
	}
	c.storeCapture(p.Rest, pc)
}

func (c *compiler) patternClass(p *syntax.MatchClass, pc *patternContext) {
	u := c.u
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	for i, attr := range p.KwdAttrs {
		u.setPos(p.KwdPatterns[i].Pos())
		if attr == "__debug__" {
			c.patternError("cannot assign to __debug__")
		}
		for j := i + 1; j < nattrs; j++ {
			if p.KwdAttrs[j] == attr {
				u.setPos(p.KwdPatterns[j].Pos())
				c.patternError("attribute name repeated in class pattern: " + attr)
			}
		}
	}
	if nattrs > 0 {
		u.setPos(p.Span)
	}
	c.patternExpr(p.Cls)
	names := make(code.Tuple, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = a
	}
	u.loadConst(names)
	u.emit(code.MATCH_CLASS, nargs)
	u.emit(code.COPY, 1)
	// A tuple of nargs+nattrs attributes (or None) replaces the subject.
	pc.onTop++
	c.jumpToFailPop(pc, code.POP_JUMP_IF_NONE)
	u.emit(code.UNPACK_SEQUENCE, nargs+nattrs)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var sub syntax.Pattern
		if i < nargs {
			sub = p.Patterns[i]
		} else {
			sub = p.KwdPatterns[i-nargs]
		}
		if isWildcard(sub) {
			u.emit(code.POP_TOP, 0)
			continue
		}
		c.subpattern(sub, pc)
	}
}

func (c *compiler) patternOr(p *syntax.MatchOr, pc *patternContext) {
	u := c.u
	end := u.newLabel()
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		u.setPos(alt.Pos())
		pc.stores = nil
		pc.allowIrrefutable = i == len(p.Patterns)-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		u.emit(code.COPY, 1)
		c.pattern(alt, pc)
		switch {
		case i == 0:
			control = pc.stores
		case len(pc.stores) != len(control):
			c.patternError("alternative patterns bind different names")
		default:
			c.reorderStores(control, pc)
		}
		u.emitJump(code.JUMP_FORWARD, end)
		c.emitFailPop(pc)
	}
	*pc = old
	// No alternative matched: pop the subject and fail.
	pos := u.pos
	u.setPos(p.Span)
	u.emit(code.POP_TOP, 0)
	c.jumpToFailPop(pc, code.JUMP_FORWARD)
	u.pos = pos
	u.bind(end)
	// Between the new captures and where they belong are: the subject's
	// copy, the items on top, and the captures made before this pattern.
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.rotate(nrots)
		for _, s := range pc.stores {
			if s == name {
				c.patternError("multiple assignments to name '" + name + "' in pattern")
			}
		}
		pc.stores = append(pc.stores, name)
	}
	u.emit(code.POP_TOP, 0) // the subject's copy
}

// reorderStores puts the values an alternative captured in the order of
// control, the first alternative's names, on the stack and in pc.stores.
func (c *compiler) reorderStores(control []string, pc *patternContext) {
	for icontrol := len(control) - 1; icontrol >= 0; icontrol-- {
		name := control[icontrol]
		istores := -1
		for j, s := range pc.stores {
			if s == name {
				istores = j
			}
		}
		if istores < 0 {
			c.patternError("alternative patterns bind different names")
		}
		if icontrol == istores {
			continue
		}
		rotations := istores + 1
		rotated := append([]string(nil), pc.stores[:rotations]...)
		rest := append([]string(nil), pc.stores[rotations:]...)
		at := icontrol - istores
		stores := append([]string(nil), rest[:at]...)
		stores = append(stores, rotated...)
		pc.stores = append(stores, rest[at:]...)
		for ; rotations > 0; rotations-- {
			c.rotate(icontrol + 1)
		}
	}
}
