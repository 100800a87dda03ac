// Package blake2 implements the BLAKE2b and BLAKE2s hash functions of
// RFC 7693 with every field of their parameter block: keys, salt,
// personalization and the tree-hashing parameters (fanout, depth, leaf
// size, node offset, node depth, inner size, last node), as CPython's
// _blake2 module offers them. golang.org/x/crypto's packages take a key
// but none of the other parameters.
package blake2

import (
	"errors"
	"hash"
)

// Params are the fields of a BLAKE2 parameter block. The zero value of a
// field is its default, except Fanout and Depth, which are 1 in a
// sequential hash (CPython's defaults).
type Params struct {
	DigestSize int    // 1 to Size of the variant
	Key        []byte // at most the variant's MaxKeySize bytes
	Salt       []byte // at most SaltSize bytes, zero-padded
	Person     []byte // at most PersonSize bytes, zero-padded
	Fanout     uint8
	Depth      uint8
	LeafSize   uint32
	NodeOffset uint64 // BLAKE2s has 48 bits of it
	NodeDepth  uint8
	InnerSize  uint8 // at most Size of the variant
	LastNode   bool  // the last node of a tree level: the final block sets f1 too
}

// The sizes of the two variants.
const (
	BSize       = 64  // BLAKE2b's largest digest and key, in bytes
	BBlockSize  = 128 // BLAKE2b's block
	BSaltSize   = 16  // BLAKE2b's salt and personalization
	SSize       = 32  // BLAKE2s's largest digest and key
	SBlockSize  = 64  // BLAKE2s's block
	SSaltSize   = 8   // BLAKE2s's salt and personalization
	sOffsetBits = 48  // the width of BLAKE2s's node offset
)

// ErrParams reports parameters out of the variant's range.
var ErrParams = errors.New("blake2: parameter out of range")

// word is the word of a variant: 64 bits for BLAKE2b, 32 for BLAKE2s.
type word interface{ ~uint32 | ~uint64 }

// variant holds what differs between BLAKE2b and BLAKE2s.
type variant[W word] struct {
	iv       [8]W
	rot      [4]int // the rotations of G
	rounds   int
	wordSize int // bytes of a word
	saltSize int
}

var bVariant = &variant[uint64]{
	iv: [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179},
	rot: [4]int{32, 24, 16, 63}, rounds: 12, wordSize: 8, saltSize: BSaltSize,
}

var sVariant = &variant[uint32]{
	iv:  [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
	rot: [4]int{16, 12, 8, 7}, rounds: 10, wordSize: 4, saltSize: SSaltSize,
}

// sigma is the message schedule: the order of the words in each round.
var sigma = [10][16]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

func (v *variant[W]) blockSize() int { return 16 * v.wordSize }
func (v *variant[W]) maxSize() int   { return 8 * v.wordSize }

// load reads a little-endian word.
func (v *variant[W]) load(b []byte) W {
	var w W
	for i := v.wordSize - 1; i >= 0; i-- {
		w = w<<8 | W(b[i])
	}
	return w
}

// store writes w little-endian.
func (v *variant[W]) store(b []byte, w W) {
	for i := 0; i < v.wordSize; i++ {
		b[i] = byte(w)
		w >>= 8
	}
}

// rotr rotates w right by n bits.
func (v *variant[W]) rotr(w W, n int) W {
	return w>>n | w<<(8*v.wordSize-n)
}

// paramBlock lays p out as the variant's parameter block.
func (v *variant[W]) paramBlock(p *Params) ([]byte, error) {
	max, salt := v.maxSize(), v.saltSize
	if p.DigestSize < 1 || p.DigestSize > max || len(p.Key) > max || len(p.Salt) > salt ||
		len(p.Person) > salt || int(p.InnerSize) > max ||
		v.wordSize == 4 && p.NodeOffset>>sOffsetBits != 0 {
		return nil, ErrParams
	}
	b := make([]byte, max)
	b[0], b[1], b[2], b[3] = byte(p.DigestSize), byte(len(p.Key)), p.Fanout, p.Depth
	for i := 0; i < 4; i++ {
		b[4+i] = byte(p.LeafSize >> (8 * i))
	}
	offsetLen := 8
	if v.wordSize == 4 {
		offsetLen = sOffsetBits / 8
	}
	for i := 0; i < offsetLen; i++ {
		b[8+i] = byte(p.NodeOffset >> (8 * i))
	}
	b[8+offsetLen], b[9+offsetLen] = p.NodeDepth, p.InnerSize
	copy(b[4*v.wordSize:], p.Salt)
	copy(b[4*v.wordSize+salt:], p.Person)
	return b, nil
}

// digest is the running state of one hash.
type digest[W word] struct {
	v        *variant[W]
	h        [8]W
	t        [2]W // bytes hashed, a double word
	buf      [BBlockSize]byte
	n        int // bytes in buf
	size     int
	lastNode bool
	h0       [8]W             // h after the parameter block, for Reset
	key      [BBlockSize]byte // the padded key block, for Reset
	keyed    bool
}

// NewB returns a BLAKE2b hash with parameters p, or ErrParams.
func NewB(p Params) (hash.Cloner, error) { return newDigest(bVariant, &p) }

// NewS returns a BLAKE2s hash with parameters p, or ErrParams.
func NewS(p Params) (hash.Cloner, error) { return newDigest(sVariant, &p) }

func newDigest[W word](v *variant[W], p *Params) (*digest[W], error) {
	block, err := v.paramBlock(p)
	if err != nil {
		return nil, err
	}
	d := &digest[W]{v: v, size: p.DigestSize, lastNode: p.LastNode, keyed: len(p.Key) > 0}
	for i := range d.h0 {
		d.h0[i] = v.iv[i] ^ v.load(block[i*v.wordSize:])
	}
	copy(d.key[:], p.Key)
	d.Reset()
	return d, nil
}

// Reset returns the hash to its state before any data was written.
func (d *digest[W]) Reset() {
	d.h, d.t, d.n = d.h0, [2]W{}, 0
	if d.keyed {
		// The key, padded to a block, is the first block of the data.
		d.n = copy(d.buf[:], d.key[:d.v.blockSize()])
	}
}

// Size is the digest's length in bytes.
func (d *digest[W]) Size() int { return d.size }

// BlockSize is the variant's block length in bytes.
func (d *digest[W]) BlockSize() int { return d.v.blockSize() }

// Clone returns an independent copy of the hash's state.
func (d *digest[W]) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}

// Write adds p to the data hashed. A full block stays buffered until
// more data comes, since the last block is compressed differently.
func (d *digest[W]) Write(p []byte) (int, error) {
	n, bs := len(p), d.v.blockSize()
	for len(p) > 0 {
		if d.n == bs {
			d.compress(d.buf[:bs], bs, false)
			d.n = 0
		}
		if d.n == 0 {
			for len(p) > bs {
				d.compress(p[:bs], bs, false)
				p = p[bs:]
			}
		}
		k := copy(d.buf[d.n:bs], p)
		d.n += k
		p = p[k:]
	}
	return n, nil
}

// Sum appends the digest of the data so far to b, leaving the state as
// it was.
func (d *digest[W]) Sum(b []byte) []byte {
	c := *d
	bs := c.v.blockSize()
	clear(c.buf[c.n:bs])
	c.compress(c.buf[:bs], c.n, true)
	out := make([]byte, c.v.maxSize())
	for i, w := range c.h {
		c.v.store(out[i*c.v.wordSize:], w)
	}
	return append(b, out[:c.size]...)
}

// compress mixes a block holding n bytes of data into the state; final
// marks the last block.
func (d *digest[W]) compress(block []byte, n int, final bool) {
	v := d.v
	d.t[0] += W(n)
	if d.t[0] < W(n) {
		d.t[1]++
	}
	var m [16]W
	for i := range m {
		m[i] = v.load(block[i*v.wordSize:])
	}
	var s [16]W
	copy(s[:8], d.h[:])
	copy(s[8:], v.iv[:])
	s[12] ^= d.t[0]
	s[13] ^= d.t[1]
	if final {
		s[14] = ^s[14]
		if d.lastNode {
			s[15] = ^s[15]
		}
	}
	for r := 0; r < v.rounds; r++ {
		o := &sigma[r%10]
		v.g(&s, 0, 4, 8, 12, m[o[0]], m[o[1]])
		v.g(&s, 1, 5, 9, 13, m[o[2]], m[o[3]])
		v.g(&s, 2, 6, 10, 14, m[o[4]], m[o[5]])
		v.g(&s, 3, 7, 11, 15, m[o[6]], m[o[7]])
		v.g(&s, 0, 5, 10, 15, m[o[8]], m[o[9]])
		v.g(&s, 1, 6, 11, 12, m[o[10]], m[o[11]])
		v.g(&s, 2, 7, 8, 13, m[o[12]], m[o[13]])
		v.g(&s, 3, 4, 9, 14, m[o[14]], m[o[15]])
	}
	for i := range d.h {
		d.h[i] ^= s[i] ^ s[i+8]
	}
}

// g is the mixing function G on words a, b, c, d of s with message words
// x and y.
func (v *variant[W]) g(s *[16]W, a, b, c, d int, x, y W) {
	s[a] += s[b] + x
	s[d] = v.rotr(s[d]^s[a], v.rot[0])
	s[c] += s[d]
	s[b] = v.rotr(s[b]^s[c], v.rot[1])
	s[a] += s[b] + y
	s[d] = v.rotr(s[d]^s[a], v.rot[2])
	s[c] += s[d]
	s[b] = v.rotr(s[b]^s[c], v.rot[3])
}
