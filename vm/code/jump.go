package code

// The analysis behind assignments to a frame's f_lineno: what each value
// stack slot holds before each instruction, and which jumps keep it
// consistent, after CPython 3.11's frame_setlineno.

// Kind is what a value stack slot holds, as far as a jump is concerned.
type Kind uint8

// The kinds of stack slots.
const (
	KindObject   Kind = iota + 1
	KindIterator      // a for loop's iterator
	KindExcept        // an exception being handled, or the one it replaced
	KindNull          // the NULL of a call sequence
)

// StackKinds returns, for each instruction, the kinds of the value stack
// slots before it (bottom first), or nil where the instruction is not
// reached from the start of the code.
func (c *Code) StackKinds() [][]Kind {
	n := len(c.Instrs)
	stacks := make([][]Kind, n+1)
	seen := make([]bool, n+1)
	seen[0], stacks[0] = true, []Kind{}
	set := func(i int, s []Kind) bool {
		if i < 0 || i > n || seen[i] {
			return false
		}
		seen[i], stacks[i] = true, s
		return true
	}
	pop := func(s []Kind, k int) []Kind {
		if k > len(s) {
			k = len(s)
		}
		return s[: len(s)-k : len(s)-k]
	}
	push := func(s []Kind, ks ...Kind) []Kind { return append(s[:len(s):len(s)], ks...) }
	for todo := true; todo; {
		todo = false
		for i := 0; i < n; i++ {
			if !seen[i] {
				continue
			}
			s := stacks[i]
			in := c.Instrs[i]
			op, arg := in.Op().Family(), in.Arg()
			var next []Kind
			fall := !op.IsTerminal()
			switch op {
			case GET_ITER, GET_AITER:
				next = push(pop(s, 1), KindIterator)
			case FOR_ITER:
				todo = set(arg, pop(s, 1)) || todo
				next = push(s, KindObject)
			case PUSH_EXC_INFO:
				next = push(s, KindExcept)
			case PUSH_NULL:
				next = push(s, KindNull)
			case LOAD_GLOBAL:
				next = s
				if arg&1 != 0 {
					next = push(next, KindNull)
				}
				next = push(next, KindObject)
			case LOAD_METHOD:
				next = push(pop(s, 1), KindNull, KindObject)
			case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
				todo = set(arg, s) || todo
				next = pop(s, 1)
			default:
				if op.HasJump() {
					target := s
					if d := StackEffect(op, arg, true); d < 0 {
						target = pop(s, -d)
					} else {
						for ; d > 0; d-- {
							target = push(target, KindObject)
						}
					}
					todo = set(arg, target) || todo
				}
				next = s
				if d := StackEffect(op, arg, false); d < 0 {
					next = pop(s, -d)
				} else {
					for ; d > 0; d-- {
						next = push(next, KindObject)
					}
				}
			}
			if fall {
				todo = set(i+1, next) || todo
			}
		}
		for _, e := range c.ExcTable {
			if int(e.Start) < n && seen[e.Start] && !seen[e.Target] {
				s := stacks[e.Start]
				s = push(pop(s, max(len(s)-int(e.Depth), 0)), KindExcept)
				todo = set(int(e.Target), s) || todo
			}
		}
	}
	for i := range stacks {
		if !seen[i] {
			stacks[i] = nil
		}
	}
	return stacks[:n]
}

// JumpCompatible reports whether a frame whose stack holds from may jump
// to an instruction whose stack holds to: to must be from with values
// popped, slot for slot of the same kind (a NULL slot takes anything).
func JumpCompatible(from, to []Kind) bool {
	if from == nil || to == nil || len(to) > len(from) {
		return false
	}
	for i, k := range to {
		f := from[i]
		switch {
		case k == KindNull:
		case k == KindObject:
			if f == KindNull {
				return false
			}
		case f != k:
			return false
		}
	}
	return true
}

// JumpError explains, as CPython does, why no jump leads to an
// instruction whose stack holds to.
func JumpError(to []Kind) string {
	if to == nil {
		return "can't jump into an exception handler, or code may be unreachable"
	}
	if len(to) == 0 {
		return "incompatible stacks"
	}
	switch to[len(to)-1] {
	case KindExcept:
		return "can't jump into an 'except' block as there's no exception"
	case KindIterator:
		return "can't jump into the body of a for loop"
	}
	return "incompatible stacks"
}
