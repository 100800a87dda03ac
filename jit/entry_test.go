package jit_test

import (
	"context"
	"testing"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/vm"
)

// entryCases are functions called often from code that is not traced (a
// module-level loop): whether they get traces from their entry, and the
// exit or abort each must reach.
var entryCases = []struct {
	name, src, want string
	traces          bool     // entry traces compiled
	exits           []string // exits taken
	abort           string
}{
	{"calls inlined", `
def leaf():
    pass
def quad(a):
    leaf(); leaf(); leaf(); leaf()
    return a * 4
def top(a, b):
    return quad(a) + quad(b)
t = 0
for i in range(500):
    t += top(i, 1)
print(t)
`, "501000\n", true, []string{"return"}, ""},
	{"branch both ways", `
def leaf():
    pass
def sign(x):
    leaf(); leaf()
    if x < 0:
        return -1
    return 1
t = 0
for i in range(-250, 250):
    t += sign(i)
print(t)
`, "0\n", true, []string{"return", "branch"}, ""},
	{"recursion too small to call itself from its trace", `
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
t = 0
for i in range(200):
    t += depth(30)
print(t)
`, "6000\n", false, nil, "function entry: too short to pay"},
	{"overflow inside", `
def leaf():
    pass
def sq(x):
    leaf(); leaf()
    return x * x
t = 0
for i in range(200):
    t += sq(3037000400 + i)
print(t)
`, "1844674406792650566700\n", true, []string{"return", "int overflow"}, ""},
	{"too short", `
def add(a, b):
    return a + b
t = 0
for i in range(200):
    t = add(t, i)
print(t)
`, "19900\n", false, nil, "function entry: too short to pay"},
	{"generator", `
def leaf():
    pass
def gen(n):
    leaf()
    yield n
t = 0
for i in range(200):
    for v in gen(i):
        t += v
print(t)
`, "19900\n", false, nil, ""},
	{"function with a loop", `
def leaf():
    pass
def s(n):
    t = 0
    for i in range(n):
        leaf()
        t += i
    return t
t = 0
for i in range(100):
    t += s(100)
print(t)
`, "495000\n", false, nil, ""},
}

func TestEntryTraces(t *testing.T) {
	for _, c := range entryCases {
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
				if compiled := st.EntryTraces > 0; compiled != c.traces {
					t.Errorf("threshold %d: %d entry traces; aborts %v", th, st.EntryTraces, st.Aborts)
				}
				for _, e := range c.exits {
					if st.Exits[e] == 0 {
						t.Errorf("threshold %d: no exit %q: %v", th, e, st.Exits)
					}
				}
				if c.abort != "" && st.Aborts[c.abort] == 0 {
					t.Errorf("threshold %d: no abort %q: %v", th, c.abort, st.Aborts)
				}
			}
		})
	}
}

const entryCalls = `
def leaf():
    pass
def quad(a):
    leaf(); leaf(); leaf(); leaf()
    return a * 4
t = 0
for i in range(300):
    t += quad(i)
print(t)
`

// TestStepLimitWithEntryTraces checks that calls an entry trace inlines
// stop at the interpreter's step limit exactly (the trace is not entered
// under a limit).
func TestStepLimitWithEntryTraces(t *testing.T) {
	probe := stepLimitProbe{t, entryCalls, "179400\n"}
	lo := probe.smallest()
	cfg := &jit.Config{Threshold: 1}
	if !probe.passes(lo, cfg) || probe.passes(lo-1, cfg) {
		t.Errorf("the JIT does not stop at the interpreter's limit %d", lo)
	}
	got, j, err := runPy(t, context.Background(), entryCalls, vm.Options{}, cfg)
	if err != nil || got != "179400\n" || j.Stats().Exits["return"] < 290 {
		t.Errorf("got %q, %v; %+v", got, err, j.Stats())
	}
}

// TestEntryTraceRetiresStop checks that a function whose calls keep
// refusing its entry trace (an argument whose class changes every 100
// calls) is left to the interpreter after a few retired traces, rather
// than recorded and compiled again after every change.
func TestEntryTraceRetiresStop(t *testing.T) {
	src := `
class A:
    def __init__(self): self.v = 1; self.w = 3
class B:
    def __init__(self): self.w = 4; self.v = 2
def leaf(x):
    return x + 1
def get(o):
    s = leaf(o.v) + leaf(o.w)
    s = s * 2 + leaf(s) - leaf(o.v * o.w)
    return s
a, b = A(), B()
t = 0
for run in range(60):
    o = a if run % 2 else b
    for i in range(100):
        t += get(o)
print(t)
`
	got, j, err := runPy(t, context.Background(), src, vm.Options{}, &jit.Config{Threshold: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got != "93000\n" {
		t.Fatalf("got %q", got)
	}
	if st := j.Stats(); st.EntryTraces == 0 || st.EntryTraces > 8 {
		t.Errorf("%d entry traces compiled, want 1 to 8 (aborts %v)", st.EntryTraces, st.Aborts)
	}
}
