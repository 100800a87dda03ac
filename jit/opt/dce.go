package opt

import "github.com/pyjit/pyjit/jit/ir"

// DCE removes the instructions whose values nothing uses (operands,
// snapshots, Phis that are used) and that have no effect, Nops included,
// and the snapshots no instruction refers to.
func DCE(t *ir.Trace) *ir.Trace {
	live := make([]bool, len(t.Insts))
	var work []ir.Ref
	mark := func(r ir.Ref) {
		if r >= 0 && !live[r] {
			live[r] = true
			work = append(work, r)
		}
	}
	for i := range t.Insts {
		if op := t.Insts[i].Op; op.Info().Effect {
			mark(ir.Ref(i))
		}
	}
	for len(work) > 0 {
		r := work[len(work)-1]
		work = work[:len(work)-1]
		in := &t.Insts[r]
		mark(in.Args[0])
		mark(in.Args[1])
		if in.Op.Info().Exits {
			for _, e := range t.Snaps[in.Snap].Entries {
				mark(e.Val)
			}
		}
	}
	return compact(t, live)
}

// compact returns t with only the live instructions, renumbered, and only
// the snapshots they refer to.
func compact(t *ir.Trace, live []bool) *ir.Trace {
	out := &ir.Trace{NumSlots: t.NumSlots}
	index := make([]ir.Ref, len(t.Insts))
	n := ir.Ref(0)
	for i := range t.Insts {
		index[i] = ir.None
		if live[i] {
			index[i] = n
			n++
		}
	}
	remap := func(r ir.Ref) ir.Ref {
		if r < 0 {
			return r
		}
		return index[r]
	}
	snapIndex := map[int32]int32{}
	for i, in := range t.Insts {
		if !live[i] {
			continue
		}
		in.Args[0], in.Args[1] = remap(in.Args[0]), remap(in.Args[1])
		if in.Op.Info().Exits {
			k, ok := snapIndex[in.Snap]
			if !ok {
				k = int32(len(out.Snaps))
				snapIndex[in.Snap] = k
				s := t.Snaps[in.Snap]
				ns := ir.Snapshot{Resume: s.Resume, Frames: append([]ir.Frame(nil), s.Frames...)}
				for _, e := range s.Entries {
					ns.Entries = append(ns.Entries, ir.SnapEntry{Slot: e.Slot, Val: remap(e.Val)})
				}
				out.Snaps = append(out.Snaps, ns)
			}
			in.Snap = k
		}
		out.Insts = append(out.Insts, in)
	}
	return out
}
