package ir

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// State is the machine state [Eval] works on, the same as native code's:
// the slots (64-bit words: int64 and float64 bits, 0 or 1 for bools) and
// the fuel.
type State struct {
	Slots []uint64
	Fuel  int64
	// Load reads the word at offset off from reference ref, for OpLoad.
	Load func(ref uint64, off int64) uint64
	// Store writes the word at offset off from reference ref, for
	// OpStore.
	Store func(ref uint64, off int64, w uint64)
	// Call computes callout fn of a and b, for OpCall; false makes the
	// trace exit through the call's snapshot.
	Call func(fn int64, a, b uint64) (uint64, bool)
	// MaxSteps bounds the instructions run; 0 means no bound.
	MaxSteps int
}

// ErrSteps is returned when Eval runs out of steps.
var ErrSteps = errors.New("ir: step limit reached")

// Eval runs t on st, the reference semantics of the IR: it returns the
// exit instruction the trace left through, with st.Slots updated as the
// interpreter sees them there (stores done, then the exit's snapshot
// applied). The trace must verify.
func Eval(t *Trace, st *State) (Ref, error) {
	if len(st.Slots) < t.NumSlots {
		return None, fmt.Errorf("ir: %d slots, trace needs %d", len(st.Slots), t.NumSlots)
	}
	vals := make([]uint64, len(t.Insts))
	ovf := make([]bool, len(t.Insts))
	loop := t.LoopIndex()
	steps := 0
	for pc := 0; ; {
		if pc == len(t.Insts) {
			// The back-edge: all Phis take their next values at once.
			pc = int(loop) + 1
			next := make([]uint64, 0, 8)
			for k := pc; k < len(t.Insts) && t.Insts[k].Op == OpPhi; k++ {
				next = append(next, vals[t.Insts[k].Args[1]])
			}
			for k, v := range next {
				vals[pc+k] = v
			}
			pc += len(next)
			continue
		}
		if steps++; st.MaxSteps > 0 && steps > st.MaxSteps {
			return None, ErrSteps
		}
		in := &t.Insts[pc]
		r := Ref(pc)
		pc++
		var a, b uint64
		if in.Op != OpPhi {
			if in.Args[0] >= 0 {
				a = vals[in.Args[0]]
			}
			if in.Args[1] >= 0 {
				b = vals[in.Args[1]]
			}
		}
		exit := false
		switch in.Op {
		case OpNop, OpLoop:
		case OpConstInt, OpConstFloat, OpConstBool, OpConstRef:
			vals[r] = uint64(in.Aux)
		case OpLoadSlot:
			vals[r] = st.Slots[in.Aux]
		case OpStoreSlot:
			st.Slots[in.Aux] = a
		case OpLoad:
			if st.Load == nil {
				return None, errors.New("ir: Load without a State.Load")
			}
			vals[r] = st.Load(a, in.Aux)
		case OpStore:
			if st.Store == nil {
				return None, errors.New("ir: Store without a State.Store")
			}
			st.Store(a, in.Aux, b)
		case OpIndex:
			vals[r] = a + 8*b
		case OpPhi:
			vals[r] = vals[in.Args[0]]
		case OpGuardTrue:
			exit = a == 0
		case OpGuardFalse:
			exit = a != 0
		case OpGuardEq:
			exit = a != b
		case OpGuardNoOverflow:
			exit = ovf[in.Args[0]]
		case OpFuel:
			st.Fuel--
			exit = st.Fuel <= 0
		case OpExit:
			exit = true
		case OpCall:
			if st.Call == nil {
				return None, errors.New("ir: Call without a State.Call")
			}
			vals[r], exit = st.Call(in.Aux, a, b)
			exit = !exit
		default:
			vals[r], ovf[r] = arith(in.Op, a, b)
		}
		if exit {
			for _, e := range t.Snaps[in.Snap].Entries {
				st.Slots[e.Slot] = vals[e.Val]
			}
			return r, nil
		}
	}
}

// arith computes a pure operation on operand bits; the bool reports an
// overflow of the *Ov operations.
func arith(op Op, a, b uint64) (uint64, bool) {
	x, y := int64(a), int64(b)
	f, g := math.Float64frombits(a), math.Float64frombits(b)
	fl := func(v float64) uint64 { return math.Float64bits(v) }
	switch op {
	case OpAdd, OpAddOv:
		s := x + y
		return uint64(s), (x >= 0) == (y >= 0) && (s >= 0) != (x >= 0)
	case OpSub, OpSubOv:
		s := x - y
		return uint64(s), (x >= 0) != (y >= 0) && (s >= 0) != (x >= 0)
	case OpMul, OpMulOv:
		return uint64(x * y), mulOverflows(x, y)
	case OpMin:
		if y < x {
			return b, false
		}
		return a, false
	case OpMax:
		if y > x {
			return b, false
		}
		return a, false
	case OpBitAnd:
		return a & b, false
	case OpBitOr:
		return a | b, false
	case OpBitXor:
		return a ^ b, false
	case OpFloorDiv:
		q, _ := FloorDivMod(x, y)
		return uint64(q), false
	case OpFloorMod:
		_, m := FloorDivMod(x, y)
		return uint64(m), false
	case OpFMin:
		if g < f {
			return b, false
		}
		return a, false
	case OpFMax:
		if g > f {
			return b, false
		}
		return a, false
	case OpLt:
		return b2u(x < y), false
	case OpLe:
		return b2u(x <= y), false
	case OpGt:
		return b2u(x > y), false
	case OpGe:
		return b2u(x >= y), false
	case OpEq:
		return b2u(x == y), false
	case OpNe:
		return b2u(x != y), false
	case OpFAdd:
		return fl(f + g), false
	case OpFSub:
		return fl(f - g), false
	case OpFMul:
		return fl(f * g), false
	case OpFDiv:
		return fl(f / g), false
	case OpFNeg:
		return a ^ (1 << 63), false
	case OpFSqrt:
		return fl(math.Sqrt(f)), false
	case OpIntToFloat:
		return fl(float64(x)), false
	case OpFLt:
		return b2u(f < g), false
	case OpFLe:
		return b2u(f <= g), false
	case OpFGt:
		return b2u(f > g), false
	case OpFGe:
		return b2u(f >= g), false
	case OpFEq:
		return b2u(f == g), false
	case OpFNe:
		return b2u(f != g), false
	case OpNot:
		return a ^ 1, false
	case OpAnd:
		return a & b, false
	case OpOr:
		return a | b, false
	}
	panic(fmt.Sprintf("ir: arith of %v", op))
}

// Arith computes the pure operation op on operand bits, as [Eval] does;
// the bool reports the overflow of AddOv, SubOv and MulOv. Passes use it
// to fold constants.
func Arith(op Op, a, b uint64) (uint64, bool) { return arith(op, a, b) }

// FloorDivMod returns Python's x // y and x % y on int64, total as
// [OpFloorDiv] and [OpFloorMod] say: x // 0 is 0, x % 0 is x, and
// -2**63 // -1 wraps.
func FloorDivMod(x, y int64) (int64, int64) {
	switch y {
	case 0:
		return 0, x
	case -1:
		return -x, 0
	}
	q, m := x/y, x%y
	if m != 0 && (m^y) < 0 {
		q--
		m += y
	}
	return q, m
}

func b2u(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}

func mulOverflows(x, y int64) bool {
	hi, lo := bits.Mul64(uint64(x), uint64(y))
	// Correct the unsigned high word for signed operands.
	if x < 0 {
		hi -= uint64(y)
	}
	if y < 0 {
		hi -= uint64(x)
	}
	return int64(hi) != int64(lo)>>63
}
