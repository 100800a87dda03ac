// Package zstream frames DEFLATE data as CPython's zlib module does with
// C zlib: the zlib, gzip and raw formats chosen by wbits, header and
// trailer checks with zlib's error texts, and a decoder that can be
// replayed over a growing input (zlib's inflate state cannot be kept
// across calls with Go's compress/flate). Compression uses
// compress/flate, so compressed bytes may differ from C zlib's.
package zstream

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
)

// Error is a zlib error: its code and message, as C zlib reports them,
// and the step it happened in when that is not the decoding itself.
type Error struct {
	Code  int
	Msg   string
	While string
}

func (e *Error) Error() string { return e.Msg }

var (
	errHeader     = &Error{-3, "incorrect header check", ""}
	errMethod     = &Error{-3, "unknown compression method", ""}
	errWindow     = &Error{-3, "invalid window size", ""}
	errFlags      = &Error{-3, "unknown header flags set", ""}
	errDataCheck  = &Error{-3, "incorrect data check", ""}
	errLength     = &Error{-3, "incorrect length check", ""}
	errNeedDict   = &Error{2, "", ""}
	errBadDict    = &Error{-3, "invalid input data", "setting zdict"}
	errNeedsInput = errors.New("needs more input")
)

// Format is the framing wbits selects.
type Format int

// The framings.
const (
	Zlib Format = iota
	Gzip
	Raw
	Auto
)

// DecodeFormat returns the framing and window bits of a decompression
// wbits; ok is false for a value zlib refuses.
func DecodeFormat(wbits int) (Format, int, bool) {
	switch {
	case wbits == 0:
		return Zlib, 0, true
	case wbits >= 8 && wbits <= 15:
		return Zlib, wbits, true
	case wbits >= -15 && wbits <= -8:
		return Raw, -wbits, true
	case wbits >= 24 && wbits <= 31:
		return Gzip, wbits - 16, true
	case wbits >= 40 && wbits <= 47:
		return Auto, wbits - 32, true
	}
	return 0, 0, false
}

// EncodeFormat returns the framing and window bits of a compression
// wbits; ok is false for a value zlib refuses.
func EncodeFormat(wbits int) (Format, int, bool) {
	switch {
	case wbits >= 8 && wbits <= 15:
		return Zlib, max(wbits, 9), true
	case wbits >= -15 && wbits <= -8:
		return Raw, max(-wbits, 9), true
	case wbits >= 24 && wbits <= 31:
		return Gzip, max(wbits-16, 9), true
	}
	return 0, 0, false
}

// readHeader checks the header of format and returns its length and the
// checksum the trailer holds.
func readHeader(in []byte, format Format, window int, zdict []byte) (int, hash.Hash32, error) {
	switch format {
	case Raw:
		return 0, nil, nil
	case Zlib:
		if len(in) < 2 {
			return 0, nil, errNeedsInput
		}
		cmf, flg := in[0], in[1]
		if (int(cmf)<<8|int(flg))%31 != 0 {
			return 0, nil, errHeader
		}
		if cmf&0x0f != 8 {
			return 0, nil, errMethod
		}
		w := int(cmf>>4) + 8
		if window == 0 {
			window = w
		}
		if w > 15 || w > window {
			return 0, nil, errWindow
		}
		if flg&0x20 != 0 {
			if len(in) < 6 {
				return 0, nil, errNeedsInput
			}
			if zdict == nil {
				return 0, nil, errNeedDict
			}
			if adler32.Checksum(zdict) != binary.BigEndian.Uint32(in[2:6]) {
				return 0, nil, errBadDict
			}
			return 6, &adlerSum{1}, nil
		}
		return 2, &adlerSum{1}, nil
	}
	if len(in) < 10 {
		if len(in) >= 1 && in[0] != 0x1f || len(in) >= 2 && in[1] != 0x8b {
			return 0, nil, errHeader
		}
		return 0, nil, errNeedsInput
	}
	if in[0] != 0x1f || in[1] != 0x8b {
		return 0, nil, errHeader
	}
	if in[2] != 8 {
		return 0, nil, errMethod
	}
	flags := in[3]
	if flags&0xe0 != 0 {
		return 0, nil, errFlags
	}
	pos := 10
	if flags&4 != 0 {
		if len(in) < pos+2 {
			return 0, nil, errNeedsInput
		}
		pos += 2 + int(binary.LittleEndian.Uint16(in[pos:]))
	}
	for _, bit := range []byte{8, 16} {
		if flags&bit != 0 {
			i := bytes.IndexByte(in[min(pos, len(in)):], 0)
			if i < 0 {
				return 0, nil, errNeedsInput
			}
			pos += i + 1
		}
	}
	if flags&2 != 0 {
		pos += 2
	}
	if pos > len(in) {
		return 0, nil, errNeedsInput
	}
	return pos, &crcSum{0}, nil
}

func checkTrailer(in []byte, format Format, sum hash.Hash32, total int64) (int, error) {
	switch format {
	case Zlib:
		if len(in) < 4 {
			return 0, errNeedsInput
		}
		if binary.BigEndian.Uint32(in) != sum.Sum32() {
			return 0, errDataCheck
		}
		return 4, nil
	case Gzip:
		if len(in) < 8 {
			return 0, errNeedsInput
		}
		if binary.LittleEndian.Uint32(in) != sum.Sum32() {
			return 0, errDataCheck
		}
		if binary.LittleEndian.Uint32(in[4:]) != uint32(total) {
			return 0, errLength
		}
		return 8, nil
	}
	return 0, nil
}

// IsNeedDict reports whether err is zlib's Z_NEED_DICT.
func IsNeedDict(err error) bool { return err == errNeedDict }

// Adler32 continues an Adler-32 checksum from value.
func Adler32(value uint32, data []byte) uint32 {
	const mod = 65521
	a, b := value&0xffff, value>>16
	for len(data) > 0 {
		n := min(len(data), 5552)
		for _, c := range data[:n] {
			a += uint32(c)
			b += a
		}
		a %= mod
		b %= mod
		data = data[n:]
	}
	return b<<16 | a
}

// Compressor produces a zlib, gzip or raw stream with compress/flate.
type Compressor struct {
	format   Format
	level    int
	window   int
	strategy int
	zdict    []byte
	buf      bytes.Buffer
	w        *flate.Writer
	sum      hash.Hash32
	size     uint32
	started  bool
	finished bool
	// recent holds the last window of input (after the dictionary), the
	// history a copy's compressor starts from.
	recent []byte
}

// NewCompressor returns a compressor; level -1..9, wbits as EncodeFormat
// accepts, strategy 0..4 (2, Huffman-only, and windows below 15, where
// back-references could reach too far, compress without matches).
func NewCompressor(level, wbits, strategy int, zdict []byte) *Compressor {
	format, window, _ := EncodeFormat(wbits)
	c := &Compressor{format: format, level: level, window: window, strategy: strategy, zdict: zdict}
	fl := level
	if strategy == 2 || c.window < 15 && level != 0 {
		fl = flate.HuffmanOnly
	}
	if zdict != nil {
		c.w, _ = flate.NewWriterDict(&c.buf, fl, zdict)
	} else {
		c.w, _ = flate.NewWriter(&c.buf, fl)
	}
	if format == Zlib {
		c.sum = &adlerSum{1}
	} else if format == Gzip {
		c.sum = &crcSum{0}
	}
	c.recent = append([]byte{}, zdict...)
	return c
}

func (c *Compressor) header() {
	if c.started {
		return
	}
	c.started = true
	switch c.format {
	case Zlib:
		cmf := byte((c.window-8)<<4 | 8)
		var lv byte
		switch level := c.effectiveLevel(); {
		case c.strategy >= 2 || level < 2:
			lv = 0
		case level < 6:
			lv = 1
		case level == 6:
			lv = 2
		default:
			lv = 3
		}
		flg := lv << 6
		if c.zdict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (int(cmf)<<8|int(flg))%31)
		c.buf.Write([]byte{cmf, flg})
		if c.zdict != nil {
			binary.Write(&c.buf, binary.BigEndian, adler32.Checksum(c.zdict))
		}
	case Gzip:
		xfl := byte(0)
		if level := c.effectiveLevel(); level == 9 {
			xfl = 2
		} else if c.strategy >= 2 || level < 2 {
			xfl = 4
		}
		c.buf.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

func (c *Compressor) effectiveLevel() int {
	if c.level == -1 {
		return 6
	}
	return c.level
}

// Finished reports whether Finish was called.
func (c *Compressor) Finished() bool { return c.finished }

func (c *Compressor) take() []byte {
	out := append([]byte{}, c.buf.Bytes()...)
	c.buf.Reset()
	return out
}

// Write compresses data and returns the output ready so far.
func (c *Compressor) Write(data []byte) []byte {
	c.header()
	c.remember(data)
	c.w.Write(data)
	if c.sum != nil {
		c.sum.Write(data)
	}
	c.size += uint32(len(data))
	return c.take()
}

// Flush emits the pending output at a byte boundary (zlib's
// Z_SYNC_FLUSH and the other non-final flushes).
func (c *Compressor) Flush() []byte {
	c.header()
	c.w.Flush()
	return c.take()
}

// Finish ends the stream with its trailer.
func (c *Compressor) Finish() []byte {
	c.header()
	c.w.Close()
	c.finished = true
	switch c.format {
	case Zlib:
		binary.Write(&c.buf, binary.BigEndian, c.sum.Sum32())
	case Gzip:
		binary.Write(&c.buf, binary.LittleEndian, c.sum.Sum32())
		binary.Write(&c.buf, binary.LittleEndian, c.size)
	}
	return c.take()
}

// remember keeps the last window of input.
func (c *Compressor) remember(data []byte) {
	const window = 1 << 15
	if len(data) >= window {
		c.recent = append(c.recent[:0], data[len(data)-window:]...)
		return
	}
	c.recent = append(c.recent, data...)
	if len(c.recent) > 2*window {
		c.recent = append(c.recent[:0:0], c.recent[len(c.recent)-window:]...)
	}
}

// Copy returns an independent compressor in the same state. The pending
// input is flushed to a byte boundary first (an empty stored block in
// the stream, which decoders skip), and the copy continues with the last
// window of input as its dictionary, so both streams stay valid.
func (c *Compressor) Copy() *Compressor {
	c.w.Flush()
	n := *c
	n.buf = bytes.Buffer{}
	n.buf.Write(c.buf.Bytes())
	n.recent = append([]byte{}, c.recent...)
	if c.sum != nil {
		n.sum = cloneSum(c.sum, c.format)
	}
	dict := n.recent
	if len(dict) > 1<<15 {
		dict = dict[len(dict)-1<<15:]
	}
	fl := c.level
	if c.strategy == 2 || c.window < 15 && c.level != 0 {
		fl = flate.HuffmanOnly
	}
	n.w, _ = flate.NewWriterDict(&n.buf, fl, dict)
	return &n
}
