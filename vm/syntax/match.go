package syntax

// The match statement (PEP 634). `match` and `case` are soft keywords: a
// statement is a match statement only when `match <subject>:` ends its
// line, as CPython's PEG grammar decides by trying match_stmt first.

// matchStmt parses a match statement at the `match` name. ok is false when
// the line is not one (`match = 1`, `match(x)`): the caller parses it as an
// ordinary statement.
func (p *parser) matchStmt() (s Stmt, ok bool) {
	start := p.tok()
	save, level, depth := p.i, p.level, p.depth
	subject, serr := p.trySubject()
	if subject == nil {
		p.i, p.level, p.depth = save, level, depth
		// One of CPython's invalid_ rules in the subject (tried first,
		// as match_stmt comes before the simple statements) is the
		// error if the line is no ordinary statement either.
		if serr != nil && serr.err != p.scanErr && serr.err.Msg != "invalid syntax" && !p.parses(p.simpleStmts) {
			panic(*serr)
		}
		return nil, false
	}
	switch {
	case p.isOp(COLON) && p.peekN(1).kind == NEWLINE:
	case p.isOp(NEWLINE):
		// `match x` alone: an ordinary statement if it is one, else
		// CPython reports the missing colon.
		nl := p.tok().span.Start
		p.i, p.level, p.depth = save, level, depth
		if !p.parses(p.simpleStmts) {
			p.syntaxError(Span{nl, nl}, "expected ':'")
		}
		return nil, false
	default:
		far := p.tok().span
		p.i, p.level, p.depth = save, level, depth
		p.notMatch(far)
		return nil, false
	}
	p.push(2) // compound_stmt, match_stmt
	defer p.pop(2)
	p.i += 2 // ':' NEWLINE
	if !p.isOp(INDENT) {
		p.lastTokenError("expected an indented block after 'match' statement on line "+itoa(int(start.span.Start.Line)), "IndentationError")
	}
	p.i++
	m := &Match{Subject: subject}
	for {
		if !p.isKw("case") {
			p.unexpected()
		}
		m.Cases = append(m.Cases, p.caseBlock())
		if p.acceptOp(DEDENT) || p.isOp(EOF) {
			break
		}
	}
	p.checkVersionBlock(10, "Pattern matching is")
	m.Span = Span{start.span.Start, p.prevEnd()}
	return m, true
}

// notMatch checks the statement at the `match` name, which is no match
// statement though a subject parsed, up to the token at far, as an
// ordinary one: if that fails with a plain "invalid syntax" before far,
// the error is at far, the furthest CPython's first pass read.
func (p *parser) notMatch(far Span) {
	save, level, depth := p.i, p.level, p.depth
	defer func() {
		p.i, p.level, p.depth = save, level, depth
		if r := recover(); r != nil {
			if pe, ok := r.(parseError); ok && pe.err != p.scanErr && pe.err.Msg == "invalid syntax" && pe.err.Kind == "SyntaxError" {
				text := lineText(p.src, int(far.Start.Line))
				if line, col := int(far.Start.Line), charCol(text, int(far.Start.Col)); pe.err.Line < line || pe.err.Line == line && pe.err.Col < col {
					p.syntaxError(far, "invalid syntax")
				}
			}
			panic(r)
		}
	}()
	p.simpleStmts()
}

// parses reports whether f parses from the current token; the position is
// restored either way.
func (p *parser) parses(f func() []Stmt) (ok bool) {
	save, level, depth := p.i, p.level, p.depth
	defer func() {
		p.i, p.level, p.depth = save, level, depth
		if r := recover(); r != nil {
			if _, isParse := r.(parseError); !isParse {
				panic(r)
			}
			ok = false
		}
	}()
	f()
	return true
}

// trySubject parses the `match` name and subject_expr, or returns nil
// and the error, if any, if they do not parse.
func (p *parser) trySubject() (e Expr, perr *parseError) {
	defer func() {
		if r := recover(); r != nil {
			pe, isParse := r.(parseError)
			if !isParse {
				panic(r)
			}
			e, perr = nil, &pe
		}
	}()
	p.i++ // match
	if !startsExpr(p.tok()) && !p.isOp(STAR) {
		return nil, nil
	}
	start := p.tok().span.Start
	first := p.starNamedExpression()
	if !p.isOp(COMMA) {
		if _, star := first.(*Starred); star {
			return nil, nil
		}
		return first, nil
	}
	elts := []Expr{first}
	for p.acceptOp(COMMA) {
		if p.isOp(COLON) || p.isOp(NEWLINE) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{At: At{Span{start, p.prevEnd()}}, Elts: elts}, nil
}

// caseBlock parses `case patterns [if guard]: block`.
func (p *parser) caseBlock() *MatchCase {
	p.push(1)
	defer p.pop(1)
	t := p.next() // case
	c := &MatchCase{Pattern: p.patterns()}
	if p.acceptKw("if") {
		c.Guard = p.namedExpression()
	}
	c.Body = p.block("'case' statement", t.span.Start.Line)
	return c
}

// patterns parses the pattern of a case: an open sequence `a, *b` or one
// pattern.
func (p *parser) patterns() Pattern {
	start := p.tok().span.Start
	first := p.maybeStarPattern()
	if !p.isOp(COMMA) {
		if _, star := first.(*MatchStar); star {
			p.unexpected()
		}
		return first
	}
	pats := []Pattern{first}
	for p.acceptOp(COMMA) {
		if p.isOp(COLON) || p.isKw("if") {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{At{Span{start, p.prevEnd()}}, pats}
}

// maybeStarPattern parses `*name`, `*_` or a pattern.
func (p *parser) maybeStarPattern() Pattern {
	if t := p.tok(); t.kind == STAR {
		p.i++
		n := p.tok()
		if n.kind != NAME || keywords[n.text] {
			p.unexpected()
		}
		p.i++
		name := n.text
		if name == "_" {
			name = ""
		} else if k := p.tok().kind; k == DOT || k == LPAREN || k == EQUAL {
			p.unexpected()
		}
		return &MatchStar{At{Span{t.span.Start, p.prevEnd()}}, name}
	}
	return p.pattern()
}

// pattern parses `or_pattern ['as' name]`.
func (p *parser) pattern() Pattern {
	p.push(2) // pattern, as_pattern
	defer p.pop(2)
	start := p.tok().span.Start
	pat := p.orPattern()
	if !p.acceptKw("as") {
		return pat
	}
	t := p.tok()
	if t.kind == NAME && t.text == "_" {
		p.syntaxError(t.span, "cannot use '_' as a target")
	}
	if t.kind != NAME || keywords[t.text] {
		if startsExpr(t) {
			e := p.expression()
			p.syntaxError(e.Pos(), "invalid pattern target")
		}
		p.unexpected()
	}
	p.i++
	if k := p.tok().kind; k == DOT || k == LPAREN || k == EQUAL {
		p.unexpected()
	}
	return &MatchAs{At{Span{start, p.prevEnd()}}, pat, t.text}
}

// orPattern parses `closed_pattern ('|' closed_pattern)*`.
func (p *parser) orPattern() Pattern {
	start := p.tok().span.Start
	first := p.closedPattern()
	if !p.isOp(VBAR) {
		return first
	}
	pats := []Pattern{first}
	for p.acceptOp(VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{At{Span{start, p.prevEnd()}}, pats}
}

// closedPattern parses a literal, capture, wildcard, value, group,
// sequence, mapping or class pattern.
func (p *parser) closedPattern() Pattern {
	p.push(2) // or_pattern, closed_pattern
	defer p.pop(2)
	t := p.tok()
	switch t.kind {
	case INT, FLOAT, IMAG, MINUS:
		e := p.numberLiteral()
		return &MatchValue{At{e.Pos()}, e}
	case STRING:
		e := p.strings()
		return &MatchValue{At{e.Pos()}, e}
	case LPAREN:
		return p.groupOrSequencePattern()
	case LBRACK:
		p.i++
		p.enter()
		defer p.leave()
		var pats []Pattern
		for !p.isOp(RBRACK) {
			pats = append(pats, p.maybeStarPattern())
			if !p.acceptOp(COMMA) {
				break
			}
		}
		p.expectOp(RBRACK)
		return &MatchSequence{At{Span{t.span.Start, p.prevEnd()}}, pats}
	case LBRACE:
		return p.mappingPattern()
	case NAME:
		switch t.text {
		case "None":
			p.i++
			return &MatchSingleton{At{t.span}, nil}
		case "True":
			p.i++
			return &MatchSingleton{At{t.span}, true}
		case "False":
			p.i++
			return &MatchSingleton{At{t.span}, false}
		case "_":
			p.i++
			return &MatchAs{At: At{t.span}}
		}
		if keywords[t.text] {
			p.unexpected()
		}
		name := p.nameOrAttr()
		if p.isOp(LPAREN) {
			return p.classPattern(name)
		}
		if k := p.tok().kind; k == EQUAL {
			p.unexpected()
		}
		if n, ok := name.(*Name); ok {
			n.Ctx = Store
			return &MatchAs{At: At{n.Span}, Name: n.ID}
		}
		return &MatchValue{At{name.Pos()}, name}
	}
	p.unexpected()
	return nil
}

// nameOrAttr parses a dotted name `a.b.c`.
func (p *parser) nameOrAttr() Expr {
	t := p.next()
	var e Expr = &Name{At: At{t.span}, ID: t.text}
	for p.isOp(DOT) {
		p.i++
		n := p.expectName()
		e = &Attribute{At: At{Span{t.span.Start, n.span.End}}, Value: e, Attr: n.text}
	}
	return e
}

// numberLiteral parses signed_number or complex_number: `1`, `-1.5`,
// `1+2j`, `-1-2j`.
func (p *parser) numberLiteral() Expr {
	start := p.tok().span.Start
	real := p.signedNumber()
	op := p.tok().kind
	if op != PLUS && op != MINUS {
		return real
	}
	if p.toks[p.i-1].kind == IMAG {
		p.syntaxError(num2span(real), "real number required in complex literal")
	}
	p.i++
	t := p.tok()
	if t.kind != INT && t.kind != FLOAT && t.kind != IMAG {
		p.unexpected()
	}
	p.i++
	if t.kind != IMAG {
		p.syntaxError(t.span, "imaginary number required in complex literal")
	}
	imag := &Constant{At{t.span}, p.number(t)}
	return &BinOp{At: At{Span{start, p.prevEnd()}}, Left: real, Op: op, Right: imag}
}

// num2span is the span of a signed number's literal.
func num2span(e Expr) Span {
	if u, ok := e.(*UnaryOp); ok {
		return u.Operand.Pos()
	}
	return e.Pos()
}

// signedNumber parses NUMBER or '-' NUMBER.
func (p *parser) signedNumber() Expr {
	t := p.tok()
	if t.kind == MINUS {
		p.i++
		n := p.tok()
		if n.kind != INT && n.kind != FLOAT && n.kind != IMAG {
			p.unexpected()
		}
		p.i++
		v := &Constant{At{n.span}, p.number(n)}
		return &UnaryOp{At: At{Span{t.span.Start, n.span.End}}, Op: MINUS, Operand: v}
	}
	p.i++
	return &Constant{At{t.span}, p.number(t)}
}

// groupOrSequencePattern parses `(pattern)` or `(a, b, ...)`.
func (p *parser) groupOrSequencePattern() Pattern {
	t := p.next()
	p.enter()
	defer p.leave()
	if p.acceptOp(RPAREN) {
		return &MatchSequence{At: At{Span{t.span.Start, p.prevEnd()}}}
	}
	first := p.maybeStarPattern()
	if _, star := first.(*MatchStar); !star && p.acceptOp(RPAREN) {
		return first
	}
	if !p.isOp(COMMA) {
		p.unexpected()
	}
	pats := []Pattern{first}
	for p.acceptOp(COMMA) {
		if p.isOp(RPAREN) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	p.expectOp(RPAREN)
	return &MatchSequence{At{Span{t.span.Start, p.prevEnd()}}, pats}
}

// mappingPattern parses `{key: pattern, ..., **rest}`.
func (p *parser) mappingPattern() Pattern {
	t := p.next()
	p.enter()
	defer p.leave()
	m := &MatchMapping{}
	for !p.isOp(RBRACE) {
		if p.acceptOp(DOUBLESTAR) {
			n := p.tok()
			if n.kind != NAME || keywords[n.text] || n.text == "_" {
				p.unexpected()
			}
			p.i++
			if k := p.tok().kind; k == DOT || k == LPAREN || k == EQUAL {
				p.unexpected()
			}
			m.Rest = n.text
			p.acceptOp(COMMA)
			break
		}
		m.Keys = append(m.Keys, p.mappingKey())
		p.expectOp(COLON)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.acceptOp(COMMA) {
			break
		}
	}
	p.expectOp(RBRACE)
	m.Span = Span{t.span.Start, p.prevEnd()}
	return m
}

// mappingKey parses a literal or a dotted name (with at least one dot).
func (p *parser) mappingKey() Expr {
	t := p.tok()
	switch t.kind {
	case INT, FLOAT, IMAG, MINUS:
		return p.numberLiteral()
	case STRING:
		return p.strings()
	case NAME:
		switch t.text {
		case "None":
			p.i++
			return &Constant{At{t.span}, nil}
		case "True":
			p.i++
			return &Constant{At{t.span}, true}
		case "False":
			p.i++
			return &Constant{At{t.span}, false}
		}
		if !keywords[t.text] {
			if p.peekN(1).kind == DOT {
				return p.nameOrAttr()
			}
			p.i++ // CPython reports the token after a plain name
		}
	}
	p.unexpected()
	return nil
}

// classPattern parses the arguments of `Cls(p1, p2, kw=p3)`.
func (p *parser) classPattern(cls Expr) Pattern {
	p.i++ // (
	p.enter()
	defer p.leave()
	c := &MatchClass{Cls: cls}
	var late []Pattern // positional patterns after keyword ones
	// CPython's invalid_class_argument_pattern reports the first run
	// of positional patterns after keyword ones, however the arguments
	// go on.
	lateRun := func() {
		if len(late) > 0 {
			p.syntaxError(Span{late[0].Pos().Start, late[len(late)-1].Pos().End}, "positional patterns follow keyword patterns")
		}
	}
	for !p.isOp(RPAREN) {
		if t := p.tok(); t.kind == NAME && !keywords[t.text] && p.peekN(1).kind == EQUAL {
			lateRun()
			p.i += 2
			c.KwdAttrs = append(c.KwdAttrs, t.text)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			if len(late) > 0 && !p.parses(func() []Stmt { p.pattern(); return nil }) {
				lateRun()
			}
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				late = append(late, pat)
			} else {
				c.Patterns = append(c.Patterns, pat)
			}
		}
		if !p.acceptOp(COMMA) {
			break
		}
	}
	lateRun()
	if !p.isOp(RPAREN) {
		p.unexpected()
	}
	p.i++
	c.Span = Span{cls.Pos().Start, p.prevEnd()}
	return c
}
