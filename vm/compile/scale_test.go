package compile

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/vm/compile/shapes"
	"github.com/pyjit/pyjit/vm/resolve"
	"github.com/pyjit/pyjit/vm/syntax"
)

// BenchmarkCompileScaling compiles every program shape at two sizes, n and
// 4n. ns/op of the two grow by about 4 when compiling is linear:
//
//	go test ./vm/compile -run=^$ -bench=CompileScaling
//
// (make compile-scaling prints the ratios side by side with CPython.)
func BenchmarkCompileScaling(b *testing.B) {
	for _, s := range shapes.All {
		for _, n := range []int{10000, 40000} {
			src := []byte(s.Gen(n))
			b.Run(s.Name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for i := 0; i < b.N; i++ {
					if _, err := Compile("scale.py", src, ExecMode); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestCompileWorkIsLinear counts the work of compiling each shape (the
// calls of Options.Check, one per few thousand tokens, rules, nodes and
// instructions) at sizes n and 4n: it grows about 4 times when the front
// end is linear. Wall time is measured by BenchmarkCompileScaling.
func TestCompileWorkIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles large sources")
	}
	const n = 10000
	for _, s := range shapes.All {
		var calls [2]int
		for i, size := range []int{n, 4 * n} {
			opts := Options{Check: func() error { calls[i]++; return nil }}
			if _, err := CompileWith("scale.py", []byte(s.Gen(size)), ExecMode, opts); err != nil {
				t.Fatalf("%s: %v", s.Name, err)
			}
		}
		if float64(calls[1]) > 4.5*float64(calls[0])+2 {
			t.Errorf("%s: work %d at n=%d, %d at 4n", s.Name, calls[0], n, calls[1])
		}
	}
}

// TestCompileInterrupt stops a long compile with an error from Check.
func TestCompileInterrupt(t *testing.T) {
	stop := errors.New("stop")
	for _, s := range shapes.All {
		if s.Name == "long-string" {
			continue // one token: too little work to check
		}
		calls := 0
		opts := Options{Check: func() error {
			calls++
			if calls == 3 {
				return stop
			}
			return nil
		}}
		co, err := CompileWith("scale.py", []byte(s.Gen(50000)), ExecMode, opts)
		if err != stop || co != nil || calls != 3 {
			t.Errorf("%s: got %v after %d checks, want the error from the third", s.Name, err, calls)
		}
	}
}

// TestNestingLimits checks the limits on how deep source may nest, and
// that none of them overflows the Go stack.
func TestNestingLimits(t *testing.T) {
	rep := strings.Repeat
	block := func(kw string, n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(rep(" ", i) + kw + ":\n")
		}
		return b.String() + rep(" ", n) + "pass\n"
	}
	tests := []struct {
		src  string
		kind string // "" for success
		msg  string
	}{
		{"x = " + rep("(", 200) + "1" + rep(")", 200), "", ""},
		{"x = " + rep("(", 201) + "1" + rep(")", 201), "SyntaxError", "too many nested parentheses"},
		{"x = " + rep("[", 200) + rep("]", 200), "", ""},
		{rep("-", 2000) + "1", "", ""},
		{rep("-", 2999) + "1", "RecursionError", resolve.RecursionMsg},
		{rep("not ", 2999) + "x", "RecursionError", resolve.RecursionMsg},
		{rep("-", 5973) + "1", "MemoryError", ""},
		{rep("-", 100000) + "1", "MemoryError", ""},
		{rep("lambda: ", 2986) + "1", "MemoryError", ""},
		{"a" + rep(".b", 2999), "RecursionError", resolve.RecursionMsg},
		{"a" + rep(".b", 1000000), "RecursionError", resolve.RecursionMsg},
		{"a" + rep("+a", 1000000), "RecursionError", resolve.RecursionMsg},
		{"f" + rep("()", 1000000), "RecursionError", resolve.RecursionMsg},
		{"if x: pass\n" + rep("elif x: pass\n", 100000), "MemoryError", ""},
		{block("for x in y", 20), "", ""},
		{block("for x in y", 21), "SyntaxError", "too many statically nested blocks"},
		{block("if x", 99), "", ""},
		{block("if x", 100), "IndentationError", "too many levels of indentation"},
	}
	for _, tt := range tests {
		_, err := Compile("t.py", []byte(tt.src), ExecMode)
		short := tt.src
		if len(short) > 30 {
			short = short[:30] + "..."
		}
		if tt.kind == "" {
			if err != nil {
				t.Errorf("%q: %v", short, err)
			}
			continue
		}
		se, ok := err.(*syntax.Error)
		if !ok || se.Kind != tt.kind || se.Msg != tt.msg {
			t.Errorf("%q: got %#v, want %s %q", short, err, tt.kind, tt.msg)
		}
	}
	// The recursion limit and depth of the caller move the limit.
	src := []byte(rep("-", 500) + "1")
	if _, err := CompileWith("t.py", src, ExecMode, Options{RecursionLimit: 150}); err == nil {
		t.Error("recursion limit 150: 500 unary operators compiled")
	}
	if _, err := CompileWith("t.py", src, ExecMode, Options{RecursionLimit: 200, Depth: 190}); err == nil {
		t.Error("depth 190 of 200")
	}
	if _, err := CompileWith("t.py", src, ExecMode, Options{RecursionLimit: 1000000}); err != nil {
		t.Errorf("recursion limit 1000000: %v", err)
	}
}
