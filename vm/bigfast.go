package vm

// The common shapes of big-int arithmetic without the temporaries a
// plain use of math/big makes: small operands written into per-thread
// buffers, operations whose result is one of the operands, and floor
// division whose quotient fits in a word (one multiply-subtract pass over
// the operands, where math/big shifts copies of both).

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/pyjit/pyjit/vm/code"
)

// bigTemp is a thread's storage for values that live only during one
// big-int operation.
type bigTemp struct {
	// args holds the small operands of the operation as big.Ints.
	args [2]big.Int
	// words is scratch for a remainder.
	words []big.Word
	// rest receives the part of a division that is not wanted.
	rest big.Int
	// made is the big int the BINARY_OP instruction at madePC of
	// madeFrame made, when that was the last BINARY_OP to run through
	// binaryOpAt on the thread: until an instruction takes it off the
	// value stack, nothing else holds it.
	made      *BigInt
	madeFrame *Frame
	madePC    int
}

// bigTempKeep is the size in words beyond which a thread does not keep
// scratch storage between operations.
const bigTempKeep = 1 << 12

// scratch returns n words of scratch storage.
func (t *bigTemp) scratch(n int) []big.Word {
	if cap(t.words) < n {
		t.words = make([]big.Word, n, n+n/4+4)
	}
	return t.words[:n]
}

// trim drops scratch storage too large to keep.
func (t *bigTemp) trim() {
	if cap(t.words) > bigTempKeep {
		t.words = nil
	}
	if cap(t.rest.Bits()) > bigTempKeep {
		t.rest = big.Int{}
	}
}

// bigArg returns v, an int or bool, as a big.Int. A small int is written
// into the thread's operand buffer i (0 or 1), without allocating once
// the buffer has its word: the result is valid until the next bigArg(i)
// and must not become part of a result (math/big never returns its
// operands' words).
func (th *Thread) bigArg(i int, v Value) *big.Int {
	switch o := v.o.(type) {
	case *BigInt:
		return &o.b
	case intTag, boolTag:
		return th.bigTemp.args[i].SetInt64(int64(v.n))
	}
	x, _ := asBig(v)
	return x
}

// exactInt returns v, an int or bool operand of an int operation, as the
// int it stands for: a bool becomes the int of its value.
func exactInt(v Value) Value {
	if _, ok := v.o.(boolTag); ok {
		return Int(int64(v.n))
	}
	return v
}

// isPlainInt reports whether v is an int or a bool, not an instance of
// a subclass.
func isPlainInt(v Value) bool {
	switch v.o.(type) {
	case intTag, boolTag, *BigInt:
		return true
	}
	return false
}

// isUnit reports whether |x| is 1.
func isUnit(x *big.Int) bool {
	w := x.Bits()
	return len(w) == 1 && w[0] == 1
}

// bigOne is the constant 1, read only.
var bigOne = big.NewInt(1)

// quoRemWord divides the magnitude u by the magnitude v, both without
// leading zero words, len(v) >= 2, when the quotient fits in a word:
// it returns the quotient and the remainder, written into r (at least
// len(u) words, not overlapping u or v) and without leading zeros. ok is
// false, and nothing computed, when the quotient may not fit in a word.
//
// The quotient digit is estimated from the operands' top words as in
// Knuth's Algorithm D (TAOCP 4.3.1), from the operands as if shifted to
// make v's top bit 1 — which changes no quotient — but the shifted words
// are formed on the fly and the remainder computed from the operands as
// they are, in one multiply-subtract pass.
func quoRemWord(u, v, r []big.Word) (q big.Word, rem []big.Word, ok bool) {
	m, n := len(u), len(v)
	if m > n+1 {
		return 0, nil, false
	}
	s := uint(bits.LeadingZeros(uint(v[n-1])))
	// word(x, i) is word i of x << s.
	word := func(x []big.Word, i int) uint {
		var hi, lo uint
		if i >= 0 && i < len(x) {
			hi = uint(x[i])
		}
		if i >= 1 && i-1 < len(x) {
			lo = uint(x[i-1])
		}
		// A shift by the word size gives 0.
		return hi<<s | lo>>(bits.UintSize-s)
	}
	vTop, vNext := word(v, n-1), word(v, n-2)
	// The quotient fits in a word when the shifted u's words from n up
	// make a number less than v's top word.
	uTop := word(u, n)
	if word(u, n+1) != 0 || uTop >= vTop {
		return 0, nil, false
	}
	qh, rh := bits.Div(uTop, word(u, n-1), vTop)
	// Knuth's test on the next word: afterwards qh is the quotient or
	// one more.
	u2 := word(u, n-2)
	for {
		hi, lo := bits.Mul(qh, vNext)
		if hi < rh || hi == rh && lo <= u2 {
			break
		}
		qh--
		prev := rh
		rh += vTop
		if rh < prev {
			break // rh no longer fits in a word: the test passes
		}
	}
	// r = u - qh*v, in m words, two's complement.
	r = r[:m]
	un, rn := u[:n], r[:n]
	var mc, borrow uint
	for i, vi := range v {
		hi, lo := bits.Mul(qh, uint(vi))
		lo, c := bits.Add(lo, mc, 0)
		mc = hi + c
		d, b := bits.Sub(uint(un[i]), lo, borrow)
		rn[i], borrow = big.Word(d), b
	}
	if m > n {
		d, b := bits.Sub(uint(u[n]), mc, borrow)
		r[n], borrow, mc = big.Word(d), b, 0
	}
	// The word above u is 0: the difference is negative when anything is
	// borrowed from it.
	neg := mc+borrow != 0
	for neg {
		// qh was one too large: add v back; the carry out of the top
		// word marks the sum's return to non-negative.
		qh--
		var c uint
		for i, vi := range v {
			var s uint
			s, c = bits.Add(uint(rn[i]), uint(vi), c)
			rn[i] = big.Word(s)
		}
		if m > n {
			var s uint
			s, c = bits.Add(uint(r[n]), 0, c)
			r[n] = big.Word(s)
		}
		neg = c == 0
	}
	for m > 0 && r[m-1] == 0 {
		m--
	}
	r = r[:m]
	// The estimate is never too small; make sure.
	for cmpWords(r, v) >= 0 {
		var b uint
		for i := range r {
			var vi uint
			if i < n {
				vi = uint(v[i])
			}
			var d uint
			d, b = bits.Sub(uint(r[i]), vi, b)
			r[i] = big.Word(d)
		}
		for m > 0 && r[m-1] == 0 {
			m--
		}
		r = r[:m]
		qh++
	}
	return big.Word(qh), r, true
}

// cmpWords compares the magnitudes x and y, both without leading zero
// words.
func cmpWords(x, y []big.Word) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// wordInt returns the int -(mag+inc) if neg, else mag+inc, with inc 0 or 1.
func wordInt(mag big.Word, inc uint, neg bool) Value {
	lo, hi := bits.Add(uint(mag), inc, 0)
	if hi == 0 && (uint64(lo) <= math.MaxInt64 || neg && uint64(lo) == 1<<63) {
		if neg {
			return Int(-int64(lo))
		}
		return Int(int64(lo))
	}
	w := []big.Word{big.Word(lo)}
	if hi != 0 {
		w = append(w, 1)
	}
	r := &BigInt{}
	r.b.SetBits(w)
	if neg {
		r.b.Neg(&r.b)
	}
	return Obj(r)
}

// wordsInt returns the int of the magnitude w (without leading zero
// words), negated if neg. fresh says w is new storage the int may keep;
// otherwise a big int gets a copy.
func wordsInt(w []big.Word, neg, fresh bool) Value {
	var t big.Int
	t.SetBits(w)
	if neg {
		t.Neg(&t)
	}
	if t.IsInt64() {
		return Int(t.Int64())
	}
	r := &BigInt{}
	if fresh {
		r.b = t
	} else {
		r.b.Set(&t)
	}
	return Obj(r)
}

// bigFloorDiv returns a // b and a % b, with Python's floor semantics, for
// ints a and b, b not zero. It computes only what is wanted: the other
// result is Null.
func (th *Thread) bigFloorDiv(a, b Value, wantQ, wantR bool) (q, r Value) {
	x, y := th.bigArg(0, a), th.bigArg(1, b)
	xs, ys := x.Bits(), y.Bits()
	xneg, yneg := x.Sign() < 0, y.Sign() < 0
	q, r = Null, Null
	if isUnit(y) {
		if wantQ {
			q = exactInt(a)
			if yneg {
				q = th.negInt(x)
			}
		}
		if wantR {
			r = Int(0)
		}
		return q, r
	}
	m, n := len(xs), len(ys)
	if m < n || m == n && m > 0 && xs[m-1] < ys[n-1] {
		// |x| < |y|: the truncated quotient is 0 and the remainder x.
		if xneg == yneg || m == 0 {
			if wantQ {
				q = Int(0)
			}
			if wantR {
				r = exactInt(a)
			}
			return q, r
		}
		if wantQ {
			q = Int(-1)
		}
		if wantR {
			var t big.Int
			t.Add(x, y)
			r = intFromFreshBig(&t)
		}
		return q, r
	}
	var qw big.Word
	var rem []big.Word
	ok := false
	if n >= 2 {
		qw, rem, ok = quoRemWord(xs, ys, th.bigTemp.scratch(m))
	} else if m <= 2 {
		var hi uint
		if m == 2 {
			hi = uint(xs[1])
		}
		if hi < uint(ys[0]) {
			qh, rh := bits.Div(hi, uint(xs[0]), uint(ys[0]))
			qw, rem, ok = big.Word(qh), th.bigTemp.scratch(1), true
			rem[0] = big.Word(rh)
			if rh == 0 {
				rem = rem[:0]
			}
		}
	}
	if ok {
		// Floor: when the signs differ and the division is not exact,
		// the quotient is one further from zero and the remainder
		// takes the divisor's sign: sign(y) * (|y| - rem).
		adjust := xneg != yneg && len(rem) > 0
		if wantQ {
			var inc uint
			if adjust {
				inc = 1
			}
			q = wordInt(qw, inc, xneg != yneg)
		}
		if wantR {
			if !adjust {
				r = wordsInt(rem, xneg, false)
			} else {
				d := make([]big.Word, n)
				var bw uint
				for i := range d {
					var ri uint
					if i < len(rem) {
						ri = uint(rem[i])
					}
					var s uint
					s, bw = bits.Sub(uint(ys[i]), ri, bw)
					d[i] = big.Word(s)
				}
				k := n
				for k > 0 && d[k-1] == 0 {
					k--
				}
				r = wordsInt(d[:k], yneg, true)
			}
		}
		th.bigTemp.trim()
		return q, r
	}
	var qb, rb big.Int
	qd, rd := &qb, &rb
	if !wantQ {
		qd = &th.bigTemp.rest
	} else if !wantR {
		rd = &th.bigTemp.rest
	}
	qd.QuoRem(x, y, rd) // truncated: rd has x's sign
	if rd.Sign() != 0 && (rd.Sign() < 0) != yneg {
		if wantQ {
			qd.Sub(qd, bigOne)
		}
		if wantR {
			rd.Add(rd, y)
		}
	}
	if wantQ {
		q = intFromFreshBig(qd)
	}
	if wantR {
		r = intFromFreshBig(rd)
	}
	th.bigTemp.trim()
	return q, r
}

// negInt returns -x.
func (th *Thread) negInt(x *big.Int) Value {
	var t big.Int
	t.Neg(x)
	return intFromFreshBig(&t)
}

// bigAddMul returns a + b, a - b or a * b (op) for ints a and b. made is
// the result when it is a big int that the operation made (rather than
// one of the operands): no one else holds it yet. reuse, if not nil, is
// a big int operand that no one else holds either, whose storage the
// result may take over.
func (th *Thread) bigAddMul(op int, a, b Value, reuse *BigInt) (v Value, made *BigInt, err error) {
	x := th.bigArg(0, a)
	y := th.bigArg(1, b)
	switch op {
	case code.NB_ADD:
		// An int is immutable: x + 0 can be x itself.
		if y.Sign() == 0 {
			return exactInt(a), nil, nil
		}
		if x.Sign() == 0 {
			return exactInt(b), nil, nil
		}
	case code.NB_SUBTRACT:
		if y.Sign() == 0 {
			return exactInt(a), nil, nil
		}
	case code.NB_MULTIPLY:
		if x.Sign() == 0 || y.Sign() == 0 {
			return Int(0), nil, nil
		}
		if isUnit(y) && y.Sign() > 0 {
			return exactInt(a), nil, nil
		}
		if isUnit(x) && x.Sign() > 0 {
			return exactInt(b), nil, nil
		}
		if len(x.Bits())*len(y.Bits()) > 4*mulChunk*mulChunk {
			p, err := th.bigMul(x, y)
			if err != nil {
				return Null, nil, err
			}
			return intFromFreshBig(p), nil, nil
		}
	}
	r := reuse
	if r == nil {
		r = new(BigInt)
	}
	// math/big allows the result to be one of the operands.
	switch op {
	case code.NB_ADD:
		r.b.Add(x, y)
	case code.NB_SUBTRACT:
		r.b.Sub(x, y)
	default:
		r.b.Mul(x, y)
	}
	if r.b.IsInt64() {
		return Int(r.b.Int64()), nil, nil
	}
	return Obj(r), r, nil
}

// binaryOpAt is BinaryOp for the BINARY_OP instruction at pc in f's code
// when an operand is a big int (or both are small ints). An int operand that the instruction just before made (or the one
// before that, when between them there is only a load) is on the value
// stack and nowhere else: the result of +, - or * may take over its
// storage, as `q * j + r` adds r into the product's words instead of
// allocating a third int.
func (th *Thread) binaryOpAt(f *Frame, pc, op int, a, b Value) (Value, error) {
	t := &th.bigTemp
	made, madeFrame, madePC := t.made, t.madeFrame, t.madePC
	t.made, t.madeFrame = nil, nil
	base := op
	if base >= code.NB_INPLACE_ADD {
		base -= code.NB_INPLACE_ADD
	}
	ab, aBig := a.o.(*BigInt)
	bb, bBig := b.o.(*BigInt)
	if base != code.NB_ADD && base != code.NB_SUBTRACT && base != code.NB_MULTIPLY ||
		!(aBig || bBig || a.IsSmallInt() && b.IsSmallInt()) || !isPlainInt(a) || !isPlainInt(b) {
		return th.BinaryOp(op, a, b)
	}
	var reuse *BigInt
	if made != nil && madeFrame == f {
		switch {
		case bBig && bb == made && madePC == pc-1:
			reuse = made
		case aBig && ab == made && madePC == pc-2 && pureLoad(f.code.Instrs[pc-1].Op()):
			reuse = made
		}
	}
	v, r, err := th.bigAddMul(base, a, b, reuse)
	if r != nil {
		t.made, t.madeFrame, t.madePC = r, f, pc
	}
	return v, err
}

// A BINARY_OP whose operands are neither big ints nor two small ints
// does not go through binaryOpAt and leaves t.made as it is: it cannot
// have t.made as an operand, and only an instruction that has it as an
// operand lets it reach anything but the value stack.

// pureLoad reports whether op only pushes a value: a variable or a
// constant.
func pureLoad(op code.Opcode) bool {
	switch op.Family() {
	case code.LOAD_FAST, code.LOAD_CONST, code.LOAD_DEREF:
		return true
	}
	return false
}
