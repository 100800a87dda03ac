// Package codecache stores compiled code objects between runs, as
// CPython's .pyc files do: a serialized form of vm/code's Code (Encode,
// Decode) behind a header that names the format, the build of pyjit that
// wrote it and the source it was compiled from, and caches that keep such
// files in directories (Dir) or in memory (Memory).
//
// A file is used only when everything in its header matches: the format
// version, the build identity (a hash of the executable's build information,
// size and modification time, so code written by another build of the
// compiler is never loaded), the compile settings the code depends on, and
// the SHA-256 of the source. A checksum covers the body, and decoding checks
// every count, index and constant, so a truncated or corrupted file is
// rejected with an error, never a panic.
package codecache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/big"
	"os"
	"runtime/debug"
	"sync"

	"github.com/pyjit/pyjit/vm/code"
)

// FormatVersion numbers the serialized form; it changes whenever the
// encoding or the Code struct changes.
const FormatVersion = 2

// Tag names pyjit's cache files (X.Tag.pyc), distinct from CPython's
// cpython-311 so that neither reads the other's files. It is
// sys.implementation.cache_tag.
const Tag = "pyjit1-311"

var magic = [4]byte{'P', 'J', 'C', 'C'}

// headerSize is the size of the fixed header: magic, format version,
// build identity, variant, source size, source hash, body length, body
// checksum.
const headerSize = 4 + 4 + 16 + 8 + 8 + 32 + 8 + 4

// maxDepth bounds the nesting of constants (tuples in tuples, code in code).
const maxDepth = 1000

// maxFrame bounds the locals and stack of one code object.
const maxFrame = 1 << 24

var (
	buildOnce sync.Once
	buildHash [16]byte
)

// BuildID identifies the running build of pyjit: a hash of the format
// version, the Go build information (module versions, VCS revision and
// settings) and the executable's size and modification time.
func BuildID() [16]byte {
	buildOnce.Do(func() {
		h := sha256.New()
		fmt.Fprintf(h, "pyjit code format %d\n", FormatVersion)
		if bi, ok := debug.ReadBuildInfo(); ok {
			h.Write([]byte(bi.String()))
		}
		if exe, err := os.Executable(); err == nil {
			if st, err := os.Stat(exe); err == nil {
				fmt.Fprintf(h, "\n%s %d %d", exe, st.Size(), st.ModTime().UnixNano())
			}
		}
		copy(buildHash[:], h.Sum(nil))
	})
	return buildHash
}

// ErrInvalid is returned (wrapped) for data that is not a valid cache file
// for the given source and build.
var ErrInvalid = errors.New("codecache: invalid cache data")

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, args...)...)
}

// Encode serializes c, compiled from src with compile settings variant,
// into a cache file's contents.
func Encode(c *code.Code, src []byte, variant uint64) []byte {
	var e encoder
	e.code(c)
	body := e.buf
	out := make([]byte, headerSize, headerSize+len(body))
	copy(out, magic[:])
	binary.LittleEndian.PutUint32(out[4:], FormatVersion)
	id := BuildID()
	copy(out[8:], id[:])
	binary.LittleEndian.PutUint64(out[24:], variant)
	binary.LittleEndian.PutUint64(out[32:], uint64(len(src)))
	sum := sha256.Sum256(src)
	copy(out[40:], sum[:])
	binary.LittleEndian.PutUint64(out[72:], uint64(len(body)))
	binary.LittleEndian.PutUint32(out[80:], crc32.Checksum(body, castagnoli))
	return append(out, body...)
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Decode returns the code a cache file holds, if it was written by this
// build for exactly src and variant; otherwise an error wrapping ErrInvalid.
func Decode(data, src []byte, variant uint64) (*code.Code, error) {
	if len(data) < headerSize {
		return nil, invalid("truncated header")
	}
	if !bytes.Equal(data[:4], magic[:]) {
		return nil, invalid("bad magic")
	}
	if binary.LittleEndian.Uint32(data[4:]) != FormatVersion {
		return nil, invalid("format version")
	}
	id := BuildID()
	if !bytes.Equal(data[8:24], id[:]) {
		return nil, invalid("written by another build")
	}
	if binary.LittleEndian.Uint64(data[24:]) != variant {
		return nil, invalid("compile settings differ")
	}
	if binary.LittleEndian.Uint64(data[32:]) != uint64(len(src)) {
		return nil, invalid("source size differs")
	}
	sum := sha256.Sum256(src)
	if !bytes.Equal(data[40:72], sum[:]) {
		return nil, invalid("source hash differs")
	}
	return decodeBody(data[headerSize:], binary.LittleEndian.Uint64(data[72:]), binary.LittleEndian.Uint32(data[80:]))
}

// decodeBody checks the body's length and checksum and decodes it.
func decodeBody(body []byte, n uint64, crc uint32) (*code.Code, error) {
	if uint64(len(body)) != n {
		return nil, invalid("body length")
	}
	if crc32.Checksum(body, castagnoli) != crc {
		return nil, invalid("checksum")
	}
	return decodeCode(body)
}

// decodeCode decodes a body (without checking its checksum).
func decodeCode(body []byte) (*code.Code, error) {
	d := decoder{buf: body}
	c := d.code(0)
	if d.err == nil && len(d.buf) != 0 {
		d.fail("trailing data")
	}
	if d.err != nil {
		return nil, d.err
	}
	return c, nil
}

// Constant tags.
const (
	tagNone = iota
	tagFalse
	tagTrue
	tagInt
	tagBigInt
	tagFloat
	tagComplex
	tagStr
	tagBytes
	tagEllipsis
	tagTuple
	tagCode
	tagFrozenSet
)

type encoder struct{ buf []byte }

func (e *encoder) uint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }
func (e *encoder) int(v int64)   { e.buf = binary.AppendVarint(e.buf, v) }
func (e *encoder) u64(v uint64)  { e.buf = binary.LittleEndian.AppendUint64(e.buf, v) }
func (e *encoder) byte(b byte)   { e.buf = append(e.buf, b) }

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

// count writes a slice length, 0 for a nil slice and n+1 otherwise, so
// that decoding gives back nil and empty slices as they were.
func (e *encoder) count(n int, isNil bool) {
	if isNil {
		e.uint(0)
		return
	}
	e.uint(uint64(n) + 1)
}

func (e *encoder) strs(ss []string) {
	e.count(len(ss), ss == nil)
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) ints(xs []int) {
	e.count(len(xs), xs == nil)
	for _, x := range xs {
		e.int(int64(x))
	}
}

func (e *encoder) code(c *code.Code) {
	e.str(c.Name)
	e.str(c.QualName)
	e.str(c.Filename)
	e.int(int64(c.FirstLine))
	e.int(int64(c.ArgCount))
	e.int(int64(c.PosOnlyArgCount))
	e.int(int64(c.KwOnlyArgCount))
	e.uint(uint64(c.Flags))
	e.count(len(c.Instrs), c.Instrs == nil)
	for _, in := range c.Instrs {
		e.buf = binary.LittleEndian.AppendUint32(e.buf, uint32(in))
	}
	e.count(c.Positions.Len(), c.Positions.IsNil())
	for _, p := range c.Positions.All() {
		e.int(int64(p.Line))
		e.int(int64(p.EndLine) - int64(p.Line))
		e.int(int64(p.Col))
		e.int(int64(p.EndCol))
	}
	e.count(len(c.ExcTable), c.ExcTable == nil)
	for _, x := range c.ExcTable {
		e.int(int64(x.Start))
		e.int(int64(x.End))
		e.int(int64(x.Target))
		e.int(int64(x.Depth))
		if x.Lasti {
			e.byte(1)
		} else {
			e.byte(0)
		}
	}
	e.count(len(c.Consts), c.Consts == nil)
	for _, k := range c.Consts {
		e.constant(k)
	}
	e.strs(c.Names)
	e.strs(c.Varnames)
	e.strs(c.Cellvars)
	e.strs(c.Freevars)
	e.int(int64(c.StackSize))
	e.ints(c.CellSlots)
	e.int(int64(c.NLocals))
	e.int(int64(c.FreeStart))
	e.count(len(c.Warnings), c.Warnings == nil)
	for _, w := range c.Warnings {
		e.int(int64(w.Line))
		e.str(w.Msg)
	}
}

func (e *encoder) constant(k any) {
	switch k := k.(type) {
	case nil:
		e.byte(tagNone)
	case bool:
		if k {
			e.byte(tagTrue)
		} else {
			e.byte(tagFalse)
		}
	case int64:
		e.byte(tagInt)
		e.int(k)
	case *big.Int:
		e.byte(tagBigInt)
		e.byte(byte(k.Sign() + 1))
		e.str(string(k.Bytes()))
	case float64:
		e.byte(tagFloat)
		e.u64(math.Float64bits(k))
	case complex128:
		e.byte(tagComplex)
		e.u64(math.Float64bits(real(k)))
		e.u64(math.Float64bits(imag(k)))
	case string:
		e.byte(tagStr)
		e.str(k)
	case code.Bytes:
		e.byte(tagBytes)
		e.str(string(k))
	case code.Ellipsis:
		e.byte(tagEllipsis)
	case code.Tuple:
		e.byte(tagTuple)
		e.count(len(k), k == nil)
		for _, x := range k {
			e.constant(x)
		}
	case code.FrozenSet:
		e.byte(tagFrozenSet)
		e.count(len(k), k == nil)
		for _, x := range k {
			e.constant(x)
		}
	case *code.Code:
		e.byte(tagCode)
		e.code(k)
	default:
		panic(fmt.Sprintf("codecache: constant of type %T", k))
	}
}

// decoder reads a body; after the first error every read returns zero
// values and err keeps that error.
type decoder struct {
	buf []byte
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = invalid(format, args...)
	}
	d.buf = nil
}

func (d *decoder) uint() uint64 {
	if len(d.buf) > 0 && d.buf[0] < 0x80 {
		v := d.buf[0]
		d.buf = d.buf[1:]
		return uint64(v)
	}
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.fail("bad varint")
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

// int reads a zig-zag encoded signed number (binary.AppendVarint's form).
func (d *decoder) int() int64 {
	u := d.uint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// int32 reads a signed number that must fit in 32 bits.
func (d *decoder) int32() int32 {
	v := d.int()
	if v < math.MinInt32 || v > math.MaxInt32 {
		d.fail("number out of range")
		return 0
	}
	return int32(v)
}

// small reads a number in [0, maxFrame].
func (d *decoder) small() int {
	v := d.int()
	if v < 0 || v > maxFrame {
		d.fail("number out of range")
		return 0
	}
	return int(v)
}

func (d *decoder) u64() uint64 {
	if len(d.buf) < 8 {
		d.fail("truncated")
		return 0
	}
	v := binary.LittleEndian.Uint64(d.buf)
	d.buf = d.buf[8:]
	return v
}

func (d *decoder) byte() byte {
	if len(d.buf) < 1 {
		d.fail("truncated")
		return 0
	}
	b := d.buf[0]
	d.buf = d.buf[1:]
	return b
}

func (d *decoder) str() string {
	n := d.uint()
	if n > uint64(len(d.buf)) {
		d.fail("string longer than the data")
		return ""
	}
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	return s
}

// count reads a slice length written by encoder.count; each element takes
// at least min bytes, which bounds it by the data left.
func (d *decoder) count(min int) (n int, isNil bool) {
	v := d.uint()
	if v == 0 {
		return 0, true
	}
	v--
	if v > uint64(len(d.buf)/min) {
		d.fail("count larger than the data")
		return 0, false
	}
	return int(v), false
}

func (d *decoder) strs() []string {
	n, isNil := d.count(1)
	if isNil || d.err != nil {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *decoder) ints() []int {
	n, isNil := d.count(1)
	if isNil || d.err != nil {
		return nil
	}
	xs := make([]int, n)
	for i := range xs {
		xs[i] = d.small()
	}
	return xs
}

func (d *decoder) code(depth int) *code.Code {
	if depth > maxDepth {
		d.fail("constants nested too deeply")
		return nil
	}
	c := &code.Code{}
	c.Name = d.str()
	c.QualName = d.str()
	c.Filename = d.str()
	c.FirstLine = int(d.int32())
	c.ArgCount = d.small()
	c.PosOnlyArgCount = d.small()
	c.KwOnlyArgCount = d.small()
	flags := d.uint()
	if flags > math.MaxUint32 {
		d.fail("flags")
	}
	c.Flags = code.Flags(flags)
	if n, isNil := d.count(4); !isNil && d.err == nil {
		c.Instrs = make([]code.Instr, n)
		for i := range c.Instrs {
			c.Instrs[i] = code.Instr(binary.LittleEndian.Uint32(d.buf[4*i:]))
		}
		d.buf = d.buf[4*n:]
	}
	if n, isNil := d.count(4); !isNil && d.err == nil {
		ps := make([]code.Position, n)
		for i := range ps {
			p := &ps[i]
			p.Line = d.int32()
			end := int64(p.Line) + d.int()
			if end < math.MinInt32 || end > math.MaxInt32 {
				d.fail("position")
			}
			p.EndLine = int32(end)
			p.Col = d.int32()
			p.EndCol = d.int32()
		}
		c.Positions = code.NewPosTable(ps)
	}
	if n, isNil := d.count(5); !isNil && d.err == nil {
		c.ExcTable = make([]code.ExcEntry, n)
		for i := range c.ExcTable {
			x := &c.ExcTable[i]
			x.Start, x.End, x.Target, x.Depth = d.int32(), d.int32(), d.int32(), d.int32()
			switch d.byte() {
			case 0:
			case 1:
				x.Lasti = true
			default:
				d.fail("exception table")
			}
		}
	}
	if n, isNil := d.count(1); !isNil && d.err == nil {
		c.Consts = make([]any, n)
		for i := range c.Consts {
			c.Consts[i] = d.constant(depth)
		}
	}
	c.Names = d.strs()
	c.Varnames = d.strs()
	c.Cellvars = d.strs()
	c.Freevars = d.strs()
	c.StackSize = d.small()
	c.CellSlots = d.ints()
	c.NLocals = d.small()
	c.FreeStart = d.small()
	if n, isNil := d.count(2); !isNil && d.err == nil {
		c.Warnings = make([]code.Warning, n)
		for i := range c.Warnings {
			c.Warnings[i].Line = int(d.int32())
			c.Warnings[i].Msg = d.str()
		}
	}
	if d.err == nil {
		if err := validate(c); err != nil {
			d.fail("%v", err)
		}
	}
	if d.err != nil {
		return nil
	}
	return c
}

func (d *decoder) constant(depth int) any {
	switch tag := d.byte(); tag {
	case tagNone:
		return nil
	case tagFalse:
		return false
	case tagTrue:
		return true
	case tagInt:
		return d.int()
	case tagBigInt:
		sign := int(d.byte()) - 1
		mag := d.str()
		if sign < -1 || sign > 1 || (sign == 0) != (mag == "") || (mag != "" && mag[0] == 0) {
			d.fail("big int")
			return nil
		}
		v := new(big.Int).SetBytes([]byte(mag))
		if sign < 0 {
			v.Neg(v)
		}
		return v
	case tagFloat:
		return math.Float64frombits(d.u64())
	case tagComplex:
		re := math.Float64frombits(d.u64())
		im := math.Float64frombits(d.u64())
		return complex(re, im)
	case tagStr:
		return d.str()
	case tagBytes:
		return code.Bytes(d.str())
	case tagEllipsis:
		return code.Ellipsis{}
	case tagTuple, tagFrozenSet:
		if depth >= maxDepth {
			d.fail("constants nested too deeply")
			return nil
		}
		n, isNil := d.count(1)
		var t []any
		if !isNil && d.err == nil {
			t = make([]any, n)
			for i := range t {
				t[i] = d.constant(depth + 1)
			}
		}
		if tag == tagFrozenSet {
			return code.FrozenSet(t)
		}
		return code.Tuple(t)
	case tagCode:
		if c := d.code(depth + 1); c != nil {
			return c
		}
		return nil
	default:
		d.fail("constant tag %d", tag)
		return nil
	}
}

// RecordHeaderSize is the size of a code record's header: build identity,
// body length and body checksum.
const RecordHeaderSize = 16 + 4 + 4

// EncodeRecord serializes c as a self-contained record, the form the
// marshal module gives code objects: the build identity, the body's length
// and checksum, then the body. Unlike a cache file it names no source, so
// that it can be stored anywhere (py_compile's .pyc files, marshal.dumps).
func EncodeRecord(c *code.Code) []byte {
	var e encoder
	e.code(c)
	out := make([]byte, RecordHeaderSize, RecordHeaderSize+len(e.buf))
	id := BuildID()
	copy(out, id[:])
	binary.LittleEndian.PutUint32(out[16:], uint32(len(e.buf)))
	binary.LittleEndian.PutUint32(out[20:], crc32.Checksum(e.buf, castagnoli))
	return append(out, e.buf...)
}

// RecordBodyLen checks a record's header (its first RecordHeaderSize
// bytes) and returns the length of the body that follows it.
func RecordBodyLen(header []byte) (int, error) {
	if len(header) < RecordHeaderSize {
		return 0, invalid("truncated header")
	}
	id := BuildID()
	if !bytes.Equal(header[:16], id[:]) {
		return 0, invalid("code written by another build")
	}
	n := binary.LittleEndian.Uint32(header[16:])
	if n > math.MaxInt32 {
		return 0, invalid("body length")
	}
	return int(n), nil
}

// DecodeRecord decodes the code of a record whose header is header and
// whose body is body.
func DecodeRecord(header, body []byte) (*code.Code, error) {
	n, err := RecordBodyLen(header)
	if err != nil {
		return nil, err
	}
	return decodeBody(body, uint64(n), binary.LittleEndian.Uint32(header[20:]))
}
