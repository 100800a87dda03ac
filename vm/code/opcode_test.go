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

// TestStackReads checks how deep instructions read below the top of the
// stack, as the interpreter's handlers index it.
func TestStackReads(t *testing.T) {
	for _, c := range []struct {
		op        Opcode
		arg, want int
	}{
		{LOAD_FAST, 0, 0},
		{POP_TOP, 0, 1},
		{BINARY_OP, 0, 2},
		{COPY, 3, 3},
		{SWAP, 2, 2},
		{CALL, 2, 4},             // NULL or self, the callable, two arguments
		{CALL_FUNCTION_EX, 1, 4}, // NULL, the callable, args, kwargs
		{MAKE_FUNCTION, 0b1001, 3},
		{BUILD_MAP, 2, 4},
		{BUILD_CONST_KEY_MAP, 2, 3},
		{LIST_APPEND, 2, 3}, // the list two items below the appended value
		{MAP_ADD, 2, 4},
		{DICT_MERGE, 1, 4}, // the callable two below the dict
		{WITH_EXCEPT_START, 0, 3},
		{FOR_ITER, 10, 1},
		{UNPACK_SEQUENCE, 3, 1},
		{CALL_PY_EXACT_ARGS, 1, 3}, // specialized forms read as their family
	} {
		if got := StackReads(c.op, c.arg); got != c.want {
			t.Errorf("%s %d reads %d values, want %d", c.op, c.arg, got, c.want)
		}
	}
}
