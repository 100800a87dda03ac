package ir_test

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/jit/ir"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n--- got\n%s--- want\n%s", name, got, want)
	}
}

func sumLoop() *ir.Trace {
	b := ir.NewBuilder(3)
	i0 := b.LoadSlot(0, ir.Int)
	n := b.LoadSlot(1, ir.Int)
	s0 := b.LoadSlot(2, ir.Int)
	b.Loop()
	i := b.Phi(i0)
	s := b.Phi(s0)
	b.Guard(ir.OpGuardTrue, b.Snap(10, ir.S(2, s), ir.S(0, i)), b.Op(ir.OpLt, i, n))
	s1 := b.Op(ir.OpAddOv, s, i)
	b.Guard(ir.OpGuardNoOverflow, b.Snap(11, ir.S(0, i), ir.S(2, s)), s1)
	i1 := b.Op(ir.OpAdd, i, b.Int(1))
	b.Fuel(b.Snap(12, ir.S(0, i1), ir.S(2, s1)))
	b.SetPhi(i, i1)
	b.SetPhi(s, s1)
	return b.Trace()
}

func allOps() *ir.Trace {
	b := ir.NewBuilder(4)
	x := b.LoadSlot(0, ir.Int)
	f := b.LoadSlot(1, ir.Float)
	o := b.LoadSlot(2, ir.Object)
	tag := b.Load(o, 8, ir.Int)
	b.Guard(ir.OpGuardEq, b.Snap(1), tag, b.Int(42))
	cls := b.Load(o, -16, ir.Object)
	b.Guard(ir.OpGuardEq, b.Snap(2), cls, b.RefConst(0xc000123450))
	y := b.Op(ir.OpMulOv, b.Op(ir.OpSub, x, b.Int(-7)), x)
	b.Guard(ir.OpGuardNoOverflow, b.Snap(3, ir.S(0, x)), y)
	g := b.Op(ir.OpFDiv, b.Op(ir.OpFNeg, f), b.Op(ir.OpIntToFloat, y))
	c := b.Op(ir.OpAnd, b.Op(ir.OpFLe, g, b.Float(2.5)), b.Op(ir.OpNot, b.Bool(false)))
	b.Guard(ir.OpGuardFalse, b.Snap(4, ir.S(1, g), ir.S(3, c)), c)
	b.StoreSlot(1, g)
	b.StoreSlot(3, b.Op(ir.OpOr, c, b.Op(ir.OpNe, x, y)))
	b.Exit(b.Snap(5, ir.S(0, y)))
	return b.Trace()
}

func TestPrintGolden(t *testing.T) {
	for name, tr := range map[string]*ir.Trace{"sumloop": sumLoop(), "allops": allOps()} {
		if err := ir.Verify(tr); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		golden(t, name+".golden", tr.String())
	}
}

// TestVerifyRejects breaks a valid trace in one way per case and checks
// that Verify reports it.
func TestVerifyRejects(t *testing.T) {
	cases := []struct {
		name, want string
		mutate     func(tr *ir.Trace)
	}{
		{"use before def", "not defined before use", func(tr *ir.Trace) { tr.Insts[6].Args[1] = 7 }},
		{"operand out of range", "not defined before use", func(tr *ir.Trace) { tr.Insts[8].Args[0] = 99 }},
		{"void operand", "has no value", func(tr *ir.Trace) { tr.Insts[8].Args[0] = 3 }},
		{"operand type", "want int", func(tr *ir.Trace) { tr.Insts[8].Args[0] = 6 }},
		{"result type", "want bool", func(tr *ir.Trace) { tr.Insts[6].Type = ir.Int }},
		{"guard type", "want bool", func(tr *ir.Trace) { tr.Insts[7].Args[0] = 4 }},
		{"overflow guard apart", "does not follow", func(tr *ir.Trace) { tr.Insts[9].Args[0] = 11 }},
		{"missing snapshot", "snapshot 9 does not exist", func(tr *ir.Trace) { tr.Insts[7].Snap = 9 }},
		{"snapshot later value", "not defined before use", func(tr *ir.Trace) { tr.Snaps[0].Entries[0].Val = 8 }},
		{"snapshot slot order", "out of order", func(tr *ir.Trace) { tr.Snaps[1].Entries[1].Slot = 0 }},
		{"snapshot slot range", "out of order or range", func(tr *ir.Trace) { tr.Snaps[1].Entries[1].Slot = 3 }},
		{"slot range", "out of range", func(tr *ir.Trace) { tr.Insts[1].Aux = 5 }},
		{"phi init in loop", "defined in the loop", func(tr *ir.Trace) { tr.Insts[5].Args[0] = 4 }},
		{"phi unset", "not defined before use", func(tr *ir.Trace) { tr.Insts[5].Args[1] = ir.None }},
		{"phi type", "Phi of type int has a bool operand", func(tr *ir.Trace) { tr.Insts[5].Args[1] = 6 }},
		{"phi outside header", "Phi not in the block", func(tr *ir.Trace) { tr.Insts[10] = tr.Insts[4] }},
		{"no fuel", "no Fuel check", func(tr *ir.Trace) { tr.Insts[12] = ir.Inst{Op: ir.OpNop, Args: [2]ir.Ref{ir.None, ir.None}, Snap: -1} }},
		{"second loop", "second Loop", func(tr *ir.Trace) { tr.Insts[10] = tr.Insts[3] }},
		{"extra operand", "has an operand", func(tr *ir.Trace) { tr.Insts[0].Args[0] = 1 }},
		{"exit in loop", "Exit is not the end", func(tr *ir.Trace) { tr.Insts[12].Op = ir.OpExit }},
		{"no exit", "does not end with Exit", func(tr *ir.Trace) { tr.Insts = tr.Insts[:3] }},
	}
	for _, c := range cases {
		tr := sumLoop().Clone()
		c.mutate(tr)
		err := ir.Verify(tr)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Verify = %v, want %q\n%s", c.name, err, c.want, tr)
		}
	}
}

func TestEvalSumLoop(t *testing.T) {
	tr := sumLoop()
	for _, c := range []struct {
		in         []uint64
		fuel       int64
		exit       ir.Ref
		slot0, sum int64
	}{
		{[]uint64{0, 10, 0}, 100, 7, 10, 45},
		{[]uint64{0, 10, 0}, 4, 12, 4, 6},
		{[]uint64{1 << 62, 1<<62 + 5, 1 << 62}, 100, 9, 1 << 62, 1 << 62},
	} {
		st := &ir.State{Slots: c.in, Fuel: c.fuel}
		exit, err := ir.Eval(tr, st)
		if err != nil || exit != c.exit || int64(st.Slots[0]) != c.slot0 || int64(st.Slots[2]) != c.sum {
			t.Errorf("Eval(%v) = %d %v, slots %v", c.in, exit, err, st.Slots)
		}
	}
}

func TestArith(t *testing.T) {
	nan := math.Float64bits(math.NaN())
	one := math.Float64bits(1)
	for _, c := range []struct {
		op   ir.Op
		a, b uint64
		want uint64
		ov   bool
	}{
		{ir.OpAddOv, math.MaxInt64, 1, 1 << 63, true},
		{ir.OpSubOv, 1 << 63, 1, math.MaxInt64, true},
		{ir.OpMulOv, 1 << 32, 1 << 31, 1 << 63, true},
		{ir.OpMulOv, 1 << 63, 1, 1 << 63, false},
		{ir.OpMulOv, 1 << 63, ^uint64(0), 1 << 63, true},
		{ir.OpMulOv, ^uint64(0), ^uint64(0), 1, false},
		{ir.OpFLt, nan, one, 0, false},
		{ir.OpFNe, nan, nan, 1, false},
		{ir.OpFEq, nan, nan, 0, false},
		{ir.OpFNeg, 0, 0, 1 << 63, false},
		{ir.OpMin, 5, ^uint64(0), ^uint64(0), false},
		{ir.OpMax, 5, ^uint64(0), 5, false},
		{ir.OpFMin, nan, one, nan, false},
		{ir.OpFMin, one, nan, one, false},
		{ir.OpFMax, 0, 1 << 63, 0, false},
		{ir.OpFMin, 1 << 63, 0, 1 << 63, false},
	} {
		got, ov := ir.Arith(c.op, c.a, c.b)
		if got != c.want || ov != c.ov {
			t.Errorf("%v %#x %#x = %#x %v, want %#x %v", c.op, c.a, c.b, got, ov, c.want, c.ov)
		}
	}
}

// memTrace reads word i of an array, stores it doubled into word 0 and
// calls callout 3 on it; the call's snapshot holds the word read.
//
//	s0 array, s1 index, s2 result
func memTrace() *ir.Trace {
	b := ir.NewBuilder(3)
	arr := b.LoadSlot(0, ir.Object)
	i := b.LoadSlot(1, ir.Int)
	x := b.Load(b.Index(arr, i), 8, ir.Float)
	b.Store(arr, 0, b.Op(ir.OpFAdd, x, x))
	y := b.Call(3, ir.Float, b.Snap(1, ir.S(2, b.Load(arr, 0, ir.Int))), x, b.Float(2))
	b.Exit(b.Snap(2, ir.S(2, y)))
	return b.Trace()
}

// TestEvalMemoryAndCalls runs Index, Load, Store and Call through the
// State's functions, and a refused call through its snapshot.
func TestEvalMemoryAndCalls(t *testing.T) {
	mem := map[uint64]uint64{1000: 0, 1008: 0, 1016: math.Float64bits(1.5), 1024: math.Float64bits(2.5)}
	st := &ir.State{
		Slots: []uint64{1000, 1},
		Load:  func(ref uint64, off int64) uint64 { return mem[ref+uint64(off)] },
		Store: func(ref uint64, off int64, w uint64) { mem[ref+uint64(off)] = w },
		Call: func(fn int64, a, b uint64) (uint64, bool) {
			x := math.Float64frombits(a)
			return math.Float64bits(x * math.Float64frombits(b) * float64(fn)), x < 2
		},
	}
	st.Slots = append(st.Slots, 0)
	tr := memTrace()
	if _, err := ir.Eval(tr, st); err != nil {
		t.Fatal(err)
	}
	if got := math.Float64frombits(st.Slots[2]); got != 9 || math.Float64frombits(mem[1000]) != 3 {
		t.Errorf("call result %v, stored %v; want 9 and 3", got, math.Float64frombits(mem[1000]))
	}
	st.Slots = []uint64{1000, 2, 0}
	r, err := ir.Eval(tr, st)
	if err != nil || tr.Insts[r].Op != ir.OpCall || st.Slots[2] != math.Float64bits(5) {
		t.Errorf("refused call: exit %v (%v), slot %#x", r, err, st.Slots[2])
	}
	bad := memTrace()
	bad.Insts[5].Args[1] = 0 // a ref stored
	if err := ir.Verify(bad); err == nil || !strings.Contains(err.Error(), "Store of a ref") {
		t.Errorf("Store of a ref: %v", err)
	}
	bad = memTrace()
	bad.Insts[7].Op, bad.Insts[7].Type, bad.Insts[7].Aux = ir.OpConstBool, ir.Bool, 1 // a bool passed to a call
	if err := ir.Verify(bad); err == nil || !strings.Contains(err.Error(), "Call with a bool") {
		t.Errorf("Call with a bool: %v", err)
	}
	ok := memTrace()
	ok.Insts[8].Args[0] = 0 // a ref passed to a call (an object a callout reads)
	if err := ir.Verify(ok); err != nil {
		t.Errorf("Call with a ref: %v", err)
	}
}
