package ir

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// String returns the trace in its textual form (see [Trace.Format]).
func (t *Trace) String() string {
	var sb strings.Builder
	t.Format(&sb)
	return sb.String()
}

// Format writes the trace's textual form: a header with the slot count,
// then one line per instruction:
//
//	0003 int   AddOv %1 %2
//	0004       GuardNoOverflow %3  snap#0 @7 {s0=%1 s1=%2}
//
// Operands are %ref; slots are sN; a guard shows its snapshot's index,
// resume id and entries. The form is stable: tests compare it with golden
// files and the JIT log prints it.
func (t *Trace) Format(sb *strings.Builder) {
	fmt.Fprintf(sb, "trace slots=%d\n", t.NumSlots)
	for i := range t.Insts {
		sb.WriteString(t.InstString(Ref(i)))
		sb.WriteByte('\n')
	}
}

// InstString returns the line of instruction r.
func (t *Trace) InstString(r Ref) string {
	in := &t.Insts[r]
	var sb strings.Builder
	ty := ""
	if in.Type != Void {
		ty = in.Type.String()
	}
	fmt.Fprintf(&sb, "%04d %-5s %s", r, ty, in.Op)
	switch in.Op {
	case OpConstInt:
		fmt.Fprintf(&sb, " %d", in.Aux)
	case OpConstFloat:
		sb.WriteString(" " + strconv.FormatFloat(math.Float64frombits(uint64(in.Aux)), 'g', -1, 64))
	case OpConstBool:
		sb.WriteString(" " + strconv.FormatBool(in.Aux != 0))
	case OpConstRef:
		fmt.Fprintf(&sb, " 0x%x", uint64(in.Aux))
	case OpLoadSlot, OpStoreSlot:
		fmt.Fprintf(&sb, " s%d", in.Aux)
	case OpCall:
		fmt.Fprintf(&sb, " fn%d", in.Aux)
	}
	n := in.Op.NumArgs()
	for k := 0; k < n; k++ {
		fmt.Fprintf(&sb, " %%%d", in.Args[k])
	}
	if in.Op == OpLoad || in.Op == OpStore {
		fmt.Fprintf(&sb, " %+d", in.Aux)
	}
	if in.Op.Info().Exits {
		sb.WriteString("  ")
		t.formatSnap(&sb, in.Snap)
	}
	return sb.String()
}

func (t *Trace) formatSnap(sb *strings.Builder, i int32) {
	if i < 0 || int(i) >= len(t.Snaps) {
		fmt.Fprintf(sb, "snap#%d?", i)
		return
	}
	s := &t.Snaps[i]
	fmt.Fprintf(sb, "snap#%d @%d {", i, s.Resume)
	for k, e := range s.Entries {
		if k > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprintf(sb, "s%d=%%%d", e.Slot, e.Val)
	}
	sb.WriteByte('}')
	for _, f := range s.Frames {
		fmt.Fprintf(sb, " frame(%d pc=%d base=%d)", f.Code, f.PC, f.Base)
	}
}
