package arm64

import (
	"flag"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/jit/backend/backendtest"
	"github.com/pyjit/pyjit/jit/ir"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestSelectionGolden compiles the shared hand-built traces and compares
// the IR, the exit table and the disassembled code with
// testdata/NAME.golden. It runs on any host: nothing is executed.
func TestSelectionGolden(t *testing.T) {
	backendtest.Golden(t, Compile, Disasm, *update)
}

// TestCompileErrors checks the traces the compiler refuses.
func TestCompileErrors(t *testing.T) {
	bad := ir.NewBuilder(1)
	bad.LoadSlot(0, ir.Int)
	if _, err := Compile(bad.Trace(), nil); err == nil || !strings.Contains(err.Error(), "does not verify") {
		t.Errorf("unverified trace: %v", err)
	}
	// 250 slots and more live values than registers: the spills do not
	// fit in the exit buffer.
	big := backendtest.Pressure(124)
	if _, err := Compile(big, &Options{GPRegs: 1, FPRegs: 1}); err == nil || !strings.Contains(err.Error(), "exceed") {
		t.Errorf("too many spills: %v", err)
	}
}

// TestDeterministic checks that compiling twice, with one compiler,
// gives the same bytes.
func TestDeterministic(t *testing.T) {
	c := NewCompiler()
	a, err1 := c.Compile(backendtest.AllOps(), nil)
	b, err2 := c.Compile(backendtest.AllOps(), nil)
	if err1 != nil || err2 != nil || string(a.Bytes) != string(b.Bytes) {
		t.Errorf("two compiles differ: %v %v", err1, err2)
	}
}

func BenchmarkCompile(b *testing.B) {
	tr := backendtest.Pressure(40)
	c := NewCompiler()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := c.Compile(tr, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(tr.Insts)), "ns/IRinst")
}
