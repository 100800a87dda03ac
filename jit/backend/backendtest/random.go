package backendtest

import (
	"math"
	"math/rand"

	"github.com/pyjit/pyjit/jit/ir"
)

// rgen emits random operations over a pool of values of each type.
type rgen struct {
	rng                 *rand.Rand
	b                   *ir.Builder
	nslots              int
	ints, floats, bools []ir.Ref
	resume              int
}

func (g *rgen) add(r ir.Ref, t ir.Type) ir.Ref {
	switch t {
	case ir.Int:
		g.ints = append(g.ints, r)
	case ir.Float:
		g.floats = append(g.floats, r)
	case ir.Bool:
		g.bools = append(g.bools, r)
	}
	return r
}

func (g *rgen) pick(rs []ir.Ref) ir.Ref { return rs[g.rng.Intn(len(rs))] }

// isInt reports whether slot s holds ints (the first half) or floats.
func (g *rgen) isInt(s int) bool { return s < g.nslots/2 }

// loads reads about two thirds of the slots and adds a constant of each
// number type.
func (g *rgen) loads() {
	for s := 0; s < g.nslots; s++ {
		if g.rng.Intn(3) > 0 {
			if g.isInt(s) {
				g.add(g.b.LoadSlot(s, ir.Int), ir.Int)
			} else {
				g.add(g.b.LoadSlot(s, ir.Float), ir.Float)
			}
		}
	}
	g.add(g.b.Int(randInt(g.rng)), ir.Int)
	g.add(g.b.Float(randFloat(g.rng)), ir.Float)
}

// snap adds a snapshot of random values for random slots, with a resume
// id of its own.
func (g *rgen) snap() int32 {
	g.resume++
	var es []ir.SnapEntry
	for s := 0; s < g.nslots; s++ {
		if g.rng.Intn(2) == 0 {
			continue
		}
		if g.isInt(s) {
			es = append(es, ir.S(s, g.pick(g.ints)))
		} else {
			es = append(es, ir.S(s, g.pick(g.floats)))
		}
	}
	return g.b.Snap(g.resume, es...)
}

var (
	rIntOps  = []ir.Op{ir.OpAdd, ir.OpSub, ir.OpMul, ir.OpAddOv, ir.OpSubOv, ir.OpMulOv, ir.OpMin, ir.OpMax, ir.OpBitAnd, ir.OpBitOr, ir.OpBitXor, ir.OpFloorDiv, ir.OpFloorMod}
	rCmpOps  = []ir.Op{ir.OpLt, ir.OpLe, ir.OpGt, ir.OpGe, ir.OpEq, ir.OpNe}
	rFOps    = []ir.Op{ir.OpFAdd, ir.OpFSub, ir.OpFMul, ir.OpFDiv, ir.OpFMin, ir.OpFMax}
	rFCmpOps = []ir.Op{ir.OpFLt, ir.OpFLe, ir.OpFGt, ir.OpFGe, ir.OpFEq, ir.OpFNe}
)

// step emits one random operation, guard or store.
func (g *rgen) step() {
	b, rng := g.b, g.rng
	switch rng.Intn(14) {
	case 0:
		g.add(b.Int(randInt(rng)), ir.Int)
	case 1:
		g.add(b.Float(randFloat(rng)), ir.Float)
	case 2, 3:
		op := rIntOps[rng.Intn(len(rIntOps))]
		r := g.add(b.Op(op, g.pick(g.ints), g.pick(g.ints)), ir.Int)
		if op.IsOverflow() && rng.Intn(3) > 0 {
			b.Guard(ir.OpGuardNoOverflow, g.snap(), r)
		}
	case 4:
		g.add(b.Op(rCmpOps[rng.Intn(len(rCmpOps))], g.pick(g.ints), g.pick(g.ints)), ir.Bool)
	case 5, 6:
		g.add(b.Op(rFOps[rng.Intn(len(rFOps))], g.pick(g.floats), g.pick(g.floats)), ir.Float)
	case 7:
		g.add(b.Op(rFCmpOps[rng.Intn(len(rFCmpOps))], g.pick(g.floats), g.pick(g.floats)), ir.Bool)
	case 8:
		switch rng.Intn(3) {
		case 0:
			g.add(b.Op(ir.OpFNeg, g.pick(g.floats)), ir.Float)
		case 1:
			g.add(b.Op(ir.OpFSqrt, g.pick(g.floats)), ir.Float)
		default:
			g.add(b.Op(ir.OpIntToFloat, g.pick(g.ints)), ir.Float)
		}
	case 9:
		if len(g.bools) == 0 {
			g.add(b.Bool(rng.Intn(2) == 0), ir.Bool)
			return
		}
		switch rng.Intn(3) {
		case 0:
			g.add(b.Op(ir.OpNot, g.pick(g.bools)), ir.Bool)
		case 1:
			g.add(b.Op(ir.OpAnd, g.pick(g.bools), g.pick(g.bools)), ir.Bool)
		default:
			g.add(b.Op(ir.OpOr, g.pick(g.bools), g.pick(g.bools)), ir.Bool)
		}
	case 10:
		if len(g.bools) > 0 && rng.Intn(4) == 0 {
			op := ir.OpGuardTrue
			if rng.Intn(2) == 0 {
				op = ir.OpGuardFalse
			}
			b.Guard(op, g.snap(), g.pick(g.bools))
		}
	case 11:
		if rng.Intn(6) == 0 {
			b.Guard(ir.OpGuardEq, g.snap(), g.pick(g.ints), g.pick(g.ints))
		}
	case 12:
		s := rng.Intn(g.nslots)
		if g.isInt(s) {
			b.StoreSlot(s, g.pick(g.ints))
		} else {
			b.StoreSlot(s, g.pick(g.floats))
		}
	case 13:
		g.add(b.Op(ir.OpAdd, g.pick(g.ints), b.Int(int64(rng.Intn(5)))), ir.Int)
	}
}

// RandomTrace builds a straight-line trace of ninsts random operations
// over nslots slots (the first half ints, the rest floats), ending with
// an exit.
func RandomTrace(rng *rand.Rand, nslots, ninsts int) *ir.Trace {
	g := &rgen{rng: rng, b: ir.NewBuilder(nslots), nslots: nslots}
	g.loads()
	for k := 0; k < ninsts; k++ {
		g.step()
	}
	g.b.Exit(g.snap())
	return g.b.Trace()
}

// RandomLoop builds a loop: Phis for some of the values loaded before
// it, a body of ninsts random operations, a fuel check, and next values
// for the Phis picked among all values of their type (other Phis too, so
// that the back-edge moves form cycles).
func RandomLoop(rng *rand.Rand, nslots, ninsts int) *ir.Trace {
	g := &rgen{rng: rng, b: ir.NewBuilder(nslots), nslots: nslots}
	g.loads()
	g.b.Loop()
	var phis []ir.Ref
	for _, pool := range [][]ir.Ref{append([]ir.Ref(nil), g.ints...), append([]ir.Ref(nil), g.floats...)} {
		for _, v := range pool {
			if rng.Intn(4) > 0 {
				t := g.b.Trace().Insts[v].Type
				phis = append(phis, g.add(g.b.Phi(v), t))
			}
		}
	}
	for k := 0; k < ninsts; k++ {
		g.step()
	}
	g.b.Fuel(g.snap())
	for _, p := range phis {
		if g.b.Trace().Insts[p].Type == ir.Int {
			g.b.SetPhi(p, g.pick(g.ints))
		} else {
			g.b.SetPhi(p, g.pick(g.floats))
		}
	}
	return g.b.Trace()
}

var interestingInts = []int64{0, 1, -1, 2, 3, 7, -8, 1 << 31, -1 << 31, 1<<31 - 1, 1 << 32, math.MaxInt64, math.MinInt64, 1 << 62, -(1 << 62), 123456789012}

func randInt(rng *rand.Rand) int64 {
	if rng.Intn(2) == 0 {
		return interestingInts[rng.Intn(len(interestingInts))]
	}
	return rng.Int63n(2001) - 1000
}

var interestingFloats = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e308, -1e308, 5e-324, math.Inf(1), math.Inf(-1), math.NaN(), 3.25}

func randFloat(rng *rand.Rand) float64 {
	if rng.Intn(2) == 0 {
		return interestingFloats[rng.Intn(len(interestingFloats))]
	}
	return rng.NormFloat64() * 100
}

// RandomInputs returns slot values for randomTrace.
func RandomInputs(rng *rand.Rand, nslots int) []uint64 {
	in := make([]uint64, nslots)
	for s := range in {
		if s < nslots/2 {
			in[s] = uint64(randInt(rng))
		} else {
			in[s] = math.Float64bits(randFloat(rng))
		}
	}
	return in
}
