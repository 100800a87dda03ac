package vm

// Conversion of pyjit's syntax tree into _ast node objects, as
// compile(..., flags=PyCF_ONLY_AST) returns it (CPython's ast2obj).

import (
	"github.com/pyjit/pyjit/vm/syntax"
)

// astBuilder makes _ast objects from a syntax tree.
type astBuilder struct {
	st        *astState
	src       []byte
	lineStart []int // byte offset of each line's start in src
}

func newASTBuilder(st *astState, src []byte) *astBuilder {
	b := &astBuilder{st: st, src: src, lineStart: []int{0}}
	for i, c := range src {
		if c == '\n' {
			b.lineStart = append(b.lineStart, i+1)
		}
	}
	return b
}

// node makes an instance of class name with the fields given in _fields
// order, then the position attributes from sp when sp is not nil.
func (b *astBuilder) node(name string, sp *syntax.Span, vals ...Value) Value {
	t := b.st.types[name]
	spec := b.st.specs[t]
	inst := t.newInstance()
	for i, f := range spec.fields {
		setInstanceAttr(inst, intern(f.name), vals[i])
	}
	if sp != nil {
		setInstanceAttr(inst, intern("lineno"), Int(int64(sp.Start.Line)))
		setInstanceAttr(inst, intern("col_offset"), Int(int64(sp.Start.Col)))
		setInstanceAttr(inst, intern("end_lineno"), Int(int64(sp.End.Line)))
		setInstanceAttr(inst, intern("end_col_offset"), Int(int64(sp.End.Col)))
	}
	return Obj(inst)
}

// setInstanceAttr stores an attribute of a new instance of a class with
// a __dict__.
func setInstanceAttr(inst *Instance, name *Str, v Value) {
	if inst.dict == nil && inst.setValue(name, v) {
		return
	}
	inst.materialize().setS(name, v)
}

func optStr(s string) Value {
	if s == "" {
		return None
	}
	return Obj(intern(s))
}

func boolInt(b bool) Value {
	if b {
		return Int(1)
	}
	return Int(0)
}

func (b *astBuilder) module(m *syntax.Module) Value {
	ignores := make([]Value, len(m.TypeIgnores))
	for i, t := range m.TypeIgnores {
		ignores[i] = b.node("TypeIgnore", nil, Int(int64(t.Line)), String(t.Tag))
	}
	return b.node("Module", nil, b.stmts(m.Body), Obj(NewList(ignores)))
}

func (b *astBuilder) stmts(ss []syntax.Stmt) Value {
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = b.stmt(s)
	}
	return Obj(NewList(items))
}

func (b *astBuilder) exprs(es []syntax.Expr) Value {
	items := make([]Value, len(es))
	for i, e := range es {
		items[i] = b.expr(e)
	}
	return Obj(NewList(items))
}

func (b *astBuilder) strs(ss []string) Value {
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = Obj(intern(s))
	}
	return Obj(NewList(items))
}

func (b *astBuilder) optExpr(e syntax.Expr) Value {
	if e == nil {
		return None
	}
	return b.expr(e)
}

func (b *astBuilder) keywords(ks []*syntax.Keyword) Value {
	items := make([]Value, len(ks))
	for i, k := range ks {
		items[i] = b.node("keyword", &k.Span, optStr(k.Arg), b.expr(k.Value))
	}
	return Obj(NewList(items))
}

func (b *astBuilder) aliases(as []*syntax.Alias) Value {
	items := make([]Value, len(as))
	for i, a := range as {
		items[i] = b.node("alias", &a.Span, Obj(intern(a.Name)), optStr(a.AsName))
	}
	return Obj(NewList(items))
}

func (b *astBuilder) arg(a *syntax.Arg) Value {
	if a == nil {
		return None
	}
	return b.node("arg", &a.Span, Obj(intern(a.Name)), b.optExpr(a.Annotation), None)
}

func (b *astBuilder) args(as []*syntax.Arg) Value {
	items := make([]Value, len(as))
	for i, a := range as {
		items[i] = b.arg(a)
	}
	return Obj(NewList(items))
}

func (b *astBuilder) arguments(a *syntax.Arguments) Value {
	if a == nil {
		a = &syntax.Arguments{}
	}
	kwd := make([]Value, len(a.KwDefaults))
	for i, e := range a.KwDefaults {
		kwd[i] = b.optExpr(e)
	}
	for len(kwd) < len(a.KwOnly) {
		kwd = append(kwd, None)
	}
	return b.node("arguments", nil, b.args(a.PosOnly), b.args(a.Args), b.arg(a.Vararg),
		b.args(a.KwOnly), Obj(NewList(kwd)), b.arg(a.Kwarg), b.exprs(a.Defaults))
}

// stmtEnd is where a statement ends for CPython: a compound statement
// ends with the last token of its last block, a semicolon after the
// last statement included.
func (b *astBuilder) stmtEnd(s syntax.Stmt) syntax.Pos {
	last := func(blocks ...[]syntax.Stmt) syntax.Pos {
		for i := len(blocks) - 1; i >= 0; i-- {
			if n := len(blocks[i]); n > 0 {
				ls := blocks[i][n-1]
				end := b.stmtEnd(ls)
				if end == ls.Pos().End {
					end = b.afterSemicolon(end)
				}
				return end
			}
		}
		return s.Pos().End
	}
	switch s := s.(type) {
	case *syntax.FunctionDef:
		return last(s.Body)
	case *syntax.ClassDef:
		return last(s.Body)
	case *syntax.For:
		return last(s.Body, s.Else)
	case *syntax.While:
		return last(s.Body, s.Else)
	case *syntax.If:
		return last(s.Body, s.Else)
	case *syntax.With:
		return last(s.Body)
	case *syntax.Match:
		if n := len(s.Cases); n > 0 {
			return last(s.Cases[n-1].Body)
		}
	case *syntax.Try:
		blocks := [][]syntax.Stmt{s.Body}
		for _, h := range s.Handlers {
			blocks = append(blocks, h.Body)
		}
		return last(append(blocks, s.Else, s.Finally)...)
	}
	return s.Pos().End
}

// afterSemicolon is the end of a semicolon that follows p on its line,
// or p.
func (b *astBuilder) afterSemicolon(p syntax.Pos) syntax.Pos {
	line := int(p.Line) - 1
	if line < 0 || line >= len(b.lineStart) {
		return p
	}
	for off := b.lineStart[line] + int(p.Col); off < len(b.src); off++ {
		switch b.src[off] {
		case ' ', '\t', '\f':
			continue
		case ';':
			return syntax.Pos{Line: p.Line, Col: int32(off - b.lineStart[line] + 1)}
		}
		break
	}
	return p
}

func (b *astBuilder) stmt(st syntax.Stmt) Value {
	sp := syntax.Span{Start: st.Pos().Start, End: b.stmtEnd(st)}
	switch s := st.(type) {
	case *syntax.FunctionDef:
		if s.DefStart.Line > 0 {
			sp.Start = s.DefStart
		}
		name := "FunctionDef"
		if s.IsAsync {
			name = "AsyncFunctionDef"
		}
		return b.node(name, &sp, Obj(intern(s.Name)), b.arguments(s.Args), b.stmts(s.Body),
			b.exprs(s.Decorators), b.optExpr(s.Returns), None)
	case *syntax.ClassDef:
		if s.DefStart.Line > 0 {
			sp.Start = s.DefStart
		}
		return b.node("ClassDef", &sp, Obj(intern(s.Name)), b.exprs(s.Bases), b.keywords(s.Keywords),
			b.stmts(s.Body), b.exprs(s.Decorators))
	case *syntax.Return:
		return b.node("Return", &sp, b.optExpr(s.Value))
	case *syntax.Delete:
		return b.node("Delete", &sp, b.exprs(s.Targets))
	case *syntax.Assign:
		return b.node("Assign", &sp, b.exprs(s.Targets), b.expr(s.Value), None)
	case *syntax.AugAssign:
		return b.node("AugAssign", &sp, b.expr(s.Target), b.operator(s.Op), b.expr(s.Value))
	case *syntax.AnnAssign:
		return b.node("AnnAssign", &sp, b.expr(s.Target), b.expr(s.Annotation), b.optExpr(s.Value), boolInt(s.Simple))
	case *syntax.For:
		name := "For"
		if s.IsAsync {
			name = "AsyncFor"
		}
		return b.node(name, &sp, b.expr(s.Target), b.expr(s.Iter), b.stmts(s.Body), b.stmts(s.Else), None)
	case *syntax.While:
		return b.node("While", &sp, b.expr(s.Test), b.stmts(s.Body), b.stmts(s.Else))
	case *syntax.If:
		return b.node("If", &sp, b.expr(s.Test), b.stmts(s.Body), b.stmts(s.Else))
	case *syntax.With:
		name := "With"
		if s.IsAsync {
			name = "AsyncWith"
		}
		items := make([]Value, len(s.Items))
		for i, it := range s.Items {
			items[i] = b.node("withitem", nil, b.expr(it.Context), b.optExpr(it.Vars))
		}
		return b.node(name, &sp, Obj(NewList(items)), b.stmts(s.Body), None)
	case *syntax.Match:
		cases := make([]Value, len(s.Cases))
		for i, c := range s.Cases {
			cases[i] = b.node("match_case", nil, b.pattern(c.Pattern), b.optExpr(c.Guard), b.stmts(c.Body))
		}
		return b.node("Match", &sp, b.expr(s.Subject), Obj(NewList(cases)))
	case *syntax.Raise:
		return b.node("Raise", &sp, b.optExpr(s.Exc), b.optExpr(s.Cause))
	case *syntax.Try:
		name := "Try"
		if s.Star {
			name = "TryStar"
		}
		hs := make([]Value, len(s.Handlers))
		for i, h := range s.Handlers {
			hsp := syntax.Span{Start: h.Span.Start, End: h.Span.End}
			if n := len(h.Body); n > 0 {
				ls := h.Body[n-1]
				if hsp.End = b.stmtEnd(ls); hsp.End == ls.Pos().End {
					hsp.End = b.afterSemicolon(hsp.End)
				}
			}
			hs[i] = b.node("ExceptHandler", &hsp, b.optExpr(h.Type), optStr(h.Name), b.stmts(h.Body))
		}
		return b.node(name, &sp, b.stmts(s.Body), Obj(NewList(hs)), b.stmts(s.Else), b.stmts(s.Finally))
	case *syntax.Assert:
		return b.node("Assert", &sp, b.expr(s.Test), b.optExpr(s.Msg))
	case *syntax.Import:
		return b.node("Import", &sp, b.aliases(s.Names))
	case *syntax.ImportFrom:
		return b.node("ImportFrom", &sp, optStr(s.Module), b.aliases(s.Names), Int(int64(s.Level)))
	case *syntax.Global:
		return b.node("Global", &sp, b.strs(s.Names))
	case *syntax.Nonlocal:
		return b.node("Nonlocal", &sp, b.strs(s.Names))
	case *syntax.ExprStmt:
		return b.node("Expr", &sp, b.expr(s.Value))
	case *syntax.Pass:
		return b.node("Pass", &sp)
	case *syntax.Break:
		return b.node("Break", &sp)
	case *syntax.Continue:
		return b.node("Continue", &sp)
	}
	panic("vm: unknown statement node")
}

var astOperatorNames = map[syntax.Token]string{
	syntax.PLUS: "Add", syntax.MINUS: "Sub", syntax.STAR: "Mult", syntax.AT: "MatMult",
	syntax.SLASH: "Div", syntax.PERCENT: "Mod", syntax.DOUBLESTAR: "Pow", syntax.LEFTSHIFT: "LShift",
	syntax.RIGHTSHIFT: "RShift", syntax.VBAR: "BitOr", syntax.CIRCUMFLEX: "BitXor",
	syntax.AMPER: "BitAnd", syntax.DSLASH: "FloorDiv",
}

var astUnaryNames = map[syntax.Token]string{
	syntax.PLUS: "UAdd", syntax.MINUS: "USub", syntax.TILDE: "Invert", syntax.NAME: "Not",
}

// astCmpNames are the comparison classes in syntax.CmpOp order.
var astCmpNames = [...]string{"Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

var astCtxNames = [...]string{"Load", "Store", "Del"}

func (b *astBuilder) operator(t syntax.Token) Value { return b.st.singletons[astOperatorNames[t]] }

func (b *astBuilder) ctx(c syntax.ExprContext) Value { return b.st.singletons[astCtxNames[c]] }

// joinedStr converts an f-string. As in CPython 3.11, its literal parts
// and fields, those of its format specs too, carry the position of the
// whole (implicitly concatenated) string, whole; a format spec carries
// that of the string token holding it.
func (b *astBuilder) joinedStr(e *syntax.JoinedStr, whole *syntax.Span) Value {
	items := make([]Value, len(e.Values))
	for i, v := range e.Values {
		switch v := v.(type) {
		case *syntax.Constant:
			c := *v
			c.Span = *whole
			if i == len(e.Values)-1 && whole != &e.Span {
				// The literal text that ends a format spec has the
				// spec's position.
				c.Span = e.Span
			}
			items[i] = b.constant(&c)
		case *syntax.FormattedValue:
			items[i] = b.formattedValue(v, whole)
		default:
			items[i] = b.expr(v)
		}
	}
	return b.node("JoinedStr", &e.Span, Obj(NewList(items)))
}

func (b *astBuilder) formattedValue(e *syntax.FormattedValue, whole *syntax.Span) Value {
	spec := None
	if js, ok := e.FormatSpec.(*syntax.JoinedStr); ok {
		spec = b.joinedStr(js, whole)
	} else if e.FormatSpec != nil {
		spec = b.expr(e.FormatSpec)
	}
	return b.node("FormattedValue", whole, b.expr(e.Value), Int(int64(e.Conversion)), spec)
}

func (b *astBuilder) constant(e *syntax.Constant) Value {
	kind := None
	if _, ok := e.Value.(string); ok && b.src != nil {
		line := int(e.Span.Start.Line) - 1
		if line >= 0 && line < len(b.lineStart) {
			off := b.lineStart[line] + int(e.Span.Start.Col)
			if off < len(b.src) && b.src[off] == 'u' {
				kind = String("u")
			}
		}
	}
	return b.node("Constant", &e.Span, astConstValue(e.Value), kind)
}

// astConstValue is the Python value of a syntax constant.
func astConstValue(v any) Value {
	switch v := v.(type) {
	case syntax.Bytes:
		return Obj(&Bytes{b: []byte(v)})
	case syntax.Ellipsis:
		return EllipsisValue
	case string:
		return Obj(NewStr(v))
	}
	return constToValue(v)
}

func (b *astBuilder) expr(e syntax.Expr) Value {
	switch e := e.(type) {
	case *syntax.Name:
		return b.node("Name", &e.Span, Obj(intern(e.ID)), b.ctx(e.Ctx))
	case *syntax.Constant:
		return b.constant(e)
	case *syntax.JoinedStr:
		return b.joinedStr(e, &e.Span)
	case *syntax.FormattedValue:
		return b.formattedValue(e, &e.Span)
	case *syntax.BoolOp:
		op := "And"
		if e.Op == syntax.VBAR {
			op = "Or"
		}
		return b.node("BoolOp", &e.Span, b.st.singletons[op], b.exprs(e.Values))
	case *syntax.BinOp:
		return b.node("BinOp", &e.Span, b.expr(e.Left), b.operator(e.Op), b.expr(e.Right))
	case *syntax.UnaryOp:
		return b.node("UnaryOp", &e.Span, b.st.singletons[astUnaryNames[e.Op]], b.expr(e.Operand))
	case *syntax.Lambda:
		return b.node("Lambda", &e.Span, b.arguments(e.Args), b.expr(e.Body))
	case *syntax.IfExp:
		return b.node("IfExp", &e.Span, b.expr(e.Test), b.expr(e.Body), b.expr(e.Else))
	case *syntax.Dict:
		keys := make([]Value, len(e.Keys))
		for i, k := range e.Keys {
			keys[i] = b.optExpr(k)
		}
		return b.node("Dict", &e.Span, Obj(NewList(keys)), b.exprs(e.Values))
	case *syntax.Set:
		return b.node("Set", &e.Span, b.exprs(e.Elts))
	case *syntax.Comp:
		gens := make([]Value, len(e.Generators))
		for i, g := range e.Generators {
			gens[i] = b.node("comprehension", nil, b.expr(g.Target), b.expr(g.Iter), b.exprs(g.Ifs), boolInt(g.IsAsync))
		}
		gl := Obj(NewList(gens))
		switch e.Kind {
		case syntax.LBRACK:
			return b.node("ListComp", &e.Span, b.expr(e.Elt), gl)
		case syntax.LBRACE:
			return b.node("SetComp", &e.Span, b.expr(e.Elt), gl)
		case syntax.COLON:
			return b.node("DictComp", &e.Span, b.expr(e.Elt), b.expr(e.Value), gl)
		}
		return b.node("GeneratorExp", &e.Span, b.expr(e.Elt), gl)
	case *syntax.Await:
		return b.node("Await", &e.Span, b.expr(e.Value))
	case *syntax.Yield:
		return b.node("Yield", &e.Span, b.optExpr(e.Value))
	case *syntax.YieldFrom:
		return b.node("YieldFrom", &e.Span, b.expr(e.Value))
	case *syntax.Compare:
		ops := make([]Value, len(e.Ops))
		for i, o := range e.Ops {
			ops[i] = b.st.singletons[astCmpNames[o]]
		}
		return b.node("Compare", &e.Span, b.expr(e.Left), Obj(NewList(ops)), b.exprs(e.Comparators))
	case *syntax.Call:
		return b.node("Call", &e.Span, b.expr(e.Func), b.exprs(e.Args), b.keywords(e.Keywords))
	case *syntax.Attribute:
		return b.node("Attribute", &e.Span, b.expr(e.Value), Obj(intern(e.Attr)), b.ctx(e.Ctx))
	case *syntax.Subscript:
		return b.node("Subscript", &e.Span, b.expr(e.Value), b.expr(e.Slice), b.ctx(e.Ctx))
	case *syntax.Starred:
		return b.node("Starred", &e.Span, b.expr(e.Value), b.ctx(e.Ctx))
	case *syntax.List:
		return b.node("List", &e.Span, b.exprs(e.Elts), b.ctx(e.Ctx))
	case *syntax.Tuple:
		return b.node("Tuple", &e.Span, b.exprs(e.Elts), b.ctx(e.Ctx))
	case *syntax.Slice:
		return b.node("Slice", &e.Span, b.optExpr(e.Lower), b.optExpr(e.Upper), b.optExpr(e.Step))
	case *syntax.NamedExpr:
		return b.node("NamedExpr", &e.Span, b.expr(e.Target), b.expr(e.Value))
	}
	panic("vm: unknown expression node")
}

func (b *astBuilder) patterns(ps []syntax.Pattern) Value {
	items := make([]Value, len(ps))
	for i, p := range ps {
		items[i] = b.pattern(p)
	}
	return Obj(NewList(items))
}

func (b *astBuilder) pattern(p syntax.Pattern) Value {
	switch p := p.(type) {
	case *syntax.MatchValue:
		return b.node("MatchValue", &p.Span, b.expr(p.Value))
	case *syntax.MatchSingleton:
		return b.node("MatchSingleton", &p.Span, astConstValue(p.Value))
	case *syntax.MatchSequence:
		return b.node("MatchSequence", &p.Span, b.patterns(p.Patterns))
	case *syntax.MatchMapping:
		return b.node("MatchMapping", &p.Span, b.exprs(p.Keys), b.patterns(p.Patterns), optStr(p.Rest))
	case *syntax.MatchClass:
		return b.node("MatchClass", &p.Span, b.expr(p.Cls), b.patterns(p.Patterns), b.strs(p.KwdAttrs), b.patterns(p.KwdPatterns))
	case *syntax.MatchStar:
		return b.node("MatchStar", &p.Span, optStr(p.Name))
	case *syntax.MatchAs:
		pat := None
		if p.Pattern != nil {
			pat = b.pattern(p.Pattern)
		}
		return b.node("MatchAs", &p.Span, pat, optStr(p.Name))
	case *syntax.MatchOr:
		return b.node("MatchOr", &p.Span, b.patterns(p.Patterns))
	}
	panic("vm: unknown pattern node")
}
