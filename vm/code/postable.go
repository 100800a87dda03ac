package code

import "encoding/binary"

// PosTable holds the source positions of a code object's instructions,
// packed: each position is stored as varints relative to the one before
// it (most instructions stay on the line of the previous one, with small
// columns), in blocks of posBlock instructions whose start is indexed, so
// that At decodes at most a block. A position takes four to six bytes
// instead of Position's sixteen; the positions of every module a program
// imports stay in memory as long as it runs.
type PosTable struct {
	data   []byte
	blocks []uint32 // offset in data of positions 0, posBlock, 2*posBlock, ...
	n      int
}

// posBlock is how many positions a PosTable decodes at most to find one:
// f_lineno, tracebacks and line events look positions up one at a time
// (logging reads f_lineno for every record).
const posBlock = 4

// NewPosTable packs positions.
func NewPosTable(ps []Position) PosTable {
	if ps == nil {
		return PosTable{}
	}
	t := PosTable{n: len(ps), blocks: make([]uint32, 0, (len(ps)+posBlock-1)/posBlock)}
	data := make([]byte, 0, 5*len(ps))
	var prev Position
	for i, p := range ps {
		if i%posBlock == 0 {
			t.blocks = append(t.blocks, uint32(len(data)))
			prev = Position{}
		}
		data = binary.AppendVarint(data, int64(p.Line)-int64(prev.Line))
		data = binary.AppendVarint(data, int64(p.EndLine)-int64(p.Line))
		data = binary.AppendVarint(data, int64(p.Col))
		data = binary.AppendVarint(data, int64(p.EndCol)-int64(p.Col))
		prev = p
	}
	t.data = append([]byte(nil), data...)
	return t
}

// Len returns the number of positions.
func (t PosTable) Len() int { return t.n }

// IsNil reports whether the table was made from nil positions (code
// without them, as some tests build).
func (t PosTable) IsNil() bool { return t.blocks == nil }

// At returns position pc; pc must be in [0, Len()).
func (t PosTable) At(pc int) Position {
	off := int(t.blocks[pc/posBlock])
	var p Position
	for i := pc - pc%posBlock; ; i++ {
		p, off = t.decode(off, p)
		if i == pc {
			return p
		}
	}
}

// Line returns the line of position pc; pc must be in [0, Len()). It
// reads only the line deltas, stepping over the other fields.
func (t PosTable) Line(pc int) int {
	off := int(t.blocks[pc/posBlock])
	line := int64(0)
	for i := pc - pc%posBlock; ; i++ {
		var d int64
		d, off = t.varint(off)
		line += d
		if i == pc {
			return int(line)
		}
		off = t.skipVarints(off, 3)
	}
}

// skipVarints returns the offset after the n varints at data[off:].
func (t PosTable) skipVarints(off, n int) int {
	for ; n > 0; off++ {
		if t.data[off] < 0x80 {
			n--
		}
	}
	return off
}

// decode reads the position at data[off:] that follows prev.
func (t PosTable) decode(off int, prev Position) (Position, int) {
	var v [4]int64
	for k := range v {
		v[k], off = t.varint(off)
	}
	line := int64(prev.Line) + v[0]
	return Position{Line: int32(line), EndLine: int32(line + v[1]), Col: int32(v[2]), EndCol: int32(v[2] + v[3])}, off
}

// varint reads the varint at data[off:], most often a single byte.
func (t PosTable) varint(off int) (int64, int) {
	if b := t.data[off]; b < 0x80 {
		return int64(b>>1) ^ -int64(b&1), off + 1
	}
	x, n := binary.Varint(t.data[off:])
	return x, off + n
}

// All returns every position, unpacked.
func (t PosTable) All() []Position {
	if t.IsNil() {
		return nil
	}
	ps := make([]Position, t.n)
	off := 0
	var p Position
	for i := range ps {
		if i%posBlock == 0 {
			p = Position{}
		}
		p, off = t.decode(off, p)
		ps[i] = p
	}
	return ps
}
