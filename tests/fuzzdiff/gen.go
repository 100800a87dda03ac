package main

import (
	"fmt"
	"math/rand"
	"strings"
)

// Gen generates random, valid, deterministic Python 3.11 programs. Every
// statement that may raise runs inside try/except and prints the type of
// the exception, so a program runs to its end under CPython. Each line of
// output starts with a tag, "kind#n", naming the generator feature that
// printed it; differences are filed under the kind.
type Gen struct {
	r    *rand.Rand
	n    int
	b    strings.Builder
	vars map[string][]string // type -> names of module-level variables
}

// NewGen returns a generator seeded with seed.
func NewGen(seed int64) *Gen {
	return &Gen{r: rand.New(rand.NewSource(seed))}
}

// features are the statement generators a program is built from.
var features = []struct {
	name   string
	weight int
	fn     func(*Gen)
}{
	{"assign", 6, (*Gen).assign},
	{"arith", 8, (*Gen).arith},
	{"complex", 3, (*Gen).complexOps},
	{"str", 4, (*Gen).strOps},
	{"container", 6, (*Gen).container},
	{"slice", 3, (*Gen).sliceOps},
	{"loop", 6, (*Gen).hotLoop},
	{"fnloop", 4, (*Gen).fnLoop},
	{"call", 5, (*Gen).calls},
	{"closure", 3, (*Gen).closure},
	{"class", 4, (*Gen).class},
	{"operator", 4, (*Gen).operators},
	{"regex", 3, (*Gen).regex},
	{"deopt", 7, (*Gen).deopt},
	{"exc", 4, (*Gen).exceptions},
	{"gen", 3, (*Gen).generators},
	{"unpack", 2, (*Gen).unpack},
	{"builtin", 3, (*Gen).builtins},
	{"frame", 3, (*Gen).frames},
	{"setorder", 3, (*Gen).setOrder},
}

// Program generates a program of about n features.
func (g *Gen) Program(n int) string {
	g.b.Reset()
	g.vars = map[string][]string{}
	total := 0
	for _, f := range features {
		total += f.weight
	}
	for i := 0; i < n; i++ {
		k := g.r.Intn(total)
		for _, f := range features {
			if k < f.weight {
				f.fn(g)
				break
			}
			k -= f.weight
		}
	}
	return g.b.String()
}

func (g *Gen) intn(n int) int        { return g.r.Intn(n) }
func (g *Gen) chance(p float64) bool { return g.r.Float64() < p }
func (g *Gen) pick(xs ...string) string {
	return xs[g.r.Intn(len(xs))]
}

// id returns a fresh number for names and tags.
func (g *Gen) id() int { g.n++; return g.n }

// tag returns a fresh output tag of a kind, as a Python string literal.
func (g *Gen) tag(kind string) string { return fmt.Sprintf("'%s#%d'", kind, g.id()) }

// emit appends lines of source, indented by depth levels.
func (g *Gen) emit(depth int, format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	ind := strings.Repeat("    ", depth)
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		g.b.WriteString(strings.TrimRight(ind+l, " ") + "\n")
	}
}

// show prints the repr of expr, or the type of the exception it raises.
func (g *Gen) show(depth int, kind, expr string) {
	t := g.tag(kind)
	g.emit(depth, "try:\n    print(%s, repr(%s))\nexcept Exception as e:\n    print(%s, type(e).__name__)", t, expr, t)
}

// guard runs body (already indented one level) inside try/except that
// prints the exception type under tag.
func (g *Gen) guard(depth int, tag, body string) {
	g.emit(depth, "try:\n%s\nexcept Exception as e:\n    print(%s, type(e).__name__)", indent(body, 1), tag)
}

func indent(s string, n int) string {
	ind := strings.Repeat("    ", n)
	ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range ls {
		ls[i] = ind + l
	}
	return strings.Join(ls, "\n")
}

// Expressions. Each generator returns an expression of one type; depth
// bounds nesting. extra names variables of that type in scope.

var (
	intLits   = []string{"0", "1", "-1", "2", "-2", "3", "-3", "7", "-7", "10", "255", "-256", "1000", "2147483647", "-2147483648", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "(2**64)", "(-2**70)", "(10**20)", "12345678901234567890", "True", "False"}
	floatLits = []string{"0.0", "-0.0", "0.5", "-1.5", "2.5", "1e300", "-1e-300", "3.141592653589793", "1e16", "0.1", "-7.25", "float('inf')", "float('-inf')", "float('nan')", "1.5e-5"}
	strLits   = []string{"''", "'a'", "'abc'", "'Hello World'", "'x-y-z'", "'  pad '", "'ÄÖü'", "'12'", "'-42'", "'a,b,,c'", "'aaa'", "'Tab\\tEnd'"}
)

func (g *Gen) leaf(typ string, lits []string, extra []string) string {
	names := append(append([]string{}, g.vars[typ]...), extra...)
	if len(names) > 0 && g.chance(0.4) {
		return g.pick(names...)
	}
	return g.pick(lits...)
}

func (g *Gen) intExpr(d int, extra ...string) string {
	if d <= 0 || g.chance(0.3) {
		return g.leaf("int", intLits, extra)
	}
	a := func() string { return g.intExpr(d-1, extra...) }
	switch g.intn(16) {
	case 0, 1, 2:
		return fmt.Sprintf("(%s %s %s)", a(), g.pick("+", "-", "*", "//", "%", "&", "|", "^"), a())
	case 3:
		return fmt.Sprintf("(%s %s %d)", a(), g.pick("<<", ">>"), g.intn(70))
	case 4:
		return fmt.Sprintf("(%s%s)", g.pick("-", "~", "+"), a())
	case 5:
		return fmt.Sprintf("%s(%s)", g.pick("abs", "int", "hash"), a())
	case 6:
		return fmt.Sprintf("len(%s)", g.pick(g.strExpr(d-1), g.listExpr(d-1)))
	case 7:
		return fmt.Sprintf("%s(%s)", g.pick("int", "round", "int"), g.floatExpr(d-1))
	case 8:
		return fmt.Sprintf("divmod(%s, %s)[%d]", a(), a(), g.intn(2))
	case 9:
		if g.chance(0.5) {
			return fmt.Sprintf("pow(%s, %d, %s)", a(), g.intn(40)-5, a())
		}
		return fmt.Sprintf("(%s ** %d)", a(), g.intn(12))
	case 10:
		return fmt.Sprintf("%s(%s)", g.pick("sum", "min", "max", "len"), g.listExpr(d-1))
	case 11:
		return fmt.Sprintf("%s(%s, %s)", g.pick("min", "max"), a(), a())
	case 12:
		return fmt.Sprintf("(%s if %s else %s)", a(), g.boolExpr(d-1), a())
	case 13:
		return fmt.Sprintf("int(%s)", g.pick("'-12'", "' 42 '", "'1_000'", "'0x1f', 16", "'zz', 36", "'9'*25", "'1.5'", "'-0'"))
	case 14:
		return fmt.Sprintf("(%s).bit_length()", a())
	default:
		return fmt.Sprintf("(%s %s %s)", a(), g.pick("+", "-", "*"), a())
	}
}

func (g *Gen) floatExpr(d int, extra ...string) string {
	if d <= 0 || g.chance(0.3) {
		return g.leaf("float", floatLits, extra)
	}
	num := func() string {
		if g.chance(0.5) {
			return g.intExpr(d - 1)
		}
		return g.floatExpr(d-1, extra...)
	}
	switch g.intn(9) {
	case 0, 1:
		return fmt.Sprintf("(%s %s %s)", num(), g.pick("+", "-", "*", "/", "//", "%"), g.floatExpr(d-1, extra...))
	case 2:
		return fmt.Sprintf("(%s / %s)", g.intExpr(d-1), g.intExpr(d-1))
	case 3:
		if g.chance(0.5) {
			return fmt.Sprintf("(%s ** %s)", g.floatExpr(d-1, extra...), g.pick("2", "-1", "3", "-2", "0", "5"))
		}
		// A non-integer power of a negative number is complex: the base
		// is mostly made non-negative, to keep the result a float.
		base := g.floatExpr(d-1, extra...)
		if g.chance(0.4) {
			base = g.intExpr(d - 1)
		}
		if g.chance(0.2) {
			return fmt.Sprintf(g.pick("(%s ** %s)", "pow(%s, %s)"), base, g.pick("0.5", "(1/3)", "-2.5", "1e-3"))
		}
		return fmt.Sprintf(g.pick("(abs(%s) ** %s)", "pow(abs(%s), %s)"), base, g.pick("0.5", "1.5", "-0.5", "0.1", "(1/3)", "2.5", "-1.25", "7.3", "-30.7", "0.999", "1e-3"))
	case 4:
		return fmt.Sprintf("float(%s)", g.pick(g.intExpr(d-1), "'1.25'", "'-inf'", "' 3 '", "'1e5'"))
	case 5:
		return fmt.Sprintf("round(%s, %d)", g.floatExpr(d-1, extra...), g.intn(6)-2)
	case 6:
		return fmt.Sprintf("%s(%s)", g.pick("abs", "-", "+"), g.floatExpr(d-1, extra...))
	case 7:
		return g.mathCall(num)
	default:
		return fmt.Sprintf("(%s if %s else %s)", num(), g.boolExpr(d-1), num())
	}
}

// mathCall calls a function of the math module, whose last bits CPython
// takes from the C library or its own algorithms over it. The programs
// reach the module through __import__, so no import statement is needed.
func (g *Gen) mathCall(num func() string) string {
	if g.chance(0.25) {
		return fmt.Sprintf("__import__('math').%s(%s, %s)", g.pick("atan2", "hypot", "pow", "fmod", "log", "remainder"), num(), num())
	}
	// A small argument half of the time: large ones mostly overflow or
	// saturate.
	arg := num()
	if g.chance(0.5) {
		arg = fmt.Sprintf("(%s) %% %s", arg, g.pick("7.5", "1.0", "40.0", "0.01"))
	}
	return fmt.Sprintf("__import__('math').%s(%s)", g.pick(
		"exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt", "cbrt",
		"sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
		"asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "degrees", "radians"), arg)
}

func (g *Gen) numExpr(d int, extra ...string) string {
	if g.chance(0.6) {
		return g.intExpr(d, extra...)
	}
	if g.chance(0.15) {
		return g.complexExpr(d, extra...)
	}
	return g.floatExpr(d, extra...)
}

var complexLits = []string{"1j", "-2.5j", "(1+2j)", "(-0.0-0.0j)", "complex(0.0, -0.0)", "(3-4j)", "1e300j",
	"complex('nan+infj')", "(0.5+1e-300j)", "complex(float('inf'), 1)", "0j", "complex(-1.5)", "(2**53+1+0j)"}

// complexExpr is an expression whose value is mostly a complex number:
// arithmetic mixed with ints and floats, powers, and cmath functions.
func (g *Gen) complexExpr(d int, extra ...string) string {
	if d <= 0 || g.chance(0.3) {
		return g.pick(complexLits...)
	}
	c := func() string {
		if g.chance(0.6) {
			return g.complexExpr(d-1, extra...)
		}
		return g.numExpr(d-1, extra...)
	}
	switch g.intn(8) {
	case 0, 1:
		return fmt.Sprintf("(%s %s %s)", c(), g.pick("+", "-", "*", "/"), c())
	case 2:
		return fmt.Sprintf("(%s ** %s)", g.complexExpr(d-1, extra...), g.pick("2", "-1", "3", "0.5", "1j", "(1+1j)", "-2.5", "101", "100", "0"))
	case 3:
		return fmt.Sprintf("%s(%s)", g.pick("abs", "-", "+", "complex"), g.complexExpr(d-1, extra...))
	case 4:
		return fmt.Sprintf("__import__('cmath').%s(%s)", g.pick("sqrt", "exp", "log", "log10", "sin", "cos", "tan",
			"asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase"), c())
	case 5:
		return fmt.Sprintf("complex(%s, %s)", g.numExpr(d-1, extra...), g.numExpr(d-1, extra...))
	case 6:
		return fmt.Sprintf("complex(%s)", g.pick("'1+2j'", "' (3-4j) '", "'-j'", "'1e500j'", "'nanj'", "'1_0+2_0j'"))
	default:
		return fmt.Sprintf("(%s).conjugate()", c())
	}
}

func (g *Gen) boolExpr(d int) string {
	cmp := func() string { return g.pick("<", "<=", ">", ">=", "==", "!=") }
	switch g.intn(8) {
	case 0, 1:
		return fmt.Sprintf("(%s %s %s)", g.numExpr(d-1), cmp(), g.numExpr(d-1))
	case 2:
		return fmt.Sprintf("(%s %s %s %s %s)", g.numExpr(d-1), cmp(), g.numExpr(d-1), cmp(), g.numExpr(d-1))
	case 3:
		return fmt.Sprintf("(%s %s %s)", g.strExpr(d-1), cmp(), g.strExpr(d-1))
	case 4:
		return fmt.Sprintf("(not %s)", g.numExpr(d-1))
	case 5:
		return fmt.Sprintf("(%s in %s)", g.intExpr(d-1), g.listExpr(d-1))
	case 6:
		return fmt.Sprintf("isinstance(%s, %s)", g.numExpr(d-1), g.pick("int", "float", "bool", "(int, float)", "str"))
	default:
		return fmt.Sprintf("bool(%s)", g.numExpr(d-1))
	}
}

func (g *Gen) strExpr(d int) string {
	if d <= 0 || g.chance(0.3) {
		return g.leaf("str", strLits, nil)
	}
	s := func() string { return g.strExpr(d - 1) }
	switch g.intn(12) {
	case 0:
		return fmt.Sprintf("(%s + %s)", s(), s())
	case 1:
		return fmt.Sprintf("(%s * %d)", s(), g.intn(6)-2)
	case 2:
		return fmt.Sprintf("%s%s", s(), g.slice())
	case 3:
		return fmt.Sprintf("%s.%s()", s(), g.pick("upper", "lower", "strip", "title", "swapcase", "casefold", "lstrip", "capitalize"))
	case 4:
		return fmt.Sprintf("%s.replace(%s, %s)", s(), g.pick("'a'", "'-'", "''", "'l'"), g.pick("'b'", "''", "'--'"))
	case 5:
		return fmt.Sprintf("%s.join(%s.split(%s))", g.pick("'-'", "''", "', '"), s(), g.pick("", "'-'", "','", "'a'"))
	case 6:
		return fmt.Sprintf("%s(%s)", g.pick("str", "repr", "ascii"), g.numExpr(d-1))
	case 7:
		return fmt.Sprintf("f\"{%s}|{%s!r}\"", g.leaf("int", intLits, nil), g.leaf("str", strLits[:len(strLits)-1], nil))
	case 8:
		return fmt.Sprintf("format(%s, %s)", g.numExpr(d-1), g.pick("'x'", "'>8'", "'.3f'", "'+,'", "'08.2e'", "'b'", "'^7'", "'%'"))
	case 9:
		return fmt.Sprintf("('%%s-%%d-%%r' %% (%s, %s, %s))", s(), g.intExpr(d-1), g.numExpr(d-1))
	case 10:
		return fmt.Sprintf("%s.%s(%d, %s)", s(), g.pick("center", "ljust", "rjust"), g.intn(12), g.pick("'*'", "' '"))
	default:
		return fmt.Sprintf("str(%s)", g.listExpr(d-1))
	}
}

func (g *Gen) slice() string {
	b := func() string {
		if g.chance(0.3) {
			return ""
		}
		return fmt.Sprint(g.intn(14) - 7)
	}
	if g.chance(0.5) {
		return fmt.Sprintf("[%s:%s]", b(), b())
	}
	return fmt.Sprintf("[%s:%s:%s]", b(), b(), g.pick("1", "2", "-1", "-2", "3", "0", ""))
}

func (g *Gen) intList() string {
	n := g.intn(7)
	xs := make([]string, n)
	for i := range xs {
		xs[i] = fmt.Sprint(g.intn(21) - 10)
	}
	return "[" + strings.Join(xs, ", ") + "]"
}

func (g *Gen) listExpr(d int) string {
	if d <= 0 || g.chance(0.3) {
		if l := g.vars["list"]; len(l) > 0 && g.chance(0.4) {
			return g.pick(l...)
		}
		if g.chance(0.3) {
			return fmt.Sprintf("list(range(%d, %d, %s))", g.intn(10)-5, g.intn(20)-5, g.pick("1", "2", "-1", "3"))
		}
		return g.intList()
	}
	l := func() string { return g.listExpr(d - 1) }
	switch g.intn(12) {
	case 0:
		return fmt.Sprintf("(%s + %s)", l(), l())
	case 1:
		return fmt.Sprintf("(%s * %d)", l(), g.intn(4))
	case 2:
		return fmt.Sprintf("%s%s", l(), g.slice())
	case 3:
		return fmt.Sprintf("sorted(%s%s)", l(), g.pick("", ", reverse=True", ", key=abs", ", key=lambda v: (v % 3, -v)"))
	case 4:
		return fmt.Sprintf("[%s for v in %s if %s]", g.intExpr(1, "v"), l(), g.pick("v % 2", "v > 0", "True", "v != 3"))
	case 5:
		return fmt.Sprintf("list(map(lambda v: %s, %s))", g.intExpr(1, "v"), l())
	case 6:
		return fmt.Sprintf("list(filter(%s, %s))", g.pick("None", "lambda v: v % 3", "bool"), l())
	case 7:
		return fmt.Sprintf("list(reversed(%s))", l())
	case 8:
		return fmt.Sprintf("[*%s, %s, *%s]", l(), g.intExpr(d-1), l())
	case 9:
		return fmt.Sprintf("[a * b for a, b in zip(%s, %s)]", l(), l())
	case 10:
		return fmt.Sprintf("[i + v for i, v in enumerate(%s, %d)]", l(), g.intn(5)-2)
	default:
		return fmt.Sprintf("[%s for v in range(%d)]", g.intExpr(d-1, "v"), g.intn(6))
	}
}

func (g *Gen) containerExpr(d int) (expr string, set bool) {
	l := func() string { return g.listExpr(d - 1) }
	switch g.intn(14) {
	case 0:
		return fmt.Sprintf("tuple(%s)%s", l(), g.pick("", g.slice(), " + (1, 2)", " * 2")), false
	case 1:
		return fmt.Sprintf("dict(zip(%s, %s))", l(), g.strListExpr()), false
	case 2:
		return fmt.Sprintf("{v: v * v for v in %s if v %% 2 == 0}", l()), false
	case 3:
		return fmt.Sprintf("{**dict(a=%s, b=2), **{'b': %s, 'c': 3}}", g.intExpr(1), g.numExpr(1)), false
	case 4:
		return fmt.Sprintf("(dict.fromkeys(%s, 0) | {1: 'one'})", l()), false
	case 5:
		return fmt.Sprintf("set(%s) %s set(%s)", l(), g.pick("|", "&", "-", "^"), l()), true
	case 6:
		return fmt.Sprintf("{v %% %d for v in %s}", g.intn(5)+1, l()), true
	case 7:
		return fmt.Sprintf("frozenset(%s) %s {1, 2, 3}", l(), g.pick("|", "&", "-", "^")), true
	case 8:
		return fmt.Sprintf("[(k, v) for k, v in sorted({%s: 1, %s: 2, 'z': 3}.items())]", g.strExpr(1), g.strExpr(1)), false
	case 9:
		return fmt.Sprintf("%s.index(%s)", l(), g.intExpr(0)), false
	case 10:
		return fmt.Sprintf("(%s %s %s)", l(), g.pick("<", "==", ">=", "!="), l()), false
	case 11:
		return fmt.Sprintf("sorted(set(%s) %s {0, 1})", g.strListExpr(), g.pick("|", "-")), false
	case 12:
		return fmt.Sprintf("[[r * c for c in range(%d)] for r in range(%d)]", g.intn(4), g.intn(4)), false
	default:
		return fmt.Sprintf("(lambda t: (t.count(%s), %s in t, len(t)))(tuple(%s))", g.intExpr(0), g.intExpr(0), l()), false
	}
}

func (g *Gen) strListExpr() string {
	return fmt.Sprintf("%s.split(%s)", g.strExpr(1), g.pick("", "'-'", "','", "'a'"))
}

// Statement features.

func (g *Gen) assign() {
	name := fmt.Sprintf("v%d", g.id())
	typ := g.pick("int", "int", "float", "str", "list")
	var e, def string
	switch typ {
	case "int":
		e, def = g.intExpr(3), "0"
	case "float":
		e, def = g.floatExpr(3), "0.0"
	case "str":
		e, def = g.strExpr(3), "''"
	default:
		e, def = g.listExpr(3), "[]"
	}
	t := g.tag("assign")
	g.emit(0, "try:\n    %s = %s\nexcept Exception as e:\n    %s = %s\n    print(%s, type(e).__name__)", name, e, name, def, t)
	// repr raises ValueError for an int of more than 4300 digits.
	g.guard(0, t, fmt.Sprintf("print(%s, repr(%s))", t, name))
	g.vars[typ] = append(g.vars[typ], name)
}

func (g *Gen) arith() {
	if g.chance(0.7) {
		g.show(0, "arith", g.numExpr(3))
	} else {
		g.show(0, "compare", g.boolExpr(3))
	}
}

// complexOps shows a complex expression, its repr, format and hash.
func (g *Gen) complexOps() {
	e := g.complexExpr(3)
	switch g.intn(4) {
	case 0:
		g.show(0, "complex", fmt.Sprintf("format(%s, %s)", e, g.pick("''", "'.3f'", "'^30.2e'", "'+g'", "'*<25'", "'.0'", "','", "'#'")))
	case 1:
		// A NaN part hashes by identity, which differs from run to run.
		g.show(0, "complex", fmt.Sprintf("(lambda z: hash(z) if z == z else 'nan')(%s)", e))
	default:
		g.show(0, "complex", e)
	}
}

func (g *Gen) strOps() { g.show(0, "str", g.strExpr(3)) }

func (g *Gen) container() {
	e, set := g.containerExpr(3)
	if set {
		e = "sorted(" + e + ")"
	}
	g.show(0, "container", e)
}

// setOrder prints, unsorted, a set of ints made one of the many ways
// there are: an int's hash is the same in every run, so CPython's order
// is deterministic, and it is that of the hash table each way builds.
func (g *Gen) setOrder() {
	l := g.setInts
	disp := func() string {
		n := g.intn(5) + 3
		xs := make([]string, n)
		for i := range xs {
			xs[i] = fmt.Sprint(g.setInt())
		}
		return "{" + strings.Join(xs, ", ") + "}"
	}
	keys := func() string { return fmt.Sprintf("dict.fromkeys(%s).keys()", l()) }
	var e string
	switch g.intn(16) {
	case 0:
		e = disp()
	case 1:
		e = fmt.Sprintf("[x for x in %s]", disp())
	case 2:
		e = fmt.Sprintf("set(%s).%s(%s)", l(), g.pick("union", "intersection", "difference", "symmetric_difference"), l())
	case 3:
		e = fmt.Sprintf("set(%s).%s(set(%s))", l(), g.pick("union", "intersection", "difference", "symmetric_difference"), l())
	case 4:
		e = fmt.Sprintf("set(%s).%s(%s, %s)", l(), g.pick("union", "intersection", "difference"), l(), l())
	case 5:
		e = fmt.Sprintf("set(%s) %s set(%s)", l(), g.pick("|", "&", "-", "^"), l())
	case 6:
		e = fmt.Sprintf("%s %s %s", keys(), g.pick("|", "&", "-", "^"), g.pick("set("+l()+")", l(), keys()))
	case 7:
		e = fmt.Sprintf("set(%s) %s %s", l(), g.pick("|", "&", "-", "^"), keys())
	case 8:
		e = fmt.Sprintf("set(dict.fromkeys(%s))", l())
	case 9:
		e = fmt.Sprintf("{x %% %d for x in %s}", g.intn(9)+2, l())
	case 10:
		e = fmt.Sprintf("{*%s, *%s}", disp(), l())
	case 11:
		e = fmt.Sprintf("frozenset(%s) %s set(%s)", l(), g.pick("|", "&", "-", "^"), l())
	case 12:
		e = fmt.Sprintf("set(%s).%s(dict.fromkeys(%s))", l(), g.pick("union", "intersection", "difference", "symmetric_difference"), l())
	default:
		t := g.tag("setorder")
		op := g.pick("update", "intersection_update", "difference_update", "symmetric_difference_update")
		aug := g.pick("|=", "&=", "-=", "^=")
		g.guard(0, t, fmt.Sprintf("s = set(%s)\ns.%s(%s)\nprint(%s, s)\ns %s set(%s)\ns.discard(%d)\ns.add(%d)\nprint(%s, s, s.pop() if s else None, s)",
			l(), op, g.pick(l(), "set("+l()+")", "dict.fromkeys("+l()+")"), t, aug, l(), g.setInt(), g.setInt(), t))
		return
	}
	g.show(0, "setorder", e)
}

// setInt returns an int literal for setOrder: small ones and multiples
// of 8, which collide in small tables.
func (g *Gen) setInt() int {
	if g.chance(0.4) {
		return g.intn(9) * 8
	}
	return g.intn(60) - 10
}

// setInts returns a list display of setInts.
func (g *Gen) setInts() string {
	xs := make([]string, g.intn(8))
	for i := range xs {
		xs[i] = fmt.Sprint(g.setInt())
	}
	return "[" + strings.Join(xs, ", ") + "]"
}

func (g *Gen) sliceOps() {
	t := g.tag("slice")
	var op string
	switch g.intn(4) {
	case 0:
		op = fmt.Sprintf("L%s = %s", g.slice(), g.intList())
	case 1:
		op = fmt.Sprintf("del L%s", g.slice())
	case 2:
		op = fmt.Sprintf("L[%d] = L[%d:%d]", g.intn(16)-8, g.intn(10)-5, g.intn(10)-5)
	default:
		op = fmt.Sprintf("L %s= %s", g.pick("+", "*"), g.pick(g.intList(), "2", "0", "(7, 8)"))
	}
	g.guard(0, t, fmt.Sprintf("L = list(range(%d))\n%s\nprint(%s, repr(L))", g.intn(12), op, t))
}

// hotLoop runs arithmetic enough times to be specialized, with the type
// of the accumulator changing part way through in some loops.
func (g *Gen) hotLoop() {
	t := g.tag("loop")
	n := 100 + g.intn(300)
	init := g.pick("0", "1", "0.0", "-5", "2**62", "True")
	var body []string
	for i := 0; i < 1+g.intn(3); i++ {
		switch g.intn(8) {
		case 0:
			body = append(body, fmt.Sprintf("acc = acc * %d + %s", 1+g.intn(3), g.intExpr(1, "i")))
		case 1:
			body = append(body, fmt.Sprintf("acc = (acc %s %s) %% %s", g.pick("+", "-", "*", "^"), g.intExpr(2, "i"), g.pick("1000003", "-97", "2**64", "7.5")))
		case 2:
			body = append(body, fmt.Sprintf("acc += %s", g.numExpr(2, "i")))
		case 3:
			body = append(body, fmt.Sprintf("if i == %d:\n    acc = %s(acc)", g.intn(n), g.pick("float", "int", "str", "bool", "abs")))
		case 4:
			body = append(body, fmt.Sprintf("acc -= i %s %s", g.pick("//", "%", "<<", ">>", "/"), g.pick("3", "-3", "7", "(i % 5 - 2)", "2.5")))
		case 5:
			body = append(body, fmt.Sprintf("if %s:\n    acc = acc %s 1\nelse:\n    acc = -acc", g.pick("i % 3 == 0", "acc > i", "i < acc < 1000", "i & 4"), g.pick("+", "*", "-", "//")))
		case 6:
			body = append(body, fmt.Sprintf("xs.append(%s)", g.numExpr(1, "i", "acc")))
		default:
			body = append(body, fmt.Sprintf("acc = acc %s %s", g.pick("<<", ">>"), g.pick("1", "(i % 3)", "2")))
		}
	}
	if g.chance(0.2) {
		body = append(body, fmt.Sprintf("if i == %d:\n    break", g.intn(n)))
	}
	loop := fmt.Sprintf("for i in range(%d):", n)
	if g.chance(0.3) {
		loop = fmt.Sprintf("i = -1\nwhile i < %d:\n    i += 1", n-1)
	}
	code := fmt.Sprintf("acc = %s\nxs = []\n%s\n%s\nprint(%s, repr(acc), len(xs), repr(xs[-3:]))", init, loop, indent(strings.Join(body, "\n"), 1), t)
	g.guard(0, t, code)
	g.show(0, "loop", "acc")
}

// fnLoop defines a function whose loop calls a small Python function and
// reads and writes instance attributes, the loops tier 2 records (code at
// module level is not traced), and changes midway what a trace relies
// on: the called global is rebound, an attribute changes type, another
// instance comes in. The function runs with a short, a hot and a long
// count.
func (g *Gen) fnLoop() {
	id := g.id()
	t := g.tag("fnloop")
	cls, helper, fn := fmt.Sprintf("P%d", id), fmt.Sprintf("h%d", id), fmt.Sprintf("run%d", id)
	const n = 400
	var body []string
	for i := 0; i < 2+g.intn(4); i++ {
		switch g.intn(8) {
		case 0, 1:
			body = append(body, fmt.Sprintf("s = s + %s(%s)", helper, g.pick("p.x", "s", "t", "i", "0.5")))
		case 2:
			body = append(body, fmt.Sprintf("t = t %s p.y", g.pick("+", "-", "*")))
		case 3:
			body = append(body, fmt.Sprintf("p.y = p.y %s %s", g.pick("+", "*", "-"), g.pick("0.5", "1", "t")))
		case 4:
			body = append(body, fmt.Sprintf("if i == %d:\n    p.%s = %s", g.intn(n), g.pick("x", "y"), g.pick("None", "'s'", "2**70", "1.5", "[1]", "3")))
		case 5:
			body = append(body, fmt.Sprintf("if i == %d:\n    %s = %s", g.intn(n), helper, g.pick("abs", "lambda a, b=2: a * b", "float", "str")))
		case 6:
			body = append(body, fmt.Sprintf("if i == %d:\n    p = %s", g.intn(n), g.pick(cls+"(2, 3.5)", cls+"(1.5, 2.0)", "Q"+cls+"(0.5, 1.0)")))
		default:
			body = append(body, fmt.Sprintf("if %s > %s:\n    s = s - 1\nelse:\n    t = t + 1", g.pick("s", "t", "p.x"), g.pick("0", "10", "t")))
		}
	}
	body = append(body, "if s > 1e9 or s < -1e9 or t > 1e9 or t < -1e9:\n    s = t = 0.5")
	g.emit(0, `class %[1]s:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Q%[1]s(%[1]s):
    pass
def %[2]s(a, b=0.5):
    if a > 3:
        return a - b
    return a + b
def %[3]s(n):
    global %[2]s
    s = 0.0
    t = 1.5
    p = %[1]s(1.0, 2.0)
    for i in range(n):
%[4]s
    return s, t, p.x, p.y`, cls, helper, fn, indent(strings.Join(body, "\n"), 2))
	g.emit(0, "for n in (3, 60, %d):\n    try:\n        print(%s, n, repr(%s(n)))\n    except Exception as e:\n        print(%s, n, type(e).__name__)", n, t, fn, t)
}

// calls defines a function with a random signature and calls it in
// every way, valid and invalid, once and in a hot loop.
func (g *Gen) calls() {
	name := fmt.Sprintf("f%d", g.id())
	var params, names []string
	var posDefault, kwDefault []bool
	npos := g.intn(4)
	posonly := npos > 0 && g.chance(0.2)
	for i := 0; i < npos; i++ {
		p := fmt.Sprintf("p%d", i)
		names = append(names, p)
		if i >= npos-1 && g.chance(0.5) {
			p += "=" + g.pick("10", "None", "'d'", "()")
			posDefault = append(posDefault, true)
		} else {
			posDefault = append(posDefault, false)
		}
		params = append(params, p)
	}
	if posonly {
		params = append(params, "/")
	}
	star := g.chance(0.5)
	if star {
		params = append(params, "*args")
	} else if g.chance(0.4) {
		params = append(params, "*")
	}
	nkw := 0
	if star || (len(params) > 0 && params[len(params)-1] == "*") {
		nkw = g.intn(3)
		if params[len(params)-1] == "*" && nkw == 0 {
			nkw = 1
		}
	}
	for i := 0; i < nkw; i++ {
		p := fmt.Sprintf("k%d", i)
		names = append(names, p)
		kwDefault = append(kwDefault, g.chance(0.5))
		if kwDefault[i] {
			p += "=" + g.pick("-1", "'kw'", "[]")
		}
		params = append(params, p)
	}
	dstar := g.chance(0.4)
	if dstar {
		params = append(params, "**kw")
	}
	ret := "(" + strings.Join(names, ", ")
	if len(names) > 0 {
		ret += ","
	}
	ret += ")"
	if star {
		ret += " + (args,)"
	}
	if dstar {
		ret += " + (sorted(kw.items()),)"
	}
	g.emit(0, "def %s(%s):\n    return %s", name, strings.Join(params, ", "), ret)
	// valid builds the arguments of a call that binds, using vals.
	valid := func(vals ...string) string {
		var as, kws []string
		byKeyword := false
		for i, d := range posDefault {
			if d && g.chance(0.4) {
				byKeyword = true // skipped: later ones must be keywords
				continue
			}
			if !byKeyword && (posonly || g.chance(0.7)) {
				as = append(as, g.pick(vals...))
				continue
			}
			if posonly {
				break
			}
			byKeyword = true
			kws = append(kws, fmt.Sprintf("p%d=%s", i, g.pick(vals...)))
		}
		if star && !byKeyword && g.chance(0.5) {
			if g.chance(0.5) {
				as = append(as, g.pick(vals...), g.pick(vals...))
			} else {
				as = append(as, "*"+g.pick("[]", "[7, 8]", "(9,)", "range(3)"))
			}
		}
		for i, d := range kwDefault {
			if !d || g.chance(0.5) {
				kws = append(kws, fmt.Sprintf("k%d=%s", i, g.pick(vals...)))
			}
		}
		if dstar && g.chance(0.6) {
			kws = append(kws, g.pick("q=1", "**{'r': 2}", "z=None", "**{'s': 3, 't': 4}"))
		}
		if len(kws) > 1 && g.chance(0.3) {
			// The same keywords, unpacked from a dict.
			var items []string
			for _, kw := range kws {
				if k, v, ok := strings.Cut(kw, "="); ok && !strings.HasPrefix(kw, "**") {
					items = append(items, fmt.Sprintf("'%s': %s", k, v))
				}
			}
			if len(items) == len(kws) {
				kws = []string{"**{" + strings.Join(items, ", ") + "}"}
			}
		}
		return strings.Join(append(as, kws...), ", ")
	}
	arg := func() string {
		if g.chance(0.7) {
			return valid("1", "-2", "'s'", "2**70", "None", "[1]", "0.5")
		}
		var as []string
		for i := 0; i < g.intn(4); i++ {
			as = append(as, g.pick("1", "-2", "'s'", "2**70", "None", "[1]"))
		}
		if g.chance(0.3) {
			as = append(as, "*"+g.pick("[]", "[7, 8]", "(9,)", "range(3)"))
		}
		kws := append(append([]string{}, names...), "zz", "p0", "k0")
		used := map[string]bool{}
		for i := 0; i < g.intn(3); i++ {
			if kw := g.pick(kws...); !used[kw] {
				used[kw] = true
				as = append(as, kw+"="+g.pick("5", "'k'", "0.5"))
			}
		}
		if g.chance(0.3) {
			as = append(as, "**"+g.pick("{}", "{'k0': 3}", "{'p1': 4}", "{'q': 1}"))
		}
		return strings.Join(as, ", ")
	}
	for i := 0; i < 2+g.intn(4); i++ {
		g.show(0, "call", fmt.Sprintf("%s(%s)", name, arg()))
	}
	// A hot call site: the same call shape many times.
	t := g.tag("call")
	a := valid("i", "i * 2", "-i", "i / 4", "'s'", "(i, 1)")
	if g.chance(0.2) {
		a = arg()
	}
	g.guard(0, t, fmt.Sprintf("r = None\nn = 0\nfor i in range(%d):\n    r = %s(%s)\n    n += len(r)\nprint(%s, n, repr(r))", 100+g.intn(200), name, a, t))
	if g.chance(0.4) {
		g.emit(0, "%s.__defaults__ = %s", name, g.pick("None", "(1,)", "(1, 2)", "()"))
		g.show(0, "call", fmt.Sprintf("%s(%s)", name, a))
	}
}

func (g *Gen) closure() {
	k := g.id()
	switch g.intn(3) {
	case 0:
		g.emit(0, `def mk%d(start):
    c = start
    def step(d=1):
        nonlocal c
        c %s d
        return c
    def get():
        return c
    return step, get`, k, g.pick("+=", "-=", "*=", "^="))
		t := g.tag("closure")
		g.guard(0, t, fmt.Sprintf("s, gt = mk%d(%s)\nfor i in range(%d):\n    s(%s)\nprint(%s, repr(gt()), repr(s(0)))", k, g.numExpr(1), 50+g.intn(200), g.pick("i % 3", "1", "-1", "i & 1"), t))
	case 1:
		g.show(0, "closure", fmt.Sprintf("[f(%d) for f in [lambda x, k=k: x + k for k in range(%d)]]", g.intn(5), g.intn(5)))
		g.show(0, "closure", fmt.Sprintf("[f() for f in [lambda: k * 2 for k in range(%d)]]", g.intn(5)))
	default:
		g.emit(0, `def outer%d(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid`, k)
		t := g.tag("closure")
		g.guard(0, t, fmt.Sprintf("tot = 0\nfor i in range(%d):\n    tot += outer%d(i)(%s)(%s)\nprint(%s, repr(tot))", 50+g.intn(200), k, g.numExpr(1), g.pick("1", "i", "0.5", "-i"), t))
	}
}

// class defines a base class and a subclass with most kinds of methods
// and uses them.
func (g *Gen) class() {
	k := g.id()
	b, s := fmt.Sprintf("B%d", k), fmt.Sprintf("S%d", k)
	g.emit(0, `class %[1]s:
    count = 0
    def __init__(self, x):
        self.x = x
        %[1]s.count += 1
    def m(self, y):
        return self.x + y
    @property
    def p(self):
        return self.x * 2
    @p.setter
    def p(self, v):
        self.x = v - 1
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def st(a, b=2):
        return a * b
    def __call__(self, *a, **k):
        return (self.x, a, sorted(k))
    def __getattr__(self, name):
        if name.startswith('dyn'):
            return len(name)
        raise AttributeError(name)
    def __repr__(self):
        return '%[1]s(%%r)' %% (self.x,)
    def __eq__(self, other):
        return isinstance(other, %[1]s) and self.x == other.x
    def __lt__(self, other):
        return self.x < other.x
    __hash__ = None
class %[2]s(%[1]s):
    def __init__(self, x, y=%[3]s):
        super().__init__(x)
        self.y = y
    def m(self, y):
        return super().m(y) * 2 + self.y
    def __repr__(self):
        return '%[2]s(%%r, %%r)' %% (self.x, self.y)`, b, s, g.pick("1", "0.5", "-3"))
	objs := []string{fmt.Sprintf("%s(%s)", b, g.numExpr(1)), fmt.Sprintf("%s(%s)", s, g.numExpr(1)), fmt.Sprintf("%s.make(%s)", s, g.intExpr(1)), fmt.Sprintf("%s(%s, y=%s)", s, g.intExpr(1), g.intExpr(1))}
	for i := 0; i < 3+g.intn(5); i++ {
		o := g.pick(objs...)
		var e string
		switch g.intn(12) {
		case 0:
			e = fmt.Sprintf("%s.m(%s)", o, g.numExpr(1))
		case 1:
			e = o + ".p"
		case 2:
			e = fmt.Sprintf("(lambda o: (setattr(o, 'p', %s), o.x, o.p))(%s)", g.numExpr(1), o)
		case 3:
			e = fmt.Sprintf("%s.%s", o, g.pick("dynamic", "dyn", "missing", "count", "y"))
		case 4:
			e = fmt.Sprintf("%s(%s)", o, g.pick("", "1, 2", "k=3", "1, z=2, a=1"))
		case 5:
			e = fmt.Sprintf("%s.st(%s)", g.pick(b, s, o), g.pick("3", "'ab'", "3, b=4", "[1], 2"))
		case 6:
			e = fmt.Sprintf("sorted([%s, %s, %s])", g.pick(objs...), g.pick(objs...), g.pick(objs...))
		case 7:
			e = fmt.Sprintf("(%s == %s, %s != %s)", o, g.pick(objs...), o, g.pick(objs...))
		case 8:
			e = fmt.Sprintf("(type(%s).__name__, isinstance(%s, %s), issubclass(%s, %s), %s.count)", o, o, s, s, b, b)
		case 9:
			e = fmt.Sprintf("(getattr(%s, %s, 'dflt'), hasattr(%s, 'dynx'))", o, g.pick("'x'", "'nope'", "'dyn_a'", "'p'"), o)
		case 10:
			e = fmt.Sprintf("hash(%s)", o)
		default:
			e = fmt.Sprintf("[%s.m(i) for i in range(3)]", o)
		}
		g.show(0, "class", e)
	}
	t := g.tag("class")
	g.guard(0, t, fmt.Sprintf("os = [%s(i) if i %% 2 else %s(i) for i in range(%d)]\ntot = 0\nfor o in os:\n    tot += o.m(1) + o.p\nprint(%s, repr(tot), %s.count)", b, s, 50+g.intn(150), t, b))
}

// operators runs binary operators, in-place operators and comparisons on
// instances of classes that define them in Python, in hot loops whose
// operands change kind: methods that return NotImplemented for some
// operands, a subclass with reflected methods (tried first), a class with
// its own __new__, and methods replaced or added part way through.
func (g *Gen) operators() {
	k := g.id()
	a, s, o := fmt.Sprintf("Op%d", k), fmt.Sprintf("OpSub%d", k), fmt.Sprintf("Other%d", k)
	newBody := g.pick("object.__new__(cls)", "super().__new__(cls)", "object.__new__(cls if v is None or v >= 0 else "+s+")")
	g.emit(0, `class %[1]s:
    def __new__(cls, v=None):
        return %[4]s
    def __init__(self, v=None):
        self.v = 0 if v is None else v
    def __add__(self, other):
        if isinstance(other, %[1]s):
            return %[1]s(self.v + other.v)
        if isinstance(other, int):
            return %[1]s(self.v + other)
        return NotImplemented
    def __sub__(self, other):
        return %[1]s(self.v - getattr(other, 'v', other))
    def __mul__(self, other):
        return NotImplemented if isinstance(other, str) else %[1]s(self.v * getattr(other, 'v', 1))
    def __eq__(self, other):
        if isinstance(other, %[1]s):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.v < other
        if isinstance(other, %[1]s):
            return self.v < other.v
        return NotImplemented
    __hash__ = None
    def __repr__(self):
        return '%[1]s(%%r)' %% (self.v,)
class %[2]s(%[1]s):
    def __radd__(self, other):
        return 'radd'
    def __gt__(self, other):
        return 'gt'
    def __rsub__(self, other):
        return NotImplemented
class %[3]s:
    def __radd__(self, other):
        return 'Other.radd'
    def __rmul__(self, other):
        return 'Other.rmul'
    def __eq__(self, other):
        return 'Other.eq'
    def __gt__(self, other):
        return True`, a, s, o, newBody)
	operands := []string{fmt.Sprintf("%s(%s)", a, g.intExpr(0)), fmt.Sprintf("%s(%s)", s, g.intExpr(0)), o + "()", g.intExpr(0), g.floatExpr(0), "'s'", "None", a + "()"}
	exprs := []string{"x + y", "x - y", "x * y", "x == y", "x != y", "x < y", "x > y", "x <= y", "y + x", "y < x"}
	n := 100 + g.intn(300)
	sw := g.intn(n)
	rhs := make([]string, 2+g.intn(3))
	for i := range rhs {
		rhs[i] = g.pick(operands...)
	}
	change := g.pick(
		fmt.Sprintf("%s.__add__ = lambda self, other: 'replaced'", a),
		fmt.Sprintf("%s.__iadd__ = lambda self, other: 'iadd'", a),
		fmt.Sprintf("%s.__eq__ = lambda self, other: 'eq'", a),
		fmt.Sprintf("%s.__lt__ = lambda self, other=0: 'lt default'", a),
		fmt.Sprintf("%s.__new__ = staticmethod(lambda cls, v=None: 'new')", a),
		fmt.Sprintf("%s.__init__ = lambda self, v=None: setattr(self, 'v', -1)", a),
		fmt.Sprintf("del %s.__sub__", a),
		"pass")
	t := g.tag("operator")
	body := fmt.Sprintf(`ys = [%s]
out = []
x = %s(1)
for i in range(%d):
    if i == %d:
        %s
    y = ys[i %% len(ys)]
    try:
        r = %s
    except Exception as e:
        r = type(e).__name__
    try:
        x += 1
    except Exception as e:
        x = %s(i)
    out.append(repr(r))
print(%s, out[-4:], len(set(out)), repr(x))`, strings.Join(rhs, ", "), a, n, sw, change, g.pick(exprs...), a, t)
	g.guard(0, t, body)
}

// deopt changes, in the middle of a hot loop, what specialized code
// assumed: methods of classes, the class of an object, globals that a hot
// function calls, attribute and global types, builtins.
func (g *Gen) deopt() {
	k := g.id()
	n := 100 + g.intn(300)
	sw := g.intn(n)
	t := g.tag("deopt")
	switch g.intn(9) {
	case 0: // rebinding a method on the class
		g.emit(0, "class C%d:\n    def __init__(self, x):\n        self.x = x\n    def m(self, y):\n        return self.x + y", k)
		repl := g.pick("lambda self, y: y - self.x", "lambda self, y: self.x * 2.5", "lambda self, y: str(y)[:1]", "None", "staticmethod(lambda y: -y)", "classmethod(lambda cls, y: cls.__name__)")
		g.guard(0, t, fmt.Sprintf("o = C%d(%s)\nr = []\nfor i in range(%d):\n    if i == %d:\n        C%d.m = %s\n    r.append(o.m(i))\nprint(%s, repr(r[-3:]), len(r))", k, g.numExpr(1), n, sw, k, repl, t))
	case 1: // changing an object's __class__
		g.emit(0, "class PA%d:\n    v = 1\n    def f(self, a):\n        return a + self.v\nclass PB%d:\n    v = 'b'\n    def f(self, a):\n        return a * 2", k, k)
		g.guard(0, t, fmt.Sprintf("o = PA%d()\nacc = []\nfor i in range(%d):\n    if i == %d:\n        o.__class__ = PB%d\n    if i == %d:\n        o.__class__ = PA%d\n    acc.append((o.f(i), o.v))\nprint(%s, repr(acc[-2:]), len(acc))", k, n, sw, k, sw+g.intn(50)+1, k, t))
	case 2: // rebinding a global function a hot function calls
		g.emit(0, "def h%d(x):\n    return x + 1\ndef caller%d(n):\n    s = 0\n    for i in range(n):\n        s += h%d(i)\n    return s", k, k, k)
		g.show(0, "deopt", fmt.Sprintf("caller%d(%d)", k, n))
		g.emit(0, "h%d = %s", k, g.pick("lambda x: x * 2", "lambda x: x / 2", "abs", "lambda x: -x if x % 2 else 0.5", "str"))
		g.show(0, "deopt", fmt.Sprintf("caller%d(%d)", k, n))
		g.emit(0, "del h%d", k)
		g.show(0, "deopt", fmt.Sprintf("caller%d(%d)", k, 3))
	case 3: // assigning a global a hot loop calls, from inside the loop
		g.emit(0, "def g%d(x):\n    return x * 3\ndef swap%d():\n    global g%d\n    g%d = %s", k, k, k, k, g.pick("lambda x: x - 1", "float", "lambda x: [x]", "len"))
		g.guard(0, t, fmt.Sprintf("r = []\nfor i in range(%d):\n    if i == %d:\n        swap%d()\n    r.append(g%d(i))\nprint(%s, repr(r[-3:]))", n, sw, k, k, t))
	case 4: // attribute type changes
		g.emit(0, "class A%d:\n    pass", k)
		g.guard(0, t, fmt.Sprintf("o = A%d()\no.x = %s\nacc = 0\nfor i in range(%d):\n    if i == %d:\n        o.x = %s\n    if i == %d:\n        del o.x\n        A%d.x = %s\n    acc = acc + o.x\nprint(%s, repr(acc))", k, g.numExpr(0), n, sw, g.pick("1.5", "2**70", "True", "'s'", "-1"), sw+1+g.intn(n), k, g.pick("7", "0.25", "None"), t))
	case 5: // shadowing a builtin with a module global
		g.emit(0, "def use%d(l):\n    return len(l) + abs(-2)", k)
		g.show(0, "deopt", fmt.Sprintf("sum(use%d([i]) for i in range(%d))", k, n))
		g.emit(0, "len = %s", g.pick("lambda l: -1", "sum", "max"))
		g.show(0, "deopt", fmt.Sprintf("sum(use%d([i, 2]) for i in range(%d))", k, n))
		g.emit(0, "del len")
		g.show(0, "deopt", fmt.Sprintf("use%d([1, 2, 3])", k))
	case 6: // global variable type changes read by a hot function
		g.emit(0, "G%d = %s\ndef rd%d(i):\n    return G%d * 2 + i", k, g.numExpr(0), k, k)
		g.guard(0, t, fmt.Sprintf("r = []\nfor i in range(%d):\n    if i == %d:\n        G%d = %s\n    r.append(rd%d(i))\nprint(%s, repr(r[-2:]))", n, sw, k, g.pick("0.5", "2**80", "'s'", "[1]", "True", "-7"), k, t))
	case 7: // class attribute shadowed by an instance attribute, and a property added
		g.emit(0, "class K%d:\n    a = 1", k)
		g.guard(0, t, fmt.Sprintf("o = K%d()\nacc = []\nfor i in range(%d):\n    if i == %d:\n        o.a = 'inst'\n    if i == %d:\n        K%d.a = property(lambda self: 'prop')\n    if i == %d:\n        K%d.a = 2\n    acc.append(o.a)\nprint(%s, repr(acc[-1]), len(set(map(str, acc))))", k, n, sw, sw+g.intn(20), k, sw+20+g.intn(20), k, t))
	default: // a subclass overrides a method part way through
		g.emit(0, "class Base%d:\n    def v(self):\n        return 1\nclass Sub%d(Base%d):\n    pass", k, k, k)
		g.guard(0, t, fmt.Sprintf("o = Sub%d()\ntot = 0\nfor i in range(%d):\n    if i == %d:\n        Sub%d.v = lambda self: 10\n    if i == %d:\n        del Sub%d.v\n    if i == %d:\n        Base%d.v = lambda self: 100\n    tot += o.v()\nprint(%s, repr(tot))", k, n, sw, k, sw+1+g.intn(30), k, sw+40+g.intn(30), k, t))
	}
}

func (g *Gen) exceptions() {
	k := g.id()
	t := g.tag("exc")
	switch g.intn(4) {
	case 0:
		g.emit(0, `class E%[1]d(Exception):
    def __init__(self, code, msg='m'):
        super().__init__(code, msg)
        self.code = code
def thr%[1]d(v):
    if v %% %[2]d == 0:
        raise E%[1]d(v)
    if v %% %[3]d == 1:
        raise ValueError(v)
    return v
log%[1]d = []
def mid%[1]d(v):
    try:
        return thr%[1]d(v) * 2
    except ValueError as e:
        raise KeyError(v) from e
    finally:
        log%[1]d.append(v)`, k, 2+g.intn(5), 2+g.intn(5))
		g.guard(0, t, fmt.Sprintf(`out = []
for i in range(%d):
    try:
        r = mid%d(i)
    except E%d as e:
        out.append(('E', e.code, e.args))
    except KeyError as e:
        out.append(('K', type(e.__cause__).__name__, e.args, e.__suppress_context__))
    else:
        out.append(r)
print(%s, len(out), repr(out[-4:]), sum(log%d))`, 50+g.intn(200), k, k, t, k))
	case 1:
		g.emit(0, `def fin%[1]d(x):
    try:
        if x > %[2]d:
            return 'big'
        if x < 0:
            raise IndexError(x)
        r = 10 // x
    except ZeroDivisionError:
        return 'zero'
    else:
        return r
    finally:
        if x == %[3]d:
            return 'finally'`, k, g.intn(6), g.intn(6)-1)
		g.show(0, "exc", fmt.Sprintf("[fin%d(x) for x in range(-1, 8)]", k))
	case 2:
		g.guard(0, t, fmt.Sprintf(`seen = []
for i in range(%d):
    try:
        try:
            if i %% 3 == 0:
                raise TypeError('t')
            [][i]
        except TypeError:
            seen.append('T')
            raise
        finally:
            seen.append('f')
    except (IndexError, TypeError) as e:
        seen.append(type(e).__name__[0])
        if i %% 7 == 5:
            continue
        if i == %d:
            break
print(%s, len(seen), ''.join(seen[-9:]))`, 30+g.intn(100), g.intn(100), t))
	default:
		g.guard(0, t, fmt.Sprintf(`try:
    try:
        %s
    except Exception as inner:
        raise RuntimeError('wrap') %s
except RuntimeError as e:
    print(%s, type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__, e.args)`,
			g.pick("1 / 0", "{}['k']", "int('x')", "[].pop()", "None.attr", "(1).foo()", "undefined_name_zz", "iter(5)"),
			g.pick("", "from inner", "from None", "from ValueError('v')"), t))
	}
}

func (g *Gen) generators() {
	k := g.id()
	t := g.tag("gen")
	switch g.intn(3) {
	case 0:
		g.emit(0, `def gen%[1]d(n):
    tot = 0
    for i in range(n):
        x = yield i * 2
        if x is not None:
            tot += x
    return tot
def deleg%[1]d(n):
    r = yield from gen%[1]d(n)
    yield ('done', r)`, k)
		g.guard(0, t, fmt.Sprintf(`g = deleg%d(%d)
out = [next(g)]
for v in range(%d):
    try:
        out.append(g.send(%s))
    except StopIteration as e:
        out.append(('stop', e.value))
        break
print(%s, repr(out[-4:]), len(out))`, k, g.intn(8), g.intn(12), g.pick("v", "None", "v * 2", "-v"), t))
	case 1:
		g.emit(0, `def cnt%[1]d():
    try:
        i = 0
        while True:
            try:
                yield i
            except ValueError as e:
                yield ('caught', e.args)
            i += 1
    finally:
        fin%[1]d.append('closed')
fin%[1]d = []`, k)
		g.guard(0, t, fmt.Sprintf("c = cnt%d()\nr = [next(c), next(c), c.throw(ValueError(%d)), next(c)]\nc.close()\nprint(%s, repr(r), fin%d)", k, g.intn(9), t, k))
	default:
		g.show(0, "gen", fmt.Sprintf("sum(x * %s for x in range(%d) if x %% %d)", g.numExpr(1), 100+g.intn(300), 1+g.intn(4)))
		g.show(0, "gen", fmt.Sprintf("list(zip(*[iter(range(%d))] * %d))", g.intn(10), 1+g.intn(3)))
	}
}

func (g *Gen) unpack() {
	t := g.tag("unpack")
	g.guard(0, t, fmt.Sprintf("%s = %s\nprint(%s, %s)",
		g.pick("a, *b, c", "a, b", "*a, b", "(a, b), c", "a, *b"),
		g.pick(g.listExpr(1), "range(4)", "'xyz'", "((1, 2), 3)", "[(1, 2), [3]]", "{5: 1, 6: 2}"),
		t, g.pick("repr(a)", "repr(b)", "a, b")))
}

func (g *Gen) builtins() {
	l := g.listExpr(2)
	e := g.pick(
		fmt.Sprintf("sorted(%s, key=lambda v: (-v, v))", l),
		fmt.Sprintf("(min(%s, default=None), max(%s, default=-1))", l, l),
		fmt.Sprintf("sum(%s, %s)", l, g.numExpr(1)),
		fmt.Sprintf("list(enumerate(%s, start=%d))", l, g.intn(5)),
		fmt.Sprintf("(any(%s), all(%s))", l, l),
		fmt.Sprintf("list(map(pow, %s, [2, 3, 4]))", l),
		fmt.Sprintf("list(zip(%s, 'abcdef'))", l),
		fmt.Sprintf("[divmod(v, %s) for v in %s]", g.pick("3", "-3", "2.5", "-0.5"), l),
		fmt.Sprintf("list(map(lambda a, b: a // b if b else None, %s, %s))", l, g.listExpr(1)),
		fmt.Sprintf("(sorted(%s) == sorted(%s), %s.count(1))", l, l, l),
		fmt.Sprintf("[str(v).zfill(3) for v in %s]", l),
		fmt.Sprintf("max(%s, key=lambda s: (len(s), s))", g.strListExpr()),
	)
	g.show(0, "builtin", e)
}

// frames inspects frames from inside calls of several kinds, while hot
// loops run: sys._getframe and f_back chains, a caller's f_locals and
// f_lineno, the frames of a traceback that went through calls, and a
// generator's gi_frame.
func (g *Gen) frames() {
	k := g.id()
	t := g.tag("frame")
	n := 50 + g.intn(200)
	switch g.intn(3) {
	case 0:
		g.emit(0, `import sys
def look%[1]d(a, b=%[2]s, *args, **kw):
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    up = sys._getframe(1)
    loc = up.f_locals
    return (names[:4], sorted(k for k in loc if not k.startswith('_')), up.f_lineno - up.f_code.co_firstlineno, len(args), sorted(kw), a if isinstance(a, (int, float, str)) else type(a).__name__)
class Cal%[1]d:
    def __init__(self, v):
        self.v = v
    def __call__(self, x, *rest):
        return look%[1]d(x, self.v, *rest, tag=%[3]s)
    def meth(self, y):
        z = y + self.v
        return Cal%[1]d(z)(z, y)
    @classmethod
    def cm(cls, w):
        return look%[1]d(**{'a': w, 'b': cls.__name__})
def clo%[1]d(base):
    def inner(q):
        nonlocal base
        base = base + q
        return look%[1]d(base, q)
    return inner`, k, g.pick("2", "None", "'d'", "[]"), g.pick("1", "'t'", "None"))
		call := g.pick(
			fmt.Sprintf("look%d(i)", k),
			fmt.Sprintf("look%d(i, b=i, extra=1)", k),
			fmt.Sprintf("look%d(*[i, 2, 3], **{'z': 4})", k),
			fmt.Sprintf("Cal%d(%s)(i)", k, g.numExpr(0)),
			fmt.Sprintf("Cal%d(%s).meth(i)", k, g.numExpr(0)),
			fmt.Sprintf("Cal%d.cm(i)", k),
			"inner(i)",
			fmt.Sprintf("list(map(look%d, [i]))[0]", k),
			fmt.Sprintf("sorted([i], key=lambda v: look%d(v))[0]", k),
		)
		g.guard(0, t, fmt.Sprintf("inner = clo%d(%s)\nr = []\nfor i in range(%d):\n    if i == %d:\n        Cal%d.__call__ = lambda self, x, *rest: look%d(x, -1)\n    r.append(%s)\nprint(%s, repr(r[0]), repr(r[-1]), len(r))", k, g.intExpr(0), n, g.intn(n+20), k, k, call, t))
	case 1:
		g.emit(0, `def deep%[1]d(v, d):
    if d == 0:
        return %[2]s
    return [deep%[1]d(v, d - 1)]
class Obj%[1]d:
    def __getattr__(self, name):
        return deep%[1]d(len(name) - %[3]d, %[4]d)
    def run(self, v):
        return getattr(self, 'x' * v)`, k, g.pick("1 // v", "[1][v]", "{0: 1}[v]", "int('x' * v)", "(v, v)[v]"), g.intn(4), g.intn(4))
		g.guard(0, t, fmt.Sprintf(`out = []
for i in range(%d):
    try:
        out.append(%s)
    except Exception as e:
        tb = e.__traceback__
        fr = []
        while tb is not None:
            fr.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
            tb = tb.tb_next
        out.append((type(e).__name__, fr[1:]))
print(%s, repr(out[:2]), repr(out[-1]), len(out))`, 1+g.intn(8), g.pick(fmt.Sprintf("Obj%d().run(i)", k), fmt.Sprintf("deep%d(i, %d)", k, g.intn(5))), t))
	default:
		g.emit(0, `import sys
def gfr%[1]d(n):
    acc = 0
    for j in range(n):
        got = yield (j, sys._getframe(1).f_code.co_name)
        acc += got or j
    return acc`, k)
		g.guard(0, t, fmt.Sprintf(`gi = gfr%d(%d)
seen = [gi.gi_frame.f_lineno - gi.gi_code.co_firstlineno, gi.gi_running]
out = []
for i in range(%d):
    try:
        out.append(gi.send(None if i == 0 else %s))
        seen.append(sorted(gi.gi_frame.f_locals.items()))
    except StopIteration as e:
        out.append(('stop', e.value, gi.gi_frame))
        break
print(%s, repr(seen[:3]), repr(seen[-1]), repr(out[-2:]), len(out))`, k, g.intn(10), 1+g.intn(14), g.pick("i", "-i", "i * 2.5", "None"), t))
	}
}
