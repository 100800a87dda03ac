package vm

// Sorting: a stable merge sort over Values that stops at the first
// comparison error, as list.sort does.

import "github.com/pyjit/pyjit/vm/code"

// sortValues sorts items in place by key (if not Null/None), optionally reversed.
func (th *Thread) sortValues(items []Value, key, reverse Value) error {
	rev := false
	if reverse.o != nil {
		// reverse is read as a C int.
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
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var sortErr error
	less := func(a, b int) bool {
		if sortErr != nil {
			return false
		}
		if err := th.tick(); err != nil {
			sortErr = err
			return false
		}
		x, y := keys[a], keys[b]
		if rev {
			x, y = y, x
		}
		if x.IsSmallInt() && y.IsSmallInt() {
			return int64(x.n) < int64(y.n)
		}
		if xs, ok := x.o.(*Str); ok {
			if ys, ok := y.o.(*Str); ok {
				return xs.s < ys.s
			}
		}
		r, err := th.RichCompare(x, y, code.CMP_LT)
		if err != nil {
			sortErr = err
			return false
		}
		t, err := th.Truth(r)
		if err != nil {
			sortErr = err
		}
		return t
	}
	tmp := make([]int, len(idx))
	mergeSort(idx, tmp, less)
	if sortErr != nil {
		return sortErr
	}
	out := make([]Value, len(items))
	for i, j := range idx {
		out[i] = items[j]
	}
	if rev {
		// Stability for reverse=True keeps equal elements in original order:
		// we compared with swapped operands, which preserves it.
	}
	copy(items, out)
	return nil
}

// mergeSort is a stable bottom-up merge sort with insertion-sorted runs.
func mergeSort(a, tmp []int, less func(x, y int) bool) {
	n := len(a)
	const run = 16
	for lo := 0; lo < n; lo += run {
		hi := min(lo+run, n)
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && less(a[j], a[j-1]); j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
	}
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n-width; lo += 2 * width {
			mid := lo + width
			hi := min(lo+2*width, n)
			if !less(a[mid], a[mid-1]) {
				continue
			}
			copy(tmp[lo:hi], a[lo:hi])
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if less(tmp[j], tmp[i]) {
					a[k] = tmp[j]
					j++
				} else {
					a[k] = tmp[i]
					i++
				}
				k++
			}
			for i < mid {
				a[k] = tmp[i]
				i++
				k++
			}
			for j < hi {
				a[k] = tmp[j]
				j++
				k++
			}
		}
	}
}
