package vm

// The _struct module, as CPython 3.11's Modules/_struct.c: pack, unpack
// and their buffer forms, the Struct and unpack_iterator types, and
// struct.error with CPython's texts. Format parsing and half floats are
// in vm/lib/structfmt; native mode is Linux on amd64.

import (
	"math"
	"math/big"
	"strings"
	"sync"

	"github.com/pyjit/pyjit/vm/lib/structfmt"
)

var (
	// StructType is _struct.Struct.
	StructType *Type
	// UnpackIterType is _struct.unpack_iterator.
	UnpackIterType *Type
	structOnce     sync.Once
)

// structObj is an instance of _struct.Struct.
type structObj struct {
	f      *structfmt.Format // nil before __init__
	format string
}

// Type implements Object.
func (*structObj) Type() *Type { return StructType }

// unpackIter is an instance of _struct.unpack_iterator.
type unpackIter struct {
	s    *structObj
	data []byte
	pos  int64
}

// Type implements Object.
func (*unpackIter) Type() *Type { return UnpackIterType }

// moduleError returns the exception type attr of the imported module mod
// (struct.error, binascii.Error, zlib.error), or fallback.
func (th *Thread) moduleError(mod, attr string, fallback *Type) *Type {
	if m, ok := th.interp.modules.GetStr(mod); ok {
		if md, ok := m.o.(*Module); ok {
			if t, ok := md.Dict.GetStr(attr); ok {
				if tt, ok := t.o.(*Type); ok {
					return tt
				}
			}
		}
	}
	return fallback
}

// newModuleError creates an exception class name of module modName
// deriving from base.
func (th *Thread) newModuleError(name, modName string, base *Type) (Value, error) {
	ns := NewDict()
	ns.SetStr("__module__", String(modName))
	return th.Call(Obj(TypeType), []Value{String(name), Obj(NewTuple([]Value{Obj(base)})), Obj(ns)}, nil)
}

func (th *Thread) structErr(format string, a ...any) error {
	return Errorf(th.moduleError("_struct", "error", ExceptionType), format, a...)
}

// structFormat converts a format argument (str or bytes) to its ASCII
// bytes and its str form.
func (th *Thread) structFormat(v Value) ([]byte, string, error) {
	switch o := unwrap(v).o.(type) {
	case *Str:
		if !o.isASCII() {
			b, err := th.encodeStr("encode", o, v, String("ascii"), Null)
			if err != nil {
				return nil, "", err
			}
			return b.b, o.s, nil
		}
		return []byte(o.s), o.s, nil
	case *Bytes:
		if !o.mutable {
			return o.b, string(o.b), nil
		}
	}
	return nil, "", Errorf(TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", v.Type().Name)
}

// newStruct parses format v into a Struct.
func (th *Thread) newStruct(v Value) (*structObj, error) {
	b, s, err := th.structFormat(v)
	if err != nil {
		return nil, err
	}
	f, err := structfmt.Parse(b)
	if err != nil {
		return nil, th.structErr("%s", err.Error())
	}
	return &structObj{f: f, format: s}, nil
}

func (s *structObj) fmt() *structfmt.Format {
	if s.f == nil {
		return &structfmt.Format{Order: '@'}
	}
	return s.f
}

// structInt is CPython's get_pylong: v as an int, through __index__.
func (th *Thread) structInt(v Value) (Value, error) {
	u := unwrap(v)
	switch u.o.(type) {
	case intTag, boolTag:
		return Int(int64(u.n)), nil
	case *BigInt:
		return u, nil
	}
	r, ok, err := th.indexValue(v)
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, th.structErr("required argument is not an integer")
	}
	r = unwrap(r)
	if _, isBig := r.o.(*BigInt); isBig {
		return r, nil
	}
	return Int(int64(r.n)), nil
}

// intFits returns x as int64 and uint64 with whether each holds it.
func intFits(x Value) (i int64, fitsI bool, u uint64, fitsU bool) {
	if b, ok := x.o.(*BigInt); ok {
		bi, _ := asBig(Obj(b))
		if bi.IsInt64() {
			i, fitsI = bi.Int64(), true
		}
		if bi.IsUint64() {
			u, fitsU = bi.Uint64(), true
		}
		return
	}
	i = int64(x.n)
	return i, true, uint64(i), i >= 0
}

// nativeIntMsg holds the range messages of the native packers of the
// small integer codes.
var nativeIntMsg = map[byte]string{
	'b': "byte format requires -128 <= number <= 127",
	'B': "ubyte format requires 0 <= number <= 255",
	'h': "short format requires -32768 <= number <= 32767",
	'H': "ushort format requires 0 <= number <= 65535",
}

// packInt packs integer code c of size bytes. CPython uses the native
// packers for all of native mode, for 'b' and 'B' everywhere, and for the
// little-endian codes whose standard size is the native one; their
// errors differ from the standard packers'.
func (th *Thread) packInt(dst []byte, c byte, size int64, v Value, f *structfmt.Format) error {
	x, err := th.structInt(v)
	if err != nil {
		return err
	}
	i, fitsI, u, fitsU := intFits(x)
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	outOfRange := func() error { return th.structErr("argument out of range") }
	nativeStyle := f.Native() || c == 'b' || c == 'B' || f.LittleEndian() && strings.IndexByte("hHiIqQ", c) >= 0
	var bits uint64
	switch {
	case c == 'P':
		if !fitsI && !fitsU {
			return th.structErr("int too large to convert")
		}
		bits = u
		if fitsI {
			bits = uint64(i)
		}
	case size == 8 && !nativeStyle:
		if signed && !fitsI || !signed && !fitsU {
			return th.structErr("int too large to convert")
		}
		bits = u
		if signed {
			bits = uint64(i)
		}
	case signed:
		if !fitsI {
			return outOfRange()
		}
		if size < 8 {
			lim := int64(1) << (8*size - 1)
			if i < -lim || i >= lim {
				if msg, ok := nativeIntMsg[c]; ok && nativeStyle {
					return th.structErr("%s", msg)
				}
				return th.structErr("'%c' format requires %d <= number <= %d", c, -lim, lim-1)
			}
		}
		bits = uint64(i)
	default:
		if nativeStyle && (c == 'B' || c == 'H') {
			// get_long, then the range check.
			if !fitsI {
				return outOfRange()
			}
			if i < 0 || i >= 1<<(8*size) {
				return th.structErr("%s", nativeIntMsg[c])
			}
		} else if !fitsU {
			return outOfRange()
		} else if size < 8 && u >= 1<<(8*size) {
			return th.structErr("'%c' format requires 0 <= number <= %d", c, uint64(1)<<(8*size)-1)
		}
		bits = u
	}
	putBits(dst[:size], bits, f.LittleEndian())
	return nil
}

func putBits(dst []byte, bits uint64, le bool) {
	n := len(dst)
	for k := 0; k < n; k++ {
		b := byte(bits >> (8 * k))
		if le {
			dst[k] = b
		} else {
			dst[n-1-k] = b
		}
	}
}

func getBits(src []byte, le bool) uint64 {
	var bits uint64
	n := len(src)
	for k := 0; k < n; k++ {
		b := src[k]
		if !le {
			b = src[n-1-k]
		}
		bits |= uint64(b) << (8 * k)
	}
	return bits
}

// structFloat is PyFloat_AsDouble with struct's error.
func (th *Thread) structFloat(v Value) (float64, error) {
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
	}
	return 0, th.structErr("required argument is not a float")
}

// packItem packs one value of code c (not 's', 'p' or 'x').
func (th *Thread) packItem(dst []byte, c byte, size int64, v Value, f *structfmt.Format) error {
	le := f.LittleEndian()
	switch c {
	case 'c':
		b, ok := unwrap(v).o.(*Bytes)
		if !ok || b.mutable || len(b.b) != 1 {
			return th.structErr("char format requires a bytes object of length 1")
		}
		dst[0] = b.b[0]
	case '?':
		t, err := th.Truth(v)
		if err != nil {
			return err
		}
		if t {
			dst[0] = 1
		}
	case 'e':
		x, err := th.structFloat(v)
		if err != nil {
			return err
		}
		bits, ok := structfmt.PackHalf(x)
		if !ok {
			return Errorf(OverflowErrorType, "float too large to pack with e format")
		}
		putBits(dst[:2], uint64(bits), le)
	case 'f':
		x, err := th.structFloat(v)
		if err != nil {
			return err
		}
		y := float32(x)
		if !f.Native() && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			return Errorf(OverflowErrorType, "float too large to pack with f format")
		}
		putBits(dst[:4], uint64(math.Float32bits(y)), le)
	case 'd':
		x, err := th.structFloat(v)
		if err != nil {
			return err
		}
		putBits(dst[:8], math.Float64bits(x), le)
	default:
		return th.packInt(dst, c, size, v, f)
	}
	return nil
}

// structPack packs args by f into dst, which is f.Size zero bytes. On an
// error dst holds the items packed before it, as CPython's buffer does.
func (th *Thread) structPack(f *structfmt.Format, dst []byte, args []Value) error {
	k := 0
	for _, code := range f.Codes {
		switch code.Char {
		case 's', 'p':
			v := args[k]
			k++
			b, ok := unwrap(v).o.(*Bytes)
			if !ok {
				return th.structErr("argument for '%c' must be a bytes object", code.Char)
			}
			out := dst[code.Offset : code.Offset+code.Size]
			if code.Char == 's' {
				copy(out, b.b)
				continue
			}
			if code.Size == 0 {
				continue
			}
			n := len(b.b)
			if int64(n) > code.Size-1 {
				n = int(code.Size - 1)
			}
			copy(out[1:], b.b[:n])
			if n > 255 {
				n = 255
			}
			out[0] = byte(n)
		default:
			for r := int64(0); r < code.Repeat; r++ {
				off := code.Offset + r*code.Size
				if err := th.packItem(dst[off:off+code.Size], code.Char, code.Size, args[k], f); err != nil {
					return err
				}
				k++
			}
		}
	}
	return nil
}

// unpackItem unpacks one value of code c.
func unpackItem(src []byte, c byte, f *structfmt.Format) Value {
	le := f.LittleEndian()
	switch c {
	case 'c':
		return Obj(&Bytes{b: []byte{src[0]}})
	case '?':
		return Bool(src[0] != 0)
	case 'e':
		return Float(structfmt.UnpackHalf(uint16(getBits(src[:2], le))))
	case 'f':
		return Float(float64(math.Float32frombits(uint32(getBits(src[:4], le)))))
	case 'd':
		return Float(math.Float64frombits(getBits(src[:8], le)))
	}
	bits := getBits(src, le)
	switch c {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		shift := 64 - 8*uint(len(src))
		return Int(int64(bits<<shift) >> shift)
	}
	if bits > math.MaxInt64 {
		return IntFromBig(new(big.Int).SetUint64(bits))
	}
	return Int(int64(bits))
}

// structUnpack unpacks data, which is f.Size bytes, into a tuple.
func (th *Thread) structUnpack(f *structfmt.Format, data []byte) (Value, error) {
	if err := th.allocN(f.Len, valueBytes); err != nil {
		return Null, err
	}
	items := make([]Value, 0, f.Len)
	for _, code := range f.Codes {
		switch code.Char {
		case 's':
			items = append(items, Obj(&Bytes{b: append([]byte{}, data[code.Offset:code.Offset+code.Size]...)}))
		case 'p':
			if code.Size == 0 {
				return Null, Errorf(SystemErrorType, "Negative size passed to PyBytes_FromStringAndSize")
			}
			n := int64(data[code.Offset])
			if n >= code.Size {
				n = code.Size - 1
			}
			items = append(items, Obj(&Bytes{b: append([]byte{}, data[code.Offset+1:code.Offset+1+n]...)}))
		default:
			for r := int64(0); r < code.Repeat; r++ {
				if err := th.tick(); err != nil {
					return Null, err
				}
				off := code.Offset + r*code.Size
				items = append(items, unpackItem(data[off:off+code.Size], code.Char, f))
			}
		}
	}
	return Obj(NewTuple(items)), nil
}

// structPackValue implements pack: the packed bytes of args.
func (th *Thread) structPackValue(s *structObj, args []Value) (Value, error) {
	f := s.fmt()
	if int64(len(args)) != f.Len {
		return Null, th.structErr("pack expected %d items for packing (got %d)", f.Len, len(args))
	}
	if err := th.alloc(f.Size); err != nil {
		return Null, err
	}
	dst := make([]byte, f.Size)
	if err := th.structPack(f, dst, args); err != nil {
		return Null, err
	}
	return Obj(&Bytes{b: dst}), nil
}

// structPackInto implements pack_into(buffer, offset, *args).
func (th *Thread) structPackInto(s *structObj, args []Value) (Value, error) {
	f := s.fmt()
	if len(args) != int(f.Len)+2 {
		switch len(args) {
		case 0:
			return Null, th.structErr("pack_into expected buffer argument")
		case 1:
			return Null, th.structErr("pack_into expected offset argument")
		}
		return Null, th.structErr("pack_into expected %d items for packing (got %d)", f.Len, len(args)-2)
	}
	buf, err := writableBuffer(args[0], "argument")
	if err != nil {
		return Null, Errorf(TypeErrorType, "argument must be read-write bytes-like object, not %s", args[0].Type().Name)
	}
	off, ok, err := th.index(args[1])
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[1].Type().Name)
	}
	n := int64(len(buf))
	if off < 0 {
		if off+f.Size > 0 {
			return Null, th.structErr("no space to pack %d bytes at offset %d", f.Size, off)
		}
		if off+n < 0 {
			return Null, th.structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < f.Size {
		return Null, th.structErr("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", uint64(f.Size)+uint64(off), f.Size, off, n)
	}
	tmp := make([]byte, f.Size)
	err = th.structPack(f, tmp, args[2:])
	copy(buf[off:], tmp)
	if err != nil {
		return Null, err
	}
	return None, nil
}

func (th *Thread) structUnpackValue(s *structObj, buf Value) (Value, error) {
	data, err := bufferArg(buf)
	if err != nil {
		return Null, err
	}
	f := s.fmt()
	if int64(len(data)) != f.Size {
		return Null, th.structErr("unpack requires a buffer of %d bytes", f.Size)
	}
	return th.structUnpack(f, data)
}

func (th *Thread) structUnpackFrom(s *structObj, buf, offV Value) (Value, error) {
	data, err := bufferArg(buf)
	if err != nil {
		return Null, err
	}
	var off int64
	if offV.o != nil {
		if off, err = th.sizeArg(offV); err != nil {
			return Null, err
		}
	}
	f := s.fmt()
	n := int64(len(data))
	if off < 0 {
		if off+f.Size > 0 {
			return Null, th.structErr("not enough data to unpack %d bytes at offset %d", f.Size, off)
		}
		if off+n < 0 {
			return Null, th.structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < f.Size {
		return Null, th.structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", uint64(f.Size)+uint64(off), f.Size, off, n)
	}
	return th.structUnpack(f, data[off:off+f.Size])
}

func (th *Thread) structIterUnpack(s *structObj, buf Value) (Value, error) {
	data, err := bufferArg(buf)
	if err != nil {
		return Null, err
	}
	f := s.fmt()
	if f.Size <= 0 {
		return Null, th.structErr("cannot iteratively unpack with a struct of length 0")
	}
	if int64(len(data))%f.Size != 0 {
		return Null, th.structErr("iterative unpacking requires a buffer of a multiple of %d bytes", f.Size)
	}
	return Obj(&unpackIter{s: s, data: data}), nil
}

func structSelf(v Value) *structObj { return unwrap(v).o.(*structObj) }

// structInit implements Struct.__init__(format).
func (th *Thread) structInit(self Value, args []Value, kw []string) error {
	if len(args) > 1 {
		if len(kw) == len(args) {
			return Errorf(TypeErrorType, "Struct() takes at most 1 keyword argument (%d given)", len(args))
		}
		return Errorf(TypeErrorType, "Struct() takes at most 1 argument (%d given)", len(args))
	}
	if len(args) == 0 {
		return Errorf(TypeErrorType, "Struct() missing required argument 'format' (pos 1)")
	}
	if len(kw) == 1 && kw[0] != "format" {
		return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for Struct()", kw[0])
	}
	ns, err := th.newStruct(args[0])
	if err != nil {
		return err
	}
	*structSelf(self) = *ns
	return nil
}

func initStructTypes() {
	t := newBuiltinType("Struct", ObjectType)
	t.layout = t
	t.Dict.SetStr("__module__", String("_struct"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "Struct", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		s := &structObj{}
		if cls != StructType {
			return newSubclassInstance(cls, Obj(s)), nil
		}
		return Obj(s), nil
	}}))
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, th.structInit(self, args, kw)
	})
	method(t, "pack", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "Struct.pack() takes no keyword arguments")
		}
		return th.structPackValue(structSelf(self), args)
	})
	method(t, "pack_into", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "Struct.pack_into() takes no keyword arguments")
		}
		return th.structPackInto(structSelf(self), args)
	})
	method(t, "unpack", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.structUnpackValue(structSelf(self), args[0])
	})
	method(t, "unpack_from", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var buf, off Value
		if err := unpackArgs("unpack_from", args, kw, 1, []string{"buffer", "offset"}, &buf, &off); err != nil {
			return Null, err
		}
		return th.structUnpackFrom(structSelf(self), buf, off)
	})
	method(t, "iter_unpack", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.structIterUnpack(structSelf(self), args[0])
	})
	method(t, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(int64(48 + 24*(len(structSelf(self).fmt().Codes)+1))), nil
	})
	getset(t, "format", func(th *Thread, self Value) (Value, error) {
		return String(structSelf(self).format), nil
	})
	getset(t, "size", func(th *Thread, self Value) (Value, error) {
		s := structSelf(self)
		if s.f == nil {
			return Int(-1), nil
		}
		return Int(s.f.Size), nil
	})
	StructType = t

	it := newBuiltinType("unpack_iterator", ObjectType)
	it.layout = it
	it.final = true
	it.Dict.SetStr("__module__", String("_struct"))
	it.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "unpack_iterator", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "Cannot create '%s objects", args[0].o.(*Type).QualName)
	}}))
	method(it, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil })
	method(it, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		u := self.o.(*unpackIter)
		f := u.s.fmt()
		if u.data == nil || u.pos+f.Size > int64(len(u.data)) {
			u.data = nil
			return Null, NewException(StopIterationType)
		}
		v, err := th.structUnpack(f, u.data[u.pos:u.pos+f.Size])
		u.pos += f.Size
		return v, err
	})
	method(it, "__length_hint__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		u := self.o.(*unpackIter)
		if u.data == nil {
			return Int(0), nil
		}
		return Int((int64(len(u.data)) - u.pos) / u.s.fmt().Size), nil
	})
	UnpackIterType = it
	attachArgSpecs([]*Type{StructType, UnpackIterType})
	// As CPython's static types, their names in messages include the
	// module; __name__ is the last part.
	StructType.Name = "_struct.Struct"
	UnpackIterType.Name = "_struct.unpack_iterator"
}

// structCache maps format strings to parsed Structs for the module
// functions, as CPython's cache of at most 100 entries; str and bytes
// formats are kept apart, as their Structs' format attributes differ.
type structCache struct {
	mu    sync.Mutex
	strs  map[string]*structObj
	bytes map[string]*structObj
}

const structCacheMax = 100

func newStructCache() *structCache {
	return &structCache{strs: map[string]*structObj{}, bytes: map[string]*structObj{}}
}

// get returns the Struct of format v, from the cache when it is there.
func (c *structCache) get(th *Thread, v Value) (*structObj, error) {
	var m map[string]*structObj
	var key string
	switch o := v.o.(type) {
	case *Str:
		m, key = c.strs, o.s
	case *Bytes:
		if !o.mutable {
			m, key = c.bytes, string(o.b)
		}
	}
	if m == nil {
		// Other formats are looked up by hash first, as CPython's dict
		// of Structs does, then refused by Struct().
		if _, err := th.Hash(v); err != nil {
			return nil, err
		}
		return th.newStruct(v)
	}
	c.mu.Lock()
	s, ok := m[key]
	c.mu.Unlock()
	if ok {
		return s, nil
	}
	s, err := th.newStruct(v)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.strs)+len(c.bytes) >= structCacheMax {
		c.strs, c.bytes = map[string]*structObj{}, map[string]*structObj{}
		m = c.strs
		if _, isBytes := v.o.(*Bytes); isBytes {
			m = c.bytes
		}
	}
	m[key] = s
	c.mu.Unlock()
	return s, nil
}

func (c *structCache) clear() {
	c.mu.Lock()
	c.strs, c.bytes = map[string]*structObj{}, map[string]*structObj{}
	c.mu.Unlock()
}

func makeStructModule(th *Thread) (*Module, error) {
	structOnce.Do(initStructTypes)
	cache := newStructCache()
	withFormat := func(name string, fn func(th *Thread, s *structObj, args []Value, kw []string) (Value, error)) BuiltinFunc {
		return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) == len(kw) {
				return Null, Errorf(TypeErrorType, "missing format argument")
			}
			s, err := cache.get(th, args[0])
			if err != nil {
				return Null, err
			}
			return fn(th, s, args[1:], kw)
		}
	}
	m := newNativeModule("_struct", map[string]BuiltinFunc{
		"pack": withFormat("pack", func(th *Thread, s *structObj, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "_struct.pack() takes no keyword arguments")
			}
			return th.structPackValue(s, args)
		}),
		"pack_into": withFormat("pack_into", func(th *Thread, s *structObj, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "_struct.pack_into() takes no keyword arguments")
			}
			return th.structPackInto(s, args)
		}),
		"unpack": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			s, err := cache.get(th, args[0])
			if err != nil {
				return Null, err
			}
			return th.structUnpackValue(s, args[1])
		},
		"unpack_from": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var fv, buf, off Value
			if err := unpackArgs("unpack_from", args, kw, 2, []string{"format", "buffer", "offset"}, &fv, &buf, &off); err != nil {
				return Null, err
			}
			s, err := cache.get(th, fv)
			if err != nil {
				return Null, err
			}
			return th.structUnpackFrom(s, buf, off)
		},
		"iter_unpack": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			s, err := cache.get(th, args[0])
			if err != nil {
				return Null, err
			}
			return th.structIterUnpack(s, args[1])
		},
		"calcsize": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			s, err := cache.get(th, args[0])
			if err != nil {
				return Null, err
			}
			return Int(s.fmt().Size), nil
		},
		"_clearcache": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			cache.clear()
			return None, nil
		},
	})
	m.Dict.SetStr("Struct", Obj(StructType))
	errType, err := th.newModuleError("error", "struct", ExceptionType)
	if err != nil {
		return nil, err
	}
	m.Dict.SetStr("error", errType)
	return m, nil
}
