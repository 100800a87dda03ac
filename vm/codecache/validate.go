package codecache

import (
	"errors"
	"fmt"
	"slices"

	"github.com/pyjit/pyjit/vm/code"
)

// validate checks the invariants the interpreter relies on and the
// compiler guarantees: generic opcodes only, arguments that index the
// constants, names and locals they refer to, jump targets and exception
// handlers inside the code, positions parallel to the instructions and a
// consistent layout of the locals.
func validate(c *code.Code) error {
	n := len(c.Instrs)
	if c.Positions.Len() != n {
		return errors.New("positions do not match the instructions")
	}
	// The interpreter reads instructions without index checks: control
	// must never run off the end.
	if n == 0 || !c.Instrs[n-1].Op().IsTerminal() {
		return errors.New("code does not end in a return, raise or jump")
	}
	if err := validateLayout(c); err != nil {
		return err
	}
	for pc, in := range c.Instrs {
		if err := validateInstr(c, in); err != nil {
			return fmt.Errorf("instruction %d: %w", pc, err)
		}
	}
	prev := int32(0)
	for _, x := range c.ExcTable {
		if x.Start < prev || x.Start > x.End || int(x.End) > n || x.Target < 0 || int(x.Target) >= n ||
			x.Depth < 0 || int(x.Depth) > c.StackSize {
			return errors.New("exception table entry out of range")
		}
		prev = x.Start
	}
	return validateStack(c)
}

// validateStack checks the stack discipline the interpreter relies on
// when it reads and writes the value stack without index checks: on every
// path from the start (empty) or from an exception handler's entry (its
// depth and the exception), the depth stays within 0..StackSize and no
// instruction reads below the stack (code.StackReads). The compiler reaches most instructions with one depth;
// a few joins after a return through finally blocks are reached with
// two, so each instruction keeps the depths it was reached with, and
// code whose analysis would take more than a few visits an instruction is
// refused (it is compiled again).
func validateStack(c *code.Code) error {
	n := len(c.Instrs)
	seen := make([][]int32, n)
	type state struct{ pc, depth int }
	var work []state
	budget := 4*n + 64
	reach := func(pc, d int) error {
		if d < 0 || d > c.StackSize {
			return fmt.Errorf("instruction %d: stack depth %d outside 0..%d", pc, d, c.StackSize)
		}
		if slices.Contains(seen[pc], int32(d)) {
			return nil
		}
		if budget--; budget < 0 {
			return errors.New("stack analysis too long")
		}
		seen[pc] = append(seen[pc], int32(d))
		work = append(work, state{pc, d})
		return nil
	}
	if err := reach(0, 0); err != nil {
		return err
	}
	for _, x := range c.ExcTable {
		if err := reach(int(x.Target), int(x.Depth)+1); err != nil {
			return err
		}
	}
	for len(work) > 0 {
		st := work[len(work)-1]
		work = work[:len(work)-1]
		pc, d, in := st.pc, st.depth, c.Instrs[st.pc]
		op, arg := in.Op(), in.Arg()
		if takes := code.StackReads(op, arg); takes > d {
			return fmt.Errorf("instruction %d: %s takes %d values from a stack of %d", pc, op, takes, d)
		}
		if op.HasJump() {
			if err := reach(arg, d+code.StackEffect(op, arg, true)); err != nil {
				return err
			}
		}
		if !op.IsTerminal() {
			// validate has checked that the last instruction is terminal.
			if err := reach(pc+1, d+code.StackEffect(op, arg, false)); err != nil {
				return err
			}
		}
	}
	return nil
}

// validateLayout checks the counts of arguments and the slots of the
// locals: varnames, then cells that are not parameters, then free variables.
func validateLayout(c *code.Code) error {
	nargs := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&code.VarArgs != 0 {
		nargs++
	}
	if c.Flags&code.VarKeywords != 0 {
		nargs++
	}
	switch {
	case c.PosOnlyArgCount > c.ArgCount, nargs > len(c.Varnames):
		return errors.New("argument counts")
	case c.FreeStart < len(c.Varnames), c.FreeStart+len(c.Freevars) != c.NLocals:
		return errors.New("local slots")
	case len(c.CellSlots) != len(c.Cellvars):
		return errors.New("cell slots")
	case c.NLocals+c.StackSize > maxFrame:
		return errors.New("frame too large")
	}
	for _, s := range c.CellSlots {
		if s >= c.FreeStart {
			return errors.New("cell slot out of range")
		}
	}
	return nil
}

// genericOps marks the opcodes the compiler emits: defined and not
// specialized.
var genericOps = func() (t [256]bool) {
	for op := range code.NumOpcodes {
		o := code.Opcode(op)
		t[op] = !o.IsSpecialized() && o.String()[0] != '<'
	}
	return t
}()

// validateInstr checks one instruction's opcode and argument.
func validateInstr(c *code.Code, in code.Instr) error {
	op, arg := in.Op(), in.Arg()
	if !genericOps[op] {
		return fmt.Errorf("opcode %d", op)
	}
	limit := -1
	switch {
	case op.HasJump():
		limit = len(c.Instrs)
	}
	switch op {
	case code.LOAD_CONST, code.RETURN_CONST, code.KW_NAMES:
		limit = len(c.Consts)
	case code.LOAD_GLOBAL:
		arg >>= 1
		limit = len(c.Names)
	case code.STORE_GLOBAL, code.DELETE_GLOBAL, code.LOAD_NAME, code.STORE_NAME, code.DELETE_NAME,
		code.LOAD_ATTR, code.LOAD_METHOD, code.STORE_ATTR, code.DELETE_ATTR, code.IMPORT_NAME, code.IMPORT_FROM:
		limit = len(c.Names)
	case code.LOAD_FAST, code.STORE_FAST, code.DELETE_FAST, code.LOAD_DEREF, code.STORE_DEREF,
		code.DELETE_DEREF, code.LOAD_CLOSURE, code.LOAD_CLASSDEREF:
		limit = c.NLocals
	}
	if limit >= 0 && arg >= limit {
		return fmt.Errorf("%s argument %d out of range", op, arg)
	}
	return nil
}
