package code

import (
	"os"
	"strings"
	"testing"
)

// TestBytecodeDoc checks that docs/bytecode.md documents every opcode.
func TestBytecodeDoc(t *testing.T) {
	doc, err := os.ReadFile("../../docs/bytecode.md")
	if err != nil {
		t.Fatal(err)
	}
	for op := 0; op < NumOpcodes; op++ {
		name := Opcode(op).String()
		if !strings.Contains(string(doc), "| "+name+" |") {
			t.Errorf("docs/bytecode.md does not document %s", name)
		}
	}
}

func TestInstrEncoding(t *testing.T) {
	in := MakeInstr(CALL, 1<<20)
	if in.Op() != CALL || in.Arg() != 1<<20 {
		t.Errorf("round trip: %s %d", in.Op(), in.Arg())
	}
}

func TestFloatRepr(t *testing.T) {
	tests := map[float64]string{
		1: "1.0", 0.1: "0.1", 1e16: "1e+16", 1e15: "1000000000000000.0", 1.5e-5: "1.5e-05",
		0.0001: "0.0001", 123456789.0: "123456789.0", -2.5: "-2.5", 1e300 * 10: "1e+301",
	}
	for f, want := range tests {
		if got := FloatRepr(f); got != want {
			t.Errorf("FloatRepr(%v) = %s, want %s", f, got, want)
		}
	}
}
