package specialize

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// hottestSites is how many call sites Report lists.
const hottestSites = 15

// Report writes the tier-1 statistics: for each instruction family the
// executions of specialized forms that hit and missed their guards, the
// specialization attempts and failures by reason and the deopts; then the
// hottest call sites with their current form.
func Report(w io.Writer, st *vm.SpecStats) {
	sites := st.Sites()
	var execs [256]uint64
	for _, s := range sites {
		execs[s.Op.Family()] += s.Cache.Execs
	}
	fmt.Fprintln(w, "tier 1 specialization")
	fmt.Fprintf(w, "  %-16s %12s %10s %9s %9s %9s\n", "family", "hits", "misses", "attempts", "failures", "deopts")
	for op := code.Opcode(0); op < 255; op++ {
		if !op.IsSpecializable() {
			continue
		}
		a, s, d, m := st.Attempts[op], st.Successes[op], st.Deopts[op], st.Misses[op]
		if a == 0 && d == 0 && execs[op] == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-16s %12d %10d %9d %9d %9d\n", op, execs[op]-m, m, a, a-s, d)
		for r, n := range st.Failures[op] {
			if n > 0 {
				fmt.Fprintf(w, "      failed: %-26s %9d\n", vm.FailReasonNames[r], n)
			}
		}
	}
	var calls []vm.Site
	for _, s := range sites {
		// A site that never ran specialized has nothing to show.
		if s.Op.Family() == code.CALL && s.Cache.Execs > 0 {
			calls = append(calls, s)
		}
	}
	sort.SliceStable(calls, func(i, j int) bool { return calls[i].Cache.Execs > calls[j].Cache.Execs })
	if len(calls) == 0 {
		return
	}
	if len(calls) > hottestSites {
		calls = calls[:hottestSites]
	}
	fmt.Fprintln(w, "hottest call sites")
	fmt.Fprintf(w, "  %-40s %-32s %12s %10s\n", "site", "form", "executions", "misses")
	for _, s := range calls {
		where := fmt.Sprintf("%s:%d (%s)", filepath.Base(s.Code.Filename), s.Code.Line(s.PC), s.Code.Name)
		fmt.Fprintf(w, "  %-40s %-32s %12d %10d\n", where, s.Op, s.Cache.Execs, s.Cache.Misses)
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
		code.DisassembleWith(w, co.Code, func(pc int) string { return cacheNote(st, co, pc) })
	}
}

// cacheNote describes the inline cache of a specialized instruction.
func cacheNote(st *vm.SpecStats, co *vm.CodeObj, pc int) string {
	in := co.Instrs[pc]
	if co.Cache(pc) == nil || !in.Op().Family().IsSpecializable() {
		return ""
	}
	info := st.Info(co, pc)
	if !in.Op().IsSpecialized() {
		return fmt.Sprintf("[generic, next attempt in %d]", info.Counter)
	}
	note := "["
	if info.Version != 0 {
		note += fmt.Sprintf("version %d", info.Version)
		if info.Version2 != 0 {
			note += fmt.Sprintf("/%d", info.Version2)
		}
		note += ", "
	}
	if info.Index != 0 {
		note += fmt.Sprintf("index %d, ", info.Index)
	}
	if !info.Value.IsNull() {
		note += "cached " + vm.ShortRepr(info.Value) + ", "
	}
	return note + fmt.Sprintf("%d runs, %d misses]", info.Execs, info.Misses)
}
