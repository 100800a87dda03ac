// Package ucd is the Unicode character database of CPython 3.11
// (Unicode 14.0.0, and the 3.2.0 database that idna and stringprep use):
// character properties, names and normalization, as the unicodedata
// module and str's predicates report them.
//
// The tables (tables_gen.go, from tools/genucd.py) are compressed and
// inflated on first use, each on its own: a program that never asks about
// a non-ASCII character never inflates any of them.
package ucd

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Record flags: the identifier predicates of str, str.isspace and the
// derived Lowercase and Uppercase properties (8 to 64 are normalization
// quick checks, see qcYes).
const (
	flagXIDStart    = 1
	flagXIDContinue = 2
	flagSpace       = 4
	flagLower       = 128
	flagUpper       = 256
)

// hexName is a range of code points whose names are prefix followed by the
// code point in hex (CJK UNIFIED IDEOGRAPH-4E00).
type hexName struct {
	lo, hi rune
	prefix string
}

// record is the properties of one character.
type record struct {
	cat, bidi, comb, eaw, mirrored uint8
	decimal, digit                 uint8 // 255: none
	numeric                        uint16
	flags                          uint16
}

// table is the per-code-point records of one version of the database.
type table struct {
	once     sync.Once
	blob     string
	records  []record
	numerics []float64
	index1   []uint16
	index2   []uint16
}

// inflate decodes one of the generated blobs.
func inflate(blob string) []byte {
	raw, err := base64.StdEncoding.DecodeString(blob)
	if err != nil {
		panic("ucd: corrupt table: " + err.Error())
	}
	out, err := io.ReadAll(flate.NewReader(bytes.NewReader(raw)))
	if err != nil {
		panic("ucd: corrupt table: " + err.Error())
	}
	return out
}

// reader walks an inflated blob.
type reader struct {
	b []byte
	i int
}

func (r *reader) byte() uint8 {
	c := r.b[r.i]
	r.i++
	return c
}

func (r *reader) uvarint() int {
	n, shift := 0, 0
	for {
		c := r.byte()
		n |= int(c&0x7F) << shift
		if c < 0x80 {
			return n
		}
		shift += 7
	}
}

func (r *reader) string(n int) string {
	s := string(r.b[r.i : r.i+n])
	r.i += n
	return s
}

func (t *table) load() {
	r := &reader{b: inflate(t.blob)}
	t.records = make([]record, r.uvarint())
	for i := range t.records {
		rec := &t.records[i]
		rec.cat, rec.bidi, rec.comb, rec.eaw = r.byte(), r.byte(), r.byte(), r.byte()
		rec.mirrored, rec.decimal, rec.digit = r.byte(), r.byte(), r.byte()
		rec.numeric = uint16(r.uvarint())
		rec.flags = uint16(r.uvarint())
	}
	t.numerics = make([]float64, r.uvarint()+1)
	for i := 1; i < len(t.numerics); i++ {
		f, err := strconv.ParseFloat(r.string(r.uvarint()), 64)
		if err != nil {
			panic("ucd: corrupt table: " + err.Error())
		}
		t.numerics[i] = f
	}
	t.index2 = make([]uint16, r.uvarint()<<blockShift)
	for i := range t.index2 {
		t.index2[i] = uint16(r.uvarint())
	}
	t.index1 = make([]uint16, 0x110000>>blockShift)
	for i := range t.index1 {
		t.index1[i] = uint16(r.uvarint())
	}
}

// get is the record of c (that of an unassigned code point when c is out
// of range).
func (t *table) get(c rune) *record {
	t.once.Do(t.load)
	if c < 0 || c >= 0x110000 {
		c = 0x10FFFF
	}
	b := int(t.index1[c>>blockShift])
	return &t.records[t.index2[b<<blockShift|int(c&(1<<blockShift-1))]]
}

var (
	props   = &table{blob: propsBlob}
	props32 = &table{blob: props32Blob}
)

// DB is one version of the database: unicodedata's module functions
// (Current) or the methods of unicodedata.ucd_3_2_0 (V320).
type DB struct {
	// Version is unidata_version.
	Version string
	t       *table
	old     bool
}

var (
	// Current is the Unicode 14.0.0 database.
	Current = &DB{Version: Version, t: props}
	// V320 is the Unicode 3.2.0 database of IDNA 2003 and stringprep.
	V320 = &DB{Version: "3.2.0", t: props32, old: true}
)

// Category is the general category of c ("Lu", "Cn").
func (db *DB) Category(c rune) string { return categoryNames[db.t.get(c).cat] }

// Bidirectional is the bidirectional class of c, "" if it has none.
func (db *DB) Bidirectional(c rune) string { return bidiNames[db.t.get(c).bidi] }

// Combining is the canonical combining class of c.
func (db *DB) Combining(c rune) int { return int(db.t.get(c).comb) }

// EastAsianWidth is the east asian width of c ("N", "W").
func (db *DB) EastAsianWidth(c rune) string { return eawNames[db.t.get(c).eaw] }

// Mirrored is 1 if c is mirrored in bidirectional text, else 0.
func (db *DB) Mirrored(c rune) int { return int(db.t.get(c).mirrored) }

// Decimal is the decimal value of c, if it has one.
func (db *DB) Decimal(c rune) (int, bool) {
	d := db.t.get(c).decimal
	return int(d), d != 255
}

// Digit is the digit value of c, if it has one.
func (db *DB) Digit(c rune) (int, bool) {
	d := db.t.get(c).digit
	return int(d), d != 255
}

// Numeric is the numeric value of c, if it has one.
func (db *DB) Numeric(c rune) (float64, bool) {
	n := db.t.get(c).numeric
	return db.t.numerics[n], n != 0
}

// assigned reports whether the database assigns c (for V320: whether c was
// assigned in Unicode 3.2.0).
func (db *DB) assigned(c rune) bool { return db.t.get(c).cat != 0 }

// Decomposition is the decomposition mapping of c as unicodedata prints it
// ("<compat> 0020 0308"), "" if it has none.
func (db *DB) Decomposition(c rune) string {
	if db.old && !db.assigned(c) {
		return ""
	}
	d, ok := decompositions()[c]
	if !ok {
		return ""
	}
	var b strings.Builder
	b.WriteString(decompPrefixes[d.prefix])
	for _, x := range d.runes {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(hex4(x))
	}
	return b.String()
}

// The predicates of str for the current database. Each answers ASCII
// without the tables.

// IsDecimal reports str.isdecimal for c.
func IsDecimal(c rune) bool { return DecimalValue(c) >= 0 }

// DecimalValue is the decimal value of c, -1 if c is not a decimal digit.
func DecimalValue(c rune) int {
	if c < 0x80 {
		if c >= '0' && c <= '9' {
			return int(c - '0')
		}
		return -1
	}
	if d := props.get(c).decimal; d != 255 {
		return int(d)
	}
	return -1
}

// IsDigit reports str.isdigit for c.
func IsDigit(c rune) bool {
	if c < 0x80 {
		return c >= '0' && c <= '9'
	}
	return props.get(c).digit != 255
}

// IsNumeric reports str.isnumeric for c.
func IsNumeric(c rune) bool {
	if c < 0x80 {
		return c >= '0' && c <= '9'
	}
	return props.get(c).numeric != 0
}

// IsPrintable reports str.isprintable for c: every category but the
// separators (Z*) and others (C*), and the ASCII space.
func IsPrintable(c rune) bool {
	if c < 0x80 {
		return c >= 0x20 && c < 0x7F
	}
	n := categoryNames[props.get(c).cat][0]
	return n != 'C' && n != 'Z'
}

// IsAlpha reports str.isalpha for c: the letter categories.
func IsAlpha(c rune) bool {
	if c < 0x80 {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	return categoryNames[props.get(c).cat][0] == 'L'
}

// IsSpace reports str.isspace for c.
func IsSpace(c rune) bool {
	if c < 0x80 {
		return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F
	}
	return props.get(c).flags&flagSpace != 0
}

// IsXIDStart reports whether c may start an identifier (XID_Start, or "_").
func IsXIDStart(c rune) bool {
	if c < 0x80 {
		return c == '_' || c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	return props.get(c).flags&flagXIDStart != 0
}

// IsXIDContinue reports whether c may continue an identifier (XID_Continue).
func IsXIDContinue(c rune) bool {
	if c < 0x80 {
		return c == '_' || c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9'
	}
	return props.get(c).flags&flagXIDContinue != 0
}

// IsLower reports the derived Lowercase property of c (str.islower of c
// alone).
func IsLower(c rune) bool {
	if c < 0x80 {
		return c >= 'a' && c <= 'z'
	}
	return props.get(c).flags&flagLower != 0
}

// IsUpper reports the derived Uppercase property of c.
func IsUpper(c rune) bool {
	if c < 0x80 {
		return c >= 'A' && c <= 'Z'
	}
	return props.get(c).flags&flagUpper != 0
}

// CategoryOf is the general category of c in the current database.
func CategoryOf(c rune) string { return categoryNames[props.get(c).cat] }

// Old reports whether db is the 3.2.0 database, which has no quick check,
// name aliases or named sequences.
func (db *DB) Old() bool { return db.old }
