package vm

// Big-int arithmetic whose cost a script chooses (x * y and x ** y on
// huge ints, pow(x, y, m) with huge exponents) in pieces short enough that
// Ctrl-C and the host's limits stop it within milliseconds, with the size
// of every result checked before it is made.

import (
	"math/big"
	"math/bits"
)

// mulChunk is the size in words of the pieces huge products are made of:
// Go multiplies two of them in a few milliseconds.
const mulChunk = 1 << 12

// wordBytes is the size of a big.Word.
const wordBytes = bits.UintSize / 8

// bigMul returns x * y. Products of huge ints are computed piece by
// piece, polling for interrupts between pieces.
func (th *Thread) bigMul(x, y *big.Int) (*big.Int, error) {
	xs, ys := x.Bits(), y.Bits()
	if len(xs)*len(ys) <= 4*mulChunk*mulChunk {
		return new(big.Int).Mul(x, y), nil
	}
	if err := th.allocN(int64(len(xs))+int64(len(ys)), 2*wordBytes); err != nil {
		return nil, err
	}
	out := make([]big.Word, len(xs)+len(ys)+1)
	var p, a, b big.Int
	for i := 0; i < len(xs); i += mulChunk {
		a.SetBits(xs[i:min(i+mulChunk, len(xs))])
		for j := 0; j < len(ys); j += mulChunk {
			if err := th.poll(mulChunk); err != nil {
				return nil, err
			}
			b.SetBits(ys[j:min(j+mulChunk, len(ys))])
			p.Mul(&a, &b)
			addWordsAt(out, p.Bits(), i+j)
		}
	}
	r := new(big.Int).SetBits(out)
	if x.Sign()*y.Sign() < 0 {
		r.Neg(r)
	}
	return r, nil
}

// addWordsAt adds src to dst at word offset off; dst has room for the
// carry.
func addWordsAt(dst, src []big.Word, off int) {
	var c uint
	i := 0
	for ; i < len(src); i++ {
		s, c2 := bits.Add(uint(dst[off+i]), uint(src[i]), c)
		dst[off+i], c = big.Word(s), c2
	}
	for k := off + i; c != 0 && k < len(dst); k++ {
		s, c2 := bits.Add(uint(dst[k]), 0, c)
		dst[k], c = big.Word(s), c2
	}
}

// bigPow returns x ** e for e >= 0. A result larger than any allocation
// can get raises MemoryError before any work, as one past the host's
// memory limit stops the script; a huge one is computed by squarings
// that poll for interrupts.
func (th *Thread) bigPow(x, e *big.Int) (*big.Int, error) {
	if e.Sign() == 0 {
		return big.NewInt(1), nil
	}
	if x.CmpAbs(big.NewInt(1)) <= 0 {
		r := new(big.Int).Set(x)
		if x.Sign() < 0 && e.Bit(0) == 0 {
			r.Neg(r)
		}
		return r, nil
	}
	// The result has about (bits of |x|) * e bits; |x| is at least 2.
	xbits := int64(x.BitLen())
	if abs := new(big.Int).Abs(x); abs.TrailingZeroBits() == uint(xbits-1) {
		xbits-- // a power of two, 2**k, has k*e + 1 bits
	}
	if !e.IsInt64() || e.Int64() > int64(maxAllocBytes)*8/xbits {
		return nil, NewException(MemoryErrorType)
	}
	n := e.Int64()
	if err := th.alloc(xbits * n / 8); err != nil {
		return nil, err
	}
	if xbits*n <= 1<<20 {
		return new(big.Int).Exp(x, e, nil), nil
	}
	r := new(big.Int).Set(x)
	for i := e.BitLen() - 2; i >= 0; i-- {
		if err := th.poll(1); err != nil {
			return nil, err
		}
		var err error
		if r, err = th.bigMul(r, r); err != nil {
			return nil, err
		}
		if e.Bit(i) == 1 {
			if r, err = th.bigMul(r, x); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// expChunkWork bounds the work of one call of big.Int.Exp in bigModPow,
// in exponent bits times the modulus's words squared.
const expChunkWork = 1 << 24

// bigModPow returns x ** e mod m for e >= 0 and m > 0. A long
// exponentiation runs in pieces of the exponent, polling for interrupts
// between them: x**e = (x**hi)**(2**k) * x**lo.
func (th *Thread) bigModPow(x, e, m *big.Int) (*big.Int, error) {
	words := int64(len(m.Bits()))
	k := int(expChunkWork / (words*words + 1))
	if k < 1 {
		k = 1
	}
	if e.BitLen() <= 2*k {
		return new(big.Int).Exp(x, e, m), nil
	}
	base := new(big.Int).Mod(x, m)
	r := big.NewInt(1)
	shift := new(big.Int).Lsh(big.NewInt(1), uint(k))
	mask := new(big.Int).Sub(shift, big.NewInt(1))
	lo := new(big.Int)
	top := (e.BitLen() - 1) / k * k
	for pos := top; pos >= 0; pos -= k {
		if err := th.poll(int64(k)); err != nil {
			return nil, err
		}
		// lo is the k bits of e at pos.
		lo.Rsh(e, uint(pos))
		lo.And(lo, mask)
		if pos != top {
			r.Exp(r, shift, m)
		}
		if lo.Sign() != 0 {
			r.Mul(r, new(big.Int).Exp(base, lo, m))
			r.Mod(r, m)
		}
	}
	return r, nil
}
