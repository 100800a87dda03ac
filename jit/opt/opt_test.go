package opt_test

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/opt"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// consts is a trace whose constant parts fold away.
func consts() *ir.Trace {
	b := ir.NewBuilder(3)
	x := b.LoadSlot(0, ir.Int)
	two, three := b.Int(2), b.Int(3)
	six := b.Op(ir.OpMulOv, two, three)
	b.Guard(ir.OpGuardNoOverflow, b.Snap(1), six)
	y := b.Op(ir.OpAdd, b.Op(ir.OpMul, x, b.Int(1)), b.Op(ir.OpSub, six, b.Int(6)))
	b.Guard(ir.OpGuardTrue, b.Snap(2, ir.S(0, y)), b.Op(ir.OpLt, two, six))
	b.Guard(ir.OpGuardEq, b.Snap(3), y, y)
	f := b.Op(ir.OpFMul, b.Op(ir.OpIntToFloat, six), b.Float(0.5))
	b.StoreSlot(1, f)
	b.StoreSlot(2, y)
	big := b.Op(ir.OpAddOv, b.Int(math.MaxInt64), b.Int(1))
	b.Guard(ir.OpGuardNoOverflow, b.Snap(4, ir.S(0, x)), big)
	b.Exit(b.Snap(5, ir.S(0, b.Op(ir.OpAdd, x, six))))
	return b.Trace()
}

// deadLoop is a loop with a loop-carried value nothing reads.
func deadLoop() *ir.Trace {
	b := ir.NewBuilder(2)
	i0 := b.LoadSlot(0, ir.Int)
	d0 := b.LoadSlot(1, ir.Float)
	b.Loop()
	i := b.Phi(i0)
	d := b.Phi(d0)
	d1 := b.Op(ir.OpFAdd, d, b.Float(1))
	_ = b.Op(ir.OpGt, i, b.Int(5))
	i1 := b.Op(ir.OpSub, i, b.Int(1))
	b.Guard(ir.OpGuardTrue, b.Snap(1, ir.S(0, i1)), b.Op(ir.OpGt, i1, b.Int(0)))
	b.Fuel(b.Snap(2, ir.S(0, i1)))
	b.SetPhi(i, i1)
	b.SetPhi(d, d1)
	return b.Trace()
}

func TestGolden(t *testing.T) {
	for name, tr := range map[string]*ir.Trace{"consts": consts(), "deadloop": deadLoop()} {
		if err := ir.Verify(tr); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		folded := opt.Fold(tr)
		dce := opt.DCE(folded)
		for _, x := range []*ir.Trace{folded, dce} {
			if err := ir.Verify(x); err != nil {
				t.Fatalf("%s: %v\n%s", name, err, x)
			}
		}
		got := tr.String() + "--- fold\n" + folded.String() + "--- dce\n" + dce.String()
		path := filepath.Join("testdata", name+".golden")
		if *update {
			os.WriteFile(path, []byte(got), 0o644)
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s differs:\n%s", name, got)
		}
		for _, in := range [][]uint64{{0, 0, 0}, {7, 1, 2}, {math.MaxInt64, 0, 0}} {
			sameResult(t, tr, dce, in)
		}
	}
}

// sameResult checks that a and b leave through snapshots with the same
// resume id and the same slots.
func sameResult(t *testing.T, a, b *ir.Trace, in []uint64) {
	t.Helper()
	run := func(tr *ir.Trace) (int, []uint64) {
		st := &ir.State{Slots: append([]uint64(nil), in[:tr.NumSlots]...), Fuel: 100}
		r, err := ir.Eval(tr, st)
		if err != nil {
			t.Fatal(err)
		}
		return tr.Snaps[tr.Insts[r].Snap].Resume, st.Slots
	}
	ra, sa := run(a)
	rb, sb := run(b)
	if ra != rb {
		t.Errorf("inputs %v: resume %d, optimized %d", in, ra, rb)
	}
	for i := range sa {
		if sa[i] != sb[i] {
			t.Errorf("inputs %v: slot %d %#x, optimized %#x", in, i, sa[i], sb[i])
		}
	}
}

// TestInputUnchanged checks that passes do not change their argument.
func TestInputUnchanged(t *testing.T) {
	tr := consts()
	before := tr.String()
	opt.Pipeline(tr)
	if tr.String() != before {
		t.Error("Pipeline changed its argument")
	}
}
