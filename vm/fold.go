package vm

// Constant folding for the compiler: binary operators on constants are
// computed by the runtime's own arithmetic (compile.Options.Fold).

import (
	"math/big"

	"github.com/pyjit/pyjit/vm/code"
)

// foldConstants computes the binary operator op on the constants x and y
// with th, and returns the result as a constant when it is one of the
// types code objects hold. An exception, or a result of another type,
// leaves the expression to run time, as CPython's optimizer does.
func (th *Thread) foldConstants(op int, x, y any) (any, bool) {
	v, err := th.BinaryOp(op, constToValue(x), constToValue(y))
	if err != nil {
		return nil, false
	}
	return valueToConst(v)
}

// FoldConstants is compile.Options.Fold for code compiled outside the
// interpreter's own Compile (a disassembler): the operator computed with
// the interpreter's arithmetic.
func (in *Interpreter) FoldConstants(op int, x, y any) (any, bool) {
	return in.main.foldConstants(op, x, y)
}

// valueToConst is the inverse of constToValue for values of the exact
// builtin types a constant can have.
func valueToConst(v Value) (any, bool) {
	switch o := v.o.(type) {
	case intTag:
		return v.UncheckedInt(), true
	case boolTag:
		return v.n != 0, true
	case floatTag:
		return v.UncheckedFloat(), true
	case noneTag:
		return nil, true
	case *BigInt:
		return new(big.Int).Set(&o.b), true
	case *Complex:
		return complex(o.re, o.im), true
	case *Str:
		return o.s, true
	case *Bytes:
		return code.Bytes(o.b), true
	case *Tuple:
		t := make(code.Tuple, len(o.items))
		for i, x := range o.items {
			c, ok := valueToConst(x)
			if !ok {
				return nil, false
			}
			t[i] = c
		}
		return t, true
	}
	return nil, false
}
