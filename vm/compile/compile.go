// Package compile translates a resolved syntax tree into pyjit bytecode.
//
// Each function, class body, lambda, comprehension and module compiles into
// its own code unit. A unit emits instructions with symbolic labels, and
// records for every instruction the innermost active exception handler
// (the label and the statement-level stack depth at which it was set up).
// When the unit is finished, labels are resolved to instruction indexes,
// consecutive instructions with the same handler are merged into
// exception-table ranges (CPython 3.11's zero-cost exceptions), and the
// maximum stack depth is computed by a flow analysis over the stack effects
// in the opcode table.
package compile

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/resolve"
	"github.com/pyjit/pyjit/vm/syntax"
)

// Mode selects what a source string compiles to.
type Mode uint8

// Compile modes, as for Python's compile().
const (
	ExecMode Mode = iota
	EvalMode
	SingleMode
)

// Options adjusts compilation.
type Options struct {
	// Check, when set, is called every few thousand tokens, tree nodes or
	// instructions while compiling. An error it returns stops compiling
	// and Compile returns it as is: this is how Ctrl-C, a deadline or a
	// step limit interrupt the compilation of a huge source.
	Check func() error
	// RecursionLimit is Python's recursion limit (sys.getrecursionlimit(),
	// 1000 when 0) and Depth the recursion depth of the code compiling.
	// As in CPython, statements and expressions may nest 3 levels per
	// level of recursion left; deeper trees raise RecursionError.
	RecursionLimit, Depth int
	// IntDigitLimit limits the decimal digits of int literals, as
	// syntax.Options.IntDigitLimit does.
	IntDigitLimit int
	// StrKindU reports the str constants of a tree compiled without its
	// source whose kind is "u", for the annotations that `from __future__
	// import annotations` keeps as strings.
	StrKindU func(*syntax.Constant) bool
	// Fold, when set, computes the binary operator op (a BINARY_OP
	// argument) on two constants as the runtime does, and reports whether
	// that gave a constant without raising: the compiler then folds
	// constant expressions (`1 << 10`, `2 + 3j`, `'ab' * 3`) as CPython's
	// optimizer does. Without it only unary operators are folded.
	Fold func(op int, x, y any) (any, bool)
	// Optimize is the optimization level, as python3's -O options and
	// compile()'s optimize argument: from 1, assert statements are not
	// compiled and __debug__ is False; from 2, docstrings are dropped too.
	Optimize int
	// Warn, when set, is called with each compile-time warning of the
	// parser and the compiler, as syntax.Options.Warn; without it the
	// compiler's warnings of top-level code are kept in Code.Warnings.
	Warn func(syntax.Warning) error
	// NameEscapes is syntax.Options.NameEscapes.
	NameEscapes func() bool
}

// maxTreeDepth caps the nesting of statements and expressions whatever
// the recursion limit, so that the front end's recursion stays well inside
// the Go stack.
const maxTreeDepth = 200000

// maxBlocks is CPython's CO_MAXBLOCKS: how many loops, try and with
// blocks may nest in one function.
const maxBlocks = 20

// maxDepth is how deep the tree may nest under opts.
func (opts Options) maxDepth() int {
	limit := opts.RecursionLimit
	if limit <= 0 {
		limit = 1000
	}
	d := 3*limit - 3*opts.Depth
	if limit > maxTreeDepth/3 {
		d = maxTreeDepth - 3*opts.Depth
	}
	if d < 1 {
		d = 1
	}
	return d
}

// Compile parses, resolves and compiles source.
func Compile(filename string, src []byte, mode Mode) (*code.Code, error) {
	return CompileWith(filename, src, mode, Options{})
}

// CompileWith parses, resolves and compiles source with options.
func CompileWith(filename string, src []byte, mode Mode, opts Options) (*code.Code, error) {
	popts := syntax.Options{Check: opts.Check, IntDigitLimit: opts.IntDigitLimit, Warn: opts.Warn, NameEscapes: opts.NameEscapes, Single: mode == SingleMode}
	if mode == EvalMode {
		e, perr := syntax.ParseExprWith(filename, src, popts)
		if perr != nil {
			return nil, perr
		}
		return CompileExpr(filename, src, e, opts)
	}
	mod, perr := syntax.ParseWith(filename, src, popts)
	if perr != nil {
		if se, ok := perr.(*syntax.Error); ok && mode == SingleMode && len(src) > 0 && src[len(src)-1] != '\n' &&
			se.Line == 1+bytes.Count(src, []byte{'\n'}) {
			// The single mode adds no newline after the last line: the
			// text of an error on it has none, as in CPython.
			se.Text = strings.TrimSuffix(se.Text, "\n")
		}
		return nil, perr
	}
	return CompileModule(filename, src, mod, mode == SingleMode, opts)
}

// CompileExpr resolves and compiles an expression (eval mode) parsed
// from src, or built otherwise (src nil).
func CompileExpr(filename string, src []byte, e syntax.Expr, opts Options) (*code.Code, error) {
	c := &compiler{file: filename, src: src, check: opts.Check, fold: opts.Fold, maxDepth: opts.maxDepth() + 100, optimize: opts.Optimize, warnFn: opts.Warn, strKindU: opts.StrKindU}
	ropts := resolve.Options{Check: opts.Check, MaxDepth: opts.maxDepth()}
	info, err := resolve.ExprWith(filename, src, e, ropts)
	if err != nil {
		return nil, err
	}
	c.info = info
	return c.run(func() *code.Code {
		u := c.pushUnit(info.Module, "<module>", 1)
		c.expr(e)
		u.emit(code.RETURN_VALUE, 0)
		return c.popUnit()
	})
}

// CompileModule resolves and compiles a module (exec mode, or single
// mode when interactive) parsed from src, or built otherwise (src nil).
func CompileModule(filename string, src []byte, mod *syntax.Module, interactive bool, opts Options) (*code.Code, error) {
	c := &compiler{file: filename, src: src, check: opts.Check, fold: opts.Fold, maxDepth: opts.maxDepth() + 100, optimize: opts.Optimize, warnFn: opts.Warn, strKindU: opts.StrKindU}
	ropts := resolve.Options{Check: opts.Check, MaxDepth: opts.maxDepth()}
	info, err := resolve.FileWith(filename, src, mod, ropts)
	if err != nil {
		return nil, err
	}
	c.info = info
	c.interactive = interactive
	return c.run(func() *code.Code {
		u := c.pushUnit(info.Module, "<module>", 1)
		c.futureImports(mod.Body)
		body := mod.Body
		if len(body) > 0 && !c.interactive {
			if doc := c.docstring(body); doc != nil {
				u.setPos(body[0].Pos())
				u.loadConst(doc.Value)
				u.emitName(code.STORE_NAME, "__doc__")
				body = body[1:]
			}
		}
		if hasAnnotations(body) {
			u.emit(code.SETUP_ANNOTATIONS, 0)
		}
		c.stmts(body)
		u.emitImplicitReturn()
		co := c.popUnit()
		co.Warnings = c.warnings
		return co
	})
}

type compiler struct {
	file        string
	src         []byte
	info        *resolve.Info
	u           *unit
	interactive bool
	futureAnno  bool
	strKindU    func(*syntax.Constant) bool // Options.StrKindU
	lineStarts  []int                       // offsets of src's lines, made by uKind
	// futureOK holds the future statements at the start of the module,
	// the only place they may stand.
	futureOK map[*syntax.ImportFrom]bool
	warnings []code.Warning
	check    func() error                       // Options.Check
	fold     func(op int, x, y any) (any, bool) // Options.Fold
	steps    int                                // instructions emitted, for check
	depth    int                                // nesting of expr and stmt calls
	curStmt  syntax.Span                        // the statement being compiled
	maxDepth int
	optimize int                        // Options.Optimize
	warnFn   func(syntax.Warning) error // Options.Warn
}

// checkEvery is how many instructions pass between calls of Options.Check.
const checkEvery = 4096

type stopError struct{ err error }

// poll calls Options.Check every checkEvery calls.
func (c *compiler) poll() {
	c.steps++
	if c.check != nil && c.steps%checkEvery == 0 {
		if err := c.check(); err != nil {
			panic(stopError{err})
		}
	}
}

// enter guards the compiler's recursion over the tree. The resolver has
// already refused trees nested deeper than the limit, so this fails only
// if the compiler recursed where the resolver did not.
func (c *compiler) enter(sp syntax.Span) {
	c.depth++
	if c.depth > c.maxDepth {
		c.errorKind(sp, resolve.RecursionMsg, "RecursionError")
	}
}

func (c *compiler) leave() { c.depth-- }

// warn issues a SyntaxWarning about sp through Options.Warn: one the
// callback raises is a SyntaxError at sp, another error from it stops
// compiling. Without the callback the warning is kept for Code.Warnings.
func (c *compiler) warn(sp syntax.Span, msg string) {
	if c.warnFn == nil {
		c.warnings = append(c.warnings, code.Warning{Line: int(sp.Start.Line), Msg: msg})
		return
	}
	switch err := c.warnFn(syntax.Warning{Category: "SyntaxWarning", Msg: msg, Span: sp}); {
	case err == syntax.ErrWarningRaised:
		c.errorAt(sp, msg)
	case err != nil:
		panic(stopError{err})
	}
}

type compileError struct{ err *syntax.Error }

func (c *compiler) run(f func() *code.Code) (co *code.Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			if se, ok := r.(stopError); ok {
				co, err = nil, se.err
				return
			}
			ce, ok := r.(compileError)
			if !ok {
				panic(r)
			}
			co, err = nil, ce.err
		}
	}()
	return f(), nil
}

// errorAt aborts compilation with a SyntaxError at sp.
func (c *compiler) errorAt(sp syntax.Span, msg string) {
	c.errorKind(sp, msg, "SyntaxError")
}

func (c *compiler) errorKind(sp syntax.Span, msg, kind string) {
	text := lineOf(c.src, int(sp.Start.Line))
	e := &syntax.Error{Msg: msg, Filename: c.file, Line: int(sp.Start.Line), Text: text, Kind: kind, FileText: true}
	e.Col = byteOffset(text, int(sp.Start.Col))
	if sp.End.Line > 0 {
		e.EndLine = int(sp.End.Line)
		e.EndCol = byteOffset(lineOf(c.src, int(sp.End.Line)), int(sp.End.Col))
	}
	panic(compileError{e})
}

func lineOf(src []byte, line int) string {
	l, start := 1, 0
	for i := 0; i < len(src) && l < line; i++ {
		if src[i] == '\n' {
			l++
			start = i + 1
		}
	}
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	return string(src[start:end]) + "\n"
}

// byteOffset is SyntaxError.offset for byte column col of the line text:
// CPython's compiler reports its errors' columns in UTF-8 bytes (only
// the parser converts its own to characters).
func byteOffset(text string, col int) int {
	return min(col, len(text)) + 1
}

// label is a symbolic jump target within a unit.
type label int

// handler is an active exception handler: where to jump and at what
// depth. A lasti handler (CPython's cleanup and with handlers) records
// the instruction it was entered from, for the RERAISE with an argument
// that ends it (see code.RERAISE).
type handler struct {
	target label
	depth  int
	lasti  bool
}

type blockKind uint8

const (
	whileLoop blockKind = iota
	forLoop
	tryExcept      // try body protected by except clauses
	finallyTry     // try body protected by a finally clause
	finallyEnd     // running a finally body on the exception path
	handlerCleanup // inside an except body: stack holds prev exc
	withBlock
	asyncWithBlock
	popValue
	exceptHandler // around the except clauses: CPython counts it as a block
)

type fblock struct {
	kind    blockKind
	start   label // loop continue target
	exit    label // loop break target
	finally []syntax.Stmt
	name    string      // except-handler name to clear
	pos     syntax.Span // a with block's statement, where leaving it calls __exit__
	// exceptStar marks the block of an except* clause's body, which
	// break, continue and return may not leave (CPython's
	// EXCEPTION_GROUP_HANDLER).
	exceptStar bool
	depth      int // statement-level stack depth when the block started
	// ownHandlers is the number of exception handlers the block pushed
	// when it started (set by its maker); depthHandlers, the number
	// active outside it (set by pushBlock), which leaving the block early
	// cuts the handler stack back to.
	ownHandlers, depthHandlers int
}

type unit struct {
	c        *compiler
	up       *unit // enclosing unit
	scope    *resolve.Scope
	co       *code.Code
	instrs   []code.Instr
	pos      code.Position
	posList  []code.Position
	handlers []handler // active handler stack
	hfor     []int     // handler index per instruction (-1 none), into hlist
	hlist    []handler
	labels   []int
	consts   []any
	constIdx map[any]int
	names    []string
	nameIdx  map[string]int
	fblocks  []*fblock
	depth    int // statement-level stack depth
	slots    map[string]int
	inLoop   int
	isAsync  bool
	exit     label // the implicit return a body ends with, or -1
}

func (c *compiler) pushUnit(scope *resolve.Scope, name string, firstLine int) *unit {
	u := &unit{c: c, up: c.u, scope: scope, constIdx: map[any]int{}, nameIdx: map[string]int{}, slots: map[string]int{}, exit: -1}
	u.co = &code.Code{Name: name, Filename: c.file, FirstLine: firstLine}
	// Lay out fast locals: varnames, then cells that are not parameters, then free variables.
	if scope.Kind == resolve.Function || scope.Kind == resolve.Comprehension {
		u.co.Varnames = append([]string(nil), scope.Varnames...)
	}
	for i, n := range u.co.Varnames {
		u.slots[n] = i
	}
	n := len(u.co.Varnames)
	u.co.Cellvars = scope.Cellvars
	for _, cv := range scope.Cellvars {
		if i, ok := u.slots[cv]; ok && scope.Kind != resolve.Class && scope.Kind != resolve.Module {
			u.co.CellSlots = append(u.co.CellSlots, i)
			continue
		}
		u.co.CellSlots = append(u.co.CellSlots, n)
		u.slots["cell:"+cv] = n
		n++
	}
	u.co.FreeStart = n
	u.co.Freevars = scope.Freevars
	for _, fv := range scope.Freevars {
		u.slots["free:"+fv] = n
		n++
	}
	u.co.NLocals = n
	u.isAsync = scope.Coroutine
	c.u = u
	return u
}

// popUnit finishes the current unit and returns its code.
func (c *compiler) popUnit() *code.Code {
	u := c.u
	co := u.finish()
	c.u = u.up
	return co
}

// freeSlot returns the local slot holding the cell of a free variable.
func (u *unit) freeSlot(name string) int {
	if i, ok := u.slots["free:"+name]; ok {
		return i
	}
	return u.cellSlot(name)
}

// cellSlot returns the local slot holding the cell for a cell or free variable.
func (u *unit) cellSlot(name string) int {
	if i, ok := u.slots["cell:"+name]; ok {
		return i
	}
	if i, ok := u.slots["free:"+name]; ok {
		return i
	}
	for j, cv := range u.co.Cellvars {
		if cv == name {
			return u.co.CellSlots[j]
		}
	}
	panic(fmt.Sprintf("compile: no cell for %q in %s", name, u.co.Name))
}

func (u *unit) newLabel() label {
	u.labels = append(u.labels, -1)
	return label(len(u.labels) - 1)
}

func (u *unit) bind(l label) { u.labels[l] = len(u.instrs) }

func (u *unit) emit(op code.Opcode, arg int) int {
	u.c.poll()
	u.instrs = append(u.instrs, code.MakeInstr(op, arg))
	u.posList = append(u.posList, u.pos)
	h := -1
	if n := len(u.handlers); n > 0 {
		h = len(u.hlist)
		u.hlist = append(u.hlist, u.handlers[n-1])
	}
	u.hfor = append(u.hfor, h)
	return len(u.instrs) - 1
}

// jumps records instructions whose argument is a label.
func (u *unit) emitJump(op code.Opcode, l label) {
	u.emit(op, int(l))
}

// emitJumpNoLine emits a jump that has no line of its own, as CPython's
// ADDOP_JUMP_NOLINE: a trace reports it on the line before it, and jumps
// to it go straight to its target (see threadJumps).
func (u *unit) emitJumpNoLine(op code.Opcode, l label) {
	u.emitNoLine(op, int(l))
}

// emitNoLine emits an instruction without a line of its own (CPython's
// ADDOP_NOLINE).
func (u *unit) emitNoLine(op code.Opcode, arg int) {
	saved := u.pos
	u.pos = code.Position{}
	u.emit(op, arg)
	u.pos = saved
}

// threadJumps makes each jump to an unconditional jump that has no line,
// or the jump's own, go to that jump's target instead, as CPython's
// jump_thread: the jump then reports its line where it lands. A
// conditional jump is only made to go forward.
func (u *unit) threadJumps() {
	for i, in := range u.instrs {
		op := in.Op()
		if !op.HasJump() {
			continue
		}
		l := in.Arg()
		for n := 0; n < 8; n++ {
			t := u.labels[l]
			if t < 0 || t >= len(u.instrs) {
				break
			}
			tin := u.instrs[t]
			if top := tin.Op(); top != code.JUMP_FORWARD && top != code.JUMP_BACKWARD {
				break
			}
			if line := u.posList[t].Line; line != 0 && line != u.posList[i].Line {
				break
			}
			next := tin.Arg()
			nt := u.labels[next]
			if next == l || nt < 0 || nt == t {
				break
			}
			switch op {
			case code.JUMP_FORWARD, code.JUMP_BACKWARD:
				op = code.JUMP_FORWARD
				if nt <= i {
					op = code.JUMP_BACKWARD
				}
			default:
				if nt <= i {
					n = 8
					continue
				}
			}
			l = next
		}
		if l != in.Arg() || op != in.Op() {
			u.instrs[i] = code.MakeInstr(op, l)
		}
	}
}

// foldConstJumps decides the conditional jumps on a constant, as
// CPython's optimizer: LOAD_CONST and POP_JUMP_IF_FALSE or
// POP_JUMP_IF_TRUE become a NOP on the test's line and then either an
// unconditional jump or nothing. The code the jump skips for good (the
// body of `if False:`, what follows `while True:`) is then unreachable.
func (u *unit) foldConstJumps() {
	target := make([]bool, len(u.instrs)+1)
	for _, t := range u.labels {
		if t >= 0 {
			target[t] = true
		}
	}
	for i := 0; i+1 < len(u.instrs); i++ {
		in, next := u.instrs[i], u.instrs[i+1]
		op := next.Op()
		if in.Op() != code.LOAD_CONST || (op != code.POP_JUMP_IF_FALSE && op != code.POP_JUMP_IF_TRUE) || target[i+1] {
			continue
		}
		truth, ok := constTruth(u.consts[in.Arg()])
		if !ok {
			continue
		}
		u.instrs[i] = code.MakeInstr(code.NOP, 0)
		if truth != (op == code.POP_JUMP_IF_TRUE) {
			u.instrs[i+1] = code.MakeInstr(code.NOP, 0)
			continue
		}
		jump := code.JUMP_FORWARD
		if t := u.labels[next.Arg()]; t >= 0 && t <= i+1 {
			jump = code.JUMP_BACKWARD
		}
		u.instrs[i+1] = code.MakeInstr(jump, next.Arg())
	}
}

// constTruth is the truth of a constant whose truth is plain.
func constTruth(k any) (truth, ok bool) {
	switch k := k.(type) {
	case nil:
		return false, true
	case bool:
		return k, true
	case int64:
		return k != 0, true
	case float64:
		return k != 0, true
	case string:
		return k != "", true
	}
	return false, false
}

// dropUnreachable removes the instructions no path from the start
// reaches (the code after a return or an endless loop, a jump left behind
// by threadJumps), as CPython's compiler drops unreachable blocks: a
// trace function then finds no code on their lines to jump to. Labels
// that pointed at a removed instruction point at the next one kept.
func (u *unit) dropUnreachable() {
	n := len(u.instrs)
	reach := make([]bool, n)
	handlerSeen := make([]bool, len(u.hlist))
	work := []int{0}
	if n == 0 {
		return
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		for i < n && !reach[i] {
			reach[i] = true
			if h := u.hfor[i]; h >= 0 && !handlerSeen[h] {
				handlerSeen[h] = true
				if t := u.labels[u.hlist[h].target]; t >= 0 && t < n {
					work = append(work, t)
				}
			}
			in := u.instrs[i]
			if in.Op().HasJump() {
				if t := u.labels[in.Arg()]; t >= 0 && t < n {
					work = append(work, t)
				}
			}
			if in.Op().IsTerminal() {
				break
			}
			i++
		}
	}
	if u.exit >= 0 {
		if t := u.labels[u.exit]; t >= 0 && t < n && !reach[t] {
			u.exit = -1
		}
	}
	newIndex := make([]int, n+1)
	j := 0
	for i := 0; i < n; i++ {
		newIndex[i] = j
		if !reach[i] {
			continue
		}
		u.instrs[j], u.posList[j], u.hfor[j] = u.instrs[i], u.posList[i], u.hfor[i]
		j++
	}
	u.keepFirst(j, newIndex)
}

func (u *unit) setPos(sp syntax.Span) {
	u.pos = code.Position{Line: sp.Start.Line, EndLine: sp.End.Line, Col: sp.Start.Col, EndCol: sp.End.Col}
}

// setAttrPos sets the position of an instruction of attribute a (its load,
// store or deletion, or the call of a method) whose own span is sp. When
// the attribute spans lines, the position starts at the attribute's name
// on the last line, as CPython 3.11 places it, so that a traceback through
// `(obj\n    .method())` shows the line of `.method`: the start column is
// the attribute's end column less the name's length in characters (CPython
// subtracts characters from a byte offset, and so does this).
func (u *unit) setAttrPos(a *syntax.Attribute, sp syntax.Span) {
	u.setPos(attrSpan(a, sp))
}

// attrSpan is sp with its start moved as setAttrPos describes.
func attrSpan(a *syntax.Attribute, sp syntax.Span) syntax.Span {
	if a.Span.Start.Line != a.Span.End.Line {
		if n := int32(utf8.RuneCountInString(a.Attr)); n <= a.Span.End.Col {
			sp.Start = syntax.Pos{Line: a.Span.End.Line, Col: a.Span.End.Col - n}
			if sp.End.Line < sp.Start.Line {
				sp.End.Line = sp.Start.Line
			}
			if sp.End.Line == sp.Start.Line && sp.End.Col < sp.Start.Col {
				sp.End.Col = sp.Start.Col
			}
		}
	}
	return sp
}

func (u *unit) pushHandler(target label) { u.pushHandlerAt(target, u.depth) }

func (u *unit) popHandler() { u.handlers = u.handlers[:len(u.handlers)-1] }

type constKey struct {
	kind string
	v    any
}

func (u *unit) constIndex(v any) int {
	var key any
	switch x := v.(type) {
	case nil, bool, int64, string, code.Bytes, code.Ellipsis:
		key = constKey{fmt.Sprintf("%T", v), x}
	case float64:
		key = constKey{fmt.Sprintf("%T:%v", v, signbit(x)), x}
	case complex128:
		key = constKey{fmt.Sprintf("%T:%v:%v", v, signbit(real(x)), signbit(imag(x))), x}
	case *big.Int:
		key = constKey{"big", x.String()}
	case code.Tuple:
		var b strings.Builder
		tupleKey(&b, x)
		key = constKey{"tuple", b.String()}
	case code.FrozenSet:
		var b strings.Builder
		tupleKey(&b, code.Tuple(x))
		key = constKey{"frozenset", b.String()}
	default:
		u.consts = append(u.consts, v)
		return len(u.consts) - 1
	}
	if i, ok := u.constIdx[key]; ok {
		return i
	}
	u.consts = append(u.consts, v)
	u.constIdx[key] = len(u.consts) - 1
	return len(u.consts) - 1
}

func signbit(f float64) bool { return f < 0 || (f == 0 && 1/f < 0) }

// tupleKey writes a key for a constant tuple that tells apart all tuples
// Python does not consider the same constant: element types and the sign
// of zero count as well as the values.
func tupleKey(b *strings.Builder, t code.Tuple) {
	b.WriteByte('(')
	for _, x := range t {
		switch v := x.(type) {
		case nil:
			b.WriteString("N")
		case bool:
			b.WriteString("b")
			b.WriteString(strconv.FormatBool(v))
		case int64:
			b.WriteString("i")
			b.WriteString(strconv.FormatInt(v, 10))
		case *big.Int:
			b.WriteString("i")
			b.WriteString(v.String())
		case float64:
			b.WriteString("f")
			b.WriteString(strconv.FormatUint(math.Float64bits(v), 16))
		case string:
			b.WriteString("s")
			b.WriteString(strconv.Itoa(len(v)))
			b.WriteByte(':')
			b.WriteString(v)
		case code.Bytes:
			b.WriteString("y")
			b.WriteString(strconv.Itoa(len(v)))
			b.WriteByte(':')
			b.WriteString(string(v))
		case code.Tuple:
			b.WriteString("t")
			tupleKey(b, v)
		case code.FrozenSet:
			b.WriteString("F")
			tupleKey(b, code.Tuple(v))
		default:
			fmt.Fprintf(b, "%T:%v", v, v)
		}
		b.WriteByte(',')
	}
	b.WriteByte(')')
}

func (u *unit) loadConst(v any) { u.emit(code.LOAD_CONST, u.constIndex(v)) }

func (u *unit) nameIndex(n string) int {
	if i, ok := u.nameIdx[n]; ok {
		return i
	}
	u.names = append(u.names, n)
	u.nameIdx[n] = len(u.names) - 1
	return len(u.names) - 1
}

func (u *unit) emitName(op code.Opcode, n string) { u.emit(op, u.nameIndex(n)) }

// finish resolves labels, builds the exception table and computes the stack size.
func (u *unit) finish() *code.Code {
	co := u.co
	u.foldConstJumps()
	u.fuseReturnConst()
	u.dropDead()
	u.threadJumps()
	u.dropUnreachable()
	u.placeExit()
	for i, in := range u.instrs {
		if in.Op().HasJump() {
			t := u.labels[in.Arg()]
			if t < 0 {
				panic("compile: unbound label in " + co.Name)
			}
			u.instrs[i] = code.MakeInstr(in.Op(), t)
		}
	}
	// Exception table: merge runs of instructions with the same handler.
	var table []code.ExcEntry
	for i := 0; i < len(u.instrs); {
		h := u.hfor[i]
		if h < 0 {
			i++
			continue
		}
		hd := u.hlist[h]
		j := i + 1
		for j < len(u.instrs) && u.hfor[j] >= 0 && u.hlist[u.hfor[j]] == hd {
			j++
		}
		table = append(table, code.ExcEntry{Start: int32(i), End: int32(j), Target: int32(u.labels[hd.target]), Depth: int32(hd.depth), Lasti: hd.lasti})
		i = j
	}
	// The code outlives the compilation: its arrays are copied out of the
	// ones appended to, whose spare capacity would stay allocated with it.
	co.Instrs = slices.Clone(u.instrs)
	co.Positions = code.NewPosTable(u.posList)
	co.ExcTable = table
	co.Consts = slices.Clone(u.consts)
	co.Names = slices.Clone(u.names)
	size, ok := stackDepth(co, u.c.poll)
	if !ok {
		u.c.errorKind(syntax.Span{Start: syntax.Pos{Line: int32(co.FirstLine)}}, "pyjit: inconsistent stack depth in "+co.Name, "SystemError")
	}
	co.StackSize = size
	return co
}

// dropDead removes instructions that do nothing: NOPs (a `pass`, a
// constant expression statement, the end of a try body) followed by an
// instruction of the same line, which marks no line of its own, or by one
// without a line that no jump targets, which takes the NOP's; and a RETURN_VALUE after a
// RETURN_CONST that no jump targets. Labels that pointed at a removed instruction point at the one
// after it.
func (u *unit) dropDead() {
	n := len(u.instrs)
	target := make([]bool, n+1)
	for _, t := range u.labels {
		if t >= 0 {
			target[t] = true
		}
	}
	newIndex := make([]int, n+1)
	j := 0
	for i, in := range u.instrs {
		newIndex[i] = j
		switch in.Op() {
		case code.NOP:
			if u.posList[i].Line == 0 {
				continue // it marks no line
			}
			if i+1 < n && u.posList[i+1].Line == 0 && !target[i+1] {
				// The next instruction has no line and no other way in:
				// it takes the NOP's.
				u.posList[i+1] = u.posList[i]
			}
			if i+1 < n && u.posList[i+1].Line == u.posList[i].Line {
				continue
			}
		case code.RETURN_VALUE:
			if i > 0 && u.instrs[i-1].Op() == code.RETURN_CONST && !target[i] {
				continue
			}
		}
		u.instrs[j], u.posList[j], u.hfor[j] = in, u.posList[i], u.hfor[i]
		j++
	}
	u.keepFirst(j, newIndex)
}

// emitImplicitReturn emits the `return None` a body ends with. It has no
// position of its own: placeExit gives it the line of what reaches it.
func (u *unit) emitImplicitReturn() {
	u.exit = u.newLabel()
	u.bind(u.exit)
	u.pos = code.Position{}
	u.loadConst(nil)
	u.emit(code.RETURN_VALUE, 0)
}

// placeExit gives the implicit return the position of the instruction
// that reaches it, as CPython's compiler does: the instruction before it
// when that one falls through, and to each jump to it a copy of its own
// on the jump's line (an unconditional jump becomes the return). A trace
// then reports the return on the line it came from, without a line event
// for the function's last line.
func (u *unit) placeExit() {
	if u.exit < 0 {
		return
	}
	at := u.labels[u.exit]
	if at >= len(u.instrs) {
		return // nothing reaches it
	}
	ret := u.instrs[at]
	if ret.Op() != code.RETURN_CONST || u.posList[at].Line != 0 {
		return // it has the line of a NOP before it (see dropDead)
	}
	for i, in := range u.instrs {
		if !in.Op().HasJump() || u.labels[in.Arg()] != at {
			continue
		}
		pos := u.positionAt(i)
		if op := in.Op(); op == code.JUMP_FORWARD || op == code.JUMP_BACKWARD {
			u.instrs[i], u.posList[i] = ret, pos
			continue
		}
		copyAt := u.newLabel()
		u.bind(copyAt)
		u.instrs = append(u.instrs, ret)
		u.posList = append(u.posList, pos)
		u.hfor = append(u.hfor, u.hfor[at])
		u.instrs[i] = code.MakeInstr(in.Op(), int(copyAt))
	}
	if at > 0 && !u.instrs[at-1].Op().IsTerminal() {
		u.posList[at] = u.positionAt(at - 1)
	}
}

// positionAt is the position of instruction i, or, for one without a
// line, that of the nearest instruction before it with one.
func (u *unit) positionAt(i int) code.Position {
	for ; i > 0 && u.posList[i].Line == 0; i-- {
	}
	return u.posList[i]
}

// fuseReturnConst turns each LOAD_CONST followed by RETURN_VALUE into
// RETURN_CONST, which returns the constant in one dispatch (as CPython
// 3.12). dropDead then removes the RETURN_VALUE unless a jump targets it.
func (u *unit) fuseReturnConst() {
	for i := 0; i+1 < len(u.instrs); i++ {
		if in := u.instrs[i]; in.Op() == code.LOAD_CONST && u.instrs[i+1].Op() == code.RETURN_VALUE {
			u.instrs[i] = code.MakeInstr(code.RETURN_CONST, in.Arg())
		}
	}
}

// stackDepth computes the maximum value-stack depth by propagating depths
// along all control-flow edges, including exception-handler entries. The
// compiler reaches every instruction with one depth, so each is visited
// about once; should a loop raise the depth on every pass, the analysis
// gives up (ok false) instead of running forever. poll is called once per
// instruction visited.
func stackDepth(co *code.Code, poll func()) (size int, ok bool) {
	n := len(co.Instrs)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	maxDepth := 0
	var work []int
	push := func(pc, d int) {
		if pc >= n || pc < 0 {
			return
		}
		if depth[pc] < d {
			depth[pc] = d
			work = append(work, pc)
		}
		if d > maxDepth {
			maxDepth = d
		}
	}
	push(0, 0)
	for _, e := range co.ExcTable {
		push(int(e.Target), int(e.Depth)+1)
	}
	budget := 8*n + 64
	for len(work) > 0 {
		if budget--; budget < 0 {
			return 0, false
		}
		poll()
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		in := co.Instrs[pc]
		op := in.Op()
		if op.HasJump() {
			push(in.Arg(), d+code.StackEffect(op, in.Arg(), true))
		}
		if !op.IsTerminal() {
			push(pc+1, d+code.StackEffect(op, in.Arg(), false))
		}
		// A handler covering pc may be entered with the depth recorded in
		// its table entry; those were seeded above.
	}
	return maxDepth + 2, true
}

// keepFirst ends a pass that moved the instructions it keeps to the front:
// the unit keeps the first j, and each label moves to newIndex of its
// target (newIndex has an entry for every old instruction and one past
// the end).
func (u *unit) keepFirst(j int, newIndex []int) {
	n := len(u.instrs)
	if j == n {
		return
	}
	newIndex[n] = j
	u.instrs, u.posList, u.hfor = u.instrs[:j], u.posList[:j], u.hfor[:j]
	for l, t := range u.labels {
		if t >= 0 {
			u.labels[l] = newIndex[t]
		}
	}
}
