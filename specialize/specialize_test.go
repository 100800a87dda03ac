package specialize_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/specialize"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

func TestBackoff(t *testing.T) {
	p := specialize.Policy{WarmupCount: 1, MaxBackoffShift: 4}
	for n, want := range []uint16{0, 1, 3, 7, 15, 15, 15} {
		if got := p.Backoff(uint8(n)); got != want {
			t.Errorf("Backoff(%d) = %d, want %d", n, got, want)
		}
	}
	if got := (specialize.Policy{MaxBackoffShift: 200}).Backoff(200); got != 1<<16-1 {
		t.Errorf("uncapped Backoff = %d, want saturation", got)
	}
}

// run executes src with tier 1 on and returns the specialized opcodes
// present at exit in the code object named fn, with the program's output.
func run(t *testing.T, src, fn string) (map[string]bool, string) {
	t.Helper()
	var out bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: &out})
	specialize.Install(in)
	st := in.EnableStats()
	if err := in.RunMain("<test>", []byte(src)); err != nil {
		t.Fatalf("run failed: %v\n%s", err, out.String())
	}
	ops := map[string]bool{}
	for _, co := range st.Codes {
		if co.Name != fn {
			continue
		}
		for _, in := range co.Instrs {
			if in.Op().IsSpecialized() {
				ops[in.Op().String()] = true
			}
		}
	}
	return ops, out.String()
}

func TestSpecializedForms(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // specialized opcodes expected in function f
		not  []string // opcodes that must have been undone
	}{
		{"py exact args", "def g(a, b): return a\ndef f():\n for i in range(50): g(i, i)\nf()",
			[]string{"CALL_PY_EXACT_ARGS", "LOAD_GLOBAL_MODULE", "FOR_ITER_RANGE"}, nil},
		{"py defaults", "def g(a, b=1): return a\ndef f():\n for i in range(50): g(i)\nf()",
			[]string{"CALL_PY_WITH_DEFAULTS"}, nil},
		{"py keywords", "def g(a, b): return a\ndef f():\n for i in range(50): g(a=i, b=1)\nf()",
			[]string{"CALL_PY_KW"}, nil},
		{"bound method", "class C:\n def m(self): return 1\ndef f():\n c = C()\n for i in range(50): c.m()\nf()",
			[]string{"LOAD_METHOD_WITH_VALUES", "CALL_PY_EXACT_ARGS"}, nil},
		{"class init", "class C:\n def __init__(self, x): self.x = x\ndef f():\n for i in range(50): C(i).x\nf()",
			[]string{"CALL_ALLOC_AND_ENTER_INIT", "LOAD_ATTR_INSTANCE_VALUE"}, nil},
		{"builtins", "def f():\n s = []\n for i in range(50):\n  len(s); s.append(i); isinstance(i, int); str(i)\nf()",
			[]string{"CALL_LEN", "CALL_LIST_APPEND", "CALL_ISINSTANCE", "CALL_STR_1", "LOAD_GLOBAL_BUILTIN"}, nil},
		{"slots and property", "class C:\n __slots__=('a',)\n def __init__(self): self.a = 1\n @property\n def p(self): return self.a\ndef f():\n c = C()\n for i in range(50): c.a = c.p\nf()",
			[]string{"LOAD_ATTR_PROPERTY", "STORE_ATTR_SLOT"}, nil},
		{"arithmetic", "def f():\n x = 0; y = 0.0; s = ''\n for i in range(50):\n  x = x + i; y = y * 1.5; s = s + 'a'\n  if x < i: pass\nf()",
			[]string{"BINARY_OP_ADD_INT", "BINARY_OP_MULTIPLY_FLOAT", "BINARY_OP_ADD_STR", "COMPARE_OP_INT"}, nil},
		{"containers", "def f():\n l = [1, 2]; d = {1: 2}\n for i in range(50):\n  a, b = l\n  l[0] = d[1]\n  for x in (1, 2): pass\nf()",
			[]string{"UNPACK_SEQUENCE_LIST", "STORE_SUBSCR_LIST_INT", "BINARY_SUBSCR_DICT", "FOR_ITER_TUPLE"}, nil},
		{"global rebound keeps form", "def g(): return 1\ndef h(): return 2\ndef f():\n for i in range(50):\n  g()\n  if i == 25:\n   globals()['g'] = h\nf()",
			[]string{"LOAD_GLOBAL_MODULE", "CALL_PY_EXACT_ARGS"}, nil},
		{"callee kind flips", "def g(): return 1\nclass K:\n def __call__(self): return 2\ndef f():\n k = K()\n for i in range(50):\n  (g if i < 25 else k)()\nf()",
			[]string{"CALL_CALLABLE_INSTANCE"}, []string{"CALL_PY_EXACT_ARGS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ops, _ := run(t, tt.src, "f")
			for _, w := range tt.want {
				if !ops[w] {
					t.Errorf("%s missing; have %v", w, ops)
				}
			}
			for _, w := range tt.not {
				if ops[w] {
					t.Errorf("%s still present; have %v", w, ops)
				}
			}
		})
	}
}

func TestReport(t *testing.T) {
	var out bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: &out})
	specialize.Install(in)
	st := in.EnableStats()
	// K() and range(50) (lines 5 and 6) run once, never specialized: the
	// report leaves such sites out.
	src := "def g(): return 1\nclass K:\n def __call__(self): return 2\ndef f():\n k = K()\n for i in range(50):\n  (g if i < 25 else k)()\nf()"
	if err := in.RunMain("<test>", []byte(src)); err != nil {
		t.Fatal(err)
	}
	if st.Deopts[code.CALL] != 1 || st.Misses[code.CALL] == 0 {
		t.Errorf("CALL: %d deopts, %d misses; want 1 deopt after some misses", st.Deopts[code.CALL], st.Misses[code.CALL])
	}
	var rep bytes.Buffer
	specialize.Report(&rep, st)
	for _, want := range []string{"FOR_ITER", "hottest call sites", "<test>:7 (f)", "CALL_CALLABLE_INSTANCE"} {
		if !strings.Contains(rep.String(), want) {
			t.Errorf("report lacks %s:\n%s", want, rep.String())
		}
	}
	if strings.Contains(rep.String(), "<test>:5") || strings.Contains(rep.String(), "<test>:6") {
		t.Errorf("report lists a call site that never ran specialized:\n%s", rep.String())
	}
	var dis bytes.Buffer
	specialize.Disassemble(&dis, st)
	if !strings.Contains(dis.String(), "CALL_CALLABLE_INSTANCE") || !strings.Contains(dis.String(), "<code object f") {
		t.Errorf("adaptive listing lacks the specialized call:\n%s", dis.String())
	}
}
