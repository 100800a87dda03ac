package jit_test

import (
	"context"
	"testing"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/vm"
)

const pointClass = `
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def sum_x(ps):
    s = 0
    for p in ps:
        s += p.x
    return s

def bump(ps, k):
    for p in ps:
        p.x = p.x + k
    return ps[0].x, ps[-1].x
`

// TestAttrExits checks which way traces over instances leave when the
// instances, their attributes or their classes change under them.
func TestAttrExits(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
		exits           map[string]uint64 // exact counts
		refused         bool              // some entry is refused
		traces          uint64            // at least
	}{
		// "loop end": the comprehension's loop and the function's.
		{"reads natively", `print(sum_x([P(i, 0) for i in range(1000)]))`, "499500\n",
			map[string]uint64{"attribute": 0, "loop end": 2}, false, 1},
		{"stores natively", `print(bump([P(i, 0) for i in range(1000)], 2))`, "(2, 1001)\n",
			map[string]uint64{"attribute store": 0, "loop end": 2}, false, 1},
		{"deleted attribute", `
ps = [P(i, 0) for i in range(100)]
del ps[50].x
try:
    sum_x(ps)
except AttributeError as e:
    print(e)
`, "'P' object has no attribute 'x'\n", map[string]uint64{"attribute": 1}, false, 1},
		{"attribute of another type", `
ps = [P(i, 0) for i in range(100)]
ps[50].x = 0.5
print(sum_x(ps))
`, "4900.5\n", map[string]uint64{"attribute": 1}, true, 1},
		{"instance with a dict", `
ps = [P(i, 0) for i in range(100)]
ps[50].__dict__
print(sum_x(ps))
`, "4950\n", map[string]uint64{"attribute": 1}, false, 1},
		{"store over another type", `
def put(ps, k):
    for p in ps:
        p.x = k
ps = [P(i, 0) for i in range(100)]
ps[50].x = "s"
put(ps, 3)
print(sum_x(ps))
`, "300\n", map[string]uint64{"attribute store": 1}, false, 1},
		{"instance of a subclass", `
class Q(P):
    pass
ps = [P(i, 0) for i in range(100)]
ps[50] = Q(50, 0)
print(sum_x(ps))
`, "4950\n", map[string]uint64{"item type": 1}, true, 1},
		{"class changed between calls", `
ps = [P(i, 0) for i in range(100)]
print(sum_x(ps))
P.x = property(lambda self: 1)
print(sum_x(ps))
`, "4950\n100\n", nil, true, 1},
		{"attribute type changed for good", `
def count(p, n):
    for i in range(n):
        p.x += 1
    return p.x
print(count(P(0, 0), 100), count(P(0.5, 0), 1000))
`, "100 1000.5\n", map[string]uint64{"attribute": 64}, false, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, j, err := runPy(t, context.Background(), pointClass+c.src, vm.Options{}, &jit.Config{Threshold: 1})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			st := j.Stats()
			if st.Traces < c.traces || st.Iterations == 0 {
				t.Fatalf("traces %d, iterations %d, aborts %v", st.Traces, st.Iterations, st.Aborts)
			}
			for reason, n := range c.exits {
				if st.Exits[reason] != n {
					t.Errorf("%d exits for %q, want %d: %v", st.Exits[reason], reason, n, st.Exits)
				}
			}
			if c.refused != (st.EntryMisses > 0) {
				t.Errorf("%d entries refused", st.EntryMisses)
			}
		})
	}
}
