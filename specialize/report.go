package specialize

import (
	"fmt"
	"io"
	"sort"

	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Report writes the tier-1 statistics: for each instruction family the
// specialization attempts, successes, failures by reason and deopts, then
// how many instructions hold each specialized form at the end of the run.
func Report(w io.Writer, st *vm.SpecStats) {
	fmt.Fprintln(w, "tier 1 specialization")
	fmt.Fprintf(w, "  %-18s %9s %9s %9s %9s\n", "family", "attempts", "success", "failure", "deopt")
	for op := code.Opcode(0); op < 255; op++ {
		if !op.IsSpecializable() {
			continue
		}
		a, s, d := st.Attempts[op], st.Successes[op], st.Deopts[op]
		if a == 0 && d == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-18s %9d %9d %9d %9d\n", op, a, s, a-s, d)
		for r, n := range st.Failures[op] {
			if n > 0 {
				fmt.Fprintf(w, "      failed: %-22s %9d\n", vm.FailReasonNames[r], n)
			}
		}
	}
	counts := map[code.Opcode]int{}
	for _, co := range st.Codes {
		for _, in := range co.Instrs {
			if in.Op().IsSpecialized() {
				counts[in.Op()]++
			}
		}
	}
	ops := make([]code.Opcode, 0, len(counts))
	for op := range counts {
		ops = append(ops, op)
	}
	sort.Slice(ops, func(i, j int) bool {
		if counts[ops[i]] != counts[ops[j]] {
			return counts[ops[i]] > counts[ops[j]]
		}
		return ops[i] < ops[j]
	})
	fmt.Fprintln(w, "specialized instructions at exit")
	for _, op := range ops {
		fmt.Fprintf(w, "  %-34s %6d\n", op, counts[op])
	}
}

// Disassemble writes the bytecode of every code object that specialized
// during the run, as it stands now: specialized instructions appear under
// their own names, so the listing shows what tier 1 made of the program.
func Disassemble(w io.Writer, st *vm.SpecStats) {
	for i, co := range st.Codes {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "Disassembly of <code object %s, file \"%s\", line %d>:\n", co.Name, co.Filename, co.FirstLine)
		code.DisassembleWith(w, co.Code, nil)
	}
}
