package jit

import (
	"math"

	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// Calls of builtin functions the recorder inlines: len of a list or
// tuple, abs of an int, min and max of two ints or two floats, all
// without branches, and isinstance of an instance and a class its class
// derives from (a constant True). The
// function is a global the trace checks at every entry, like any global
// it reads, and compares with the builtins the interpreter started with.

// builtin names an inlined builtin function.
type builtin uint8

const (
	bNone builtin = iota
	bLen
	bAbs
	bMin
	bMax
	bSqrt // math.sqrt (see record_module.go): no builtin of that name
	bIsinstance
	bListAppend // list.append, found by LOAD_METHOD on a list (record_seq.go)
	numBuiltins
)

var builtinNames = [numBuiltins]string{bLen: "len", bAbs: "abs", bMin: "min", bMax: "max", bSqrt: "math.sqrt", bIsinstance: "isinstance", bListAppend: "list.append"}

// builtinSet holds the words of the interpreter's builtin functions.
type builtinSet struct {
	words [numBuiltins][3]uint64
}

// init records in's builtin functions.
func (s *builtinSet) init(in *vm.Interpreter) {
	for b := bLen; b < numBuiltins; b++ {
		if v, ok := in.Builtin(builtinNames[b]); ok {
			s.words[b] = *words(&v)
		}
	}
}

// find returns which inlined builtin v is, or bNone.
func (s *builtinSet) find(v vm.Value) builtin {
	w := *words(&v)
	for b := bLen; b < numBuiltins; b++ {
		if w == s.words[b] && w[0] != 0 {
			return b
		}
	}
	return bNone
}

// call records CALL n of an inlined builtin. The guards' snapshot is the
// state before the call, so an exit lets the interpreter make it.
func (r *recorder) call(pc, n int) error {
	if len(r.stack) < n+2 {
		return errAbort("stack entry from outside the loop")
	}
	f, null := r.stack[len(r.stack)-n-1], r.stack[len(r.stack)-n-2]
	if f.k != kBuiltin || null.k != kNull {
		return errAbort("call of a value not an inlined builtin")
	}
	args := r.stack[len(r.stack)-n:]
	snap := r.snap(pc, "builtin")
	var res sval
	var err error
	switch b := builtin(f.i); {
	case b == bLen && n == 1 && args[0].k.isSeq():
		_, ln := r.seqParts(args[0])
		res = sval{ref: ln, k: kInt, i: int64(len(seqItems(args[0].v)))}
	case b == bAbs && n == 1 && args[0].k == kInt:
		res, err = r.absInt(args[0], snap)
	case b == bSqrt && n == 1 && args[0].k.isNum():
		res, err = r.sqrt(args[0], snap)
	case b == bIsinstance && n == 2 && args[0].k == kInst && args[1].k == kClass && isSubclass(args[0].v.Type(), args[1].v):
		// The instance's class is known exactly and pinned by its
		// version, the class is a constant: true for good.
		r.useType(args[0].v.Type())
		res = r.constant(vm.True)
	case (b == bMin || b == bMax) && n == 2 && args[0].k == args[1].k && (args[0].k == kInt || args[0].k == kFloat):
		res = r.minMax(b, args[0], args[1])
	default:
		return abortf("call of %s not inlined", builtinNames[b])
	}
	if err != nil {
		return err
	}
	r.stack = r.stack[:len(r.stack)-n-2]
	res.konst = false
	r.push(res)
	return nil
}

// absInt records abs of an int as max(x, -x); -(-2**63) overflows and
// exits for the interpreter to make the big int.
func (r *recorder) absInt(a sval, snap int32) (sval, error) {
	if a.i == math.MinInt64 {
		return sval{}, errAbort("int overflow while recording")
	}
	neg := r.b.Op(ir.OpSubOv, r.b.Int(0), a.ref)
	r.b.Guard(ir.OpGuardNoOverflow, snap, neg)
	return sval{ref: r.b.Op(ir.OpMax, a.ref, neg), k: kInt, i: max(a.i, -a.i)}, nil
}

// minMax records min(a, b) (b if b < a, else a, as Python keeps the
// first of equal values and a NaN it started with) or max(a, b) (b if
// b > a) of two ints or two floats, without a branch.
func (r *recorder) minMax(b builtin, x, y sval) sval {
	op := ir.OpMin
	switch {
	case x.k == kInt && b == bMax:
		op = ir.OpMax
	case x.k == kFloat && b == bMin:
		op = ir.OpFMin
	case x.k == kFloat:
		op = ir.OpFMax
	}
	res := sval{ref: r.b.Op(op, x.ref, y.ref), k: x.k, i: x.i, f: x.f}
	switch {
	case x.k == kInt && (b == bMin && y.i < x.i || b == bMax && y.i > x.i):
		res.i = y.i
	case x.k == kFloat && (b == bMin && y.f < x.f || b == bMax && y.f > x.f):
		res.f = y.f
	}
	return res
}

// isSubclass reports whether t is the class c or derives from it.
func isSubclass(t *vm.Type, c vm.Value) bool {
	ct, ok := vm.IsClass(c)
	return ok && t.IsSubtype(ct)
}
