// Package backendtest holds what the tests of every native backend share:
// hand-built traces, a generator of random traces, and the tests that run
// compiled code natively and compare it with ir.Eval.
package backendtest

import (
	"math"

	"github.com/pyjit/pyjit/jit/ir"
)

// SumLoop adds the ints from slot 0 up to slot 1 into slot 2, with an
// overflow guard on the addition. Its exits: 1 the loop is done, 2 the
// sum overflowed (slots hold the values before the addition), 3 fuel.
func SumLoop() *ir.Trace {
	b := ir.NewBuilder(3)
	i0 := b.LoadSlot(0, ir.Int)
	n := b.LoadSlot(1, ir.Int)
	s0 := b.LoadSlot(2, ir.Int)
	b.Loop()
	i := b.Phi(i0)
	s := b.Phi(s0)
	b.Guard(ir.OpGuardTrue, b.Snap(10, ir.S(0, i), ir.S(2, s)), b.Op(ir.OpLt, i, n))
	s1 := b.Op(ir.OpAddOv, s, i)
	b.Guard(ir.OpGuardNoOverflow, b.Snap(11, ir.S(0, i), ir.S(2, s)), s1)
	i1 := b.Op(ir.OpAdd, i, b.Int(1))
	b.Fuel(b.Snap(12, ir.S(0, i1), ir.S(2, s1)))
	b.SetPhi(i, i1)
	b.SetPhi(s, s1)
	return b.Trace()
}

// FloatLoop runs x = x*a + b for slot 1 steps from x in slot 0, with a
// and b in slots 2 and 3; the step count is slot 1, counted down.
func FloatLoop() *ir.Trace {
	b := ir.NewBuilder(4)
	x0 := b.LoadSlot(0, ir.Float)
	k0 := b.LoadSlot(1, ir.Int)
	fa := b.LoadSlot(2, ir.Float)
	fb := b.LoadSlot(3, ir.Float)
	b.Loop()
	x := b.Phi(x0)
	k := b.Phi(k0)
	b.Guard(ir.OpGuardTrue, b.Snap(20, ir.S(0, x), ir.S(1, k)), b.Op(ir.OpGt, k, b.Int(0)))
	x1 := b.Op(ir.OpFAdd, b.Op(ir.OpFMul, x, fa), fb)
	k1 := b.Op(ir.OpSub, k, b.Int(1))
	b.Fuel(b.Snap(21, ir.S(0, x1), ir.S(1, k1)))
	b.SetPhi(x, x1)
	b.SetPhi(k, k1)
	return b.Trace()
}

// MidGuard computes slot0*3, exits if it exceeds slot 1 (snapshot: the
// product in slot 2 and the float 0.5 in slot 3), else stores
// product+1 in slot 2.
func MidGuard() *ir.Trace {
	b := ir.NewBuilder(4)
	x := b.LoadSlot(0, ir.Int)
	lim := b.LoadSlot(1, ir.Int)
	p := b.Op(ir.OpMul, x, b.Int(3))
	half := b.Float(0.5)
	b.Guard(ir.OpGuardFalse, b.Snap(30, ir.S(2, p), ir.S(3, half)), b.Op(ir.OpGt, p, lim))
	b.StoreSlot(2, b.Op(ir.OpAdd, p, b.Int(1)))
	b.Exit(b.Snap(31))
	return b.Trace()
}

// Pressure loads n int and n float slots, combines each with all the
// later ones so that all are live at once, and stores int and float sums
// in slots 2n and 2n+1.
func Pressure(n int) *ir.Trace {
	b := ir.NewBuilder(2*n + 2)
	var is, fs []ir.Ref
	for k := 0; k < n; k++ {
		is = append(is, b.LoadSlot(k, ir.Int))
		fs = append(fs, b.LoadSlot(n+k, ir.Float))
	}
	si, sf := b.Int(0), b.Float(0)
	for k := n - 1; k >= 0; k-- {
		si = b.Op(ir.OpAdd, b.Op(ir.OpMul, si, b.Int(31)), is[k])
		sf = b.Op(ir.OpFAdd, b.Op(ir.OpFMul, sf, b.Float(0.5)), fs[k])
	}
	// Use them all again, so they all stay live across the sums.
	for k := 0; k < n; k++ {
		si = b.Op(ir.OpSub, si, is[k])
		sf = b.Op(ir.OpFSub, sf, fs[k])
	}
	b.StoreSlot(2*n, si)
	b.StoreSlot(2*n+1, sf)
	b.Exit(b.Snap(40))
	return b.Trace()
}

// F2u returns the bits of f.
func F2u(f float64) uint64 { return math.Float64bits(f) }

// U2f returns the float64 with bits u.
func U2f(u uint64) float64 { return math.Float64frombits(u) }

// AllOps uses every operation once, with a snapshot on each guard.
func AllOps() *ir.Trace {
	b := ir.NewBuilder(4)
	x := b.LoadSlot(0, ir.Int)
	f := b.LoadSlot(1, ir.Float)
	o := b.LoadSlot(2, ir.Object)
	b.Guard(ir.OpGuardEq, b.Snap(1), b.Load(o, 8, ir.Int), b.Int(42))
	b.Guard(ir.OpGuardEq, b.Snap(2), b.Load(o, -16, ir.Object), b.RefConst(0xc000123450))
	y := b.Op(ir.OpMulOv, b.Op(ir.OpSub, x, b.Int(-7)), x)
	b.Guard(ir.OpGuardNoOverflow, b.Snap(3, ir.S(0, x)), y)
	z := b.Op(ir.OpSubOv, y, b.Int(1<<40))
	b.Guard(ir.OpGuardNoOverflow, b.Snap(4, ir.S(0, y)), z)
	g := b.Op(ir.OpFDiv, b.Op(ir.OpFNeg, f), b.Op(ir.OpIntToFloat, z))
	h := b.Op(ir.OpFSub, b.Op(ir.OpFAdd, g, b.Op(ir.OpFSqrt, f)), b.Float(1.5))
	c := b.Op(ir.OpAnd, b.Op(ir.OpFLe, g, b.Float(2.5)), b.Op(ir.OpNot, b.Op(ir.OpFEq, h, f)))
	d := b.Op(ir.OpOr, b.Op(ir.OpFNe, g, h), b.Op(ir.OpFLt, h, g))
	e := b.Op(ir.OpAnd, b.Op(ir.OpFGt, g, h), b.Op(ir.OpFGe, h, g))
	b.Guard(ir.OpGuardFalse, b.Snap(5, ir.S(1, g), ir.S(3, c)), c)
	b.Guard(ir.OpGuardTrue, b.Snap(6, ir.S(1, h), ir.S(3, d)), d)
	b.StoreSlot(1, g)
	k := b.Op(ir.OpAnd, b.Op(ir.OpLe, x, z), b.Op(ir.OpGe, z, b.Int(3)))
	m := b.Op(ir.OpOr, b.Op(ir.OpEq, x, y), b.Op(ir.OpGt, x, b.Int(1<<33)))
	b.StoreSlot(3, b.Op(ir.OpOr, b.Op(ir.OpOr, e, k), b.Op(ir.OpAnd, m, b.Op(ir.OpNe, x, y))))
	b.Exit(b.Snap(7, ir.S(0, b.Op(ir.OpAddOv, y, x)), ir.S(2, b.RefConst(1<<50))))
	return b.Trace()
}

// ArrayLoop walks an array of float words: it sums them, doubles each in
// place and checks an int word at a constant index: the loads, stores and
// address arithmetic of list and tuple elements.
//
//	s0 array, s1 length, s2 index, s3 sum (float)
func ArrayLoop() *ir.Trace {
	b := ir.NewBuilder(4)
	arr := b.LoadSlot(0, ir.Object)
	n := b.LoadSlot(1, ir.Int)
	i0 := b.LoadSlot(2, ir.Int)
	s0 := b.LoadSlot(3, ir.Float)
	b.Loop()
	i := b.Phi(i0)
	s := b.Phi(s0)
	b.Guard(ir.OpGuardTrue, b.Snap(1, ir.S(2, i), ir.S(3, s)), b.Op(ir.OpLt, i, n))
	b.Guard(ir.OpGuardEq, b.Snap(2, ir.S(2, i), ir.S(3, s)), b.Load(b.Index(arr, b.Int(-1)), 0, ir.Int), b.Int(7))
	e := b.Index(arr, i)
	x := b.Load(e, 0, ir.Float)
	s1 := b.Op(ir.OpFAdd, s, x)
	b.Store(e, 0, b.Op(ir.OpFMul, x, b.Float(2)))
	b.Store(b.Index(arr, b.Int(-1)), 0, b.Int(7))
	i1 := b.Op(ir.OpAdd, i, b.Int(1))
	b.Fuel(b.Snap(3, ir.S(2, i1), ir.S(3, s1)))
	b.SetPhi(i, i1)
	b.SetPhi(s, s1)
	return b.Trace()
}

// CallLoop sums callout 1 of (float(i), 0.5) for i < n: the values live
// across the call (the Phis, n) live in memory, and the call's snapshot
// lets Go refuse it.
//
//	s0 i, s1 sum (float), s2 n
func CallLoop() *ir.Trace {
	b := ir.NewBuilder(3)
	i0 := b.LoadSlot(0, ir.Int)
	s0 := b.LoadSlot(1, ir.Float)
	n := b.LoadSlot(2, ir.Int)
	b.Loop()
	i := b.Phi(i0)
	s := b.Phi(s0)
	b.Guard(ir.OpGuardTrue, b.Snap(1, ir.S(0, i), ir.S(1, s)), b.Op(ir.OpLt, i, n))
	y := b.Call(1, ir.Float, b.Snap(2, ir.S(0, i), ir.S(1, s)), b.Op(ir.OpIntToFloat, i), b.Float(0.5))
	s1 := b.Op(ir.OpFAdd, s, y)
	i1 := b.Op(ir.OpAdd, i, b.Int(1))
	b.Fuel(b.Snap(3, ir.S(0, i1), ir.S(1, s1)))
	b.SetPhi(i, i1)
	b.SetPhi(s, s1)
	return b.Trace()
}

// MinMax takes Python's min and max of two ints and two floats (one a
// constant) and exits with them.
//
//	s0, s1 ints; s2, s3 floats
func MinMax() *ir.Trace {
	b := ir.NewBuilder(4)
	x, y := b.LoadSlot(0, ir.Int), b.LoadSlot(1, ir.Int)
	f, g := b.LoadSlot(2, ir.Float), b.LoadSlot(3, ir.Float)
	lo, hi := b.Op(ir.OpMin, x, y), b.Op(ir.OpMax, x, b.Int(-3))
	flo, fhi := b.Op(ir.OpFMin, f, g), b.Op(ir.OpFMax, b.Float(0.5), f)
	b.Exit(b.Snap(1, ir.S(0, lo), ir.S(1, hi), ir.S(2, flo), ir.S(3, fhi)))
	return b.Trace()
}

// IntOps takes Python's // and % and the bitwise & | ^ of two ints (and
// // and % by a constant) and exits with them; the quotient and the
// remainder of the two slots stay live across the rest, so that on amd64
// some of them sit in the registers a division borrows.
//
//	s0, s1 ints in; s0..s6 ints out
func IntOps() *ir.Trace {
	b := ir.NewBuilder(7)
	x, y := b.LoadSlot(0, ir.Int), b.LoadSlot(1, ir.Int)
	q, m := b.Op(ir.OpFloorDiv, x, y), b.Op(ir.OpFloorMod, x, y)
	qc, mc := b.Op(ir.OpFloorDiv, x, b.Int(-7)), b.Op(ir.OpFloorMod, b.Int(1000), y)
	and, or, xor := b.Op(ir.OpBitAnd, x, y), b.Op(ir.OpBitOr, x, b.Int(0x55)), b.Op(ir.OpBitXor, q, m)
	b.Exit(b.Snap(1, ir.S(0, q), ir.S(1, m), ir.S(2, qc), ir.S(3, mc), ir.S(4, and), ir.S(5, or), ir.S(6, b.Op(ir.OpAdd, xor, b.Op(ir.OpSub, x, y)))))
	return b.Trace()
}
