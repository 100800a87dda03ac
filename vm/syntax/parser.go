// Package syntax scans and parses Python 3.11 source into an abstract syntax
// tree.
//
// The scanner tokenizes a whole file first (tracking indentation and
// bracket depth as CPython's tokenizer does); the parser is a recursive
// descent parser over that token slice, which gives it unlimited lookahead
// for the few places where Python's PEG grammar needs it (assignment
// targets, the `match` soft keyword, lambda and call argument lists).
// Errors are reported as *Error values carrying CPython's SyntaxError fields.
package syntax

import (
	"bytes"
	"math/big"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/vm/internal/strtod"
)

// Options adjusts parsing.
type Options struct {
	// Check, when set, is called every few thousand tokens and grammar
	// rules. An error it returns stops the parse and is returned as is:
	// this is how a long parse is interrupted.
	Check func() error
	// IntDigitLimit is the most decimal digits an int literal may have
	// (sys.get_int_max_str_digits()): 0 means CPython's default,
	// DefaultIntDigitLimit, and a negative limit means none.
	IntDigitLimit int
	// Warn, when set, is called with each compile-time warning. It
	// returns ErrWarningRaised to make the warning a SyntaxError; another
	// error stops the parse and is returned as is.
	Warn func(Warning) error
	// TypeExpressions parses the expressions as CPython's
	// type_expressions (a function type's argument types): they are no
	// named_expressions, so `x = 1` in them is plain invalid syntax.
	TypeExpressions bool
	// FeatureVersion, when positive, is the minor version of Python 3
	// whose grammar is accepted (ast.parse's feature_version): syntax
	// added later is a SyntaxError, as CPython's CHECK_VERSION makes it.
	FeatureVersion int
	// NameEscapes, when set, reports whether \N{...} escapes can be
	// decoded (CPython loads the unicodedata module for them): false
	// makes a string literal with one a SyntaxError.
	NameEscapes func() bool
	// Blanked marks an expression source whose first line starts with
	// text blanked out (a part of a function type comment): its
	// indentation is no error.
	Blanked bool
	// TypeIgnores, when set, collects the `# type: ignore` comments of
	// the source in Module.TypeIgnores (ast.parse with type_comments).
	TypeIgnores bool
	// Single parses the source as compile()'s single mode does: one
	// statement (a compound statement, or the simple statements of one
	// line), with nothing after it but blank lines and comments.
	Single bool
}

// DefaultIntDigitLimit is CPython's default limit on the decimal digits of
// an int converted from a str, literals included.
const DefaultIntDigitLimit = 4300

// digitLimit is the limit opts set on int literals (0: none).
func (opts Options) digitLimit() int {
	switch {
	case opts.IntDigitLimit == 0:
		return DefaultIntDigitLimit
	case opts.IntDigitLimit < 0:
		return 0
	}
	return opts.IntDigitLimit
}

// checkEvery is how many tokens or grammar rules pass between calls of
// Options.Check (a power of two).
const checkEvery = 4096

// stopError carries an error from Options.Check out of the parser.
type stopError struct{ err error }

// Parse parses a whole file.
func Parse(filename string, src []byte) (mod *Module, err error) {
	return ParseWith(filename, src, Options{})
}

// ParseWith parses a whole file with options.
func ParseWith(filename string, src []byte, opts Options) (mod *Module, err error) {
	var ignores *[]TypeIgnore
	if opts.TypeIgnores {
		ignores = &[]TypeIgnore{}
	}
	p, err := newParserIgnoring(filename, src, opts.Check, ignores)
	if err != nil {
		return nil, err
	}
	p.digitLimit, p.warnFn, p.feature = opts.digitLimit(), opts.Warn, opts.FeatureVersion
	p.nameEscapes = opts.NameEscapes
	defer p.recoverErr(&err)
	p.reportWarnings(p.scanWarnings)
	p.level = 3 // file, statements and its loop
	mod = &Module{}
	if ignores != nil {
		mod.TypeIgnores = *ignores
	}
	for p.tok().kind != EOF {
		if p.tok().kind == NEWLINE {
			p.i++
			continue
		}
		first := len(mod.Body)
		mod.Body = append(mod.Body, p.statement()...)
		if opts.Single {
			p.endSingle(len(mod.Body) == first || !isCompound(mod.Body[first]))
			break
		}
	}
	return mod, nil
}

// isCompound reports whether s is a compound statement.
func isCompound(s Stmt) bool {
	switch s.(type) {
	case *If, *While, *For, *Try, *With, *FunctionDef, *ClassDef, *Match:
		return true
	}
	return false
}

// endSingle checks what follows the statement parsed in the single mode,
// as CPython's parser does: after a compound statement the next token is
// invalid syntax; after simple statements, anything but blank lines and
// comments is "multiple statements", reported at the NEWLINE that ended
// them (from the comment before it, if any).
func (p *parser) endSingle(simple bool) {
	t := p.tok()
	if t.kind == EOF {
		return
	}
	if !simple {
		p.syntaxError(t.span, "invalid syntax")
	}
	nl := p.toks[p.i-1]
	start := nl.span.Start
	if p.i >= 2 {
		// A comment between the last token and the newline starts the
		// NEWLINE token in CPython's tokenizer.
		prev := p.toks[p.i-2].span.End
		if prev.Line == start.Line {
			line := lineText(p.src, int(start.Line))
			if prev.Col <= start.Col && int(start.Col) <= len(line) {
				if k := strings.IndexByte(line[prev.Col:start.Col], '#'); k >= 0 {
					start.Col = prev.Col + int32(k)
				}
			}
		}
	}
	p.errorKind(Span{start, nl.span.Start}, "multiple statements found while compiling a single statement", "SyntaxError")
}

// ParseExpr parses a single expression (the `eval` input mode).
func ParseExpr(filename string, src []byte) (e Expr, err error) {
	return ParseExprWith(filename, src, Options{})
}

// ParseExprWith parses a single expression with options.
func ParseExprWith(filename string, src []byte, opts Options) (e Expr, err error) {
	p, err := newParser(filename, src, opts.Check)
	if err != nil {
		return nil, err
	}
	p.digitLimit, p.warnFn, p.feature = opts.digitLimit(), opts.Warn, opts.FeatureVersion
	p.nameEscapes = opts.NameEscapes
	p.typeExprs = opts.TypeExpressions
	defer p.recoverErr(&err)
	p.reportWarnings(p.scanWarnings)
	p.level = 2 // eval, expressions
	for p.tok().kind == NEWLINE {
		p.i++
	}
	if t := p.tok(); t.kind == INDENT && opts.Blanked {
		p.i++
	} else if t.kind == INDENT {
		// As in a file: an indented first line (eval() strips the
		// blanks that start its source, compile() and ast.parse do not).
		p.unexpectedIndent(Pos{t.span.End.Line, t.span.End.Col - 1})
	}
	e = p.starExpressions()
	for p.tok().kind == NEWLINE || p.tok().kind == DEDENT {
		p.i++
	}
	if p.tok().kind != EOF {
		p.syntaxError(p.tok().span, "invalid syntax")
	}
	return e, nil
}

type parser struct {
	scanErr *Error // tokenizer error at the ILLEGAL token, if any
	// scanDeferred and scanOpenLine are the scanner's errDeferred and
	// openLine for scanErr (see precedence).
	scanDeferred bool
	scanOpenLine int
	// scanWarnings are the tokenizer's warnings, reported as parsing starts.
	scanWarnings []Warning
	digitLimit   int         // most decimal digits of an int literal (0: no limit)
	feature      int         // Options.FeatureVersion
	nameEscapes  func() bool // Options.NameEscapes
	file         string
	src          []byte
	toks         []token
	i            int
	depth        int // bracket nesting (enter/leave)
	// level follows the depth of CPython's PEG parser in grammar rules:
	// each function adds the number of rules it stands for. Past
	// maxStack the parse fails with CPython's MemoryError. Brackets nest
	// at most maxParenLevel deep (a tokenizer error), and every other
	// recursion passes through a function that counts here, so the parser
	// never nests deeper than maxStack rules.
	level int
	check func() error // Options.Check
	steps int          // grammar rules entered, for check
	// fstringTok is the span of the f-string token being parsed (a
	// format spec's position).
	fstringTok Span
	warnFn     func(Warning) error // Options.Warn
	typeExprs  bool                // Options.TypeExpressions
	warned     map[warnKey]bool    // the warnings reported
}

type parseError struct{ err *Error }

// maxStack is CPython 3.11's MAXSTACK: the deepest the parser nests rules.
const maxStack = 6000

// push enters n grammar rules.
func (p *parser) push(n int) {
	p.level += n
	p.steps++
	if p.check != nil && p.steps%checkEvery == 0 {
		if err := p.check(); err != nil {
			panic(stopError{err})
		}
	}
	if p.level > maxStack {
		// CPython raises MemoryError() with no message.
		p.errorKind(p.toks[p.i].span, "", "MemoryError")
	}
}

func (p *parser) pop(n int) { p.level -= n }

// probe fails as push does if n more rules would not fit.
func (p *parser) probe(n int) {
	p.push(n)
	p.pop(n)
}

// exprStmtRules is how deep an expression statement's rules nest below
// simple_stmt down to atom: star_expressions, star_expression, expression,
// disjunction, conjunction, inversion, comparison, six left-recursive
// binary rules of two levels each, factor, power, await_primary, primary
// (two) and atom.
const exprStmtRules = 25

// checkVersion is CPython's CHECK_VERSION: under a feature version
// before 3.minor, the construct what names (just parsed) is a
// SyntaxError, reported at the token after it.
func (p *parser) checkVersion(minor int, what string) {
	if p.feature > 0 && p.feature < minor {
		p.syntaxError(p.tok().span, what+" only supported in Python 3."+itoa(minor)+" and greater")
	}
}

// checkVersionBlock is checkVersion for a compound statement just
// parsed, reported at the NEWLINE that ends its last line (the last
// token CPython's tokenizer had read).
func (p *parser) checkVersionBlock(minor int, what string) {
	if p.feature > 0 && p.feature < minor {
		j := p.i - 1
		for j > 0 && p.toks[j].kind == DEDENT {
			j--
		}
		p.syntaxError(p.toks[j].span, what+" only supported in Python 3."+itoa(minor)+" and greater")
	}
}

func newParser(filename string, src []byte, check func() error) (*parser, error) {
	return newParserIgnoring(filename, src, check, nil)
}

// newParserIgnoring is newParser that collects the source's type ignore
// comments in ignores, when not nil.
func newParserIgnoring(filename string, src []byte, check func() error, ignores *[]TypeIgnore) (*parser, error) {
	s := newScanner(filename, src)
	s.typeIgnores = ignores
	// Python source averages seven to eight bytes a token: room for
	// that spares the growing slice's copies, the largest allocation of
	// a compile.
	toks := make([]token, 0, len(src)/7+16)
	for {
		if check != nil && len(toks)%checkEvery == checkEvery-1 {
			if err := check(); err != nil {
				return nil, err
			}
		}
		t := s.next()
		if s.err != nil {
			// The tokenizer error surfaces when the parser reaches it, as
			// in CPython, so an earlier syntax error wins.
			toks = append(toks, token{kind: ILLEGAL, span: t.span})
			break
		}
		toks = append(toks, t)
		if t.kind == EOF {
			break
		}
	}
	if s.err != nil && !s.errDeferred {
		s.err.Tokenizer = true
	}
	return &parser{file: filename, src: s.src, toks: toks, scanErr: s.err, scanDeferred: s.errDeferred, scanOpenLine: s.openLine,
		scanWarnings: s.warnings, check: check}, nil
}

// reportWarnings reports the tokenizer's warnings ws.
func (p *parser) reportWarnings(ws []Warning) {
	for _, w := range ws {
		p.warn(w.Span, 0, w.Category, w.Msg)
	}
}

func (p *parser) recoverErr(err *error) {
	if r := recover(); r != nil {
		if se, ok := r.(stopError); ok {
			*err = se.err
			return
		}
		pe, ok := r.(parseError)
		if !ok {
			panic(r)
		}
		e := p.precedence(pe.err)
		if e.Kind == "SyntaxError" || e.Kind == "IndentationError" || e.Kind == "" {
			e.AtEnd = p.failedAtEnd(e)
		}
		*err = e
	}
}

// failedAtEnd reports whether the parse failed for want of more input, as
// CPython's parser does when its tokenizer reached the end of the source:
// the tokenizer's errors at the end (an open bracket or triple-quoted
// string, a continuation line), or a parser error with nothing but
// dedents left to read.
func (p *parser) failedAtEnd(e *Error) bool {
	for _, m := range []string{"was never closed", "unterminated triple-quoted string literal", "unexpected EOF while parsing"} {
		if strings.Contains(e.Msg, m) {
			return true
		}
	}
	if e == p.scanErr {
		return false
	}
	for _, t := range p.toks[p.i:] {
		if t.kind != DEDENT && t.kind != EOF {
			return false
		}
	}
	return true
}

// precedence returns the error to report for e, a syntax error the parser
// found: as CPython tokenizes the rest of the source after one, an error
// the tokenizer raises further on (an unterminated string, an unmatched
// bracket, a bad number or character) is reported instead, and so is a
// bracket left open on a line before the parser's error.
func (p *parser) precedence(e *Error) *Error {
	se := p.scanErr
	if se == nil || e == se {
		return e
	}
	if !p.scanDeferred {
		return se
	}
	if p.scanOpenLine > 0 && max(e.Line, e.EndLine, int(p.toks[p.i].span.Start.Line)) > p.scanOpenLine {
		return se
	}
	return e
}

func (p *parser) tok() *token {
	t := &p.toks[p.i]
	if t.kind == ILLEGAL && p.scanErr != nil {
		panic(parseError{p.scanErr})
	}
	return t
}

func (p *parser) peekN(n int) *token {
	if p.i+n < len(p.toks) {
		return &p.toks[p.i+n]
	}
	return &p.toks[len(p.toks)-1]
}

func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != EOF {
		p.i++
	}
	return t
}

func (p *parser) prevEnd() Pos {
	if p.i == 0 {
		return Pos{1, 0}
	}
	return p.toks[p.i-1].span.End
}

func (p *parser) isKw(kw string) bool {
	t := p.tok()
	return t.kind == NAME && t.text == kw
}

func (p *parser) isOp(k Token) bool { return p.tok().kind == k }

func (p *parser) acceptOp(k Token) bool {
	if p.tok().kind == k {
		p.i++
		return true
	}
	return false
}

func (p *parser) acceptKw(kw string) bool {
	if p.isKw(kw) {
		p.i++
		return true
	}
	return false
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// syntaxError aborts parsing with an error spanning sp.
func (p *parser) syntaxError(sp Span, msg string) {
	p.errorKind(sp, msg, "SyntaxError")
}

// syntaxErrorEndless reports an error at at whose end CPython's parser
// leaves unset: end offset 0 on the same line.
func (p *parser) syntaxErrorEndless(at Pos, msg string) {
	text := lineText(p.src, int(at.Line))
	e := &Error{Msg: msg, Filename: p.file, Line: int(at.Line), Text: text, Kind: "SyntaxError",
		Col: charCol(text, int(at.Col)), EndLine: int(at.Line)}
	panic(parseError{e})
}

func (p *parser) errorKind(sp Span, msg, kind string) {
	text := lineText(p.src, int(sp.Start.Line))
	e := &Error{Msg: msg, Filename: p.file, Line: int(sp.Start.Line), Text: text, Kind: kind}
	e.Col = charCol(text, int(sp.Start.Col))
	if sp.End.Line > 0 {
		e.EndLine = int(sp.End.Line)
		e.EndCol = charCol(lineText(p.src, int(sp.End.Line)), int(sp.End.Col))
	}
	panic(parseError{e})
}

// lastTokenError reports an error where CPython's RAISE_SYNTAX_ERROR and
// RAISE_INDENTATION_ERROR put one without a location: at the last token
// read, here the current one. A NEWLINE has no width there; a DEDENT or
// the end of the input has no column of its own, so CPython gives the
// tokenizer's offset in the line (the indentation, or past the end of the
// last line) unconverted to 1-based and no end.
func (p *parser) lastTokenError(msg, kind string) {
	t := &p.toks[p.i]
	switch t.kind {
	case NEWLINE:
		p.errorKind(Span{t.span.Start, t.span.Start}, msg, kind)
	case DEDENT, EOF:
		line, col := int(t.span.Start.Line), 0
		text := lineText(p.src, line)
		if p.atEOF(p.i) {
			src := p.src
			if n := len(src); n > 0 && src[n-1] == '\n' {
				src = src[:n-1]
				if n := len(src); n > 0 && src[n-1] == '\r' {
					src = src[:n-1]
				}
			}
			line = 1 + strings.Count(string(src), "\n")
			text = lineText(p.src, line)
			col = len([]rune(strings.TrimRight(text, "\r\n"))) + 1
		} else {
			col = charCol(text, int(t.span.Start.Col)) - 1
		}
		panic(parseError{&Error{Msg: msg, Filename: p.file, Line: line, Text: text, Kind: kind, Col: col, EndLine: line, EndCol: -1}})
	}
	p.errorKind(t.span, msg, kind)
}

// atEOF reports whether only DEDENT and NEWLINE tokens lie between the
// token at i and the end of the input.
func (p *parser) atEOF(i int) bool {
	for ; i < len(p.toks); i++ {
		switch p.toks[i].kind {
		case EOF:
			return true
		case DEDENT, NEWLINE:
		default:
			return false
		}
	}
	return true
}

// unexpectedIndent reports CPython's "unexpected indent" at at, with the
// end CPython's tokenizer gives it: the same line, offset -1.
func (p *parser) unexpectedIndent(at Pos) {
	text := lineText(p.src, int(at.Line))
	panic(parseError{&Error{Msg: "unexpected indent", Filename: p.file, Line: int(at.Line), Text: text,
		Kind: "IndentationError", Col: charCol(text, int(at.Col)), EndLine: int(at.Line), EndCol: -1}})
}

// unexpected reports the current token as invalid syntax, with CPython's
// refinements for a few common mistakes.
func (p *parser) unexpected() {
	t := p.tok()
	switch t.kind {
	case INDENT:
		p.unexpectedIndent(t.span.Start)
	case DEDENT:
		p.errorKind(t.span, "unindent does not match any outer indentation level", "IndentationError")
	case EOF:
		p.syntaxError(t.span, "unexpected EOF while parsing")
	}
	p.syntaxError(t.span, "invalid syntax")
}

func (p *parser) expectOp(k Token) token {
	if p.tok().kind != k {
		if k == COLON && p.tok().kind == NEWLINE {
			nl := p.tok().span.Start
			p.syntaxError(Span{nl, nl}, "expected ':'")
		}
		p.unexpected()
	}
	return p.next()
}

// forgotComma reports two adjacent expressions inside brackets, as
// CPython does: "invalid syntax. Perhaps you forgot a comma?".
func (p *parser) forgotComma(prev Expr) {
	if !startsExpr(p.tok()) || p.isKw("for") || p.isKw("if") || p.isKw("async") || p.isKw("else") ||
		p.isKw("in") || p.isKw("not") && p.peekN(1).text == "in" || p.isKw("is") {
		return
	}
	if k, ok := prev.(*Constant); ok {
		if _, isStr := k.Value.(string); isStr && p.tok().kind == STRING {
			return
		}
	}
	save, level := p.i, p.level
	var next Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(parseError); !ok {
					panic(r)
				}
			}
		}()
		next = p.expression()
	}()
	p.i, p.level = save, level
	if next != nil {
		p.syntaxError(Span{prev.Pos().Start, next.Pos().End}, "invalid syntax. Perhaps you forgot a comma?")
	}
}

func (p *parser) expectName() token {
	t := p.tok()
	if t.kind != NAME || keywords[t.text] {
		p.unexpected()
	}
	return p.next()
}

func (p *parser) enter() { p.depth++ }

func (p *parser) leave() { p.depth-- }

// ---- Statements ----

func (p *parser) statement() []Stmt {
	p.push(1)
	defer p.pop(1)
	t := p.tok()
	if t.kind == INDENT {
		// CPython points just past the indentation.
		p.unexpectedIndent(Pos{t.span.End.Line, t.span.End.Col - 1})
	}
	if t.kind == NAME {
		switch t.text {
		case "def", "if", "class", "with", "for", "try", "while":
			return []Stmt{p.compound()}
		case "async":
			if n := p.peekN(1); n.kind == NAME && (n.text == "def" || n.text == "with" || n.text == "for") {
				return []Stmt{p.compound()}
			}
		case "match":
			if s, ok := p.matchStmt(); ok {
				return []Stmt{s}
			}
		}
	} else if t.kind == AT {
		return []Stmt{p.decorated()}
	}
	return p.simpleStmts()
}

func (p *parser) simpleStmts() []Stmt {
	p.push(2) // simple_stmts, simple_stmt
	defer p.pop(2)
	var out []Stmt
	for {
		out = append(out, p.simpleStmt())
		if !p.acceptOp(SEMI) {
			break
		}
		if p.isOp(NEWLINE) {
			break
		}
	}
	if !p.acceptOp(NEWLINE) {
		p.unexpected()
	}
	return out
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	start := t.span.Start
	if t.kind == NAME && keywords[t.text] {
		// CPython tries an expression statement first: its rules nest
		// down to atom before the keyword fails them.
		p.probe(exprStmtRules)
	}
	if t.kind == NAME {
		switch t.text {
		case "pass":
			p.i++
			return &Pass{At{t.span}}
		case "break":
			p.i++
			return &Break{At{t.span}}
		case "continue":
			p.i++
			return &Continue{At{t.span}}
		case "return":
			p.i++
			r := &Return{}
			if !p.atStmtEnd() {
				p.push(1) // return_stmt
				r.Value = p.starExpressions()
				p.pop(1)
			}
			r.Span = Span{start, p.prevEnd()}
			return r
		case "raise":
			p.i++
			r := &Raise{}
			if !p.atStmtEnd() {
				r.Exc = p.expression()
				if p.acceptKw("from") {
					r.Cause = p.expression()
				}
			}
			r.Span = Span{start, p.prevEnd()}
			return r
		case "global", "nonlocal":
			p.i++
			var names []string
			for {
				names = append(names, p.expectName().text)
				if !p.acceptOp(COMMA) {
					break
				}
			}
			sp := Span{start, p.prevEnd()}
			if t.text == "global" {
				return &Global{At{sp}, names}
			}
			return &Nonlocal{At{sp}, names}
		case "del":
			p.i++
			d := &Delete{}
			for {
				if p.isOp(STAR) {
					st := p.next()
					v := p.bitOr()
					p.syntaxError(Span{st.span.Start, v.Pos().End}, "cannot delete starred")
				}
				e := p.bitOr()
				p.setContext(e, Del)
				d.Targets = append(d.Targets, e)
				if !p.acceptOp(COMMA) || p.atStmtEnd() {
					break
				}
			}
			d.Span = Span{start, p.prevEnd()}
			return d
		case "assert":
			p.i++
			a := &Assert{Test: p.expression()}
			if p.acceptOp(COMMA) {
				a.Msg = p.expression()
			}
			a.Span = Span{start, p.prevEnd()}
			return a
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImport()
		}
	}
	return p.exprStmt()
}

func (p *parser) atStmtEnd() bool {
	k := p.tok().kind
	return k == NEWLINE || k == SEMI || k == EOF
}

var augOps = map[Token]Token{
	PLUSEQ: PLUS, MINUSEQ: MINUS, STAREQ: STAR, SLASHEQ: SLASH, PERCENTEQ: PERCENT,
	AMPEREQ: AMPER, VBAREQ: VBAR, CIRCUMFLEXEQ: CIRCUMFLEX, LSHIFTEQ: LEFTSHIFT, RSHIFTEQ: RIGHTSHIFT,
	DSTAREQ: DOUBLESTAR, DSLASHEQ: DSLASH, ATEQ: AT,
}

func (p *parser) exprStmt() Stmt {
	start := p.tok().span.Start
	first := p.starExpressionsOrYield()
	if p.isOp(COLON) {
		// Annotated assignment. A name target is simple unless it is
		// in parentheses, `(x): int`: then a ')' comes before the colon.
		parenTarget := p.toks[p.i-1].kind == RPAREN
		p.i++
		ann := p.expression()
		a := &AnnAssign{Target: first, Annotation: ann}
		switch first.(type) {
		case *Name:
			a.Simple = true
		case *Attribute, *Subscript:
		case *Tuple:
			p.syntaxError(first.Pos(), "only single target (not tuple) can be annotated")
		case *List:
			p.syntaxError(first.Pos(), "only single target (not list) can be annotated")
		default:
			p.syntaxError(first.Pos(), "illegal target for annotation")
		}
		if parenTarget {
			a.Simple = false
		}
		p.setContext(first, Store)
		if p.acceptOp(EQUAL) {
			a.Value = p.starExpressionsOrYield()
		}
		if _, ok := first.(*Name); ok && a.Simple {
			p.checkVersion(6, "Variable annotation syntax is")
		} else {
			p.checkVersion(6, "Variable annotations syntax is")
		}
		a.Span = Span{start, p.prevEnd()}
		return a
	}
	if op, ok := augOps[p.tok().kind]; ok {
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.syntaxError(first.Pos(), "'"+describeExpr(first)+"' is an illegal expression for augmented assignment")
		}
		if op == AT {
			p.checkVersion(5, "The '@' operator is")
		}
		p.i++
		p.setContext(first, Store)
		p.push(2) // assignment and its right-hand side group
		val := p.starExpressionsOrYield()
		p.pop(2)
		return &AugAssign{At: At{Span{start, p.prevEnd()}}, Target: first, Op: op, Value: val}
	}
	if p.isOp(EQUAL) {
		eq := p.i
		targets := []Expr{first}
		var value Expr
		for p.acceptOp(EQUAL) {
			p.push(2) // assignment and its right-hand side group
			value = p.starExpressionsOrYield()
			p.pop(2)
			if p.isOp(EQUAL) {
				targets = append(targets, value)
			}
		}
		// CPython hints at '==' for `target = value` alone, when both
		// sides could be the operands of a comparison.
		// (In `a, f() = x`, the item just before the '='.)
		var hint Expr
		target := first
		if tu, ok := first.(*Tuple); ok && len(tu.Elts) > 0 && tu.Pos().Start == tu.Elts[0].Pos().Start {
			target = tu.Elts[len(tu.Elts)-1]
		}
		if len(targets) == 1 && (p.toks[eq+1].kind == LPAREN || startsBitOr(value)) {
			if _, isName := target.(*Name); isName && !validTarget(first) {
				p.syntaxError(Span{target.Pos().Start, value.Pos().End}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			if p.bitOrTarget(target, eq) {
				hint = target
			}
		}
		for _, t := range targets {
			p.yieldTarget(t)
			p.checkAssignTarget(t, hint)
			p.setContext(t, Store)
		}
		return &Assign{At: At{Span{start, p.prevEnd()}}, Targets: targets, Value: value}
	}
	if !p.atStmtEnd() {
		p.invalidAfterExpr(first)
	}
	return &ExprStmt{At{Span{start, p.prevEnd()}}, first}
}

// legacyArgs parses the star_expressions after print or exec used as a
// statement, restoring the position, and returns nil if they do not
// parse. An error more precise than "invalid syntax" (one of CPython's
// invalid_ rules, which raise at once) is raised.
func (p *parser) legacyArgs() (args Expr) {
	save, level, depth := p.i, p.level, p.depth
	defer func() {
		p.i, p.level, p.depth = save, level, depth
		if r := recover(); r != nil {
			if pe, ok := r.(parseError); !ok || pe.err.Msg != "invalid syntax" {
				panic(r)
			}
			args = nil
		}
	}()
	return p.starExpressions()
}

// invalidAfterExpr reports a token that cannot follow a complete expression
// statement, using CPython's hints where they apply.
func (p *parser) invalidAfterExpr(e Expr) {
	if n, ok := e.(*Name); ok && (n.ID == "print" || n.ID == "exec") {
		// CPython's invalid_legacy_expression: the name followed by
		// expressions that parse.
		if t := p.tok(); t.kind != EQUAL && t.kind != INDENT {
			if args := p.legacyArgs(); args != nil {
				sp := Span{n.Span.Start, args.Pos().End}
				p.syntaxError(sp, "Missing parentheses in call to '"+n.ID+"'. Did you mean "+n.ID+"(...)?")
			}
		}
	}
	t := p.tok()
	if startsExpr(t) {
		// Two expressions side by side: CPython suggests a missing comma only inside brackets.
		p.syntaxError(t.span, "invalid syntax")
	}
	p.unexpected()
}

func startsExpr(t *token) bool {
	switch t.kind {
	case NAME:
		return !keywords[t.text] || t.text == "None" || t.text == "True" || t.text == "False" ||
			t.text == "not" || t.text == "lambda" || t.text == "await"
	case INT, FLOAT, IMAG, STRING, LPAREN, LBRACK, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS:
		return true
	}
	return false
}

func describeExpr(e Expr) string {
	switch e := e.(type) {
	case *Call:
		return "function call"
	case *Constant:
		switch e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if e.Value.(bool) {
				return "True"
			}
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *BinOp, *UnaryOp:
		return "expression"
	case *BoolOp:
		return "expression"
	case *Compare:
		return "comparison"
	case *Lambda:
		return "lambda"
	case *IfExp:
		return "conditional expression"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *Comp:
		switch e.Kind {
		case LBRACK:
			return "list comprehension"
		case LBRACE:
			return "set comprehension"
		case COLON:
			return "dict comprehension"
		}
		return "generator expression"
	case *Await:
		return "await expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *NamedExpr:
		return "named expression"
	case *Tuple:
		return "tuple"
	case *List:
		return "list"
	case *Starred:
		return "starred"
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Name:
		return "name"
	}
	return "expression"
}

// validTarget reports whether e can be assigned to.
func validTarget(e Expr) bool {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return true
	case *Starred:
		return validTarget(e.Value)
	case *Tuple:
		for _, x := range e.Elts {
			if !validTarget(x) {
				return false
			}
		}
		return true
	case *List:
		for _, x := range e.Elts {
			if !validTarget(x) {
				return false
			}
		}
		return true
	}
	return false
}

// checkAssignTarget reports targets that cannot be assigned to, with
// CPython's messages.
func (p *parser) checkAssignTarget(e Expr, hint Expr) {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return
	case *Starred:
		p.checkAssignTarget(e.Value, hint)
		return
	case *Tuple:
		for _, x := range e.Elts {
			p.checkAssignTarget(x, hint)
		}
		return
	case *List:
		for _, x := range e.Elts {
			p.checkAssignTarget(x, hint)
		}
		return
	}
	msg := "cannot assign to " + describeExpr(e)
	if e == hint {
		msg += " here. Maybe you meant '==' instead of '='?"
	}
	p.syntaxError(e.Pos(), msg)
}

// yieldTarget reports a yield expression not in parentheses assigned to,
// as CPython's invalid_assignment does.
func (p *parser) yieldTarget(e Expr) {
	switch e.(type) {
	case *Yield, *YieldFrom:
	default:
		return
	}
	for k := p.i - 1; k > 0; k-- {
		if p.toks[k].span.Start == e.Pos().Start {
			if p.toks[k-1].kind != LPAREN {
				p.syntaxError(e.Pos(), "assignment to yield expression not possible")
			}
			return
		}
	}
	p.syntaxError(e.Pos(), "assignment to yield expression not possible")
}

// setContext marks e (an assignment or deletion target) with ctx.
func (p *parser) setContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		if ctx == Del {
			p.syntaxError(e.Span, "cannot delete starred")
		}
		e.Ctx = ctx
		p.setContext(e.Value, ctx)
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContext(x, ctx)
		}
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContext(x, ctx)
		}
	default:
		if ctx == Del {
			p.syntaxError(e.Pos(), "cannot delete "+describeExpr(e))
		}
		p.syntaxError(e.Pos(), "cannot assign to "+describeExpr(e))
	}
}

func (p *parser) dottedName() string {
	name := p.expectName().text
	for p.acceptOp(DOT) {
		name += "." + p.expectName().text
	}
	return name
}

func (p *parser) importStmt() Stmt {
	start := p.next().span.Start
	imp := &Import{}
	for {
		s := p.tok().span.Start
		a := &Alias{Name: p.dottedName()}
		if p.acceptKw("as") {
			a.AsName = p.expectName().text
		}
		a.Span = Span{s, p.prevEnd()}
		imp.Names = append(imp.Names, a)
		if !p.acceptOp(COMMA) {
			break
		}
	}
	imp.Span = Span{start, p.prevEnd()}
	return imp
}

func (p *parser) fromImport() Stmt {
	start := p.next().span.Start
	f := &ImportFrom{}
	for {
		if p.acceptOp(DOT) {
			f.Level++
		} else if p.acceptOp(ELLIPSIS) {
			f.Level += 3
		} else {
			break
		}
	}
	if !p.isKw("import") {
		f.Module = p.dottedName()
	}
	if !p.acceptKw("import") {
		p.unexpected()
	}
	if p.isOp(STAR) {
		t := p.next()
		f.Names = []*Alias{{At: At{t.span}, Name: "*"}}
	} else {
		paren := p.acceptOp(LPAREN)
		for {
			s := p.tok().span.Start
			a := &Alias{Name: p.expectName().text}
			if p.acceptKw("as") {
				a.AsName = p.expectName().text
			}
			a.Span = Span{s, p.prevEnd()}
			f.Names = append(f.Names, a)
			if !p.acceptOp(COMMA) {
				break
			}
			if paren && p.isOp(RPAREN) {
				break
			}
			if !paren && p.isOp(NEWLINE) {
				p.lastTokenError("trailing comma not allowed without surrounding parentheses", "SyntaxError")
			}
		}
		if paren {
			p.expectOp(RPAREN)
		}
	}
	f.Span = Span{start, p.prevEnd()}
	return f
}

// forcedColon holds the blocks whose colon CPython's grammar forces: a
// try, else or finally block and a function's body.
var forcedColon = map[string]bool{
	"'try' statement": true, "'else' statement": true, "'finally' statement": true, "function definition": true,
}

// block parses `: NEWLINE INDENT stmts DEDENT` or `: simple_stmts`.
func (p *parser) block(what string, line int32) []Stmt {
	p.push(1)
	defer p.pop(1)
	if t := p.tok(); t.kind != COLON && t.kind != NEWLINE && forcedColon[what] {
		// CPython's grammar forces the colon here (&&':'): any other
		// token is "expected ':'" where it stands.
		p.syntaxError(t.span, "expected ':'")
	}
	p.expectOp(COLON)
	if !p.acceptOp(NEWLINE) {
		return p.simpleStmts()
	}
	p.push(2) // statements and its loop
	defer p.pop(2)
	if !p.isOp(INDENT) {
		p.lastTokenError("expected an indented block after "+what+" on line "+itoa(int(line)), "IndentationError")
	}
	p.i++
	var body []Stmt
	for !p.isOp(DEDENT) && !p.isOp(EOF) {
		body = append(body, p.statement()...)
	}
	p.acceptOp(DEDENT)
	return body
}

func (p *parser) compound() Stmt {
	p.push(2) // compound_stmt and the statement's rule
	defer p.pop(2)
	t := p.tok()
	switch t.text {
	case "def":
		p.push(1) // function_def_raw
		defer p.pop(1)
		return p.funcDef(nil, t.span.Start, false)
	case "async":
		p.i++
		n := p.tok()
		switch n.text {
		case "def":
			f := p.funcDef(nil, t.span.Start, true)
			p.checkVersionBlock(5, "Async functions are")
			return f
		case "with":
			w := p.withStmt(t.span.Start).(*With)
			w.IsAsync = true
			p.checkVersionBlock(5, "Async with statements are")
			return w
		case "for":
			f := p.forStmt(t.span.Start).(*For)
			f.IsAsync = true
			p.checkVersionBlock(5, "Async for loops are")
			return f
		}
	case "class":
		p.push(1) // class_def_raw
		defer p.pop(1)
		return p.classDef(nil, t.span.Start)
	case "if":
		return p.ifStmt()
	case "while":
		p.i++
		w := &While{Test: p.namedExpression()}
		w.Body = p.block("'while' statement", t.span.Start.Line)
		if p.isKw("else") {
			e := p.next()
			w.Else = p.block("'else' statement", e.span.Start.Line)
		}
		w.Span = Span{t.span.Start, p.prevEnd()}
		return w
	case "for":
		return p.forStmt(t.span.Start)
	case "with":
		return p.withStmt(t.span.Start)
	case "try":
		return p.tryStmt()
	}
	p.unexpected()
	return nil
}

func (p *parser) decorated() Stmt {
	var decs []Expr
	start := p.tok().span.Start
	for p.acceptOp(AT) {
		decs = append(decs, p.namedExpression())
		p.expectOp(NEWLINE)
	}
	t := p.tok()
	switch {
	case t.kind == NAME && t.text == "def":
		return p.funcDef(decs, start, false)
	case t.kind == NAME && t.text == "async" && p.peekN(1).text == "def":
		p.i++
		return p.funcDef(decs, start, true)
	case t.kind == NAME && t.text == "class":
		return p.classDef(decs, start)
	}
	p.unexpected()
	return nil
}

func (p *parser) funcDef(decs []Expr, start Pos, async bool) Stmt {
	defTok := p.next() // "def"
	_ = start
	name := p.expectName()
	if !p.isOp(LPAREN) {
		// CPython's forced token: &&'('.
		p.syntaxError(p.tok().span, "expected '('")
	}
	p.i++
	args := p.parameters(RPAREN, true)
	p.expectOp(RPAREN)
	var ret Expr
	if p.acceptOp(RARROW) {
		ret = p.expression()
	}
	fs := defTok.span.Start
	if async {
		fs = p.toks[p.i-1].span.Start
		for j := p.i - 1; j >= 0; j-- {
			if p.toks[j].kind == NAME && p.toks[j].text == "async" {
				fs = p.toks[j].span.Start
				break
			}
		}
	}
	body := p.block("function definition", defTok.span.Start.Line)
	f := &FunctionDef{Name: name.text, Args: args, Body: body, Decorators: decs, Returns: ret, IsAsync: async}
	if len(decs) > 0 {
		f.Span = Span{decs[0].Pos().Start, p.prevEnd()}
		f.Span.Start.Col -= 1
	} else {
		f.Span = Span{fs, p.prevEnd()}
	}
	f.DocLine = defTok.span.Start.Line
	f.DefStart = fs
	return f
}

// parameters parses a def (annotations allowed) or lambda parameter list
// up to close, reporting mistakes with the messages and locations of
// CPython's invalid_parameters, invalid_star_etc, invalid_kwds and
// invalid_default rules (and their lambda forms). Duplicate names are
// left to the resolver, as CPython leaves them to its symtable.
func (p *parser) parameters(close Token, annotations bool) *Arguments {
	a := &Arguments{}
	seenDefault := false
	seenStar := false
	seenSlash := false
	lambda := !annotations
	param := func() *Arg {
		t := p.expectName()
		arg := &Arg{Name: t.text}
		if annotations && p.acceptOp(COLON) {
			if p.isOp(STAR) && p.toks[p.i-3].kind == STAR {
				// *args: *Ts (PEP 646).
				arg.Annotation = p.starExpression()
			} else {
				arg.Annotation = p.expression()
			}
		}
		arg.Span = Span{t.span.Start, p.prevEnd()}
		return arg
	}
	// noDefault reports whether the parameter ends here: a ',' or the
	// closing token follows (CPython's param_no_default).
	noDefault := func() bool { return p.isOp(COMMA) || p.isOp(close) }
	// defaultValue parses '=' expression, or reports CPython's
	// invalid_default: an '=' right before ',' or ')'.
	defaultValue := func() Expr {
		eq := p.next()
		if k := p.tok().kind; k == COMMA || k == RPAREN {
			p.syntaxError(eq.span, "expected default value expression")
		}
		return p.expression()
	}
	for !p.isOp(close) {
		t := p.tok()
		switch {
		case t.kind == DOUBLESTAR:
			p.i++
			a.Kwarg = param()
			if p.isOp(EQUAL) {
				p.syntaxError(p.tok().span, "var-keyword argument cannot have default value")
			}
			if p.acceptOp(COMMA) {
				switch n := p.tok(); n.kind {
				case NAME:
					if !keywords[n.text] {
						p.syntaxError(param().Span, "arguments cannot follow var-keyword argument")
					}
				case STAR, DOUBLESTAR, SLASH:
					p.syntaxError(n.span, "arguments cannot follow var-keyword argument")
				}
			}
			if !p.isOp(close) {
				p.unexpected()
			}
			return a
		case t.kind == STAR:
			p.i++
			if seenStar {
				// A second '*' before a parameter without default or a ','.
				if p.isOp(COMMA) || p.starParamNoDefault(close, annotations) {
					p.syntaxError(t.span, "* argument may appear only once")
				}
				p.syntaxError(t.span, "invalid syntax")
			}
			seenStar = true
			bare := ""
			switch {
			case p.isOp(close):
				bare = "at"
			case p.isOp(COMMA):
				if k := p.peekN(1).kind; k == close || k == DOUBLESTAR {
					bare = "after"
				}
			}
			if bare != "" {
				sp := t.span
				if lambda {
					// CPython raises at the last token it read.
					sp = p.tok().span
					if bare == "after" {
						sp = p.peekN(1).span
					}
				}
				p.syntaxError(sp, "named arguments must follow bare *")
			}
			if !p.isOp(COMMA) {
				a.Vararg = param()
				if _, starred := a.Vararg.Annotation.(*Starred); starred && p.isOp(EQUAL) {
					p.syntaxError(p.tok().span, "invalid syntax")
				}
				if p.isOp(EQUAL) {
					p.syntaxError(p.tok().span, "var-positional argument cannot have default value")
				}
			}
		case t.kind == SLASH:
			p.i++
			switch {
			case seenStar:
				p.syntaxError(t.span, "/ must be ahead of *")
			case seenSlash:
				p.syntaxError(t.span, "/ may appear only once")
			case len(a.Args) == 0:
				if p.isOp(COMMA) {
					p.syntaxError(t.span, "at least one argument must precede /")
				}
				p.syntaxError(t.span, "invalid syntax")
			}
			if p.isOp(STAR) {
				p.syntaxError(p.tok().span, "expected comma between / and *")
			}
			seenSlash = true
			a.PosOnly, a.Args = a.Args, nil
			p.checkVersion(8, "Positional-only parameters are")
		case t.kind == LPAREN && !seenDefault && !seenStar && !seenSlash:
			p.parenthesizedParams(close, annotations)
			p.unexpected()
		default:
			arg := param()
			var def Expr
			if p.isOp(EQUAL) {
				def = defaultValue()
			}
			if seenStar {
				a.KwOnly = append(a.KwOnly, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					seenDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if seenDefault && noDefault() {
					p.syntaxError(arg.Span, "non-default argument follows default argument")
				}
			}
		}
		if !p.acceptOp(COMMA) {
			break
		}
	}
	return a
}

// starParamNoDefault reports whether a parameter without a default (a
// name, its annotation in a def, then ',' or close) comes next, leaving
// the position as it was.
func (p *parser) starParamNoDefault(close Token, annotations bool) bool {
	ok := false
	p.parses(func() []Stmt {
		t := p.tok()
		if t.kind != NAME || keywords[t.text] {
			return nil
		}
		p.i++
		if annotations && p.acceptOp(COLON) {
			p.expression()
		}
		ok = p.isOp(COMMA) || p.isOp(close)
		return nil
	})
	return ok
}

// parenthesizedParams reports CPython's error for parameters in
// parentheses, `def f(a, (b, c)):`: names (annotated in a def) separated
// by commas, perhaps with a trailing one, between the '(' at the current
// token and its ')'. Anything else is left to the caller.
func (p *parser) parenthesizedParams(close Token, annotations bool) {
	open := p.tok().span
	var end Span
	p.parses(func() []Stmt {
		p.i++
		for {
			t := p.tok()
			if t.kind != NAME || keywords[t.text] {
				return nil
			}
			p.i++
			if annotations && p.acceptOp(COLON) {
				p.expression()
			}
			if !annotations || p.isOp(RPAREN) {
				// A lambda's parameters are separated by commas; a
				// def's each end with one or the ')'.
			} else if !p.isOp(COMMA) {
				return nil
			}
			if p.acceptOp(COMMA) && !p.isOp(RPAREN) {
				continue
			}
			if p.isOp(RPAREN) {
				end = p.tok().span
			}
			return nil
		}
	})
	if end.End.Line > 0 {
		msg := "Function parameters cannot be parenthesized"
		if !annotations {
			msg = "Lambda expression parameters cannot be parenthesized"
		}
		p.syntaxError(Span{open.Start, end.End}, msg)
	}
}

func (p *parser) classDef(decs []Expr, start Pos) Stmt {
	clsTok := p.next()
	name := p.expectName()
	c := &ClassDef{Name: name.text, Decorators: decs, DefStart: clsTok.span.Start}
	if p.acceptOp(LPAREN) {
		c.Bases, c.Keywords = p.callArgs(true)
		p.expectOp(RPAREN)
	}
	c.Body = p.block("class definition", clsTok.span.Start.Line)
	if len(decs) > 0 {
		c.Span = Span{decs[0].Pos().Start, p.prevEnd()}
		c.Span.Start.Col--
	} else {
		c.Span = Span{clsTok.span.Start, p.prevEnd()}
	}
	return c
}

func (p *parser) ifStmt() Stmt {
	t := p.next() // if / elif
	s := &If{Test: p.namedExpression()}
	what := "'if' statement"
	if t.text == "elif" {
		what = "'elif' statement"
	}
	s.Body = p.block(what, t.span.Start.Line)
	if p.isKw("elif") {
		p.push(1) // elif_stmt
		s.Else = []Stmt{p.ifStmt()}
		p.pop(1)
	} else if p.isKw("else") {
		e := p.next()
		s.Else = p.block("'else' statement", e.span.Start.Line)
	}
	s.Span = Span{t.span.Start, p.prevEnd()}
	return s
}

func (p *parser) forStmt(start Pos) Stmt {
	t := p.next() // for
	target := p.targetList()
	if !p.acceptKw("in") {
		p.unexpected()
	}
	iter := p.starExpressions()
	f := &For{Target: target, Iter: iter}
	f.Body = p.block("'for' statement", t.span.Start.Line)
	if p.isKw("else") {
		e := p.next()
		f.Else = p.block("'else' statement", e.span.Start.Line)
	}
	f.Span = Span{start, p.prevEnd()}
	return f
}

// targetList parses a for-loop or comprehension target.
func (p *parser) targetList() Expr {
	start := p.tok().span.Start
	var elts []Expr
	trailing := false
	for {
		var e Expr
		if p.isOp(STAR) {
			s := p.next()
			v := p.bitOr()
			e = &Starred{At: At{Span{s.span.Start, p.prevEnd()}}, Value: v}
		} else {
			e = p.bitOr()
		}
		elts = append(elts, e)
		trailing = false
		if !p.acceptOp(COMMA) {
			break
		}
		trailing = true
		if p.isKw("in") || p.isOp(EQUAL) {
			break
		}
	}
	var target Expr
	if len(elts) == 1 && !trailing {
		target = elts[0]
	} else {
		target = &Tuple{At: At{Span{start, p.prevEnd()}}, Elts: elts}
	}
	p.checkAssignTarget(target, nil)
	p.setContext(target, Store)
	return target
}

func (p *parser) withStmt(start Pos) Stmt {
	t := p.next() // with
	w := &With{}
	parens := false
	// Parenthesized with-items: `with (a as b, c as d):`
	if p.isOp(LPAREN) && p.parenthesizedWithItems() {
		p.i++
		for !p.isOp(RPAREN) {
			w.Items = append(w.Items, p.withItem())
			if !p.acceptOp(COMMA) {
				break
			}
		}
		p.expectOp(RPAREN)
		parens = true
	} else {
		for {
			w.Items = append(w.Items, p.withItem())
			if !p.acceptOp(COMMA) {
				break
			}
		}
	}
	w.Body = p.block("'with' statement", t.span.Start.Line)
	if parens {
		p.checkVersionBlock(9, "Parenthesized context managers are")
	}
	w.Span = Span{start, p.prevEnd()}
	return w
}

// parenthesizedWithItems reports whether the '(' at the current token opens a
// parenthesized list of with-items rather than an expression.
func (p *parser) parenthesizedWithItems() bool {
	depth := 0
	for j := p.i; j < len(p.toks); j++ {
		switch p.toks[j].kind {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			depth--
			if depth == 0 {
				return j+1 < len(p.toks) && p.toks[j+1].kind == COLON
			}
		case NAME:
			if depth == 1 && p.toks[j].text == "as" {
				return true
			}
		case COMMA:
			if depth == 1 {
				// `with (a, b):` is a tuple in CPython only if no 'as' occurs; treat as items.
				continue
			}
		case NEWLINE, EOF:
			return false
		}
	}
	return false
}

func (p *parser) withItem() *WithItem {
	it := &WithItem{Context: p.expression()}
	if p.acceptKw("as") {
		it.Vars = p.starTarget()
		p.checkAssignTarget(it.Vars, nil)
		p.setContext(it.Vars, Store)
	}
	return it
}

func (p *parser) starTarget() Expr {
	if p.isOp(STAR) {
		s := p.next()
		v := p.bitOr()
		return &Starred{At: At{Span{s.span.Start, p.prevEnd()}}, Value: v}
	}
	return p.bitOr()
}

func (p *parser) tryStmt() Stmt {
	t := p.next()
	s := &Try{}
	s.Body = p.block("'try' statement", t.span.Start.Line)
	sawStar, sawPlain := false, false
	for p.isKw("except") {
		et := p.next()
		h := &ExceptHandler{}
		what := "'except' statement"
		if p.acceptOp(STAR) {
			sawStar = true
			what = "'except*' statement"
			if p.isOp(COLON) || p.isOp(NEWLINE) {
				p.lastTokenError("expected one or more exception types", "SyntaxError")
			}
		} else {
			sawPlain = true
			if p.isOp(NEWLINE) {
				p.lastTokenError("expected ':'", "SyntaxError")
			}
		}
		if sawStar && sawPlain {
			// The span covers the star of an except*.
			p.syntaxError(Span{et.span.Start, p.prevEnd()}, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		if !p.isOp(COLON) {
			h.Type = p.expression()
			if p.isOp(COMMA) {
				p.exceptTypes(h.Type)
			}
			if p.acceptKw("as") {
				h.Name = p.expectName().text
			}
		}
		h.Body = p.block(what, et.span.Start.Line)
		h.Span = Span{et.span.Start, p.prevEnd()}
		s.Handlers = append(s.Handlers, h)
	}
	s.Star = sawStar
	for i, h := range s.Handlers {
		if h.Type == nil && i != len(s.Handlers)-1 {
			p.syntaxError(h.Span, "default 'except:' must be last")
		}
	}
	if p.isKw("else") {
		e := p.next()
		if len(s.Handlers) == 0 {
			p.syntaxError(e.span, "invalid syntax")
		}
		s.Else = p.block("'else' statement", e.span.Start.Line)
	}
	if p.isKw("finally") {
		f := p.next()
		s.Finally = p.block("'finally' statement", f.span.Start.Line)
	}
	if len(s.Handlers) == 0 && s.Finally == nil {
		p.lastTokenError("expected 'except' or 'finally' block", "SyntaxError")
	}
	if s.Star {
		p.checkVersionBlock(11, "Exception groups are")
	}
	s.Span = Span{t.span.Start, p.prevEnd()}
	return s
}

// exceptTypes reports `except A, B [as c]:` as CPython's
// invalid_except_stmt does, from the first type up to the ':'; a
// comma in any other shape is invalid syntax.
func (p *parser) exceptTypes(first Expr) {
	comma := p.tok().span
	var colon Span
	p.parses(func() []Stmt {
		for p.acceptOp(COMMA) {
			if p.isKw("as") || p.isOp(COLON) {
				break
			}
			p.expression()
		}
		if p.acceptKw("as") {
			p.expectName()
		}
		if p.isOp(COLON) {
			colon = p.tok().span
		}
		return nil
	})
	if colon.End.Line > 0 {
		p.syntaxError(Span{first.Pos().Start, colon.Start}, "multiple exception types must be parenthesized")
	}
	p.syntaxError(comma, "invalid syntax")
}

// ---- Expressions ----

func (p *parser) starExpressionsOrYield() Expr {
	if p.isKw("yield") {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func (p *parser) yieldExpr() Expr {
	t := p.next()
	if p.acceptKw("from") {
		v := p.expression()
		return &YieldFrom{At{Span{t.span.Start, p.prevEnd()}}, v}
	}
	y := &Yield{}
	switch p.tok().kind {
	case RPAREN, RBRACK, RBRACE, NEWLINE, SEMI, EQUAL, EOF, COLON:
	default:
		y.Value = p.starExpressions()
	}
	y.Span = Span{t.span.Start, p.prevEnd()}
	return y
}

// starExpressions parses `a, *b, c` (a tuple when a comma occurs).
func (p *parser) starExpressions() Expr {
	p.push(1)
	defer p.pop(1)
	start := p.tok().span.Start
	first := p.starExpression()
	if !p.isOp(COMMA) {
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(COMMA) {
		if !startsExpr(p.tok()) && !p.isOp(STAR) {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{At: At{Span{start, p.prevEnd()}}, Elts: elts}
}

func (p *parser) starExpression() Expr {
	p.push(1)
	defer p.pop(1)
	if p.isOp(STAR) {
		t := p.next()
		v := p.bitOr()
		return &Starred{At: At{Span{t.span.Start, p.prevEnd()}}, Value: v}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() Expr {
	p.push(1)
	defer p.pop(1)
	if p.isOp(STAR) {
		t := p.next()
		v := p.bitOr()
		return &Starred{At: At{Span{t.span.Start, p.prevEnd()}}, Value: v}
	}
	return p.namedExpression()
}

func (p *parser) namedExpression() Expr { return p.namedExpr(true) }

// namedExpr parses a named_expression; hint reports `x = 1` with
// CPython's invalid_named_expression (a call's argument, which is no
// named_expression in CPython's grammar, has its own messages).
func (p *parser) namedExpr(hint bool) Expr {
	p.push(1)
	defer p.pop(1)
	t := p.tok()
	if t.kind == NAME && p.peekN(1).kind == COLONEQ {
		if keywords[t.text] {
			p.syntaxError(t.span, "cannot use assignment expressions with "+describeExpr(p.atom()))
		}
		p.i += 2
		v := p.expression()
		p.checkVersion(8, "Assignment expressions are")
		return &NamedExpr{At: At{Span{t.span.Start, p.prevEnd()}}, Target: &Name{At: At{t.span}, ID: t.text, Ctx: Store}, Value: v}
	}
	e := p.expression()
	if p.isOp(COLONEQ) {
		p.syntaxError(e.Pos(), "cannot use assignment expressions with "+describeExpr(e))
	}
	if p.isOp(EQUAL) && hint && !p.typeExprs {
		p.invalidEquals(e)
	}
	return e
}

// invalidEquals reports `x = 1` where an expression is expected (as in
// `if x = 1:`), with CPython's hints.
func (p *parser) invalidEquals(e Expr) {
	if n := p.peekN(1); n.kind == EQUAL || n.kind == COLONEQ {
		return
	}
	save, level := p.i, p.level
	p.i++
	var right Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(parseError); !ok {
					panic(r)
				}
			}
		}()
		right = p.bitOr()
	}()
	p.level = level
	if k := p.tok().kind; right == nil || k == EQUAL || k == COLONEQ {
		p.i = save
		return
	}
	_, name := e.(*Name)
	paren := name && p.parenthesized(e, save)
	if name && !paren {
		p.syntaxError(Span{e.Pos().Start, right.Pos().End}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if paren || p.bitOrTarget(e, save) {
		p.syntaxError(e.Pos(), "cannot assign to "+describeExpr(e)+" here. Maybe you meant '==' instead of '='?")
	}
	p.i = save
}

// bitOrTarget reports whether e, which ends just before the token at
// index end, is what CPython's invalid_named_expression takes for the
// bitwise_or before a mistaken '=': not a name, list, tuple, generator
// expression or bare True, None or False; a not, lambda, conditional,
// boolean, yield or named expression only in parentheses.
func (p *parser) bitOrTarget(e Expr, end int) bool {
	switch x := e.(type) {
	case *Name, *List, *Tuple, *Starred:
		return false
	case *Comp:
		return x.Kind != LPAREN
	case *Constant:
		switch x.Value.(type) {
		case nil, bool:
			return p.parenthesized(e, end)
		}
	case *UnaryOp:
		return x.Op != NAME || p.parenthesized(e, end) // NAME: not
	case *BoolOp, *Lambda, *IfExp, *Yield, *YieldFrom, *NamedExpr:
		return p.parenthesized(e, end)
	}
	return true
}

// startsBitOr reports whether an expression not in parentheses begins
// with a bitwise_or (not with yield, lambda, not or a starred item).
func startsBitOr(e Expr) bool {
	switch x := e.(type) {
	case *Yield, *YieldFrom, *Lambda, *Starred:
		return false
	case *UnaryOp:
		return x.Op != NAME
	case *Tuple:
		return len(x.Elts) > 0 && startsBitOr(x.Elts[0])
	case *BoolOp:
		return startsBitOr(x.Values[0])
	case *IfExp:
		return startsBitOr(x.Body)
	}
	return true
}

// parenthesized reports whether e, which ends just before the token at
// index end, is wrapped in parentheses.
func (p *parser) parenthesized(e Expr, end int) bool {
	if end < 1 || p.toks[end-1].kind != RPAREN {
		return false
	}
	for k := end - 1; k > 0; k-- {
		if p.toks[k].span.Start == e.Pos().Start {
			return p.toks[k-1].kind == LPAREN
		}
	}
	return false
}

func (p *parser) expression() Expr {
	p.push(1)
	defer p.pop(1)
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambda()
	}
	start := p.tok().span.Start
	e := p.disjunction()
	if p.isKw("if") {
		p.i++
		test := p.disjunction()
		if !p.acceptKw("else") {
			if p.isOp(COLON) {
				// Not CPython's invalid_expression, which wants
				// neither 'else' nor ':' next.
				p.unexpected()
			}
			p.syntaxError(Span{start, p.prevEnd()}, "expected 'else' after 'if' expression")
		}
		orelse := p.expression()
		return &IfExp{At: At{Span{start, p.prevEnd()}}, Test: test, Body: e, Else: orelse}
	}
	return e
}

func (p *parser) lambda() Expr {
	p.push(1)
	defer p.pop(1)
	t := p.next()
	args := p.parameters(COLON, false)
	p.expectOp(COLON)
	body := p.expression()
	return &Lambda{At: At{Span{t.span.Start, p.prevEnd()}}, Args: args, Body: body}
}

func (p *parser) disjunction() Expr {
	p.push(1)
	defer p.pop(1)
	start := p.tok().span.Start
	e := p.conjunction()
	if !p.isKw("or") {
		return e
	}
	vals := []Expr{e}
	for p.acceptKw("or") {
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{At: At{Span{start, p.prevEnd()}}, Op: VBAR, Values: vals}
}

func (p *parser) conjunction() Expr {
	p.push(1)
	defer p.pop(1)
	start := p.tok().span.Start
	e := p.inversion()
	if !p.isKw("and") {
		return e
	}
	vals := []Expr{e}
	for p.acceptKw("and") {
		vals = append(vals, p.inversion())
	}
	return &BoolOp{At: At{Span{start, p.prevEnd()}}, Op: AMPER, Values: vals}
}

func (p *parser) inversion() Expr {
	p.push(1)
	defer p.pop(1)
	if p.isKw("not") {
		t := p.next()
		p.enter()
		v := p.inversion()
		p.leave()
		return &UnaryOp{At: At{Span{t.span.Start, p.prevEnd()}}, Op: NAME, Operand: v}
	}
	return p.comparison()
}

func (p *parser) compOp() (CmpOp, bool) {
	t := p.tok()
	switch t.kind {
	case LESS:
		return Lt, true
	case LESSEQUAL:
		return LtE, true
	case EQEQUAL:
		return Eq, true
	case NOTEQUAL:
		return NotEq, true
	case GREATER:
		return Gt, true
	case GREATEREQ:
		return GtE, true
	case NAME:
		switch t.text {
		case "in":
			return In, true
		case "is":
			if n := p.peekN(1); n.kind == NAME && n.text == "not" {
				return IsNot, true
			}
			return Is, true
		case "not":
			if n := p.peekN(1); n.kind == NAME && n.text == "in" {
				return NotIn, true
			}
		}
	}
	return 0, false
}

func (p *parser) comparison() Expr {
	p.push(1)
	defer p.pop(1)
	start := p.tok().span.Start
	e := p.bitOr()
	op, ok := p.compOp()
	if !ok {
		return e
	}
	c := &Compare{Left: e}
	for ok {
		p.i++
		if op == IsNot || op == NotIn {
			p.i++
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitOr())
		op, ok = p.compOp()
	}
	c.Span = Span{start, p.prevEnd()}
	return c
}

func (p *parser) binary(next func() Expr, ops ...Token) Expr {
	p.push(2) // a left-recursive rule and its _raw helper
	defer p.pop(2)
	start := p.tok().span.Start
	e := next()
	for {
		k := p.tok().kind
		found := false
		for _, o := range ops {
			if o == k {
				found = true
				break
			}
		}
		if !found {
			return e
		}
		p.i++
		r := next()
		if k == AT {
			p.checkVersion(5, "The '@' operator is")
		}
		e = &BinOp{At: At{Span{start, p.prevEnd()}}, Left: e, Op: k, Right: r}
	}
}

func (p *parser) bitOr() Expr  { return p.binary(p.bitXor, VBAR) }
func (p *parser) bitXor() Expr { return p.binary(p.bitAnd, CIRCUMFLEX) }
func (p *parser) bitAnd() Expr { return p.binary(p.shift, AMPER) }
func (p *parser) shift() Expr  { return p.binary(p.sum, LEFTSHIFT, RIGHTSHIFT) }
func (p *parser) sum() Expr    { return p.binary(p.term, PLUS, MINUS) }
func (p *parser) term() Expr   { return p.binary(p.factor, STAR, SLASH, DSLASH, PERCENT, AT) }

func (p *parser) factor() Expr {
	p.push(1)
	defer p.pop(1)
	t := p.tok()
	switch t.kind {
	case PLUS, MINUS, TILDE:
		p.i++
		p.enter()
		v := p.factor()
		p.leave()
		return &UnaryOp{At: At{Span{t.span.Start, p.prevEnd()}}, Op: t.kind, Operand: v}
	}
	return p.power()
}

func (p *parser) power() Expr {
	p.push(1)
	defer p.pop(1)
	start := p.tok().span.Start
	e := p.awaitPrimary()
	if p.acceptOp(DOUBLESTAR) {
		p.enter()
		r := p.factor()
		p.leave()
		return &BinOp{At: At{Span{start, p.prevEnd()}}, Left: e, Op: DOUBLESTAR, Right: r}
	}
	return e
}

func (p *parser) awaitPrimary() Expr {
	p.push(1)
	defer p.pop(1)
	if p.isKw("await") {
		t := p.next()
		v := p.primary()
		p.checkVersion(5, "Await expressions are")
		return &Await{At{Span{t.span.Start, p.prevEnd()}}, v}
	}
	return p.primary()
}

func (p *parser) primary() Expr {
	p.push(2) // left-recursive
	defer p.pop(2)
	start := p.tok().span.Start
	e := p.atom()
	for {
		switch p.tok().kind {
		case DOT:
			p.i++
			name := p.expectName()
			e = &Attribute{At: At{Span{start, p.prevEnd()}}, Value: e, Attr: name.text}
		case LPAREN:
			p.i++
			p.enter()
			args, kws := p.callArgs(false)
			p.leave()
			p.expectOp(RPAREN)
			e = &Call{At: At{Span{start, p.prevEnd()}}, Func: e, Args: args, Keywords: kws}
		case LBRACK:
			p.i++
			p.enter()
			s := p.slices()
			p.leave()
			p.expectOp(RBRACK)
			e = &Subscript{At: At{Span{start, p.prevEnd()}}, Value: e, Slice: s}
		default:
			return e
		}
	}
}

func (p *parser) slices() Expr {
	start := p.tok().span.Start
	first := p.slice()
	if !p.isOp(COMMA) {
		if st, ok := first.(*Starred); ok {
			// x[*a] subscripts with the tuple (*a,).
			return &Tuple{At: At{st.Span}, Elts: []Expr{first}}
		}
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(COMMA) {
		if p.isOp(RBRACK) {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{At: At{Span{start, p.prevEnd()}}, Elts: elts}
}

func (p *parser) slice() Expr {
	start := p.tok().span.Start
	var lower Expr
	if !p.isOp(COLON) {
		if p.isOp(STAR) {
			return p.starExpression()
		}
		lower = p.namedExpression()
		if !p.isOp(COLON) {
			return lower
		}
	}
	s := &Slice{Lower: lower}
	p.expectOp(COLON)
	if !p.isOp(COLON) && !p.isOp(RBRACK) && !p.isOp(COMMA) {
		s.Upper = p.expression()
	}
	if p.acceptOp(COLON) {
		if !p.isOp(RBRACK) && !p.isOp(COMMA) {
			s.Step = p.expression()
		}
	}
	s.Span = Span{start, p.prevEnd()}
	return s
}

// callArgs parses call arguments up to (not including) ')', or a class's
// bases and keywords.
func (p *parser) callArgs(class bool) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	sawKw, sawDStar := false, false
	for !p.isOp(RPAREN) {
		t := p.tok()
		switch {
		case t.kind == DOUBLESTAR:
			p.i++
			v := p.expression()
			kws = append(kws, &Keyword{At: At{Span{t.span.Start, p.prevEnd()}}, Value: v})
			sawDStar = true
		case t.kind == STAR:
			p.i++
			v := p.expression()
			st := &Starred{At: At{Span{t.span.Start, p.prevEnd()}}, Value: v}
			if sawDStar {
				p.syntaxError(t.span, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, st)
		case t.kind == NAME && p.peekN(1).kind == EQUAL:
			if keywords[t.text] {
				if t.text == "True" || t.text == "False" || t.text == "None" {
					p.syntaxError(Span{t.span.Start, p.peekN(1).span.End}, "cannot assign to "+t.text)
				}
				p.unexpected()
			}
			eq := p.peekN(1).span
			p.i += 2
			v := p.expression()
			if p.isKw("for") || p.isKw("async") {
				// CPython's invalid_kwarg: a keyword whose value is a
				// bare generator expression.
				p.syntaxError(Span{t.span.Start, eq.End}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			kws = append(kws, &Keyword{At: At{Span{t.span.Start, p.prevEnd()}}, Arg: t.text, Value: v})
			sawKw = true
		default:
			var e Expr
			if sawKw || sawDStar {
				// CPython's first pass does not parse a positional
				// argument after keyword arguments: a generic error
				// in it is reported at its first token.
				e = p.argAfterKeywords()
			} else {
				e = p.namedExpr(false)
			}
			p.forgotComma(e)
			if p.isKw("for") || p.isKw("async") {
				forTok := p.tok().span
				g := p.comprehension(LPAREN, e, nil, e.Pos().Start)
				if len(args) > 0 || len(kws) > 0 || p.isOp(COMMA) {
					p.syntaxError(g.Pos(), "Generator expression must be parenthesized")
				}
				if class {
					// A class's bases are arguments, which a bare
					// generator expression is not.
					p.syntaxError(forTok, "invalid syntax")
				}
				e = g
				// The generator's span covers the call's parentheses.
				gc := g.(*Comp)
				gc.Span.Start = p.toks[p.callOpenParen()].span.Start
				gc.Span.End = p.tok().span.End
			}
			if p.isOp(EQUAL) {
				p.syntaxError(Span{e.Pos().Start, p.tok().span.End}, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if sawDStar {
				p.syntaxError(p.tok().span, "positional argument follows keyword argument unpacking")
			}
			if sawKw {
				p.syntaxError(p.tok().span, "positional argument follows keyword argument")
			}
			args = append(args, e)
		}
		if !p.acceptOp(COMMA) {
			break
		}
	}
	return args, kws
}

// argAfterKeywords parses a positional argument that follows keyword
// arguments; a plain "invalid syntax" inside it is reported at its first
// token, where CPython's first pass stopped.
func (p *parser) argAfterKeywords() Expr {
	start := p.tok().span
	var e Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if pe, ok := r.(parseError); ok && pe.err.Msg == "invalid syntax" && pe.err.Kind == "SyntaxError" && pe.err != p.scanErr {
					p.syntaxError(start, "invalid syntax")
				}
				panic(r)
			}
		}()
		e = p.namedExpr(false)
	}()
	return e
}

// callOpenParen finds the index of the '(' that opens the call being parsed.
func (p *parser) callOpenParen() int {
	depth := 0
	for j := p.i - 1; j >= 0; j-- {
		switch p.toks[j].kind {
		case RPAREN, RBRACK, RBRACE:
			depth++
		case LPAREN, LBRACK, LBRACE:
			if depth == 0 {
				return j
			}
			depth--
		}
	}
	return 0
}

func (p *parser) atom() Expr {
	p.push(1)
	defer p.pop(1)
	t := p.tok()
	switch t.kind {
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
		if keywords[t.text] {
			p.unexpected()
		}
		p.i++
		return &Name{At: At{t.span}, ID: t.text}
	case INT, FLOAT, IMAG:
		p.i++
		return &Constant{At{t.span}, p.number(t)}
	case STRING:
		return p.strings()
	case ELLIPSIS:
		p.i++
		return &Constant{At{t.span}, Ellipsis{}}
	case LPAREN:
		return p.parenAtom()
	case LBRACK:
		p.i++
		p.push(4) // (list | listcomp), list, star_named_expressions, its gather
		defer p.pop(4)
		p.enter()
		defer p.leave()
		if p.acceptOp(RBRACK) {
			return &List{At: At{Span{t.span.Start, p.prevEnd()}}}
		}
		first := p.starNamedExpression()
		if p.isKw("for") || p.isKw("async") {
			c := p.comprehension(LBRACK, first, nil, t.span.Start)
			p.expectOp(RBRACK)
			c.(*Comp).Span.End = p.prevEnd()
			return c
		}
		elts := []Expr{first}
		p.forgotComma(first)
		for p.acceptOp(COMMA) {
			if p.isOp(RBRACK) {
				break
			}
			p.unparenthesizedTarget(elts)
			elts = append(elts, p.starNamedExpression())
			p.forgotComma(elts[len(elts)-1])
		}
		p.unparenthesizedTarget(elts)
		p.expectOp(RBRACK)
		return &List{At: At{Span{t.span.Start, p.prevEnd()}}, Elts: elts}
	case LBRACE:
		return p.braceAtom()
	}
	p.unexpected()
	return nil
}

// doubleStarredGroup reports `(**expression)`, CPython's invalid_group,
// at the '**'; anything else after the '**' is left to the caller.
func (p *parser) doubleStarredGroup() {
	star := p.tok().span
	var closed bool
	p.parses(func() []Stmt {
		p.next()
		p.expression()
		closed = p.isOp(RPAREN)
		return nil
	})
	if closed {
		p.syntaxError(star, "cannot use double starred expression here")
	}
}

func (p *parser) parenAtom() Expr {
	p.push(3) // tuple or group, and the groups around and inside it
	defer p.pop(3)
	t := p.next()
	p.enter()
	defer p.leave()
	if p.acceptOp(RPAREN) {
		return &Tuple{At: At{Span{t.span.Start, p.prevEnd()}}}
	}
	if p.isKw("yield") {
		y := p.yieldExpr()
		p.expectOp(RPAREN)
		return y
	}
	if p.isOp(DOUBLESTAR) {
		p.doubleStarredGroup()
	}
	first := p.starNamedExpression()
	if p.isKw("for") || p.isKw("async") {
		c := p.comprehension(LPAREN, first, nil, t.span.Start)
		p.expectOp(RPAREN)
		c.(*Comp).Span.End = p.prevEnd()
		return c
	}
	if p.acceptOp(RPAREN) {
		if s, ok := first.(*Starred); ok {
			p.syntaxError(s.Span, "cannot use starred expression here")
		}
		return first
	}
	p.forgotComma(first)
	elts := []Expr{first}
	for p.acceptOp(COMMA) {
		if p.isOp(RPAREN) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.forgotComma(elts[len(elts)-1])
	p.expectOp(RPAREN)
	return &Tuple{At: At{Span{t.span.Start, p.prevEnd()}}, Elts: elts}
}

func (p *parser) braceAtom() Expr {
	p.push(4) // the group, dict, double_starred_kvpairs, its gather, kvpair
	defer p.pop(4)
	t := p.next()
	p.enter()
	defer p.leave()
	if p.acceptOp(RBRACE) {
		return &Dict{At: At{Span{t.span.Start, p.prevEnd()}}}
	}
	if p.isOp(DOUBLESTAR) {
		return p.dictRest(t, nil, nil)
	}
	first := p.starNamedExpression()
	p.forgotComma(first)
	if p.acceptOp(COLON) {
		p.push(2) // double_starred_kvpair, kvpair
		val := p.dictValue()
		p.pop(2)
		if p.isKw("for") || p.isKw("async") {
			c := p.comprehension(COLON, first, val, t.span.Start)
			p.expectOp(RBRACE)
			c.(*Comp).Span.End = p.prevEnd()
			return c
		}
		return p.dictRest(t, first, val)
	}
	if p.isKw("for") || p.isKw("async") {
		c := p.comprehension(LBRACE, first, nil, t.span.Start)
		p.expectOp(RBRACE)
		c.(*Comp).Span.End = p.prevEnd()
		return c
	}
	elts := []Expr{first}
	for p.acceptOp(COMMA) {
		if p.isOp(RBRACE) {
			break
		}
		p.unparenthesizedTarget(elts)
		elts = append(elts, p.starNamedExpression())
		p.forgotComma(elts[len(elts)-1])
	}
	p.unparenthesizedTarget(elts)
	p.expectOp(RBRACE)
	return &Set{At: At{Span{t.span.Start, p.prevEnd()}}, Elts: elts}
}

func (p *parser) dictRest(open token, k, v Expr) Expr {
	d := &Dict{}
	if k != nil {
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, v)
		if !p.acceptOp(COMMA) {
			p.expectOp(RBRACE)
			d.Span = Span{open.span.Start, p.prevEnd()}
			return d
		}
	}
	for !p.isOp(RBRACE) {
		if p.isOp(DOUBLESTAR) {
			star := p.next()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitOr())
			if len(d.Keys) == 1 && (p.isKw("for") || p.isKw("async")) {
				p.invalidDictComprehension(star.span, open)
			}
		} else {
			key := p.expression()
			p.forgotComma(key)
			if !p.isOp(COLON) {
				p.syntaxErrorEndless(key.Pos().Start, "':' expected after dictionary key")
			}
			p.expectOp(COLON)
			d.Keys = append(d.Keys, key)
			d.Values = append(d.Values, p.dictValue())
		}
		if !p.acceptOp(COMMA) {
			break
		}
	}
	p.expectOp(RBRACE)
	d.Span = Span{open.span.Start, p.prevEnd()}
	return d
}

// dictValue parses the value after a dictionary key's ':', reporting a
// starred or missing value as CPython's invalid_kvpair does, and two
// expressions side by side.
func (p *parser) dictValue() Expr {
	if p.isOp(STAR) {
		star := p.next()
		p.bitOr()
		p.syntaxError(Span{star.span.Start, p.prevEnd()}, "cannot use a starred expression in a dictionary value")
	}
	if p.isOp(RBRACE) || p.isOp(COMMA) {
		p.syntaxError(p.toks[p.i-1].span, "expression expected after dictionary key and ':'")
	}
	v := p.expression()
	p.forgotComma(v)
	return v
}

// unparenthesizedTarget reports CPython's error for a list or set display
// whose items (elts, perhaps followed by a comma) run into a for clause:
// a comprehension whose target lacks its parentheses.
func (p *parser) unparenthesizedTarget(elts []Expr) {
	if nx := p.peekN(1); !p.isKw("for") && !(p.isKw("async") && nx.kind == NAME && nx.text == "for") {
		return
	}
	end := elts[len(elts)-1].Pos().End
	if p.toks[p.i-1].kind == COMMA {
		end = p.prevEnd()
	}
	p.syntaxError(Span{elts[0].Pos().Start, end}, "did you forget parentheses around the comprehension target?")
}

// invalidDictComprehension reports `{**d for ...}`, a well-formed
// comprehension but for its `**` (at star), as CPython's grammar does;
// anything else is left to the usual error.
func (p *parser) invalidDictComprehension(star Span, open token) {
	save, level := p.i, p.level
	ok := false
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, isParse := r.(parseError); !isParse {
					panic(r)
				}
			}
		}()
		p.comprehension(COLON, &Name{}, &Name{}, open.span.Start)
		ok = p.isOp(RBRACE)
	}()
	p.i, p.level = save, level
	if ok {
		p.syntaxError(star, "dict unpacking cannot be used in dict comprehension")
	}
}

func (p *parser) comprehension(kind Token, elt, val Expr, start Pos) Expr {
	if s, ok := elt.(*Starred); ok {
		if kind == LBRACK {
			p.syntaxError(s.Span, "iterable unpacking cannot be used in comprehension")
		}
		p.syntaxError(s.Span, "iterable unpacking cannot be used in comprehension")
	}
	c := &Comp{Kind: kind, Elt: elt, Value: val}
	for p.isKw("for") || p.isKw("async") {
		gen := &Comprehension{}
		async := p.acceptKw("async")
		gen.IsAsync = async
		if !p.acceptKw("for") {
			p.unexpected()
		}
		gen.Target = p.targetList()
		if !p.acceptKw("in") {
			p.unexpected()
		}
		gen.Iter = p.disjunction()
		for p.isKw("if") {
			p.i++
			gen.Ifs = append(gen.Ifs, p.disjunction())
		}
		if async {
			p.checkVersion(6, "Async comprehensions are")
		}
		c.Generators = append(c.Generators, gen)
	}
	c.Span = Span{start, p.prevEnd()}
	return c
}

func (p *parser) number(t *token) any {
	text := strings.ReplaceAll(t.text, "_", "")
	switch t.kind {
	case INT:
		base := 10
		digits := text
		if len(text) > 1 && text[0] == '0' {
			switch text[1] {
			case 'x', 'X':
				base, digits = 16, text[2:]
			case 'o', 'O':
				base, digits = 8, text[2:]
			case 'b', 'B':
				base, digits = 2, text[2:]
			}
		}
		if v, err := strconv.ParseInt(digits, base, 64); err == nil {
			return v
		}
		if base == 10 && p.digitLimit > 0 && len(digits) > p.digitLimit {
			p.syntaxError(t.span, "Exceeds the limit ("+itoa(p.digitLimit)+" digits) for integer string conversion: value has "+itoa(len(digits))+" digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")
		}
		b, _ := new(big.Int).SetString(digits, base)
		return b
	case FLOAT:
		f, _ := strtod.Parse(text)
		return f
	default:
		f, _ := strtod.Parse(text[:len(text)-1])
		return complex(0, f)
	}
}

// EndsInsideBlock reports whether src, a source for compile() in the
// single mode, stops inside an indented block without the newline that
// would end its last line: with PyCF_DONT_IMPLY_DEDENT (the interactive
// prompt's flag, set by codeop) CPython does not close such a block at the
// end of the input, so the statement is not complete. The line returned
// is the one the source stops on.
func EndsInsideBlock(src []byte) (line int, ok bool) {
	if len(src) == 0 || src[len(src)-1] == '\n' || src[len(src)-1] == '\r' {
		return 0, false
	}
	p, err := newParser("", src, nil)
	if err != nil {
		return 0, false
	}
	n := len(p.toks)
	if n < 2 || p.toks[n-1].kind != EOF || p.toks[n-2].kind != DEDENT {
		return 0, false
	}
	return 1 + bytes.Count(src, []byte{'\n'}), true
}
