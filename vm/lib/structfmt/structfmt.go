// Package structfmt parses the format strings of Python's struct module
// and converts IEEE 754 half-precision floats, as CPython 3.11's
// Modules/_struct.c and PyFloat_Pack2/Unpack2 do. Native mode ('@') has
// the sizes and alignments of Linux on amd64.
package structfmt

import (
	"errors"
	"math"
)

// The errors of Parse, with CPython's texts (all struct.error).
var (
	ErrBadChar      = errors.New("bad char in struct format")
	ErrRepeat       = errors.New("repeat count given without format specifier")
	ErrTooLong      = errors.New("total struct size too long")
	ErrEmbeddedNull = errors.New("embedded null character")
)

// Code is one format code of a parsed format: Repeat items of Size bytes
// each, the first at Offset. 's' and 'p' are one item of Size bytes.
type Code struct {
	Char   byte
	Offset int64
	Size   int64
	Repeat int64
}

// Format is a parsed struct format.
type Format struct {
	// Order is the byte-order character ('@' when none was given).
	Order byte
	// Size is the number of bytes of a packed struct; Len the number of
	// values it holds.
	Size, Len int64
	Codes     []Code
}

// Native reports whether the format has native sizes and alignment.
func (f *Format) Native() bool { return f.Order == '@' }

// LittleEndian reports whether the format's byte order is little-endian.
func (f *Format) LittleEndian() bool { return f.Order != '>' && f.Order != '!' }

type entry struct{ size, align int64 }

var nativeTable = map[byte]entry{
	'x': {1, 0}, 'b': {1, 0}, 'B': {1, 0}, 'c': {1, 0}, 's': {1, 0}, 'p': {1, 0},
	'h': {2, 2}, 'H': {2, 2}, 'i': {4, 4}, 'I': {4, 4}, 'l': {8, 8}, 'L': {8, 8},
	'n': {8, 8}, 'N': {8, 8}, 'q': {8, 8}, 'Q': {8, 8}, '?': {1, 1},
	'e': {2, 2}, 'f': {4, 4}, 'd': {8, 8}, 'P': {8, 8},
}

var standardTable = map[byte]entry{
	'x': {1, 0}, 'b': {1, 0}, 'B': {1, 0}, 'c': {1, 0}, 's': {1, 0}, 'p': {1, 0},
	'h': {2, 0}, 'H': {2, 0}, 'i': {4, 0}, 'I': {4, 0}, 'l': {4, 0}, 'L': {4, 0},
	'q': {8, 0}, 'Q': {8, 0}, '?': {1, 0}, 'e': {2, 0}, 'f': {4, 0}, 'd': {8, 0},
}

// EntrySize is the size of one item of code c in the format's mode.
func (f *Format) EntrySize(c byte) int64 {
	if f.Native() {
		return nativeTable[c].size
	}
	return standardTable[c].size
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// Parse parses a format given as its ASCII bytes.
func Parse(s []byte) (*Format, error) {
	for _, c := range s {
		if c == 0 {
			return nil, ErrEmbeddedNull
		}
	}
	f := &Format{Order: '@'}
	table := nativeTable
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<', '>', '!':
			f.Order = s[0]
			table = standardTable
			s = s[1:]
		}
	}
	var size, n int64
	i := 0
	for i < len(s) {
		c := s[i]
		i++
		if isSpace(c) {
			continue
		}
		num := int64(1)
		if '0' <= c && c <= '9' {
			num = int64(c - '0')
			for {
				if i >= len(s) {
					return nil, ErrRepeat
				}
				c = s[i]
				i++
				if c < '0' || c > '9' {
					break
				}
				d := int64(c - '0')
				if num >= math.MaxInt64/10 && (num > math.MaxInt64/10 || d > math.MaxInt64%10) {
					return nil, ErrTooLong
				}
				num = num*10 + d
			}
		}
		e, ok := table[c]
		if !ok {
			return nil, ErrBadChar
		}
		if e.align > 0 && size > 0 {
			extra := (e.align - 1) - (size-1)%e.align
			if extra > math.MaxInt64-size {
				return nil, ErrTooLong
			}
			size += extra
		}
		if num > (math.MaxInt64-size)/e.size {
			return nil, ErrTooLong
		}
		switch c {
		case 's', 'p':
			n++
			f.Codes = append(f.Codes, Code{Char: c, Offset: size, Size: num, Repeat: 1})
		case 'x':
		default:
			n += num
			if num > 0 {
				f.Codes = append(f.Codes, Code{Char: c, Offset: size, Size: e.size, Repeat: num})
			}
		}
		size += num * e.size
	}
	f.Size, f.Len = size, n
	return f, nil
}

// PackHalf converts x to IEEE 754 binary16 bits, rounding half to even;
// ok is false when x is finite but too large for the format.
func PackHalf(x float64) (bits uint16, ok bool) {
	var sign, e uint16
	var m uint16
	switch {
	case x == 0:
		if math.Signbit(x) {
			sign = 1
		}
	case math.IsInf(x, 0):
		if x < 0 {
			sign = 1
		}
		e = 0x1f
	case math.IsNaN(x):
		if math.Signbit(x) {
			sign = 1
		}
		e, m = 0x1f, 512
	default:
		if x < 0 {
			sign = 1
			x = -x
		}
		f, exp := math.Frexp(x)
		f *= 2
		exp--
		var ee int
		switch {
		case exp >= 16:
			return 0, false
		case exp < -25:
			f, ee = 0, 0
		case exp < -14:
			f, ee = math.Ldexp(f, 14+exp), 0
		default:
			ee = exp + 15
			f -= 1
		}
		f *= 1024
		mb := uint16(f)
		f -= float64(mb)
		if f > 0.5 || (f == 0.5 && mb%2 == 1) {
			mb++
			if mb == 1024 {
				mb = 0
				ee++
				if ee == 31 {
					return 0, false
				}
			}
		}
		e, m = uint16(ee), mb
	}
	return sign<<15 | e<<10 | m, true
}

// UnpackHalf converts IEEE 754 binary16 bits to a float64.
func UnpackHalf(bits uint16) float64 {
	sign := bits >> 15
	e := int(bits>>10) & 0x1f
	m := bits & 0x3ff
	if e == 0x1f {
		if m == 0 {
			if sign != 0 {
				return math.Inf(-1)
			}
			return math.Inf(1)
		}
		nan := math.NaN()
		if sign != 0 {
			return math.Copysign(nan, -1)
		}
		return math.Copysign(nan, 1)
	}
	x := float64(m) / 1024
	if e == 0 {
		e = -14
	} else {
		x += 1
		e -= 15
	}
	x = math.Ldexp(x, e)
	if sign != 0 {
		x = -x
	}
	return x
}
