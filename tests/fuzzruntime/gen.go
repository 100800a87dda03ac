package main

import (
	"fmt"
	"math/rand"
	"strings"
)

// Table is what introspect.py reports: the methods of the builtin types
// and the builtin functions.
type Table struct {
	Types    []TypeInfo `json:"types"`
	Builtins []Method   `json:"builtins"`
}

// TypeInfo is one builtin type: its name, an expression for it and its
// callable attributes.
type TypeInfo struct {
	Name    string   `json:"name"`
	Expr    string   `json:"expr"`
	Methods []Method `json:"methods"`
}

// Method is a callable: its name, kind ("method", "classmethod", "static"
// or "function"), the number of positional parameters after self (-1 when
// CPython has no signature for it) and the parameter names keywords may use.
type Method struct {
	Name string   `json:"name"`
	Kind string   `json:"kind"`
	N    int      `json:"n"`
	Kw   []string `json:"kw"`
}

// Case is one generated call or operation. It is kept in pieces so that
// the reducer can drop and simplify them.
type Case struct {
	ID     int
	Kind   string // "method", "unbound", "call", "binop", "unop", "subscr", "slice"
	Target string // what is exercised: "list.index", "builtin.len", "op.+"
	Callee string // for "unbound" and "call": the callable expression
	Name   string // for "method": the method name
	Recv   string // for "method": the receiver; "r" in arguments names it
	Op     string // for operators
	Args   []string
	Kws    []Kw
	// TypeOnly: print only the type of the result (ids, hashes, sizes).
	TypeOnly bool
}

// Kw is one keyword argument.
type Kw struct{ Name, Value string }

// Expr renders the case as one Python expression.
func (c Case) Expr() string {
	args := make([]string, 0, len(c.Args)+len(c.Kws))
	args = append(args, c.Args...)
	for _, k := range c.Kws {
		args = append(args, k.Name+"="+k.Value)
	}
	call := strings.Join(args, ", ")
	switch c.Kind {
	case "method":
		e := "r." + c.Name + "(" + call + ")"
		return "(lambda r: " + e + ")(" + c.Recv + ")"
	case "unbound", "call":
		return c.Callee + "(" + call + ")"
	case "binop":
		if c.Op == "in" || c.Op == "not in" {
			return "(" + c.Args[0] + ") " + c.Op + " (" + c.Args[1] + ")"
		}
		return "(" + c.Args[0] + ") " + c.Op + " (" + c.Args[1] + ")"
	case "unop":
		return c.Op + "(" + c.Args[0] + ")"
	case "subscr":
		return "(" + c.Args[0] + ")[" + c.Args[1] + "]"
	case "slice":
		parts := make([]string, 0, 3)
		for _, a := range c.Args[1:] {
			if a == "None" {
				a = ""
			}
			parts = append(parts, a)
		}
		return "(" + c.Args[0] + ")[" + strings.Join(parts, ":") + "]"
	}
	panic("unknown case kind " + c.Kind)
}

// Line renders the case as its line in a batch program.
func (c Case) Line() string {
	to := ""
	if c.TypeOnly {
		to = ", True"
	}
	// Cases never contain double quotes nor end in a backslash.
	return fmt.Sprintf(`_r(%d, r"""%s"""%s)`, c.ID, c.Expr(), to)
}

// Standalone renders the case as a small program of its own.
func (c Case) Standalone() string {
	e := c.Expr()
	show := "repr(v)"
	if c.TypeOnly {
		show = "type(v).__name__"
	}
	return helpersFor(e) + "try:\n    v = " + e + "\n    print('OK', " + show + ")\n" +
		"except BaseException as e:\n    print('EXC', type(e).__name__)\n"
}

// Program renders a batch of cases as one program.
func Program(cases []Case) string {
	var body strings.Builder
	for _, c := range cases {
		body.WriteString(c.Line())
		body.WriteString("\n")
	}
	return harness + helpersFor(body.String()) + body.String()
}

// Value pools. Every expression builds a fresh value, so that cases do
// not share state. Sizes stay small; the huge ints are ones CPython
// rejects quickly as sizes or indices.
var (
	smallInts = []string{"0", "1", "-1", "2", "3", "7", "-5", "255", "256", "1000", "True", "False"}
	hugeInts  = []string{"2**63", "-2**63-1", "10**20", "2**63-1", "-2**63", "2**64", "2**62", "-10**20"}
	floats    = []string{"0.0", "-0.0", "1.5", "-2.5", "float('nan')", "float('inf')", "-float('inf')", "1e308", "5e-324", "1e16",
		"1j", "(1.5-2j)", "complex(-0.0, -0.0)", "complex('nan+infj')", "1e308j"}
	strs = []string{"''", "'a'", "'abc'", "'ABC def'", "'héllo wörld'", "'\\ud800'", "'a\\x00b'", "'a,b,,c'", "' \\t\\n'",
		"'12'", "'-3.5'", "'0x1f'", "'\\u20ac\\U0001f600'", "'ß'", "'{}'", "'{0}{x}'", "'%s%d'", "'utf-8'", "'strict'", "'big'", "'__class__'"}
	byteVals = []string{"b''", "b'abc'", "b'\\xff\\x00'", "b'a b\\tc'", "bytearray()", "bytearray(b'xyz')", "memoryview(b'ab')", "memoryview(bytearray(b'q'))"}
	singles  = []string{"None", "...", "NotImplemented"}
	conts    = []string{"[]", "[1, 2, 3]", "[3, 'a', None]", "[[1], [2, [3]]]", "[1.5, float('nan')]", "()", "(1,)", "(1, (2, 3))", "('a', 'b')",
		"{}", "{1: 2}", "{'a': 1, 'b': [2]}", "{(1, 2): 3}", "set()", "{1, 2}", "{'a'}", "frozenset()", "frozenset({1, 2})",
		"range(0)", "range(5)", "range(1, 10, 3)", "range(10, 0, -2)", "slice(1, 5, 2)", "slice(None)", "_selfref()", "_selfdict()", "_deep()",
		"[_EqRaise()]", "[_HashRaise()]", "{1: _ReprRaise()}", "[1, _EqRecurse()]", "(0, _IntSub(1))"}
	callables = []string{"int", "str", "list", "type", "object", "len", "abs", "(lambda *a, **k: 0)", "(lambda x: x)", "(lambda: 0)", "_Plain", "_Sub",
		"ValueError", "print.__call__", "sorted", "(lambda x: 1/0)", "__import__('gc').collect"}
	iters = []string{"iter([1, 2])", "(x for x in [1, 2])", "zip([1], 'ab')", "map(abs, [-1])", "enumerate('ab')", "reversed([1, 2])", "filter(None, [0, 1])",
		"{1: 2}.keys()", "{1: 2}.items()", "{1: 2}.values()", "iter(_GetItemSeq())"}
	evil = []string{"_EqRaise()", "_EqWrong()", "_EqRecurse()", "_HashRaise()", "_HashWrong()", "_HashBig()", "_IndexRaise()", "_IndexWrong()",
		"_IndexBig()", "_IndexNeg()", "_IndexBool()", "_IndexRecurse()", "_IntSub(3)", "_StrSub('ab')", "_LenRaise()", "_LenNeg()", "_LenHuge()",
		"_LenWrong()", "_IterRaise()", "_IterWrong()", "_IterBroken()", "_IterSelf()", "_GetItemSeq()", "_ReprRaise()", "_ReprWrong()",
		"_ReprRecurse()", "_GetattrRaise()", "_GetattrRecurse()", "_BoolRaise()", "_BoolWrong()", "_FloatRaise()", "_FloatWrong()", "_OpsAll()",
		"_OpsWrong()", "_Plain()", "_Sub()", "object()", "ValueError('x')", "KeyError(1)", "StopIteration(2)",
		"_DelRaise()", "_DelRecurse()", "_DelCollect()", "_DelResurrect()", "_GenFinally()"}
	// mutators take the receiver ("r") of a method case.
	mutators = []string{"_Mut(r)", "_MutAppend(r)", "[_Mut(r)]", "(_Mut(r), 1)", "{_Mut(r): 1}", "r"}
)

// samples are receivers for each type of the table.
var samples = map[string][]string{
	"str":                {"''", "'abc'", "'Héllo Wörld'", "'\\ud800x'", "'a\\tb\\nc'", "'12'", "'aXbXc'", "'\\u0130\\u03a3'", "_StrSub('ab')"},
	"bytes":              {"b''", "b'abc'", "b'\\xff\\x00'", "b'a b\\tc'", "b'12'"},
	"bytearray":          {"bytearray()", "bytearray(b'abc')", "bytearray(b'\\x00\\xff')"},
	"list":               {"[]", "[1, 2, 3]", "[3, 'a', None]", "[[1], [2]]", "[1.5, float('nan')]", "[_EqRaise()]", "[1, _EqWrong()]", "_selfref()", "list(range(20))"},
	"tuple":              {"()", "(1, 2)", "(1, (2, 3))", "('a',)", "(_EqRaise(),)", "(1, [2])"},
	"dict":               {"{}", "{1: 2}", "{'a': 1, 'b': [2]}", "{(1, 2): 3}", "{_HashBig(): 1}", "_selfdict()", "{1: _ReprRaise()}"},
	"set":                {"set()", "{1, 2}", "{'a'}", "{1.5, 2}", "{_HashBig()}"},
	"frozenset":          {"frozenset()", "frozenset({1, 2})", "frozenset('a')"},
	"int":                {"0", "1", "-1", "7", "2**63", "-2**63-1", "10**20", "255", "_IntSub(5)"},
	"bool":               {"True", "False"},
	"float":              {"0.0", "-0.0", "1.5", "float('nan')", "float('inf')", "-1e308", "5e-324", "1e16"},
	"complex":            {"0j", "1j", "(1.5-2j)", "complex(-0.0, -0.0)", "complex(float('nan'), float('inf'))", "1e308+1e308j", "_ComplexSub(1, 2)"},
	"range":              {"range(0)", "range(5)", "range(1, 10, 3)", "range(10, 0, -2)", "range(-3, 3)"},
	"slice":              {"slice(None)", "slice(1, 5, 2)", "slice(-1, None, -1)", "slice('a', 'b')", "slice(2**63)"},
	"memoryview":         {"memoryview(b'abc')", "memoryview(bytearray(b'xy'))", "memoryview(b'')"},
	"object":             {"object()", "_Plain()"},
	"type":               {"int", "type", "object", "_Plain", "_Sub", "list", "ValueError"},
	"BaseException":      {"BaseException()", "BaseException('a', 1)"},
	"Exception":          {"Exception()", "Exception('x')"},
	"ValueError":         {"ValueError('v')"},
	"KeyError":           {"KeyError()", "KeyError('k', 2)"},
	"OSError":            {"OSError()", "OSError(2, 'no such')", "OSError(2, 'x', 'f')"},
	"StopIteration":      {"StopIteration()", "StopIteration(5)"},
	"SyntaxError":        {"SyntaxError()", "SyntaxError('m', ('f', 1, 2, 'l'))"},
	"UnicodeDecodeError": {"UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'bad')"},
	"property":           {"property()", "property(len)", "property(len, print, None, 'doc')"},
	"classmethod":        {"classmethod(len)", "classmethod(_Plain)"},
	"staticmethod":       {"staticmethod(len)", "staticmethod(abs)"},
	"super":              {"super(_Sub, _Sub())", "super(int, 1)", "super(_Sub, _Sub)"},
	"map":                {"map(abs, [-1, 2])", "map(pow, [2], [3])", "map(lambda x: 1/x, [0])"},
	"zip":                {"zip([1, 2], 'ab')", "zip()", "zip([1], [2], strict=True)", "zip([1], [], strict=True)"},
	"filter":             {"filter(None, [0, 1, 2])", "filter(abs, [0, -1])"},
	"enumerate":          {"enumerate('ab')", "enumerate([], 5)", "enumerate([1], 2**63)"},
	"reversed":           {"reversed([1, 2])", "reversed('ab')", "reversed(range(3))"},
	"list_iterator":      {"iter([1, 2])", "iter([])"},
	"dict_keys":          {"{1: 2}.keys()", "{}.keys()"},
	"dict_items":         {"{1: 2}.items()", "{'a': []}.items()"},
	"generator":          {"(x for x in [1, 2])", "(1/x for x in [0])"},
	"function":           {"(lambda x: x)", "(lambda *a, **k: a)"},
	"NoneType":           {"None"},
}

// typeOnlyNames are callables whose results legitimately differ between
// implementations.
var typeOnlyNames = map[string]bool{
	"id": true, "hash": true, "__hash__": true, "__sizeof__": true, "__reduce__": true, "__reduce_ex__": true,
	"__dir__": true, "dir": true, "globals": true, "locals": true, "vars": true, "__subclasses__": true,
	"__getstate__": true, "__init_subclass__": false, "__format__": false,
}

// exponentSafe reports whether a value may be the exponent or shift count
// of a power or shift without making CPython compute a gigantic number.
func exponentSafe(v string) bool {
	for _, h := range hugeInts {
		if strings.Contains(v, h) {
			return false
		}
	}
	return !strings.Contains(v, "1000") && !strings.Contains(v, "256") && !strings.Contains(v, "255") &&
		!strings.Contains(v, "1e308") && !strings.Contains(v, "1e16") && !strings.Contains(v, "_Index") && !strings.Contains(v, "_IntSub")
}

// Gen generates cases.
type Gen struct {
	R     *rand.Rand
	Table *Table
	next  int
}

// NewGen returns a generator over table with its own random source.
func NewGen(seed int64, table *Table) *Gen {
	return &Gen{R: rand.New(rand.NewSource(seed)), Table: table}
}

func (g *Gen) pick(s []string) string { return s[g.R.Intn(len(s))] }

// Value returns a random argument expression.
func (g *Gen) Value() string {
	switch g.R.Intn(14) {
	case 0, 1:
		return g.pick(smallInts)
	case 2:
		return g.pick(hugeInts)
	case 3:
		return g.pick(floats)
	case 4:
		return g.pick(strs)
	case 5:
		return g.pick(byteVals)
	case 6:
		return g.pick(singles)
	case 7, 8:
		return g.pick(conts)
	case 9:
		return g.pick(callables)
	case 10:
		return g.pick(iters)
	case 11:
		return g.pick(strs)
	default:
		return g.pick(evil)
	}
}

// Operand returns a random operand for an operator: a value or a sample of
// some builtin type.
func (g *Gen) Operand() string {
	if g.R.Intn(3) == 0 {
		t := g.Table.Types[g.R.Intn(len(g.Table.Types))]
		if s := samples[t.Name]; len(s) > 0 {
			return g.pick(s)
		}
	}
	return g.Value()
}

var kwNames = []string{"bogus", "key", "reverse", "sep", "default", "start", "encoding", "errors", "x", "base", "fillchar", "maxsplit", "strict", "self", "object", "iterable"}

// args fills in the arguments of a call to m.
func (g *Gen) args(c *Case, m Method, mutOK bool) {
	n := m.N
	if n < 0 {
		n = g.R.Intn(3)
	}
	var count int
	switch g.R.Intn(6) {
	case 0:
		count = 0
	case 1:
		count = n + 1 + g.R.Intn(2) // too many
	case 2:
		count = g.R.Intn(4)
	default:
		count = n
		if n > 1 && g.R.Intn(2) == 0 {
			count = 1 + g.R.Intn(n)
		}
	}
	for i := 0; i < count; i++ {
		if mutOK && g.R.Intn(8) == 0 {
			c.Args = append(c.Args, g.pick(mutators))
			continue
		}
		c.Args = append(c.Args, g.Value())
	}
	if g.R.Intn(5) == 0 {
		name := g.pick(kwNames)
		if len(m.Kw) > 0 && g.R.Intn(2) == 0 {
			name = g.pick(m.Kw)
		}
		c.Kws = append(c.Kws, Kw{name, g.Value()})
		if g.R.Intn(4) == 0 {
			c.Kws = append(c.Kws, Kw{g.pick(kwNames), g.Value()})
		}
	}
	// Powers with huge operands would make CPython compute for ages
	// (the receiver of __rpow__ and the self of an unbound one are
	// exponents too).
	if strings.Contains(m.Name, "pow") {
		if !exponentSafe(c.Recv) {
			c.Recv = "2"
		}
		for i, a := range c.Args {
			if !exponentSafe(a) {
				c.Args[i] = "2"
			}
		}
		for i, k := range c.Kws {
			if !exponentSafe(k.Value) {
				c.Kws[i].Value = "2"
			}
		}
	}
}

var (
	binops = []string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"}
	unops  = []string{"-", "+", "~", "not "}
)

// Case generates the next case.
func (g *Gen) Case() Case {
	g.next++
	c := Case{ID: g.next}
	switch k := g.R.Intn(20); {
	case k < 8: // bound method on a sample receiver
		t := g.Table.Types[g.R.Intn(len(g.Table.Types))]
		m := t.Methods[g.R.Intn(len(t.Methods))]
		c.Kind = "method"
		c.Name = m.Name
		c.Target = t.Name + "." + m.Name
		c.Recv = g.pick(samples[t.Name])
		g.args(&c, m, true)
		c.TypeOnly = typeOnlyNames[m.Name]
	case k < 11: // unbound descriptor, often with the wrong self
		t := g.Table.Types[g.R.Intn(len(g.Table.Types))]
		m := t.Methods[g.R.Intn(len(t.Methods))]
		c.Kind = "unbound"
		c.Callee = t.Expr + "." + m.Name
		c.Target = t.Name + "." + m.Name
		if m.Kind == "method" && g.R.Intn(4) != 0 {
			self := g.Value()
			if g.R.Intn(3) == 0 {
				self = g.pick(samples[t.Name])
			}
			c.Args = append(c.Args, self)
		}
		g.args(&c, m, false)
		c.TypeOnly = typeOnlyNames[m.Name]
	case k < 14: // builtin function
		m := g.Table.Builtins[g.R.Intn(len(g.Table.Builtins))]
		c.Kind = "call"
		c.Callee = m.Name
		c.Target = "builtin." + m.Name
		g.args(&c, m, false)
		c.TypeOnly = typeOnlyNames[m.Name]
	case k < 18:
		c.Kind = "binop"
		c.Op = g.pick(binops)
		c.Target = "op." + strings.ReplaceAll(c.Op, " ", "_")
		c.Args = []string{g.Operand(), g.Operand()}
		if (c.Op == "**" || c.Op == "<<") && !exponentSafe(c.Args[1]) {
			c.Args[1] = g.pick([]string{"2", "-1", "0.5", "63", "64"})
		}
		if c.Op == "is" || c.Op == "is not" {
			// Identity of fresh values is an implementation detail.
			c.Op = "=="
			c.Target = "op.=="
		}
	case k < 19:
		c.Kind = "unop"
		c.Op = g.pick(unops)
		c.Target = "op.unary" + strings.TrimSpace(c.Op)
		c.Args = []string{g.Operand()}
	default:
		if g.R.Intn(2) == 0 {
			c.Kind = "subscr"
			c.Target = "op.[]"
			c.Args = []string{g.Operand(), g.Operand()}
		} else {
			c.Kind = "slice"
			c.Target = "op.[:]"
			c.Args = []string{g.Operand(), g.sliceBound(), g.sliceBound()}
			if g.R.Intn(2) == 0 {
				c.Args = append(c.Args, g.sliceBound())
			}
		}
	}
	return c
}

func (g *Gen) sliceBound() string {
	if g.R.Intn(3) == 0 {
		return "None"
	}
	if g.R.Intn(4) == 0 {
		return g.Value()
	}
	return g.pick(append(append([]string{}, smallInts...), hugeInts...))
}

// Batch generates n cases.
func (g *Gen) Batch(n int) []Case {
	cs := make([]Case, n)
	for i := range cs {
		cs[i] = g.Case()
	}
	return cs
}
