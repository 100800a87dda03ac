package backendtest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/jit/backend"
	"github.com/pyjit/pyjit/jit/ir"
)

// Golden compiles the hand-built traces with compile and compares the
// IR, the exit table and the code as disasm prints it with
// testdata/NAME.golden in the calling package's directory; with update it
// rewrites the files instead. Nothing is executed, so it runs on any host.
func Golden(t *testing.T, compile func(*ir.Trace, *backend.Options) (*backend.Code, error), disasm func([]byte) string, update bool) {
	t.Helper()
	cases := []struct {
		name  string
		trace *ir.Trace
		opts  *backend.Options
	}{
		{"sumloop", SumLoop(), nil},
		{"sumloop_poll", SumLoop(), &backend.Options{PollInterrupt: true}},
		{"floatloop", FloatLoop(), nil},
		{"midguard", MidGuard(), nil},
		{"midguard_spill", MidGuard(), &backend.Options{GPRegs: 1, FPRegs: 1}},
		{"allops", AllOps(), nil},
		{"allops_spill", AllOps(), &backend.Options{GPRegs: 2, FPRegs: 1}},
		{"pressure", Pressure(6), &backend.Options{GPRegs: 3, FPRegs: 3}},
		{"arrayloop", ArrayLoop(), nil},
		{"arrayloop_spill", ArrayLoop(), &backend.Options{GPRegs: 1, FPRegs: 1}},
		{"callloop", CallLoop(), nil},
		{"minmax", MinMax(), nil},
		{"minmax_spill", MinMax(), &backend.Options{GPRegs: 1, FPRegs: 1}},
		{"intops", IntOps(), nil},
		{"intops_spill", IntOps(), &backend.Options{GPRegs: 2, FPRegs: 1}},
	}
	for _, c := range cases {
		code, err := compile(c.trace, c.opts)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var sb strings.Builder
		sb.WriteString(c.trace.String())
		fmt.Fprintf(&sb, "--- %d bytes, %d instructions, %d spills\n", len(code.Bytes), code.Insts, code.Spills)
		for _, e := range code.Exits {
			fmt.Fprintf(&sb, "exit %d: %v at %04d snap#%d", e.Number, e.Kind, e.Inst, e.Snap)
			if e.Kind == backend.ExitCall {
				fmt.Fprintf(&sb, " resume %#x", e.Resume)
			}
			sb.WriteString("\n")
		}
		sb.WriteString(disasm(code.Bytes))
		path := filepath.Join("testdata", c.name+".golden")
		if update {
			if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if sb.String() != string(want) {
			t.Errorf("%s differs from %s:\n%s", c.name, path, sb.String())
		}
	}
}
