package vm

// The marshal module: CPython's serialization of constants, in CPython's
// format (version 4), so that data written by either interpreter is read
// by the other. Code objects are the exception: pyjit's are not CPython's,
// so their records are vm/codecache's (EncodeRecord), which only the build
// of pyjit that wrote them loads, as a .pyc file of one CPython version is
// refused by another; any other reader's code record is "bad marshal data".
//
// dumps writes a reference (FLAG_REF) for every str, bytes, big int and
// container, so that shared and recursive values load as they were;
// CPython flags only the objects referred to more than once, so the bytes
// can differ from CPython's while loading to equal values.

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/codecache"
)

// marshalVersion is marshal.version.
const marshalVersion = 4

// marshalMaxDepth is CPython's MAX_MARSHAL_STACK_DEPTH.
const marshalMaxDepth = 2000

// Type codes of the format.
const (
	mNull             = '0'
	mNone             = 'N'
	mFalse            = 'F'
	mTrue             = 'T'
	mStopIter         = 'S'
	mEllipsis         = '.'
	mInt              = 'i'
	mInt64            = 'I'
	mFloat            = 'f'
	mBinaryFloat      = 'g'
	mComplex          = 'x'
	mBinaryComplex    = 'y'
	mLong             = 'l'
	mString           = 's'
	mInterned         = 't'
	mRef              = 'r'
	mTuple            = '('
	mList             = '['
	mDict             = '{'
	mCode             = 'c'
	mUnicode          = 'u'
	mSet              = '<'
	mFrozenSet        = '>'
	mASCII            = 'a'
	mASCIIInterned    = 'A'
	mSmallTuple       = ')'
	mShortASCII       = 'z'
	mShortASCIIIntern = 'Z'
	mFlagRef          = 0x80
)

func makeMarshalModule(th *Thread) (*Module, error) {
	m := newNativeModule("marshal", map[string]BuiltinFunc{
		"dumps": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var v, ver Value
			if err := unpackArgs("dumps", args, kw, 1, []string{"value", "version"}, &v, &ver); err != nil {
				return Null, err
			}
			b, err := th.marshalDumps(v, ver)
			if err != nil {
				return Null, err
			}
			return bytesResult(b), nil
		},
		"dump": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var v, file, ver Value
			if err := unpackArgs("dump", args, kw, 2, []string{"value", "file", "version"}, &v, &file, &ver); err != nil {
				return Null, err
			}
			b, err := th.marshalDumps(v, ver)
			if err != nil {
				return Null, err
			}
			if _, err := th.CallMethod(file, "write", bytesResult(b)); err != nil {
				return Null, err
			}
			return None, nil
		},
		"loads": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "loads() takes exactly one argument (%d given)", len(args))
			}
			data, err := th.bytesLikeArg("loads", args[0])
			if err != nil {
				return Null, err
			}
			r := &marshalReader{th: th, data: data}
			return r.load()
		},
		"load": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "load() takes exactly one argument (%d given)", len(args))
			}
			r := &marshalReader{th: th, file: args[0]}
			return r.load()
		},
	})
	m.Dict.SetStr("version", Int(marshalVersion))
	return m, nil
}

// marshalWriter serializes values.
type marshalWriter struct {
	th      *Thread
	buf     []byte
	version int64
	refs    map[Object]int
	depth   int
}

func (th *Thread) marshalDumps(v, ver Value) ([]byte, error) {
	version := int64(marshalVersion)
	if !ver.IsNull() {
		n, err := th.cIntArg(ver)
		if err != nil {
			return nil, err
		}
		version = n
	}
	w := &marshalWriter{th: th, version: version, refs: map[Object]int{}}
	if err := w.write(v); err != nil {
		return nil, err
	}
	return w.buf, nil
}

func (w *marshalWriter) u32(n uint32) { w.buf = binary.LittleEndian.AppendUint32(w.buf, n) }

func (w *marshalWriter) size(n int) { w.u32(uint32(n)) }

func (w *marshalWriter) float(f float64) {
	if f != f {
		// As struct and array: a NaN's payload is not kept.
		f = math.Copysign(math.NaN(), f)
	}
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(f))
}

func unmarshallable() error { return Errorf(ValueErrorType, "unmarshallable object") }

// ref writes a reference to an object written before and reports true, or
// flags the type code just written and records the object.
func (w *marshalWriter) ref(o Object) bool {
	if w.version < 3 {
		return false
	}
	if i, ok := w.refs[o]; ok {
		w.buf[len(w.buf)-1] = mRef
		w.u32(uint32(i))
		return true
	}
	w.buf[len(w.buf)-1] |= mFlagRef
	w.refs[o] = len(w.refs)
	return false
}

func (w *marshalWriter) write(v Value) error {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > marshalMaxDepth {
		return Errorf(ValueErrorType, "object too deeply nested to marshal")
	}
	if err := w.th.tick(); err != nil {
		return err
	}
	switch {
	case v.IsNone():
		w.buf = append(w.buf, mNone)
		return nil
	case v.IsBool():
		if v.n != 0 {
			w.buf = append(w.buf, mTrue)
		} else {
			w.buf = append(w.buf, mFalse)
		}
		return nil
	case v.IsSmallInt():
		n := int64(v.n)
		if n == int64(int32(n)) {
			w.buf = append(w.buf, mInt)
			w.u32(uint32(int32(n)))
			return nil
		}
		w.buf = append(w.buf, mLong)
		w.long(new(big.Int).SetInt64(n))
		return nil
	case v.IsFloat():
		if w.version < 2 {
			w.buf = append(w.buf, mFloat)
			s := floatRepr(v.UncheckedFloat())
			w.buf = append(w.buf, byte(len(s)))
			w.buf = append(w.buf, s...)
			return nil
		}
		w.buf = append(w.buf, mBinaryFloat)
		w.float(v.UncheckedFloat())
		return nil
	case v.Is(EllipsisValue):
		w.buf = append(w.buf, mEllipsis)
		return nil
	case v.o == Object(StopIterationType):
		w.buf = append(w.buf, mStopIter)
		return nil
	}
	switch o := v.o.(type) {
	case *BigInt:
		w.buf = append(w.buf, mLong)
		if w.ref(o) {
			return nil
		}
		w.long(&o.b)
		return nil
	case *Complex:
		if w.version < 2 {
			w.buf = append(w.buf, mComplex)
			for _, f := range []float64{o.re, o.im} {
				s := floatRepr(f)
				w.buf = append(w.buf, byte(len(s)))
				w.buf = append(w.buf, s...)
			}
			return nil
		}
		w.buf = append(w.buf, mBinaryComplex)
		w.float(o.re)
		w.float(o.im)
		return nil
	case *Str:
		if o.Type() != StrType {
			return unmarshallable()
		}
		ascii := w.version >= 4 && isASCIIString(o.s)
		switch {
		case ascii && len(o.s) < 256:
			w.buf = append(w.buf, mShortASCII)
		case ascii:
			w.buf = append(w.buf, mASCII)
		default:
			w.buf = append(w.buf, mUnicode)
		}
		if w.ref(o) {
			return nil
		}
		if ascii && len(o.s) < 256 {
			w.buf = append(w.buf, byte(len(o.s)))
		} else {
			w.size(len(o.s))
		}
		w.buf = append(w.buf, o.s...)
		return nil
	case *Bytes, *MemoryView:
		data, err := w.th.bytesLikeArg("dumps", v)
		if err != nil {
			return err
		}
		w.buf = append(w.buf, mString)
		if w.ref(o) {
			return nil
		}
		w.size(len(data))
		w.buf = append(w.buf, data...)
		return nil
	case *Tuple:
		if o.Type() != TupleType {
			return unmarshallable()
		}
		if w.version >= 4 && len(o.items) < 256 {
			w.buf = append(w.buf, mSmallTuple)
			if w.ref(o) {
				return nil
			}
			w.buf = append(w.buf, byte(len(o.items)))
		} else {
			w.buf = append(w.buf, mTuple)
			if w.ref(o) {
				return nil
			}
			w.size(len(o.items))
		}
		return w.items(o.items)
	case *List:
		if o.Type() != ListType {
			return unmarshallable()
		}
		w.buf = append(w.buf, mList)
		if w.ref(o) {
			return nil
		}
		items := append([]Value(nil), o.items...)
		w.size(len(items))
		return w.items(items)
	case *Dict:
		if o.Type() != DictType {
			return unmarshallable()
		}
		w.buf = append(w.buf, mDict)
		if w.ref(o) {
			return nil
		}
		var kvs []Value
		o.Items(func(k, v Value) bool {
			kvs = append(kvs, k, v)
			return true
		})
		if err := w.items(kvs); err != nil {
			return err
		}
		w.buf = append(w.buf, mNull)
		return nil
	case *Set:
		if o.Type() != SetType && o.Type() != FrozenSetType {
			return unmarshallable()
		}
		if o.frozen {
			w.buf = append(w.buf, mFrozenSet)
		} else {
			w.buf = append(w.buf, mSet)
		}
		if w.ref(o) {
			return nil
		}
		var items []Value
		for i := range o.table {
			if o.table[i].live() {
				items = append(items, o.table[i].key())
			}
		}
		w.size(len(items))
		return w.items(items)
	case *CodeObj:
		// pyjit's code differs from CPython's, and so does its record:
		// the form of vm/codecache, readable only by the same build, as a
		// .pyc file is only by the same CPython version.
		w.buf = append(w.buf, mCode)
		if w.ref(o) {
			return nil
		}
		w.buf = append(w.buf, codecache.EncodeRecord(o.Code)...)
		return nil
	}
	return unmarshallable()
}

func (w *marshalWriter) items(items []Value) error {
	for _, it := range items {
		if err := w.write(it); err != nil {
			return err
		}
	}
	return nil
}

// long writes the body of an int: the signed count of 15-bit digits, then
// the digits, least significant first.
func (w *marshalWriter) long(b *big.Int) {
	mag := new(big.Int).Abs(b)
	var digits []uint16
	mask := big.NewInt(1<<15 - 1)
	for mag.Sign() > 0 {
		digits = append(digits, uint16(new(big.Int).And(mag, mask).Uint64()))
		mag.Rsh(mag, 15)
	}
	n := int32(len(digits))
	if b.Sign() < 0 {
		n = -n
	}
	w.u32(uint32(n))
	for _, d := range digits {
		w.buf = binary.LittleEndian.AppendUint16(w.buf, d)
	}
}

// marshalReader deserializes values from data, or from a file read as
// needed (marshal.load leaves the file just after the value).
type marshalReader struct {
	th    *Thread
	data  []byte
	pos   int
	file  Value
	refs  []Value
	depth int
}

func badMarshal(why string) error { return Errorf(ValueErrorType, "bad marshal data (%s)", why) }

func marshalEOF() error { return Errorf(EOFErrorType, "marshal data too short") }

// read returns the next n bytes.
func (r *marshalReader) read(n int) ([]byte, error) {
	if n < 0 {
		return nil, badMarshal("size out of range")
	}
	if r.file.IsNull() {
		if len(r.data)-r.pos < n {
			return nil, marshalEOF()
		}
		b := r.data[r.pos : r.pos+n]
		r.pos += n
		return b, nil
	}
	if n == 0 {
		return nil, nil
	}
	v, err := r.th.CallMethod(r.file, "read", Int(int64(n)))
	if err != nil {
		return nil, err
	}
	b, ok := v.o.(*Bytes)
	if !ok {
		return nil, Errorf(TypeErrorType, "file.read() returned not bytes but %s", v.Type().Name)
	}
	if len(b.b) < n {
		return nil, marshalEOF()
	}
	return b.b, nil
}

func (r *marshalReader) byte() (byte, error) {
	b, err := r.read(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

func (r *marshalReader) u32() (uint32, error) {
	b, err := r.read(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

// size reads the length of a value of the kind named (bytes object,
// string, tuple, list, set).
func (r *marshalReader) size(kind string) (int, error) {
	n, err := r.u32()
	if err != nil {
		return 0, err
	}
	if int32(n) < 0 {
		return 0, badMarshal(kind + " size out of range")
	}
	if r.file.IsNull() && int(n) > len(r.data)-r.pos {
		return 0, marshalEOF()
	}
	return int(n), nil
}

func (r *marshalReader) float() (float64, error) {
	b, err := r.read(8)
	if err != nil {
		return 0, err
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b)), nil
}

// textFloat reads a float of versions 0 and 1: a length byte and repr.
func (r *marshalReader) textFloat() (float64, error) {
	n, err := r.byte()
	if err != nil {
		return 0, err
	}
	b, err := r.read(int(n))
	if err != nil {
		return 0, err
	}
	v, err := r.th.Call(Obj(FloatType), []Value{String(string(b))}, nil)
	if err != nil {
		return 0, badMarshal("invalid float")
	}
	return v.UncheckedFloat(), nil
}

func (r *marshalReader) load() (Value, error) {
	v, err := r.object()
	if err != nil {
		return Null, err
	}
	if v.IsNull() {
		return Null, Errorf(TypeErrorType, "NULL object in marshal data for object")
	}
	return v, nil
}

// object reads one value; Null for the end marker of a dict.
func (r *marshalReader) object() (Value, error) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > marshalMaxDepth {
		return Null, Errorf(ValueErrorType, "recursion limit exceeded")
	}
	if err := r.th.tick(); err != nil {
		return Null, err
	}
	c, err := r.byte()
	if err != nil {
		if isEOFError(err) {
			return Null, Errorf(EOFErrorType, "EOF read where object expected")
		}
		return Null, err
	}
	flag := c&mFlagRef != 0
	c &^= mFlagRef
	// keep records v as a reference target when flagged, returning it.
	slot := -1
	if flag {
		slot = len(r.refs)
		r.refs = append(r.refs, Null)
	}
	keep := func(v Value) (Value, error) {
		if slot >= 0 {
			r.refs[slot] = v
		}
		return v, nil
	}
	switch c {
	case mNull:
		return Null, nil
	case mNone:
		return keep(None)
	case mTrue:
		return keep(True)
	case mFalse:
		return keep(False)
	case mEllipsis:
		return keep(EllipsisValue)
	case mStopIter:
		return keep(Obj(StopIterationType))
	case mInt:
		n, err := r.u32()
		if err != nil {
			return Null, err
		}
		return keep(Int(int64(int32(n))))
	case mInt64:
		b, err := r.read(8)
		if err != nil {
			return Null, err
		}
		return keep(Int(int64(binary.LittleEndian.Uint64(b))))
	case mLong:
		v, err := r.long()
		if err != nil {
			return Null, err
		}
		return keep(v)
	case mBinaryFloat:
		f, err := r.float()
		if err != nil {
			return Null, err
		}
		return keep(Float(f))
	case mFloat:
		f, err := r.textFloat()
		if err != nil {
			return Null, err
		}
		return keep(Float(f))
	case mBinaryComplex, mComplex:
		read := r.float
		if c == mComplex {
			read = r.textFloat
		}
		re, err := read()
		if err != nil {
			return Null, err
		}
		im, err := read()
		if err != nil {
			return Null, err
		}
		return keep(NewComplex(re, im))
	case mString:
		n, err := r.size("bytes object")
		if err != nil {
			return Null, err
		}
		b, err := r.read(n)
		if err != nil {
			return Null, err
		}
		return keep(bytesResult(append([]byte(nil), b...)))
	case mUnicode, mInterned, mASCII, mASCIIInterned, mShortASCII, mShortASCIIIntern:
		var n int
		if c == mShortASCII || c == mShortASCIIIntern {
			b, err := r.byte()
			if err != nil {
				return Null, err
			}
			n = int(b)
		} else if n, err = r.size("string"); err != nil {
			return Null, err
		}
		b, err := r.read(n)
		if err != nil {
			return Null, err
		}
		if c == mUnicode || c == mInterned {
			if validUTF8Surrogates(b) {
				return keep(String(string(b)))
			}
			// Let the codec report the error, as CPython's does.
			v, err := r.th.decodeBytes("loads", bytesResult(b), b, String("utf-8"), String("surrogatepass"))
			if err != nil {
				return Null, err
			}
			return keep(v)
		}
		// The ASCII forms are read as Latin-1, as CPython reads them.
		if isASCII(b) {
			return keep(String(string(b)))
		}
		runes := make([]rune, len(b))
		for i, x := range b {
			runes[i] = rune(x)
		}
		return keep(String(string(runes)))
	case mSmallTuple, mTuple, mList, mSet, mFrozenSet:
		var n int
		if c == mSmallTuple {
			b, err := r.byte()
			if err != nil {
				return Null, err
			}
			n = int(b)
		} else if n, err = r.size(map[byte]string{mTuple: "tuple", mList: "list", mSet: "set", mFrozenSet: "set"}[c]); err != nil {
			return Null, err
		}
		var list *List
		if c == mList {
			// A list is a reference target before its items are read,
			// so that it may contain itself.
			list = NewList(nil)
			keep(Obj(list))
		}
		items := make([]Value, 0, min(n, 1<<16))
		for i := 0; i < n; i++ {
			it, err := r.object()
			if err != nil {
				return Null, err
			}
			if it.IsNull() {
				return Null, Errorf(TypeErrorType, "NULL object in marshal data for %s", map[byte]string{mSmallTuple: "tuple", mTuple: "tuple", mList: "list", mSet: "set", mFrozenSet: "set"}[c])
			}
			items = append(items, it)
		}
		switch c {
		case mList:
			list.items = items
			return Obj(list), nil
		case mSet, mFrozenSet:
			s := NewSet()
			for _, it := range items {
				if err := s.Add(r.th, it); err != nil {
					return Null, err
				}
			}
			s.frozen = c == mFrozenSet
			return keep(Obj(s))
		}
		return keep(Obj(NewTuple(items)))
	case mDict:
		d := NewDict()
		keep(Obj(d))
		for {
			k, err := r.object()
			if err != nil {
				return Null, err
			}
			if k.IsNull() {
				break
			}
			v, err := r.object()
			if err != nil {
				return Null, err
			}
			if v.IsNull() {
				break
			}
			if err := d.Set(r.th, k, v); err != nil {
				return Null, err
			}
		}
		return Obj(d), nil
	case mRef:
		i, err := r.u32()
		if err != nil {
			return Null, err
		}
		if int(i) >= len(r.refs) {
			return Null, badMarshal("invalid reference")
		}
		v := r.refs[i]
		if v.IsNull() {
			return Null, badMarshal("invalid reference")
		}
		return v, nil
	case mCode:
		header, err := r.read(codecache.RecordHeaderSize)
		if err != nil {
			return Null, err
		}
		header = append([]byte(nil), header...)
		n, err := codecache.RecordBodyLen(header)
		if err != nil {
			return Null, badMarshal("code object of another pyjit build or of CPython")
		}
		body, err := r.read(n)
		if err != nil {
			return Null, err
		}
		c, err := codecache.DecodeRecord(header, body)
		if err != nil {
			return Null, badMarshal("invalid code object")
		}
		return keep(Obj(NewCodeObj(c)))
	}
	return Null, badMarshal("unknown type code")
}

// long reads the body of an int written by marshalWriter.long.
func (r *marshalReader) long() (Value, error) {
	n, err := r.u32()
	if err != nil {
		return Null, err
	}
	count := int64(int32(n))
	neg := count < 0
	if neg {
		count = -count
	}
	if count > math.MaxInt32/2 {
		return Null, badMarshal("long size out of range")
	}
	b, err := r.read(int(count) * 2)
	if err != nil {
		return Null, err
	}
	if err := r.th.alloc(count * 2); err != nil {
		return Null, err
	}
	v := new(big.Int)
	for i := int(count) - 1; i >= 0; i-- {
		d := binary.LittleEndian.Uint16(b[2*i:])
		if d > 1<<15-1 {
			return Null, badMarshal("digit out of range in long")
		}
		v.Lsh(v, 15)
		v.Or(v, big.NewInt(int64(d)))
	}
	if count > 0 && binary.LittleEndian.Uint16(b[2*count-2:]) == 0 {
		return Null, badMarshal("unnormalized long data")
	}
	if neg {
		v.Neg(v)
	}
	return IntFromBig(v), nil
}

// validUTF8Surrogates reports whether b is UTF-8 in which surrogates may
// be encoded (the "surrogatepass" form marshal writes str in).
func validUTF8Surrogates(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		if b[i] == 0xED && i+2 < len(b) && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2] >= 0x80 && b[i+2] <= 0xBF {
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return false
		}
		i += n
	}
	return true
}

func isEOFError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(EOFErrorType)
}
