package compile

import "github.com/pyjit/pyjit/vm/syntax"

// lastLine returns the last line of statement s's source: the end of its
// last simple statement, inside the last non-empty block of a compound
// one (whose span runs on to the next token).
func lastLine(s syntax.Stmt) int32 {
	var blocks [][]syntax.Stmt
	switch s := s.(type) {
	case *syntax.FunctionDef:
		blocks = [][]syntax.Stmt{s.Body}
	case *syntax.ClassDef:
		blocks = [][]syntax.Stmt{s.Body}
	case *syntax.For:
		blocks = [][]syntax.Stmt{s.Body, s.Else}
	case *syntax.While:
		blocks = [][]syntax.Stmt{s.Body, s.Else}
	case *syntax.If:
		blocks = [][]syntax.Stmt{s.Body, s.Else}
	case *syntax.With:
		blocks = [][]syntax.Stmt{s.Body}
	case *syntax.Match:
		for _, c := range s.Cases {
			blocks = append(blocks, c.Body)
		}
	case *syntax.Try:
		blocks = [][]syntax.Stmt{s.Body}
		for _, h := range s.Handlers {
			blocks = append(blocks, h.Body)
		}
		blocks = append(blocks, s.Else, s.Finally)
	}
	for i := len(blocks) - 1; i >= 0; i-- {
		if n := len(blocks[i]); n > 0 {
			return lastLine(blocks[i][n-1])
		}
	}
	return s.Pos().End.Line
}
