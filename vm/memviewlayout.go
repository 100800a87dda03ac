package vm

// The layout of a memoryview's items: its shape and strides, the walk
// over its items in C or Fortran order, and its contiguity.

// ndim is the number of dimensions of the view.
func (m *MemoryView) ndim() int { return len(m.shape) }

// length is len(m): the items along the first dimension, 1 for a view of
// no dimensions.
func (m *MemoryView) length() int {
	if len(m.shape) == 0 {
		return 1
	}
	return m.shape[0]
}

// count is the number of items of the view, the product of its shape.
func (m *MemoryView) count() int {
	n := 1
	for _, d := range m.shape {
		n *= d
	}
	return n
}

// itemsize is the number of bytes of an item.
func (m *MemoryView) itemsize() int { return max(1, m.isize) }

// nbytes is the size of the view's items laid end to end.
func (m *MemoryView) nbytes() int { return m.count() * m.itemsize() }

// itemBytesAt is the memory of the item at offset off of the source.
func (m *MemoryView) itemBytesAt(off int) []byte { return m.src.b[off : off+m.itemsize()] }

// offset1 is the offset of item i of a one-dimensional view.
func (m *MemoryView) offset1(i int) int { return m.start + i*m.strides[0] }

// itemAt is the item at offset off as Python sees it in the view's format.
func (m *MemoryView) itemAt(off int) Value {
	if m.isize == 0 && m.code() == 'B' {
		return Int(int64(m.src.b[off]))
	}
	return unpackItem(m.itemBytesAt(off), m.code(), nativeOrder)
}

// item is item i of a one-dimensional view.
func (m *MemoryView) item(i int) Value { return m.itemAt(m.offset1(i)) }

// walk calls fn with the offset of every item, the last index varying
// fastest (C order) or, when fortran is set, the first.
func (m *MemoryView) walk(fortran bool, fn func(off int)) {
	if m.count() == 0 {
		return
	}
	nd := len(m.shape)
	idx := make([]int, nd)
	off := m.start
	for {
		fn(off)
		k := 0
		for ; k < nd; k++ {
			d := nd - 1 - k
			if fortran {
				d = k
			}
			idx[d]++
			off += m.strides[d]
			if idx[d] < m.shape[d] {
				break
			}
			off -= m.strides[d] * m.shape[d]
			idx[d] = 0
		}
		if k == nd {
			return
		}
	}
}

// cContiguous reports whether the items lie end to end in C order.
func (m *MemoryView) cContiguous() bool {
	if len(m.shape) == 1 {
		return m.shape[0] == 1 || m.strides[0] == m.itemsize()
	}
	return m.stridesFollow(false)
}

// fContiguous reports whether the items lie end to end in Fortran order.
func (m *MemoryView) fContiguous() bool {
	if len(m.shape) == 1 {
		return m.cContiguous()
	}
	return m.stridesFollow(true)
}

// stridesFollow reports whether each dimension of more than one item
// steps over the items of the dimensions after it (before it, for
// Fortran order). A view of no items counts as contiguous.
func (m *MemoryView) stridesFollow(fortran bool) bool {
	if m.count() == 0 {
		return true
	}
	nd := len(m.shape)
	size := m.itemsize()
	for k := 0; k < nd; k++ {
		d := nd - 1 - k
		if fortran {
			d = k
		}
		if m.shape[d] > 1 && m.strides[d] != size {
			return false
		}
		size *= m.shape[d]
	}
	return true
}

// span is the lowest offset of an item and the end of the highest item,
// lo == hi when the view has no items.
func (m *MemoryView) span() (lo, hi int) {
	if m.count() == 0 {
		return m.start, m.start
	}
	lo, hi = m.start, m.start
	for d, n := range m.shape {
		if ext := (n - 1) * m.strides[d]; ext < 0 {
			lo += ext
		} else {
			hi += ext
		}
	}
	return lo, hi + m.itemsize()
}

// bytesIn is the view's memory, its items laid end to end in C order or,
// when fortran is set, in Fortran order.
func (m *MemoryView) bytesIn(fortran bool) []byte {
	if m.cContiguous() && (!fortran || m.ndim() <= 1) || fortran && m.fContiguous() {
		return append([]byte(nil), m.src.b[m.start:m.start+m.nbytes()]...)
	}
	out := make([]byte, 0, m.nbytes())
	m.walk(fortran, func(off int) { out = append(out, m.itemBytesAt(off)...) })
	return out
}

// bytes is the view's memory, its items laid end to end in C order.
func (m *MemoryView) bytes() []byte { return m.bytesIn(false) }

// items returns the items of the view in C order.
func (m *MemoryView) items() []Value {
	out := make([]Value, 0, m.count())
	m.walk(false, func(off int) { out = append(out, m.itemAt(off)) })
	return out
}

// tolist is memoryview.tolist(): nested lists of the items, the item
// itself for a view of no dimensions.
func (m *MemoryView) tolist() Value {
	if m.ndim() == 0 {
		return m.itemAt(m.start)
	}
	return m.nestedList(0, m.start)
}

// nestedList is the list of the items along dimension d from offset off.
func (m *MemoryView) nestedList(d, off int) Value {
	out := make([]Value, m.shape[d])
	for i := range out {
		at := off + i*m.strides[d]
		if d == m.ndim()-1 {
			out[i] = m.itemAt(at)
		} else {
			out[i] = m.nestedList(d+1, at)
		}
	}
	return Obj(NewList(out))
}

// sameShape is CPython's equiv_shape: the views have as many dimensions
// and as many items along each, up to a first dimension of none.
func (m *MemoryView) sameShape(o *MemoryView) bool {
	if m.ndim() != o.ndim() {
		return false
	}
	for d, n := range m.shape {
		if n != o.shape[d] {
			return false
		}
		if n == 0 {
			break
		}
	}
	return true
}

// cStrides is the strides of items laid end to end in C order.
func cStrides(shape []int, itemsize int) []int {
	strides := make([]int, len(shape))
	size := itemsize
	for d := len(shape) - 1; d >= 0; d-- {
		strides[d] = size
		size *= shape[d]
	}
	return strides
}

// zeroInShape reports whether some dimension has no items.
func (m *MemoryView) zeroInShape() bool {
	for _, n := range m.shape {
		if n == 0 {
			return true
		}
	}
	return false
}

// intsTuple is a tuple of the ints xs.
func intsTuple(xs []int) Value {
	items := make([]Value, len(xs))
	for i, x := range xs {
		items[i] = Int(int64(x))
	}
	return TupleOf(items...)
}
