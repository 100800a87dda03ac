package vm

// Conversion of _ast node objects into pyjit's syntax tree, for
// compile(tree, filename, mode) (CPython's obj2ast), with CPython's
// TypeError and ValueError messages for malformed trees.

import (
	"fmt"
	"math/big"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/compile"
	"github.com/pyjit/pyjit/vm/syntax"
)

// astReader converts _ast objects; a failure panics with astFailure,
// which read recovers.
type astReader struct {
	th    *Thread
	st    *astState
	depth int
	// uKind holds the str constants of kind "u", which stringized
	// annotations write with their prefix.
	uKind map[*syntax.Constant]bool
	// starOK is set while the pattern about to be read is an item of
	// a sequence pattern, the only place a MatchStar may be.
	starOK bool
}

// annotation reads an optional annotation field.
func (r *astReader) annotation(obj Value, name string) syntax.Expr {
	return r.optExpr(obj, name)
}

type astFailure struct{ err error }

func (r *astReader) fail(err error) { panic(astFailure{err}) }

func (r *astReader) failf(t *Type, format string, a ...any) {
	r.fail(Errorf(t, format, a...))
}

// read runs f, turning a conversion failure into its error.
func (r *astReader) read(f func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			af, ok := p.(astFailure)
			if !ok {
				panic(p)
			}
			err = af.err
		}
	}()
	f()
	return nil
}

// kind is the name of the node class of obj within category cat
// ("expr", "stmt", ...), or "" if obj is not such a node.
func (r *astReader) kind(obj Value, cat string) string {
	for _, t := range obj.Type().MRO {
		if spec, ok := r.st.specs[t]; ok && spec.base == cat {
			return spec.name
		}
	}
	return ""
}

func (r *astReader) repr(v Value) string {
	s, err := r.th.Repr(v)
	if err != nil {
		r.fail(err)
	}
	return s
}

// attr is getattr(obj, name) or Null when obj has no such attribute.
func (r *astReader) attr(obj Value, name string) Value {
	v, found, err := r.th.getAttrOpt(obj, intern(name))
	if err != nil {
		r.fail(err)
	}
	if !found {
		return Null
	}
	return v
}

// required is a field that must be present (it may be None).
func (r *astReader) required(obj Value, name, owner string) Value {
	v := r.attr(obj, name)
	if v.o == nil {
		r.failf(TypeErrorType, "required field \"%s\" missing from %s", name, owner)
	}
	return v
}

// optional is a field that may be missing: Null then, or None.
func (r *astReader) optional(obj Value, name string) Value {
	v := r.attr(obj, name)
	if v.o == nil || v.IsNone() {
		return Null
	}
	return v
}

// list is a sequence field: a list, whose items it returns.
func (r *astReader) list(obj Value, name, owner string) []Value {
	v := r.required(obj, name, owner)
	l, ok := v.o.(*List)
	if !ok {
		r.failf(TypeErrorType, "%s field \"%s\" must be a list, not a %s", owner, name, v.Type().Name)
	}
	return append([]Value(nil), l.items...)
}

func (r *astReader) int(v Value) int64 {
	if !isIntLike(v) {
		r.failf(ValueErrorType, "invalid integer value: %s", r.repr(v))
	}
	n, err := r.th.cIntArg(v)
	if err != nil {
		r.fail(err)
	}
	return n
}

func (r *astReader) identifier(v Value) string {
	if v.IsNone() {
		return ""
	}
	s, ok := v.o.(*Str)
	if !ok {
		r.failf(TypeErrorType, "AST identifier must be of type str")
	}
	return s.s
}

// requiredIdent is an identifier field that must be set.
func (r *astReader) requiredIdent(obj Value, name, owner string) string {
	s := r.identifier(r.required(obj, name, owner))
	if s == "" && r.attr(obj, name).IsNone() {
		r.failf(ValueErrorType, "field '%s' is required for %s", name, owner)
	}
	return s
}

func (r *astReader) optIdent(obj Value, name string) string {
	v := r.optional(obj, name)
	if v.o == nil {
		return ""
	}
	return r.identifier(v)
}

// optString checks a string field (type_comment, kind), which the
// syntax tree does not keep.
func (r *astReader) optString(obj Value, name string) {
	v := r.optional(obj, name)
	if v.o == nil {
		return
	}
	switch o := v.o.(type) {
	case *Str:
		return
	case *Bytes:
		if !o.mutable {
			return
		}
	}
	r.failf(TypeErrorType, "AST string must be of type str")
}

// span reads the position attributes of a node of category cat.
func (r *astReader) span(obj Value, cat string) syntax.Span {
	line := r.int(r.required(obj, "lineno", cat))
	col := r.int(r.required(obj, "col_offset", cat))
	sp := syntax.Span{Start: syntax.Pos{Line: int32(line), Col: int32(col)}}
	sp.End = sp.Start
	if v := r.optional(obj, "end_lineno"); v.o != nil {
		sp.End.Line = int32(r.int(v))
	}
	if v := r.optional(obj, "end_col_offset"); v.o != nil {
		sp.End.Col = int32(r.int(v))
	}
	if cat == "stmt" || cat == "expr" || cat == "pattern" {
		r.checkPositions(sp)
	}
	return sp
}

// checkPositions refuses the position of a statement, expression or
// pattern that is no range, as CPython's validator does
// (VALIDATE_POSITIONS).
func (r *astReader) checkPositions(sp syntax.Span) {
	l, c, el, ec := sp.Start.Line, sp.Start.Col, sp.End.Line, sp.End.Col
	switch {
	case l > el:
		r.failf(ValueErrorType, "AST node line range (%d, %d) is not valid", l, el)
	case l < 0 && el != l || c < 0 && c != ec:
		r.failf(ValueErrorType, "AST node column range (%d, %d) for line range (%d, %d) is not valid", c, ec, l, el)
	case l == el && c > ec:
		r.failf(ValueErrorType, "line %d, column %d-%d is not a valid range", l, c, ec)
	}
}

func (r *astReader) enter(what string) {
	r.depth++
	if r.th.depth+r.depth > r.th.interp.recursionLimit {
		r.failf(RecursionErrorType, "maximum recursion depth exceeded while traversing '%s' node", what)
	}
}

func (r *astReader) leave() { r.depth-- }

func (r *astReader) mod(obj Value, mode compile.Mode) (*syntax.Module, syntax.Expr) {
	want := [...]string{"Module", "Expression", "Interactive"}[mode]
	k := r.kind(obj, "mod")
	if k != want {
		r.failf(TypeErrorType, "expected %s node, got %s", want, obj.Type().Name)
	}
	switch k {
	case "Module":
		body := r.stmts(obj, "body", "Module")
		for _, ti := range r.list(obj, "type_ignores", "Module") {
			if r.kind(ti, "type_ignore") == "" {
				r.failf(TypeErrorType, "expected some sort of type_ignore, but got %s", r.repr(ti))
			}
		}
		return &syntax.Module{Body: body}, nil
	case "Interactive":
		return &syntax.Module{Body: r.stmts(obj, "body", "Interactive")}, nil
	}
	return nil, r.expr(r.required(obj, "body", "Expression"), "body", "Expression")
}

// stmts reads a list of statements.
func (r *astReader) stmts(obj Value, name, owner string) []syntax.Stmt {
	items := r.list(obj, name, owner)
	out := make([]syntax.Stmt, len(items))
	for i, it := range items {
		s := r.stmt(it)
		if s == nil {
			r.failf(ValueErrorType, "None disallowed in statement list")
		}
		out[i] = s
	}
	return out
}

// body reads a block that must not be empty.
func (r *astReader) body(obj Value, name, owner string) []syntax.Stmt {
	b := r.stmts(obj, name, owner)
	if len(b) == 0 {
		r.failf(ValueErrorType, "empty %s on %s", name, owner)
	}
	return b
}

// exprs reads a list of expressions; None items are allowed only when
// noneOK.
func (r *astReader) exprs(obj Value, name, owner string, ctx syntax.ExprContext, noneOK bool) []syntax.Expr {
	items := r.list(obj, name, owner)
	out := make([]syntax.Expr, len(items))
	for i, it := range items {
		if it.IsNone() {
			if !noneOK {
				r.failf(ValueErrorType, "None disallowed in expression list")
			}
			continue
		}
		out[i] = r.exprCtx(it, ctx)
	}
	return out
}

// expr reads a required expression field value (Load context).
func (r *astReader) expr(v Value, name, owner string) syntax.Expr {
	if v.IsNone() {
		r.failf(ValueErrorType, "field '%s' is required for %s", name, owner)
	}
	return r.exprCtx(v, syntax.Load)
}

// field reads the required expression field name of obj in context ctx.
func (r *astReader) field(obj Value, name, owner string, ctx syntax.ExprContext) syntax.Expr {
	v := r.required(obj, name, owner)
	if v.IsNone() {
		r.failf(ValueErrorType, "field '%s' is required for %s", name, owner)
	}
	return r.exprCtx(v, ctx)
}

func (r *astReader) optExpr(obj Value, name string) syntax.Expr {
	v := r.optional(obj, name)
	if v.o == nil {
		return nil
	}
	return r.exprCtx(v, syntax.Load)
}

func (r *astReader) nonEmpty(n int, what, owner string) {
	if n == 0 {
		r.failf(ValueErrorType, "empty %s on %s", what, owner)
	}
}

func (r *astReader) checkName(s string) {
	switch s {
	case "None", "True", "False":
		r.failf(ValueErrorType, "identifier field can't represent '%s' constant", s)
	}
}

func (r *astReader) stmt(obj Value) syntax.Stmt {
	if obj.IsNone() {
		return nil
	}
	r.enter("stmt")
	defer r.leave()
	sp := r.span(obj, "stmt")
	at := syntax.At{Span: sp}
	k := r.kind(obj, "stmt")
	switch k {
	case "FunctionDef", "AsyncFunctionDef":
		name := r.requiredIdent(obj, "name", k)
		args := r.arguments(r.required(obj, "args", k), k)
		body := r.body(obj, "body", k)
		decs := r.exprs(obj, "decorator_list", k, syntax.Load, false)
		ret := r.annotation(obj, "returns")
		r.optString(obj, "type_comment")
		f := &syntax.FunctionDef{At: at, Name: name, Args: args, Body: body, Decorators: decs, Returns: ret,
			IsAsync: k == "AsyncFunctionDef", DocLine: sp.Start.Line, DefStart: sp.Start}
		if len(decs) > 0 {
			f.Span.Start = decs[0].Pos().Start
			f.Span.Start.Col--
		}
		return f
	case "ClassDef":
		name := r.requiredIdent(obj, "name", k)
		c := &syntax.ClassDef{At: at, Name: name, DefStart: sp.Start}
		c.Bases = r.exprs(obj, "bases", k, syntax.Load, false)
		c.Keywords = r.keywords(obj, k)
		c.Body = r.body(obj, "body", k)
		c.Decorators = r.exprs(obj, "decorator_list", k, syntax.Load, false)
		if len(c.Decorators) > 0 {
			c.Span.Start = c.Decorators[0].Pos().Start
			c.Span.Start.Col--
		}
		return c
	case "Return":
		return &syntax.Return{At: at, Value: r.optExpr(obj, "value")}
	case "Delete":
		t := r.exprs(obj, "targets", k, syntax.Del, false)
		r.nonEmpty(len(t), "targets", k)
		return &syntax.Delete{At: at, Targets: t}
	case "Assign":
		t := r.exprs(obj, "targets", k, syntax.Store, false)
		v := r.field(obj, "value", k, syntax.Load)
		r.optString(obj, "type_comment")
		r.nonEmpty(len(t), "targets", k)
		return &syntax.Assign{At: at, Targets: t, Value: v}
	case "AugAssign":
		t := r.field(obj, "target", k, syntax.Store)
		op := r.operator(r.required(obj, "op", k), "op", k)
		v := r.field(obj, "value", k, syntax.Load)
		return &syntax.AugAssign{At: at, Target: t, Op: op, Value: v}
	case "AnnAssign":
		t := r.field(obj, "target", k, syntax.Store)
		ann := r.field(obj, "annotation", k, syntax.Load)
		v := r.optExpr(obj, "value")
		simple := r.int(r.required(obj, "simple", k))
		if _, ok := t.(*syntax.Name); simple != 0 && !ok {
			r.failf(TypeErrorType, "AnnAssign with simple non-Name target")
		}
		return &syntax.AnnAssign{At: at, Target: t, Annotation: ann, Value: v, Simple: simple != 0}
	case "For", "AsyncFor":
		t := r.field(obj, "target", k, syntax.Store)
		it := r.field(obj, "iter", k, syntax.Load)
		body := r.body(obj, "body", k)
		orelse := r.stmts(obj, "orelse", k)
		r.optString(obj, "type_comment")
		return &syntax.For{At: at, Target: t, Iter: it, Body: body, Else: orelse, IsAsync: k == "AsyncFor"}
	case "While":
		test := r.field(obj, "test", k, syntax.Load)
		return &syntax.While{At: at, Test: test, Body: r.body(obj, "body", k), Else: r.stmts(obj, "orelse", k)}
	case "If":
		test := r.field(obj, "test", k, syntax.Load)
		return &syntax.If{At: at, Test: test, Body: r.body(obj, "body", k), Else: r.stmts(obj, "orelse", k)}
	case "With", "AsyncWith":
		var items []*syntax.WithItem
		for _, it := range r.list(obj, "items", k) {
			wi := &syntax.WithItem{Context: r.field(it, "context_expr", "withitem", syntax.Load)}
			if v := r.optional(it, "optional_vars"); v.o != nil {
				wi.Vars = r.exprCtx(v, syntax.Store)
			}
			items = append(items, wi)
		}
		body := r.body(obj, "body", k)
		r.optString(obj, "type_comment")
		r.nonEmpty(len(items), "items", k)
		return &syntax.With{At: at, Items: items, Body: body, IsAsync: k == "AsyncWith"}
	case "Match":
		return r.match(obj, at)
	case "Raise":
		exc := r.optExpr(obj, "exc")
		cause := r.optExpr(obj, "cause")
		if exc == nil && cause != nil {
			r.failf(ValueErrorType, "Raise with cause but no exception")
		}
		return &syntax.Raise{At: at, Exc: exc, Cause: cause}
	case "Try", "TryStar":
		return r.try(obj, at, k)
	case "Assert":
		test := r.field(obj, "test", k, syntax.Load)
		return &syntax.Assert{At: at, Test: test, Msg: r.optExpr(obj, "msg")}
	case "Import":
		names := r.aliases(obj, k)
		r.nonEmpty(len(names), "names", k)
		return &syntax.Import{At: at, Names: names}
	case "ImportFrom":
		mod := r.optIdent(obj, "module")
		names := r.aliases(obj, k)
		level := int64(0)
		if v := r.optional(obj, "level"); v.o != nil {
			level = r.int(v)
		}
		if level < 0 {
			r.failf(ValueErrorType, "Negative ImportFrom level")
		}
		r.nonEmpty(len(names), "names", k)
		return &syntax.ImportFrom{At: at, Module: mod, Names: names, Level: int(level)}
	case "Global", "Nonlocal":
		var names []string
		for _, v := range r.list(obj, "names", k) {
			names = append(names, r.identifier(v))
		}
		r.nonEmpty(len(names), "names", k)
		if k == "Global" {
			return &syntax.Global{At: at, Names: names}
		}
		return &syntax.Nonlocal{At: at, Names: names}
	case "Expr":
		return &syntax.ExprStmt{At: at, Value: r.field(obj, "value", k, syntax.Load)}
	case "Pass":
		return &syntax.Pass{At: at}
	case "Break":
		return &syntax.Break{At: at}
	case "Continue":
		return &syntax.Continue{At: at}
	}
	r.failf(TypeErrorType, "expected some sort of stmt, but got %s", r.repr(obj))
	return nil
}

func (r *astReader) try(obj Value, at syntax.At, k string) syntax.Stmt {
	t := &syntax.Try{At: at, Star: k == "TryStar"}
	t.Body = r.body(obj, "body", k)
	for _, h := range r.list(obj, "handlers", k) {
		sp := r.span(h, "excepthandler")
		if r.kind(h, "excepthandler") != "ExceptHandler" {
			r.failf(TypeErrorType, "expected some sort of excepthandler, but got %s", r.repr(h))
		}
		eh := &syntax.ExceptHandler{At: syntax.At{Span: sp}}
		eh.Type = r.optExpr(h, "type")
		eh.Name = r.optIdent(h, "name")
		eh.Body = r.body(h, "body", "ExceptHandler")
		t.Handlers = append(t.Handlers, eh)
	}
	t.Else = r.stmts(obj, "orelse", k)
	t.Finally = r.stmts(obj, "finalbody", k)
	if len(t.Handlers) == 0 && len(t.Finally) == 0 {
		r.failf(ValueErrorType, "%s has neither except handlers nor finalbody", k)
	}
	if len(t.Handlers) == 0 && len(t.Else) > 0 {
		r.failf(ValueErrorType, "%s has orelse but no except handlers", k)
	}
	return t
}

func (r *astReader) keywords(obj Value, owner string) []*syntax.Keyword {
	var out []*syntax.Keyword
	for _, kv := range r.list(obj, "keywords", owner) {
		arg := r.optIdent(kv, "arg")
		val := r.field(kv, "value", "keyword", syntax.Load)
		out = append(out, &syntax.Keyword{At: syntax.At{Span: r.span(kv, "keyword")}, Arg: arg, Value: val})
	}
	return out
}

func (r *astReader) aliases(obj Value, owner string) []*syntax.Alias {
	var out []*syntax.Alias
	for _, a := range r.list(obj, "names", owner) {
		name := r.requiredIdent(a, "name", "alias")
		as := r.optIdent(a, "asname")
		out = append(out, &syntax.Alias{At: syntax.At{Span: r.span(a, "alias")}, Name: name, AsName: as})
	}
	return out
}

func (r *astReader) arg(v Value) *syntax.Arg {
	name := r.requiredIdent(v, "arg", "arg")
	ann := r.annotation(v, "annotation")
	r.optString(v, "type_comment")
	return &syntax.Arg{At: syntax.At{Span: r.span(v, "arg")}, Name: name, Annotation: ann}
}

func (r *astReader) argList(obj Value, name string) []*syntax.Arg {
	var out []*syntax.Arg
	for _, v := range r.list(obj, name, "arguments") {
		out = append(out, r.arg(v))
	}
	return out
}

func (r *astReader) arguments(v Value, owner string) *syntax.Arguments {
	a := &syntax.Arguments{}
	a.PosOnly = r.argList(v, "posonlyargs")
	a.Args = r.argList(v, "args")
	if x := r.optional(v, "vararg"); x.o != nil {
		a.Vararg = r.arg(x)
	}
	a.KwOnly = r.argList(v, "kwonlyargs")
	a.KwDefaults = r.exprs(v, "kw_defaults", "arguments", syntax.Load, true)
	if x := r.optional(v, "kwarg"); x.o != nil {
		a.Kwarg = r.arg(x)
	}
	a.Defaults = r.exprs(v, "defaults", "arguments", syntax.Load, false)
	if len(a.Defaults) > len(a.PosOnly)+len(a.Args) {
		r.failf(ValueErrorType, "more positional defaults than args on arguments")
	}
	if len(a.KwDefaults) != len(a.KwOnly) {
		r.failf(ValueErrorType, "length of kwonlyargs is not the same as kw_defaults on arguments")
	}
	return a
}

var astOperatorTokens = map[string]syntax.Token{}
var astUnaryTokens = map[string]syntax.Token{}

func init() {
	for t, n := range astOperatorNames {
		astOperatorTokens[n] = t
	}
	for t, n := range astUnaryNames {
		astUnaryTokens[n] = t
	}
}

func (r *astReader) operator(v Value, name, owner string) syntax.Token {
	t, ok := astOperatorTokens[r.kind(v, "operator")]
	if !ok {
		r.failf(TypeErrorType, "expected some sort of operator, but got %s", r.repr(v))
	}
	return t
}

var astCtxNamesLower = [...]string{"Load", "Store", "Del"}

// ctx reads the expr_context field of obj and checks that it is want.
func (r *astReader) ctx(obj Value, owner string, want syntax.ExprContext) syntax.ExprContext {
	v := r.required(obj, "ctx", owner)
	got := -1
	switch r.kind(v, "expr_context") {
	case "Load":
		got = int(syntax.Load)
	case "Store":
		got = int(syntax.Store)
	case "Del":
		got = int(syntax.Del)
	case "":
		r.failf(TypeErrorType, "expected some sort of expr_context, but got %s", r.repr(v))
	}
	if got != int(want) {
		r.failf(ValueErrorType, "expression must have %s context but has %s instead", astCtxNamesLower[want], astCtxNamesLower[got])
	}
	return want
}

// exprCtx reads an expression that is read, assigned or deleted as ctx
// says.
func (r *astReader) exprCtx(obj Value, ctx syntax.ExprContext) syntax.Expr {
	r.enter("expr")
	defer r.leave()
	sp := r.span(obj, "expr")
	k := r.kind(obj, "expr")
	if k == "" {
		r.failf(TypeErrorType, "expected some sort of expr, but got %s", r.repr(obj))
	}
	at := syntax.At{Span: sp}
	switch k {
	case "Name", "Attribute", "Subscript", "Starred", "List", "Tuple":
	default:
		if ctx != syntax.Load {
			r.failf(ValueErrorType, "expression which can't be assigned to in %s context", astCtxNamesLower[ctx])
		}
	}
	switch k {
	case "Name":
		id := r.requiredIdent(obj, "id", k)
		c := r.ctx(obj, k, ctx)
		r.checkName(id)
		return &syntax.Name{At: at, ID: id, Ctx: c}
	case "Attribute":
		v := r.field(obj, "value", k, syntax.Load)
		attr := r.requiredIdent(obj, "attr", k)
		return &syntax.Attribute{At: at, Value: v, Attr: attr, Ctx: r.ctx(obj, k, ctx)}
	case "Subscript":
		v := r.field(obj, "value", k, syntax.Load)
		s := r.field(obj, "slice", k, syntax.Load)
		return &syntax.Subscript{At: at, Value: v, Slice: s, Ctx: r.ctx(obj, k, ctx)}
	case "Starred":
		v := r.field(obj, "value", k, ctx)
		return &syntax.Starred{At: at, Value: v, Ctx: r.ctx(obj, k, ctx)}
	case "List":
		elts := r.exprs(obj, "elts", k, ctx, false)
		return &syntax.List{At: at, Elts: elts, Ctx: r.ctx(obj, k, ctx)}
	case "Tuple":
		elts := r.exprs(obj, "elts", k, ctx, false)
		return &syntax.Tuple{At: at, Elts: elts, Ctx: r.ctx(obj, k, ctx)}
	case "Constant":
		v := r.required(obj, "value", k)
		r.optString(obj, "kind")
		c := r.constant(v, at)
		if k, ok := r.optional(obj, "kind").o.(*Str); ok && k.s == "u" {
			if sc, ok := c.(*syntax.Constant); ok {
				if r.uKind == nil {
					r.uKind = map[*syntax.Constant]bool{}
				}
				r.uKind[sc] = true
			}
		}
		return c
	case "BoolOp":
		var op syntax.Token
		switch r.kind(r.required(obj, "op", k), "boolop") {
		case "And":
			op = syntax.AMPER
		case "Or":
			op = syntax.VBAR
		default:
			r.failf(TypeErrorType, "expected some sort of boolop, but got %s", r.repr(r.attr(obj, "op")))
		}
		vals := r.exprs(obj, "values", k, syntax.Load, false)
		if len(vals) < 2 {
			r.failf(ValueErrorType, "BoolOp with less than 2 values")
		}
		return &syntax.BoolOp{At: at, Op: op, Values: vals}
	case "NamedExpr":
		t := r.field(obj, "target", k, syntax.Store)
		v := r.field(obj, "value", k, syntax.Load)
		n, ok := t.(*syntax.Name)
		if !ok {
			r.failf(TypeErrorType, "NamedExpr target must be a Name")
		}
		return &syntax.NamedExpr{At: at, Target: n, Value: v}
	case "BinOp":
		l := r.field(obj, "left", k, syntax.Load)
		op := r.operator(r.required(obj, "op", k), "op", k)
		return &syntax.BinOp{At: at, Left: l, Op: op, Right: r.field(obj, "right", k, syntax.Load)}
	case "UnaryOp":
		ov := r.required(obj, "op", k)
		op, ok := astUnaryTokens[r.kind(ov, "unaryop")]
		if !ok {
			r.failf(TypeErrorType, "expected some sort of unaryop, but got %s", r.repr(ov))
		}
		return &syntax.UnaryOp{At: at, Op: op, Operand: r.field(obj, "operand", k, syntax.Load)}
	case "Lambda":
		args := r.arguments(r.required(obj, "args", k), k)
		return &syntax.Lambda{At: at, Args: args, Body: r.field(obj, "body", k, syntax.Load)}
	case "IfExp":
		test := r.field(obj, "test", k, syntax.Load)
		body := r.field(obj, "body", k, syntax.Load)
		return &syntax.IfExp{At: at, Test: test, Body: body, Else: r.field(obj, "orelse", k, syntax.Load)}
	case "Dict":
		keys := r.exprs(obj, "keys", k, syntax.Load, true)
		vals := r.exprs(obj, "values", k, syntax.Load, false)
		if len(keys) != len(vals) {
			r.failf(ValueErrorType, "Dict doesn't have the same number of keys as values")
		}
		return &syntax.Dict{At: at, Keys: keys, Values: vals}
	case "Set":
		return &syntax.Set{At: at, Elts: r.exprs(obj, "elts", k, syntax.Load, false)}
	case "ListComp", "SetComp", "GeneratorExp", "DictComp":
		c := &syntax.Comp{At: at}
		switch k {
		case "ListComp":
			c.Kind = syntax.LBRACK
		case "SetComp":
			c.Kind = syntax.LBRACE
		case "DictComp":
			c.Kind = syntax.COLON
		default:
			c.Kind = syntax.LPAREN
		}
		// As CPython's validator: the generators first, then the
		// element.
		for _, g := range r.list(obj, "generators", k) {
			cg := &syntax.Comprehension{}
			cg.Target = r.field(g, "target", "comprehension", syntax.Store)
			cg.Iter = r.field(g, "iter", "comprehension", syntax.Load)
			cg.Ifs = r.exprs(g, "ifs", "comprehension", syntax.Load, false)
			cg.IsAsync = r.int(r.required(g, "is_async", "comprehension")) != 0
			c.Generators = append(c.Generators, cg)
		}
		if len(c.Generators) == 0 {
			r.failf(ValueErrorType, "comprehension with no generators")
		}
		if k == "DictComp" {
			c.Elt = r.field(obj, "key", k, syntax.Load)
			c.Value = r.field(obj, "value", k, syntax.Load)
		} else {
			c.Elt = r.field(obj, "elt", k, syntax.Load)
		}
		return c
	case "Await":
		return &syntax.Await{At: at, Value: r.field(obj, "value", k, syntax.Load)}
	case "Yield":
		return &syntax.Yield{At: at, Value: r.optExpr(obj, "value")}
	case "YieldFrom":
		return &syntax.YieldFrom{At: at, Value: r.field(obj, "value", k, syntax.Load)}
	case "Compare":
		left := r.field(obj, "left", k, syntax.Load)
		var ops []syntax.CmpOp
		for _, o := range r.list(obj, "ops", k) {
			found := false
			ok := r.kind(o, "cmpop")
			for i, n := range astCmpNames {
				if n == ok {
					ops = append(ops, syntax.CmpOp(i))
					found = true
				}
			}
			if !found {
				r.failf(TypeErrorType, "expected some sort of cmpop, but got %s", r.repr(o))
			}
		}
		comps := r.exprs(obj, "comparators", k, syntax.Load, false)
		if len(comps) == 0 {
			r.failf(ValueErrorType, "Compare with no comparators")
		}
		if len(comps) != len(ops) {
			r.failf(ValueErrorType, "Compare has a different number of comparators and operands")
		}
		return &syntax.Compare{At: at, Left: left, Ops: ops, Comparators: comps}
	case "Call":
		fn := r.field(obj, "func", k, syntax.Load)
		args := r.exprs(obj, "args", k, syntax.Load, false)
		return &syntax.Call{At: at, Func: fn, Args: args, Keywords: r.keywords(obj, k)}
	case "FormattedValue":
		v := r.field(obj, "value", k, syntax.Load)
		conv := r.int(r.required(obj, "conversion", k))
		fv := &syntax.FormattedValue{At: at, Value: v, Conversion: int(conv), FormatSpec: r.optExpr(obj, "format_spec")}
		switch conv {
		case -1, 's', 'r', 'a':
		default:
			r.failf(SystemErrorType, "Unrecognized conversion character %d", conv)
		}
		return fv
	case "JoinedStr":
		return &syntax.JoinedStr{At: at, Values: r.exprs(obj, "values", k, syntax.Load, false)}
	case "Slice":
		return &syntax.Slice{At: at, Lower: r.optExpr(obj, "lower"), Upper: r.optExpr(obj, "upper"), Step: r.optExpr(obj, "step")}
	}
	r.failf(TypeErrorType, "expected some sort of expr, but got %s", r.repr(obj))
	return nil
}

// constant converts the value of a Constant node. Tuples become tuple
// displays of constants.
func (r *astReader) constant(v Value, at syntax.At) syntax.Expr {
	c := &syntax.Constant{At: at}
	switch o := v.o.(type) {
	case *Str:
		if v.Type() == StrType {
			c.Value = o.s
			return c
		}
	case *Bytes:
		if v.Type() == BytesType {
			c.Value = syntax.Bytes(o.b)
			return c
		}
	case *Complex:
		if v.Type() == ComplexType {
			c.Value = complex(o.re, o.im)
			return c
		}
	case *Tuple:
		if v.Type() == TupleType {
			elts := make([]syntax.Expr, len(o.items))
			for i, it := range o.items {
				elts[i] = r.constant(it, at)
			}
			return &syntax.Tuple{At: at, Elts: elts, Ctx: syntax.Load}
		}
	}
	switch {
	case v.IsNone():
		c.Value = nil
		return c
	case v.IsBool():
		c.Value = v.Is(Bool(true))
		return c
	case v.IsSmallInt():
		c.Value = v.UncheckedInt()
		return c
	case v.IsFloat():
		c.Value = v.UncheckedFloat()
		return c
	case v.Is(EllipsisValue):
		c.Value = syntax.Ellipsis{}
		return c
	}
	if b, ok := v.o.(*BigInt); ok && v.Type() == IntType {
		n, _ := asBig(Obj(b))
		c.Value = new(big.Int).Set(n)
		return c
	}
	if v.Type() == FrozenSetType {
		c.Value = r.codeConst(v)
		return c
	}
	r.failf(TypeErrorType, "got an invalid type in Constant: %s", v.Type().Name)
	return nil
}

// codeConst converts the value of a Constant node (or an item of one)
// to the compiler's form of the constant, as a frozenset's items are
// kept: its items in the order the frozenset iterates them.
func (r *astReader) codeConst(v Value) any {
	switch o := v.o.(type) {
	case *Str:
		if v.Type() == StrType {
			return o.s
		}
	case *Bytes:
		if v.Type() == BytesType {
			return code.Bytes(o.b)
		}
	case *Complex:
		if v.Type() == ComplexType {
			return complex(o.re, o.im)
		}
	case *Tuple:
		if v.Type() == TupleType {
			t := make(code.Tuple, len(o.items))
			for i, it := range o.items {
				t[i] = r.codeConst(it)
			}
			return t
		}
	case *Set:
		if v.Type() == FrozenSetType {
			items := o.Elems()
			fs := make(code.FrozenSet, len(items))
			for i, it := range items {
				fs[i] = r.codeConst(it)
			}
			return fs
		}
	case *BigInt:
		if v.Type() == IntType {
			n, _ := asBig(v)
			return new(big.Int).Set(n)
		}
	}
	switch {
	case v.IsNone():
		return nil
	case v.IsBool():
		return v.Is(Bool(true))
	case v.IsSmallInt():
		return v.UncheckedInt()
	case v.IsFloat():
		return v.UncheckedFloat()
	case v.Is(EllipsisValue):
		return code.Ellipsis{}
	}
	r.failf(TypeErrorType, "got an invalid type in Constant: %s", v.Type().Name)
	return nil
}

func (r *astReader) match(obj Value, at syntax.At) syntax.Stmt {
	m := &syntax.Match{At: at, Subject: r.field(obj, "subject", "Match", syntax.Load)}
	for _, c := range r.list(obj, "cases", "Match") {
		mc := &syntax.MatchCase{Pattern: r.pattern(r.required(c, "pattern", "match_case"))}
		mc.Guard = r.optExpr(c, "guard")
		mc.Body = r.body(c, "body", "match_case")
		m.Cases = append(m.Cases, mc)
	}
	r.nonEmpty(len(m.Cases), "cases", "Match")
	return m
}

// capture checks a name a pattern binds (none: ""), as CPython's
// validate_capture.
func (r *astReader) capture(name string) string {
	switch name {
	case "_":
		r.failf(ValueErrorType, "can't capture name '_' in patterns")
	case "None", "True", "False":
		r.failf(ValueErrorType, "identifier field can't represent '%s' constant", name)
	}
	return name
}

// matchValue checks the expression of a MatchValue pattern as CPython's
// validator does: a constant number, string or bytes, an attribute, a
// negation, a sum or difference (complex literals) or an f-string.
func (r *astReader) matchValue(e Value) {
	switch r.kind(e, "expr") {
	case "Constant":
		c := r.attr(e, "value")
		switch c.Type() {
		case IntType, FloatType, BytesType, ComplexType, StrType:
			return
		}
		r.failf(ValueErrorType, "unexpected constant inside of a literal pattern")
	case "Attribute", "JoinedStr":
		return
	case "UnaryOp":
		if r.kind(r.attr(e, "op"), "unaryop") == "USub" {
			return
		}
	case "BinOp":
		if op := r.kind(r.attr(e, "op"), "operator"); op == "Add" || op == "Sub" {
			return
		}
	}
	r.failf(ValueErrorType, "patterns may only match literals and attribute lookups")
}

func (r *astReader) patterns(obj Value, name, owner string) []syntax.Pattern {
	var out []syntax.Pattern
	for _, p := range r.list(obj, name, owner) {
		out = append(out, r.pattern(p))
	}
	return out
}

func (r *astReader) pattern(obj Value) syntax.Pattern {
	// A star only directly in a sequence pattern.
	starOK := r.starOK
	r.starOK = false
	r.enter("pattern")
	defer r.leave()
	at := syntax.At{Span: r.span(obj, "pattern")}
	k := r.kind(obj, "pattern")
	if k == "" {
		r.failf(TypeErrorType, "expected some sort of pattern, but got %s", r.repr(obj))
	}
	switch k {
	case "MatchValue":
		v := &syntax.MatchValue{At: at, Value: r.field(obj, "value", k, syntax.Load)}
		r.matchValue(r.attr(obj, "value"))
		return v
	case "MatchSingleton":
		v := r.required(obj, "value", k)
		var val any
		switch {
		case v.IsNone():
		case v.IsBool():
			val = v.Is(Bool(true))
		default:
			r.failf(ValueErrorType, "MatchSingleton can only contain True, False and None")
		}
		return &syntax.MatchSingleton{At: at, Value: val}
	case "MatchSequence":
		var pats []syntax.Pattern
		for _, p := range r.list(obj, "patterns", k) {
			r.starOK = true
			pats = append(pats, r.pattern(p))
		}
		return &syntax.MatchSequence{At: at, Patterns: pats}
	case "MatchMapping":
		keys := r.exprs(obj, "keys", k, syntax.Load, false)
		pats := r.patterns(obj, "patterns", k)
		if len(keys) != len(pats) {
			r.failf(ValueErrorType, "MatchMapping doesn't have the same number of keys as patterns")
		}
		rest := r.capture(r.optIdent(obj, "rest"))
		for _, key := range r.list(obj, "keys", k) {
			// None, True and False are keys the grammar allows.
			if r.kind(key, "expr") == "Constant" {
				if c := r.attr(key, "value"); c.IsNone() || c.IsBool() {
					continue
				}
			}
			r.matchValue(key)
		}
		return &syntax.MatchMapping{At: at, Keys: keys, Patterns: pats, Rest: rest}
	case "MatchClass":
		cls := r.field(obj, "cls", k, syntax.Load)
		pats := r.patterns(obj, "patterns", k)
		var attrs []string
		for _, a := range r.list(obj, "kwd_attrs", k) {
			attrs = append(attrs, r.identifier(a))
		}
		kp := r.patterns(obj, "kwd_patterns", k)
		if len(attrs) != len(kp) {
			r.failf(ValueErrorType, "MatchClass doesn't have the same number of keyword attributes as patterns")
		}
		for c := r.attr(obj, "cls"); ; c = r.attr(c, "value") {
			if ck := r.kind(c, "expr"); ck == "Name" {
				break
			} else if ck != "Attribute" {
				r.failf(ValueErrorType, "MatchClass cls field can only contain Name or Attribute nodes.")
			}
		}
		for _, a := range attrs {
			if a == "None" || a == "True" || a == "False" {
				r.failf(ValueErrorType, "identifier field can't represent '%s' constant", a)
			}
		}
		return &syntax.MatchClass{At: at, Cls: cls, Patterns: pats, KwdAttrs: attrs, KwdPatterns: kp}
	case "MatchStar":
		if !starOK {
			r.failf(ValueErrorType, "can't use MatchStar here")
		}
		return &syntax.MatchStar{At: at, Name: r.capture(r.optIdent(obj, "name"))}
	case "MatchAs":
		ma := &syntax.MatchAs{At: at}
		if p := r.optional(obj, "pattern"); p.o != nil {
			ma.Pattern = r.pattern(p)
		}
		ma.Name = r.capture(r.optIdent(obj, "name"))
		if ma.Pattern != nil && ma.Name == "" {
			r.failf(ValueErrorType, "MatchAs must specify a target name if a pattern is given")
		}
		return ma
	case "MatchOr":
		pats := r.patterns(obj, "patterns", k)
		if len(pats) < 2 {
			r.failf(ValueErrorType, "MatchOr requires at least 2 patterns")
		}
		return &syntax.MatchOr{At: at, Patterns: pats}
	}
	r.failf(TypeErrorType, "expected some sort of pattern, but got %s", r.repr(obj))
	return nil
}

// compileASTObject is compile(tree, filename, mode) for an _ast tree.
func (th *Thread) compileASTObject(st *astState, tree Value, filename string, mode compile.Mode, optimize int) (v Value, err error) {
	if mode > compile.SingleMode {
		return Null, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	r := &astReader{th: th, st: st}
	var mod *syntax.Module
	var e syntax.Expr
	if err := r.read(func() { mod, e = r.mod(tree, mode) }); err != nil {
		return Null, err
	}
	in := th.interp
	opts := in.compileOptions(filename, optimize)
	if r.uKind != nil {
		opts.StrKindU = func(c *syntax.Constant) bool { return r.uKind[c] }
	}
	defer func() {
		// A tree the checks above let through but the compiler cannot
		// handle is an error of the tree, not of the runtime.
		if p := recover(); p != nil {
			v, err = Null, Errorf(SystemErrorType, "cannot compile this AST: %v", fmt.Sprint(p))
		}
	}()
	var co *code.Code
	if e != nil {
		co, err = compile.CompileExpr(filename, nil, e, opts)
	} else {
		co, err = compile.CompileModule(filename, nil, mod, mode == compile.SingleMode, opts)
	}
	if err != nil {
		return Null, th.interp.syntaxErrorFrom(err)
	}
	return Obj(NewCodeObj(co)), nil
}
