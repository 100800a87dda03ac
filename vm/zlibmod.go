package vm

// The zlib module, as CPython 3.11's Modules/zlibmodule.c, on Go's
// compress/flate (vm/lib/zstream frames the streams). Decompression of
// any zlib, gzip or raw stream is exact; compressed bytes may differ from
// C zlib's for the same level.

import (
	"hash/crc32"
	"sync"

	"github.com/pyjit/pyjit/vm/lib/zstream"
)

var (
	// ZlibCompressType is zlib.Compress.
	ZlibCompressType *Type
	// ZlibDecompressType is zlib.Decompress.
	ZlibDecompressType *Type
	zlibOnce           sync.Once
)

// zlibCompress is an instance of zlib.Compress.
type zlibCompress struct{ c *zstream.Compressor }

// Type implements Object.
func (*zlibCompress) Type() *Type { return ZlibCompressType }

// zlibDecompress is an instance of zlib.Decompress.
type zlibDecompress struct {
	inf    *zstream.Inflater
	eof    bool
	unused []byte
	tail   []byte
	// ended is set when flush found the end of the stream: CPython's
	// inflateEnd, after which the object cannot be copied.
	ended bool
}

// Type implements Object.
func (*zlibDecompress) Type() *Type { return ZlibDecompressType }

const (
	zlibDefBufSize = 16384
	zlibFinish     = 4
)

// zlibErr is zlib.error for a zlib error code and message.
func (th *Thread) zlibErr(code int, msg, while string) error {
	t := th.moduleError("zlib", "error", ExceptionType)
	if msg == "" {
		return Errorf(t, "Error %d while %s", code, while)
	}
	return Errorf(t, "Error %d while %s: %s", code, while, msg)
}

func (th *Thread) zlibCodecErr(err error, while string) error {
	if ze, ok := err.(*zstream.Error); ok {
		if ze.While != "" {
			while = ze.While
		}
		return th.zlibErr(ze.Code, ze.Msg, while)
	}
	return err
}

// zlibGrow returns the check made as decoded output grows: the whole
// result is an allocation whose size the input chooses, checked each
// time it doubles.
func (th *Thread) zlibGrow() func(int64) error {
	var total int64
	next := int64(smallAlloc)
	return func(n int64) error {
		total += n
		if err := th.tick(); err != nil {
			return err
		}
		if total < next {
			return nil
		}
		// The output buffer doubles: the new one and the old one.
		next = total * 2
		return th.alloc(total * 3)
	}
}

// intArgOr converts an optional C int argument.
func (th *Thread) intArgOr(v Value, def int) (int, error) {
	if v.o == nil {
		return def, nil
	}
	n, err := th.cIntArg(v)
	return int(n), err
}

func zlibCompressFn(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var dv, lv, wv Value
	if err := unpackArgs("compress", args, kw, 1, []string{"data", "level", "wbits"}, &dv, &lv, &wv); err != nil {
		return Null, err
	}
	data, err := bufferArg(dv)
	if err != nil {
		return Null, err
	}
	level, err := th.intArgOr(lv, -1)
	if err != nil {
		return Null, err
	}
	wbits, err := th.intArgOr(wv, 15)
	if err != nil {
		return Null, err
	}
	if _, _, ok := zstream.EncodeFormat(wbits); !ok || level < -1 || level > 9 {
		return Null, Errorf(th.moduleError("zlib", "error", ExceptionType), "Bad compression level")
	}
	if err := th.alloc(int64(len(data)) + int64(len(data))/1000 + 64); err != nil {
		return Null, err
	}
	c := zstream.NewCompressor(level, wbits, 0, nil)
	out := append(c.Write(data), c.Finish()...)
	return bytesResult(out), nil
}

func zlibDecompressFn(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var dv, wv, bv Value
	if err := unpackArgs("decompress", args, kw, 1, []string{"data", "wbits", "bufsize"}, &dv, &wv, &bv); err != nil {
		return Null, err
	}
	data, err := bufferArg(dv)
	if err != nil {
		return Null, err
	}
	wbits, err := th.intArgOr(wv, 15)
	if err != nil {
		return Null, err
	}
	if bv.o != nil {
		n, err := th.sizeArg(bv)
		if err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, Errorf(ValueErrorType, "bufsize must be non-negative")
		}
	}
	if _, _, ok := zstream.DecodeFormat(wbits); !ok {
		return Null, th.zlibErr(-2, "inconsistent stream state", "preparing to decompress data")
	}
	z := zstream.NewInflater(wbits, nil)
	out, _, err := z.Inflate(data, 0, th.zlibGrow())
	if err != nil {
		return Null, th.zlibCodecErr(err, "decompressing data")
	}
	if !z.Ended() {
		return Null, th.zlibErr(-5, "incomplete or truncated stream", "decompressing data")
	}
	if out == nil {
		out = []byte{}
	}
	return bytesResult(out), nil
}

func zlibCompressobjFn(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var lv, mv, wv, memv, sv, zv Value
	if err := unpackArgs("compressobj", args, kw, 0, []string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, &lv, &mv, &wv, &memv, &sv, &zv); err != nil {
		return Null, err
	}
	vals := make([]int, 5)
	for i, p := range []struct {
		v   Value
		def int
	}{{lv, -1}, {mv, 8}, {wv, 15}, {memv, 8}, {sv, 0}} {
		n, err := th.intArgOr(p.v, p.def)
		if err != nil {
			return Null, err
		}
		vals[i] = n
	}
	level, method, wbits, memLevel, strategy := vals[0], vals[1], vals[2], vals[3], vals[4]
	var zdict []byte
	if zv.o != nil && zv != None {
		b, err := bufferArg(zv)
		if err != nil {
			return Null, err
		}
		zdict = append([]byte{}, b...)
	}
	_, _, ok := zstream.EncodeFormat(wbits)
	if !ok || level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
		return Null, Errorf(ValueErrorType, "Invalid initialization option")
	}
	return Obj(&zlibCompress{c: zstream.NewCompressor(level, wbits, strategy, zdict)}), nil
}

func zlibDecompressobjFn(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var wv, zv Value
	if err := unpackArgs("decompressobj", args, kw, 0, []string{"wbits", "zdict"}, &wv, &zv); err != nil {
		return Null, err
	}
	wbits, err := th.intArgOr(wv, 15)
	if err != nil {
		return Null, err
	}
	var zdict []byte
	if zv.o != nil {
		b, ok := bytesLike(zv)
		if !ok {
			return Null, Errorf(TypeErrorType, "zdict argument must support the buffer protocol")
		}
		// Given, even empty, it is the dictionary a stream asking for one
		// is checked against.
		zdict = append([]byte{}, b...)
	}
	if _, _, ok := zstream.DecodeFormat(wbits); !ok {
		return Null, Errorf(ValueErrorType, "Invalid initialization option")
	}
	return Obj(&zlibDecompress{inf: zstream.NewInflater(wbits, zdict)}), nil
}

// feed decodes data after the stream's input so far, keeping at most
// limit bytes of output (0: all).
func (th *Thread) zlibFeed(d *zlibDecompress, data []byte, limit int64, while string) (Value, error) {
	if d.eof {
		d.unused = append(append([]byte{}, d.unused...), data...)
		return bytesResult([]byte{}), nil
	}
	out, rest, err := d.inf.Inflate(data, limit, th.zlibGrow())
	if err != nil {
		return Null, th.zlibCodecErr(err, while)
	}
	if d.inf.Ended() {
		d.eof = true
		d.unused = append(append([]byte{}, d.unused...), rest...)
		d.tail = nil
	} else {
		d.tail = append([]byte{}, rest...)
	}
	if out == nil {
		out = []byte{}
	}
	return bytesResult(out), nil
}

func initZlibTypes() {
	ct := newBuiltinType("Compress", ObjectType)
	ct.layout = ct
	ct.final = true
	ct.Dict.SetStr("__module__", String("zlib"))
	comp := func(v Value) *zlibCompress { return v.o.(*zlibCompress) }
	method(ct, "compress", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		data, err := bufferArg(args[0])
		if err != nil {
			return Null, err
		}
		c := comp(self)
		if c.c.Finished() {
			return Null, th.zlibErr(-2, "inconsistent stream state", "compressing data")
		}
		if err := th.alloc(int64(len(data)) + 64); err != nil {
			return Null, err
		}
		return bytesResult(c.c.Write(data)), nil
	})
	method(ct, "flush", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		mode := zlibFinish
		if len(args) > 0 {
			n, err := th.cIntArg(args[0])
			if err != nil {
				return Null, err
			}
			mode = int(n)
		}
		if mode == 0 {
			return bytesResult([]byte{}), nil
		}
		c := comp(self)
		if c.c.Finished() || mode < 0 || mode > 6 {
			return Null, th.zlibErr(-2, "inconsistent stream state", "flushing")
		}
		if mode == zlibFinish {
			return bytesResult(c.c.Finish()), nil
		}
		return bytesResult(c.c.Flush()), nil
	})
	copyComp := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := comp(self)
		if c.c.Finished() {
			return Null, Errorf(ValueErrorType, "Inconsistent stream state")
		}
		return Obj(&zlibCompress{c: c.c.Copy()}), nil
	}
	method(ct, "copy", copyComp)
	method(ct, "__copy__", copyComp)
	method(ct, "__deepcopy__", copyComp)
	ZlibCompressType = ct

	dt := newBuiltinType("Decompress", ObjectType)
	dt.layout = dt
	dt.final = true
	dt.Dict.SetStr("__module__", String("zlib"))
	dec := func(v Value) *zlibDecompress { return v.o.(*zlibDecompress) }
	method(dt, "decompress", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var dv, mv Value
		if err := unpackArgs("decompress", args, kw, 1, []string{"data", "max_length"}, &dv, &mv); err != nil {
			return Null, err
		}
		data, err := bufferArg(dv)
		if err != nil {
			return Null, err
		}
		var limit int64
		if mv.o != nil {
			if limit, err = th.sizeArg(mv); err != nil {
				return Null, err
			}
			if limit < 0 {
				return Null, Errorf(ValueErrorType, "max_length must be non-negative")
			}
		}
		return th.zlibFeed(dec(self), data, limit, "decompressing data")
	})
	method(dt, "flush", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			n, err := th.sizeArg(args[0])
			if err != nil {
				return Null, err
			}
			if n <= 0 {
				return Null, Errorf(ValueErrorType, "length must be greater than zero")
			}
		}
		d := dec(self)
		if d.eof {
			d.ended = true
			return bytesResult([]byte{}), nil
		}
		tail := d.tail
		d.tail = nil
		r, err := th.zlibFeed(d, tail, 0, "flushing")
		if d.eof {
			d.ended = true
		}
		return r, err
	})
	copyDec := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if dec(self).ended {
			return Null, Errorf(ValueErrorType, "Inconsistent stream state")
		}
		c := *dec(self)
		c.inf = c.inf.Copy()
		return Obj(&c), nil
	}
	method(dt, "copy", copyDec)
	method(dt, "__copy__", copyDec)
	method(dt, "__deepcopy__", copyDec)
	getset(dt, "unused_data", func(th *Thread, self Value) (Value, error) {
		return bytesResult(append([]byte{}, dec(self).unused...)), nil
	})
	getset(dt, "unconsumed_tail", func(th *Thread, self Value) (Value, error) {
		return bytesResult(append([]byte{}, dec(self).tail...)), nil
	})
	getset(dt, "eof", func(th *Thread, self Value) (Value, error) {
		return Bool(dec(self).eof), nil
	})
	ZlibDecompressType = dt
	attachArgSpecs([]*Type{ZlibCompressType, ZlibDecompressType})
	// As CPython's static types, their names in messages include the
	// module; __name__ is the last part.
	ZlibCompressType.Name = "zlib.Compress"
	ZlibDecompressType.Name = "zlib.Decompress"
}

func zlibChecksum(initial uint32, update func(uint32, []byte) uint32) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		data, err := bufferArg(args[0])
		if err != nil {
			return Null, err
		}
		value := initial
		if len(args) > 1 {
			if value, err = th.uint32MaskArg(args[1]); err != nil {
				return Null, err
			}
		}
		return Int(int64(update(value, data))), nil
	}
}

func makeZlibModule(th *Thread) (*Module, error) {
	zlibOnce.Do(initZlibTypes)
	m := newNativeModule("zlib", map[string]BuiltinFunc{
		"compress":      zlibCompressFn,
		"decompress":    zlibDecompressFn,
		"compressobj":   zlibCompressobjFn,
		"decompressobj": zlibDecompressobjFn,
		"crc32": zlibChecksum(0, func(v uint32, b []byte) uint32 {
			return crc32.Update(v, crc32.IEEETable, b)
		}),
		"adler32": zlibChecksum(1, zstream.Adler32),
	})
	for name, v := range map[string]int64{
		"DEFLATED": 8, "DEF_BUF_SIZE": zlibDefBufSize, "DEF_MEM_LEVEL": 8, "MAX_WBITS": 15,
		"Z_BEST_COMPRESSION": 9, "Z_BEST_SPEED": 1, "Z_BLOCK": 5, "Z_DEFAULT_COMPRESSION": -1,
		"Z_DEFAULT_STRATEGY": 0, "Z_FILTERED": 1, "Z_FINISH": 4, "Z_FIXED": 4, "Z_FULL_FLUSH": 3,
		"Z_HUFFMAN_ONLY": 2, "Z_NO_COMPRESSION": 0, "Z_NO_FLUSH": 0, "Z_PARTIAL_FLUSH": 1, "Z_RLE": 3,
		"Z_SYNC_FLUSH": 2, "Z_TREES": 6,
	} {
		m.Dict.SetStr(name, Int(v))
	}
	m.Dict.SetStr("ZLIB_VERSION", String("1.2.13"))
	m.Dict.SetStr("ZLIB_RUNTIME_VERSION", String("1.2.13"))
	m.Dict.SetStr("__version__", String("1.0"))
	errType, err := th.newModuleError("error", "zlib", ExceptionType)
	if err != nil {
		return nil, err
	}
	m.Dict.SetStr("error", errType)
	return m, nil
}
