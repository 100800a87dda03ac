package vm

import (
	"runtime"
	"weak"

	"github.com/pyjit/pyjit/vm/code"
)

// bytearray's resizing operations, which CPython refuses while a
// memoryview exports the array's buffer.

// export records m as a view of b's buffer: until m is released or
// unreachable, b cannot change size.
func (b *Bytes) export(m *MemoryView) {
	if b.mutable {
		b.views = append(b.views, weak.Make(m))
	}
}

// pruneViews drops the released and collected views of b and reports
// whether any remain.
func (b *Bytes) pruneViews() bool {
	live := b.views[:0]
	for _, p := range b.views {
		if m := p.Value(); m != nil && !m.released {
			live = append(live, p)
		}
	}
	clear(b.views[len(live):])
	b.views = live
	return len(live) > 0
}

// canResize returns CPython's BufferError when a memoryview exports b's
// buffer. CPython frees an unreferenced view at once; here the collector
// is run to tell views still in use from ones already dropped.
func (b *Bytes) canResize() error {
	if b.pins > 0 {
		return Errorf(BufferErrorType, "Existing exports of data: object cannot be re-sized")
	}
	if len(b.views) == 0 || !b.pruneViews() {
		return nil
	}
	runtime.GC()
	if !b.pruneViews() {
		return nil
	}
	return Errorf(BufferErrorType, "Existing exports of data: object cannot be re-sized")
}

// resize replaces b's contents by data, refusing a change of length
// while b is exported.
func (b *Bytes) resize(data []byte) error {
	if len(data) != len(b.b) {
		if err := b.canResize(); err != nil {
			return err
		}
	}
	if len(data) != len(b.b) {
		b.alloc = nextAlloc(b.allocated(), len(data))
	}
	b.b = data
	b.ownsCap = false
	return nil
}

// appendBytes appends src to the bytearray b (append, extend, +=). The
// buffer grows geometrically, and its spare capacity, which no other
// object can see, takes later appends in place, so that appending is
// amortized constant time per byte.
func (b *Bytes) appendBytes(src []byte) error {
	n := len(b.b)
	if b.ownsCap && n+len(src) <= cap(b.b) {
		if len(src) > 0 {
			if err := b.canResize(); err != nil {
				return err
			}
			b.alloc = nextAlloc(b.allocated(), n+len(src))
		}
		b.b = append(b.b, src...)
		return nil
	}
	data := make([]byte, n+len(src), n+len(src)+(n+len(src))/8+64)
	copy(data, b.b)
	copy(data[n:], src)
	if err := b.resize(data); err != nil {
		return err
	}
	b.ownsCap = true
	return nil
}

// allocated is bytearray.__alloc__.
func (b *Bytes) allocated() int {
	if b.alloc > 0 {
		return b.alloc
	}
	if len(b.b) == 0 {
		return 0
	}
	return len(b.b) + 1
}

// nextAlloc is the allocation after CPython's PyByteArray_Resize from
// alloc bytes to size: shrinking keeps the buffer unless it falls below
// half, growing by at most an eighth over-allocates.
func nextAlloc(alloc, size int) int {
	if size+1 <= alloc {
		if size < alloc/2 {
			return size + 1
		}
		return alloc
	}
	if float64(size) <= float64(alloc)*1.125 {
		extra := 6
		if size < 9 {
			extra = 3
		}
		return size + size>>3 + extra
	}
	return size + 1
}

// initAlloc is the allocation of a bytearray that __init__ fills with n
// bytes from alloc: a buffer, str or count in one resize, an iterable
// byte by byte.
func initAlloc(alloc, oldLen, n int, oneByOne bool) int {
	if oldLen != 0 {
		alloc = nextAlloc(alloc, 0)
	}
	if !oneByOne {
		if n == 0 {
			return alloc
		}
		return nextAlloc(alloc, n)
	}
	for size := 1; size <= n; size++ {
		if size >= alloc {
			alloc = nextAlloc(alloc, size)
		}
	}
	return alloc
}

// byteSource returns the bytes a bytearray is extended or assigned with:
// a bytes-like object's data or an iterable of ints in range(0, 256).
func (th *Thread) byteSource(v Value) ([]byte, error) {
	if b, ok := bytesLike(v); ok {
		return append([]byte(nil), b...), nil
	}
	// A number is refused even when it is also iterable.
	if _, ok := unwrap(v).o.(*Str); ok || numberCheck(v) || !th.isIterable(v) {
		return nil, Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	var out []byte
	if err := th.appendIterBytes(&out, v, false); err != nil {
		return nil, err
	}
	return out, nil
}

// bytearraySetSlice implements b[s] = v.
func (th *Thread) bytearraySetSlice(b *Bytes, s *Slice, v Value) error {
	src, err := th.byteSource(v)
	if err != nil {
		return err
	}
	a, err := th.unpackSlice(s)
	if err != nil {
		return err
	}
	start, stop, step := a.adjust(len(b.b))
	if step == 1 {
		stop = max(stop, start)
		out := make([]byte, 0, len(b.b)-(stop-start)+len(src))
		out = append(out, b.b[:start]...)
		out = append(out, src...)
		out = append(out, b.b[stop:]...)
		return b.resize(out)
	}
	n := sliceLen(start, stop, step)
	if len(src) == 0 {
		return b.deleteSlice(start, stop, step) // as del b[s]
	}
	if n != len(src) {
		return Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		b.b[j] = src[i]
	}
	return nil
}

// deleteSlice removes b[start:stop:step], an adjusted slice.
func (b *Bytes) deleteSlice(start, stop, step int) error {
	n := sliceLen(start, stop, step)
	if n == 0 {
		return nil
	}
	del := make(map[int]bool, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		del[j] = true
	}
	out := make([]byte, 0, len(b.b)-n)
	for i, c := range b.b {
		if !del[i] {
			out = append(out, c)
		}
	}
	return b.resize(out)
}

// bytearrayDelItem implements del b[k].
func (th *Thread) bytearrayDelItem(b *Bytes, k Value) error {
	if s, ok := k.o.(*Slice); ok {
		a, err := th.unpackSlice(s)
		if err != nil {
			return err
		}
		return b.deleteSlice(a.adjust(len(b.b)))
	}
	i, err := th.seqIndexLive(k, func() int { return len(b.b) }, "bytearray")
	if err != nil {
		return err
	}
	out := append(append([]byte(nil), b.b[:i]...), b.b[i+1:]...)
	return b.resize(out)
}

// bytearrayMethods returns bytearray's mutating methods.
func bytearrayMethods() map[string]BuiltinFunc {
	self := func(v Value) *Bytes { return unwrap(v).o.(*Bytes) }
	return map[string]BuiltinFunc{
		"append": func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			b := self(v)
			c, err := th.byteValue(args[0])
			if err != nil {
				return Null, err
			}
			return None, b.appendBytes([]byte{c})
		},
		"extend": func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			b := self(v)
			src, ok := bytesLike(args[0])
			if !ok {
				if !th.isIterable(args[0]) {
					return Null, Errorf(TypeErrorType, "can't extend bytearray with %s", args[0].Type().Name)
				}
				items, err := th.iterateToSliceHinted(args[0])
				if err != nil {
					return Null, err
				}
				src = make([]byte, len(items))
				for i, it := range items {
					if src[i], err = th.byteValue(it); err != nil {
						return Null, err
					}
				}
			}
			return None, b.appendBytes(src)
		},
		"clear": func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			return None, self(v).resize([]byte{})
		},
		"pop": func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			b := self(v)
			i := int64(-1)
			if len(args) > 0 {
				n, err := th.sizeArg(args[0])
				if err != nil {
					return Null, err
				}
				i = n
			}
			if len(b.b) == 0 {
				return Null, Errorf(IndexErrorType, "pop from empty bytearray")
			}
			if i < 0 {
				i += int64(len(b.b))
			}
			if i < 0 || i >= int64(len(b.b)) {
				return Null, Errorf(IndexErrorType, "pop index out of range")
			}
			c := b.b[i]
			out := append(append([]byte(nil), b.b[:i]...), b.b[i+1:]...)
			if err := b.resize(out); err != nil {
				return Null, err
			}
			return Int(int64(c)), nil
		},
		"insert": func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			b := self(v)
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "insert expected 2 arguments, got %d", len(args))
			}
			n, err := th.sizeArg(args[0])
			if err != nil {
				return Null, err
			}
			c, err := th.byteValue(args[1])
			if err != nil {
				return Null, err
			}
			size := int64(len(b.b))
			if n < 0 {
				n = max(n+size, 0)
			}
			n = min(n, size)
			out := make([]byte, 0, len(b.b)+1)
			out = append(append(append(out, b.b[:n]...), c), b.b[n:]...)
			return None, b.resize(out)
		},
		"remove": func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			b := self(v)
			c, err := th.byteValue(args[0])
			if err != nil {
				return Null, err
			}
			for i, x := range b.b {
				if x == c {
					return None, b.resize(append(append([]byte(nil), b.b[:i]...), b.b[i+1:]...))
				}
			}
			return Null, Errorf(ValueErrorType, "value not found in bytearray")
		},
		"reverse": func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			b := self(v).b
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			return None, nil
		},
		"copy": func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			return Obj(&Bytes{b: append([]byte{}, self(v).b...), mutable: true}), nil
		},
		"__delitem__": func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			return None, th.bytearrayDelItem(self(v), args[0])
		},
	}
}

// bytearrayInplace implements b += x and b *= n in place (ok false for
// other operators).
func (th *Thread) bytearrayInplace(b *Bytes, base int, x Value) (bool, error) {
	switch base {
	case code.NB_ADD:
		if unwrap(x).o == b && len(b.b) > 0 {
			// CPython holds a view of the argument while it resizes b
			// (an empty b keeps its size).
			return true, Errorf(BufferErrorType, "Existing exports of data: object cannot be re-sized")
		}
		src, ok := bytesLike(x)
		if !ok {
			return true, Errorf(TypeErrorType, "can't concat %s to bytearray", x.Type().Name)
		}
		return true, b.appendBytes(src)
	case code.NB_MULTIPLY:
		n, ok, err := th.indexOr(x, OverflowErrorType)
		if err != nil || !ok {
			return false, err
		}
		n = max(n, 0)
		if n > 0 && int64(len(b.b)) > (1<<62)/n {
			return true, Errorf(MemoryErrorType, "")
		}
		if err := th.alloc(int64(len(b.b)) * n); err != nil {
			return true, err
		}
		if len(b.b) == 0 || n == 0 {
			return true, b.resize(nil)
		}
		// Doubling copies: a few dozen steps whatever the count.
		total := len(b.b) * int(n)
		out := make([]byte, len(b.b), total)
		copy(out, b.b)
		for len(out) < total {
			out = append(out, out[:min(len(out), total-len(out))]...)
		}
		return true, b.resize(out)
	}
	return false, nil
}
