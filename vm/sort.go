package vm

// Sorting: CPython's list sort (package timsort) over Values, stopping at
// the first comparison error as list.sort does.

import (
	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/lib/timsort"
)

// sortValues sorts items in place by key (if not Null/None), optionally
// reversed, making CPython's comparisons in CPython's order. When a key or
// a comparison fails, items is left as CPython leaves the list: unchanged
// after a failed key, a permutation after a failed comparison.
func (th *Thread) sortValues(items []Value, key, reverse Value) error {
	rev := false
	if reverse.o != nil {
		// CPython reads reverse as a C int.
		n, err := th.cIntArg(reverse)
		if err != nil {
			return err
		}
		rev = n != 0
	}
	keys := items
	if key.o != nil && !key.IsNone() {
		if err := th.allocN(int64(len(items)), valueBytes); err != nil {
			return err
		}
		keys = make([]Value, len(items))
		for i, it := range items {
			k, err := th.Call(key, []Value{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	if len(items) < 2 {
		return nil
	}
	if err := th.allocN(int64(len(items)), 8); err != nil {
		return err
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	// As CPython: reversed before and after, so that equal elements keep
	// their order.
	if rev {
		reverseInts(idx)
	}
	err := timsort.Sort(idx, func(a, b int) (bool, error) {
		if err := th.tick(); err != nil {
			return false, err
		}
		x, y := keys[a], keys[b]
		if x.IsSmallInt() && y.IsSmallInt() {
			return int64(x.n) < int64(y.n), nil
		}
		if x.IsFloat() && y.IsFloat() {
			return x.UncheckedFloat() < y.UncheckedFloat(), nil
		}
		if xs, ok := x.o.(*Str); ok {
			if ys, ok := y.o.(*Str); ok {
				return xs.s < ys.s, nil
			}
		}
		r, err := th.RichCompare(x, y, code.CMP_LT)
		if err != nil {
			return false, err
		}
		return th.Truth(r)
	})
	if rev {
		reverseInts(idx)
	}
	out := make([]Value, len(items))
	for i, j := range idx {
		out[i] = items[j]
	}
	copy(items, out)
	return err
}

func reverseInts(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// sortingItems marks a list being sorted (see list.sort).
var sortingItems [1]Value
