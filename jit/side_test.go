package jit_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/vm"
)

// sideCases are loops with guards that fail often: whether side traces
// are recorded and entered, and the exits left to the interpreter.
var sideCases = []struct {
	name, src, want string
	sides           bool
	exits           []string
}{
	{"branch both ways", `
def f(xs):
    t = 0
    u = 0.0
    for x in xs:
        if x < 50:
            t += x
        else:
            t -= 1
            u += 0.5
    return t, u
xs = [(i * 37) % 100 for i in range(1000)]
for k in range(20):
    r = f(xs)
print(r)
`, "(11750, 250.0)\n", true, []string{"loop end"}},
	{"exit inside the side trace", `
def f(xs, d):
    t = 0.0
    for x in xs:
        if x < 50:
            t += x
        else:
            t += x / d
    return t
xs = [(i * 37) % 100 for i in range(1000)]
for k in range(20):
    r = f(xs, 2.0)
print(r)
try:
    f(xs, 0.0)
except ZeroDivisionError as e:
    print(e)
`, "30875.0\nfloat division by zero\n", true, []string{"division by zero"}},
	{"side path changes a local's type (then the loop is recorded again)", `
def f(xs):
    v = 0
    for x in xs:
        if x >= 95:
            v = 0.5
    return v
xs = [(i * 37) % 100 for i in range(1000)]
for k in range(20):
    r = f(xs)
print(r)
`, "0.5\n", true, nil},
}

func TestSideTraces(t *testing.T) {
	for _, c := range sideCases {
		t.Run(c.name, func(t *testing.T) {
			for _, th := range []int{1, 50} {
				got, j, err := runPy(t, context.Background(), c.src, vm.Options{}, &jit.Config{Threshold: th})
				if err != nil {
					t.Fatal(err)
				}
				if got != c.want {
					t.Fatalf("threshold %d: got %q, want %q", th, got, c.want)
				}
				st := j.Stats()
				if ran := st.SideTraces > 0 && st.SideEntries > 0; ran != c.sides {
					t.Errorf("threshold %d: %d side traces, %d entries; aborts %v", th, st.SideTraces, st.SideEntries, st.Aborts)
				}
				for _, e := range c.exits {
					if st.Exits[e] == 0 {
						t.Errorf("threshold %d: no exit %q: %v", th, e, st.Exits)
					}
				}
			}
		})
	}
}

const sideLoop = `
def f(xs):
    t = 0
    for x in xs:
        if x < 50:
            t += x
        else:
            t -= 1
    return t
xs = [(i * 37) % 100 for i in range(400)]
for k in range(10):
    r = f(xs)
print(r)
`

// TestStepLimitWithSideTraces checks that iterations through side traces
// count steps: the limit stops the loop where it stops the interpreter.
func TestStepLimitWithSideTraces(t *testing.T) {
	probe := stepLimitProbe{t, sideLoop, "4700\n"}
	lo := probe.smallest()
	for _, fuel := range []int64{0, 7, 1000} {
		cfg := &jit.Config{Threshold: 1, Fuel: fuel}
		if !probe.passes(lo, cfg) || probe.passes(lo-1, cfg) {
			t.Errorf("fuel %d: the JIT does not stop at the interpreter's limit %d", fuel, lo)
		}
	}
}

// TestDeadlineStopsSideTraces checks that an endless loop whose
// iterations alternate between a trace and its side trace still stops at
// a context deadline (the side path uses up fuel).
func TestDeadlineStopsSideTraces(t *testing.T) {
	src := `
def f():
    i = 0
    t = 0
    while True:
        i = i + 1
        if t > 0:
            t = t - 1
        else:
            t = t + 1
f()
`
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, j, err := runPy(t, ctx, src, vm.Options{}, &jit.Config{Threshold: 1})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want the deadline", err)
	}
	if st := j.Stats(); st.SideEntries == 0 {
		t.Errorf("no side trace ran: %+v", st)
	}
}
