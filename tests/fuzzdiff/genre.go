package main

import (
	"fmt"
	"strings"
)

// regex runs random regular expressions over random subjects, str and
// bytes: search from several positions, match, fullmatch, findall, the
// spans and groups of finditer, sub with a group template and split. The
// patterns come from a small grammar over a few letters (literals, sets,
// groups, alternatives that may be empty, greedy, lazy and possessive
// repeats, anchors, lookarounds, back references), the subjects from the
// same letters, padded so that the search walks past many positions where
// no match can start.
func (g *Gen) regex() {
	pattern := g.rePattern(3)
	flags := g.pick("0", "0", "re.I", "re.M", "re.S", "re.I | re.M")
	subjects := make([]string, 2+g.intn(3))
	for i := range subjects {
		subjects[i] = pyQuote(g.reSubject())
	}
	t := g.tag("regex")
	g.emit(0, "import re")
	g.guard(0, t, fmt.Sprintf(`out = []
for kind in (str, bytes):
    p = %s
    try:
        rx = re.compile(p if kind is str else p.encode(), %s)
    except re.error as e:
        out.append(('error', str(e)))
        continue
    for s in [%s]:
        s = s if kind is str else s.encode()
        row = [rx.groups]
        for pos in (0, 1, len(s) // 2):
            m = rx.search(s, pos)
            row.append(m and (m.span(), m.groups(), m.lastindex))
        m = rx.match(s)
        row.append(m and m.span())
        m = rx.fullmatch(s)
        row.append(m and m.span())
        row.append(rx.findall(s)[:6])
        row.append([(m.span(), m.groups()) for m in rx.finditer(s)][:6])
        rep = '<\\g<0>>' if kind is str else b'<\\g<0>>'
        row.append(rx.subn(rep, s, count=%d))
        row.append(rx.split(s, maxsplit=%d)[:6])
        out.append(row)
print(%s, repr(out))`, pyQuote(pattern), flags, strings.Join(subjects, ", "), g.intn(4), g.intn(4), t))
}

// reAtoms are the single-character items of the pattern grammar.
var reAtoms = []string{"a", "b", "c", "x", ".", "[ab]", "[^a]", "[a-c]", "\\d", "\\w", "\\s", "-", "A", "[-x]", "\\W"}

// rePattern returns a random pattern of nesting at most depth.
func (g *Gen) rePattern(depth int) string {
	n := 1 + g.intn(4)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(g.reItem(depth))
	}
	if g.chance(0.3) {
		return g.pick("", "^", "\\b", "(?=a)") + b.String() + g.pick("", "$", "\\b", "(?!c)")
	}
	return b.String()
}

func (g *Gen) reItem(depth int) string {
	var item string
	group := false
	switch k := g.intn(10); {
	case depth > 0 && k < 2:
		item, group = "("+g.rePattern(depth-1)+")", true
	case depth > 0 && k < 4:
		item, group = "(?:"+g.rePattern(depth-1)+"|"+g.pick("", g.rePattern(depth-1))+")", true
	case depth > 0 && k == 4:
		item = g.pick("(?=", "(?!", "(?<=a", "(?<!b") + g.pick(")", "x)", "b)")
	case k == 5:
		item = g.pick("\\1", "(?P<n>a)(?P=n)", "\\b", "\\B", "$", "^")
	default:
		item = g.pick(reAtoms...)
	}
	switch {
	case !g.chance(0.4):
	case group:
		// A group repeated without bound over a repeat inside it
		// backtracks exponentially, in CPython as well: groups get
		// bounded repeats.
		item += g.pick("?", "{2}", "{0,2}", "??", "{1,2}?")
	default:
		item += g.pick("*", "+", "?", "{2}", "{0,2}", "{1,}", "*?", "+?", "??", "*+", "++")
	}
	return item
}

// reSubject returns a subject over the letters of the patterns, often
// with a long run of a letter no pattern item favours before and after.
func (g *Gen) reSubject() string {
	letters := "abcxA- \n1"
	var b strings.Builder
	pad := ""
	if g.chance(0.6) {
		pad = strings.Repeat(g.pick("-", "z", " ", "b"), g.intn(60))
	}
	b.WriteString(pad)
	for n := g.intn(12); n > 0; n-- {
		b.WriteByte(letters[g.intn(len(letters))])
	}
	b.WriteString(pad)
	return b.String()
}

// pyQuote returns s as a Python str literal (s is ASCII).
func pyQuote(s string) string {
	r := strings.NewReplacer("\\", "\\\\", "'", "\\'", "\n", "\\n")
	return "'" + r.Replace(s) + "'"
}
