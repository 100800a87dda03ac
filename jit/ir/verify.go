package ir

import (
	"errors"
	"fmt"
)

// Verify checks that t is well formed:
//
//   - every operand and snapshot entry names a value-producing instruction
//     defined before its use (a Phi's second operand may come later, in
//     the loop body), with the type the operation expects;
//   - at most one Loop, directly followed by the Phis, whose first operands
//     come from before the loop and whose second operands are set;
//   - a loop body checks its fuel; a trace without a loop ends with its
//     only Exit;
//   - GuardNoOverflow follows the *Ov instruction it checks;
//   - slots are in range and snapshots list each slot once, in order.
//
// It returns all the problems it finds, joined.
func Verify(t *Trace) error {
	v := verifier{t: t, loop: t.LoopIndex()}
	v.check()
	return errors.Join(v.errs...)
}

type verifier struct {
	t    *Trace
	loop Ref
	errs []error
}

func (v *verifier) errorf(r Ref, format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf("%04d: "+format, append([]any{r}, args...)...))
}

func (v *verifier) check() {
	t := v.t
	if len(t.Insts) == 0 {
		v.errorf(0, "empty trace")
		return
	}
	loops, fuel := 0, false
	for i := range t.Insts {
		r := Ref(i)
		in := &t.Insts[i]
		if in.Op >= numOps {
			v.errorf(r, "unknown op %d", in.Op)
			continue
		}
		v.checkType(r, in)
		v.checkArgs(r, in)
		switch in.Op {
		case OpLoop:
			loops++
			if loops > 1 {
				v.errorf(r, "second Loop")
			}
		case OpPhi:
			if v.loop == None || r <= v.loop || !v.phisFrom(r) {
				v.errorf(r, "Phi not in the block right after Loop")
			}
		case OpFuel:
			if v.loop == None || r < v.loop {
				v.errorf(r, "Fuel outside a loop body")
			}
			fuel = true
		case OpExit:
			if v.loop != None || i != len(t.Insts)-1 {
				v.errorf(r, "Exit is not the end of a trace without a loop")
			}
		case OpGuardNoOverflow:
			if a := in.Args[0]; a != r-1 || a < 0 || !t.Insts[a].Op.IsOverflow() {
				v.errorf(r, "GuardNoOverflow does not follow the overflow operation it checks")
			}
		case OpLoadSlot, OpStoreSlot:
			if in.Aux < 0 || in.Aux >= int64(t.NumSlots) {
				v.errorf(r, "slot %d out of range [0,%d)", in.Aux, t.NumSlots)
			}
		}
		if in.Op.Info().Exits {
			v.checkSnap(r, in.Snap)
		}
	}
	last := t.Insts[len(t.Insts)-1].Op
	if v.loop == None && last != OpExit {
		v.errorf(Ref(len(t.Insts)-1), "trace without a loop does not end with Exit")
	}
	if v.loop != None && !fuel {
		v.errorf(v.loop, "loop body has no Fuel check")
	}
}

// phisFrom reports whether every instruction between the loop marker and
// r is a Phi.
func (v *verifier) phisFrom(r Ref) bool {
	for k := v.loop + 1; k < r; k++ {
		if v.t.Insts[k].Op != OpPhi {
			return false
		}
	}
	return true
}

func (v *verifier) checkType(r Ref, in *Inst) {
	want := in.Op.Info().Result
	switch {
	case want == same && in.Op == OpLoad:
		if in.Type != Int && in.Type != Float && in.Type != Object {
			v.errorf(r, "Load of type %v, want int, float or ref", in.Type)
		}
	case want == same:
		if in.Type == Void || in.Type > Object {
			v.errorf(r, "%v of type %v", in.Op, in.Type)
		}
	case in.Type != want:
		v.errorf(r, "%v of type %v, want %v", in.Op, in.Type, want)
	}
}

// use checks operand a of instruction r and returns its type. later
// allows a definition after r.
func (v *verifier) use(r, a Ref, later bool) (Type, bool) {
	if a < 0 || int(a) >= len(v.t.Insts) || (!later && a >= r) {
		v.errorf(r, "operand %%%d not defined before use", a)
		return Void, false
	}
	ty := v.t.Insts[a].Type
	if ty == Void {
		v.errorf(r, "operand %%%d has no value", a)
		return Void, false
	}
	return ty, true
}

func (v *verifier) checkArgs(r Ref, in *Inst) {
	info := in.Op.Info()
	n := in.Op.NumArgs()
	for k := n; k < 2; k++ {
		if in.Args[k] != None {
			v.errorf(r, "%v has an operand %d", in.Op, k)
		}
	}
	for k := 0; k < n; k++ {
		later := in.Op == OpPhi && k == 1
		ty, ok := v.use(r, in.Args[k], later)
		if !ok {
			continue
		}
		want := info.Args[k]
		switch {
		case in.Op == OpPhi:
			if ty != in.Type {
				v.errorf(r, "Phi of type %v has a %v operand", in.Type, ty)
			}
			if k == 0 && in.Args[0] >= v.loop {
				v.errorf(r, "Phi's initial value is defined in the loop")
			}
		case in.Op == OpStoreSlot:
		case in.Op == OpCall:
			if ty != Int && ty != Float && ty != Object {
				v.errorf(r, "Call with a %v operand", ty)
			}
		case in.Op == OpStore && k == 1:
			if ty != Int && ty != Float {
				v.errorf(r, "Store of a %v value, want int or float", ty)
			}
		case in.Op == OpGuardEq:
			if ty != Int && ty != Object {
				v.errorf(r, "GuardEq of %v values", ty)
			}
			if k == 1 && ty != v.t.Insts[in.Args[0]].Type {
				v.errorf(r, "GuardEq of %v and %v", v.t.Insts[in.Args[0]].Type, ty)
			}
		case ty != want:
			v.errorf(r, "operand %d of %v is %v, want %v", k, in.Op, ty, want)
		}
	}
}

func (v *verifier) checkSnap(r Ref, i int32) {
	if i < 0 || int(i) >= len(v.t.Snaps) {
		v.errorf(r, "snapshot %d does not exist", i)
		return
	}
	prev := -1
	for _, e := range v.t.Snaps[i].Entries {
		if e.Slot <= prev || e.Slot >= v.t.NumSlots {
			v.errorf(r, "snapshot %d: slot %d out of order or range", i, e.Slot)
		}
		prev = e.Slot
		v.use(r, e.Val, false)
	}
}
