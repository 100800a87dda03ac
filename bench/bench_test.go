package bench

import (
	"bytes"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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
	res, err := Run(Options{Programs: []Program{{Name: "fib"}}, Runs: 3, Interpreters: []Interpreter{
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
	if !strings.Contains(out, "ratios are to b, lower is better") {
		t.Errorf("table lacks its legend:\n%s", out)
	}
}

func TestOutputMismatchIsReported(t *testing.T) {
	res, err := Run(Options{Programs: []Program{{Name: "fib"}}, Runs: 1, Interpreters: []Interpreter{
		{Name: "a", Argv: []string{"cat"}}, {Name: "b", Argv: []string{"wc", "-c"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if res[1].Err == "" {
		t.Errorf("differing outputs were not reported")
	}
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"bm_b.py", "bm_a/run_benchmark.py", "helper.py", "bm_c/other.py"} {
		path := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	progs, err := Discover(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range progs {
		if !p.Pyperf {
			t.Errorf("%s is not marked as a pyperf program", p.Name)
		}
		names = append(names, p.Name)
	}
	if got := strings.Join(names, ","); got != "a,b" {
		t.Errorf("Discover found %s, want a,b", got)
	}
	if _, err := Discover(filepath.Join(dir, "bm_c")); err == nil {
		t.Errorf("a directory without programs is accepted")
	}
}

// TestDiscoverFile: a single file is a pyperformance program when it
// imports pyperf, else a program timed as a whole process.
func TestDiscoverFile(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		file, src string
		pyperf    bool
	}{
		{"bm_x.py", "import pyperf\nrunner = pyperf.Runner()\n", true},
		{"mine.py", "# a user's own program\nprint(sum(range(10)))\n", false},
		{"from_import.py", "from pyperf import Runner\n", true},
		{"mentions.py", "print('pyperf is not imported here')\n", false},
	}
	for _, c := range cases {
		path := filepath.Join(dir, c.file)
		if err := os.WriteFile(path, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		progs, err := Discover(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(progs) != 1 || progs[0].Pyperf != c.pyperf || progs[0].Path != path {
			t.Errorf("Discover(%s) = %+v, want one program with Pyperf %v", c.file, progs, c.pyperf)
		}
	}
}

func TestTimedLoops(t *testing.T) {
	out := "setup\nx: 0.1 s per loop (1 values x 3 loops, timed 0.3 s)\ny: 0.2 s per loop (1 values x 1 loops, timed 0.2 s)\n"
	secs, rest, err := timedLoops(out)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(secs-0.5) > 1e-12 {
		t.Errorf("timed seconds %v, want 0.5", secs)
	}
	if want := "setup\nx: (1 values x 3 loops)\ny: (1 values x 1 loops)\n"; rest != want {
		t.Errorf("output without times %q, want %q", rest, want)
	}
	if _, _, err := timedLoops("no report\n"); err == nil {
		t.Errorf("output without a report is accepted")
	}
}

// TestStandInUnderCPython runs a pyperformance-style program through the
// embedded pyperf stand-in under python3, with calibration.
func TestStandInUnderCPython(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	dir := t.TempDir()
	src := `import pyperf
from six.moves import xrange

def work(loops, n):
    t0 = pyperf.perf_counter()
    for _ in xrange(loops):
        sum(range(n))
    return pyperf.perf_counter() - t0

runner = pyperf.Runner()
runner.argparser.add_argument("--n", type=int, default=1000)
args = runner.parse_args()
runner.bench_time_func("work", work, args.n)
print("done", args.n)
`
	if err := os.WriteFile(filepath.Join(dir, "bm_work.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	progs, err := Discover(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(Options{Programs: progs, Runs: 2, TargetSeconds: 0.01,
		Interpreters: []Interpreter{{Name: "python3", Argv: []string{python}}}})
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	if r.Err != "" {
		t.Fatal(r.Err)
	}
	if r.Loops < 1 || len(r.Seconds) != 2 || r.Median <= 0 || r.MedianKiB <= 0 {
		t.Errorf("unexpected result %+v", r)
	}
	if want := "work: (1 values x " + strconv.Itoa(r.Loops) + " loops)\ndone 1000\n"; r.Output != want {
		t.Errorf("output %q, want %q", r.Output, want)
	}
}
