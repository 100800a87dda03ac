package code

// pyjit's bytecode in CPython 3.11's format: co_code, co_exceptiontable
// and the byte offsets of co_lines, co_positions, f_lasti and tb_lasti.
//
// Each pyjit instruction becomes the CPython instruction of the same name
// (RETURN_CONST, BINARY_SLICE and STORE_SLICE two of them, the conditional
// jumps their FORWARD or BACKWARD form), with EXTENDED_ARG prefixes for
// arguments over 255, the inline cache entries CPython's dis skips, and
// relative jump arguments. So CPython's own dis and opcode modules read a
// pyjit code object: the instruction names and arguments are pyjit's, the
// layout is CPython's. There is no RESUME, and a specialized instruction
// shows its generic form.

type cpythonOp struct{ op, caches uint8 }

// Layout is a code object's bytecode laid out as CPython 3.11's.
type Layout struct {
	// Code is co_code.
	Code []byte
	// Start is the code unit (2 bytes) where each instruction's units
	// begin, with one more entry for the end.
	Start []int
	// Main is the unit of each instruction's (first) CPython instruction
	// after its EXTENDED_ARG prefixes: f_lasti is twice it.
	Main []int
	// ExcTable is co_exceptiontable.
	ExcTable []byte
}

// unit is one CPython instruction of a pyjit one.
type unit struct {
	name     string
	arg      int
	target   int // pyjit instruction jumped to, or -1
	backward bool
	ext      int // EXTENDED_ARG prefixes
}

// expand returns the CPython instructions of pyjit instruction i.
func (c *Code) expand(i int) []unit {
	in := c.Instrs[i]
	op := in.Op().Family()
	arg := in.Arg()
	one := func(name string) []unit { return []unit{{name: name, arg: arg, target: -1}} }
	jump := func(name string, backward bool) []unit {
		return []unit{{name: name, target: arg, backward: backward}}
	}
	switch op {
	case RETURN_CONST:
		return []unit{{name: "LOAD_CONST", arg: arg, target: -1}, {name: "RETURN_VALUE", target: -1}}
	case BINARY_SLICE:
		return []unit{{name: "BUILD_SLICE", arg: 2, target: -1}, {name: "BINARY_SUBSCR", target: -1}}
	case STORE_SLICE:
		return []unit{{name: "BUILD_SLICE", arg: 2, target: -1}, {name: "STORE_SUBSCR", target: -1}}
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE:
		cond := op.String()[len("POP_JUMP_IF_"):]
		if arg <= i {
			return jump("POP_JUMP_BACKWARD_IF_"+cond, true)
		}
		return jump("POP_JUMP_FORWARD_IF_"+cond, false)
	case JUMP_BACKWARD:
		return jump("JUMP_BACKWARD", true)
	case JUMP_FORWARD, FOR_ITER, SEND, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		return jump(op.String(), false)
	}
	if _, ok := cpythonOps[op.String()]; ok {
		return one(op.String())
	}
	return []unit{{name: "NOP", target: -1}}
}

// extended returns the number of EXTENDED_ARG prefixes arg needs.
func extended(arg int) int {
	n := 0
	for arg > 0xff {
		arg >>= 8
		n++
	}
	return n
}

// CPythonLayout lays the code out as CPython 3.11's bytecode.
func (c *Code) CPythonLayout() *Layout {
	n := len(c.Instrs)
	units := make([][]unit, n)
	for i := range units {
		units[i] = c.expand(i)
		for k := range units[i] {
			if u := &units[i][k]; u.target < 0 {
				u.ext = extended(u.arg)
			}
		}
	}
	l := &Layout{Start: make([]int, n+1), Main: make([]int, n)}
	// Jump arguments depend on the offsets, which depend on the prefixes
	// the arguments need: lay out until nothing grows.
	for changed := true; changed; {
		changed = false
		pos := 0
		for i, us := range units {
			l.Start[i] = pos
			l.Main[i] = pos + us[0].ext
			for _, u := range us {
				pos += u.ext + 1 + int(cpythonOps[u.name].caches)
			}
		}
		l.Start[n] = pos
		for i, us := range units {
			for k := range us {
				u := &us[k]
				if u.target < 0 {
					continue
				}
				next := l.Start[i] + u.ext + 1 // jumps have no caches
				if u.backward {
					u.arg = next - l.Start[u.target]
				} else {
					u.arg = l.Start[u.target] - next
				}
				if u.arg < 0 {
					u.arg = 0
				}
				if e := extended(u.arg); e > u.ext {
					u.ext, changed = e, true
				}
			}
		}
	}
	code := make([]byte, 0, 2*l.Start[n])
	extArg := cpythonOps["EXTENDED_ARG"].op
	for _, us := range units {
		for _, u := range us {
			for k := u.ext; k > 0; k-- {
				code = append(code, extArg, byte(u.arg>>(8*k)))
			}
			info := cpythonOps[u.name]
			code = append(code, info.op, byte(u.arg))
			for k := 0; k < int(info.caches); k++ {
				code = append(code, 0, 0)
			}
		}
	}
	l.Code = code
	l.ExcTable = c.cpythonExcTable(l)
	return l
}

// cpythonExcTable encodes the exception table as CPython 3.11's
// co_exceptiontable: per entry start, length, target and depth<<1|lasti
// in code units, each a big-endian varint of 6-bit groups, the first
// group of an entry marked with 0x80.
func (c *Code) cpythonExcTable(l *Layout) []byte {
	var b []byte
	varint := func(v int, first bool) {
		var groups []byte
		for {
			groups = append(groups, byte(v&63))
			v >>= 6
			if v == 0 {
				break
			}
		}
		for k := len(groups) - 1; k >= 0; k-- {
			g := groups[k]
			if k > 0 {
				g |= 64
			}
			if first && k == len(groups)-1 {
				g |= 128
			}
			b = append(b, g)
		}
	}
	for _, e := range c.ExcTable {
		start, end := l.Start[e.Start], l.Start[e.End]
		dl := int(e.Depth) << 1
		if e.Lasti {
			dl |= 1
		}
		varint(start, true)
		varint(end-start, false)
		varint(l.Start[e.Target], false)
		varint(dl, false)
	}
	return b
}

// InstrAt returns the instruction whose units include unit u.
func (l *Layout) InstrAt(u int) int {
	lo, hi := 0, len(l.Start)-1 // Start[lo] <= u < Start[hi]
	if u < 0 {
		return 0
	}
	for hi-lo > 1 {
		m := (lo + hi) / 2
		if l.Start[m] <= u {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}
