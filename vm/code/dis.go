package code

// A disassembler printing code objects in the style of Python's dis.

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Disassemble writes a listing of c and, recursively, of the code objects
// among its constants.
func Disassemble(w io.Writer, c *Code) {
	disassemble(w, c, nil)
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			fmt.Fprintf(w, "\nDisassembly of <code object %s, file \"%s\", line %d>:\n", sub.Name, sub.Filename, sub.FirstLine)
			Disassemble(w, sub)
		}
	}
}

// DisassembleWith writes a listing of c (without its nested code objects)
// in which note(pc), when not empty, ends the line of instruction pc; it
// shows inline caches after a run.
func DisassembleWith(w io.Writer, c *Code, note func(pc int) string) {
	disassemble(w, c, note)
}

func disassemble(w io.Writer, c *Code, note func(pc int) string) {
	targets := map[int]bool{}
	for _, in := range c.Instrs {
		if in.Op().HasJump() {
			targets[in.Arg()] = true
		}
	}
	for _, e := range c.ExcTable {
		targets[int(e.Target)] = true
	}
	lastLine := -1
	for pc, in := range c.Instrs {
		line := c.Line(pc)
		lineCol := "   "
		if line != lastLine && line > 0 {
			if pc > 0 {
				fmt.Fprintln(w)
			}
			lineCol = fmt.Sprintf("%3d", line)
			lastLine = line
		}
		mark := "  "
		if targets[pc] {
			mark = ">>"
		}
		opname := in.Op().String()
		generic := MakeInstr(in.Op().Family(), in.Arg())
		arg := ""
		if generic.Op() != NOP && generic.Op() != POP_TOP && hasArg(generic.Op()) {
			arg = strconv.Itoa(in.Arg())
		}
		detail := c.argRepr(generic)
		line1 := fmt.Sprintf("%s     %s %4d %-24s %5s", lineCol, mark, pc, opname, arg)
		if detail != "" {
			line1 += " (" + detail + ")"
		}
		if note != nil {
			if n := note(pc); n != "" {
				line1 += " " + n
			}
		}
		fmt.Fprintln(w, strings.TrimRight(line1, " "))
	}
	if len(c.ExcTable) > 0 {
		fmt.Fprintln(w, "ExceptionTable:")
		for _, e := range c.ExcTable {
			l := ""
			if e.Lasti {
				l = " lasti"
			}
			fmt.Fprintf(w, "  %d to %d -> %d [%d]%s\n", e.Start, e.End-1, e.Target, e.Depth, l)
		}
	}
}

func hasArg(op Opcode) bool {
	switch op {
	case POP_TOP, PUSH_NULL, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, BINARY_SUBSCR, BINARY_SLICE, STORE_SLICE,
		STORE_SUBSCR, DELETE_SUBSCR, LIST_TO_TUPLE, GET_ITER, RETURN_VALUE, LOAD_BUILD_CLASS,
		PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, CHECK_EG_MATCH, PREP_RERAISE_STAR, WITH_EXCEPT_START,
		BEFORE_WITH, BEFORE_ASYNC_WITH, LOAD_ASSERTION_ERROR, IMPORT_STAR, YIELD_VALUE,
		GET_YIELD_FROM_ITER, GET_AITER, GET_ANEXT, END_ASYNC_FOR, SETUP_ANNOTATIONS, PRINT_EXPR, NOP,
		GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS:
		return false
	}
	return true
}

func (c *Code) argRepr(in Instr) string {
	a := in.Arg()
	switch in.Op() {
	case LOAD_CONST, KW_NAMES, RETURN_CONST:
		if a < len(c.Consts) {
			return ConstRepr(c.Consts[a])
		}
	case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_ATTR, LOAD_METHOD, STORE_ATTR, DELETE_ATTR,
		STORE_GLOBAL, DELETE_GLOBAL, IMPORT_NAME, IMPORT_FROM:
		if a < len(c.Names) {
			return c.Names[a]
		}
	case LOAD_GLOBAL:
		if a>>1 < len(c.Names) {
			if a&1 == 1 {
				return "NULL + " + c.Names[a>>1]
			}
			return c.Names[a>>1]
		}
	case LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		if a < c.NLocals {
			return c.LocalName(a)
		}
	case BINARY_OP:
		if a < len(BinaryOpSymbols) {
			return BinaryOpSymbols[a]
		}
	case COMPARE_OP:
		if a < len(CompareOpSymbols) {
			return CompareOpSymbols[a]
		}
	case IS_OP:
		if a == 1 {
			return "is not"
		}
		return "is"
	case CONTAINS_OP:
		if a == 1 {
			return "not in"
		}
		return "in"
	case FORMAT_VALUE:
		s := []string{"", "str", "repr", "ascii"}[a&FormatConvMask]
		if a&FormatWithSpec != 0 {
			if s != "" {
				s += ", "
			}
			s += "with format"
		}
		return s
	}
	if in.Op().HasJump() {
		return "to " + strconv.Itoa(a)
	}
	return ""
}

// ConstRepr renders a constant as Python's repr would.
func ConstRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return FloatRepr(v)
	case complex128:
		return complexRepr(v)
	case string:
		return StrRepr(v)
	case Bytes:
		return BytesRepr(string(v))
	case Ellipsis:
		return "Ellipsis"
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case FrozenSet:
		if len(v) == 0 {
			return "frozenset()"
		}
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	case *Code:
		return fmt.Sprintf("<code object %s, file \"%s\", line %d>", v.Name, v.Filename, v.FirstLine)
	}
	return fmt.Sprint(v)
}

// FloatRepr formats f as Python's float.__repr__ does: the shortest string
// that round-trips, in exponent form when the exponent is below -4 or at
// least 16.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	if f == 0 {
		if math.Signbit(f) {
			return "-0.0"
		}
		return "0.0"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	// s looks like d.ddde±XX
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	neg := strings.HasPrefix(mant, "-")
	if neg {
		mant = mant[1:]
	}
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		out += "e" + sign + es
	} else if exp < 0 {
		out = "0." + strings.Repeat("0", -exp-1) + digits
	} else if exp+1 >= len(digits) {
		out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	} else {
		out = digits[:exp+1] + "." + digits[exp+1:]
	}
	if neg {
		out = "-" + out
	}
	return out
}

// StrRepr quotes s as Python's str.__repr__ does.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		if j := plainRun(s, i, quote); j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := decodeRuneRaw(s[i:])
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case !IsPrintable(r):
			switch {
			case r <= 0xff:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// plainRun returns the end of the run of bytes from i that a str repr
// copies as they are: printable ASCII other than quote and backslash.
func plainRun(s string, i int, quote byte) int {
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == quote || c == '\\' {
			break
		}
	}
	return i
}

// StrReprSize is len(StrRepr(s)), found without building it.
func StrReprSize(s string) int {
	quote := rune('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	n := 2
	for i := 0; i < len(s); {
		if j := plainRun(s, i, byte(quote)); j > i {
			n += j - i
			i = j
			continue
		}
		r, k := decodeRuneRaw(s[i:])
		i += k
		switch {
		case r == quote || r == '\\' || r == '\n' || r == '\r' || r == '\t':
			n += 2
		case r < 0x20 || r == 0x7f:
			n += 4
		case r < 0x7f:
			n++
		case !IsPrintable(r):
			switch {
			case r <= 0xff:
				n += 4
			case r <= 0xffff:
				n += 6
			default:
				n += 10
			}
		default:
			n += len(string(r))
		}
	}
	return n
}

// decodeRuneRaw decodes one UTF-8 sequence, accepting encoded surrogates.
func decodeRuneRaw(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	for i, r := range s {
		_ = i
		if r == 0xFFFD && !strings.HasPrefix(s, "\uFFFD") {
			return rune(s[0]) | 0xDC00, 1 // undecodable byte: a lone surrogate in CPython
		}
		return r, len(string(r))
	}
	return 0, 1
}

// BytesRepr quotes b as Python's bytes.__repr__ does.
// BytesReprSize is len(BytesRepr(s)), found without building it.
func BytesReprSize(s string) int {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	n := 3
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == quote || c == '\\' || c == '\n' || c == '\r' || c == '\t':
			n += 2
		case c < 0x20 || c >= 0x7f:
			n += 4
		default:
			n++
		}
	}
	return n
}

func BytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// complexRepr is repr() of a complex: `2j`, `(1+2j)`, `(-0-0j)`; each part
// is written as a float without a trailing ".0".
func complexRepr(z complex128) string {
	part := func(f float64) string {
		s := FloatRepr(f)
		if strings.HasSuffix(s, ".0") && !strings.ContainsAny(s, "eE") {
			s = s[:len(s)-2]
		}
		return s
	}
	if real(z) == 0 && !math.Signbit(real(z)) {
		return part(imag(z)) + "j"
	}
	im := part(imag(z))
	if !strings.HasPrefix(im, "-") {
		im = "+" + im
	}
	return "(" + part(real(z)) + im + "j)"
}

// ComplexRepr renders z as Python's complex.__repr__ does.
func ComplexRepr(z complex128) string { return complexRepr(z) }
