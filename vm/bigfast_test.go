package vm

import (
	"math/big"
	"math/rand"
	"testing"
)

// floorDivRef is Python's x // y and x % y by math/big.
func floorDivRef(x, y *big.Int) (q, r *big.Int) {
	q, r = new(big.Int), new(big.Int)
	q.QuoRem(x, y, r)
	if r.Sign() != 0 && r.Sign() != y.Sign() {
		q.Sub(q, big.NewInt(1))
		r.Add(r, y)
	}
	return q, r
}

// checkIntValue fails unless v is the int want, unboxed exactly when it
// fits in 64 bits.
func checkIntValue(t *testing.T, what string, v Value, want *big.Int, x, y *big.Int) {
	t.Helper()
	got, ok := asBig(v)
	if !ok {
		t.Fatalf("%s of %v, %v: not an int: %v", what, x, y, v)
	}
	if got.Cmp(want) != 0 {
		t.Fatalf("%s of %v, %v: got %v, want %v", what, x, y, got, want)
	}
	if _, big := v.o.(*BigInt); big == want.IsInt64() {
		t.Fatalf("%s of %v, %v: %v boxed=%v", what, x, y, want, big)
	}
}

// checkFloorDiv compares bigFloorDiv with math/big for x // y and x % y,
// asked for together and one at a time.
func checkFloorDiv(t *testing.T, th *Thread, x, y *big.Int) {
	t.Helper()
	if y.Sign() == 0 {
		return
	}
	wq, wr := floorDivRef(x, y)
	a, b := IntFromBig(x), IntFromBig(y)
	q, r := th.bigFloorDiv(a, b, true, true)
	checkIntValue(t, "divmod quotient", q, wq, x, y)
	checkIntValue(t, "divmod remainder", r, wr, x, y)
	q, r = th.bigFloorDiv(a, b, true, false)
	checkIntValue(t, "//", q, wq, x, y)
	if !r.IsNull() {
		t.Fatalf("// of %v, %v: remainder computed", x, y)
	}
	q, r = th.bigFloorDiv(a, b, false, true)
	checkIntValue(t, "%", r, wr, x, y)
	if !q.IsNull() {
		t.Fatalf("%% of %v, %v: quotient computed", x, y)
	}
}

// shapedInt returns an int of about bits bits whose words are often all
// ones or all zeros, where estimates of quotient digits go wrong.
func shapedInt(rng *rand.Rand, bits int) *big.Int {
	x := new(big.Int)
	switch rng.Intn(4) {
	case 0:
		x.Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
	case 1:
		x.Lsh(big.NewInt(1), uint(bits))
		x.Sub(x, big.NewInt(int64(rng.Intn(3))))
	case 2:
		x.Lsh(big.NewInt(1), uint(bits))
		x.Add(x, big.NewInt(int64(rng.Intn(3))))
	default:
		// Runs of ones and zeros.
		for b := 0; b < bits; {
			n := 1 + rng.Intn(70)
			if rng.Intn(2) == 0 {
				for i := b; i < b+n && i < bits; i++ {
					x.SetBit(x, i, 1)
				}
			}
			b += n
		}
	}
	if rng.Intn(2) == 0 {
		x.Neg(x)
	}
	return x
}

func TestBigFloorDiv(t *testing.T) {
	th := &Thread{}
	rng := rand.New(rand.NewSource(1))
	sizes := []int{1, 62, 63, 64, 65, 127, 128, 129, 191, 192, 193, 256, 640, 2000}
	quots := []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(2), big.NewInt(9),
		new(big.Int).SetUint64(1<<63 - 1), new(big.Int).SetUint64(1 << 63),
		new(big.Int).SetUint64(1<<64 - 1), new(big.Int).Lsh(big.NewInt(1), 64),
		new(big.Int).Lsh(big.NewInt(1), 65)}
	for i := 0; i < 20000; i++ {
		y := shapedInt(rng, sizes[rng.Intn(len(sizes))])
		var x *big.Int
		switch rng.Intn(3) {
		case 0:
			x = shapedInt(rng, sizes[rng.Intn(len(sizes))])
		default:
			// x = y*q + d with a remainder d around 0 or around y.
			q := quots[rng.Intn(len(quots))]
			if rng.Intn(3) == 0 {
				q = new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), 64))
			}
			x = new(big.Int).Mul(y, q)
			switch rng.Intn(5) {
			case 1:
				x.Add(x, big.NewInt(1))
			case 2:
				x.Sub(x, big.NewInt(1))
			case 3:
				x.Add(x, y)
				x.Sub(x, big.NewInt(int64(y.Sign())))
			case 4:
				x.Sub(x, y)
			}
			if rng.Intn(2) == 0 {
				x.Neg(x)
			}
		}
		checkFloorDiv(t, th, x, y)
		checkFloorDiv(t, th, y, x)
	}
}

func FuzzBigFloorDiv(f *testing.F) {
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, []byte{1, 0, 0, 0, 0, 0, 0, 0, 1}, false, true, uint64(7), int8(-1))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
		[]byte{0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, true, false, uint64(1<<64-1), int8(0))
	th := &Thread{}
	f.Fuzz(func(t *testing.T, xb, yb []byte, xneg, yneg bool, q uint64, d int8) {
		x, y := new(big.Int).SetBytes(xb), new(big.Int).SetBytes(yb)
		if yneg {
			y.Neg(y)
		}
		// As given, and as y*q + d, whose quotient fits in a word.
		if xneg {
			x.Neg(x)
		}
		checkFloorDiv(t, th, x, y)
		x.Mul(y, new(big.Int).SetUint64(q))
		x.Add(x, big.NewInt(int64(d)))
		if xneg {
			x.Neg(x)
		}
		checkFloorDiv(t, th, x, y)
	})
}

// TestQuoRemWordRefusesWide checks that quoRemWord leaves quotients of
// more than a word to math/big.
func TestQuoRemWordRefusesWide(t *testing.T) {
	y := new(big.Int).Lsh(big.NewInt(3), 100)
	x := new(big.Int).Lsh(y, 64)
	if _, _, ok := quoRemWord(x.Bits(), y.Bits(), make([]big.Word, len(x.Bits()))); ok {
		t.Fatal("quotient 2**64 taken as one word")
	}
}

func BenchmarkQuoRemWord(b *testing.B) {
	rng := rand.New(rand.NewSource(2))
	y := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), 150*64))
	x := new(big.Int).Mul(y, big.NewInt(7))
	x.Add(x, new(big.Int).Rsh(y, 3))
	r := make([]big.Word, len(x.Bits()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		quoRemWord(x.Bits(), y.Bits(), r)
	}
}
