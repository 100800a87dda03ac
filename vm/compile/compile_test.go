package compile

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/vm/code"
)

var update = flag.Bool("update", false, "rewrite golden bytecode files")

// TestGoldenBytecode compiles each testdata/*.py and compares the
// disassembly with testdata/*.dis (regenerate with -update).
func TestGoldenBytecode(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata programs")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		co, err := Compile(filepath.Base(f), src, ExecMode)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var b bytes.Buffer
		code.Disassemble(&b, co)
		golden := strings.TrimSuffix(f, ".py") + ".dis"
		if *update {
			os.WriteFile(golden, b.Bytes(), 0o644)
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%s: %v (run go test ./vm/compile -update)", f, err)
		}
		if b.String() != string(want) {
			t.Errorf("%s: bytecode differs from %s\n--- got\n%s", f, golden, b.String())
		}
	}
}

// TestStackDepth checks the computed stack size on nested expressions.
func TestStackDepth(t *testing.T) {
	co, err := Compile("t.py", []byte("x = f(a, g(b, c, h(d)), *e)\n"), ExecMode)
	if err != nil {
		t.Fatal(err)
	}
	if co.StackSize < 9 || co.StackSize > 14 {
		t.Errorf("stack size %d out of expected range", co.StackSize)
	}
}

// TestOpcodeTable checks that every opcode has a name and a stack effect.
func TestOpcodeTable(t *testing.T) {
	for op := 0; op < code.NumOpcodes; op++ {
		o := code.Opcode(op)
		if strings.HasPrefix(o.String(), "<") {
			t.Errorf("opcode %d has no name", op)
		}
		_ = code.StackEffect(o, 1, false)
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct{ src, msg string }{
		{"return 1\n", "'return' outside function"},
		{"break\n", "'break' outside loop"},
		{"def f():\n    continue\n", "'continue' not properly in loop"},
		{"yield 1\n", "'yield' outside function"},
		{"def f():\n    await x\n", "'await' outside async function"},
		{"f(a=1, a=2)\n", "keyword argument repeated: a"},
		{"a, *b, *c = x\n", "multiple starred expressions in assignment"},
	}
	for _, tt := range tests {
		_, err := Compile("t.py", []byte(tt.src), ExecMode)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%q: got %v, want %q", tt.src, err, tt.msg)
		}
	}
}

// FuzzCompile checks that parsing, resolving and compiling never panic.
func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob("../../tests/conformance/*.py")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		Compile("fuzz.py", src, ExecMode)
	})
}
