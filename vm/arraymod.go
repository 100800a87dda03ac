package vm

// The array module, as CPython 3.11's Modules/arraymodule.c: array.array
// keeps its items as C lays them out, in a bytearray's memory that it
// lends out through the buffer protocol (memoryview(a), and everything
// that takes a bytes-like object), so views and I/O share the array's
// memory, which cannot change size while they hold it.

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"sync"
	"unicode/utf16"
	"unsafe"

	"github.com/pyjit/pyjit/vm/code"
)

var (
	// ArrayType is array.array.
	ArrayType *Type
	// arrayIterType is array.arrayiterator.
	arrayIterType *Type
	arrayOnce     sync.Once
)

// arrayTypecodes are the typecodes in CPython's order.
const arrayTypecodes = "bBuhHiIlLqQfd"

// arrayItemSize is the C size of each typecode's items (amd64, arm64).
var arrayItemSize = map[byte]int{'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

// Array is an array.array.
type Array struct {
	buf  *Bytes // the items end to end; views of it pin its size
	code byte
	size int
}

// Type implements Object.
func (*Array) Type() *Type { return ArrayType }

// bufferExporter is implemented by the objects besides bytes, bytearray
// and memoryview that have the buffer protocol.
type bufferExporter interface {
	// bufferView returns a view of the object's memory, obj being the
	// object (or an instance of a subclass wrapping it). The view is not
	// yet registered as an export.
	bufferView(obj Value) *MemoryView
}

// bufferView implements bufferExporter: a view with the array's format.
func (a *Array) bufferView(obj Value) *MemoryView {
	m := &MemoryView{src: a.buf, obj: obj, shape: []int{a.len()}, strides: []int{a.size}}
	switch a.code {
	case 'B':
	case 'b':
		m.format = "b"
	case 'u':
		m.format, m.isize = "w", 4
	default:
		m.format, m.isize = string(a.code), a.size
	}
	return m
}

// bufferObject returns the object the buffer helpers look at for v: v
// itself (its builtin base for an instance of a subclass), or a view of
// the memory of an object that lends it out.
func bufferObject(v Value) Value {
	u := unwrap(v)
	if e, ok := u.o.(bufferExporter); ok {
		return Obj(e.bufferView(v))
	}
	return u
}

func (a *Array) len() int { return len(a.buf.b) / a.size }

func (a *Array) itemBytes(i int) []byte { return a.buf.b[i*a.size : (i+1)*a.size] }

// arraySelf returns the array v is (or wraps).
func arraySelf(v Value) *Array {
	if a, ok := v.o.(*Array); ok {
		return a
	}
	return unwrap(v).o.(*Array)
}

// asArray returns the array v is, if it is one.
func asArray(v Value) (*Array, bool) {
	a, ok := unwrap(v).o.(*Array)
	return a, ok
}

func newArray(code byte, data []byte) *Array {
	if data == nil {
		data = []byte{}
	}
	return &Array{buf: &Bytes{b: data, mutable: true}, code: code, size: arrayItemSize[code]}
}

// resize replaces the array's memory by data, refusing a change of size
// while a view exports it.
func (a *Array) resize(data []byte) error {
	if len(data) != len(a.buf.b) && a.buf.canResize() != nil {
		return Errorf(BufferErrorType, "cannot resize an array that is exporting buffers")
	}
	if data == nil {
		data = []byte{}
	}
	a.buf.b = data
	return nil
}

// checkResize is resize's check alone.
func (a *Array) checkResize() error {
	if a.buf.canResize() != nil {
		return Errorf(BufferErrorType, "cannot resize an array that is exporting buffers")
	}
	return nil
}

// get is item i as Python sees it.
func (a *Array) get(i int) (Value, error) {
	p := a.itemBytes(i)
	if a.code == 'u' {
		r := binary.LittleEndian.Uint32(p)
		if r > 0x10ffff {
			return Null, Errorf(ValueErrorType, "character U+%x is not in range [U+0000; U+10ffff]", r)
		}
		return String(encodeRunes([]rune{rune(r)})), nil
	}
	return unpackItem(p, a.code, nativeOrder), nil
}

// items returns the items as Python values.
func (a *Array) items() ([]Value, error) {
	out := make([]Value, a.len())
	for i := range out {
		v, err := a.get(i)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// arrayIntLimits are the C ranges that the setters of the typecodes
// read as a C long check, in order, with their names in CPython's
// OverflowErrors ('l' has none beyond the long itself).
var arrayIntLimits = map[byte][]struct {
	lo, hi int64
	name   string
}{
	'b': {{math.MinInt16, math.MaxInt16, "signed short integer"}, {math.MinInt8, math.MaxInt8, "signed char"}},
	'B': {{0, math.MaxUint8, "unsigned byte integer"}},
	'h': {{math.MinInt16, math.MaxInt16, "signed short integer"}},
	'H': {{math.MinInt32, math.MaxInt32, "signed integer"}, {0, math.MaxUint16, "unsigned short"}},
	'i': {{math.MinInt32, math.MaxInt32, "signed integer"}},
	'l': nil,
}

// arrayPack stores v as an item of typecode c in dst, with CPython's
// errors.
func (th *Thread) arrayPack(c byte, dst []byte, v Value) error {
	switch c {
	case 'u':
		s, ok := unwrap(v).o.(*Str)
		if !ok || s.Len() != 1 {
			return Errorf(TypeErrorType, "array item must be unicode character")
		}
		binary.LittleEndian.PutUint32(dst, uint32(s.Runes()[0]))
		return nil
	case 'f', 'd':
		x, err := th.arrayFloat(v)
		if err != nil {
			return err
		}
		if c == 'f' {
			binary.LittleEndian.PutUint32(dst, math.Float32bits(float32(x)))
		} else {
			binary.LittleEndian.PutUint64(dst, math.Float64bits(x))
		}
		return nil
	}
	r, ok, err := th.indexValue(v)
	if err != nil {
		return err
	}
	if !ok {
		return Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	b, _ := asBig(unwrap(r))
	bits, err := arrayIntBits(c, b)
	if err != nil {
		return err
	}
	putBits(dst, bits, true)
	return nil
}

// arrayIntBits checks b against typecode c's ranges and returns its bits.
func arrayIntBits(c byte, b *big.Int) (uint64, error) {
	if limits, signedLong := arrayIntLimits[c]; signedLong {
		if !b.IsInt64() {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		i := b.Int64()
		for _, l := range limits {
			if i < l.lo {
				return 0, Errorf(OverflowErrorType, "%s is less than minimum", l.name)
			}
			if i > l.hi {
				return 0, Errorf(OverflowErrorType, "%s is greater than maximum", l.name)
			}
		}
		return uint64(i), nil
	}
	switch c {
	case 'q':
		if !b.IsInt64() {
			return 0, Errorf(OverflowErrorType, "int too big to convert")
		}
		return uint64(b.Int64()), nil
	case 'Q':
		if b.Sign() < 0 {
			return 0, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
		}
		if !b.IsUint64() {
			return 0, Errorf(OverflowErrorType, "int too big to convert")
		}
		return b.Uint64(), nil
	}
	// 'I' and 'L': C unsigned long, then unsigned int's range for 'I'.
	if b.Sign() < 0 {
		return 0, Errorf(OverflowErrorType, "can't convert negative value to unsigned int")
	}
	if !b.IsUint64() {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C unsigned long")
	}
	if c == 'I' && b.Uint64() > math.MaxUint32 {
		return 0, Errorf(OverflowErrorType, "unsigned int is greater than maximum")
	}
	return b.Uint64(), nil
}

// arrayFloat is PyArg_Parse's "f"/"d" conversion.
func (th *Thread) arrayFloat(v Value) (float64, error) {
	if v.IsFloat() {
		return v.UncheckedFloat(), nil
	}
	if _, isStr := unwrap(v).o.(*Str); !isStr {
		x, err := th.numberFloat(v)
		if err == nil {
			return x, nil
		}
		if _, isExc := err.(*Exception); !isExc {
			return 0, err
		}
		if e := err.(*Exception); e.typ != TypeErrorType {
			return 0, err
		}
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", v.Type().Name)
}

// arrayPackAll converts vs to the array's items, all or none.
func (th *Thread) arrayPackAll(a *Array, vs []Value) ([]byte, error) {
	out := make([]byte, len(vs)*a.size)
	for i, v := range vs {
		if err := th.arrayPack(a.code, out[i*a.size:(i+1)*a.size], v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// appendBytes adds the items whose memory is p at the end.
func (a *Array) appendBytes(p []byte) error {
	if len(p) == 0 {
		return nil
	}
	if err := a.checkResize(); err != nil {
		return err
	}
	a.buf.b = append(a.buf.b, p...)
	return nil
}

// arrayExtend is array.extend: an array of the same typecode, or any
// iterable whose items are appended one by one.
func (th *Thread) arrayExtend(a *Array, v Value) error {
	if o, ok := asArray(v); ok {
		if o.code != a.code {
			return Errorf(TypeErrorType, "can only extend with array of same kind")
		}
		return a.appendBytes(append([]byte(nil), o.buf.b...))
	}
	return th.arrayAppendItems(a, v)
}

// arrayAppendItems appends the items of the iterable v one by one.
func (th *Thread) arrayAppendItems(a *Array, v Value) error {
	it, err := th.Iter(v)
	if err != nil {
		return err
	}
	item := make([]byte, a.size)
	for {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			return err
		}
		if err := th.arrayPack(a.code, item, x); err != nil {
			return err
		}
		if err := a.appendBytes(item); err != nil {
			return err
		}
	}
}

// arrayFromBytes is array.frombytes.
func arrayFromBytes(a *Array, v Value) error {
	p, err := bufferArg(v)
	if err != nil {
		return err
	}
	if len(p)%a.size != 0 {
		return Errorf(ValueErrorType, "bytes length not a multiple of item size")
	}
	return a.appendBytes(append([]byte(nil), p...))
}

// arrayFromUnicode appends the characters of s to a 'u' array.
func arrayFromUnicode(a *Array, s *Str) error {
	rs := s.Runes()
	p := make([]byte, 4*len(rs))
	for i, r := range rs {
		binary.LittleEndian.PutUint32(p[4*i:], uint32(r))
	}
	return a.appendBytes(p)
}

// arrayTypecodeArg reads a typecode argument: a str of one character.
func arrayTypecodeArg(fn, argn string, v Value) (byte, bool, error) {
	s, ok := unwrap(v).o.(*Str)
	if !ok || s.Len() != 1 {
		return 0, false, Errorf(TypeErrorType, "%s() argument %s must be a unicode character, not %s", fn, argn, v.Type().Name)
	}
	r := s.Runes()[0]
	if r > 127 || strings.IndexByte(arrayTypecodes, byte(r)) < 0 {
		return 0, false, nil
	}
	return byte(r), true, nil
}

const arrayBadTypecode = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"

// arrayMake is array_new after its argument parsing: an array of cls with
// typecode c from initial (Null: none).
func (th *Thread) arrayMake(cls *Type, c byte, initial Value) (Value, error) {
	a := newArray(c, nil)
	if initial.o != nil {
		if err := th.arrayInit(a, initial); err != nil {
			return Null, err
		}
	}
	return newOf(cls, ArrayType, Obj(a)), nil
}

func (th *Thread) arrayInit(a *Array, initial Value) error {
	c := a.code
	switch o := unwrap(initial).o.(type) {
	case *Str:
		if c != 'u' {
			return Errorf(TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", c)
		}
		return arrayFromUnicode(a, o)
	case *Array:
		if o.code == 'u' && c != 'u' {
			return Errorf(TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", c)
		}
		if o.code == c {
			return a.appendBytes(append([]byte(nil), o.buf.b...))
		}
		return th.arrayAppendItems(a, initial)
	case *Bytes:
		return arrayFromBytes(a, initial)
	case *List, *Tuple:
		vs, err := th.iterateToSlice(initial)
		if err != nil {
			return err
		}
		p, err := th.arrayPackAll(a, vs)
		if err != nil {
			return err
		}
		return a.appendBytes(p)
	}
	return th.arrayExtend(a, initial)
}

// arrayIndexArg converts a subscript to an index of a, with msg as the
// IndexError.
func (th *Thread) arrayIndexArg(a *Array, k Value, msg string) (int, error) {
	r, ok, err := th.indexValue(k)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "array indices must be integers")
	}
	r = unwrap(r)
	n := int64(a.len())
	if _, big := r.o.(*BigInt); big {
		return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	i := int64(r.n)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexErrorType, "%s", msg)
	}
	return int(i), nil
}

// sliceBytes returns the memory of the n items start, start+step, ...
func (a *Array) sliceBytes(start, step, n int) []byte {
	out := make([]byte, 0, n*a.size)
	for k := 0; k < n; k++ {
		out = append(out, a.itemBytes(start+k*step)...)
	}
	return out
}

// smallIndex returns the item index k names when k is a small int within
// the array, counting from the end when negative.
func (a *Array) smallIndex(k Value) (int, bool) {
	if !k.IsSmallInt() {
		return 0, false
	}
	i, n := int64(k.n), int64(a.len())
	if i < 0 {
		i += n
	}
	return int(i), i >= 0 && i < n
}

// getSmall is a[k] for a small int index within the array, the common
// case of subscription; ok is false for the others (arrayGetItem).
func (a *Array) getSmall(k Value) (v Value, ok bool) {
	i, ok := a.smallIndex(k)
	if !ok || a.code == 'u' {
		return Null, false
	}
	return unpackItem(a.itemBytes(i), a.code, nativeOrder), true
}

// setSmall stores x at a[k] for a small int index within the array and
// an item that needs no conversion: a float in a 'd' or 'f' array, a
// small int in range of an integer typecode. It reports whether it
// stored; the other cases are arraySetItem's, which raises CPython's
// errors.
func (a *Array) setSmall(k, x Value) bool {
	i, ok := a.smallIndex(k)
	if !ok {
		return false
	}
	dst := a.itemBytes(i)
	switch a.code {
	case 'd':
		if !x.IsFloat() {
			return false
		}
		binary.LittleEndian.PutUint64(dst, math.Float64bits(x.UncheckedFloat()))
		return true
	case 'f':
		if !x.IsFloat() {
			return false
		}
		binary.LittleEndian.PutUint32(dst, math.Float32bits(float32(x.UncheckedFloat())))
		return true
	}
	if !x.IsSmallInt() {
		return false
	}
	n := int64(x.n)
	var lo, hi int64
	switch a.code {
	case 'b':
		lo, hi = math.MinInt8, math.MaxInt8
	case 'B':
		lo, hi = 0, math.MaxUint8
	case 'h':
		lo, hi = math.MinInt16, math.MaxInt16
	case 'H':
		lo, hi = 0, math.MaxUint16
	case 'i':
		lo, hi = math.MinInt32, math.MaxInt32
	case 'I':
		lo, hi = 0, math.MaxUint32
	case 'l', 'q':
		lo, hi = math.MinInt64, math.MaxInt64
	case 'L', 'Q':
		lo, hi = 0, math.MaxInt64
	default:
		return false
	}
	if n < lo || n > hi {
		return false
	}
	putBits(dst, uint64(n), true)
	return true
}

func (th *Thread) arrayGetItem(self Value, k Value) (Value, error) {
	a := arraySelf(self)
	if sl, ok := unwrap(k).o.(*Slice); ok {
		start, stop, step, err := th.sliceIndices(sl, a.len())
		if err != nil {
			return Null, err
		}
		return Obj(newArray(a.code, a.sliceBytes(start, step, sliceLen(start, stop, step)))), nil
	}
	i, err := th.arrayIndexArg(a, k, "array index out of range")
	if err != nil {
		return Null, err
	}
	return a.get(i)
}

func (th *Thread) arraySetItem(self, k, v Value) error {
	a := arraySelf(self)
	sl, isSlice := unwrap(k).o.(*Slice)
	if !isSlice {
		i, err := th.arrayIndexArg(a, k, "array assignment index out of range")
		if err != nil {
			return err
		}
		item := make([]byte, a.size)
		if err := th.arrayPack(a.code, item, v); err != nil {
			return err
		}
		copy(a.itemBytes(i), item)
		return nil
	}
	o, ok := asArray(v)
	if !ok {
		return Errorf(TypeErrorType, "can only assign array (not \"%s\") to array slice", v.Type().Name)
	}
	if o.code != a.code {
		return Errorf(TypeErrorType, "bad argument type for built-in operation")
	}
	src := append([]byte(nil), o.buf.b...)
	start, stop, step, err := th.sliceIndices(sl, a.len())
	if err != nil {
		return err
	}
	if step == 1 {
		stop = max(stop, start)
		data := append(append(append([]byte(nil), a.buf.b[:start*a.size]...), src...), a.buf.b[stop*a.size:]...)
		return a.resize(data)
	}
	n := sliceLen(start, stop, step)
	if len(src)/a.size != n {
		return Errorf(ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", len(src)/a.size, n)
	}
	for k := 0; k < n; k++ {
		copy(a.itemBytes(start+k*step), src[k*a.size:(k+1)*a.size])
	}
	return nil
}

func (th *Thread) arrayDelItem(self, k Value) error {
	a := arraySelf(self)
	sl, isSlice := unwrap(k).o.(*Slice)
	if !isSlice {
		i, err := th.arrayIndexArg(a, k, "array assignment index out of range")
		if err != nil {
			return err
		}
		return a.deleteRange(i, i+1)
	}
	start, stop, step, err := th.sliceIndices(sl, a.len())
	if err != nil {
		return err
	}
	n := sliceLen(start, stop, step)
	if n == 0 {
		return nil
	}
	if step < 0 {
		start, step = start+(n-1)*step, -step
	}
	if step == 1 {
		return a.deleteRange(start, start+n)
	}
	keep := make([]byte, 0, len(a.buf.b)-n*a.size)
	for i, k := 0, 0; i < a.len(); i++ {
		if k < n && i == start+k*step {
			k++
			continue
		}
		keep = append(keep, a.itemBytes(i)...)
	}
	return a.resize(keep)
}

// deleteRange removes items i to j-1.
func (a *Array) deleteRange(i, j int) error {
	data := append(append([]byte(nil), a.buf.b[:i*a.size]...), a.buf.b[j*a.size:]...)
	return a.resize(data)
}

// arrayFind returns the index of the first item equal to v in [lo, hi),
// or -1.
func (th *Thread) arrayFind(a *Array, v Value, lo, hi int) (int, error) {
	for i := lo; i < hi && i < a.len(); i++ {
		x, err := a.get(i)
		if err != nil {
			return -1, err
		}
		eq, err := th.Equal(x, v)
		if err != nil || eq {
			return i, err
		}
	}
	return -1, nil
}

// arrayRepeat returns the memory of a's items n times.
func (th *Thread) arrayRepeat(a *Array, nv Value) ([]byte, error) {
	n, err := th.sizeArg(nv)
	if err != nil {
		return nil, err
	}
	if n <= 0 || len(a.buf.b) == 0 {
		return []byte{}, nil
	}
	if int64(len(a.buf.b)) > math.MaxInt64/n {
		return nil, NewException(MemoryErrorType)
	}
	if err := th.alloc(int64(len(a.buf.b)) * n); err != nil {
		return nil, err
	}
	return []byte(strings.Repeat(string(a.buf.b), int(n))), nil
}

func (th *Thread) arrayCompare(self, other Value, op int) (Value, error) {
	a := arraySelf(self)
	o, ok := asArray(other)
	if !ok {
		return NotImplemented, nil
	}
	if (op == code.CMP_EQ || op == code.CMP_NE) && a.len() != o.len() {
		return Bool(op == code.CMP_NE), nil
	}
	xs, err := a.items()
	if err != nil {
		return Null, err
	}
	ys, err := o.items()
	if err != nil {
		return Null, err
	}
	return th.compareSeq(&xs, &ys, op, true)
}

func (th *Thread) arrayRepr(self Value) (Value, error) {
	a := arraySelf(self)
	name := shortTypeName(self.Type())
	if a.len() == 0 {
		return String(name + "('" + string(a.code) + "')"), nil
	}
	var inner Value
	if a.code == 'u' {
		s, err := th.arrayToUnicode(a)
		if err != nil {
			return Null, err
		}
		inner = s
	} else {
		xs, err := a.items()
		if err != nil {
			return Null, err
		}
		inner = Obj(NewList(xs))
	}
	r, err := th.Repr(inner)
	if err != nil {
		return Null, err
	}
	return String(name + "('" + string(a.code) + "', " + r + ")"), nil
}

func (th *Thread) arrayToUnicode(a *Array) (Value, error) {
	rs := make([]rune, a.len())
	for i := range rs {
		r := binary.LittleEndian.Uint32(a.itemBytes(i))
		if r > 0x10ffff {
			return Null, Errorf(ValueErrorType, "character U+%x is not in range [U+0000; U+10ffff]", r)
		}
		rs[i] = rune(r)
	}
	return String(encodeRunes(rs)), nil
}

// arrayFromFile is array.fromfile.
func (th *Thread) arrayFromFile(a *Array, f, nv Value) error {
	n, err := th.sizeArg(nv)
	if err != nil {
		return err
	}
	if n < 0 {
		return Errorf(ValueErrorType, "negative count")
	}
	if n > math.MaxInt64/int64(a.size) {
		return NewException(MemoryErrorType)
	}
	nbytes := n * int64(a.size)
	r, err := th.callMethod(f, "read", Int(nbytes))
	if err != nil {
		return err
	}
	b, ok := r.o.(*Bytes)
	if !ok || b.mutable {
		return Errorf(TypeErrorType, "read() didn't return bytes")
	}
	whole := len(b.b) - len(b.b)%a.size
	if err := a.appendBytes(append([]byte(nil), b.b[:whole]...)); err != nil {
		return err
	}
	if int64(len(b.b)) != nbytes {
		return Errorf(EOFErrorType, "read() didn't return enough bytes")
	}
	return nil
}

// arrayToFile is array.tofile: the memory in blocks of 64 KiB.
func (th *Thread) arrayToFile(a *Array, f Value) error {
	const block = 64 * 1024
	data := append([]byte(nil), a.buf.b...)
	for i := 0; i < len(data); i += block {
		if _, err := th.callMethod(f, "write", bytesResult(data[i:min(i+block, len(data))])); err != nil {
			return err
		}
	}
	return nil
}

// arrayMachineFormat is CPython's machine format code of each typecode
// on a little-endian machine (the argument of _array_reconstructor).
var arrayMachineFormat = map[byte]int{'B': 0, 'b': 1, 'H': 2, 'h': 4, 'I': 6, 'i': 8, 'L': 10, 'l': 12,
	'Q': 10, 'q': 12, 'f': 14, 'd': 16, 'u': 20}

// arrayReduceEx is array.__reduce_ex__.
func (th *Thread) arrayReduceEx(self, protoV Value) (Value, error) {
	a := arraySelf(self)
	proto, err := th.cIntArg(protoV)
	if err != nil {
		return Null, err
	}
	dict, err := th.GetAttr(self, intern("__dict__"))
	if err != nil {
		if !isExceptionOf(err, AttributeErrorType) {
			return Null, err
		}
		dict = None
	}
	cls := Obj(self.Type())
	if proto < 3 {
		xs, err := a.items()
		if err != nil {
			return Null, err
		}
		return TupleOf(cls, TupleOf(String(string(a.code)), Obj(NewList(xs))), dict), nil
	}
	recon, err := th.moduleAttr("array", "_array_reconstructor")
	if err != nil {
		return Null, err
	}
	args := TupleOf(cls, String(string(a.code)), Int(int64(arrayMachineFormat[a.code])), bytesResult(append([]byte(nil), a.buf.b...)))
	return TupleOf(recon, args, dict), nil
}

// moduleAttr returns attribute name of the module mod, importing it.
func (th *Thread) moduleAttr(mod, name string) (Value, error) {
	m, err := th.importModule(mod)
	if err != nil {
		return Null, err
	}
	return th.GetAttr(m, intern(name))
}

// isExceptionOf reports whether err is a Python exception of type t or a
// subclass.
func isExceptionOf(err error, t *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(t)
}

// machineFormat describes a machine format code of _array_reconstructor.
type machineFormat struct {
	size      int
	signed    bool
	bigEndian bool
}

// arrayIntFormats are the integer machine formats, codes 0 to 13.
var arrayIntFormats = [...]machineFormat{
	{1, false, false}, {1, true, false},
	{2, false, false}, {2, false, true}, {2, true, false}, {2, true, true},
	{4, false, false}, {4, false, true}, {4, true, false}, {4, true, true},
	{8, false, false}, {8, false, true}, {8, true, false}, {8, true, true},
}

// arrayReconstruct is array._array_reconstructor.
func arrayReconstruct(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "_array_reconstructor() takes no keyword arguments")
	}
	if len(args) != 4 {
		return Null, Errorf(TypeErrorType, "_array_reconstructor expected 4 arguments, got %d", len(args))
	}
	cls, ok := args[0].o.(*Type)
	if !ok {
		return Null, Errorf(TypeErrorType, "first argument must be a type object, not %s", args[0].Type().Name)
	}
	if !cls.IsSubtype(ArrayType) {
		return Null, Errorf(TypeErrorType, "%s is not a subtype of array.array", cls.Name)
	}
	c, valid, err := arrayTypecodeArg("_array_reconstructor", "2", args[1])
	if err != nil {
		return Null, err
	}
	mf, err := th.cIntArg(args[2])
	if err != nil {
		return Null, err
	}
	items, ok := args[3].o.(*Bytes)
	if !ok || items.mutable {
		return Null, Errorf(TypeErrorType, "fourth argument should be bytes, not %s", args[3].Type().Name)
	}
	if !valid {
		return Null, Errorf(ValueErrorType, "second argument must be a valid type code")
	}
	if mf < 0 || mf > 21 {
		return Null, Errorf(ValueErrorType, "third argument must be a valid machine format code.")
	}
	if int(mf) == arrayMachineFormat[c] {
		return th.arrayMake(cls, c, args[3])
	}
	p := items.b
	switch {
	case mf >= 14 && mf <= 17:
		size := 4
		if mf >= 16 {
			size = 8
		}
		order := binary.ByteOrder(binary.LittleEndian)
		if mf%2 == 1 {
			order = binary.BigEndian
		}
		vs := make([]Value, len(p)/size)
		for i := range vs {
			if size == 4 {
				vs[i] = Float(float64(math.Float32frombits(order.Uint32(p[4*i:]))))
			} else {
				vs[i] = Float(math.Float64frombits(order.Uint64(p[8*i:])))
			}
		}
		return th.arrayMake(cls, c, Obj(NewList(vs)))
	case mf >= 18:
		return th.arrayMake(cls, c, String(decodeUTF(p, mf)))
	}
	f := arrayIntFormats[mf]
	vs := make([]Value, len(p)/f.size)
	for i := range vs {
		b := p[i*f.size : (i+1)*f.size]
		bits := getBits(b, !f.bigEndian)
		if f.signed {
			shift := 64 - 8*uint(f.size)
			vs[i] = Int(int64(bits<<shift) >> shift)
		} else {
			vs[i] = IntFromBig(new(big.Int).SetUint64(bits))
		}
	}
	// The typecode of the machine's with the format's size and
	// signedness (the last of them, as CPython picks).
	for _, tc := range []byte(arrayTypecodes) {
		if tc != 'u' && tc != 'f' && tc != 'd' && arrayItemSize[tc] == f.size && (strings.IndexByte("bhilq", tc) >= 0) == f.signed {
			c = tc
		}
	}
	return th.arrayMake(cls, c, Obj(NewList(vs)))
}

// decodeUTF decodes UTF-16 (machine formats 18 and 19) or UTF-32 (20 and
// 21), odd codes big-endian, as _array_reconstructor does (surrogates
// pass).
func decodeUTF(p []byte, mf int64) string {
	order := binary.ByteOrder(binary.LittleEndian)
	if mf%2 == 1 {
		order = binary.BigEndian
	}
	if mf >= 20 {
		rs := make([]rune, len(p)/4)
		for i := range rs {
			rs[i] = rune(order.Uint32(p[4*i:]))
		}
		return encodeRunes(rs)
	}
	units := make([]uint16, len(p)/2)
	for i := range units {
		units[i] = order.Uint16(p[2*i:])
	}
	return encodeRunes(utf16.Decode(units))
}

// arrayIter is an iterator over an array.
type arrayIter struct {
	a   *Array
	obj Value // the array iterated (nil once exhausted)
	i   int
}

// Type implements Object.
func (*arrayIter) Type() *Type { return arrayIterType }

func (it *arrayIter) next() (Value, bool, error) {
	if it.a == nil || it.i >= it.a.len() {
		it.a, it.obj = nil, Null
		return Null, false, nil
	}
	v, err := it.a.get(it.i)
	it.i++
	return v, err == nil, err
}

func initArrayIterType() {
	t := newBuiltinType("arrayiterator", ObjectType)
	t.layout = t
	t.final = true
	t.Dict.SetStr("__module__", String("array"))
	method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil })
	method(t, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		v, ok, err := self.o.(*arrayIter).next()
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, NewException(StopIterationType)
		}
		return v, nil
	})
	method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		it := self.o.(*arrayIter)
		iter, err := th.moduleAttr("builtins", "iter")
		if err != nil {
			return Null, err
		}
		if it.a == nil {
			return TupleOf(iter, TupleOf(Obj(NewTuple(nil)))), nil
		}
		return TupleOf(iter, TupleOf(it.obj), Int(int64(it.i))), nil
	})
	method(t, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		it := self.o.(*arrayIter)
		n, err := th.sizeArg(args[0])
		if err != nil {
			return Null, err
		}
		if it.a != nil {
			it.i = int(max(0, min(n, int64(it.a.len()))))
		}
		return None, nil
	})
	arrayIterType = t
	attachArgSpecs([]*Type{t})
	t.Name = "array.arrayiterator"
}

// arrayMethod adds a method of array.array taking positional arguments
// between min and max.
func arrayMethod(t *Type, name string, min, max int, fn func(th *Thread, a *Array, self Value, args []Value) (Value, error)) {
	method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if len(args) < min || len(args) > max {
			return Null, arrayArgCountError(name, min, max, len(args))
		}
		return fn(th, arraySelf(self), self, args)
	})
}

func arrayArgCountError(name string, min, max, n int) error {
	switch {
	case min == max && max == 0:
		return Errorf(TypeErrorType, "array.%s() takes no arguments (%d given)", name, n)
	case min == max && max == 1:
		return Errorf(TypeErrorType, "array.%s() takes exactly one argument (%d given)", name, n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural_s(min != 1), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural_s(max != 1), n)
}

func initArrayType() {
	t := newBuiltinType("array", ObjectType)
	ArrayType = t
	t.layout = t
	builtinWeakrefs[t] = true
	t.matchFlags |= flagSequence
	t.Dict.SetStr("__module__", String("array"))
	t.Dict.SetStr("__hash__", None)
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		if cls == ArrayType && len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "array.array() takes no keyword arguments")
		}
		pos := args[1 : len(args)-len(kw)]
		switch {
		case len(pos) < 1:
			return Null, Errorf(TypeErrorType, "array() takes at least 1 argument (0 given)")
		case len(pos) > 2:
			return Null, Errorf(TypeErrorType, "array() takes at most 2 arguments (%d given)", len(pos))
		}
		c, ok, err := arrayTypecodeArg("array", "1", pos[0])
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, Errorf(ValueErrorType, arrayBadTypecode)
		}
		initial := Null
		if len(pos) > 1 {
			initial = pos[1]
		}
		return th.arrayMake(cls, c, initial)
	}}))
	getset(t, "typecode", func(th *Thread, v Value) (Value, error) { return String(string(arraySelf(v).code)), nil })
	getset(t, "itemsize", func(th *Thread, v Value) (Value, error) { return Int(int64(arraySelf(v).size)), nil })
	addArrayMutators(t)
	addArrayConversions(t)
	addArraySequenceMethods(t)
	addArrayOperators(t)
}

// addArrayMutators adds the methods that change an array's items.
func addArrayMutators(t *Type) {
	arrayMethod(t, "append", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		item := make([]byte, a.size)
		if err := th.arrayPack(a.code, item, args[0]); err != nil {
			return Null, err
		}
		return None, a.appendBytes(item)
	})
	arrayMethod(t, "extend", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		return None, th.arrayExtend(a, args[0])
	})
	arrayMethod(t, "insert", 2, 2, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		i, err := th.sizeArg(args[0])
		if err != nil {
			return Null, err
		}
		item := make([]byte, a.size)
		if err := th.arrayPack(a.code, item, args[1]); err != nil {
			return Null, err
		}
		n := int64(a.len())
		if i < 0 {
			i = max(0, i+n)
		}
		i = min(i, n)
		at := int(i) * a.size
		data := append(append(append([]byte(nil), a.buf.b[:at]...), item...), a.buf.b[at:]...)
		return None, a.resize(data)
	})
	arrayMethod(t, "pop", 0, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		i := int64(-1)
		if len(args) > 0 {
			var err error
			if i, err = th.sizeArg(args[0]); err != nil {
				return Null, err
			}
		}
		n := int64(a.len())
		if n == 0 {
			return Null, Errorf(IndexErrorType, "pop from empty array")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Null, Errorf(IndexErrorType, "pop index out of range")
		}
		v, err := a.get(int(i))
		if err != nil {
			return Null, err
		}
		return v, a.deleteRange(int(i), int(i)+1)
	})
	arrayMethod(t, "remove", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		i, err := th.arrayFind(a, args[0], 0, a.len())
		if err != nil {
			return Null, err
		}
		if i < 0 {
			return Null, Errorf(ValueErrorType, "array.remove(x): x not in array")
		}
		return None, a.deleteRange(i, i+1)
	})
	arrayMethod(t, "reverse", 0, 0, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		for i, j := 0, a.len()-1; i < j; i, j = i+1, j-1 {
			x, y := a.itemBytes(i), a.itemBytes(j)
			for k := range x {
				x[k], y[k] = y[k], x[k]
			}
		}
		return None, nil
	})
	arrayMethod(t, "byteswap", 0, 0, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		for i := 0; i < a.len(); i++ {
			p := a.itemBytes(i)
			for l, r := 0, len(p)-1; l < r; l, r = l+1, r-1 {
				p[l], p[r] = p[r], p[l]
			}
		}
		return None, nil
	})
	arrayMethod(t, "frombytes", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		return None, arrayFromBytes(a, args[0])
	})
	arrayMethod(t, "fromlist", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		l, ok := unwrap(args[0]).o.(*List)
		if !ok {
			return Null, Errorf(TypeErrorType, "arg must be list")
		}
		p, err := th.arrayPackAll(a, append([]Value(nil), l.items...))
		if err != nil {
			return Null, err
		}
		return None, a.appendBytes(p)
	})
	arrayMethod(t, "fromunicode", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		s, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "fromunicode() argument must be str, not %s", args[0].Type().Name)
		}
		if a.code != 'u' {
			return Null, Errorf(ValueErrorType, "fromunicode() may only be called on unicode type arrays")
		}
		return None, arrayFromUnicode(a, s)
	})
	arrayMethod(t, "fromfile", 2, 2, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		return None, th.arrayFromFile(a, args[0], args[1])
	})
}

// addArrayConversions adds the methods that read an array out.
func addArrayConversions(t *Type) {
	arrayMethod(t, "tobytes", 0, 0, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		return bytesResult(append([]byte{}, a.buf.b...)), nil
	})
	arrayMethod(t, "tolist", 0, 0, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		xs, err := a.items()
		if err != nil {
			return Null, err
		}
		return Obj(NewList(xs)), nil
	})
	arrayMethod(t, "tounicode", 0, 0, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		if a.code != 'u' {
			return Null, Errorf(ValueErrorType, "tounicode() may only be called on unicode type arrays")
		}
		return th.arrayToUnicode(a)
	})
	arrayMethod(t, "tofile", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		return None, th.arrayToFile(a, args[0])
	})
	arrayMethod(t, "buffer_info", 0, 0, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		addr := uintptr(unsafe.Pointer(unsafe.SliceData(a.buf.b)))
		return TupleOf(Int(int64(addr)), Int(int64(a.len()))), nil
	})
	// A copy is an array.array, whatever the type of self, as CPython's.
	copyArray := func(th *Thread, a *Array, self Value, args []Value) (Value, error) {
		return Obj(newArray(a.code, append([]byte{}, a.buf.b...))), nil
	}
	arrayMethod(t, "__copy__", 0, 0, copyArray)
	arrayMethod(t, "__deepcopy__", 1, 1, copyArray)
	arrayMethod(t, "__reduce_ex__", 1, 1, func(th *Thread, a *Array, self Value, args []Value) (Value, error) {
		return th.arrayReduceEx(self, args[0])
	})
	arrayMethod(t, "__sizeof__", 0, 0, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		return Int(int64(64 + cap(a.buf.b))), nil
	})
	arrayMethod(t, "__repr__", 0, 0, func(th *Thread, a *Array, self Value, args []Value) (Value, error) {
		return th.arrayRepr(self)
	})
}

// addArraySequenceMethods adds the sequence protocol and the searches.
func addArraySequenceMethods(t *Type) {
	arrayMethod(t, "__len__", 0, 0, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		return Int(int64(a.len())), nil
	})
	arrayMethod(t, "__iter__", 0, 0, func(th *Thread, a *Array, self Value, args []Value) (Value, error) {
		return Obj(&arrayIter{a: a, obj: self}), nil
	})
	arrayMethod(t, "__getitem__", 1, 1, func(th *Thread, a *Array, self Value, args []Value) (Value, error) {
		return th.arrayGetItem(self, args[0])
	})
	arrayMethod(t, "__setitem__", 2, 2, func(th *Thread, a *Array, self Value, args []Value) (Value, error) {
		return None, th.arraySetItem(self, args[0], args[1])
	})
	arrayMethod(t, "__delitem__", 1, 1, func(th *Thread, a *Array, self Value, args []Value) (Value, error) {
		return None, th.arrayDelItem(self, args[0])
	})
	arrayMethod(t, "__contains__", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		i, err := th.arrayFind(a, args[0], 0, a.len())
		return Bool(i >= 0), err
	})
	arrayMethod(t, "count", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		n := 0
		for i := 0; i < a.len(); i++ {
			x, err := a.get(i)
			if err != nil {
				return Null, err
			}
			eq, err := th.Equal(x, args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				n++
			}
		}
		return Int(int64(n)), nil
	})
	arrayMethod(t, "index", 1, 3, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		n := int64(a.len())
		bounds := []int64{0, n}
		for k, v := range args[1:] {
			i, ok, err := th.indexSaturated(v)
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
			}
			if i < 0 {
				i = max(0, i+n)
			}
			bounds[k] = min(i, n)
		}
		i, err := th.arrayFind(a, args[0], int(bounds[0]), int(bounds[1]))
		if err != nil {
			return Null, err
		}
		if i < 0 {
			return Null, Errorf(ValueErrorType, "array.index(x): x not in array")
		}
		return Int(int64(i)), nil
	})
}

// addArrayOperators adds concatenation, repetition and comparison.
func addArrayOperators(t *Type) {
	arrayMethod(t, "__add__", 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
		o, ok := asArray(args[0])
		if !ok {
			return Null, Errorf(TypeErrorType, "can only append array (not \"%s\") to array", args[0].Type().Name)
		}
		if o.code != a.code {
			return Null, Errorf(TypeErrorType, "bad argument type for built-in operation")
		}
		return Obj(newArray(a.code, append(append([]byte{}, a.buf.b...), o.buf.b...))), nil
	})
	arrayMethod(t, "__iadd__", 1, 1, func(th *Thread, a *Array, self Value, args []Value) (Value, error) {
		o, ok := asArray(args[0])
		if !ok {
			return Null, Errorf(TypeErrorType, "can only extend array with array (not \"%s\")", args[0].Type().Name)
		}
		if o.code != a.code {
			return Null, Errorf(TypeErrorType, "can only extend with array of same kind")
		}
		return self, a.appendBytes(append([]byte(nil), o.buf.b...))
	})
	for _, name := range []string{"__mul__", "__rmul__"} {
		arrayMethod(t, name, 1, 1, func(th *Thread, a *Array, _ Value, args []Value) (Value, error) {
			p, err := th.arrayRepeat(a, args[0])
			if err != nil {
				return Null, err
			}
			return Obj(newArray(a.code, p)), nil
		})
	}
	arrayMethod(t, "__imul__", 1, 1, func(th *Thread, a *Array, self Value, args []Value) (Value, error) {
		p, err := th.arrayRepeat(a, args[0])
		if err != nil {
			return Null, err
		}
		return self, a.resize(p)
	})
	for op, name := range map[int]string{code.CMP_LT: "__lt__", code.CMP_LE: "__le__", code.CMP_EQ: "__eq__",
		code.CMP_NE: "__ne__", code.CMP_GT: "__gt__", code.CMP_GE: "__ge__"} {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.arrayCompare(self, args[0], op)
		})
	}
}

func initArrayTypes() {
	initArrayType()
	initArrayIterType()
	attachArgSpecs([]*Type{ArrayType})
	ArrayType.Name = "array.array"
}

func makeArrayModule(th *Thread) (*Module, error) {
	arrayOnce.Do(initArrayTypes)
	m := newNativeModule("array", map[string]BuiltinFunc{"_array_reconstructor": arrayReconstruct})
	m.Dict.SetStr("array", Obj(ArrayType))
	m.Dict.SetStr("ArrayType", Obj(ArrayType))
	m.Dict.SetStr("typecodes", String(arrayTypecodes))
	// As CPython's module does, register array as a MutableSequence.
	abc, err := th.moduleAttr("_collections_abc", "MutableSequence")
	if err != nil {
		return nil, err
	}
	if _, err := th.callMethod(abc, "register", Obj(ArrayType)); err != nil {
		return nil, err
	}
	return m, nil
}
