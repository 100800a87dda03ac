package vm

// _io.TextIOWrapper: the text stream over a buffered binary stream
// (Modules/_io/textio.c): decoding and encoding through the codec's
// incremental decoder and encoder, universal newlines, and tell()
// cookies that name a safe start point of the decoder and the
// characters to skip from there.

import (
	"math/big"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// TextIOWrapperType is _io.TextIOWrapper.
var TextIOWrapperType *Type

// TextIO is an instance of _io.TextIOWrapper.
type TextIO struct {
	ok, detached   bool
	buffer         Value
	encoding       Value // str
	errors         Value // str
	dec            textDecoder
	decObj         *NLDecoder // dec, when it is a newline decoder
	enc            textEncoder
	readuniversal  bool
	readtranslate  bool
	writetranslate bool
	readnl         string // "" when universal
	writenl        string // "" when \n is written as is
	lineBuffering  bool
	writeThrough   bool
	seekable       bool
	telling        bool
	hasRead1       bool
	chunkSize      int
	decoded        string // decoded characters not yet ...
	used           int    // ... past the byte offset used
	hasSnapshot    bool
	snapFlags      int64
	snapInput      []byte
	b2cratio       float64
	pending        []byte
	pendingStr     bool
	inRepr         bool
	dict           *Dict
}

// Type implements Object.
func (*TextIO) Type() *Type { return TextIOWrapperType }

func (x *TextIO) ensureDict() *Dict {
	if x.dict == nil {
		x.dict = NewDict()
	}
	return x.dict
}

func txtSelf(v Value) *TextIO { return unwrap(v).o.(*TextIO) }

// attached is CHECK_ATTACHED.
func (x *TextIO) attached() error {
	if x.detached {
		return Errorf(ValueErrorType, "underlying buffer has been detached")
	}
	if !x.ok {
		return Errorf(ValueErrorType, "I/O operation on uninitialized object")
	}
	return nil
}

// checkClosed is CHECK_CLOSED.
func (th *Thread) txtCheckClosed(x *TextIO, self Value) error {
	var c Value
	var err error
	if _, ok := self.o.(*TextIO); ok {
		if b, ok := x.buffer.o.(*Buffered); ok && b.ok {
			closed, err := th.bufIsClosed(b)
			if err != nil {
				return err
			}
			if closed {
				return ioClosedError()
			}
			return nil
		}
		c, err = th.GetAttr(x.buffer, intern("closed"))
	} else {
		c, err = th.GetAttr(self, intern("closed"))
	}
	if err != nil {
		return err
	}
	closed, err := th.Truth(c)
	if err != nil {
		return err
	}
	if closed {
		return ioClosedError()
	}
	return nil
}

// charOffset returns the byte offset n characters past byte offset i of
// s (or len(s)).
func charOffset(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		c := s[i]
		switch {
		case c < 0x80:
			i++
		case c < 0xE0:
			i += 2
		case c < 0xF0:
			i += 3
		default:
			i += 4
		}
	}
	if i > len(s) {
		i = len(s)
	}
	return i
}

// charCount returns the number of characters of s.
func charCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		i = charOffset(s, i, 1)
	}
	return n
}

func (x *TextIO) setDecoded(s string) { x.decoded, x.used = s, 0 }

// getDecoded takes up to n characters (n < 0: all) of the decoded ones.
func (x *TextIO) getDecoded(n int) string {
	end := len(x.decoded)
	if n >= 0 {
		end = charOffset(x.decoded, x.used, n)
	}
	s := x.decoded[x.used:end]
	x.used = end
	return s
}

// bufferCall calls a method of the buffer.
func (th *Thread) txtBufferCall(x *TextIO, name string, args ...Value) (Value, error) {
	return th.CallMethod(x.buffer, name, args...)
}

// writeflush passes the pending bytes to the buffer.
func (th *Thread) txtWriteflush(x *TextIO) error {
	if len(x.pending) == 0 && !x.pendingStr {
		return nil
	}
	b := x.pending
	x.pending, x.pendingStr = nil, false
	if bb, ok := x.buffer.o.(*Buffered); ok && bb.ok && bb.writable {
		_, err := th.bufLocked(bb, x.buffer, func() (Value, error) {
			_, err := th.bufWrite(bb, b)
			return None, err
		})
		return err
	}
	_, err := th.txtBufferCall(x, "write", Obj(&Bytes{b: b}))
	return err
}

// readChunk reads and decodes the next chunk of the buffer; it reports
// false at the end of the file.
func (th *Thread) txtReadChunk(x *TextIO, sizeHint int) (bool, error) {
	if x.dec == nil {
		return false, th.ioUnsupported("not readable")
	}
	var decBuf []byte
	var decFlags int64
	if x.telling {
		var err error
		if decBuf, decFlags, err = x.dec.getstate(th); err != nil {
			return false, err
		}
	}
	if sizeHint > 0 {
		sizeHint = int(max(x.b2cratio, 1.0) * float64(sizeHint))
	}
	size := max(x.chunkSize, sizeHint)
	var input []byte
	if bb, ok := x.buffer.o.(*Buffered); ok && bb.ok && bb.readable && x.hasRead1 {
		if err := th.bufCheckClosed(bb, "read of closed file"); err != nil {
			return false, err
		}
		r, err := th.bufLocked(bb, x.buffer, func() (Value, error) { return th.bufRead1(bb, size) })
		if err != nil {
			return false, err
		}
		if r.IsNone() {
			return false, Errorf(TypeErrorType, "underlying read1() should have returned a bytes-like object, not 'NoneType'")
		}
		input, _ = bytesLike(r)
	} else {
		name := "read"
		if x.hasRead1 {
			name = "read1"
		}
		r, err := th.txtBufferCall(x, name, Int(int64(size)))
		if err != nil {
			return false, err
		}
		p, ok := bytesLike(r)
		if !ok {
			return false, Errorf(TypeErrorType, "underlying %s() should have returned a bytes-like object, not '%s'", name, r.Type().Name)
		}
		input = append([]byte(nil), p...)
	}
	eof := len(input) == 0
	s, err := x.dec.decode(th, input, eof)
	if err != nil {
		return false, err
	}
	x.setDecoded(s)
	nchars := charCount(s)
	if nchars > 0 {
		x.b2cratio = float64(len(input)) / float64(nchars)
		eof = false
	} else {
		x.b2cratio = 0
	}
	if x.telling {
		x.hasSnapshot, x.snapFlags = true, decFlags
		x.snapInput = append(append([]byte(nil), decBuf...), input...)
	}
	return !eof, nil
}

// findLineEnding is _PyIO_find_line_ending: the end of the first line of
// s, or -1 and how much of s can be put aside.
func (x *TextIO) findLineEnding(s string) (int, int) {
	switch {
	case x.readtranslate:
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1, 0
		}
		return -1, len(s)
	case x.readuniversal:
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return -1, len(s)
		}
		if s[i] == '\n' {
			return i + 1, 0
		}
		if i+1 < len(s) {
			if s[i+1] == '\n' {
				return i + 2, 0
			}
			return i + 1, 0
		}
		// A \r at the end: the decoder keeps a pending one back, so
		// this one ends a line.
		return i + 1, 0
	}
	nl := x.readnl
	if i := strings.Index(s, nl); i >= 0 {
		return i + len(nl), 0
	}
	if len(nl) > 1 {
		e := max(len(s)-(len(nl)-1), 0)
		if i := strings.IndexByte(s[e:], nl[0]); i >= 0 {
			return -1, e + i
		}
	}
	return -1, len(s)
}

// readline is _textiowrapper_readline.
func (th *Thread) txtReadline(x *TextIO, self Value, limit int) (string, error) {
	if err := th.txtCheckClosed(x, self); err != nil {
		return "", err
	}
	if err := th.txtWriteflush(x); err != nil {
		return "", err
	}
	var chunks []string
	chunked := 0
	var line string
	haveLine := false
	var remaining string
	haveRemaining := false
	start, endpos, offset := 0, 0, 0
	for {
		more := true
		for x.used >= len(x.decoded) {
			var err error
			if more, err = th.txtReadChunk(x, 0); err != nil {
				return "", err
			}
			if !more {
				break
			}
		}
		if !more {
			x.setDecoded("")
			x.hasSnapshot = false
			start, endpos, offset = 0, 0, 0
			haveLine = false
			break
		}
		if !haveRemaining {
			line, start, offset = x.decoded, x.used, 0
		} else {
			line = remaining + x.decoded[x.used:]
			start, offset = 0, len(remaining)
			remaining, haveRemaining = "", false
		}
		haveLine = true
		end, consumed := x.findLineEnding(line[start:])
		if end >= 0 {
			endpos = start + end
			if limit >= 0 && charCount(line[start:endpos])+chunked >= limit {
				endpos = charOffset(line, start, limit-chunked)
			}
			break
		}
		endpos = start + consumed
		if limit >= 0 {
			if n := charCount(line[start:endpos]); n+chunked >= limit {
				endpos = charOffset(line, start, limit-chunked)
				break
			}
		}
		if endpos > start {
			chunks = append(chunks, line[start:endpos])
			chunked += charCount(line[start:endpos])
			if err := th.alloc(int64(chunked)); err != nil {
				return "", err
			}
		}
		if endpos < len(line) {
			remaining, haveRemaining = line[endpos:], true
		}
		haveLine = false
		x.setDecoded("")
		if err := th.tick(); err != nil {
			return "", err
		}
	}
	if haveLine {
		// The line ends in the decoded characters.
		x.used = endpos - offset
		line = line[start:endpos]
	} else {
		line = ""
	}
	if haveRemaining {
		chunks = append(chunks, remaining)
	}
	if len(chunks) > 0 {
		if line != "" {
			chunks = append(chunks, line)
		}
		line = strings.Join(chunks, "")
	}
	return line, nil
}

// txtRead is read(n).
func (th *Thread) txtRead(x *TextIO, self Value, n int) (Value, error) {
	if err := th.txtCheckClosed(x, self); err != nil {
		return Null, err
	}
	if x.dec == nil {
		return Null, th.ioUnsupported("not readable")
	}
	if err := th.txtWriteflush(x); err != nil {
		return Null, err
	}
	if n < 0 {
		var input []byte
		if bb, ok := x.buffer.o.(*Buffered); ok && bb.ok && bb.readable {
			if err := th.bufCheckClosed(bb, "read of closed file"); err != nil {
				return Null, err
			}
			r, err := th.bufLocked(bb, x.buffer, func() (Value, error) { return th.bufReadAll(bb) })
			if err != nil {
				return Null, err
			}
			if r.IsNone() {
				return Null, Errorf(TypeErrorType, "decoder should return a string result, not 'NoneType'")
			}
			input, _ = bytesLike(r)
		} else {
			r, err := th.txtBufferCall(x, "read")
			if err != nil {
				return Null, err
			}
			p, ok := bytesLike(r)
			if !ok {
				return Null, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", r.Type().Name)
			}
			input = p
		}
		s, err := x.dec.decode(th, input, true)
		if err != nil {
			return Null, err
		}
		res := x.getDecoded(-1) + s
		x.setDecoded("")
		x.hasSnapshot = false
		return String(res), nil
	}
	result := x.getDecoded(n)
	remaining := n - charCount(result)
	var chunks []string
	for remaining > 0 {
		more, err := th.txtReadChunk(x, remaining)
		if err != nil {
			return Null, err
		}
		if !more {
			break
		}
		if result != "" {
			chunks = append(chunks, result)
		}
		result = x.getDecoded(remaining)
		remaining -= charCount(result)
		if err := th.tick(); err != nil {
			return Null, err
		}
	}
	if len(chunks) > 0 {
		chunks = append(chunks, result)
		result = strings.Join(chunks, "")
	}
	return String(result), nil
}

// txtWrite is write(s).
func (th *Thread) txtWrite(x *TextIO, self Value, s *Str) (Value, error) {
	if err := th.txtCheckClosed(x, self); err != nil {
		return Null, err
	}
	if x.enc == nil {
		return Null, th.ioUnsupported("not writable")
	}
	textlen := s.Len()
	text := s
	haslf := false
	if x.writetranslate && x.writenl != "" || x.lineBuffering {
		haslf = strings.IndexByte(s.s, '\n') >= 0
	}
	if haslf && x.writetranslate && x.writenl != "" {
		text = NewStr(strings.ReplaceAll(s.s, "\n", x.writenl))
	}
	needflush := x.lineBuffering && (haslf || strings.IndexByte(text.s, '\r') >= 0)
	b, err := x.enc.encode(th, text)
	if err != nil {
		return Null, err
	}
	if len(x.pending)+len(b) > x.chunkSize {
		if err := th.txtWriteflush(x); err != nil {
			return Null, err
		}
	}
	if err := th.alloc(int64(len(x.pending) + len(b))); err != nil {
		return Null, err
	}
	x.pending = append(x.pending, b...)
	if len(x.pending) >= x.chunkSize || needflush || x.writeThrough {
		if err := th.txtWriteflush(x); err != nil {
			return Null, err
		}
	}
	if needflush {
		if _, err := th.txtBufferCall(x, "flush"); err != nil {
			return Null, err
		}
	}
	x.setDecoded("")
	x.hasSnapshot = false
	if x.dec != nil {
		if err := x.dec.reset(th); err != nil {
			return Null, err
		}
	}
	return Int(int64(textlen)), nil
}

// The layout of a tell() cookie, as textio.c packs it on a 64-bit
// machine: start_pos (64 bits), dec_flags, bytes_to_feed and
// chars_to_skip (32 bits each), need_eof (8 bits), little-endian.
type textCookie struct {
	startPos                         int64
	decFlags, bytesToFeed, charsSkip int64
	needEOF                          bool
}

func (c textCookie) value() Value {
	v := new(big.Int).SetUint64(uint64(c.startPos))
	put := func(x int64, shift uint, bits uint) {
		u := uint64(x) & (1<<bits - 1)
		v.Or(v, new(big.Int).Lsh(new(big.Int).SetUint64(u), shift))
	}
	put(c.decFlags, 64, 32)
	put(c.bytesToFeed, 96, 32)
	put(c.charsSkip, 128, 32)
	if c.needEOF {
		put(1, 160, 8)
	}
	return IntFromBig(v)
}

func (th *Thread) parseCookie(v Value) (textCookie, error) {
	b, ok := asBig(v)
	if !ok {
		return textCookie{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	if b.BitLen() > 168 {
		return textCookie{}, Errorf(OverflowErrorType, "int too big to convert")
	}
	get := func(shift, bits uint) int64 {
		x := new(big.Int).Rsh(b, shift)
		x.And(x, new(big.Int).SetUint64(1<<bits-1))
		return int64(x.Uint64())
	}
	sx := func(x int64) int64 { return int64(int32(uint32(x))) }
	c := textCookie{
		startPos:    get(0, 64),
		decFlags:    sx(get(64, 32)),
		bytesToFeed: sx(get(96, 32)),
		charsSkip:   sx(get(128, 32)),
		needEOF:     get(160, 8) != 0,
	}
	return c, nil
}

// decoderSetstate is _textiowrapper_decoder_setstate.
func (th *Thread) txtDecoderSetstate(x *TextIO, c textCookie) error {
	if c.startPos == 0 && c.decFlags == 0 {
		return x.dec.reset(th)
	}
	return x.dec.setstate(th, nil, c.decFlags)
}

// txtTell is tell().
func (th *Thread) txtTell(x *TextIO, self Value) (Value, error) {
	if err := th.txtCheckClosed(x, self); err != nil {
		return Null, err
	}
	if !x.seekable {
		return Null, th.ioUnsupported("underlying stream is not seekable")
	}
	if !x.telling {
		return Null, Errorf(OSErrorType, "telling position disabled by next() call")
	}
	if err := th.txtWriteflush(x); err != nil {
		return Null, err
	}
	if _, err := th.CallMethod(self, "flush"); err != nil {
		return Null, err
	}
	posobj, err := th.txtBufferCall(x, "tell")
	if err != nil {
		return Null, err
	}
	if x.dec == nil || !x.hasSnapshot {
		return posobj, nil
	}
	pos, err := th.sizeArg(posobj)
	if err != nil {
		return Null, err
	}
	c := textCookie{startPos: pos, decFlags: x.snapFlags}
	next := x.snapInput
	c.startPos -= int64(len(next))
	if x.used == 0 {
		return c.value(), nil
	}
	charsToSkip := charCount(x.decoded[:x.used])
	sbuf, sflags, err := x.dec.getstate(th)
	if err != nil {
		return Null, err
	}
	res, err := th.txtTellSearch(x, c, next, charsToSkip)
	if serr := x.dec.setstate(th, sbuf, sflags); err == nil && serr != nil {
		return Null, serr
	}
	return res, err
}

func (th *Thread) txtTellSearch(x *TextIO, c textCookie, next []byte, charsToSkip int) (Value, error) {
	decodeLen := func(b []byte) (int, error) {
		s, err := x.dec.decode(th, b, false)
		return charCount(s), err
	}
	skipBytes := int(x.b2cratio * float64(charsToSkip))
	skipBack := 1
	if skipBytes > len(next) {
		skipBytes = len(next)
	}
	for skipBytes > 0 {
		if err := th.txtDecoderSetstate(x, c); err != nil {
			return Null, err
		}
		n, err := decodeLen(next[:skipBytes])
		if err != nil {
			return Null, err
		}
		if n <= charsToSkip {
			buf, flags, err := x.dec.getstate(th)
			if err != nil {
				return Null, err
			}
			if len(buf) == 0 {
				c.decFlags = flags
				charsToSkip -= n
				break
			}
			skipBytes -= len(buf)
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
		if err := th.tick(); err != nil {
			return Null, err
		}
	}
	if skipBytes <= 0 {
		skipBytes = 0
		if err := th.txtDecoderSetstate(x, c); err != nil {
			return Null, err
		}
	}
	c.startPos += int64(skipBytes)
	c.charsSkip = int64(charsToSkip)
	if charsToSkip == 0 {
		return c.value(), nil
	}
	charsDecoded := 0
	i := skipBytes
	for ; i < len(next); i++ {
		n, err := decodeLen(next[i : i+1])
		if err != nil {
			return Null, err
		}
		charsDecoded += n
		c.bytesToFeed++
		buf, flags, err := x.dec.getstate(th)
		if err != nil {
			return Null, err
		}
		if len(buf) == 0 && charsDecoded <= charsToSkip {
			c.startPos += c.bytesToFeed
			charsToSkip -= charsDecoded
			c.decFlags = flags
			c.bytesToFeed = 0
			charsDecoded = 0
		}
		if charsDecoded >= charsToSkip {
			break
		}
	}
	if i == len(next) {
		s, err := x.dec.decode(th, nil, true)
		if err != nil {
			return Null, err
		}
		charsDecoded += charCount(s)
		c.needEOF = true
		if charsDecoded < charsToSkip {
			return Null, Errorf(OSErrorType, "can't reconstruct logical file position")
		}
	}
	c.charsSkip = int64(charsToSkip)
	return c.value(), nil
}

// encoderReset is _textiowrapper_encoder_reset.
func (th *Thread) txtEncoderReset(x *TextIO, startOfStream bool) error {
	if startOfStream {
		return x.enc.reset(th)
	}
	return x.enc.setstate0(th)
}

// txtSeek is seek(cookie, whence).
func (th *Thread) txtSeek(x *TextIO, self Value, cookie Value, whence int) (Value, error) {
	if err := th.txtCheckClosed(x, self); err != nil {
		return Null, err
	}
	if !x.seekable {
		return Null, th.ioUnsupported("underlying stream is not seekable")
	}
	isZero := func(v Value) (bool, error) {
		r, err := th.RichCompare(v, Int(0), code.CMP_EQ)
		if err != nil {
			return false, err
		}
		return th.Truth(r)
	}
	switch whence {
	case 1:
		z, err := isZero(cookie)
		if err != nil {
			return Null, err
		}
		if !z {
			return Null, th.ioUnsupported("can't do nonzero cur-relative seeks")
		}
		if cookie, err = th.CallMethod(self, "tell"); err != nil {
			return Null, err
		}
	case 2:
		z, err := isZero(cookie)
		if err != nil {
			return Null, err
		}
		if !z {
			return Null, th.ioUnsupported("can't do nonzero end-relative seeks")
		}
		if _, err := th.CallMethod(self, "flush"); err != nil {
			return Null, err
		}
		x.setDecoded("")
		x.hasSnapshot = false
		if x.dec != nil {
			if err := x.dec.reset(th); err != nil {
				return Null, err
			}
		}
		res, err := th.txtBufferCall(x, "seek", Int(0), Int(2))
		if err != nil {
			return Null, err
		}
		if x.enc != nil {
			z, err := isZero(res)
			if err != nil {
				return Null, err
			}
			if err := th.txtEncoderReset(x, z); err != nil {
				return Null, err
			}
		}
		return res, nil
	case 0:
	default:
		return Null, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	r, err := th.RichCompare(cookie, Int(0), code.CMP_LT)
	if err != nil {
		return Null, err
	}
	if neg, err := th.Truth(r); err != nil {
		return Null, err
	} else if neg {
		s, err := th.Repr(cookie)
		if err != nil {
			return Null, err
		}
		return Null, Errorf(ValueErrorType, "negative seek position %s", s)
	}
	if _, err := th.CallMethod(self, "flush"); err != nil {
		return Null, err
	}
	c, err := th.parseCookie(cookie)
	if err != nil {
		return Null, err
	}
	if _, err := th.txtBufferCall(x, "seek", Int(c.startPos)); err != nil {
		return Null, err
	}
	x.setDecoded("")
	x.hasSnapshot = false
	if x.dec != nil {
		if err := th.txtDecoderSetstate(x, c); err != nil {
			return Null, err
		}
	}
	if c.charsSkip != 0 {
		r, err := th.txtBufferCall(x, "read", Int(c.bytesToFeed))
		if err != nil {
			return Null, err
		}
		b, ok := r.o.(*Bytes)
		if !ok || b.mutable {
			return Null, Errorf(TypeErrorType, "underlying read() should have returned a bytes object, not '%s'", r.Type().Name)
		}
		x.hasSnapshot, x.snapFlags, x.snapInput = true, c.decFlags, b.b
		s, err := x.dec.decode(th, b.b, c.needEOF)
		if err != nil {
			return Null, err
		}
		x.setDecoded(s)
		if int64(charCount(s)) < c.charsSkip {
			return Null, Errorf(OSErrorType, "can't restore logical file position")
		}
		x.used = charOffset(s, 0, int(c.charsSkip))
	} else {
		x.hasSnapshot, x.snapFlags, x.snapInput = true, c.decFlags, nil
	}
	if x.enc != nil {
		if err := th.txtEncoderReset(x, c.startPos == 0 && c.decFlags == 0); err != nil {
			return Null, err
		}
	}
	return cookie, nil
}

// validNewline checks a newline argument.
func validNewline(fname string, v Value) (string, bool, error) {
	if v.o == nil || v.IsNone() {
		return "", false, nil
	}
	s, ok := v.o.(*Str)
	if !ok {
		return "", false, Errorf(TypeErrorType, "%s() argument 'newline' must be str or None, not %s", fname, v.Type().Name)
	}
	switch s.s {
	case "", "\n", "\r", "\r\n":
		return s.s, true, nil
	}
	return "", false, Errorf(ValueErrorType, "illegal newline value: %s", s.s)
}

// setNewline is set_newline.
func (x *TextIO) setNewline(nl string, has bool) {
	x.readuniversal = !has || nl == ""
	x.readtranslate = !has
	x.readnl = ""
	if has {
		x.readnl = nl
	}
	x.writetranslate = !has || nl != ""
	x.writenl = ""
	if !x.readuniversal && x.readnl != "\n" {
		x.writenl = x.readnl
	}
}

// setCodec makes the decoder and the encoder for the stream's encoding.
func (th *Thread) txtSetCodec(x *TextIO, native string, info Value) error {
	errors := strOf(x.errors)
	x.dec, x.decObj, x.enc = nil, nil, nil
	r, err := th.txtBufferCall(x, "readable")
	if err != nil {
		return err
	}
	if ok, err := th.Truth(r); err != nil {
		return err
	} else if ok {
		d, err := th.newTextDecoder(native, info, errors)
		if err != nil {
			return err
		}
		if x.readuniversal {
			nd := &NLDecoder{inner: d, innerObj: Null, translate: x.readtranslate, ok: true, errors: x.errors}
			x.dec, x.decObj = nd, nd
		} else {
			x.dec = d
		}
	}
	r, err = th.txtBufferCall(x, "writable")
	if err != nil {
		return err
	}
	if ok, err := th.Truth(r); err != nil {
		return err
	} else if ok {
		if x.enc, err = th.newTextEncoder(native, info, errors); err != nil {
			return err
		}
	}
	return nil
}

// fixEncoderState is _textiowrapper_fix_encoder_state.
func (th *Thread) txtFixEncoderState(x *TextIO) error {
	if !x.seekable || x.enc == nil {
		return nil
	}
	r, err := th.txtBufferCall(x, "tell")
	if err != nil {
		return err
	}
	eq, err := th.RichCompare(r, Int(0), code.CMP_EQ)
	if err != nil {
		return err
	}
	zero, err := th.Truth(eq)
	if err != nil {
		return err
	}
	if !zero {
		return x.enc.setstate0(th)
	}
	return nil
}

// strOrNone reads an argument that must be str or None.
func strOrNone(fname, arg string, v Value) (Value, error) {
	if v.o == nil || v.IsNone() {
		return None, nil
	}
	if _, ok := v.o.(*Str); !ok {
		return Null, Errorf(TypeErrorType, "%s() argument '%s' must be str or None, not %s", fname, arg, v.Type().Name)
	}
	return v, nil
}

// txtInit is TextIOWrapper.__init__.
func txtInit(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var buffer, encoding, errors, newline, lineBuffering, writeThrough Value
	if err := unpackArgs("TextIOWrapper", args, kw, 1, []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"},
		&buffer, &encoding, &errors, &newline, &lineBuffering, &writeThrough); err != nil {
		return Null, err
	}
	x := txtSelf(self)
	x.ok, x.detached = false, false
	var err error
	if encoding, err = strOrNone("TextIOWrapper", "encoding", encoding); err != nil {
		return Null, err
	}
	if encoding.IsNone() && th.interp.flags.WarnDefaultEncoding {
		if err := th.warn(EncodingWarningType, "'encoding' argument not specified"); err != nil {
			return Null, err
		}
	}
	if errors, err = strOrNone("TextIOWrapper", "errors", errors); err != nil {
		return Null, err
	}
	nl, hasNL, err := validNewline("TextIOWrapper", newline)
	if err != nil {
		return Null, err
	}
	lb, wt := false, false
	if lineBuffering.o != nil {
		if lb, err = th.Truth(lineBuffering); err != nil {
			return Null, err
		}
	}
	if writeThrough.o != nil {
		if wt, err = th.Truth(writeThrough); err != nil {
			return Null, err
		}
	}
	if errors.IsNone() {
		errors = String("strict")
	}
	*x = TextIO{dict: x.dict}
	if th.interp.flags.DevMode {
		cm, err := th.importModule("_codecs")
		if err != nil {
			return Null, err
		}
		if _, err := th.CallMethod(cm, "lookup_error", errors); err != nil {
			return Null, err
		}
	}
	if encoding.IsNone() && th.interp.flags.UTF8Mode {
		encoding = String("utf-8")
	} else if encoding.IsNone() || strOf(encoding) == "locale" {
		enc, err := th.localeEncoding()
		if err != nil {
			return Null, err
		}
		encoding = String(enc)
	}
	native, info, err := th.textCodec(strOf(encoding))
	if err != nil {
		return Null, err
	}
	x.encoding, x.errors = encoding, errors
	x.chunkSize = 8192
	x.lineBuffering, x.writeThrough = lb, wt
	x.setNewline(nl, hasNL)
	x.buffer = buffer
	if err := th.txtSetCodec(x, native, info); err != nil {
		return Null, err
	}
	r, err := th.txtBufferCall(x, "seekable")
	if err != nil {
		return Null, err
	}
	if x.seekable, err = th.Truth(r); err != nil {
		return Null, err
	}
	x.telling = x.seekable
	if _, ok := buffer.o.(*Buffered); ok {
		x.hasRead1 = true
	} else if _, err := th.GetAttr(buffer, intern("read1")); err == nil {
		x.hasRead1 = true
	} else if !isAttributeError(err) {
		return Null, err
	}
	if err := th.txtFixEncoderState(x); err != nil {
		return Null, err
	}
	x.ok = true
	return None, nil
}

// txtMethod adds a method whose self is an attached TextIOWrapper.
func txtMethod(t *Type, name string, fn func(th *Thread, x *TextIO, self Value, args []Value) (Value, error)) {
	method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		x := txtSelf(self)
		if err := x.attached(); err != nil {
			return Null, err
		}
		return fn(th, x, self, args)
	})
}

// txtSize reads the optional size argument of read and readline.
func (th *Thread) txtSize(args []Value, noneOK bool) (int, error) {
	if len(args) == 0 || noneOK && args[0].IsNone() {
		return -1, nil
	}
	if !hasIndex(args[0]) || args[0].IsFloat() {
		if noneOK {
			return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", args[0].Type().Name)
		}
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	n, err := th.sizeArg(args[0])
	return int(n), err
}

func initTextIOWrapperType() *Type {
	t := newIOType("TextIOWrapper", TextIOBaseType)
	t.layout = t
	builtinWeakrefs[t] = true
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return th.newIOObject(args[0].o.(*Type), &TextIO{}), nil
	}}))
	method(t, "__init__", txtInit)
	member := func(name string, get func(x *TextIO) Value) {
		t.addGetSet(name, func(th *Thread, self Value) (Value, error) {
			x := txtSelf(self)
			if !x.ok {
				return Null, Errorf(ValueErrorType, "I/O operation on uninitialized object")
			}
			v := get(x)
			if v.o == nil {
				return None, nil
			}
			return v, nil
		}, nil)
	}
	member("encoding", func(x *TextIO) Value { return x.encoding })
	member("errors", func(x *TextIO) Value { return x.errors })
	member("buffer", func(x *TextIO) Value { return x.buffer })
	member("line_buffering", func(x *TextIO) Value { return Bool(x.lineBuffering) })
	member("write_through", func(x *TextIO) Value { return Bool(x.writeThrough) })
	member("_finalizing", func(x *TextIO) Value { return False })
	t.addGetSet("_CHUNK_SIZE", func(th *Thread, self Value) (Value, error) {
		x := txtSelf(self)
		if err := x.attached(); err != nil {
			return Null, err
		}
		return Int(int64(x.chunkSize)), nil
	}, func(th *Thread, self, v Value) error {
		x := txtSelf(self)
		if err := x.attached(); err != nil {
			return err
		}
		if v.o == nil {
			return Errorf(AttributeErrorType, "cannot delete attribute")
		}
		n, err := th.sizeArg(v)
		if err != nil {
			return err
		}
		if n <= 0 {
			return Errorf(ValueErrorType, "a strictly positive integer is required")
		}
		if n > 1<<30 {
			n = 1 << 30
		}
		x.chunkSize = int(n)
		return nil
	})
	for _, name := range []string{"name", "closed"} {
		name := name
		t.addGetSet(name, func(th *Thread, self Value) (Value, error) {
			x := txtSelf(self)
			if err := x.attached(); err != nil {
				return Null, err
			}
			return th.GetAttr(x.buffer, NewStr(name))
		}, nil)
	}
	t.addGetSet("newlines", func(th *Thread, self Value) (Value, error) {
		x := txtSelf(self)
		if err := x.attached(); err != nil {
			return Null, err
		}
		if x.decObj != nil {
			return x.decObj.newlines(), nil
		}
		if pd, ok := x.dec.(*pyDecoder); ok {
			v, err := th.GetAttr(pd.obj, intern("newlines"))
			if err != nil {
				if isAttributeError(err) {
					return None, nil
				}
				return Null, err
			}
			return v, nil
		}
		return None, nil
	}, nil)
	for _, name := range []string{"fileno", "seekable", "readable", "writable", "isatty"} {
		name := name
		txtMethod(t, name, func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
			return th.txtBufferCall(x, name)
		})
	}
	txtMethod(t, "flush", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		if err := th.txtCheckClosed(x, self); err != nil {
			return Null, err
		}
		x.telling = x.seekable
		if err := th.txtWriteflush(x); err != nil {
			return Null, err
		}
		return th.txtBufferCall(x, "flush")
	})
	txtMethod(t, "close", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		c, err := th.GetAttr(self, intern("closed"))
		if err != nil {
			return Null, err
		}
		if closed, err := th.Truth(c); err != nil || closed {
			return None, err
		}
		_, ferr := th.CallMethod(self, "flush")
		_, cerr := th.txtBufferCall(x, "close")
		if ferr != nil {
			if ce, ok := cerr.(*Exception); ok {
				if fe, ok := ferr.(*Exception); ok {
					linkContext(ce, fe)
				}
				return Null, ce
			}
			return Null, ferr
		}
		if cerr != nil {
			return Null, cerr
		}
		return None, nil
	})
	txtMethod(t, "detach", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		if _, err := th.CallMethod(self, "flush"); err != nil {
			return Null, err
		}
		b := x.buffer
		x.buffer, x.detached = Null, true
		return b, nil
	})
	txtMethod(t, "write", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "TextIOWrapper.write() takes exactly one argument (%d given)", len(args))
		}
		s, ok := args[0].o.(*Str)
		if !ok {
			if u, ok := unwrap(args[0]).o.(*Str); ok && args[0].Type().IsSubtype(StrType) {
				s = u
			} else {
				return Null, Errorf(TypeErrorType, "write() argument must be str, not %s", args[0].Type().Name)
			}
		}
		return th.txtWrite(x, self, s)
	})
	txtMethod(t, "read", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "read expected at most 1 argument, got %d", len(args))
		}
		n, err := th.txtSize(args, true)
		if err != nil {
			return Null, err
		}
		return th.txtRead(x, self, n)
	})
	txtMethod(t, "readline", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "readline expected at most 1 argument, got %d", len(args))
		}
		n, err := th.txtSize(args, false)
		if err != nil {
			return Null, err
		}
		s, err := th.txtReadline(x, self, n)
		if err != nil {
			return Null, err
		}
		return String(s), nil
	})
	txtMethod(t, "__next__", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		x.telling = false
		var line Value
		if _, ok := self.o.(*TextIO); ok {
			s, err := th.txtReadline(x, self, -1)
			if err != nil {
				return Null, err
			}
			line = String(s)
		} else {
			var err error
			if line, err = th.CallMethod(self, "readline"); err != nil {
				return Null, err
			}
			if _, ok := unwrap(line).o.(*Str); !ok {
				return Null, Errorf(OSErrorType, "readline() should have returned a str object, not '%s'", line.Type().Name)
			}
		}
		if s, _ := unwrap(line).o.(*Str); s == nil || s.s == "" {
			x.hasSnapshot = false
			x.telling = x.seekable
			return Null, NewException(StopIterationType)
		}
		return line, nil
	})
	txtMethod(t, "tell", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		return th.txtTell(x, self)
	})
	txtMethod(t, "seek", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return Null, Errorf(TypeErrorType, "seek expected at least 1 argument, got %d", len(args))
		}
		whence := 0
		if len(args) > 1 {
			w, err := th.intArg(args[1])
			if err != nil {
				return Null, err
			}
			whence = w
		}
		return th.txtSeek(x, self, args[0], whence)
	})
	txtMethod(t, "truncate", func(th *Thread, x *TextIO, self Value, args []Value) (Value, error) {
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "truncate expected at most 1 argument, got %d", len(args))
		}
		if _, err := th.CallMethod(self, "flush"); err != nil {
			return Null, err
		}
		pos := None
		if len(args) > 0 {
			pos = args[0]
		}
		return th.txtBufferCall(x, "truncate", pos)
	})
	method(t, "reconfigure", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) > len(kw) {
			return Null, Errorf(TypeErrorType, "reconfigure() takes no positional arguments")
		}
		var encoding, errors, newline, lineBuffering, writeThrough Value
		if err := unpackArgs("reconfigure", args, kw, 0, []string{"encoding", "errors", "newline", "line_buffering", "write_through"},
			&encoding, &errors, &newline, &lineBuffering, &writeThrough); err != nil {
			return Null, err
		}
		x := txtSelf(self)
		if err := x.attached(); err != nil {
			return Null, err
		}
		return th.txtReconfigure(x, self, encoding, errors, newline, lineBuffering, writeThrough)
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		x := txtSelf(self)
		tn := ioTypeName(self)
		if !x.ok {
			return Null, Errorf(ValueErrorType, "I/O operation on uninitialized object")
		}
		if x.inRepr {
			return Null, Errorf(RuntimeErrorType, "reentrant call inside %s.__repr__", tn)
		}
		x.inRepr = true
		defer func() { x.inRepr = false }()
		// CPython 3.11 names the type _io.TextIOWrapper for subclasses too.
		out := "<_io.TextIOWrapper"
		for _, attr := range []string{"name", "mode"} {
			v, err := th.GetAttr(self, NewStr(attr))
			if err != nil {
				if e, ok := err.(*Exception); ok && (isAttributeError(err) || attr == "name" && e.typ.IsSubtype(ValueErrorType)) {
					continue
				}
				return Null, err
			}
			r, err := th.Repr(v)
			if err != nil {
				return Null, err
			}
			out += " " + attr + "=" + r
		}
		r, err := th.Repr(x.encoding)
		if err != nil {
			return Null, err
		}
		return String(out + " encoding=" + r + ">"), nil
	})
	method(t, "__reduce_ex__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "cannot pickle '%s' object", ioTypeName(self))
	})
	return t
}

// txtReconfigure is reconfigure().
func (th *Thread) txtReconfigure(x *TextIO, self Value, encoding, errors, newline, lineBuffering, writeThrough Value) (Value, error) {
	var err error
	if encoding, err = strOrNone("reconfigure", "encoding", encoding); err != nil {
		return Null, err
	}
	if errors, err = strOrNone("reconfigure", "errors", errors); err != nil {
		return Null, err
	}
	newlineGiven := newline.o != nil
	if x.decoded != "" || x.used != 0 {
		if !encoding.IsNone() || !errors.IsNone() || newlineGiven {
			return Null, th.ioUnsupported("It is not possible to set the encoding or newline of stream after the first read")
		}
	}
	nl, hasNL := "", false
	if newlineGiven {
		if nl, hasNL, err = validNewline("reconfigure", newline); err != nil {
			return Null, err
		}
	}
	lb, wt := x.lineBuffering, x.writeThrough
	if lineBuffering.o != nil && !lineBuffering.IsNone() {
		if lb, err = th.Truth(lineBuffering); err != nil {
			return Null, err
		}
	}
	if writeThrough.o != nil && !writeThrough.IsNone() {
		if wt, err = th.Truth(writeThrough); err != nil {
			return Null, err
		}
	}
	if _, err := th.CallMethod(self, "flush"); err != nil {
		return Null, err
	}
	x.b2cratio = 0
	if !encoding.IsNone() || !errors.IsNone() || newlineGiven {
		if newlineGiven {
			x.setNewline(nl, hasNL)
		}
		if encoding.IsNone() {
			encoding = x.encoding
			if errors.IsNone() {
				errors = x.errors
			}
		} else if errors.IsNone() {
			errors = String("strict")
		}
		if strOf(encoding) == "locale" {
			enc, err := th.localeEncoding()
			if err != nil {
				return Null, err
			}
			encoding = String(enc)
		}
		native, info, err := th.textCodec(strOf(encoding))
		if err != nil {
			return Null, err
		}
		x.encoding, x.errors = encoding, errors
		if err := th.txtSetCodec(x, native, info); err != nil {
			return Null, err
		}
		if err := th.txtFixEncoderState(x); err != nil {
			return Null, err
		}
	}
	x.lineBuffering, x.writeThrough = lb, wt
	return None, nil
}

// strOf returns the text of v, a str (checked by the caller).
func strOf(v Value) string {
	if s, ok := unwrap(v).o.(*Str); ok {
		return s.s
	}
	return ""
}
