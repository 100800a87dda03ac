package bench

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

func TestProgramsEmbedded(t *testing.T) {
	names := Programs()
	want := []string{"call_simple", "call_method", "call_method_slots", "call_method_unknown", "call_kwargs",
		"call_star", "call_builtin", "call_closure", "call_class", "call_callable_instance", "call_generator",
		"call_coroutine", "call_decorated", "fib", "richards", "nbody", "spectral_norm", "fannkuch", "nqueens",
		"float", "chaos", "raytrace", "deltablue", "go", "hexiom", "unpack_sequence", "pystone", "generators",
		"coroutines", "deepcopy", "json_dumps", "logging_bench", "pidigits"}
	have := map[string]bool{}
	for _, n := range names {
		have[n] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("benchmark %s is missing", w)
		}
	}
}

// TestRunAndTable runs a tiny program under two "interpreters" (both the
// shell's echo-like cat, which prints the program) and checks the table.
func TestRunAndTable(t *testing.T) {
	if _, err := exec.LookPath("cat"); err != nil {
		t.Skip("no cat")
	}
	res, err := Run(Options{Programs: []string{"fib"}, Runs: 3, Interpreters: []Interpreter{
		{Name: "a", Argv: []string{"cat"}}, {Name: "b", Argv: []string{"cat"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || len(res[0].Seconds) != 3 || res[1].Err != "" {
		t.Fatalf("unexpected results %+v", res)
	}
	var b bytes.Buffer
	WriteTable(&b, res, "b")
	out := b.String()
	if !strings.Contains(out, "fib") || !strings.Contains(out, "geometric mean") {
		t.Errorf("table lacks rows:\n%s", out)
	}
}

func TestOutputMismatchIsReported(t *testing.T) {
	res, err := Run(Options{Programs: []string{"fib"}, Runs: 1, Interpreters: []Interpreter{
		{Name: "a", Argv: []string{"cat"}}, {Name: "b", Argv: []string{"wc", "-c"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if res[1].Err == "" {
		t.Errorf("differing outputs were not reported")
	}
}
