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
		if filepath.Base(rel) == "signal_handlers.py" {
			continue // raises signals that only the command line forwards
		}
		t.Run(filepath.Base(rel), func(t *testing.T) { runDecoded(t, root, rel) })
	}
}

func runDecoded(t *testing.T, root, rel string) {
	abs := filepath.Join(root, rel)
	src, err := os.ReadFile(abs)
	if err != nil {
		t.Fatal(err)
	}
	c, err := compile.Compile(abs, src, compile.ExecMode)
	if err != nil {
		t.Skip("does not compile")
	}
	c = roundTrip(t, rel, c, src)
	var out, errb bytes.Buffer
	opts := vm.Options{Stdout: &out, Stderr: &errb, Argv: []string{rel}, Path: []string{filepath.Dir(abs)}, FS: vm.HostFS{}}
	if dir, ok := stdlib.Find(); ok {
		opts.Stdlib, opts.StdlibDir = os.DirFS(dir), dir
	}
	in := vm.New(opts)
	specialize.Install(in)
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
		Positions: make([]code.Position, 1), Consts: []any{nil}}
	c := &code.Code{Name: "<module>", Filename: "x.py",
		Instrs:    []code.Instr{code.MakeInstr(code.LOAD_CONST, 9), code.MakeInstr(code.RETURN_CONST, 0)},
		Positions: []code.Position{{Line: 1, EndLine: 1, Col: 0, EndCol: 4}, {}},
		Consts: []any{nil, true, false, int64(-7), huge, big.NewInt(0), math.Inf(-1), math.Copysign(0, -1),
			complex(1.5, -2), "s\x00\xff", code.Bytes("b\x00"), code.Ellipsis{},
			code.Tuple{int64(1), code.Tuple{}, code.Tuple(nil), "k"}, inner, math.NaN()},
		Warnings: []code.Warning{{Line: 3, Msg: "\"is\" with a literal"}}}
	roundTrip(t, "constants", c, []byte("src"))
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
