package main

import "strings"

// Node is one statement of a generated program: either a simple
// statement (Line) or a compound one made of clauses (if/elif/else,
// try/except/else/finally, for/else, def, class), each a header and a
// body. The reducer removes nodes and unwraps clauses.
type Node struct {
	Line    string
	Clauses []*Clause
}

// Clause is one header of a compound statement and the block under it.
// Head may span several lines (decorators before a def).
type Clause struct {
	Head string
	Body []*Node
}

// Program is a generated program: a list of top-level statements.
type Program struct {
	Nodes []*Node
}

// String renders the program as Python source. Empty blocks get a pass.
func (p *Program) String() string {
	var b strings.Builder
	render(&b, p.Nodes, 0)
	return b.String()
}

func render(b *strings.Builder, nodes []*Node, depth int) {
	ind := strings.Repeat("    ", depth)
	if len(nodes) == 0 && depth > 0 {
		b.WriteString(ind + "pass\n")
	}
	for _, n := range nodes {
		if n.Clauses == nil {
			b.WriteString(ind + n.Line + "\n")
			continue
		}
		for _, c := range n.Clauses {
			for _, h := range strings.Split(c.Head, "\n") {
				b.WriteString(ind + h + "\n")
			}
			render(b, c.Body, depth+1)
		}
	}
}

// Count returns the number of statements in the program, nested ones
// included.
func (p *Program) Count() int { return count(p.Nodes) }

func count(nodes []*Node) int {
	n := len(nodes)
	for _, x := range nodes {
		for _, c := range x.Clauses {
			n += count(c.Body)
		}
	}
	return n
}

// continues reports whether a clause header continues the compound
// statement before it rather than starting a new one.
func continues(line string) bool {
	for _, k := range []string{"else:", "elif ", "except", "finally:"} {
		if strings.HasPrefix(line, k) {
			return true
		}
	}
	return false
}

// Parse builds the statement tree of Python source whose blocks are
// indented by four spaces and whose statements each fit on one line.
func Parse(src string) *Program {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if strings.TrimSpace(l) != "" && !strings.HasPrefix(strings.TrimSpace(l), "#") {
			lines = append(lines, l)
		}
	}
	nodes, _ := parseBlock(lines, 0, 0)
	return &Program{Nodes: nodes}
}

func indentOf(l string) int { return (len(l) - len(strings.TrimLeft(l, " "))) / 4 }

// parseBlock parses the statements at the given depth starting at
// lines[i] and returns them with the index of the first line after them.
func parseBlock(lines []string, i, depth int) ([]*Node, int) {
	var nodes []*Node
	deco := ""
	for i < len(lines) && indentOf(lines[i]) >= depth {
		text := strings.TrimSpace(lines[i])
		if indentOf(lines[i]) > depth {
			// A stray deeper line: keep it as a statement of this block.
			nodes = append(nodes, &Node{Line: text})
			i++
			continue
		}
		if strings.HasPrefix(text, "@") {
			deco += text + "\n"
			i++
			continue
		}
		if !strings.HasSuffix(text, ":") {
			nodes = append(nodes, &Node{Line: text})
			i++
			continue
		}
		body, j := parseBlock(lines, i+1, depth+1)
		c := &Clause{Head: deco + text, Body: body}
		deco = ""
		if continues(text) && len(nodes) > 0 && nodes[len(nodes)-1].Clauses != nil {
			last := nodes[len(nodes)-1]
			last.Clauses = append(last.Clauses, c)
		} else {
			nodes = append(nodes, &Node{Clauses: []*Clause{c}})
		}
		i = j
	}
	return nodes, i
}
