package compile

// Constant folding of binary operators, as CPython 3.11's AST optimizer
// does it: both operands constant (after folding their own operands), the
// result within the optimizer's size limits, and no exception raised. The
// arithmetic itself is the runtime's (Options.Fold), so that folded values
// are exactly what the program would have computed.

import (
	"math/big"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/syntax"
)

// The limits of CPython's ast_opt.c.
const (
	maxIntBits        = 128  // MAX_INT_SIZE
	maxCollectionSize = 256  // MAX_COLLECTION_SIZE
	maxStrSize        = 4096 // MAX_STR_SIZE
	maxTotalItems     = 1024 // MAX_TOTAL_ITEMS
)

// constOf returns the constant value of e (a code constant) when e is a
// constant, a unary or binary operator the optimizer folds over
// constants, or a tuple of such.
func (c *compiler) constOf(ex syntax.Expr) (any, bool) {
	switch e := ex.(type) {
	case *syntax.Constant:
		return constValue(e.Value), true
	case *syntax.UnaryOp:
		x, ok := c.constOf(e.Operand)
		if !ok {
			return nil, false
		}
		return unaryConst(e.Op, x)
	case *syntax.BinOp:
		return c.foldBinOp(e)
	case *syntax.Tuple:
		t := make(code.Tuple, 0, len(e.Elts))
		for _, x := range e.Elts {
			v, ok := c.constOf(x)
			if !ok {
				return nil, false
			}
			t = append(t, v)
		}
		return t, true
	}
	return nil, false
}

// foldBinOp returns the value of a binary operator on constants when the
// optimizer would fold it.
func (c *compiler) foldBinOp(e *syntax.BinOp) (any, bool) {
	if c.fold == nil || e.Op == syntax.AT {
		return nil, false
	}
	x, ok := c.constOf(e.Left)
	if !ok {
		return nil, false
	}
	y, ok := c.constOf(e.Right)
	if !ok || !safeToFold(e.Op, x, y) {
		return nil, false
	}
	return c.fold(binOpArg(e.Op), x, y)
}

// safeToFold applies the optimizer's limits (safe_multiply, safe_power,
// safe_lshift, safe_mod): results that could be huge, and `%` on str and
// bytes (formatting), are left to run time.
func safeToFold(op syntax.Token, x, y any) bool {
	switch op {
	case syntax.STAR:
		return safeMultiply(x, y)
	case syntax.DOUBLESTAR:
		if isInt(x) && isInt(y) && intSign(x) != 0 && intSign(y) > 0 {
			w, ok := smallInt(y)
			return ok && intBits(x) <= maxIntBits/w
		}
	case syntax.LEFTSHIFT:
		if isInt(x) && isInt(y) && intSign(x) != 0 && intSign(y) != 0 {
			w, ok := smallInt(y)
			return ok && w >= 0 && w <= maxIntBits && intBits(x) <= maxIntBits-w
		}
	case syntax.PERCENT:
		switch x.(type) {
		case string, code.Bytes:
			return false
		}
	}
	return true
}

func safeMultiply(x, y any) bool {
	if isInt(x) && isInt(y) {
		return intSign(x) == 0 || intSign(y) == 0 || intBits(x)+intBits(y) <= maxIntBits
	}
	if !isInt(x) {
		if !isInt(y) {
			return true
		}
		x, y = y, x
	}
	// x is an int, y perhaps a sequence.
	var size, limit int
	switch s := y.(type) {
	case code.Tuple:
		size, limit = len(s), maxCollectionSize
	case string:
		size, limit = utf8.RuneCountInString(s), maxStrSize
	case code.Bytes:
		size, limit = len(s), maxStrSize
	default:
		return true
	}
	if size == 0 {
		return true
	}
	n, ok := smallInt(x)
	if !ok || n < 0 || n > limit/size {
		return false
	}
	if t, isTuple := y.(code.Tuple); isTuple && n > 0 {
		return tupleItems(t, maxTotalItems/n) >= 0
	}
	return true
}

// tupleItems counts the items of t and of the tuples nested in it, or
// returns -1 once the count passes limit (check_complexity).
func tupleItems(t code.Tuple, limit int) int {
	limit -= len(t)
	for _, x := range t {
		if limit < 0 {
			return -1
		}
		if sub, ok := x.(code.Tuple); ok {
			if limit = tupleItems(sub, limit); limit < 0 {
				return -1
			}
		}
	}
	return limit
}

func isInt(x any) bool {
	switch x.(type) {
	case int64, *big.Int, bool:
		return true
	}
	return false
}

func intSign(x any) int {
	switch v := x.(type) {
	case int64:
		switch {
		case v > 0:
			return 1
		case v < 0:
			return -1
		}
		return 0
	case *big.Int:
		return v.Sign()
	case bool:
		if v {
			return 1
		}
	}
	return 0
}

// intBits is _PyLong_NumBits: the bits of the magnitude.
func intBits(x any) int {
	switch v := x.(type) {
	case int64:
		return new(big.Int).Abs(big.NewInt(v)).BitLen()
	case *big.Int:
		return v.BitLen()
	case bool:
		if v {
			return 1
		}
	}
	return 0
}

// smallInt returns an int constant that fits a C long.
func smallInt(x any) (int, bool) {
	switch v := x.(type) {
	case int64:
		return int(v), true
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}
