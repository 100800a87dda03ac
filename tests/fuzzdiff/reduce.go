package main

// Reduce removes statements from p while interesting still holds for the
// rendered program, and returns the smaller program. It first drops runs
// of top-level statements (halves, quarters, ... as in delta debugging),
// then single statements at every depth, then unwraps compound statements
// into one of their blocks, and repeats until nothing more can go or the
// budget of tests is spent. interesting(p.String()) is assumed true.
func Reduce(p *Program, budget int, interesting func(src string) bool) *Program {
	tests := 0
	try := func() bool {
		if tests >= budget {
			return false
		}
		tests++
		return interesting(p.String())
	}
	for changed := true; changed && tests < budget; {
		changed = false
		// Runs of top-level statements.
		for size := len(p.Nodes) / 2; size >= 1; size /= 2 {
			for start := 0; start+size <= len(p.Nodes) && tests < budget; {
				saved := p.Nodes
				p.Nodes = append(append([]*Node{}, saved[:start]...), saved[start+size:]...)
				if try() {
					changed = true
					continue
				}
				p.Nodes = saved
				start += size
			}
		}
		// Single statements in every block, innermost last.
		if removeEach(&p.Nodes, try) {
			changed = true
		}
		// Compound statements replaced by one of their blocks.
		if unwrapEach(&p.Nodes, try) {
			changed = true
		}
	}
	return p
}

// removeEach tries to remove each statement of the block and of the
// blocks nested in it.
func removeEach(block *[]*Node, try func() bool) bool {
	changed := false
	for i := len(*block) - 1; i >= 0; i-- {
		if i >= len(*block) {
			continue
		}
		saved := *block
		*block = append(append([]*Node{}, saved[:i]...), saved[i+1:]...)
		if try() {
			changed = true
			continue
		}
		*block = saved
		for _, c := range saved[i].Clauses {
			if removeEach(&c.Body, try) {
				changed = true
			}
		}
		// Drop whole clauses after the first (else, except, finally).
		n := saved[i]
		for j := len(n.Clauses) - 1; j >= 1; j-- {
			if j >= len(n.Clauses) {
				continue
			}
			sc := n.Clauses
			n.Clauses = append(append([]*Clause{}, sc[:j]...), sc[j+1:]...)
			if try() {
				changed = true
				continue
			}
			n.Clauses = sc
		}
	}
	return changed
}

// unwrapEach tries to replace each compound statement by the statements
// of one of its blocks.
func unwrapEach(block *[]*Node, try func() bool) bool {
	changed := false
	for i := 0; i < len(*block); i++ {
		n := (*block)[i]
		done := false
		for _, c := range n.Clauses {
			saved := *block
			*block = append(append(append([]*Node{}, saved[:i]...), c.Body...), saved[i+1:]...)
			if try() {
				changed, done = true, true
				break
			}
			*block = saved
		}
		if done {
			i--
			continue
		}
		for _, c := range n.Clauses {
			if unwrapEach(&c.Body, try) {
				changed = true
			}
		}
	}
	return changed
}
