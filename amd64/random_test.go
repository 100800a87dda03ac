package amd64

import (
	"math"
	"math/rand"

	"github.com/pyjit/pyjit/jit/ir"
)

// randomTrace builds a straight-line trace of random int, float and bool
// operations over nslots slots (the first half ints, the rest floats),
// with guards, stores and an exit whose snapshots list random values.
// Every snapshot has its own resume id.
func randomTrace(rng *rand.Rand, nslots, ninsts int) *ir.Trace {
	b := ir.NewBuilder(nslots)
	var ints, floats, bools []ir.Ref
	typ := map[ir.Ref]ir.Type{}
	add := func(r ir.Ref, t ir.Type) {
		typ[r] = t
		switch t {
		case ir.Int:
			ints = append(ints, r)
		case ir.Float:
			floats = append(floats, r)
		case ir.Bool:
			bools = append(bools, r)
		}
	}
	half := nslots / 2
	for s := 0; s < nslots; s++ {
		if rng.Intn(3) > 0 {
			if s < half {
				add(b.LoadSlot(s, ir.Int), ir.Int)
			} else {
				add(b.LoadSlot(s, ir.Float), ir.Float)
			}
		}
	}
	add(b.Int(randInt(rng)), ir.Int)
	add(b.Float(randFloat(rng)), ir.Float)
	pick := func(rs []ir.Ref) ir.Ref { return rs[rng.Intn(len(rs))] }
	resume := 0
	snap := func() int32 {
		resume++
		var es []ir.SnapEntry
		for s := 0; s < nslots; s++ {
			if rng.Intn(2) == 0 {
				continue
			}
			if s < half {
				es = append(es, ir.S(s, pick(ints)))
			} else {
				es = append(es, ir.S(s, pick(floats)))
			}
		}
		return b.Snap(resume, es...)
	}
	intOps := []ir.Op{ir.OpAdd, ir.OpSub, ir.OpMul, ir.OpAddOv, ir.OpSubOv, ir.OpMulOv}
	cmpOps := []ir.Op{ir.OpLt, ir.OpLe, ir.OpGt, ir.OpGe, ir.OpEq, ir.OpNe}
	fOps := []ir.Op{ir.OpFAdd, ir.OpFSub, ir.OpFMul, ir.OpFDiv}
	fcmpOps := []ir.Op{ir.OpFLt, ir.OpFLe, ir.OpFGt, ir.OpFGe, ir.OpFEq, ir.OpFNe}
	for k := 0; k < ninsts; k++ {
		switch rng.Intn(14) {
		case 0:
			add(b.Int(randInt(rng)), ir.Int)
		case 1:
			add(b.Float(randFloat(rng)), ir.Float)
		case 2, 3:
			op := intOps[rng.Intn(len(intOps))]
			r := b.Op(op, pick(ints), pick(ints))
			add(r, ir.Int)
			if op.IsOverflow() && rng.Intn(3) > 0 {
				b.Guard(ir.OpGuardNoOverflow, snap(), r)
			}
		case 4:
			add(b.Op(cmpOps[rng.Intn(len(cmpOps))], pick(ints), pick(ints)), ir.Bool)
		case 5, 6:
			add(b.Op(fOps[rng.Intn(len(fOps))], pick(floats), pick(floats)), ir.Float)
		case 7:
			add(b.Op(fcmpOps[rng.Intn(len(fcmpOps))], pick(floats), pick(floats)), ir.Bool)
		case 8:
			if rng.Intn(2) == 0 {
				add(b.Op(ir.OpFNeg, pick(floats)), ir.Float)
			} else {
				add(b.Op(ir.OpIntToFloat, pick(ints)), ir.Float)
			}
		case 9:
			if len(bools) == 0 {
				add(b.Bool(rng.Intn(2) == 0), ir.Bool)
				continue
			}
			switch rng.Intn(3) {
			case 0:
				add(b.Op(ir.OpNot, pick(bools)), ir.Bool)
			case 1:
				add(b.Op(ir.OpAnd, pick(bools), pick(bools)), ir.Bool)
			default:
				add(b.Op(ir.OpOr, pick(bools), pick(bools)), ir.Bool)
			}
		case 10:
			if len(bools) > 0 && rng.Intn(4) == 0 {
				op := ir.OpGuardTrue
				if rng.Intn(2) == 0 {
					op = ir.OpGuardFalse
				}
				b.Guard(op, snap(), pick(bools))
			}
		case 11:
			if rng.Intn(6) == 0 {
				b.Guard(ir.OpGuardEq, snap(), pick(ints), pick(ints))
			}
		case 12:
			s := rng.Intn(nslots)
			if s < half {
				b.StoreSlot(s, pick(ints))
			} else {
				b.StoreSlot(s, pick(floats))
			}
		case 13:
			add(b.Op(ir.OpAdd, pick(ints), b.Int(int64(rng.Intn(5)))), ir.Int)
		}
	}
	b.Exit(snap())
	return b.Trace()
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

// randomInputs returns slot values for randomTrace.
func randomInputs(rng *rand.Rand, nslots int) []uint64 {
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
