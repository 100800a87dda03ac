package main

// simpler are the values the reducer tries in place of an argument.
var simpler = []string{"0", "1", "''", "None", "[]", "'a'"}

// Reduce simplifies a case while still(case) holds: it drops keyword
// arguments and positional arguments one at a time, then replaces the
// remaining arguments and the receiver with simpler values. still is never
// called with the case unchanged; c itself is assumed to satisfy it. The
// number of attempts is at most budget.
func Reduce(c Case, budget int, still func(Case) bool) Case {
	try := func(n Case) bool {
		if budget <= 0 {
			return false
		}
		budget--
		return still(n)
	}
	for progress := true; progress && budget > 0; {
		progress = false
		for i := len(c.Kws) - 1; i >= 0; i-- {
			n := c
			n.Kws = append(append([]Kw{}, c.Kws[:i]...), c.Kws[i+1:]...)
			if try(n) {
				c, progress = n, true
			}
		}
		if c.Kind == "method" || c.Kind == "call" || c.Kind == "unbound" {
			for i := len(c.Args) - 1; i >= 0; i-- {
				n := c
				n.Args = append(append([]string{}, c.Args[:i]...), c.Args[i+1:]...)
				if try(n) {
					c, progress = n, true
				}
			}
		}
		for i := range c.Args {
			for _, v := range simpler {
				if c.Args[i] == v || len(v) >= len(c.Args[i]) && c.Args[i] != "r" {
					continue
				}
				n := c
				n.Args = append([]string{}, c.Args...)
				n.Args[i] = v
				if try(n) {
					c, progress = n, true
					break
				}
			}
		}
		for i := range c.Kws {
			for _, v := range simpler {
				if len(v) >= len(c.Kws[i].Value) {
					continue
				}
				n := c
				n.Kws = append([]Kw{}, c.Kws...)
				n.Kws[i].Value = v
				if try(n) {
					c, progress = n, true
					break
				}
			}
		}
	}
	return c
}
