// Package timsort is CPython 3.11's list sort (Objects/listobject.c):
// natural runs extended to a minimum length by binary insertion,
// merged under powersort's merge policy, with galloping merges.
//
// The comparisons it makes, and their order, are CPython's, so that a
// program whose comparisons have side effects or are inconsistent (an
// exception part way, a partial order) sees what it sees on CPython. When
// a comparison fails the slice is left a permutation of its elements, as
// CPython leaves the list.
package timsort

// Less reports whether x sorts before y (Python's x < y).
type Less[T any] func(x, y T) (bool, error)

// Sizes of CPython's merge state.
const (
	minGallop       = 7
	maxMergePending = 85
)

type run struct {
	base, len int
	power     int
}

type mergeState[T any] struct {
	a         []T
	lt        Less[T]
	minGallop int
	pending   []run
	tmp       []T
}

// Sort sorts a stably in ascending order.
func Sort[T any](a []T, lt Less[T]) error {
	n := len(a)
	if n < 2 {
		return nil
	}
	ms := &mergeState[T]{a: a, lt: lt, minGallop: minGallop, pending: make([]run, 0, 16)}
	lo, remaining := 0, n
	minrun := minRun(n)
	for remaining > 0 {
		k, descending, err := ms.countRun(lo, lo+remaining)
		if err != nil {
			return err
		}
		if descending {
			reverse(a[lo : lo+k])
		}
		if k < minrun {
			force := min(remaining, minrun)
			if err := ms.binarySort(lo, lo+force, lo+k); err != nil {
				return err
			}
			k = force
		}
		if err := ms.foundNewRun(k); err != nil {
			return err
		}
		ms.pending = append(ms.pending, run{base: lo, len: k})
		lo += k
		remaining -= k
	}
	return ms.forceCollapse()
}

// minRun is the minimum run length for n elements: between 32 and 64,
// so that n/minRun is a power of two or just under one.
func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// binarySort sorts a[lo:hi], of which a[lo:start] is already sorted, by
// binary insertion.
func (ms *mergeState[T]) binarySort(lo, hi, start int) error {
	a := ms.a
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := a[r]
		for l < r {
			p := l + (r-l)>>1
			less, err := ms.lt(pivot, a[p])
			if err != nil {
				return err
			}
			if less {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(a[l+1:start+1], a[l:start])
		a[l] = pivot
	}
	return nil
}

// countRun returns the length of the run starting at a[lo] (hi bounds
// it), and whether it is strictly descending.
func (ms *mergeState[T]) countRun(lo, hi int) (int, bool, error) {
	a := ms.a
	lo++
	if lo == hi {
		return 1, false, nil
	}
	n := 2
	less, err := ms.lt(a[lo], a[lo-1])
	if err != nil {
		return 0, false, err
	}
	if less {
		for lo = lo + 1; lo < hi; lo, n = lo+1, n+1 {
			less, err := ms.lt(a[lo], a[lo-1])
			if err != nil {
				return 0, false, err
			}
			if !less {
				break
			}
		}
		return n, true, nil
	}
	for lo = lo + 1; lo < hi; lo, n = lo+1, n+1 {
		less, err := ms.lt(a[lo], a[lo-1])
		if err != nil {
			return 0, false, err
		}
		if less {
			break
		}
	}
	return n, false, nil
}

// gallopLeft returns k in [0, n] with s[k-1] < key <= s[k], searching
// from s[hint] outward.
func (ms *mergeState[T]) gallopLeft(key T, s []T, hint int) (int, error) {
	n := len(s)
	lastofs, ofs := 0, 1
	less, err := ms.lt(s[hint], key)
	if err != nil {
		return 0, err
	}
	if less {
		// s[hint] < key: gallop right until
		// s[hint+lastofs] < key <= s[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			less, err := ms.lt(s[hint+ofs], key)
			if err != nil {
				return 0, err
			}
			if !less {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	} else {
		// key <= s[hint]: gallop left until
		// s[hint-ofs] < key <= s[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			less, err := ms.lt(s[hint-ofs], key)
			if err != nil {
				return 0, err
			}
			if less {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	// s[lastofs] < key <= s[ofs]: binary search in between.
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		less, err := ms.lt(s[m], key)
		if err != nil {
			return 0, err
		}
		if less {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs, nil
}

// gallopRight returns k in [0, n] with s[k-1] <= key < s[k], searching
// from s[hint] outward.
func (ms *mergeState[T]) gallopRight(key T, s []T, hint int) (int, error) {
	n := len(s)
	lastofs, ofs := 0, 1
	less, err := ms.lt(key, s[hint])
	if err != nil {
		return 0, err
	}
	if less {
		// key < s[hint]: gallop left until
		// s[hint-ofs] <= key < s[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			less, err := ms.lt(key, s[hint-ofs])
			if err != nil {
				return 0, err
			}
			if !less {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		// s[hint] <= key: gallop right until
		// s[hint+lastofs] <= key < s[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			less, err := ms.lt(key, s[hint+ofs])
			if err != nil {
				return 0, err
			}
			if less {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		less, err := ms.lt(key, s[m])
		if err != nil {
			return 0, err
		}
		if less {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs, nil
}

// temp returns scratch room for n elements.
func (ms *mergeState[T]) temp(n int) []T {
	if cap(ms.tmp) < n {
		ms.tmp = make([]T, n)
	}
	return ms.tmp[:n]
}

// mergeLo merges the runs a[pa:pa+na] and a[pb:pb+nb] (pb == pa+na) in
// place, na <= nb, a[pb] belonging before a[pa] and a[pa+na-1] after
// a[pb+nb-1]. A copy of the first run is merged from.
func (ms *mergeState[T]) mergeLo(pa, na, pb, nb int) (err error) {
	a := ms.a
	tmp := ms.temp(na)
	copy(tmp, a[pa:pa+na])
	dest, ta := pa, 0
	a[dest] = a[pb]
	dest, pb, nb = dest+1, pb+1, nb-1
	defer func() {
		// On failure too, what is left of the copy goes back, so that
		// the slice stays a permutation.
		if na > 0 && err != nil {
			copy(a[dest:dest+na], tmp[ta:ta+na])
		}
	}()
	if nb == 0 {
		copy(a[dest:dest+na], tmp[ta:ta+na])
		return nil
	}
	if na == 1 {
		return ms.copyBLo(dest, pb, nb, tmp[ta])
	}
	mg := ms.minGallop
	for {
		acount, bcount := 0, 0
		// Element by element until one run seems to win consistently.
		for {
			less, err := ms.lt(a[pb], tmp[ta])
			if err != nil {
				return err
			}
			if less {
				a[dest] = a[pb]
				dest, pb, nb = dest+1, pb+1, nb-1
				bcount++
				acount = 0
				if nb == 0 {
					copy(a[dest:dest+na], tmp[ta:ta+na])
					return nil
				}
				if bcount >= mg {
					break
				}
			} else {
				a[dest] = tmp[ta]
				dest, ta, na = dest+1, ta+1, na-1
				acount++
				bcount = 0
				if na == 1 {
					return ms.copyBLo(dest, pb, nb, tmp[ta])
				}
				if acount >= mg {
					break
				}
			}
		}
		// Galloping.
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ms.minGallop = mg
			k, err := ms.gallopRight(a[pb], tmp[ta:ta+na], 0)
			if err != nil {
				return err
			}
			acount = k
			if k > 0 {
				copy(a[dest:dest+k], tmp[ta:ta+k])
				dest, ta, na = dest+k, ta+k, na-k
				if na == 1 {
					return ms.copyBLo(dest, pb, nb, tmp[ta])
				}
				// na == 0 only for an inconsistent comparison.
				if na == 0 {
					return nil
				}
			}
			a[dest] = a[pb]
			dest, pb, nb = dest+1, pb+1, nb-1
			if nb == 0 {
				copy(a[dest:dest+na], tmp[ta:ta+na])
				return nil
			}
			k, err = ms.gallopLeft(tmp[ta], a[pb:pb+nb], 0)
			if err != nil {
				return err
			}
			bcount = k
			if k > 0 {
				copy(a[dest:dest+k], a[pb:pb+k])
				dest, pb, nb = dest+k, pb+k, nb-k
				if nb == 0 {
					copy(a[dest:dest+na], tmp[ta:ta+na])
					return nil
				}
			}
			a[dest] = tmp[ta]
			dest, ta, na = dest+1, ta+1, na-1
			if na == 1 {
				return ms.copyBLo(dest, pb, nb, tmp[ta])
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++ // penalized for leaving galloping
		ms.minGallop = mg
	}
}

// copyBLo ends mergeLo with one element x of the first run left, which
// belongs after the nb left of the second.
func (ms *mergeState[T]) copyBLo(dest, pb, nb int, x T) error {
	a := ms.a
	copy(a[dest:dest+nb], a[pb:pb+nb])
	a[dest+nb] = x
	return nil
}

// mergeHi is mergeLo for na >= nb, merging from the right with a copy of
// the second run.
func (ms *mergeState[T]) mergeHi(pa, na, pb, nb int) (err error) {
	a := ms.a
	tmp := ms.temp(nb)
	copy(tmp, a[pb:pb+nb])
	basea := pa
	dest := pb + nb - 1
	tb := nb - 1      // last of the copy of the second run
	ia := pa + na - 1 // last of the first run
	a[dest] = a[ia]
	dest, ia, na = dest-1, ia-1, na-1
	defer func() {
		if nb > 0 && err != nil {
			copy(a[dest-(nb-1):dest+1], tmp[:nb])
		}
	}()
	if na == 0 {
		copy(a[dest-(nb-1):dest+1], tmp[:nb])
		return nil
	}
	if nb == 1 {
		return ms.copyAHi(dest, ia, na, tmp[tb])
	}
	mg := ms.minGallop
	for {
		acount, bcount := 0, 0
		for {
			less, err := ms.lt(tmp[tb], a[ia])
			if err != nil {
				return err
			}
			if less {
				a[dest] = a[ia]
				dest, ia, na = dest-1, ia-1, na-1
				acount++
				bcount = 0
				if na == 0 {
					copy(a[dest-(nb-1):dest+1], tmp[:nb])
					return nil
				}
				if acount >= mg {
					break
				}
			} else {
				a[dest] = tmp[tb]
				dest, tb, nb = dest-1, tb-1, nb-1
				bcount++
				acount = 0
				if nb == 1 {
					return ms.copyAHi(dest, ia, na, tmp[tb])
				}
				if bcount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ms.minGallop = mg
			k, err := ms.gallopRight(tmp[tb], a[basea:basea+na], na-1)
			if err != nil {
				return err
			}
			k = na - k
			acount = k
			if k > 0 {
				dest, ia = dest-k, ia-k
				copy(a[dest+1:dest+1+k], a[ia+1:ia+1+k])
				na -= k
				if na == 0 {
					copy(a[dest-(nb-1):dest+1], tmp[:nb])
					return nil
				}
			}
			a[dest] = tmp[tb]
			dest, tb, nb = dest-1, tb-1, nb-1
			if nb == 1 {
				return ms.copyAHi(dest, ia, na, tmp[tb])
			}
			k, err = ms.gallopLeft(a[ia], tmp[:nb], nb-1)
			if err != nil {
				return err
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest, tb = dest-k, tb-k
				copy(a[dest+1:dest+1+k], tmp[tb+1:tb+1+k])
				nb -= k
				if nb == 1 {
					return ms.copyAHi(dest, ia, na, tmp[tb])
				}
				// nb == 0 only for an inconsistent comparison.
				if nb == 0 {
					return nil
				}
			}
			a[dest] = a[ia]
			dest, ia, na = dest-1, ia-1, na-1
			if na == 0 {
				copy(a[dest-(nb-1):dest+1], tmp[:nb])
				return nil
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		ms.minGallop = mg
	}
}

// copyAHi ends mergeHi with one element x of the second run left, which
// belongs before the na left of the first.
func (ms *mergeState[T]) copyAHi(dest, ia, na int, x T) error {
	a := ms.a
	copy(a[dest+1-na:dest+1], a[ia+1-na:ia+1])
	a[dest-na] = x
	return nil
}

// mergeAt merges the pending runs i and i+1.
func (ms *mergeState[T]) mergeAt(i int) error {
	a := ms.a
	p := ms.pending
	pa, na := p[i].base, p[i].len
	pb, nb := p[i+1].base, p[i+1].len
	p[i].len = na + nb
	if i == len(p)-3 {
		p[i+1] = p[i+2]
	}
	ms.pending = p[:len(p)-1]
	// Where the second run's first element goes in the first: those
	// before stay.
	k, err := ms.gallopRight(a[pb], a[pa:pa+na], 0)
	if err != nil {
		return err
	}
	pa, na = pa+k, na-k
	if na == 0 {
		return nil
	}
	// Where the first run's last element goes in the second: those after
	// stay.
	nb, err = ms.gallopLeft(a[pa+na-1], a[pb:pb+nb], nb-1)
	if err != nil || nb == 0 {
		return err
	}
	if na <= nb {
		return ms.mergeLo(pa, na, pb, nb)
	}
	return ms.mergeHi(pa, na, pb, nb)
}

// powerLoop is the power of the boundary between the adjacent runs
// [s1, s1+n1) and [s1+n1, s1+n1+n2) of a list of n elements: the first
// bit at which the binary expansions of their midpoints over n differ.
func powerLoop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1 // twice the first midpoint
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

// foundNewRun merges pending runs as powersort's policy says before a
// new run of n2 elements is pushed.
func (ms *mergeState[T]) foundNewRun(n2 int) error {
	if len(ms.pending) == 0 {
		return nil
	}
	last := ms.pending[len(ms.pending)-1]
	power := powerLoop(last.base, last.len, n2, len(ms.a))
	for len(ms.pending) > 1 && ms.pending[len(ms.pending)-2].power > power {
		if err := ms.mergeAt(len(ms.pending) - 2); err != nil {
			return err
		}
	}
	ms.pending[len(ms.pending)-1].power = power
	return nil
}

// forceCollapse merges all pending runs.
func (ms *mergeState[T]) forceCollapse() error {
	for len(ms.pending) > 1 {
		n := len(ms.pending) - 2
		if n > 0 && ms.pending[n-1].len < ms.pending[n+1].len {
			n--
		}
		if err := ms.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}
