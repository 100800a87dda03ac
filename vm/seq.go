package vm

// str, bytes, list, tuple, set, range and slice objects.

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
	"unsafe"
	"weak"
)

// Str is a Python str: a Go string (UTF-8) with cached hash and, for
// non-ASCII text, a cached rune slice for O(1) indexing.
type Str struct {
	s      string
	hash   int64
	hashed bool
	ascii  int8 // 0 unknown, 1 ASCII, 2 not
	// shared is set by freeze: interpreters running at once may read s,
	// so Runes no longer caches.
	shared bool
	// concat marks a str made by concatenation, and buf is the buffer with
	// room to grow behind one made from another such str (concatStr).
	concat bool
	buf    *strBuf
	// runes caches the code points of a non-ASCII str that is indexed.
	// The two pointers keep the struct at 48 bytes, a size class of its
	// own, since most strs need neither.
	runes *strRunes
}

// strBuf is the byte buffer behind strs made by repeated concatenation:
// its used part is the text of the longest of them, each of which is a
// prefix of it, and the bytes of a prefix never change. A str whose text
// is the whole used part is extended in place, into the spare capacity,
// so that a loop of `s += t` costs amortized linear time, where copying
// s each time would be quadratic (CPython resizes an unshared str in
// place to the same end). Concatenation runs under the interpreter lock,
// and strs shared between interpreters are never extended.
type strBuf struct{ b []byte }

// concatStr returns x + y. A concatenation that extends the longest str
// of a buffer with room appends to it; otherwise the result has the exact
// size, unless grow is set (an augmented assignment, or an assignment of
// the result to the variable that held x: `s += t`, `s = s + t`) and x was
// itself made by concatenation, when the result gets a buffer with as
// much room again. So a str built in a loop grows in place, while one
// made from several parts at once (`a + b + c`) keeps no spare room.
func (th *Thread) concatStr(x, y *Str, grow bool) (*Str, error) {
	n := len(x.s) + len(y.s)
	r := &Str{concat: true}
	if x.ascii == 2 || y.ascii == 2 {
		r.ascii = 2
	} else if x.ascii == 1 && y.ascii == 1 {
		r.ascii = 1
	}
	if buf := x.buf; buf != nil && !x.shared && len(buf.b) == len(x.s) && cap(buf.b)-len(buf.b) >= len(y.s) &&
		unsafe.StringData(x.s) == unsafe.SliceData(buf.b) {
		buf.b = append(buf.b, y.s...)
		r.s, r.buf = unsafe.String(unsafe.SliceData(buf.b), n), buf
		return r, nil
	}
	if !grow || !x.concat || x.shared || n < 64 {
		if err := th.alloc(int64(n)); err != nil {
			return nil, err
		}
		r.s = x.s + y.s
		return r, nil
	}
	if err := th.alloc(2 * int64(n)); err != nil {
		return nil, err
	}
	b := make([]byte, n, 2*n)
	copy(b[copy(b, x.s):], y.s)
	r.s, r.buf = unsafe.String(unsafe.SliceData(b), n), &strBuf{b: b}
	return r, nil
}

// Type implements Object.
func (*Str) Type() *Type { return StrType }

// NewStr returns a str object.
func NewStr(s string) *Str { return &Str{s: s} }

// String returns a str value. Every empty str is the same object, as in
// CPython.
func String(s string) Value {
	if s == "" {
		return Obj(emptyStr)
	}
	return Obj(NewStr(s))
}

// emptyStr is the empty str.
var emptyStr = intern("")

// String returns the Go string.
func (s *Str) String() string { return s.s }

func (s *Str) isASCII() bool {
	if s.ascii == 0 {
		s.ascii = 1
		for i := 0; i < len(s.s); i++ {
			if s.s[i] >= utf8.RuneSelf {
				s.ascii = 2
				break
			}
		}
	}
	return s.ascii == 1
}

// freeze computes everything s caches lazily (its hash, whether it is
// ASCII, its code points), so that s can be shared by interpreters
// running at once: an interned str, or one in the dict of a builtin type.
// Reading s then writes nothing. The code points of an ASCII str are its
// bytes, which callers read directly; they are decoded for the rare
// caller that asks, and not kept (most frozen strs are ASCII names and
// docstrings, whose runes would take four bytes a character).
func (s *Str) freeze() {
	s.Hash()
	if !s.isASCII() {
		s.Runes()
	}
	s.shared = true
}

// Len returns the length in code points.
func (s *Str) Len() int {
	if s.isASCII() {
		return len(s.s)
	}
	return len(s.Runes())
}

// strRunes is what a non-ASCII str caches to be indexed by code point:
// the code points, and the byte offset of every offsetStride-th of them,
// made when a search method first needs one.
type strRunes struct {
	rs   []rune
	offs []int32
}

// offsetStride is how many code points apart strRunes.offs records the
// byte offsets.
const offsetStride = 32

// Runes returns the code points.
func (s *Str) Runes() []rune {
	if s.runes == nil {
		rs := decodeRunes(s.s)
		if s.shared {
			return rs
		}
		s.runes = &strRunes{rs: rs}
	}
	return s.runes.rs
}

// byteIndex returns the byte offset in s.s of code point i, for 0 <= i <=
// s.Len(): at most offsetStride code points are walked from a recorded
// offset, so that the search methods' start and end arguments cost no
// more than constant time on a long str.
func (s *Str) byteIndex(i int) int {
	if s.isASCII() {
		return i
	}
	j, k := 0, 0
	if s.Runes(); s.runes != nil && len(s.s) < 1<<31 {
		c := s.runes
		if c.offs == nil {
			c.offs = make([]int32, 0, len(c.rs)/offsetStride+1)
			for b, n := 0, 0; b <= len(s.s); n++ {
				if n%offsetStride == 0 {
					c.offs = append(c.offs, int32(b))
				}
				if b == len(s.s) {
					break
				}
				b += utf8LeadLen(s.s[b])
			}
		}
		j, k = int(c.offs[i/offsetStride]), i/offsetStride*offsetStride
	}
	for ; k < i && j < len(s.s); k++ {
		j += utf8LeadLen(s.s[j])
	}
	return j
}

// utf8LeadLen is the length of the UTF-8 sequence that starts with byte c
// (an encoded surrogate included).
func utf8LeadLen(c byte) int {
	switch {
	case c < 0xC0:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// decodeRunes decodes UTF-8, keeping encoded surrogates as their code points.
func decodeRunes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			out = append(out, rune(c))
			i++
			continue
		}
		if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			out = append(out, rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// encodeRunes encodes code points as UTF-8 (surrogates included).
func encodeRunes(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			b = append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// codePoints returns the length of s in code points, an encoded
// surrogate counting as one.
func codePoints(s string) int {
	if utf8.ValidString(s) {
		return utf8.RuneCountInString(s)
	}
	return len(decodeRunes(s))
}

// writeCodePoint appends code point r to b encoded as encodeRunes does
// (surrogates included).
func writeCodePoint(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

// Hash returns the str's hash.
func (s *Str) Hash() int64 {
	if !s.hashed {
		s.hash = strHash(s.s)
		s.hashed = true
	}
	return s.hash
}

// Bytes is a Python bytes or bytearray object.
type Bytes struct {
	b       []byte
	mutable bool                       // bytearray
	ownsCap bool                       // b's spare capacity was made by appendBytes for this bytearray alone
	pins    int32                      // exports by a running method (join)
	views   []weak.Pointer[MemoryView] // memoryviews exporting a bytearray
	// alloc is the size CPython's bytearray would have allocated
	// (__alloc__), following its growth policy; 0 for a bytearray made
	// at its size, which has one byte more (none when empty). For a
	// bytes, it is the size of the concatenation buffer b starts
	// (concatBytes), 0 for none.
	alloc int
	// concat marks a bytes made by concatenation.
	concat bool
}

// bytesTrailer is the size of the count at the end of a bytes
// concatenation buffer: how many of its bytes the longest bytes made from
// it uses.
const bytesTrailer = 8

// concatBytes returns x + y as concatStr does for str (grow is set by
// `b += t`): a buffer with room has a trailer that counts the bytes the
// longest bytes made from it uses. A bytes made from a buffer has no
// spare capacity in its slice, so no other code can append into the
// buffer. A bytearray's result is a new bytearray.
func (th *Thread) concatBytes(x *Bytes, y []byte, grow bool) (*Bytes, error) {
	n := len(x.b) + len(y)
	if !x.mutable && x.alloc > 0 {
		buf := unsafe.Slice(unsafe.SliceData(x.b), x.alloc)
		room := x.alloc - bytesTrailer
		if binary.LittleEndian.Uint64(buf[room:]) == uint64(len(x.b)) && n <= room {
			copy(buf[len(x.b):n], y)
			binary.LittleEndian.PutUint64(buf[room:], uint64(n))
			return &Bytes{b: buf[:n:n], alloc: x.alloc, concat: true}, nil
		}
	}
	if !grow || x.mutable || !x.concat || n < 64 {
		if err := th.alloc(int64(n)); err != nil {
			return nil, err
		}
		nb := make([]byte, n)
		copy(nb[copy(nb, x.b):], y)
		return &Bytes{b: nb, mutable: x.mutable, concat: !x.mutable}, nil
	}
	size := 2*n + bytesTrailer
	if err := th.alloc(int64(size)); err != nil {
		return nil, err
	}
	buf := make([]byte, size)
	copy(buf[copy(buf, x.b):], y)
	binary.LittleEndian.PutUint64(buf[2*n:], uint64(n))
	return &Bytes{b: buf[:n:n], alloc: size, concat: true}, nil
}

// Type implements Object.
func (b *Bytes) Type() *Type {
	if b.mutable {
		return ByteArrayType
	}
	return BytesType
}

// List is a Python list.
type List struct {
	items []Value
}

// Type implements Object.
func (*List) Type() *Type { return ListType }

// removeAt removes item i. The first item of a list longer than 32 goes
// by moving the start of the slice past it, in constant time, so that a
// list used as a queue (`pop(0)`, `del l[0]`) does not move its items
// each time; the array's room before the start comes back when the list
// next grows. A short list moves its few items and keeps its array (a
// sliding window of appends and pop(0)s makes no garbage).
func (l *List) removeAt(i int) {
	if i == 0 && len(l.items) > 32 {
		l.items[0] = Value{}
		l.items = l.items[1:]
		return
	}
	copy(l.items[i:], l.items[i+1:])
	l.items[len(l.items)-1] = Value{}
	l.items = l.items[:len(l.items)-1]
}

// NewList returns a list holding items (not copied).
func NewList(items []Value) *List { return &List{items: items} }

// push appends v. A list with no room at all gets room for four items,
// as CPython's list_resize gives, so that a list built up by appending a
// few items is allocated once rather than at one, two and four.
func (l *List) push(v Value) {
	if cap(l.items) == 0 {
		items := make([]Value, 1, 4)
		items[0] = v
		l.items = items
		return
	}
	l.items = append(l.items, v)
}

// Lists created with up to eight items are allocated with their items
// in one block (one allocation instead of two); a list that outgrows the
// block moves its items out and leaves the block unused.
type (
	list2 struct {
		l List
		a [2]Value
	}
	list4 struct {
		l List
		a [4]Value
	}
	list8 struct {
		l List
		a [8]Value
	}
)

// newListN returns a list of n Null items for the caller to fill before
// the list is seen by anything else.
func newListN(n int) *List {
	switch {
	case n == 0:
		return &List{}
	case n <= 2:
		x := &list2{}
		x.l.items = x.a[:n:n]
		return &x.l
	case n <= 4:
		x := &list4{}
		x.l.items = x.a[:n:n]
		return &x.l
	case n <= 8:
		x := &list8{}
		x.l.items = x.a[:n:n]
		return &x.l
	}
	return &List{items: make([]Value, n)}
}

// listCopyOf returns a list of a copy of items.
func listCopyOf(items []Value) *List {
	l := newListN(len(items))
	copy(l.items, items)
	return l
}

// Items returns the list's items (shared).
func (l *List) Items() []Value { return l.items }

// Tuple is a Python tuple.
type Tuple struct {
	items []Value
}

// Type implements Object.
func (*Tuple) Type() *Type { return TupleType }

// NewTuple returns a tuple holding items (not copied).
func NewTuple(items []Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{items: items}
}

// tupleCopy returns a tuple of a copy of items.
func tupleCopy(items []Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	t := newTupleN(len(items))
	copy(t.items, items)
	return t
}

// TupleOf returns a tuple value of the given items (copied).
func TupleOf(items ...Value) Value {
	if len(items) == 0 {
		return Obj(emptyTuple)
	}
	t := newTupleN(len(items))
	copy(t.items, items)
	return Obj(t)
}

// Tuples of up to eight items are allocated with their items in one
// block: a tuple costs one allocation instead of two.
type (
	tuple1 struct {
		t Tuple
		a [1]Value
	}
	tuple2 struct {
		t Tuple
		a [2]Value
	}
	tuple3 struct {
		t Tuple
		a [3]Value
	}
	tuple4 struct {
		t Tuple
		a [4]Value
	}
	tuple6 struct {
		t Tuple
		a [6]Value
	}
	tuple8 struct {
		t Tuple
		a [8]Value
	}
)

// newTupleN returns a tuple of n (> 0) Null items for the caller to fill
// before the tuple is seen by anything else.
func newTupleN(n int) *Tuple {
	switch {
	case n == 1:
		x := &tuple1{}
		x.t.items = x.a[:]
		return &x.t
	case n == 2:
		x := &tuple2{}
		x.t.items = x.a[:]
		return &x.t
	case n == 3:
		x := &tuple3{}
		x.t.items = x.a[:]
		return &x.t
	case n == 4:
		x := &tuple4{}
		x.t.items = x.a[:]
		return &x.t
	case n <= 6:
		x := &tuple6{}
		x.t.items = x.a[:n:n]
		return &x.t
	case n <= 8:
		x := &tuple8{}
		x.t.items = x.a[:n:n]
		return &x.t
	}
	return &Tuple{items: make([]Value, n)}
}

// tupleCopyOf returns a tuple of a copy of items.
func tupleCopyOf(items []Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	t := newTupleN(len(items))
	copy(t.items, items)
	return t
}

var emptyTuple = &Tuple{}

// Items returns the tuple's items (shared; do not modify).
func (t *Tuple) Items() []Value { return t.items }

// Range is a range object (see rangeobj.go). Its bounds are start, stop
// and step when big is nil.
type Range struct {
	start, stop, step int64
	big               *bigRange
}

// Type implements Object.
func (*Range) Type() *Type { return RangeType }

// Slice is a slice object.
type Slice struct {
	Start, Stop, Step Value
}

// Type implements Object.
func (*Slice) Type() *Type { return SliceType }

// Set is a Python set or frozenset, a hash table with CPython's probing
// (linear probes, then perturbation) so iteration order matches CPython.
type Set struct {
	table  []setEntry
	fill   int
	used   int
	finger int // where set.pop resumes its scan
	frozen bool
	// lenOnly marks a set made by set(x) or frozenset(x) whose only use
	// is the len() call its value goes straight to (see lenOnlySet).
	lenOnly bool
	hash    int64
	hashed  bool
	// spare is a table, cleared, that resize takes instead of making one
	// of its size: a recycled set keeps the one it had (see recycleSet).
	spare []setEntry
	// small is the first table, as CPython's smalltable: a set of up to
	// four elements takes one allocation.
	small [minSetSize]setEntry
}

// setEntry is a slot of a set's table: 24 bytes, as an element is. An
// int, float or bool element keeps its payload in n and its hash is
// computed again when needed (cheaply: hashInt, hashFloat); any other
// element's Value has no payload (n is 0), so n holds its hash instead.
type setEntry struct {
	o Object // nil: never used; setDummy: removed
	n uint64
}

// setDummy marks the key of a removed entry, whose slot probing must
// pass over. Its hash is -1, which no key's hash is.
type setDummy struct{}

// Type implements Object.
func (setDummy) Type() *Type { return ObjectType }

var deadEntry = setEntry{o: setDummy{}, n: ^uint64(0)}

// newSetEntry returns the slot for key, whose hash is h.
func newSetEntry(key Value, h int64) setEntry {
	switch key.o.(type) {
	case intTag, floatTag, boolTag:
		return setEntry{o: key.o, n: key.n}
	}
	return setEntry{o: key.o, n: uint64(h)}
}

// key returns the element in e.
func (e *setEntry) key() Value {
	switch e.o.(type) {
	case intTag, floatTag, boolTag:
		return Value{o: e.o, n: e.n}
	}
	return Value{o: e.o}
}

// hash returns the hash of the element in e, -1 for a removed entry.
func (e *setEntry) hash() int64 {
	switch e.o.(type) {
	case intTag, boolTag:
		return hashInt(int64(e.n))
	case floatTag:
		h, _ := hashUnboxed(Value{o: e.o, n: e.n})
		return h
	}
	return int64(e.n)
}

// live reports whether e holds an element.
func (e *setEntry) live() bool {
	if e.o == nil {
		return false
	}
	_, dead := e.o.(setDummy)
	return !dead
}

// isDummy reports whether e is a removed entry.
func (e *setEntry) isDummy() bool {
	_, dead := e.o.(setDummy)
	return dead
}

// Type implements Object.
func (s *Set) Type() *Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// minSetSize is the size of a set's first table (Set.small), taken at the
// first insertion.
const minSetSize = 8

const linearProbes = 9

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

func (s *Set) lookup(th *Thread, key Value, h int64) (int, error) {
	if _, ok := key.o.(intTag); ok {
		if i, done := s.lookupInt(key.n, h); done {
			return i, nil
		}
	}
restart:
	if len(s.table) == 0 {
		return -1, nil
	}
	table := s.table
	mask := uint64(len(table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &table[i+j]
			if e.o == nil {
				return -1, nil
			}
			if e.hash() == h { // never a dummy: hashes are never -1
				start := e.key()
				if start.Is(key) {
					return int(i + j), nil
				}
				eq, err := th.eqForDict(start, key)
				if err != nil {
					return -1, err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || !e.key().Is(start) {
					goto restart // __eq__ changed the set
				}
				if eq {
					return int(i + j), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// lookupInt is lookup for an unboxed int key n of hash h, with no hash
// computed again for the ints it passes over: two unboxed ints are equal
// exactly when their payloads are. It gives up (done false) at the first
// entry of another kind whose hash is h (a float, a bool, an object with
// its own __eq__), which only lookup can compare.
func (s *Set) lookupInt(n uint64, h int64) (i int, done bool) {
	table := s.table
	if len(table) == 0 {
		return -1, true
	}
	mask := uint64(len(table) - 1)
	j := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := uint64(0)
		if j+linearProbes <= mask {
			probes = linearProbes
		}
		for k := uint64(0); k <= probes; k++ {
			e := &table[j+k]
			if e.o == nil {
				return -1, true
			}
			if _, isInt := e.o.(intTag); isInt {
				if e.n == n {
					return int(j + k), true
				}
				continue
			}
			if e.hash() == h {
				return 0, false
			}
		}
		perturb >>= 5
		j = (j*5 + 1 + perturb) & mask
	}
}

// Contains reports whether key is in s.
func (s *Set) Contains(th *Thread, key Value) (bool, error) {
	h, err := th.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(th, key, h)
	return i >= 0, err
}

// frozenKey returns, for the error of a set operation on key, the key to
// retry it with: a set that is unhashable is looked up as a frozenset by
// set's __contains__, remove and discard.
func frozenKey(key Value, err error) (Value, bool) {
	e, ok := err.(*Exception)
	ks, isSet := unwrap(key).o.(*Set)
	if !ok || !e.typ.IsSubtype(TypeErrorType) || !isSet || ks.frozen {
		return Null, false
	}
	return Obj(ks.copySet(true)), true
}

// containsKey is key in s: Contains, with a set key looked up as a
// frozenset.
func (s *Set) containsKey(th *Thread, key Value) (bool, error) {
	ok, err := s.Contains(th, key)
	if k, retry := frozenKey(key, err); retry {
		return s.Contains(th, k)
	}
	return ok, err
}

// discardKey is Discard, with a set key looked up as a frozenset.
func (s *Set) discardKey(th *Thread, key Value) (bool, error) {
	ok, err := s.Discard(th, key)
	if k, retry := frozenKey(key, err); retry {
		return s.Discard(th, k)
	}
	return ok, err
}

// Add inserts key.
func (s *Set) Add(th *Thread, key Value) error {
	h, err := th.Hash(key)
	if err != nil {
		return err
	}
	return s.addHashed(th, key, h)
}

func (s *Set) addHashed(th *Thread, key Value, h int64) error {
restart:
	if len(s.table) == 0 {
		s.table = s.small[:]
	}
	table := s.table
	mask := uint64(len(table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &table[i+j]
			if e.o == nil {
				if free >= 0 { // a dummy slot passed over
					table[free] = newSetEntry(key, h)
					s.used++
					return nil
				}
				*e = newSetEntry(key, h)
				s.fill++
				s.used++
				if uint64(s.fill)*5 >= mask*3 {
					n := s.used * 4
					if s.used > 50000 {
						n = s.used * 2
					}
					s.resize(n)
				}
				return nil
			}
			eh := e.hash()
			if eh == -1 {
				free = int(i + j) // as CPython 3.11: the last one seen
				continue
			}
			if eh == h {
				start := e.key()
				if start.Is(key) {
					return nil
				}
				eq, err := th.eqForDict(start, key)
				if err != nil {
					return err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || !e.key().Is(start) {
					goto restart // __eq__ changed the set
				}
				if eq {
					return nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) resize(minUsed int) {
	size := minSetSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	switch {
	case size == minSetSize && len(old) == 0:
		s.table = s.small[:]
	case len(s.spare) == size:
		s.table, s.spare = s.spare, nil
	default:
		s.table = make([]setEntry, size)
	}
	s.fill = s.used
	for _, e := range old {
		if e.live() {
			s.insertClean(e)
		}
	}
	if len(old) > 0 && &old[0] == &s.small[0] {
		clear(s.small[:]) // the first table holds no references once left
	}
}

// dropDummies ends a difference update as CPython's does: a table more
// than a quarter of whose slots hold removed elements is made anew.
func (s *Set) dropDummies() {
	if len(s.table) == 0 || s.fill-s.used <= (len(s.table)-1)/4 {
		return
	}
	n := s.used * 4
	if s.used > 50000 {
		n = s.used * 2
	}
	s.resize(n)
}

// become makes s hold the elements of r, a set no one else refers to,
// keeping s's kind (set or frozenset). When r's table is its small one,
// s takes the copy in its own.
func (s *Set) become(r *Set) {
	frozen := s.frozen
	*s = *r
	if len(r.table) > 0 && &r.table[0] == &r.small[0] {
		s.table = s.small[:]
	}
	s.frozen = frozen
}

// Discard removes key, reporting whether it was present.
func (s *Set) Discard(th *Thread, key Value) (bool, error) {
	h, err := th.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(th, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = deadEntry
	s.used--
	return true, nil
}

// Elems returns the elements in iteration order.
func (s *Set) Elems() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.live() {
			out = append(out, e.key())
		}
	}
	return out
}

// copySet returns a copy built as CPython's make_new_set does.
func (s *Set) copySet(frozen bool) *Set {
	n := NewSet()
	n.frozen = frozen
	n.mergeInto(s)
	return n
}

// merge adds the elements of o, following CPython's set_merge so that the
// resulting table layout (and iteration order) is identical.
func (s *Set) merge(th *Thread, o *Set) error {
	if s.fill == 0 || o == s || o.used == 0 {
		s.mergeInto(o)
		return nil
	}
	mask := len(s.table) - 1
	if (s.fill+o.used)*5 >= mask*3 {
		s.resize((s.used + o.used) * 2)
	}
	// An element's __eq__ may change o: iterate over the table as it was.
	for _, e := range o.table {
		if e.live() {
			if err := s.addHashed(th, e.key(), e.hash()); err != nil {
				return err
			}
		}
	}
	return nil
}

// mergeInto is merge for the cases that compare no elements: s is empty,
// or o is s or empty.
func (s *Set) mergeInto(o *Set) {
	if o == s || o.used == 0 {
		return
	}
	if len(s.table) == 0 {
		s.table = s.small[:] // CPython's new set has its small table
	}
	if (s.fill+o.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return
	}
	s.fill, s.used = o.used, o.used
	for _, e := range o.table {
		if e.live() {
			s.insertClean(e)
		}
	}
}

// insertClean places an entry known to be absent into a table without dummies.
func (s *Set) insertClean(e setEntry) {
	mask := uint64(len(s.table) - 1)
	perturb := uint64(e.hash())
	i := perturb & mask
	for {
		if s.table[i].o == nil {
			s.table[i] = e
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if s.table[i+j].o == nil {
					s.table[i+j] = e
					return
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// entries returns the live entries in table order.
func (s *Set) entries() []setEntry {
	out := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.live() {
			out = append(out, e)
		}
	}
	return out
}

func (s *Set) containsHashed(th *Thread, key Value, h int64) (bool, error) {
	i, err := s.lookup(th, key, h)
	return i >= 0, err
}

func (s *Set) discardHashed(th *Thread, key Value, h int64) (bool, error) {
	i, err := s.lookup(th, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = deadEntry
	s.used--
	return true, nil
}
