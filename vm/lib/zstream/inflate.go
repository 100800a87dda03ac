package zstream

import (
	"hash"
	"hash/crc32"
)

// The inflater below decodes DEFLATE (RFC 1951) incrementally, in the
// manner of Mark Adler's puff: canonical Huffman codes decoded a bit at a
// time. It works in units (a block header, a table description, one
// literal or match, a run of stored bytes); a unit whose input has not
// all arrived is undone and retried when more input comes, so input can
// be fed in pieces of any size and output taken in pieces of any size.

const (
	maxBits    = 15
	windowSize = 1 << 15
)

type huffman struct {
	count  [maxBits + 1]uint16
	symbol []uint16
	// fast maps the next fastBits input bits to length<<16 | symbol for
	// the codes of at most fastBits bits (0: a longer code).
	fast [1 << fastBits]uint32
}

const fastBits = 9

// build makes the canonical code of lengths and returns how many codes
// are left unused: 0 complete, > 0 incomplete, < 0 over-subscribed.
func (h *huffman) build(lengths []uint8) int {
	h.count = [maxBits + 1]uint16{}
	for _, l := range lengths {
		h.count[l]++
	}
	if int(h.count[0]) == len(lengths) {
		return 0
	}
	left := 1
	for l := 1; l <= maxBits; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return left
		}
	}
	var offs [maxBits + 1]uint16
	for l := 1; l < maxBits; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	h.symbol = make([]uint16, len(lengths))
	for s, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(s)
			offs[l]++
		}
	}
	h.buildFast()
	return left
}

// buildFast fills the table of the short codes.
func (h *huffman) buildFast() {
	h.fast = [1 << fastBits]uint32{}
	code, index := 0, 0
	for l := 1; l <= fastBits; l++ {
		for k := 0; k < int(h.count[l]); k++ {
			rev := 0
			for b := 0; b < l; b++ {
				rev |= (code >> b & 1) << (l - 1 - b)
			}
			for f := rev; f < 1<<fastBits; f += 1 << l {
				h.fast[f] = uint32(l)<<16 | uint32(h.symbol[index])
			}
			code++
			index++
		}
		code <<= 1
	}
}

var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	clOrder     = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

	fixedLen, fixedDist huffman
)

func init() {
	var l [288]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	fixedLen.build(l[:])
	var d [30]uint8
	for i := range d {
		d[i] = 5
	}
	fixedDist.build(d[:])
}

// The stages of an Inflater.
const (
	stHeader = iota
	stBlock
	stStored
	stCodes
	stTrailer
	stDone
)

// bitPos is a position in the input: the byte index and the bit buffer.
type bitPos struct {
	pos    int
	bitbuf uint32
	bitcnt uint
}

// Inflater decodes one zlib, gzip or raw stream fed in pieces.
type Inflater struct {
	format   Format
	window   int
	zdict    []byte
	stage    int
	in       []byte
	bp       bitPos
	final    bool
	stored   int // bytes left in the stored block
	lencode  *huffman
	distcode *huffman
	hist     []byte // the last windowSize bytes of output
	total    int64  // output bytes so far (without the dictionary)
	pending  []byte // output made beyond the last limit
	sum      hash.Hash32
	out      []byte
	summed   int // bytes of out already added to sum
}

// NewInflater returns an inflater for a decompression wbits (which must
// be valid for DecodeFormat) and a preset dictionary (nil for none).
func NewInflater(wbits int, zdict []byte) *Inflater {
	format, window, _ := DecodeFormat(wbits)
	z := &Inflater{format: format, window: window, zdict: zdict}
	if format == Raw {
		z.stage = stBlock
		if zdict != nil {
			z.hist = append([]byte{}, zdict...)
		}
	}
	return z
}

// Copy returns an independent inflater in the same state.
func (z *Inflater) Copy() *Inflater {
	c := *z
	c.in = append([]byte{}, z.in...)
	c.hist = append([]byte{}, z.hist...)
	c.pending = append([]byte{}, z.pending...)
	c.out = nil
	if z.sum != nil {
		c.sum = cloneSum(z.sum, z.format)
	}
	return &c
}

// Ended reports whether the stream and its trailer are complete.
func (z *Inflater) Ended() bool { return z.stage == stDone }

// Inflate feeds data and returns the output it completes, at most limit
// bytes of it when limit > 0, with the input left unused: after the end
// of the stream (unused data) or, when the limit stopped decoding, the
// input not decoded yet (to be fed again). grow is called before the
// output grows by n bytes.
func (z *Inflater) Inflate(data []byte, limit int64, grow func(n int64) error) (out, rest []byte, err error) {
	z.in = append(z.in[z.bp.pos:], data...)
	z.bp.pos = 0
	z.out, z.summed = nil, 0
	if len(z.pending) > 0 {
		n := len(z.pending)
		if limit > 0 && int64(n) > limit {
			n = int(limit)
		}
		if err := grow(int64(n)); err != nil {
			return nil, nil, err
		}
		z.out = append(z.out, z.pending[:n]...)
		z.pending = z.pending[n:]
		z.summed = len(z.out)
	}
	full := func() bool { return limit > 0 && int64(len(z.out)) >= limit }
	for !full() && z.stage != stDone {
		before := len(z.out)
		ok, err := z.step()
		if err != nil {
			return z.out, nil, err
		}
		if len(z.out) > before {
			if err := grow(int64(len(z.out) - before)); err != nil {
				return z.out, nil, err
			}
		}
		if !ok {
			break
		}
	}
	z.flushSum()
	if limit > 0 && int64(len(z.out)) > limit {
		z.pending = append(append([]byte{}, z.out[limit:]...), z.pending...)
		z.out = z.out[:limit]
	}
	stopped := full()
	out = z.out
	z.out = nil
	if z.stage == stDone {
		rest = z.in[z.bp.pos:]
		z.in, z.bp.pos = nil, 0
		return out, rest, nil
	}
	if stopped {
		rest = z.in[z.bp.pos:]
		z.in, z.bp.pos = nil, 0
	}
	return out, rest, nil
}

// alignByte drops the bits left of the current byte and gives back the
// whole bytes loaded ahead.
func (z *Inflater) alignByte() {
	z.bp.pos -= int(z.bp.bitcnt / 8)
	z.bp.bitbuf, z.bp.bitcnt = 0, 0
}

// need loads bits until n are buffered; false when the input ends first.
func (z *Inflater) need(n uint) bool {
	for z.bp.bitcnt < n {
		if z.bp.pos >= len(z.in) {
			return false
		}
		z.bp.bitbuf |= uint32(z.in[z.bp.pos]) << z.bp.bitcnt
		z.bp.pos++
		z.bp.bitcnt += 8
	}
	return true
}

func (z *Inflater) bits(n uint) (uint32, bool) {
	if !z.need(n) {
		return 0, false
	}
	v := z.bp.bitbuf & (1<<n - 1)
	z.bp.bitbuf >>= n
	z.bp.bitcnt -= n
	return v, true
}

func (z *Inflater) decode(h *huffman) (int, bool, error) {
	save := z.bp
	if z.need(fastBits) {
		if e := h.fast[z.bp.bitbuf&(1<<fastBits-1)]; e != 0 {
			n := uint(e >> 16)
			z.bp.bitbuf >>= n
			z.bp.bitcnt -= n
			return int(e & 0xffff), true, nil
		}
	}
	z.bp = save
	code, first, index := 0, 0, 0
	for l := 1; l <= maxBits; l++ {
		b, ok := z.bits(1)
		if !ok {
			return 0, false, nil
		}
		code |= int(b)
		count := int(h.count[l])
		if code-count < first {
			return int(h.symbol[index+code-first]), true, nil
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	return 0, true, errCodeOverrun
}

var (
	errBlockType   = &Error{-3, "invalid block type", ""}
	errStoredLen   = &Error{-3, "invalid stored block lengths", ""}
	errTooMany     = &Error{-3, "too many length or distance symbols", ""}
	errCodeLengths = &Error{-3, "invalid code lengths set", ""}
	errRepeat      = &Error{-3, "invalid bit length repeat", ""}
	errLitLen      = &Error{-3, "invalid literal/lengths set", ""}
	errDists       = &Error{-3, "invalid distances set", ""}
	errLitCode     = &Error{-3, "invalid literal/length code", ""}
	errDistCode    = &Error{-3, "invalid distance code", ""}
	errFarBack     = &Error{-3, "invalid distance too far back", ""}
	errMissingEOB  = &Error{-3, "invalid code -- missing end-of-block", ""}
	errCodeOverrun = &Error{-3, "invalid code", ""}
)

// step runs one unit; false when the input ran out (the unit undone).
func (z *Inflater) step() (bool, error) {
	save := z.bp
	var ok bool
	var err error
	switch z.stage {
	case stHeader:
		ok, err = z.header()
	case stBlock:
		ok, err = z.blockHeader()
	case stStored:
		ok = z.storedBytes()
	case stCodes:
		ok, err = z.symbol()
	case stTrailer:
		ok, err = z.trailer()
	}
	if !ok && err == nil {
		z.bp = save
	}
	return ok, err
}

func (z *Inflater) emit(b []byte) {
	z.out = append(z.out, b...)
	z.hist = append(z.hist, b...)
	z.total += int64(len(b))
	z.trimHist()
}

// trimHist keeps the window of past output from growing without bound.
func (z *Inflater) trimHist() {
	if len(z.hist) > 4*windowSize {
		z.hist = append(z.hist[:0:0], z.hist[len(z.hist)-windowSize:]...)
	}
}

// flushSum adds the output not yet summed to the checksum.
func (z *Inflater) flushSum() {
	if z.sum != nil && z.summed < len(z.out) {
		z.sum.Write(z.out[z.summed:])
	}
	z.summed = len(z.out)
}

func (z *Inflater) header() (bool, error) {
	format := z.format
	rest := z.in[z.bp.pos:]
	if format == Auto {
		if len(rest) < 2 {
			return false, nil
		}
		format = Zlib
		if rest[0] == 0x1f && rest[1] == 0x8b {
			format = Gzip
		}
	}
	n, sum, err := readHeader(rest, format, z.window, z.zdict)
	if err == errNeedsInput {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	z.format = format
	z.bp.pos += n
	z.sum = sum
	if format == Zlib && n == 6 {
		z.hist = append([]byte{}, z.zdict...)
	}
	z.stage = stBlock
	return true, nil
}

func (z *Inflater) blockHeader() (bool, error) {
	if z.final {
		z.alignByte()
		z.stage = stTrailer
		return true, nil
	}
	h, ok := z.bits(3)
	if !ok {
		return false, nil
	}
	final := h&1 != 0
	switch h >> 1 {
	case 0:
		z.alignByte()
		if len(z.in)-z.bp.pos < 4 {
			return false, nil
		}
		p := z.in[z.bp.pos:]
		n := int(p[0]) | int(p[1])<<8
		if n != ^(int(p[2])|int(p[3])<<8)&0xffff {
			return false, errStoredLen
		}
		z.bp.pos += 4
		z.stored = n
		z.stage = stStored
	case 1:
		z.lencode, z.distcode = &fixedLen, &fixedDist
		z.stage = stCodes
	case 2:
		ok, err := z.dynamic()
		if !ok || err != nil {
			return ok, err
		}
	default:
		return false, errBlockType
	}
	z.final = final
	return true, nil
}

func (z *Inflater) dynamic() (bool, error) {
	v, ok := z.bits(14)
	if !ok {
		return false, nil
	}
	nlen, ndist, ncode := int(v&31)+257, int(v>>5&31)+1, int(v>>10)+4
	if nlen > 286 || ndist > 30 {
		return false, errTooMany
	}
	var lengths [320]uint8
	for i := 0; i < ncode; i++ {
		b, ok := z.bits(3)
		if !ok {
			return false, nil
		}
		lengths[clOrder[i]] = uint8(b)
	}
	var lencode huffman
	if lencode.build(lengths[:19]) != 0 {
		return false, errCodeLengths
	}
	for i := range lengths[:19] {
		lengths[i] = 0
	}
	for index := 0; index < nlen+ndist; {
		sym, ok, err := z.decode(&lencode)
		if err != nil {
			return false, errCodeLengths
		}
		if !ok {
			return false, nil
		}
		if sym < 16 {
			lengths[index] = uint8(sym)
			index++
			continue
		}
		var l uint8
		var rep uint32
		switch sym {
		case 16:
			if index == 0 {
				return false, errRepeat
			}
			l = lengths[index-1]
			b, ok := z.bits(2)
			if !ok {
				return false, nil
			}
			rep = 3 + b
		case 17:
			b, ok := z.bits(3)
			if !ok {
				return false, nil
			}
			rep = 3 + b
		default:
			b, ok := z.bits(7)
			if !ok {
				return false, nil
			}
			rep = 11 + b
		}
		if index+int(rep) > nlen+ndist {
			return false, errRepeat
		}
		for ; rep > 0; rep-- {
			lengths[index] = l
			index++
		}
	}
	if lengths[256] == 0 {
		return false, errMissingEOB
	}
	lc, dc := &huffman{}, &huffman{}
	if left := lc.build(lengths[:nlen]); left < 0 || left > 0 && nlen-int(lc.count[0]) != 1 {
		return false, errLitLen
	}
	if left := dc.build(lengths[nlen : nlen+ndist]); left < 0 || left > 0 && ndist-int(dc.count[0]) != 1 {
		return false, errDists
	}
	z.lencode, z.distcode = lc, dc
	z.stage = stCodes
	return true, nil
}

func (z *Inflater) storedBytes() bool {
	if z.stored == 0 {
		z.stage = stBlock
		return true
	}
	avail := len(z.in) - z.bp.pos
	if avail == 0 {
		return false
	}
	n := min(avail, z.stored, 1<<16)
	z.emit(z.in[z.bp.pos : z.bp.pos+n])
	z.bp.pos += n
	z.stored -= n
	return true
}

func (z *Inflater) symbol() (bool, error) {
	sym, ok, err := z.decode(z.lencode)
	if err != nil {
		return false, errLitCode
	}
	if !ok {
		return false, nil
	}
	if sym < 256 {
		z.out = append(z.out, byte(sym))
		z.hist = append(z.hist, byte(sym))
		z.total++
		z.trimHist()
		return true, nil
	}
	if sym == 256 {
		z.stage = stBlock
		return true, nil
	}
	sym -= 257
	if sym >= 29 {
		return false, errLitCode
	}
	e, ok := z.bits(uint(lengthExtra[sym]))
	if !ok {
		return false, nil
	}
	length := int(lengthBase[sym]) + int(e)
	ds, ok, err := z.decode(z.distcode)
	if err != nil || ok && ds >= 30 {
		return false, errDistCode
	}
	if !ok {
		return false, nil
	}
	e, ok = z.bits(uint(distExtra[ds]))
	if !ok {
		return false, nil
	}
	dist := int(distBase[ds]) + int(e)
	if dist > len(z.hist) {
		return false, errFarBack
	}
	start := len(z.hist) - dist
	for i := 0; i < length; i++ {
		z.hist = append(z.hist, z.hist[start+i])
	}
	z.out = append(z.out, z.hist[len(z.hist)-length:]...)
	z.total += int64(length)
	z.trimHist()
	return true, nil
}

func (z *Inflater) trailer() (bool, error) {
	z.flushSum()
	n, err := checkTrailer(z.in[z.bp.pos:], z.format, z.sum, z.total)
	if err == errNeedsInput {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	z.bp.pos += n
	z.stage = stDone
	return true, nil
}

// cloneSum copies a running checksum through its value.
func cloneSum(h hash.Hash32, format Format) hash.Hash32 {
	v := h.Sum32()
	if format == Gzip {
		return &crcSum{v}
	}
	return &adlerSum{v}
}

type crcSum struct{ v uint32 }

func (c *crcSum) Write(p []byte) (int, error) {
	c.v = crc32.Update(c.v, crc32.IEEETable, p)
	return len(p), nil
}
func (c *crcSum) Sum32() uint32 { return c.v }
func (c *crcSum) Sum(b []byte) []byte {
	return append(b, byte(c.v>>24), byte(c.v>>16), byte(c.v>>8), byte(c.v))
}
func (c *crcSum) Reset()         { c.v = 0 }
func (c *crcSum) Size() int      { return 4 }
func (c *crcSum) BlockSize() int { return 1 }

type adlerSum struct{ v uint32 }

func (a *adlerSum) Write(p []byte) (int, error) { a.v = Adler32(a.v, p); return len(p), nil }
func (a *adlerSum) Sum32() uint32               { return a.v }
func (a *adlerSum) Sum(b []byte) []byte {
	return append(b, byte(a.v>>24), byte(a.v>>16), byte(a.v>>8), byte(a.v))
}
func (a *adlerSum) Reset()         { a.v = 1 }
func (a *adlerSum) Size() int      { return 4 }
func (a *adlerSum) BlockSize() int { return 1 }
