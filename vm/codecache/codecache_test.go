package codecache_test

import (
	"bytes"
	"errors"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/specialize"
	"github.com/pyjit/pyjit/stdlib"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/codecache"
	"github.com/pyjit/pyjit/vm/compile"
)

const variant = 4300

// roundTrip encodes and decodes c and checks that the result is equal.
func roundTrip(t *testing.T, name string, c *code.Code, src []byte) *code.Code {
	t.Helper()
	data := codecache.Encode(c, src, variant)
	got, err := codecache.Decode(data, src, variant)
	if err != nil {
		t.Fatalf("%s: decode: %v", name, err)
	}
	if !reflect.DeepEqual(got, c) {
		// NaN constants are equal to nothing: compare the encodings.
		if !bytes.Equal(codecache.Encode(got, src, variant), data) {
			t.Fatalf("%s: decoded code differs from the original", name)
		}
	}
	return got
}

// conformancePrograms lists the conformance programs.
func conformancePrograms(t *testing.T) []string {
	files, err := filepath.Glob("../../tests/conformance/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance programs: %v", err)
	}
	return files
}

// TestRoundTripConformance encodes and decodes the code of every
// conformance program and of the standard library's unittest package.
func TestRoundTripConformance(t *testing.T) {
	files := conformancePrograms(t)
	if dir, ok := stdlib.Find(); ok {
		more, _ := filepath.Glob(filepath.Join(dir, "unittest", "*.py"))
		files = append(files, more...)
	}
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := compile.Compile(f, src, compile.ExecMode)
		if err != nil {
			continue // a program about SyntaxError
		}
		roundTrip(t, f, c, src)
		n++
	}
	if n < 200 {
		t.Fatalf("only %d programs compiled", n)
	}
}

// TestRunDecodedConformance runs the decoded code of each conformance
// program (as the command line would, from the repository's root) and
// compares its output and exit status with CPython's.
func TestRunDecodedConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every conformance program")
	}
	files := conformancePrograms(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(root); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	t.Setenv("PYTHONHASHSEED", "0")
	for _, f := range files {
		rel, _ := filepath.Rel("../..", f)
		if _, ok := commandLineOnly[filepath.Base(rel)]; ok {
			continue
		}
		t.Run(filepath.Base(rel), func(t *testing.T) { runDecoded(t, root, rel) })
	}
}

// commandLineOnly are the conformance programs that need what only the
// command line sets up around an interpreter, with the reason.
var commandLineOnly = map[string]string{
	"signal_handlers.py":              "raises signals that only the command line forwards",
	"kill_self_signal.py":             "sends itself signals that only the command line forwards",
	"signal_alarm_itimer.py":          "waits for a SIGALRM that only the command line forwards",
	"signal_interrupts_pipe_write.py": "waits for a SIGALRM that only the command line forwards",
	"sigpipe_ignored.py":              "starts a process (no grant here) and relies on the command line ignoring SIGPIPE",
	"site_printers.py":                "copyright, credits and license are defined by the command line's site set-up",
	"io_flush_at_exit.py":             "starts the interpreter again as sys.executable, which only the command line has",
	"encoding_errors_dev_mode.py":     "starts the interpreter again as sys.executable (with -X dev), which only the command line has",
	"marshal_code_pyc.py":             "runs .pyc files with sys.executable, which only the command line has",
	"hash_seed_env.py":                "starts the interpreter again as sys.executable (with PYTHONHASHSEED), which only the command line has",
}

func runDecoded(t *testing.T, root, rel string) {
	abs := filepath.Join(root, rel)
	src, err := os.ReadFile(abs)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	opts := vm.Options{Stdout: &out, Stderr: &errb, Argv: []string{rel}, Path: []string{filepath.Dir(abs)}, FS: vm.HostFS{},
		Stdin: bytes.NewReader(nil)}
	if f, err := os.Open(abs + ".in"); err == nil {
		defer f.Close()
		opts.Stdin = f // a file, seekable as the runner's
	}
	if dir, ok := stdlib.Find(); ok {
		opts.Stdlib, opts.StdlibDir = os.DirFS(dir), dir
	}
	in := vm.New(opts)
	specialize.Install(in)
	// Compiled as the interpreter compiles a script (constants folded by
	// its arithmetic), then through the cache's encoding and back.
	c, err := compile.CompileWith(abs, src, compile.ExecMode, compile.Options{Fold: in.FoldConstants})
	if err != nil {
		t.Skip("does not compile")
	}
	c = roundTrip(t, rel, c, src)
	runErr := in.RunMainCode(abs, src, c)
	in.Finalize()
	status := in.ExitStatus(runErr)
	in.Flush()
	want := func(ext string) string {
		b, _ := os.ReadFile(abs + ext)
		return string(b)
	}
	wantExit := 0
	if s := strings.TrimSpace(want(".exit")); s != "" {
		wantExit, _ = strconv.Atoi(s)
	}
	norm := func(s string) string { return strings.ReplaceAll(s, root+"/", "") }
	if got := norm(out.String()); got != want(".out") {
		t.Errorf("stdout differs:\n%s\nwant:\n%s", got, want(".out"))
	}
	if got := norm(errb.String()); got != want(".err") {
		t.Errorf("stderr differs:\n%s\nwant:\n%s", got, want(".err"))
	}
	if status != wantExit {
		t.Errorf("exit status %d, want %d", status, wantExit)
	}
}

// TestConstants round-trips every kind of constant.
func TestConstants(t *testing.T) {
	huge, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	inner := &code.Code{Name: "f", Filename: "x.py", Instrs: []code.Instr{code.MakeInstr(code.RETURN_CONST, 0)},
		Positions: code.NewPosTable(make([]code.Position, 1)), Consts: []any{nil}}
	c := &code.Code{Name: "<module>", Filename: "x.py",
		Instrs:    []code.Instr{code.MakeInstr(code.LOAD_CONST, 9), code.MakeInstr(code.RETURN_CONST, 0)},
		Positions: code.NewPosTable([]code.Position{{Line: 1, EndLine: 1, Col: 0, EndCol: 4}, {}}),
		StackSize: 1,
		Consts: []any{nil, true, false, int64(-7), huge, big.NewInt(0), math.Inf(-1), math.Copysign(0, -1),
			complex(1.5, -2), "s\x00\xff", code.Bytes("b\x00"), code.Ellipsis{},
			code.Tuple{int64(1), code.Tuple{}, code.Tuple(nil), "k"}, inner, math.NaN()},
		Warnings: []code.Warning{{Line: 3, Msg: "\"is\" with a literal"}}}
	roundTrip(t, "constants", c, []byte("src"))
}

// TestRejectsStackMisuse checks that code whose stack discipline the
// compiler would never produce is refused: the interpreter reads and
// writes the value stack without index checks.
func TestRejectsStackMisuse(t *testing.T) {
	op := code.MakeInstr
	cases := []struct {
		name   string
		instrs []code.Instr
		size   int
	}{
		{"pop from an empty stack", []code.Instr{op(code.POP_TOP, 0), op(code.RETURN_CONST, 0)}, 2},
		{"deeper than StackSize", []code.Instr{op(code.LOAD_CONST, 0), op(code.LOAD_CONST, 0), op(code.RETURN_VALUE, 0)}, 1},
		{"COPY below the stack", []code.Instr{op(code.LOAD_CONST, 0), op(code.COPY, 3), op(code.RETURN_VALUE, 0)}, 4},
		{"SWAP below the stack", []code.Instr{op(code.LOAD_CONST, 0), op(code.SWAP, 2), op(code.RETURN_VALUE, 0)}, 4},
		{"a call whose callable is below the stack", []code.Instr{
			op(code.LOAD_CONST, 0), op(code.LOAD_CONST, 0), op(code.CALL, 1), op(code.RETURN_VALUE, 0)}, 4},
		{"a join where one path pops too much", []code.Instr{
			op(code.LOAD_CONST, 0), op(code.LOAD_CONST, 0), op(code.POP_JUMP_IF_TRUE, 4), op(code.POP_TOP, 0),
			op(code.POP_TOP, 0), op(code.RETURN_CONST, 0)}, 4},
	}
	for _, c := range cases {
		co := &code.Code{Name: "<module>", Filename: "x.py", Instrs: c.instrs, StackSize: c.size,
			Positions: code.NewPosTable(make([]code.Position, len(c.instrs))), Consts: []any{nil}}
		src := []byte("src")
		_, err := codecache.Decode(codecache.Encode(co, src, variant), src, variant)
		t.Logf("%s: %v", c.name, err)
		if !errors.Is(err, codecache.ErrInvalid) {
			t.Errorf("%s: accepted (err %v)", c.name, err)
		}
	}
}

// TestRejects checks that data for another source, settings or build, and
// damaged data, are refused.
func TestRejects(t *testing.T) {
	src := []byte("x = 1\n")
	c, err := compile.Compile("m.py", src, compile.ExecMode)
	if err != nil {
		t.Fatal(err)
	}
	data := codecache.Encode(c, src, variant)
	check := func(what string, data, src []byte, v uint64) {
		t.Helper()
		if _, err := codecache.Decode(data, src, v); !errors.Is(err, codecache.ErrInvalid) {
			t.Errorf("%s: accepted (err %v)", what, err)
		}
	}
	check("edited source", data, []byte("x = 2\n"), variant)
	check("other settings", data, src, variant+1)
	for i := range data {
		check("truncated", data[:i], src, variant)
		bad := bytes.Clone(data)
		bad[i] ^= 0x40
		check("flipped byte "+strconv.Itoa(i), bad, src, variant)
	}
	check("trailing byte", append(bytes.Clone(data), 0), src, variant)
}

// FuzzDecode checks that decoding arbitrary data, whole files or bodies
// past the checksum, never panics, and that what it accepts can be
// encoded again.
func FuzzDecode(f *testing.F) {
	src := []byte("src")
	for _, prog := range []string{"x = 1\n", "def f(a, *b, c=2, **d):\n    return [a, b, c, d, 1.5, 2j, b'x', ...]\n",
		"class C:\n    def m(self):\n        try:\n            return (lambda: self)()\n        except E as e:\n            raise\n"} {
		c, err := compile.Compile("f.py", []byte(prog), compile.ExecMode)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(codecache.Encode(c, src, variant), false)
		f.Add(codecache.Body(codecache.Encode(c, src, variant)), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, body bool) {
		if body {
			// Past the checksum: the decoder proper.
			if c, err := codecache.DecodeBody(data); err == nil {
				codecache.Encode(c, src, variant)
			}
			return
		}
		codecache.Decode(data, src, variant)
	})
}

// runImport runs main (in dir, which is on sys.path) in a new interpreter
// with cache, and returns its output, stderr and code-cache counters.
func runImport(t *testing.T, dir, main string, cache codecache.Cache, noWrite bool) (string, string, vm.CodeCacheStats) {
	t.Helper()
	return runImportWith(t, dir, main, vm.Options{CodeCache: cache, DontWriteBytecode: noWrite})
}

// runImportWith is runImport with more options: the code cache and the
// standard library among them.
func runImportWith(t *testing.T, dir, main string, opts vm.Options) (string, string, vm.CodeCacheStats) {
	t.Helper()
	var out, errb bytes.Buffer
	opts.Stdout, opts.Stderr, opts.Argv, opts.Path, opts.FS = &out, &errb, []string{"main.py"}, []string{dir}, vm.HostFS{}
	in := vm.New(opts)
	in.RunMain(filepath.Join(dir, "main.py"), []byte(main))
	in.Flush()
	return out.String(), errb.String(), in.CodeCacheStats()
}

const cachedModule = `import sys
x = 1 is 1
def f():
    return g() + 1

def g():
    raise ValueError("in g")
`

const importMain = `import mod, sys
print(mod.__file__ == mod.f.__code__.co_filename, mod.__cached__.endswith("/__pycache__/mod.pyjit1-311.pyc"))
print(mod.g.__code__.co_firstlineno, mod.x)
try:
    import bad
except SyntaxError as e:
    print("SyntaxError", e.lineno, e.msg)
mod.f()
`

// TestImportUsesCache checks that a second import loads the module's code
// from __pycache__, that the module behaves the same (file names, line
// numbers, tracebacks) but for the compile-time warnings, which, as with
// CPython's .pyc files, are not issued again, and that editing the source
// makes the next import compile it again.
func TestImportUsesCache(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("mod.py", cachedModule)
	write("bad.py", "x = (\n")
	cache := &codecache.Dir{}
	out1, err1, st := runImport(t, dir, importMain, cache, false)
	if st != (vm.CodeCacheStats{Compiled: 1, Written: 1}) {
		t.Fatalf("first import: %+v\n%s%s", st, out1, err1)
	}
	if !strings.Contains(err1, `mod.py", line 7, in g`) || !strings.Contains(err1, "SyntaxWarning") ||
		!strings.HasPrefix(out1, "True True\n6 True\nSyntaxError") {
		t.Fatalf("unexpected output:\n%s%s", out1, err1)
	}
	if _, err := os.Stat(filepath.Join(dir, "__pycache__", "mod."+codecache.Tag+".pyc")); err != nil {
		t.Fatal(err)
	}
	out2, err2, st := runImport(t, dir, importMain, cache, false)
	if st != (vm.CodeCacheStats{Loaded: 1}) {
		t.Fatalf("second import: %+v", st)
	}
	if out2 != out1 || err2 != withoutWarnings(err1) {
		t.Fatalf("cached module behaves differently:\n%s%s\nfirst:\n%s%s", out2, err2, out1, err1)
	}
	write("mod.py", strings.Replace(cachedModule, "in g", "edited", 1))
	_, err3, st := runImport(t, dir, importMain, cache, false)
	if st != (vm.CodeCacheStats{Compiled: 1, Written: 1}) || !strings.Contains(err3, "ValueError: edited") {
		t.Fatalf("edited module: %+v\n%s", st, err3)
	}
}

// withoutWarnings is stderr without the warnings in it (a line
// "file:line: Category: message" and the source line after it).
func withoutWarnings(stderr string) string {
	var b strings.Builder
	lines := strings.SplitAfter(stderr, "\n")
	for i := 0; i < len(lines); i++ {
		if strings.Contains(lines[i], "Warning: ") && !strings.HasPrefix(lines[i], " ") {
			i++ // and its source line
			continue
		}
		b.WriteString(lines[i])
	}
	return b.String()
}

// TestDontWriteBytecode checks that -B (DontWriteBytecode) and
// sys.dont_write_bytecode stop writing but not reading.
func TestDontWriteBytecode(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mod.py"), []byte("y = 2\n"), 0o644)
	cache := &codecache.Dir{}
	if _, _, st := runImport(t, dir, "import mod\n", cache, true); st != (vm.CodeCacheStats{Compiled: 1}) {
		t.Fatalf("with DontWriteBytecode: %+v", st)
	}
	main := "import sys\nsys.dont_write_bytecode = True\nimport mod\n"
	if _, _, st := runImport(t, dir, main, cache, false); st != (vm.CodeCacheStats{Compiled: 1}) {
		t.Fatalf("with sys.dont_write_bytecode: %+v", st)
	}
	if _, err := os.Stat(filepath.Join(dir, "__pycache__")); err == nil {
		t.Fatal("__pycache__ written")
	}
	runImport(t, dir, "import mod\n", cache, false)
	if _, _, st := runImport(t, dir, "import mod\n", cache, true); st != (vm.CodeCacheStats{Loaded: 1}) {
		t.Fatalf("reading with DontWriteBytecode: %+v", st)
	}
}

// TestFallbackAndPrefix checks the cache of a source whose __pycache__
// cannot be written (it goes under Fallback) and the Prefix layout.
func TestFallbackAndPrefix(t *testing.T) {
	dir, fallback, prefix := t.TempDir(), t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(dir, "mod.py"), []byte("y = 2\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "__pycache__"), nil, 0o644) // not a directory
	cache := &codecache.Dir{Fallback: fallback}
	runImport(t, dir, "import mod\n", cache, false)
	if _, _, st := runImport(t, dir, "import mod\n", cache, false); st != (vm.CodeCacheStats{Loaded: 1}) {
		t.Fatalf("fallback: %+v", st)
	}
	if _, err := os.Stat(filepath.Join(fallback, dir, "mod."+codecache.Tag+".pyc")); err != nil {
		t.Fatal(err)
	}
	cache = &codecache.Dir{Prefix: prefix}
	out, _, _ := runImport(t, dir, "import mod\nprint(mod.__cached__)\n", cache, false)
	want := filepath.Join(prefix, dir, "mod."+codecache.Tag+".pyc")
	if out != want+"\n" {
		t.Fatalf("__cached__ %q, want %q", out, want)
	}
	if _, _, st := runImport(t, dir, "import mod\n", cache, false); st != (vm.CodeCacheStats{Loaded: 1}) {
		t.Fatalf("prefix: %+v", st)
	}
}

// TestMemoryCache checks the in-memory cache shared by interpreters.
func TestMemoryCache(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mod.py"), []byte(cachedModule), 0o644)
	var cache codecache.Memory
	out1, err1, _ := runImport(t, dir, "import mod\nmod.f()\n", &cache, false)
	out2, err2, st := runImport(t, dir, "import mod\nmod.f()\n", &cache, false)
	if st != (vm.CodeCacheStats{Loaded: 1}) || out1 != out2 || withoutWarnings(err1) != err2 {
		t.Fatalf("%+v\n%s%s\nfirst:\n%s%s", st, out2, err2, out1, err1)
	}
}

// TestBundledModules checks that pyjit's bundled modules, which have no
// file, are cached under the prefix.
func TestBundledModules(t *testing.T) {
	// pyjit's io.py imports abc from the standard library.
	lib, ok := stdlib.Find()
	if !ok {
		t.Skip("CPython's library is not installed")
	}
	dir, prefix := t.TempDir(), t.TempDir()
	opts := vm.Options{CodeCache: &codecache.Dir{Prefix: prefix}, Stdlib: os.DirFS(lib), StdlibDir: lib}
	const main = "import io\nprint(io.__file__, hasattr(io, '__cached__'))\n"
	out1, errOut, st := runImportWith(t, dir, main, opts)
	if st.Written == 0 || out1 != "<pyjit>/io.py False\n" {
		t.Fatalf("%+v %q %s", st, out1, errOut)
	}
	if _, err := os.Stat(filepath.Join(prefix, "@pyjit", "io."+codecache.Tag+".pyc")); err != nil {
		t.Fatal(err)
	}
	out2, _, st := runImportWith(t, dir, main, opts)
	if st.Loaded == 0 || st.Compiled != 0 || out2 != out1 {
		t.Fatalf("%+v %q", st, out2)
	}
}
