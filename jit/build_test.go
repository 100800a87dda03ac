package jit_test

import (
	"context"
	"testing"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/vm"
)

// TestBuild checks that loops building tuples and lists, storing
// references into list items, testing `in` on lists and tuples and
// appending to a comprehension's list run natively with callouts, and
// which exits they take.
func TestBuild(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
		exits           map[string]uint64 // exact counts
		noAborts        []string          // reasons that must not occur
	}{
		{"tuples", `
def f(n):
    s = 0
    t = None
    for i in range(n):
        t = (i, i * 0.5, None, t)
        a, b, c, d = t
        s += a + len(t)
    return s, t[:3]
print(f(1000))
`, "(503500, (999, 499.5, None))\n", map[string]uint64{"loop end": 1, "build": 0}, []string{"opcode BUILD_TUPLE"}},
		{"lists", `
def f(n):
    s = 0
    for i in range(n):
        l = [i, i + 1]
        s += l[0] * l[1]
    return s, l
print(f(1000))
`, "(333333000, [999, 1000])\n", map[string]uint64{"loop end": 1}, []string{"opcode BUILD_LIST"}},
		{"references stored into items", `
def f(n):
    d = [0] * 4
    for i in range(n):
        d[i % 4] = (i,)
    return d
print(f(1000))
`, "[(996,), (997,), (998,), (999,)]\n", map[string]uint64{"loop end": 1, "store": 0}, []string{"store of a value other than an int, float or bool into a list"}},
		{"in", `
def f(n, cell):
    c = 0
    for i in range(n):
        if i % 10 in cell:
            c += 1
        if i not in cell:
            c += 100
    return c
print(f(1000, [1, 2.0, True, None]), f(1000, (7,)))
`, "100000 100000\n", map[string]uint64{"contains": 0}, []string{"opcode CONTAINS_OP"}},
		{"in refused by an item with __eq__", `
class E:
    def __eq__(self, o):
        return o == 5
def f(n, cell):
    c = 0
    for i in range(n):
        if i % 10 in cell:
            c += 1
    return c
cell = [1, 2]
print(f(1000, cell))
cell.append(E())
print(f(1000, cell))
`, "200\n300\n", nil, nil},
		{"__getitem__ inlined", `
class D:
    def __init__(self, n):
        self.cells = [[i, i + 1] for i in range(n)]
    def __getitem__(self, i):
        return self.cells[i]
def f(d, ids):
    s = 0
    for i in ids:
        s += d[i][1]
    return s
print(f(D(50), list(range(50)) * 20))
`, "25500\n", map[string]uint64{"index": 0}, []string{"subscript not of a list or tuple by an int"}},
		{"comprehension", `
def f(xs):
    return [(x, x + 1) for x in xs]
for k in range(100):
    r = f(list(range(k, k + 40)))
print(r[-1], len(r))
`, "(138, 139) 40\n", nil, []string{"opcode LIST_APPEND"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, j, err := runPy(t, context.Background(), c.src, vm.Options{}, &jit.Config{Threshold: 1})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			st := j.Stats()
			if st.Traces == 0 || st.Iterations == 0 || st.Calls == 0 {
				t.Fatalf("traces %d, iterations %d, callouts %d, aborts %v", st.Traces, st.Iterations, st.Calls, st.Aborts)
			}
			checkExitsAndAborts(t, st, c.exits, c.noAborts)
		})
	}
}
