// Package shapes generates source programs of a given size in the shapes
// that stress a compiler's complexity: long literals, long chains of
// operators, many statements, many jumps. The compile scaling benchmark and
// tests/compilescale use them.
package shapes

import (
	"strconv"
	"strings"
)

// A Shape generates a program whose size grows linearly with n.
type Shape struct {
	Name string
	Gen  func(n int) string
}

func rep(s string, n int) string { return strings.Repeat(s, n) }

func each(n int, f func(b *strings.Builder, i int)) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		f(&b, i)
	}
	return b.String()
}

// All lists the shapes. Each compiles in CPython 3.11 at n = 400,000 except
// where CPython's own recursion limits refuse it (deep left-nested chains).
var All = []Shape{
	{"tuple", func(n int) string { return "x = " + rep("1,", n) + "\n" }},
	{"list", func(n int) string { return "x = [" + rep("1,", n) + "]\n" }},
	{"list-names", func(n int) string { return "x = [" + rep("a,", n) + "]\n" }},
	{"dict", func(n int) string {
		return "x = {" + each(n, func(b *strings.Builder, i int) { b.WriteString(strconv.Itoa(i) + ":1,") }) + "}\n"
	}},
	{"set", func(n int) string {
		return "x = {" + each(n, func(b *strings.Builder, i int) { b.WriteString(strconv.Itoa(i) + ",") }) + "}\n"
	}},
	{"strcat", func(n int) string { return "x = " + rep("'a' ", n) + "\n" }},
	{"and-chain", func(n int) string { return "x = " + rep("a and ", n) + "a\n" }},
	{"cmp-chain", func(n int) string { return "x = " + rep("a < ", n) + "a\n" }},
	{"stmts", func(n int) string { return rep("x = 1\n", n) }},
	{"names", func(n int) string {
		return each(n, func(b *strings.Builder, i int) { b.WriteString("v" + strconv.Itoa(i) + " = 1\n") })
	}},
	{"args", func(n int) string { return "f(" + rep("a,", n) + ")\n" }},
	{"params", func(n int) string {
		return "def f(" + each(n, func(b *strings.Builder, i int) { b.WriteString("a" + strconv.Itoa(i) + ",") }) + "): pass\n"
	}},
	{"jumps", func(n int) string { return "def f():\n" + rep(" if a: x = 1\n", n) }},
	{"loops", func(n int) string { return "def f():\n" + rep(" for i in a:\n  if i: break\n", n) }},
	{"trys", func(n int) string { return "def f():\n" + rep(" try: x = 1\n except E: pass\n", n) }},
	{"fstring", func(n int) string { return "x = f'" + rep("{a}", n) + "'\n" }},
	{"long-string", func(n int) string { return "x = '" + rep("abcdefghij", n) + "'\n" }},
	{"long-line", func(n int) string { return "x = [" + rep("aa, 1.5, 'b', ", n/4) + "]\n" }},
	{"comments", func(n int) string { return rep("# comment\nx = 1 # trailing\n", n/2) }},
}
