package compile

// Expression compilation: names, operators, calls, displays, comprehensions.

import (
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/resolve"
	"github.com/pyjit/pyjit/vm/syntax"
)

// mangle applies private-name mangling (`__x` inside class C → `_C__x`).
func (c *compiler) mangle(name string) string {
	if !strings.HasPrefix(name, "__") {
		return name
	}
	for s := c.u; s != nil; s = s.up {
		if s.scope.Kind == resolve.Class {
			return resolve.Mangle(s.co.Name, name)
		}
	}
	return name
}

// forbiddenName reports a store or deletion of __debug__ at sp, as
// CPython's compiler does (forbidden_name), with the location of what it
// is compiling.
func (c *compiler) forbiddenName(name string, ctx syntax.ExprContext, sp syntax.Span) {
	if name != "__debug__" {
		return
	}
	switch ctx {
	case syntax.Store:
		c.errorAt(sp, "cannot assign to __debug__")
	case syntax.Del:
		c.errorAt(sp, "cannot delete __debug__")
	}
}

// checkDebugArgs reports a parameter named __debug__ at sp, the function
// or lambda (CPython's compiler_check_debug_args).
func (c *compiler) checkDebugArgs(a *syntax.Arguments, sp syntax.Span) {
	for _, list := range [][]*syntax.Arg{a.PosOnly, a.Args, {a.Vararg}, a.KwOnly, {a.Kwarg}} {
		for _, arg := range list {
			if arg != nil {
				c.forbiddenName(arg.Name, syntax.Store, sp)
			}
		}
	}
}

func (c *compiler) loadName(name string, sp syntax.Span) { c.nameOp(name, syntax.Load, sp) }

func (c *compiler) storeName(name string, sp syntax.Span) { c.nameOp(name, syntax.Store, sp) }

func (c *compiler) deleteName(name string, sp syntax.Span) { c.nameOp(name, syntax.Del, sp) }

func (c *compiler) nameOp(name string, ctx syntax.ExprContext, sp syntax.Span) {
	u := c.u
	if name == "__debug__" {
		if ctx == syntax.Load {
			u.loadConst(c.optimize == 0)
			return
		}
		c.forbiddenName(name, ctx, sp)
	}
	name = c.mangle(name)
	b := u.scope.Lookup(name)
	switch b {
	case resolve.Local:
		slot := u.slots[name]
		switch ctx {
		case syntax.Load:
			u.emit(code.LOAD_FAST, slot)
		case syntax.Store:
			u.emit(code.STORE_FAST, slot)
		default:
			u.emit(code.DELETE_FAST, slot)
		}
	case resolve.Cell, resolve.Free:
		slot := u.cellSlot(name)
		if b == resolve.Free {
			// A class body that reads __class__ from an enclosing
			// function has both its own __class__ cell (for its
			// methods) and the free variable: the body means the latter.
			slot = u.freeSlot(name)
		}
		switch ctx {
		case syntax.Load:
			if u.scope.Kind == resolve.Class && u.scope.IsClassDeref(name) {
				u.emit(code.LOAD_CLASSDEREF, slot)
			} else {
				u.emit(code.LOAD_DEREF, slot)
			}
		case syntax.Store:
			u.emit(code.STORE_DEREF, slot)
		default:
			u.emit(code.DELETE_DEREF, slot)
		}
	case resolve.GlobalExplicit, resolve.GlobalImplicit:
		if b == resolve.GlobalImplicit && (u.scope.Kind == resolve.Module || u.scope.Kind == resolve.Class) {
			c.nameLookup(name, ctx)
			return
		}
		n := u.nameIndex(name)
		switch ctx {
		case syntax.Load:
			u.emit(code.LOAD_GLOBAL, n<<1)
		case syntax.Store:
			u.emit(code.STORE_GLOBAL, n)
		default:
			u.emit(code.DELETE_GLOBAL, n)
		}
	default:
		c.nameLookup(name, ctx)
	}
}

func (c *compiler) nameLookup(name string, ctx syntax.ExprContext) {
	u := c.u
	switch ctx {
	case syntax.Load:
		u.emitName(code.LOAD_NAME, name)
	case syntax.Store:
		u.emitName(code.STORE_NAME, name)
	default:
		u.emitName(code.DELETE_NAME, name)
	}
}

var binOps = map[syntax.Token]int{
	syntax.PLUS: code.NB_ADD, syntax.AMPER: code.NB_AND, syntax.DSLASH: code.NB_FLOOR_DIVIDE,
	syntax.LEFTSHIFT: code.NB_LSHIFT, syntax.AT: code.NB_MATRIX_MULTIPLY, syntax.STAR: code.NB_MULTIPLY,
	syntax.PERCENT: code.NB_REMAINDER, syntax.VBAR: code.NB_OR, syntax.DOUBLESTAR: code.NB_POWER,
	syntax.RIGHTSHIFT: code.NB_RSHIFT, syntax.MINUS: code.NB_SUBTRACT, syntax.SLASH: code.NB_TRUE_DIVIDE,
	syntax.CIRCUMFLEX: code.NB_XOR,
}

func binOpArg(t syntax.Token) int { return binOps[t] }

// constValue converts a syntax constant into a code constant.
func constValue(v any) any {
	switch v := v.(type) {
	case syntax.Bytes:
		return code.Bytes(v)
	case syntax.Ellipsis:
		return code.Ellipsis{}
	}
	return v
}

// foldUnary returns the value of a unary operator applied to a constant
// (`-1`, `~0`, `not None`), as CPython's compiler folds it, when that is
// a number or a bool and raises nothing; ok is false otherwise.
func foldUnary(e *syntax.UnaryOp) (v any, ok bool) {
	var x any
	switch k := e.Operand.(type) {
	case *syntax.Constant:
		x = k.Value
	case *syntax.UnaryOp:
		if x, ok = foldUnary(k); !ok {
			return nil, false
		}
	default:
		return nil, false
	}
	return unaryConst(e.Op, x)
}

// unaryConst applies a unary operator (syntax.NAME for `not`) to the
// constant x, a syntax or code constant.
func unaryConst(op syntax.Token, x any) (v any, ok bool) {
	if op == syntax.NAME { // not
		switch x := x.(type) {
		case nil:
			return true, true
		case bool:
			return !x, true
		case int64:
			return x == 0, true
		case *big.Int:
			return x.Sign() == 0, true
		case float64:
			return x == 0, true
		case complex128:
			return x == 0, true
		case string:
			return x == "", true
		case syntax.Bytes:
			return len(x) == 0, true
		case code.Bytes:
			return len(x) == 0, true
		case code.Tuple:
			return len(x) == 0, true
		case syntax.Ellipsis, code.Ellipsis:
			return false, true
		}
		return nil, false
	}
	if b, isBool := x.(bool); isBool {
		x = int64(0)
		if b {
			x = int64(1)
		}
	}
	switch x := x.(type) {
	case int64:
		switch op {
		case syntax.MINUS:
			if x == math.MinInt64 {
				return new(big.Int).Neg(big.NewInt(x)), true
			}
			return -x, true
		case syntax.PLUS:
			return x, true
		case syntax.TILDE:
			return ^x, true
		}
	case *big.Int:
		var r *big.Int
		switch op {
		case syntax.MINUS:
			r = new(big.Int).Neg(x)
		case syntax.PLUS:
			r = x
		case syntax.TILDE:
			r = new(big.Int).Not(x)
		}
		if r != nil {
			if r.IsInt64() {
				return r.Int64(), true
			}
			return r, true
		}
	case float64:
		switch op {
		case syntax.MINUS:
			return -x, true
		case syntax.PLUS:
			return x, true
		}
	case complex128:
		switch op {
		case syntax.MINUS:
			return complex(-real(x), -imag(x)), true
		case syntax.PLUS:
			return x, true
		}
	}
	return nil, false
}

// constTuple returns the constant value of a tuple of constants, if it is one.
func constTuple(elts []syntax.Expr) (code.Tuple, bool) {
	t := make(code.Tuple, 0, len(elts))
	for _, e := range elts {
		switch k := e.(type) {
		case *syntax.UnaryOp:
			v, ok := foldUnary(k)
			if !ok {
				return nil, false
			}
			t = append(t, constValue(v))
		case *syntax.Constant:
			t = append(t, constValue(k.Value))
		case *syntax.Tuple:
			sub, ok := constTuple(k.Elts)
			if !ok {
				return nil, false
			}
			t = append(t, sub)
		default:
			return nil, false
		}
	}
	return t, true
}

func (c *compiler) expr(ex syntax.Expr) {
	c.enter(ex.Pos())
	defer c.leave()
	u := c.u
	switch e := ex.(type) {
	case *syntax.Name:
		u.setPos(e.Span)
		c.loadName(e.ID, e.Span)
	case *syntax.Constant:
		u.setPos(e.Span)
		u.loadConst(constValue(e.Value))
	case *syntax.BinOp:
		if v, ok := c.foldBinOp(e); ok {
			u.setPos(e.Span)
			u.emit(code.LOAD_CONST, u.constIndex(v))
			break
		}
		c.expr(e.Left)
		c.expr(e.Right)
		u.setPos(e.Span)
		u.emit(code.BINARY_OP, binOpArg(e.Op))
	case *syntax.UnaryOp:
		if v, ok := c.constOf(e); ok {
			u.setPos(e.Span)
			u.emit(code.LOAD_CONST, u.constIndex(constValue(v)))
			break
		}
		if cmp, ok := e.Operand.(*syntax.Compare); ok && e.Op == syntax.NAME && len(cmp.Ops) == 1 {
			// `not (a is b)` is `a is not b`, and the same for `in`, as
			// CPython's optimizer makes them.
			if inv, ok := invertedCompare[cmp.Ops[0]]; ok {
				c.compare(&syntax.Compare{At: cmp.At, Left: cmp.Left, Ops: []syntax.CmpOp{inv}, Comparators: cmp.Comparators})
				break
			}
		}
		c.expr(e.Operand)
		u.setPos(e.Span)
		switch e.Op {
		case syntax.MINUS:
			u.emit(code.UNARY_NEGATIVE, 0)
		case syntax.PLUS:
			u.emit(code.UNARY_POSITIVE, 0)
		case syntax.TILDE:
			u.emit(code.UNARY_INVERT, 0)
		default:
			u.emit(code.UNARY_NOT, 0)
		}
	case *syntax.BoolOp:
		end := u.newLabel()
		op := code.JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.VBAR {
			op = code.JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				u.setPos(e.Span)
				u.emitJump(op, end)
			}
		}
		u.bind(end)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.IfExp:
		orelse, end := u.newLabel(), u.newLabel()
		c.jumpIf(e.Test, false, orelse)
		c.expr(e.Body)
		u.emitJump(code.JUMP_FORWARD, end)
		u.bind(orelse)
		c.expr(e.Else)
		u.bind(end)
	case *syntax.Call:
		c.call(e)
	case *syntax.Attribute:
		c.expr(e.Value)
		u.setAttrPos(e, e.Span)
		u.emitName(code.LOAD_ATTR, c.mangle(e.Attr))
	case *syntax.Subscript:
		c.checkSubscript(e)
		c.expr(e.Value)
		if sl, ok := e.Slice.(*syntax.Slice); ok && sl.Step == nil {
			// x[a:b] builds no slice object (BINARY_SLICE).
			c.optExpr(sl.Lower)
			c.optExpr(sl.Upper)
			u.setPos(e.Span)
			u.emit(code.BINARY_SLICE, 0)
			return
		}
		c.expr(e.Slice)
		u.setPos(e.Span)
		u.emit(code.BINARY_SUBSCR, 0)
	case *syntax.Slice:
		n := 2
		c.optExpr(e.Lower)
		c.optExpr(e.Upper)
		if e.Step != nil {
			c.expr(e.Step)
			n = 3
		}
		u.setPos(e.Span)
		u.emit(code.BUILD_SLICE, n)
	case *syntax.Tuple:
		if t, ok := c.constOf(e); ok && len(e.Elts) > 0 {
			u.setPos(e.Span)
			u.loadConst(t)
			return
		}
		c.sequence(e.Elts, code.BUILD_TUPLE, e.Span)
	case *syntax.List:
		c.sequence(e.Elts, code.BUILD_LIST, e.Span)
	case *syntax.Set:
		c.sequence(e.Elts, code.BUILD_SET, e.Span)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.FormattedValue:
		c.formatted(e)
	case *syntax.Lambda:
		c.checkDebugArgs(e.Args, e.Span)
		u.setPos(e.Span)
		scope := c.info.Scopes[e]
		flags := c.funcPrologue(e.Args, nil)
		c.makeFunction(scope, "<lambda>", e.Args, e.Span.Start.Line, flags&^code.MakeAnnotations, func() {
			c.u.constIndex(nil)
			c.expr(e.Body)
			c.u.emit(code.RETURN_VALUE, 0)
		})
	case *syntax.Comp:
		c.comprehension(e)
	case *syntax.Yield:
		if u.scope.Kind != resolve.Function {
			c.errorAt(e.Span, "'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			u.loadConst(nil)
		}
		u.setPos(e.Span)
		u.emit(code.YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		if u.scope.Kind != resolve.Function {
			c.errorAt(e.Span, "'yield' outside function")
		}
		if u.scope.Coroutine {
			c.errorAt(e.Span, "'yield from' inside async function")
		}
		c.expr(e.Value)
		u.setPos(e.Span)
		u.emit(code.GET_YIELD_FROM_ITER, 0)
		u.loadConst(nil)
		c.yieldFromLoop()
	case *syntax.Await:
		if !u.isAsync {
			if u.scope.Kind == resolve.Function {
				c.errorAt(e.Span, "'await' outside async function")
			}
			c.errorAt(e.Span, "'await' outside function")
		}
		c.expr(e.Value)
		u.setPos(e.Span)
		u.emit(code.GET_AWAITABLE, 0)
		u.loadConst(nil)
		c.yieldFromLoop()
	case *syntax.NamedExpr:
		c.expr(e.Value)
		u.emit(code.COPY, 1)
		c.storeName(e.Target.ID, e.Target.Span)
	case *syntax.Starred:
		c.errorAt(e.Span, "can't use starred expression here")
	default:
		c.errorAt(ex.Pos(), "pyjit cannot compile this expression yet")
	}
}

func (c *compiler) optExpr(e syntax.Expr) {
	if e == nil {
		c.u.loadConst(nil)
		return
	}
	c.expr(e)
}

func hasStarred(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// sequence builds a tuple, list or set display, handling `*x` items.
func (c *compiler) sequence(elts []syntax.Expr, build code.Opcode, sp syntax.Span) {
	switch build {
	case code.BUILD_TUPLE:
		c.starUnpack(elts, 0, code.BUILD_LIST, code.LIST_APPEND, code.LIST_EXTEND, true, sp)
	case code.BUILD_LIST:
		c.starUnpack(elts, 0, code.BUILD_LIST, code.LIST_APPEND, code.LIST_EXTEND, false, sp)
	default:
		c.starUnpack(elts, 0, code.BUILD_SET, code.SET_ADD, code.SET_UPDATE, false, sp)
	}
}

// stackUseGuideline is the most items a display or call pushes before
// building (CPython's STACK_USE_GUIDELINE): longer ones are built as they
// go.
const stackUseGuideline = 30

// starUnpack builds a list or set (a tuple when tuple is set) of the
// pushed values already on the stack followed by elts, as CPython 3.11's
// starunpack_helper does: more than two constant items become one
// constant; with no `*x` item the items are pushed and built at once;
// otherwise the items before the first `*x` are built into the sequence
// and the rest appended or extended one by one.
func (c *compiler) starUnpack(elts []syntax.Expr, pushed int, build, add, extend code.Opcode, tuple bool, sp syntax.Span) {
	u := c.u
	n := len(elts)
	// A set display of more than two constants updates an empty set from a
	// constant frozenset, as CPython's does: the set then has the layout
	// (and iteration order) of CPython's, which the runtime rebuilds (see
	// vm.frozenSetConst).
	if n > 2 && build == code.BUILD_SET {
		if fs, ok := c.constFrozenSet(elts); ok {
			u.setPos(sp)
			u.emit(build, pushed)
			u.loadConst(fs)
			u.emit(extend, 1)
			return
		}
	}
	if n > 2 && build != code.BUILD_SET {
		if folded, ok := c.constItems(elts); ok {
			u.setPos(sp)
			if tuple && pushed == 0 {
				u.loadConst(folded)
				return
			}
			u.emit(build, pushed)
			u.loadConst(folded)
			u.emit(extend, 1)
			if tuple {
				u.emit(code.LIST_TO_TUPLE, 0)
			}
			return
		}
	}
	big := n+pushed > stackUseGuideline
	if !hasStarred(elts) && !big {
		for _, e := range elts {
			c.expr(e)
		}
		u.setPos(sp)
		if tuple {
			u.emit(code.BUILD_TUPLE, n+pushed)
		} else {
			u.emit(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		u.setPos(sp)
		u.emit(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if !built {
				u.setPos(sp)
				u.emit(build, i+pushed)
				built = true
			}
			c.expr(s.Value)
			u.setPos(sp)
			u.emit(extend, 1)
		} else {
			c.expr(e)
			if built {
				u.setPos(sp)
				u.emit(add, 1)
			}
		}
	}
	if tuple {
		u.setPos(sp)
		u.emit(code.LIST_TO_TUPLE, 0)
	}
}

// constItems returns the items as one constant tuple when all are
// constants (after folding).
func (c *compiler) constItems(elts []syntax.Expr) (code.Tuple, bool) {
	t := make(code.Tuple, len(elts))
	for i, e := range elts {
		v, ok := c.constOf(e)
		if !ok {
			return nil, false
		}
		t[i] = v
	}
	return t, true
}

func (c *compiler) dict(e *syntax.Dict) {
	u := c.u
	n := 0
	built := false
	flush := func() {
		if n > 0 || !built {
			u.emit(code.BUILD_MAP, n)
			if built {
				u.emit(code.DICT_UPDATE, 1)
			}
			built = true
			n = 0
		}
	}
	for i, k := range e.Keys {
		if k == nil {
			flush()
			c.expr(e.Values[i])
			u.setPos(e.Span)
			u.emit(code.DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(e.Values[i])
		n++
	}
	if n > 0 || !built {
		u.setPos(e.Span)
		flush()
	}
}

func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	u := c.u
	if len(e.Values) == 0 {
		u.loadConst("")
		return
	}
	for _, v := range e.Values {
		c.expr(v)
	}
	if len(e.Values) > 1 {
		u.emit(code.BUILD_STRING, len(e.Values))
	}
}

func (c *compiler) formatted(e *syntax.FormattedValue) {
	u := c.u
	c.expr(e.Value)
	flags := 0
	switch e.Conversion {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		flags |= code.FormatWithSpec
	}
	u.setPos(e.Span)
	u.emit(code.FORMAT_VALUE, flags)
}

var cmpOps = map[syntax.CmpOp]int{
	syntax.Lt: code.CMP_LT, syntax.LtE: code.CMP_LE, syntax.Eq: code.CMP_EQ,
	syntax.NotEq: code.CMP_NE, syntax.Gt: code.CMP_GT, syntax.GtE: code.CMP_GE,
}

func (c *compiler) cmpOp(op syntax.CmpOp) {
	u := c.u
	switch op {
	case syntax.Is:
		u.emit(code.IS_OP, 0)
	case syntax.IsNot:
		u.emit(code.IS_OP, 1)
	case syntax.In:
		u.emit(code.CONTAINS_OP, 0)
	case syntax.NotIn:
		u.emit(code.CONTAINS_OP, 1)
	default:
		u.emit(code.COMPARE_OP, cmpOps[op])
	}
}

// literalTypeName names the type of a literal expression, for warnings.
func literalTypeName(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Constant:
		switch x.Value.(type) {
		case nil, bool, syntax.Ellipsis:
			return ""
		case int64, *big.Int:
			return "int"
		case float64:
			return "float"
		case complex128:
			return "complex"
		case string:
			return "str"
		case syntax.Bytes:
			return "bytes"
		}
	case *syntax.JoinedStr:
		return "str"
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List:
		return "list"
	case *syntax.Dict:
		return "dict"
	case *syntax.Set:
		return "set"
	case *syntax.Comp:
		return map[syntax.Token]string{syntax.LBRACK: "list", syntax.LBRACE: "set", syntax.COLON: "dict", syntax.LPAREN: "generator"}[x.Kind]
	}
	return ""
}

// inferredType names the type of the value e makes when its syntax alone
// tells (a display, a comprehension, a constant), or "".
func inferredType(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Constant:
		switch x.Value.(type) {
		case nil:
			return "NoneType"
		case bool:
			return "bool"
		case syntax.Ellipsis:
			return "ellipsis"
		}
		return literalTypeName(e)
	case *syntax.FormattedValue:
		return "str"
	case *syntax.Lambda:
		return "function"
	case *syntax.Slice:
		return "slice"
	}
	return literalTypeName(e)
}

// checkSubscript warns, as CPython's compiler does, about subscripting a
// value that cannot be subscripted and about indexing a sequence display
// or literal with a value that cannot be an index: both are often a
// missing comma (`[(1, 2) (3, 4)]`, `[1, 2][0.5]`).
func (c *compiler) checkSubscript(e *syntax.Subscript) {
	value := inferredType(e.Value)
	switch x := e.Value.(type) {
	case *syntax.Constant:
		switch x.Value.(type) {
		case string, syntax.Bytes:
		default:
			c.warn(e.Span, "'"+value+"' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	case *syntax.Set, *syntax.Lambda:
		c.warn(e.Span, "'"+value+"' object is not subscriptable; perhaps you missed a comma?")
		return
	case *syntax.Comp:
		if x.Kind == syntax.LBRACE || x.Kind == syntax.LPAREN {
			c.warn(e.Span, "'"+value+"' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	}
	index := inferredType(e.Slice)
	switch index {
	case "", "int", "bool", "slice":
		return
	}
	switch x := e.Value.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.JoinedStr, *syntax.FormattedValue:
	case *syntax.Comp:
		if x.Kind != syntax.LBRACK {
			return
		}
	default:
		return
	}
	c.warn(e.Span, value+" indices must be integers or slices, not "+index+"; perhaps you missed a comma?")
}

// checkCompare warns about `is` with a literal, as CPython does.
func (c *compiler) checkCompare(e *syntax.Compare) {
	isLit := func(x syntax.Expr) bool {
		var v any
		switch k := x.(type) {
		case *syntax.Constant:
			v = k.Value
		case *syntax.UnaryOp:
			folded, ok := foldUnary(k)
			if !ok {
				return false
			}
			v = folded
		default:
			return false
		}
		switch v.(type) {
		case nil, bool, syntax.Ellipsis:
			return false
		}
		return true
	}
	left := e.Left
	for i, op := range e.Ops {
		right := e.Comparators[i]
		if (op == syntax.Is || op == syntax.IsNot) && (isLit(left) || isLit(right)) {
			if op == syntax.Is {
				c.warn(e.Span, "\"is\" with a literal. Did you mean \"==\"?")
			} else {
				c.warn(e.Span, "\"is not\" with a literal. Did you mean \"!=\"?")
			}
			return
		}
		left = right
	}
}

func (c *compiler) compare(e *syntax.Compare) {
	c.checkCompare(e)
	if last := len(e.Ops) - 1; e.Ops[last] == syntax.In || e.Ops[last] == syntax.NotIn {
		if it := c.iterable(e.Comparators[last]); it != e.Comparators[last] {
			comparators := slices.Clone(e.Comparators)
			comparators[last] = it
			e = &syntax.Compare{At: e.At, Left: e.Left, Ops: e.Ops, Comparators: comparators}
		}
	}
	u := c.u
	c.expr(e.Left)
	if len(e.Ops) == 1 {
		c.expr(e.Comparators[0])
		u.setPos(e.Span)
		c.cmpOp(e.Ops[0])
		return
	}
	cleanup, end := u.newLabel(), u.newLabel()
	for i, op := range e.Ops {
		c.expr(e.Comparators[i])
		u.setPos(e.Span)
		if i < len(e.Ops)-1 {
			u.emit(code.SWAP, 2)
			u.emit(code.COPY, 2)
			c.cmpOp(op)
			u.emitJump(code.JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.cmpOp(op)
		}
	}
	u.emitJump(code.JUMP_FORWARD, end)
	u.bind(cleanup)
	u.emit(code.SWAP, 2)
	u.emit(code.POP_TOP, 0)
	u.bind(end)
}

// jumpIf compiles a condition, jumping to target when its truth equals cond.
func (c *compiler) jumpIf(e syntax.Expr, cond bool, target label) {
	u := c.u
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.NAME {
			c.jumpIf(x.Operand, !cond, target)
			return
		}
	case *syntax.BoolOp:
		isOr := x.Op == syntax.VBAR
		if isOr == cond {
			for _, v := range x.Values {
				c.jumpIf(v, cond, target)
			}
			return
		}
		skip := u.newLabel()
		for i, v := range x.Values {
			if i < len(x.Values)-1 {
				c.jumpIf(v, !cond, skip)
			} else {
				c.jumpIf(v, cond, target)
			}
		}
		u.bind(skip)
		return
	case *syntax.Compare:
		if len(x.Ops) == 1 && (x.Ops[0] == syntax.Is || x.Ops[0] == syntax.IsNot) {
			if k, ok := x.Comparators[0].(*syntax.Constant); ok && k.Value == nil {
				c.expr(x.Left)
				u.setPos(x.Span)
				isNone := (x.Ops[0] == syntax.Is) == cond
				if isNone {
					u.emitJump(code.POP_JUMP_IF_NONE, target)
				} else {
					u.emitJump(code.POP_JUMP_IF_NOT_NONE, target)
				}
				return
			}
		}
	}
	c.expr(e)
	u.setPos(e.Pos())
	if cond {
		u.emitJump(code.POP_JUMP_IF_TRUE, target)
	} else {
		u.emitJump(code.POP_JUMP_IF_FALSE, target)
	}
}

// uncallableTypeName names the type of e when its syntax tells that it
// cannot be called (a constant, None and Ellipsis included, or a
// display), or "".
func uncallableTypeName(e syntax.Expr) string {
	if _, ok := e.(*syntax.Constant); ok {
		return inferredType(e)
	}
	return literalTypeName(e)
}

// call compiles a call expression.
func (c *compiler) call(e *syntax.Call) {
	u := c.u
	if t := uncallableTypeName(e.Func); t != "" {
		c.warn(e.Span, "'"+t+"' object is not callable; perhaps you missed a comma?")
	}
	simple := !hasStarred(e.Args)
	for _, k := range e.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if attr, ok := e.Func.(*syntax.Attribute); ok && simple {
		c.validateKeywords(e.Keywords, e.Span)
		c.expr(attr.Value)
		u.setAttrPos(attr, attr.Span)
		u.emitName(code.LOAD_METHOD, c.mangle(attr.Attr))
		// The call starts where the method's name does when the
		// attribute spans lines (see setAttrPos).
		c.simpleCallArgs(e.Args, e.Keywords, 0, attrSpan(attr, e.Span))
		return
	}
	if n, ok := e.Func.(*syntax.Name); ok {
		b := u.scope.Lookup(c.mangle(n.ID))
		if b == resolve.GlobalExplicit || b == resolve.GlobalImplicit && u.scope.Kind != resolve.Module && u.scope.Kind != resolve.Class {
			u.setPos(n.Span)
			u.emit(code.LOAD_GLOBAL, u.nameIndex(c.mangle(n.ID))<<1|1)
			c.callArgs(e.Args, e.Keywords, 0, e.Span)
			return
		}
	}
	u.setPos(e.Func.Pos())
	u.emit(code.PUSH_NULL, 0)
	c.expr(e.Func)
	c.callArgs(e.Args, e.Keywords, 0, e.Span)
}

// validateKeywords checks keyword arguments as CPython's
// validate_keywords does: each in turn for __debug__ (reported at sp, the
// call), then for a later repeat of its name (reported at the repeat).
func (c *compiler) validateKeywords(kws []*syntax.Keyword, sp syntax.Span) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		c.forbiddenName(k.Arg, syntax.Store, sp)
		for _, other := range kws[i+1:] {
			if other.Arg == k.Arg {
				c.errorAt(other.Span, "keyword argument repeated: "+k.Arg)
			}
		}
	}
}

// simpleCallArgs pushes arguments without * or ** and emits the call at
// sp; extra counts arguments already pushed after the callable.
func (c *compiler) simpleCallArgs(args []syntax.Expr, kws []*syntax.Keyword, extra int, sp syntax.Span) {
	u := c.u
	for _, a := range args {
		c.expr(a)
	}
	var names code.Tuple
	for _, k := range kws {
		c.expr(k.Value)
		names = append(names, k.Arg)
	}
	u.setPos(sp)
	if len(names) > 0 {
		u.emit(code.KW_NAMES, u.constIndex(names))
	}
	u.emit(code.CALL, extra+len(args)+len(kws))
}

// callArgs pushes arguments and emits the call; extra counts arguments
// already pushed after the callable (used by class definitions).
func (c *compiler) callArgs(args []syntax.Expr, kws []*syntax.Keyword, extra int, sp syntax.Span) {
	u := c.u
	dstar := false
	for _, k := range kws {
		if k.Arg == "" {
			dstar = true
		}
	}
	c.validateKeywords(kws, sp)
	if !hasStarred(args) && !dstar {
		c.simpleCallArgs(args, kws, extra, sp)
		return
	}
	// General form: positional tuple and keyword dict.
	if extra == 0 && len(args) == 1 {
		if s, ok := args[0].(*syntax.Starred); ok {
			c.expr(s.Value)
			goto kwargs
		}
	}
	if !hasStarred(args) {
		// The extra arguments start the tuple.
		c.starUnpack(args, extra, code.BUILD_LIST, code.LIST_APPEND, code.LIST_EXTEND, true, sp)
		goto kwargs
	}
	// With a *x, the list starts with the extra arguments alone and every
	// other item is appended, where CPython's starunpack_helper builds the
	// items before the first *x at once: the list those make is too small
	// for the *x that follows, and growing it costs more than appending
	// to a list that reserves room on its first append.
	u.emit(code.BUILD_LIST, extra)
	for _, a := range args {
		if s, ok := a.(*syntax.Starred); ok {
			c.expr(s.Value)
			u.setPos(sp)
			u.emit(code.LIST_EXTEND, 1)
		} else {
			c.expr(a)
			u.emit(code.LIST_APPEND, 1)
		}
	}
	u.emit(code.LIST_TO_TUPLE, 0)
kwargs:
	if len(kws) > 0 {
		n := 0
		built := false
		// The keyword dict is built at the call, as CPython's is: an error
		// merging it shows the whole call.
		for _, k := range kws {
			if k.Arg == "" {
				if n > 0 || !built {
					u.setPos(sp)
					u.emit(code.BUILD_MAP, n)
					if built {
						u.emit(code.DICT_MERGE, 1)
					}
					built = true
					n = 0
				}
				c.expr(k.Value)
				u.setPos(sp)
				u.emit(code.DICT_MERGE, 1)
				continue
			}
			u.setPos(sp)
			u.loadConst(k.Arg)
			c.expr(k.Value)
			n++
		}
		if n > 0 {
			u.setPos(sp)
			u.emit(code.BUILD_MAP, n)
			if built {
				u.emit(code.DICT_MERGE, 1)
			}
		}
		u.setPos(sp)
		u.emit(code.CALL_FUNCTION_EX, 1)
		return
	}
	u.setPos(sp)
	u.emit(code.CALL_FUNCTION_EX, 0)
}

func (c *compiler) comprehension(e *syntax.Comp) {
	u := c.u
	scope := c.info.Scopes[e]
	name := map[syntax.Token]string{syntax.LBRACK: "<listcomp>", syntax.LBRACE: "<setcomp>",
		syntax.COLON: "<dictcomp>", syntax.LPAREN: "<genexpr>"}[e.Kind]
	isAsync := scope.IsAsyncComprehension()
	if isAsync && e.Kind != syntax.LPAREN && !u.isAsync {
		c.errorAt(e.Span, "asynchronous comprehension outside of an asynchronous function")
	}
	u.setPos(e.Span)
	c.makeFunction(scope, name, nil, e.Span.Start.Line, 0, func() {
		cu := c.u
		cu.co.ArgCount = 1
		// Only a comprehension that awaits is a coroutine (or an async
		// generator); being inside an async function does not make it one.
		cu.isAsync = isAsync
		if isAsync && e.Kind == syntax.LPAREN {
			cu.co.Flags &^= code.Generator
			cu.co.Flags |= code.AsyncGenerator
		} else if isAsync {
			cu.co.Flags |= code.Coroutine
		}
		cu.setPos(e.Span)
		switch e.Kind {
		case syntax.LBRACK:
			cu.emit(code.BUILD_LIST, 0)
		case syntax.LBRACE:
			cu.emit(code.BUILD_SET, 0)
		case syntax.COLON:
			cu.emit(code.BUILD_MAP, 0)
		}
		if e.Kind != syntax.LPAREN {
			cu.depth++ // the result being built
		}
		c.compGenerator(e, 0)
		if e.Kind == syntax.LPAREN {
			cu.loadConst(nil)
		}
		cu.emit(code.RETURN_VALUE, 0)
	})
	c.expr(c.iterable(e.Generators[0].Iter))
	u.setPos(e.Span)
	if e.Generators[0].IsAsync {
		u.emit(code.GET_AITER, 0)
	} else {
		u.emit(code.GET_ITER, 0)
	}
	u.emit(code.CALL, 0)
	if isAsync && e.Kind != syntax.LPAREN {
		u.emit(code.GET_AWAITABLE, 0)
		u.loadConst(nil)
		c.yieldFromLoop()
	}
}

func (c *compiler) compGenerator(e *syntax.Comp, i int) {
	u := c.u
	gen := e.Generators[i]
	top, end := u.newLabel(), u.newLabel()
	if i == 0 {
		u.emit(code.LOAD_FAST, 0) // .0
	} else {
		c.expr(c.iterable(gen.Iter))
		if gen.IsAsync {
			u.emit(code.GET_AITER, 0)
		} else {
			u.emit(code.GET_ITER, 0)
		}
	}
	u.depth++ // the iterator
	u.bind(top)
	var except label
	if gen.IsAsync {
		except = u.newLabel()
		u.pushHandler(except)
		u.emit(code.GET_ANEXT, 0)
		u.loadConst(nil)
		c.yieldFromLoop()
		u.popHandler()
	} else {
		u.setPos(e.Span)
		u.emitJump(code.FOR_ITER, end)
	}
	c.assign(gen.Target)
	skip := u.newLabel()
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, false, skip)
	}
	if i+1 < len(e.Generators) {
		c.compGenerator(e, i+1)
	} else {
		depth := len(e.Generators) + 1
		switch e.Kind {
		case syntax.LBRACK:
			c.expr(e.Elt)
			u.emit(code.LIST_APPEND, depth)
		case syntax.LBRACE:
			c.expr(e.Elt)
			u.emit(code.SET_ADD, depth)
		case syntax.COLON:
			c.expr(e.Elt)
			c.expr(e.Value)
			u.emit(code.MAP_ADD, depth)
		default:
			c.expr(e.Elt)
			u.emit(code.YIELD_VALUE, 0)
			u.emit(code.POP_TOP, 0)
		}
	}
	u.bind(skip)
	u.emitJump(code.JUMP_BACKWARD, top)
	u.depth--
	if gen.IsAsync {
		u.bind(except)
		u.emit(code.END_ASYNC_FOR, 0)
	}
	u.bind(end)
}

// assign stores the value on top of the stack into target.
func (c *compiler) assign(t syntax.Expr) {
	u := c.u
	switch t := t.(type) {
	case *syntax.Name:
		u.setPos(t.Span)
		c.storeName(t.ID, t.Span)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.forbiddenName(t.Attr, syntax.Store, t.Span)
		u.setAttrPos(t, t.Span)
		u.emitName(code.STORE_ATTR, c.mangle(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		if sl, ok := t.Slice.(*syntax.Slice); ok && sl.Step == nil {
			c.optExpr(sl.Lower)
			c.optExpr(sl.Upper)
			u.setPos(t.Span)
			u.emit(code.STORE_SLICE, 0)
			return
		}
		c.expr(t.Slice)
		u.setPos(t.Span)
		u.emit(code.STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(t.Elts, t.Span)
	case *syntax.List:
		c.unpack(t.Elts, t.Span)
	case *syntax.Starred:
		c.errorAt(t.Span, "starred assignment target must be in a list or tuple")
	default:
		c.errorAt(t.Pos(), "cannot assign to expression")
	}
}

func (c *compiler) unpack(elts []syntax.Expr, sp syntax.Span) {
	u := c.u
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorAt(sp, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	u.setPos(sp)
	if star < 0 {
		u.emit(code.UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		if star >= 256 || after >= 1<<15 {
			c.errorAt(sp, "too many expressions in star-unpacking assignment")
		}
		u.emit(code.UNPACK_EX, star|after<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.assign(s.Value)
		} else {
			c.assign(e)
		}
	}
}

func (c *compiler) delete(t syntax.Expr) {
	u := c.u
	switch t := t.(type) {
	case *syntax.Name:
		u.setPos(t.Span)
		c.deleteName(t.ID, t.Span)
	case *syntax.Attribute:
		c.expr(t.Value)
		u.setAttrPos(t, t.Span)
		u.emitName(code.DELETE_ATTR, c.mangle(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		u.setPos(t.Span)
		u.emit(code.DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.delete(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.delete(e)
		}
	}
}

// invertedCompare gives the comparison `not (a op b)` compiles to, for the
// operators whose negation is another operator.
var invertedCompare = map[syntax.CmpOp]syntax.CmpOp{
	syntax.Is: syntax.IsNot, syntax.IsNot: syntax.Is, syntax.In: syntax.NotIn, syntax.NotIn: syntax.In,
}
