package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/pprof/profile"

	"github.com/pyjit/pyjit/bench"
	"github.com/pyjit/pyjit/jit"
)

// TestCommandLineMatchesCPython runs the ways of naming the main program
// (file, -c, -m, standard input) and of ending it as subprocesses of pyjit
// and of python3 (CPython 3.11) in the same directory, and compares
// stdout, stderr and exit status.
// mainNames prints the names in __main__'s namespace before the
// program's own, with what they hold.
const mainNames = `import sys
for k, v in list(vars(sys.modules['__main__']).items()):
    if k == 'sys':
        break
    if k == '__loader__':
        continue
    if k == '__file__':
        v = v.rsplit('/', 1)[-1]
    if k in ('__spec__', '__builtins__') and v is not None:
        v = type(v).__name__
    if k == '__cached__' and v is not None:
        v = v.endswith('.pyc')
    print(k, repr(v))
`

func TestCommandLineMatchesCPython(t *testing.T) {
	python := referencePython(t)
	dir := t.TempDir()
	files := map[string]string{
		"prog.py":            "import sys\nprint(__name__, sys.argv[1:], __file__.endswith('prog.py'))\n",
		"fail.py":            "def f():\n    return 1 / 0\nf()\n",
		"exits.py":           "import sys\nprint('bye')\nsys.exit(3)\n",
		"mod.py":             "import sys\nprint(__name__, sys.argv[0].endswith('mod.py'), sys.argv[1:])\n",
		"pkg/__init__.py":    "print('package init', __name__)\n",
		"pkg/__main__.py":    "from . import helper\nprint('package main', __name__, __package__, helper.NAME)\n",
		"pkg/sub.py":         "from .helper import NAME\nprint('submodule', __name__, __package__, NAME)\n",
		"pkg/helper.py":      "NAME = __name__\n",
		"nomain/__init__.py": "",
		"lib/extra.py":       "WHERE = 'from PYTHONPATH'\n",
		"uses_extra.py":      "import extra\nprint(extra.WHERE)\n",
		// Source encodings: a script's bytes must be UTF-8 unless it
		// declares otherwise (checked line by line, comments included);
		// imports and literals decode lazily; a declaration is honoured.
		"not_utf8.py":       "x = 1\n# caf\xe9\nprint(x)\n",
		"imports_latin1.py": "import latin1\nimport not_utf8\n",
		"latin1.py":         "# -*- coding: latin-1 -*-\nprint('caf\xe9', len('caf\xe9'))\n",
		"utf8_declared.py":  "# coding: utf-8\nx = 'caf\xe9'\n",
		// __main__'s namespace as each way of running it leaves it
		// (__loader__ aside: pyjit does not load importlib at start-up).
		"main_names.py": mainNames,
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name  string
		args  []string
		stdin string
	}{
		{"file", []string{"prog.py", "a", "b"}, ""},
		{"uncaught exception", []string{"fail.py"}, ""},
		{"sys.exit", []string{"exits.py"}, ""},
		{"missing file", []string{"nosuch.py"}, ""},
		{"-c", []string{"-c", "import sys; print(sys.argv, __name__)", "x"}, ""},
		{"-c without code", []string{"-c"}, ""},
		{"-m module", []string{"-m", "mod", "1", "2"}, ""},
		{"-m package", []string{"-m", "pkg"}, ""},
		{"-m submodule", []string{"-m", "pkg.sub"}, ""},
		{"-m package without __main__", []string{"-m", "nomain"}, ""},
		{"-m missing", []string{"-m", "nosuch"}, ""},
		{"stdin", nil, "import sys\nprint(sys.argv, __name__)\n"},
		{"stdin with -", []string{"-", "q"}, "import sys\nprint(sys.argv)\n1/0\n"},
		{"SystemExit with a message", []string{"-c", "import sys; sys.exit('fatal: bad input')"}, ""},
		{"SystemExit(None)", []string{"-c", "raise SystemExit(None)"}, ""},
		{"SystemExit(True)", []string{"-c", "raise SystemExit(True)"}, ""},
		{"SystemExit of a tuple", []string{"-c", "raise SystemExit(4, 'x')"}, ""},
		{"exit status above 255", []string{"-c", "import sys; sys.exit(258)"}, ""},
		{"exception in an imported module", []string{"-c", "import pkg.helper, fail"}, ""},
		{"syntax error", []string{"-c", "x = (1,"}, ""},
		{"PYTHONPATH", []string{"uses_extra.py"}, ""},
		{"script not UTF-8", []string{"not_utf8.py"}, ""},
		{"modules not UTF-8 or latin-1", []string{"imports_latin1.py"}, ""},
		{"script in latin-1", []string{"latin1.py"}, ""},
		{"bad UTF-8 in a literal", []string{"utf8_declared.py"}, ""},
		{"-c not UTF-8", []string{"-c", "x = 1 # \xff\nprint(x)"}, ""},
		{"stdin not UTF-8", nil, "x = 1 # \xff\nprint(x)\n"},
		{"__main__ of a file", []string{"main_names.py"}, ""},
		{"__main__ of -c", []string{"-c", mainNames}, ""},
		{"__main__ of stdin", nil, mainNames},
		{"__main__ of -m", []string{"-m", "main_names"}, ""},
	}
	files["garbage_first_line.py"] = "not python\nimport sys\nraise ValueError(sys.argv)\n"
	os.WriteFile(filepath.Join(dir, "garbage_first_line.py"), []byte(files["garbage_first_line.py"]), 0o644)
	// The same command lines, and python3's options, without "run".
	direct := append(tests[:len(tests):len(tests)], []struct {
		name  string
		args  []string
		stdin string
	}{
		{"unknown option", []string{"-Z", "prog.py"}, ""},
		{"unknown long option", []string{"--foo"}, ""},
		{"-W without argument", []string{"-W"}, ""},
		{"-W and -X", []string{"-W", "ignore", "-Wdefault", "-X", "frozen_modules", "-Xa=b", "-c", "import sys; print(sys.warnoptions, sys._xoptions)"}, ""},
		{"clustered flags", []string{"-uBqsSc", "import sys; print(sys.argv)", "x"}, ""},
		{"-E", []string{"-E", "uses_extra.py"}, ""},
		{"-x", []string{"-x", "garbage_first_line.py", "1"}, ""},
		{"--", []string{"--", "prog.py", "-c"}, ""},
		{"-X int_max_str_digits", []string{"-X", "int_max_str_digits=700", "-c", "print(len(str(10**699))); str(10**700)"}, ""},
		{"-X int_max_str_digits too small", []string{"-X", "int_max_str_digits=5", "-c", "pass"}, ""},
		{"stdin program with options", []string{"-u", "-"}, "print('from stdin')\n"},
		{"PYTHONWARNINGS and -W", []string{"-W", "default", "-c", "import sys; print(sys.warnoptions)"}, ""},
		{"PYTHONWARNINGS under -E", []string{"-E", "-c", "import sys; print(sys.warnoptions)"}, ""},
	}...)
	// Every program runs with warning options from the environment.
	t.Setenv("PYTHONWARNINGS", "default::UserWarning, ignore::DeprecationWarning,")
	for _, tt := range direct {
		t.Run("direct "+tt.name, func(t *testing.T) {
			want := runIn(t, dir, tt.stdin, python, tt.args...)
			got := runIn(t, dir, tt.stdin, os.Args[0], tt.args...)
			want.stderr = pythonName.ReplaceAllString(want.stderr, "${1}pyjit$2")
			want.stderr = strings.ReplaceAll(want.stderr, "Try `python -h'", "Try `pyjit -h'")
			if got != want {
				t.Errorf("pyjit %q:\n status %d, stdout %q, stderr %q\npython3:\n status %d, stdout %q, stderr %q",
					tt.args, got.status, got.stdout, got.stderr, want.status, want.stdout, want.stderr)
			}
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := runIn(t, dir, tt.stdin, python, tt.args...)
			got := runIn(t, dir, tt.stdin, os.Args[0], append([]string{"run"}, tt.args...)...)
			// The messages the command line itself prints name the program.
			want.stderr = pythonName.ReplaceAllString(want.stderr, "${1}pyjit run$2")
			want.stderr = strings.ReplaceAll(want.stderr, "Try `python -h'", "Try `pyjit run --help'")
			if got != want {
				t.Errorf("pyjit run %q:\n status %d, stdout %q, stderr %q\npython3:\n status %d, stdout %q, stderr %q",
					tt.args, got.status, got.stdout, got.stderr, want.status, want.stdout, want.stderr)
			}
		})
	}
}

// pythonName matches the interpreter's path where CPython's command line
// names itself: at the start of a message, or in its usage line.
var pythonName = regexp.MustCompile(`(?m)^(usage: )?\S*python3[.0-9]*( \[option\]|:)`)

type outcome struct {
	status         int
	stdout, stderr string
}

// runIn runs a command in dir with the given standard input; pyjit is
// this test binary, which acts as the command when PYJIT_TEST_AS_COMMAND
// is set.
func runIn(t *testing.T, dir, stdin, name string, args ...string) outcome {
	t.Helper()
	return runEnv(t, dir, stdin, nil, name, args...)
}

// runEnv is runIn with the variables of env ("NAME=value") added to the
// environment.
func runEnv(t *testing.T, dir, stdin string, env []string, name string, args ...string) outcome {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONPATH="+filepath.Join(dir, "lib"), "PYJIT_TEST_AS_COMMAND=1")
	cmd.Env = append(cmd.Env, env...)
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatal(err)
		}
	}
	return outcome{cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()}
}

// redirectStdin makes os.Stdin read text until the returned function
// restores it.
func redirectStdin(t *testing.T, text string) func() {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	saved := os.Stdin
	os.Stdin = f
	return func() {
		os.Stdin = saved
		f.Close()
	}
}

// TestMain lets tests run this test binary as the pyjit command.
func TestMain(m *testing.M) {
	if os.Getenv("PYJIT_TEST_AS_COMMAND") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// TestCtrlC sends SIGINT to a running program: like CPython, it raises
// KeyboardInterrupt in the program (which can catch it), and an uncaught
// one prints the traceback CPython prints and ends the process by SIGINT.
func TestCtrlC(t *testing.T) {
	tests := []struct {
		name, src  string
		wantStdout string
		killed     bool
	}{
		{"uncaught", "import sys\nprint('ready', flush=True)\nwhile True:\n    pass\n", "ready\n", true},
		{"caught", "import sys\nprint('ready', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n", "ready\ncaught\n", false},
		// Reads of a pipe that stays open but sends nothing: Ctrl-C stops
		// the wait.
		{"input() waiting", waitingRead("input()"), "ready\ncaught\n", false},
		{"sys.stdin.read() waiting", waitingRead("sys.stdin.read()"), "ready\ncaught\n", false},
		{"sys.stdin.read(1) waiting", waitingRead("sys.stdin.read(1)"), "ready\ncaught\n", false},
		{"os.read waiting", waitingRead("__import__('os').read(0, 10)"), "ready\ncaught\n", false},
		{"open(0).read() waiting", waitingRead("open(0, closefd=False).read()"), "ready\ncaught\n", false},
		{"time.sleep", waitingRead("__import__('time').sleep(60)"), "ready\ncaught\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "run", "-c", tt.src)
			cmd.Env = append(os.Environ(), "PYJIT_TEST_AS_COMMAND=1")
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			ready := make([]byte, len("ready\n"))
			if _, err := io.ReadFull(stdout, ready); err != nil {
				t.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond) // into the loop or the wait
			cmd.Process.Signal(os.Interrupt)
			rest, _ := io.ReadAll(stdout)
			cmd.Wait()
			if got := string(ready) + string(rest); got != tt.wantStdout {
				t.Errorf("stdout %q, want %q", got, tt.wantStdout)
			}
			ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
			if tt.killed {
				if !ws.Signaled() || ws.Signal() != syscall.SIGINT {
					t.Errorf("process ended with %v, want killed by SIGINT", cmd.ProcessState)
				}
				if want := "  File \"<string>\", line 3, in <module>\nKeyboardInterrupt\n"; !strings.HasSuffix(stderr.String(), want) {
					t.Errorf("stderr %q, want a traceback ending %q", stderr.String(), want)
				}
			} else if cmd.ProcessState.ExitCode() != 0 {
				t.Errorf("exit status %d, want 0; stderr %s", cmd.ProcessState.ExitCode(), stderr.String())
			}
		})
	}
}

// waitingRead is a program that reads standard input with read and
// prints "caught" when KeyboardInterrupt stops it.
func waitingRead(read string) string {
	return "import sys\nprint('ready', flush=True)\ntry:\n    " + read + "\nexcept KeyboardInterrupt:\n    print('caught')\n"
}

// TestProfileFlags runs a program with --cpuprofile and --memprofile and
// reads both profiles back: Python functions as frames, CPU time in one,
// allocated bytes in the other.
func TestProfileFlags(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	src := "def work():\n    return [str(i) for i in range(300_000)]\nfor _ in range(5):\n    work()\n"
	var stdout, stderr bytes.Buffer
	if status := run([]string{"run", "--cpuprofile", cpu, "--memprofile=" + mem, "--profile-rate", "1000", "-c", src}, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	for _, tc := range []struct{ file, sampleType string }{{cpu, "cpu"}, {mem, "alloc_space"}} {
		f, err := os.Open(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		prof, err := profile.Parse(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if got := prof.SampleType[1].Type; got != tc.sampleType {
			t.Errorf("%s: sample type %s, want %s", tc.file, got, tc.sampleType)
		}
		names := map[string]bool{}
		for _, fn := range prof.Function {
			names[fn.Name] = true
		}
		if !names["work"] || !names["‹module›"] {
			t.Errorf("%s: functions %v, want work and ‹module›", tc.file, names)
		}
	}
}

// TestCodeCache checks that the command line writes imported modules'
// code to the cache and loads it on the next run, that -B and
// PYTHONDONTWRITEBYTECODE stop the writing, and that each optimization
// level (-O, -OO, PYTHONOPTIMIZE) has its own cached code.
func TestCodeCache(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "m.py"), []byte("import sys\nv = sys.dont_write_bytecode\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(env string, args ...string) string {
		t.Helper()
		cmd := exec.Command(os.Args[0], append([]string{"--stats"}, args...)...)
		cmd.Dir = dir
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "PYTHONDONTWRITEBYTECODE=") && !strings.HasPrefix(kv, "PYTHONOPTIMIZE=") {
				cmd.Env = append(cmd.Env, kv)
			}
		}
		cmd.Env = append(cmd.Env, "PYJIT_TEST_AS_COMMAND=1", "PYJIT_CACHE_DIR="+cache)
		if env != "" {
			cmd.Env = append(cmd.Env, env)
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		var lines []string
		for _, l := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(l, "code cache:") || strings.HasPrefix(l, "v=") {
				lines = append(lines, l)
			}
		}
		return strings.Join(lines, "\n")
	}
	prog := "import m; print('v=' + str(m.v))"
	for _, tt := range []struct{ env, flag, want string }{
		{"", "-B", "v=True\ncode cache: 0 modules loaded, 1 compiled, 0 written"},
		{"PYTHONDONTWRITEBYTECODE=1", "", "v=True\ncode cache: 0 modules loaded, 1 compiled, 0 written"},
		{"", "", "v=False\ncode cache: 0 modules loaded, 1 compiled, 1 written"},
		{"", "", "v=False\ncode cache: 1 modules loaded, 0 compiled, 0 written"},
		{"", "-B", "v=True\ncode cache: 1 modules loaded, 0 compiled, 0 written"},
		{"", "-O", "v=False\ncode cache: 0 modules loaded, 1 compiled, 1 written"},
		{"", "-O", "v=False\ncode cache: 1 modules loaded, 0 compiled, 0 written"},
		{"PYTHONOPTIMIZE=1", "", "v=False\ncode cache: 1 modules loaded, 0 compiled, 0 written"},
		{"", "-OO", "v=False\ncode cache: 0 modules loaded, 1 compiled, 1 written"},
		{"PYTHONOPTIMIZE=2", "", "v=False\ncode cache: 1 modules loaded, 0 compiled, 0 written"},
		{"", "", "v=False\ncode cache: 1 modules loaded, 0 compiled, 0 written"},
	} {
		// -S: the counts are m's alone, without site's _sitebuiltins.
		args := []string{"-S", "-c", prog}
		if tt.flag != "" {
			args = append([]string{tt.flag}, args...)
		}
		if got := run(tt.env, args...); got != tt.want {
			t.Errorf("%s %s: got\n%s\nwant\n%s", tt.env, tt.flag, got, tt.want)
		}
	}
}

// TestBenchCompareMissing: comparing with an interpreter that does not
// exist is a usage error before anything runs, not an error cell.
func TestBenchCompareMissing(t *testing.T) {
	var stdout, stderr bytes.Buffer
	status := run([]string{"bench", "--runs", "1", "--compare", "/nonexistent/python9", "fib"}, &stdout, &stderr)
	if status != 2 || stdout.Len() != 0 || !strings.Contains(stderr.String(), "/nonexistent/python9") {
		t.Errorf("status %d, stdout %q, stderr %q", status, stdout.String(), stderr.String())
	}
}

// TestBenchReference: --reference picks a column by name, the default is
// the first compared interpreter or else pyjit's first column, and an
// unknown name is an error naming the columns.
func TestBenchReference(t *testing.T) {
	cols := []bench.Interpreter{{Name: "pyjit-jit"}, {Name: "pyjit"}, {Name: "pyjit-interp"}, {Name: "python3"}}
	tests := []struct {
		name    string
		own     int
		want    int
		wantErr string
	}{
		{"", 3, 3, ""},
		{"", 4, 0, ""},
		{"pyjit-interp", 3, 2, ""},
		{"python3", 3, 3, ""},
		{"pypy3", 3, 0, `--reference "pypy3" is not a column (columns: pyjit-jit, pyjit, pyjit-interp, python3)`},
	}
	for _, tt := range tests {
		got, err := referenceColumn(cols, tt.own, tt.name)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("%q: error %v, want %s", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%q with %d own columns: got %d, %v, want %d", tt.name, tt.own, got, err, tt.want)
		}
	}
}

// TestBenchUniqueNames: a program from a file named like one before it is
// named after its file, so that the table keeps both rows.
func TestBenchUniqueNames(t *testing.T) {
	got := uniqueNames([]bench.Program{
		{Name: "nbody"},
		{Name: "nbody", Path: "pp/bm_nbody.py", Pyperf: true},
		{Name: "go", Path: "pp/bm_go/run_benchmark.py", Pyperf: true},
		{Name: "go", Path: "other/bm_go/run_benchmark.py", Pyperf: true},
		{Name: "float", Path: "pp/bm_float.py", Pyperf: true},
	})
	var names []string
	for _, p := range got {
		names = append(names, p.Name)
	}
	if want := "nbody bm_nbody go bm_go float"; strings.Join(names, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(names, " "), want)
	}
}

// TestBenchCompareNone: --compare none compares with nothing.
func TestBenchCompareNone(t *testing.T) {
	if got := comparisons("none"); len(got) != 0 {
		t.Errorf("comparisons(none) = %q", got)
	}
	if got := comparisons("a,b"); len(got) != 2 {
		t.Errorf("comparisons(a,b) = %q", got)
	}
}

// TestStatsWithoutTier1: --stats with --no-specialize says tier 1 is off
// instead of printing an empty table.
func TestStatsWithoutTier1(t *testing.T) {
	var stdout, stderr bytes.Buffer
	status := run([]string{"run", "--no-specialize", "--stats", "-c", "print(sum(range(10)))"}, &stdout, &stderr)
	if status != 0 || stdout.String() != "45\n" || !strings.Contains(stderr.String(), "tier 1 specialization: off") ||
		strings.Contains(stderr.String(), "family") {
		t.Errorf("status %d, stdout %q, stderr %q", status, stdout.String(), stderr.String())
	}
}

// TestJITDefault checks that `pyjit run` turns tier 2 on by default on
// hosts with a backend (its counters appear under --stats), and that
// --no-jit turns it off, also after --jit and before it.
func TestJITDefault(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		flags []string
		on    bool
	}{
		{nil, jit.Supported()},
		{[]string{"--no-jit"}, false},
		{[]string{"--jit", "--no-jit"}, false},
		{[]string{"--no-jit", "--jit"}, jit.Supported()},
	} {
		args := append(append([]string{"run", "--stats"}, c.flags...), "-c", "print(sum(range(100)))")
		o := runIn(t, t.TempDir(), "", exe, args...)
		if o.status != 0 || o.stdout != "4950\n" {
			t.Fatalf("pyjit %q: status %d, stdout %q, stderr %q", args, o.status, o.stdout, o.stderr)
		}
		if on := strings.Contains(o.stderr, "\njit: "); on != c.on {
			t.Errorf("pyjit %q: tier 2 on %v, want %v; stderr %q", args, on, c.on, o.stderr)
		}
	}
}

// TestStatsMemory: --stats reports what the heap did, and the allocation
// figure covers what the program allocated.
func TestStatsMemory(t *testing.T) {
	var stdout, stderr bytes.Buffer
	status := run([]string{"run", "--no-jit", "--stats", "-c", "x = [bytearray(1 << 20) for i in range(8)]"}, &stdout, &stderr)
	out := stderr.String()
	if status != 0 || !strings.Contains(out, "\nmemory\n") {
		t.Fatalf("status %d, stderr %q", status, out)
	}
	i := strings.Index(out, "  allocated ")
	if i < 0 {
		t.Fatalf("no allocated line in %q", out)
	}
	var mb float64
	if _, err := fmt.Sscanf(strings.TrimSpace(out[i+len("  allocated "):]), "%f", &mb); err != nil || mb < 8 {
		t.Errorf("allocated %v MB (%v), want at least the 8 MB of bytearrays", mb, err)
	}
	if runtime.GOOS == "linux" && !strings.Contains(out, "peak resident set") {
		t.Errorf("no peak resident set line in %q", out)
	}
}
