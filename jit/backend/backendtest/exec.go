package backendtest

import (
	"math"
	"math/rand"
	"testing"
	"unsafe"

	"github.com/pyjit/pyjit/cache"
	"github.com/pyjit/pyjit/jit/backend"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/opt"
)

// Run runs the tests of compiled code on backend b, which must be the
// machine's own: each a subtest.
func Run(t *testing.T, b *backend.Backend) {
	for _, c := range []struct {
		name string
		fn   func(*testing.T, *backend.Backend)
	}{
		{"SumLoop", testSumLoop},
		{"SumLoopOverflow", testSumLoopOverflow},
		{"FloatLoop", testFloatLoop},
		{"MidGuard", testMidGuard},
		{"FuelResume", testFuelResume},
		{"Interrupt", testInterrupt},
		{"Pressure", testPressure},
		{"RandomDifferential", testRandomDifferential},
		{"Loads", testLoads},
		{"ArrayLoop", testArrayLoop},
		{"CallLoop", testCallLoop},
		{"MinMax", testMinMax},
		{"IntOps", testIntOps},
	} {
		t.Run(c.name, func(t *testing.T) { c.fn(t, b) })
	}
}

func uintptrOf(p *uint32) uintptr { return uintptr(unsafe.Pointer(p)) }

func uintptrOf64(p *uint64) uintptr { return uintptr(unsafe.Pointer(p)) }

// runner places compiled code in executable memory and runs it.
type runner struct {
	mem *cache.Memory
	ctx *cache.Context
}

func newRunner(t *testing.T) *runner {
	m := cache.NewMemory(0)
	t.Cleanup(func() { m.Close() })
	return &runner{mem: m, ctx: new(cache.Context)}
}

func (r *runner) place(t *testing.T, code *backend.Code) uintptr {
	t.Helper()
	blk, err := r.mem.Place(code.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return blk.Addr()
}

// run enters code with the slots and fuel, and returns the exit number
// and the slots after it.
func (r *runner) run(entry uintptr, slots []uint64, fuel int64) (uint64, []uint64) {
	r.ctx.Fuel = fuel
	copy(r.ctx.Buf[:], slots)
	n := cache.Enter(entry, r.ctx)
	return n, append([]uint64(nil), r.ctx.Buf[:len(slots)]...)
}

func compile(t *testing.T, b *backend.Backend, tr *ir.Trace, opts *backend.Options) *backend.Code {
	t.Helper()
	code, err := b.NewCompiler().Compile(tr, opts)
	if err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	return code
}

func testSumLoop(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	tr := SumLoop()
	code := compile(t, b, tr, nil)
	entry := r.place(t, code)
	exit, slots := r.run(entry, []uint64{0, 1000, 0}, 1<<40)
	if e := code.Exit(exit); e == nil || e.Kind != backend.ExitGuard || e.Snap != 0 {
		t.Fatalf("exit %d (%+v), want the loop's end", exit, e)
	}
	if slots[0] != 1000 || slots[2] != 999*1000/2 {
		t.Errorf("slots %v", slots)
	}
}

func testSumLoopOverflow(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	tr := SumLoop()
	code := compile(t, b, tr, nil)
	entry := r.place(t, code)
	start := int64(1) << 62
	exit, slots := r.run(entry, []uint64{uint64(start), uint64(start + 10), 0}, 1<<40)
	e := code.Exit(exit)
	if e == nil || tr.Insts[e.Inst].Op != ir.OpGuardNoOverflow {
		t.Fatalf("exit %d (%+v), want the overflow guard", exit, e)
	}
	// s = 2^62 after the first step; adding 2^62+1 overflows: the
	// snapshot holds the values before that addition.
	if int64(slots[0]) != start+1 || int64(slots[2]) != start {
		t.Errorf("slots %d %d, want i=%d sum=%d", int64(slots[0]), int64(slots[2]), start+1, start)
	}
	checkEval(t, tr, []uint64{uint64(start), uint64(start + 10), 0}, 1<<40, exit, code, slots)
}

// checkEval runs the trace under ir.Eval and compares exit and slots.
func checkEval(t *testing.T, tr *ir.Trace, in []uint64, fuel int64, exit uint64, code *backend.Code, got []uint64) {
	t.Helper()
	st := &ir.State{Slots: append([]uint64(nil), in...), Fuel: fuel}
	ref, err := ir.Eval(tr, st)
	if err != nil {
		t.Fatal(err)
	}
	if e := code.Exit(exit); e == nil || e.Inst != ref {
		t.Fatalf("native exit %d (%+v), Eval left at %d", exit, e, ref)
	}
	for i := range st.Slots {
		if st.Slots[i] != got[i] {
			t.Fatalf("slot %d: native %#x, Eval %#x\n%s", i, got[i], st.Slots[i], tr)
		}
	}
}

func testFloatLoop(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	tr := FloatLoop()
	code := compile(t, b, tr, nil)
	entry := r.place(t, code)
	x, a, bb := 0.25, 0.999, 0.125
	in := []uint64{F2u(x), 500, F2u(a), F2u(bb)}
	exit, slots := r.run(entry, in, 1<<40)
	for k := 0; k < 500; k++ {
		x = x*a + bb
	}
	if U2f(slots[0]) != x || slots[1] != 0 {
		t.Errorf("x = %v k = %d, want %v 0", U2f(slots[0]), slots[1], x)
	}
	checkEval(t, tr, in, 1<<40, exit, code, slots)
}

func testMidGuard(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	tr := MidGuard()
	code := compile(t, b, tr, nil)
	entry := r.place(t, code)
	for _, c := range []struct {
		x, lim int64
		exit   backend.ExitKind
		s2     uint64
		s3     uint64
	}{
		{5, 100, backend.ExitEnd, 16, 7},
		{50, 100, backend.ExitGuard, 150, F2u(0.5)},
	} {
		in := []uint64{uint64(c.x), uint64(c.lim), 0, 7}
		exit, slots := r.run(entry, in, 1)
		if e := code.Exit(exit); e == nil || e.Kind != c.exit || slots[2] != c.s2 || slots[3] != c.s3 {
			t.Errorf("x=%d: exit %+v slots %v", c.x, code.Exit(exit), slots)
		}
		checkEval(t, tr, in, 1, exit, code, slots)
	}
}

// interruptWord is the word the context's Interrupt field points to in
// the tests: a package variable, so it never moves.
var interruptWord uint32

// TestFuelResume runs the sum loop with little fuel, re-entering at the
// start with the restored slots after each fuel exit, and checks the
// result matches an uninterrupted run.
func testFuelResume(t *testing.T, b *backend.Backend) {
	for _, poll := range []bool{false, true} {
		r := newRunner(t)
		interruptWord = 0
		if poll {
			r.ctx.Interrupt = uintptrOf(&interruptWord)
		}
		code := compile(t, b, SumLoop(), &backend.Options{PollInterrupt: poll})
		entry := r.place(t, code)
		slots := []uint64{0, 100000, 0}
		fuelExits := 0
		for {
			exit, out := r.run(entry, slots, 777)
			slots = out
			e := code.Exit(exit)
			if e.Kind != backend.ExitFuel {
				break
			}
			fuelExits++
		}
		if slots[0] != 100000 || slots[2] != 99999*100000/2 {
			t.Errorf("slots %v", slots)
		}
		if fuelExits != 100000/776 {
			t.Errorf("%d fuel exits", fuelExits)
		}
	}
}

func testInterrupt(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	interruptWord = 1
	r.ctx.Interrupt = uintptrOf(&interruptWord)
	code := compile(t, b, SumLoop(), &backend.Options{PollInterrupt: true})
	entry := r.place(t, code)
	exit, slots := r.run(entry, []uint64{0, 100, 0}, 1<<40)
	if e := code.Exit(exit); e.Kind != backend.ExitFuel || slots[0] != 1 {
		t.Errorf("exit %+v slots %v, want the first back-edge", e, slots)
	}
}

func testPressure(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	for _, n := range []int{4, 12, 20, 40} {
		for _, opts := range []*backend.Options{nil, {GPRegs: 2, FPRegs: 2}} {
			tr := Pressure(n)
			code := compile(t, b, tr, opts)
			if n >= 20 && code.Spills == 0 {
				t.Errorf("n=%d: no spills", n)
			}
			entry := r.place(t, code)
			in := make([]uint64, 2*n+2)
			for k := 0; k < n; k++ {
				in[k] = uint64(k*k + 3)
				in[n+k] = F2u(float64(k) / 3)
			}
			exit, slots := r.run(entry, in, 1)
			checkEval(t, tr, in, 1, exit, code, slots)
		}
	}
}

// TestRandomDifferential compiles random straight-line traces and
// loops, before and after optimization and with few or all registers,
// runs them natively and compares exits and slots with ir.Eval of the
// original.
func testRandomDifferential(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	rng := rand.New(rand.NewSource(1))
	c := b.NewCompiler()
	cases := 3000
	if testing.Short() {
		cases = 300
	}
	for n := 0; n < cases; n++ {
		nslots := 2 + rng.Intn(12)
		var tr *ir.Trace
		if n%2 == 0 {
			tr = RandomTrace(rng, nslots, 5+rng.Intn(60))
		} else {
			tr = RandomLoop(rng, nslots, 3+rng.Intn(30))
		}
		if err := ir.Verify(tr); err != nil {
			t.Fatalf("random trace does not verify: %v\n%s", err, tr)
		}
		for vi, v := range []*ir.Trace{tr, opt.Pipeline(tr)} {
			opts := &backend.Options{}
			if n%3 == 1 {
				opts = &backend.Options{GPRegs: 1 + rng.Intn(3), FPRegs: 1 + rng.Intn(3)}
			}
			code, err := c.Compile(v, opts)
			if err != nil {
				t.Fatalf("case %d variant %d: %v\n%s", n, vi, err, v)
			}
			blk, err := r.mem.Place(code.Bytes)
			if err != nil {
				t.Fatal(err)
			}
			for k := 0; k < 3; k++ {
				in := RandomInputs(rng, nslots)
				fuel := int64(1 + rng.Intn(20))
				st := &ir.State{Slots: append([]uint64(nil), in...), Fuel: fuel}
				ref, err := ir.Eval(tr, st)
				if err != nil {
					t.Fatal(err)
				}
				exit, got := r.run(blk.Addr(), in, fuel)
				e := code.Exit(exit)
				if e == nil || v.Snaps[e.Snap].Resume != tr.Snaps[tr.Insts[ref].Snap].Resume {
					t.Fatalf("case %d variant %d inputs %x fuel %d: native exit %+v, Eval left at %d\n%s\n%s", n, vi, in, fuel, e, ref, v, b.Disasm(code.Bytes))
				}
				for s := range got {
					if got[s] != st.Slots[s] {
						t.Fatalf("case %d variant %d inputs %x fuel %d: slot %d native %#x, Eval %#x\n%s\n%s", n, vi, in, fuel, s, got[s], st.Slots[s], v, b.Disasm(code.Bytes))
					}
				}
			}
			r.mem.Free(blk)
		}
	}
}

// loadObject is the object TestLoads reads natively: a package variable,
// so it never moves and the compiler keeps every store to it.
var loadObject [4]uint64

// TestLoads runs allOps on an object made of Go words: the loads at
// offsets from the reference read them.
func testLoads(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	tr := AllOps()
	obj := &loadObject
	obj[0], obj[3] = 0xc000123450, 42
	ref := uint64(uintptrOf64(&obj[2]))
	load := func(ref uint64, off int64) uint64 {
		return obj[2+off/8]
	}
	for _, opts := range []*backend.Options{nil, {GPRegs: 2, FPRegs: 1}} {
		code := compile(t, b, tr, opts)
		entry := r.place(t, code)
		for _, in := range [][]uint64{
			{3, F2u(1.5), ref, 0},
			{1 << 40, F2u(-2), ref, 0},
			{uint64(1<<63 - 1), F2u(0.25), ref, 0},
			{1 << 31, F2u(100), ref, 0},
		} {
			st := &ir.State{Slots: append([]uint64(nil), in...), Load: load}
			want, err := ir.Eval(tr, st)
			if err != nil {
				t.Fatal(err)
			}
			exit, got := r.run(entry, in, 1)
			if e := code.Exit(exit); e == nil || e.Inst != want {
				t.Fatalf("inputs %x: exit %+v, Eval left at %d", in, e, want)
			}
			for s := range got {
				if got[s] != st.Slots[s] {
					t.Errorf("inputs %x: slot %d native %#x, Eval %#x", in, s, got[s], st.Slots[s])
				}
			}
		}
		obj[3] = 41
		if exit, _ := r.run(entry, []uint64{1, 0, ref, 0}, 1); exit != 1 {
			t.Errorf("type-tag guard: exit %d, want 1", exit)
		}
		obj[3] = 42
	}
}

// arrayObject is the array TestArrayLoop reads and writes natively; word
// 0 is the int the trace checks at index -1.
var arrayObject [9]uint64

// TestArrayLoop runs arrayLoop over Go memory, with all and with few
// registers and with fuel that runs out midway, against ir.Eval on a
// copy of the array.
func testArrayLoop(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	tr := ArrayLoop()
	base := uint64(uintptrOf64(&arrayObject[1]))
	for _, opts := range []*backend.Options{nil, {GPRegs: 1, FPRegs: 1}} {
		code := compile(t, b, tr, opts)
		entry := r.place(t, code)
		for _, fuel := range []int64{1, 3, 100} {
			var model [9]uint64
			reset := func(a *[9]uint64) {
				a[0] = 7
				for k := 1; k < 9; k++ {
					a[k] = F2u(float64(k) / 4)
				}
			}
			reset(&arrayObject)
			reset(&model)
			st := &ir.State{Slots: []uint64{base, 8, 0, F2u(0.5)}, Fuel: fuel,
				Load:  func(ref uint64, off int64) uint64 { return model[int64(ref-base+8)/8+off/8] },
				Store: func(ref uint64, off int64, w uint64) { model[int64(ref-base+8)/8+off/8] = w },
			}
			want, err := ir.Eval(tr, st)
			if err != nil {
				t.Fatal(err)
			}
			exit, got := r.run(entry, []uint64{base, 8, 0, F2u(0.5)}, fuel)
			if e := code.Exit(exit); e == nil || e.Inst != want {
				t.Fatalf("fuel %d: exit %+v, Eval left at %d", fuel, e, want)
			}
			for s := range got {
				if got[s] != st.Slots[s] {
					t.Errorf("fuel %d: slot %d native %#x, Eval %#x", fuel, s, got[s], st.Slots[s])
				}
			}
			if arrayObject != model {
				t.Errorf("fuel %d: array native %x, Eval %x", fuel, arrayObject, model)
			}
		}
		arrayObject[0] = 8
		if exit, _ := r.run(entry, []uint64{base, 8, 0, 0}, 100); exit != 2 {
			t.Errorf("guard on word -1: exit %d, want 2", exit)
		}
		arrayObject[0] = 7
	}
}

// TestCallLoop runs callLoop with Go answering its calls (the square
// root of the operand, refused for 7): the code resumes after each call
// with every value it keeps in memory intact, and a refused call leaves
// through the call's snapshot. Fuel runs out midway for some entries.
func testCallLoop(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	tr := CallLoop()
	callout := func(fn int64, a, b uint64) (uint64, bool) {
		x := U2f(a)
		if fn != 1 || x == 7 {
			return 0, false
		}
		return F2u(math.Pow(x, U2f(b))), true
	}
	for _, opts := range []*backend.Options{nil, {GPRegs: 2, FPRegs: 2}} {
		code := compile(t, b, tr, opts)
		entry := r.place(t, code)
		for _, c := range []struct {
			n, fuel int64
		}{{5, 100}, {20, 100}, {20, 3}, {0, 10}} {
			in := []uint64{0, F2u(0.25), uint64(c.n)}
			st := &ir.State{Slots: append([]uint64(nil), in...), Fuel: c.fuel, Call: callout}
			want, err := ir.Eval(tr, st)
			if err != nil {
				t.Fatal(err)
			}
			r.ctx.Fuel = c.fuel
			copy(r.ctx.Buf[:], in)
			exit := cache.Enter(entry, r.ctx)
			for {
				e := code.Exit(exit)
				if e == nil || e.Kind != backend.ExitCall {
					break
				}
				w, ok := callout(tr.Insts[e.Inst].Aux, r.ctx.Scratch[0], r.ctx.Scratch[1])
				if !ok {
					break
				}
				r.ctx.Scratch[2] = w
				exit = cache.Enter(entry+uintptr(e.Resume), r.ctx)
			}
			if e := code.Exit(exit); e == nil || e.Inst != want {
				t.Fatalf("n %d fuel %d: exit %+v, Eval left at %d", c.n, c.fuel, e, want)
			}
			for s := range in {
				if r.ctx.Buf[s] != st.Slots[s] {
					t.Errorf("n %d fuel %d: slot %d native %#x, Eval %#x", c.n, c.fuel, s, r.ctx.Buf[s], st.Slots[s])
				}
			}
		}
	}
}

// TestMinMax runs minMax on ties, signed zeros, NaNs and infinities
// against ir.Eval.
func testMinMax(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	tr := MinMax()
	nan, inf := math.NaN(), math.Inf(1)
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, nan, inf, -inf}
	for _, opts := range []*backend.Options{nil, {GPRegs: 1, FPRegs: 1}} {
		entry := r.place(t, compile(t, b, tr, opts))
		for _, ints := range [][2]int64{{1, 2}, {2, 1}, {-3, -3}, {-5, 7}, {math.MinInt64, math.MaxInt64}} {
			for _, f := range fs {
				for _, g := range fs {
					in := []uint64{uint64(ints[0]), uint64(ints[1]), F2u(f), F2u(g)}
					st := &ir.State{Slots: append([]uint64(nil), in...)}
					if _, err := ir.Eval(tr, st); err != nil {
						t.Fatal(err)
					}
					_, got := r.run(entry, in, 1)
					for s := range got {
						if got[s] != st.Slots[s] {
							t.Errorf("inputs %v %v %v: slot %d native %#x, Eval %#x", ints, f, g, s, got[s], st.Slots[s])
						}
					}
				}
			}
		}
	}
}

// testIntOps runs IntOps on signs both ways, zero and -1 divisors and the
// extremes against ir.Eval, with all registers and with two.
func testIntOps(t *testing.T, b *backend.Backend) {
	r := newRunner(t)
	tr := IntOps()
	vals := []int64{0, 1, -1, 2, -2, 7, -7, 13, -13, 1000, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	for _, opts := range []*backend.Options{nil, {GPRegs: 2, FPRegs: 1}, {GPRegs: 1, FPRegs: 1}} {
		entry := r.place(t, compile(t, b, tr, opts))
		for _, x := range vals {
			for _, y := range vals {
				in := []uint64{uint64(x), uint64(y), 0, 0, 0, 0, 0}
				st := &ir.State{Slots: append([]uint64(nil), in...)}
				if _, err := ir.Eval(tr, st); err != nil {
					t.Fatal(err)
				}
				_, got := r.run(entry, in, 1)
				for s := range got {
					if got[s] != st.Slots[s] {
						t.Errorf("opts %v: %d, %d: slot %d native %d, Eval %d", opts, x, y, s, int64(got[s]), int64(st.Slots[s]))
					}
				}
			}
		}
	}
}
