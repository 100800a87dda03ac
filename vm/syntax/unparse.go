package syntax

// Unparsing expressions back to source, as CPython's Python/ast_unparse.c
// does for the annotations that `from __future__ import annotations` keeps
// as strings.

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// Precedence levels of the unparser, lowest first.
const (
	prTuple  = iota
	prTest   // if-else, lambda
	prOr     // or
	prAnd    // and
	prNot    // not
	prCmp    // comparisons, in, is
	prBor    // |
	prBxor   // ^
	prBand   // &
	prShift  // << >>
	prArith  // + -
	prTerm   // * @ / % //
	prFactor // unary + - ~
	prPower  // **
	prAwait  // await
	prAtom
)

const prExpr = prBor

// Unparse renders an expression as CPython's compiler does for a
// stringized annotation: normalized spacing, the parentheses precedence
// needs, and constants written as their repr.
func Unparse(e Expr) string { return UnparseWith(e, nil) }

// UnparseWith is Unparse where uKind reports the str constants whose
// kind is "u" (written with a u prefix), which keep the prefix.
func UnparseWith(e Expr, uKind func(*Constant) bool) string {
	u := unparser{uKind: uKind}
	u.expr(e, prTest)
	return u.b.String()
}

// FutureAnnotations reports whether a module's body starts with `from
// __future__ import annotations` among its future imports.
func FutureAnnotations(body []Stmt) bool {
	for i, s := range body {
		if e, ok := s.(*ExprStmt); ok && i == 0 {
			if c, ok := e.Value.(*Constant); ok {
				if _, ok := c.Value.(string); ok {
					continue
				}
			}
		}
		imp, ok := s.(*ImportFrom)
		if !ok || imp.Module != "__future__" {
			return false
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

type unparser struct {
	b     strings.Builder
	uKind func(*Constant) bool
}

func (u *unparser) str(s string) { u.b.WriteString(s) }

func (u *unparser) strIf(cond bool, s string) {
	if cond {
		u.b.WriteString(s)
	}
}

var binOps = map[Token]struct {
	s  string
	pr int
}{
	PLUS: {" + ", prArith}, MINUS: {" - ", prArith},
	STAR: {" * ", prTerm}, AT: {" @ ", prTerm}, SLASH: {" / ", prTerm},
	PERCENT: {" % ", prTerm}, DSLASH: {" // ", prTerm},
	LEFTSHIFT: {" << ", prShift}, RIGHTSHIFT: {" >> ", prShift},
	VBAR: {" | ", prBor}, CIRCUMFLEX: {" ^ ", prBxor}, AMPER: {" & ", prBand},
	DOUBLESTAR: {" ** ", prPower},
}

var cmpOps = [...]string{
	Lt: " < ", LtE: " <= ", Eq: " == ", NotEq: " != ", Gt: " > ", GtE: " >= ",
	Is: " is ", IsNot: " is not ", In: " in ", NotIn: " not in ",
}

func (u *unparser) expr(e Expr, level int) {
	switch e := e.(type) {
	case *BoolOp:
		op, pr := " or ", prOr
		if e.Op == AMPER {
			op, pr = " and ", prAnd
		}
		u.strIf(level > pr, "(")
		for i, v := range e.Values {
			u.strIf(i > 0, op)
			u.expr(v, pr+1)
		}
		u.strIf(level > pr, ")")
	case *BinOp:
		op := binOps[e.Op]
		rassoc := 0
		if e.Op == DOUBLESTAR {
			rassoc = 1
		}
		u.strIf(level > op.pr, "(")
		u.expr(e.Left, op.pr+rassoc)
		u.str(op.s)
		u.expr(e.Right, op.pr+1-rassoc)
		u.strIf(level > op.pr, ")")
	case *UnaryOp:
		op, pr := "", prFactor
		switch e.Op {
		case TILDE:
			op = "~"
		case NAME:
			op, pr = "not ", prNot
		case PLUS:
			op = "+"
		case MINUS:
			op = "-"
		}
		u.strIf(level > pr, "(")
		u.str(op)
		u.expr(e.Operand, pr)
		u.strIf(level > pr, ")")
	case *Lambda:
		u.strIf(level > prTest, "(")
		if len(e.Args.Args)+len(e.Args.PosOnly) > 0 {
			u.str("lambda ")
		} else {
			u.str("lambda")
		}
		u.args(e.Args)
		u.str(": ")
		u.expr(e.Body, prTest)
		u.strIf(level > prTest, ")")
	case *IfExp:
		u.strIf(level > prTest, "(")
		u.expr(e.Body, prTest+1)
		u.str(" if ")
		u.expr(e.Test, prTest+1)
		u.str(" else ")
		u.expr(e.Else, prTest)
		u.strIf(level > prTest, ")")
	case *Dict:
		u.str("{")
		for i, v := range e.Values {
			u.strIf(i > 0, ", ")
			if k := e.Keys[i]; k != nil {
				u.expr(k, prTest)
				u.str(": ")
				u.expr(v, prTest)
			} else {
				u.str("**")
				u.expr(v, prExpr)
			}
		}
		u.str("}")
	case *Set:
		u.seq("{", e.Elts, "}")
	case *List:
		u.seq("[", e.Elts, "]")
	case *Comp:
		u.comp(e)
	case *Yield:
		if e.Value == nil {
			u.str("(yield)")
			return
		}
		u.str("(yield ")
		u.expr(e.Value, prTest)
		u.str(")")
	case *YieldFrom:
		u.str("(yield from ")
		u.expr(e.Value, prTest)
		u.str(")")
	case *Await:
		u.strIf(level > prAwait, "(")
		u.str("await ")
		u.expr(e.Value, prAtom)
		u.strIf(level > prAwait, ")")
	case *Compare:
		u.strIf(level > prCmp, "(")
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.str(cmpOps[op])
			u.expr(e.Comparators[i], prCmp+1)
		}
		u.strIf(level > prCmp, ")")
	case *Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*Comp); ok && g.Kind == LPAREN {
				u.comp(g)
				return
			}
		}
		u.str("(")
		first := true
		for _, a := range e.Args {
			u.strIf(!first, ", ")
			first = false
			u.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			u.strIf(!first, ", ")
			first = false
			if k.Arg == "" {
				u.str("**")
			} else {
				u.str(k.Arg)
				u.str("=")
			}
			u.expr(k.Value, prTest)
		}
		u.str(")")
	case *Constant:
		if _, ok := e.Value.(Ellipsis); ok {
			u.str("...")
			return
		}
		if _, ok := e.Value.(string); ok && u.uKind != nil && u.uKind(e) {
			u.str("u")
		}
		u.str(constRepr(e.Value))
	case *JoinedStr:
		u.joinedStr(e, false)
	case *FormattedValue:
		u.formattedValue(e)
	case *Attribute:
		u.expr(e.Value, prAtom)
		period := "."
		if c, ok := e.Value.(*Constant); ok {
			switch c.Value.(type) {
			case int64, *big.Int:
				period = " ."
			}
		}
		u.str(period)
		u.str(e.Attr)
	case *Subscript:
		u.expr(e.Value, prAtom)
		u.str("[")
		u.expr(e.Slice, prTuple)
		u.str("]")
	case *Starred:
		u.str("*")
		u.expr(e.Value, prExpr)
	case *Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.str(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.str(":")
			u.expr(e.Step, prTest)
		}
	case *Name:
		u.str(e.ID)
	case *Tuple:
		if len(e.Elts) == 0 {
			u.str("()")
			return
		}
		u.strIf(level > prTuple, "(")
		for i, x := range e.Elts {
			u.strIf(i > 0, ", ")
			u.expr(x, prTest)
		}
		u.strIf(len(e.Elts) == 1, ",")
		u.strIf(level > prTuple, ")")
	case *NamedExpr:
		u.strIf(level > prTuple, "(")
		u.expr(e.Target, prAtom)
		u.str(" := ")
		u.expr(e.Value, prAtom)
		u.strIf(level > prTuple, ")")
	}
}

func (u *unparser) seq(open string, elts []Expr, close string) {
	u.str(open)
	for i, x := range elts {
		u.strIf(i > 0, ", ")
		u.expr(x, prTest)
	}
	u.str(close)
}

func (u *unparser) comp(e *Comp) {
	open, close := "(", ")"
	switch e.Kind {
	case LBRACK:
		open, close = "[", "]"
	case LBRACE, COLON:
		open, close = "{", "}"
	}
	u.str(open)
	u.expr(e.Elt, prTest)
	if e.Kind == COLON {
		u.str(": ")
		u.expr(e.Value, prTest)
	}
	for _, g := range e.Generators {
		if g.IsAsync {
			u.str(" async for ")
		} else {
			u.str(" for ")
		}
		u.expr(g.Target, prTuple)
		u.str(" in ")
		u.expr(g.Iter, prTest+1)
		for _, c := range g.Ifs {
			u.str(" if ")
			u.expr(c, prTest+1)
		}
	}
	u.str(close)
}

func (u *unparser) arg(a *Arg) {
	u.str(a.Name)
	if a.Annotation != nil {
		u.str(": ")
		u.expr(a.Annotation, prTest)
	}
}

func (u *unparser) args(a *Arguments) {
	first := true
	sep := func() {
		u.strIf(!first, ", ")
		first = false
	}
	npos := len(a.PosOnly) + len(a.Args)
	for i := 0; i < npos; i++ {
		sep()
		if i < len(a.PosOnly) {
			u.arg(a.PosOnly[i])
		} else {
			u.arg(a.Args[i-len(a.PosOnly)])
		}
		if di := i - npos + len(a.Defaults); di >= 0 {
			u.str("=")
			u.expr(a.Defaults[di], prTest)
		}
		if len(a.PosOnly) > 0 && i+1 == len(a.PosOnly) {
			u.str(", /")
		}
	}
	if a.Vararg != nil || len(a.KwOnly) > 0 {
		sep()
		u.str("*")
		if a.Vararg != nil {
			u.arg(a.Vararg)
		}
	}
	for i, k := range a.KwOnly {
		sep()
		u.arg(k)
		if di := i - len(a.KwOnly) + len(a.KwDefaults); di >= 0 && a.KwDefaults[di] != nil {
			u.str("=")
			u.expr(a.KwDefaults[di], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.str("**")
		u.arg(a.Kwarg)
	}
}

var braceEscaper = strings.NewReplacer("{", "{{", "}", "}}")

// fstringElement writes one part of an f-string's body.
func (u *unparser) fstringElement(e Expr, spec bool) {
	switch e := e.(type) {
	case *Constant:
		if s, ok := e.Value.(string); ok {
			u.str(braceEscaper.Replace(s))
		}
	case *JoinedStr:
		u.joinedStr(e, spec)
	case *FormattedValue:
		u.formattedValue(e)
	}
}

func (u *unparser) joinedStr(e *JoinedStr, spec bool) {
	body := unparser{uKind: u.uKind}
	for _, v := range e.Values {
		body.fstringElement(v, spec)
	}
	if spec {
		u.str(body.b.String())
		return
	}
	u.str("f")
	u.str(code.StrRepr(body.b.String()))
}

func (u *unparser) formattedValue(e *FormattedValue) {
	// Above prTest so that a lambda's ':' is parenthesized.
	v := unparser{uKind: u.uKind}
	v.expr(e.Value, prTest+1)
	s := v.b.String()
	if strings.HasPrefix(s, "{") {
		// Keep a leading brace apart from the field's own.
		u.str("{ ")
	} else {
		u.str("{")
	}
	u.str(s)
	switch e.Conversion {
	case 'a', 'r', 's':
		u.str("!" + string(rune(e.Conversion)))
	}
	if e.FormatSpec != nil {
		u.str(":")
		u.fstringElement(e.FormatSpec, true)
	}
	u.str("}")
}

// constRepr is the repr of a constant, with infinities written as 1e309
// so that the text parses back to the same value.
func constRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return strings.ReplaceAll(code.FloatRepr(v), "inf", "1e309")
	case complex128:
		return strings.ReplaceAll(code.ComplexRepr(v), "inf", "1e309")
	case string:
		return code.StrRepr(v)
	case Bytes:
		return code.BytesRepr(string(v))
	case Ellipsis:
		return "Ellipsis"
	}
	return ""
}
