package compile

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/syntax"
)

// iterable returns the expression to compile for e where only its items
// matter: the iterable of a for loop or comprehension, and the right
// operand of the last `in` or `not in` of a comparison. As CPython's AST
// optimizer does, a list display without starred items becomes a tuple (a
// constant one when its items are constants), and a set display whose
// items are all constants becomes a constant frozenset.
func (c *compiler) iterable(e syntax.Expr) syntax.Expr {
	switch l := e.(type) {
	case *syntax.List:
		if !hasStarred(l.Elts) {
			return &syntax.Tuple{At: l.At, Elts: l.Elts, Ctx: l.Ctx}
		}
	case *syntax.Set:
		if fs, ok := c.constFrozenSet(l.Elts); ok {
			return &syntax.Constant{At: l.At, Value: fs}
		}
	}
	return e
}

// constFrozenSet returns the constant frozenset of a set display's items
// when they are all constants (after folding), without duplicates.
func (c *compiler) constFrozenSet(elts []syntax.Expr) (code.FrozenSet, bool) {
	fs := make(code.FrozenSet, 0, len(elts))
	seen := map[string]bool{}
	for i, x := range elts {
		v, ok := c.constOf(x)
		if !ok {
			return nil, false
		}
		k := setKey(v, i)
		if seen[k] {
			continue
		}
		seen[k] = true
		fs = append(fs, v)
	}
	return fs, true
}

// setKey returns a key under which constants that Python considers equal
// (1, 1.0, True and 1+0j; equal tuples) are the same. i, the item's
// index, sets apart keys with a NaN, which equals nothing else.
func setKey(v any, i int) string {
	var b strings.Builder
	writeSetKey(&b, v, i)
	return b.String()
}

func writeSetKey(b *strings.Builder, v any, i int) {
	switch x := v.(type) {
	case code.Tuple:
		b.WriteByte('(')
		for _, e := range x {
			writeSetKey(b, e, i)
			b.WriteByte(',')
		}
		b.WriteByte(')')
		return
	case float64:
		if math.IsNaN(x) {
			// Each NaN is its own key, as distinct NaN objects are.
			b.WriteString("nan" + strconv.Itoa(i))
			return
		}
	}
	if r, ok := keyNumber(v); ok {
		b.WriteString("n" + r.String())
		return
	}
	if c, ok := v.(complex128); ok {
		re, im := new(big.Rat), new(big.Rat)
		if re.SetFloat64(real(c)) != nil && im.SetFloat64(imag(c)) != nil {
			b.WriteString("c" + re.String() + "," + im.String())
			return
		}
	}
	var t strings.Builder
	tupleKey(&t, code.Tuple{v})
	b.WriteString(t.String())
}
