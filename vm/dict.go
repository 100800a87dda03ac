package vm

// dict: an insertion-ordered hash table with CPython's probing sequence.

import (
	"sync/atomic"
	"unsafe"
)

// Dict is a Python dict.
type Dict struct {
	indices []int32 // -1 empty, -2 dummy, else index into entries
	entries []dictEntry
	used    int
	// usable is how many more entries can be appended before the table
	// is resized (CPython's dk_usable): entries, deleted ones included,
	// are only compacted by a resize, so that iterators see CPython's
	// positions.
	usable int
	// keysVersion changes when a key is added or removed (not on value
	// updates); global-lookup caches compare it.
	keysVersion uint32
	// mapped marks the dict of a dict subclass's instance that code runs
	// with as its globals: LOAD_GLOBAL then subscripts the instance, as
	// CPython does globals that are not an exact dict, so that the
	// subclass's __getitem__ and __missing__ apply (globalsOwner).
	mapped bool
	// hashBits has bit h&63 set for the hash h of every key added since
	// the dict was last emptied: a clear bit proves a key absent without a
	// lookup (method caches ask whether an instance shadows a method).
	hashBits uint64
}

type dictEntry struct {
	hash int64
	key  Value // Null for a deleted entry
	val  Value
}

// Type implements Object.
func (*Dict) Type() *Type { return DictType }

// dictKeysVersion hands out keys versions, unique across all dicts of all
// interpreters (which may run on several goroutines).
var dictKeysVersion atomic.Uint32

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// KeysVersion returns the dict's key-set version.
func (d *Dict) KeysVersion() uint32 { return d.keysVersion }

func (d *Dict) bumpKeys() {
	d.keysVersion = dictKeysVersion.Add(1)
}

const (
	ixEmpty = -1
	ixDummy = -2
)

// find returns the entry index of key, or -1, plus the indices slot to use
// for an insertion. A key's __eq__ may change the dict; as in CPython, the
// lookup starts again when that replaced the table or the entry compared
// (other changes, such as a key added within the table's room, leave the
// lookup valid).
func (d *Dict) find(th *Thread, key Value, hash int64) (int, int, error) {
	for {
		i, slot, changed, err := d.findOnce(th, key, hash)
		if !changed {
			return i, slot, err
		}
	}
}

// tableChanged reports whether a comparison with the key of entry ix,
// which held start in a table whose first entry was at first, replaced the
// table or that entry (CPython's check after a key's __eq__ in lookdict).
func (d *Dict) tableChanged(first *dictEntry, indices []int32, ix int, start Value) bool {
	if len(d.entries) == 0 || &d.entries[0] != first || ix >= len(d.entries) || !d.entries[ix].key.Is(start) {
		return true
	}
	if len(d.indices) != len(indices) {
		return true
	}
	return len(indices) > 0 && &d.indices[0] != &indices[0]
}

// findOnce is one lookup of find; changed reports that a comparison
// changed the dict's table, which makes the result void.
func (d *Dict) findOnce(th *Thread, key Value, hash int64) (index, slot int, changed bool, err error) {
	if d.indices == nil {
		// Small dicts: linear scan.
		for i := range d.entries {
			e := &d.entries[i]
			if e.key.o == nil || e.hash != hash {
				continue
			}
			if e.key.Is(key) {
				return i, -1, false, nil
			}
			first, start := &d.entries[0], e.key
			eq, err := th.eqForDict(e.key, key)
			if err != nil {
				return -1, -1, false, err
			}
			if d.tableChanged(first, nil, i, start) {
				return -1, -1, true, nil
			}
			if eq {
				return i, -1, false, nil
			}
		}
		return -1, -1, false, nil
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	free := -1
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			if free < 0 {
				free = int(i)
			}
			return -1, free, false, nil
		}
		if ix == ixDummy {
			if free < 0 {
				free = int(i)
			}
		} else {
			e := &d.entries[ix]
			if e.hash == hash {
				if e.key.Is(key) {
					return int(ix), int(i), false, nil
				}
				first, indices, start := &d.entries[0], d.indices, e.key
				eq, err := th.eqForDict(e.key, key)
				if err != nil {
					return -1, -1, false, err
				}
				if d.tableChanged(first, indices, int(ix), start) {
					return -1, -1, true, nil
				}
				if eq {
					return int(ix), int(i), false, nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findPlain is find for a key that is an unboxed int, an exact str or a
// class, whose hash is computed without calling anything: it returns the entry
// index of key or -1, the slot to insert it at and its hash. decided is
// false when key is of another kind, or when an entry of the same hash
// holds another key (1.0 for 1, an instance whose __hash__ gives the
// hash): then find decides, comparing with __eq__.
func (d *Dict) findPlain(key Value) (index, slot int, hash int64, decided bool) {
	var s *Str
	switch k := key.o.(type) {
	case intTag:
		n := int64(key.n)
		if n <= -hashModulus || n >= hashModulus || n == -1 {
			return -1, -1, 0, false
		}
		hash = n
	case *Str:
		s, hash = k, k.Hash()
	case *Type:
		// As Hash: by identity (a dict keyed by classes, such as a
		// dispatch table).
		hash = int64(typeID(k) >> 4)
	default:
		return -1, -1, 0, false
	}
	if d.indices == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash != hash || e.key.o == nil {
				continue
			}
			if plainIs(e.key, key, s) {
				return i, -1, hash, true
			}
			return -1, -1, hash, false
		}
		return -1, -1, hash, true
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	free := -1
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			if free < 0 {
				free = int(i)
			}
			return -1, free, hash, true
		}
		if ix == ixDummy {
			if free < 0 {
				free = int(i)
			}
		} else if e := &d.entries[ix]; e.hash == hash {
			if plainIs(e.key, key, s) {
				return int(ix), int(i), hash, true
			}
			return -1, -1, hash, false
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// plainIs reports whether the dict key e is key: the exact str s, or
// (s nil) key itself.
func plainIs(e, key Value, s *Str) bool {
	if s != nil {
		k, ok := e.o.(*Str)
		return ok && (k == s || k.s == s.s)
	}
	a, b := (*ifaceWords)(unsafe.Pointer(&e.o)), (*ifaceWords)(unsafe.Pointer(&key.o))
	return a.tab == b.tab && a.data == b.data && e.n == key.n
}

// Get looks up key.
func (d *Dict) Get(th *Thread, key Value) (Value, bool, error) {
	if i, _, _, ok := d.findPlain(key); ok {
		if i < 0 {
			return Null, false, nil
		}
		return d.entries[i].val, true, nil
	}
	h, err := th.Hash(key)
	if err != nil {
		return Null, false, err
	}
	return d.getHashed(th, key, h)
}

// getHashed is Get for a key whose hash h is known.
func (d *Dict) getHashed(th *Thread, key Value, h int64) (Value, bool, error) {
	i, _, err := d.find(th, key, h)
	if err != nil || i < 0 {
		return Null, false, err
	}
	return d.entries[i].val, true, nil
}

// GetStr looks up a string key without calling Python code.
func (d *Dict) GetStr(name string) (Value, bool) {
	h := nameHash(name)
	if d.indices == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if s, ok := e.key.o.(*Str); ok && s.s == name {
					return e.val, true
				}
			}
		}
		return Null, false
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			return Null, false
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if s, ok := e.key.o.(*Str); ok && s.s == name {
					return e.val, true
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// SetStr sets a string key (no Python code can run).
func (d *Dict) SetStr(name string, v Value) {
	_ = d.Set(nil, Obj(NewStr(name)), v)
}

// DelStr deletes a string key, reporting whether it was present.
func (d *Dict) DelStr(name string) bool {
	ok, _ := d.Del(nil, Obj(NewStr(name)))
	return ok
}

// Set stores key → v.
func (d *Dict) Set(th *Thread, key, v Value) error {
	if i, slot, h, ok := d.findPlain(key); ok {
		if i >= 0 {
			d.entries[i].val = v
		} else {
			d.insertAt(key, h, v, slot)
		}
		return nil
	}
	h, err := th.Hash(key)
	if err != nil {
		return err
	}
	return d.setHashed(th, key, h, v)
}

func (d *Dict) setHashed(th *Thread, key Value, h int64, v Value) error {
	i, slot, err := d.find(th, key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].val = v
		return nil
	}
	d.insertAt(key, h, v, slot)
	return nil
}

// SetDefault returns the value of key, first storing def for it when d
// has none, with one lookup (CPython's dict.setdefault).
func (d *Dict) SetDefault(th *Thread, key, def Value) (Value, error) {
	h, err := th.Hash(key)
	if err != nil {
		return Null, err
	}
	i, slot, err := d.find(th, key, h)
	if err != nil {
		return Null, err
	}
	if i >= 0 {
		return d.entries[i].val, nil
	}
	d.insertAt(key, h, def, slot)
	return def, nil
}

// insertAt adds key, which d does not hold, with hash h and value v; slot
// is the free index-table slot a lookup of key ended at.
func (d *Dict) insertAt(key Value, h int64, v Value, slot int) {
	if d.usable <= 0 {
		d.resize(d.used * 3)
		slot = d.emptySlot(h)
	}
	if d.entries == nil {
		// The first entry: room for all a table of minDictSize holds,
		// in one allocation.
		d.entries = make([]dictEntry, 0, usableFraction(minDictSize))
	}
	e := d.appendEntry()
	e.hash, e.key, e.val = h, key, v
	d.used++
	d.usable--
	d.hashBits |= hashBit(h)
	d.bumpKeys()
	if d.indices != nil {
		d.indices[slot] = int32(len(d.entries) - 1)
	}
}

// addNewStr adds the str key s, which d does not hold, to a dict with room
// for it; the caller bumps the keys version.
func (d *Dict) addNewStr(s *Str, v Value) {
	h := s.Hash()
	slot := d.emptySlot(h)
	e := d.appendEntry()
	e.hash, e.key, e.val = h, Obj(s), v
	d.used++
	d.usable--
	d.hashBits |= hashBit(h)
	if slot >= 0 {
		d.indices[slot] = int32(len(d.entries) - 1)
	}
}

// appendEntry extends d's entries by one and returns the new entry, to be
// filled in place: appending an entry value builds it on the goroutine
// stack and copies it with wide loads right after its fields were
// stored, a copy the processor cannot forward from those stores.
func (d *Dict) appendEntry() *dictEntry {
	n := len(d.entries)
	if n == cap(d.entries) {
		d.entries = append(d.entries, dictEntry{})
	} else {
		d.entries = d.entries[:n+1]
	}
	return &d.entries[n]
}

// minDictSize is the smallest table size; a dict of that size has no
// index table and is searched linearly.
const minDictSize = 8

// usableFraction is how many entries a table of the given size holds
// before it is resized (CPython's USABLE_FRACTION).
func usableFraction(size int) int { return size * 2 / 3 }

// tableSize is the size of d's table.
func (d *Dict) tableSize() int {
	if d.indices == nil {
		return minDictSize
	}
	return len(d.indices)
}

// resize compacts entries into a table of the smallest power-of-two size
// of at least minSize (and minDictSize), as CPython's dictresize does.
func (d *Dict) resize(minSize int) {
	size := minDictSize
	for size < minSize {
		size *= 2
	}
	if d.used != len(d.entries) {
		// Compacted into a new array (an iteration in progress may hold
		// the old one) with room for all the new table holds, so that
		// the appends until the next resize allocate nothing, as
		// CPython's keys object holds its entries.
		live := make([]dictEntry, 0, max(d.used, usableFraction(size)))
		for _, e := range d.entries {
			if e.key.o != nil {
				live = append(live, e)
			}
		}
		d.entries = live
	}
	d.usable = usableFraction(size) - len(d.entries)
	if size == minDictSize {
		d.indices = nil
		return
	}
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = ixEmpty
	}
	for ix, e := range d.entries {
		d.indices[d.emptySlot(e.hash)] = int32(ix)
	}
}

// emptySlot returns the first empty slot of the index table on the probe
// sequence of hash h (-1 for a dict without an index table).
func (d *Dict) emptySlot(h int64) int {
	if d.indices == nil {
		return -1
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for d.indices[i] != ixEmpty {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// Del removes key, reporting whether it was present.
func (d *Dict) Del(th *Thread, key Value) (bool, error) {
	h, err := th.Hash(key)
	if err != nil {
		return false, err
	}
	i, slot, err := d.find(th, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.removeEntry(i, slot)
	return true, nil
}

// Pop removes key and returns its value, with one lookup (CPython's
// _PyDict_Pop): a key's __eq__ runs as often as in a plain lookup.
func (d *Dict) Pop(th *Thread, key Value) (Value, bool, error) {
	h, err := th.Hash(key)
	if err != nil {
		return Null, false, err
	}
	i, slot, err := d.find(th, key, h)
	if err != nil || i < 0 {
		return Null, false, err
	}
	v := d.entries[i].val
	d.removeEntry(i, slot)
	return v, true, nil
}

// slotOf returns the index-table slot that refers to entry i, found by
// its stored hash without comparing keys (-1 for a small dict).
func (d *Dict) slotOf(i int) int {
	if d.indices == nil {
		return -1
	}
	mask := uint64(len(d.indices) - 1)
	h := uint64(d.entries[i].hash)
	perturb := h
	for j := h & mask; ; {
		switch ix := d.indices[j]; {
		case ix == int32(i):
			return int(j)
		case ix == ixEmpty:
			return -1
		}
		perturb >>= 5
		j = (j*5 + perturb + 1) & mask
	}
}

// removeEntry deletes entry i, which slot of the index table refers to.
func (d *Dict) removeEntry(i, slot int) {
	d.entries[i] = dictEntry{}
	d.used--
	d.bumpKeys()
	if d.indices != nil && slot >= 0 {
		d.indices[slot] = ixDummy
	}
	if d.used == 0 {
		d.hashBits = 0
	}
}

// Items calls f for each item in order; f must not modify d.
func (d *Dict) Items(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.o != nil {
			if !f(e.key, e.val) {
				return
			}
		}
	}
}

// itemsHashed is Items with each key's stored hash.
func (d *Dict) itemsHashed(f func(k Value, h int64, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.o != nil {
			if !f(e.key, e.hash, e.val) {
				return
			}
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	d.Items(func(k, _ Value) bool { out = append(out, k); return true })
	return out
}

// reserve makes room for n more entries, so that filling d does not grow
// it step by step; the table grows as CPython's dict_merge grows it.
func (d *Dict) reserve(n int) {
	if usableFraction(d.tableSize()) < n {
		d.resize(estimateTableSize(d.used + n))
	}
	if len(d.entries) == 0 && cap(d.entries) < n {
		d.entries = make([]dictEntry, 0, n)
	}
}

// estimateTableSize is the table size CPython gives a dict built to hold
// n items (ESTIMATE_SIZE).
func estimateTableSize(n int) int { return (n*3 + 1) / 2 }

// Clear removes all items.
func (d *Dict) Clear() {
	d.entries = nil
	d.indices = nil
	d.used = 0
	d.usable = 0
	d.hashBits = 0
	d.bumpKeys()
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{used: d.used, hashBits: d.hashBits}
	if d.used >= len(d.entries)*2/3 {
		// A mostly dense table is cloned, deleted entries included.
		n.cloneTable(d)
	} else {
		n.entries = make([]dictEntry, 0, d.used)
		for _, e := range d.entries {
			if e.key.o != nil {
				n.entries = append(n.entries, e)
			}
		}
		size := minDictSize
		if d.used > usableFraction(minDictSize) {
			size = estimateTableSize(d.used)
		}
		n.resize(size)
	}
	n.bumpKeys()
	return n
}

// cloneTable makes d's table a copy of src's.
func (d *Dict) cloneTable(src *Dict) {
	d.entries = append([]dictEntry(nil), src.entries...)
	d.indices = append([]int32(nil), src.indices...)
	d.usable = src.usable
	d.used = src.used
	d.hashBits = src.hashBits
}

// cloneFrom makes the empty dict d a copy of src without comparing keys,
// when CPython's dict_merge would clone src's table: it has no deleted
// entries and is the smallest table or more than a third full. It reports
// whether it did.
func (d *Dict) cloneFrom(src *Dict) bool {
	if d.used != 0 || src == d || src.used == 0 || src.used != len(src.entries) {
		return false
	}
	if size := src.tableSize(); size != minDictSize && usableFraction(size/2) >= src.used {
		return false
	}
	d.cloneTable(src)
	d.bumpKeys()
	return true
}

// PopItem removes and returns the last item.
func (d *Dict) popLast() (dictEntry, bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if d.entries[i].key.o != nil {
			e := d.entries[i]
			d.removeEntry(i, d.slotOf(i))
			// As in CPython, the next entry takes the popped one's place.
			d.entries = d.entries[:i]
			return e, true
		}
	}
	return dictEntry{}, false
}

// entryAt returns the i-th live entry position at or after pos (for iterators).
func (d *Dict) nextEntry(pos int) (int, dictEntry, bool) {
	for ; pos < len(d.entries); pos++ {
		if d.entries[pos].key.o != nil {
			return pos + 1, d.entries[pos], true
		}
	}
	return pos, dictEntry{}, false
}

func hashBit(h int64) uint64 { return 1 << (uint64(h) & 63) }

// addIfSurelyAbsentS adds the str key s with value v when d's hash bits
// prove s absent and the table has room, and reports whether it did: an
// attribute set for the first time in a fresh instance dict (__init__)
// needs no lookup then.
func (d *Dict) addIfSurelyAbsentS(s *Str, v Value) bool {
	if d.hashBits&hashBit(s.Hash()) != 0 || d.usable <= 0 || d.entries == nil {
		return false
	}
	d.addNewStr(s, v)
	d.bumpKeys()
	return true
}

// lacksS reports that the str key s is certainly not in d, without a
// lookup when its hash bit was never set.
func (d *Dict) lacksS(s *Str) bool {
	if d.hashBits&hashBit(s.Hash()) == 0 {
		return true
	}
	return d.indexS(s) < 0
}

// getS looks up a str key using its cached hash, comparing pointers first
// (names from code objects are interned).
func (d *Dict) getS(s *Str) (Value, bool) {
	if i := d.indexS(s); i >= 0 {
		return d.entries[i].val, true
	}
	return Null, false
}

// indexS returns the entry index of a str key, or -1.
func (d *Dict) indexS(s *Str) int {
	h := s.Hash()
	if d.indices == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if k, ok := e.key.o.(*Str); ok && (k == s || k.s == s.s) {
					return i
				}
			}
		}
		return -1
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if k, ok := e.key.o.(*Str); ok && (k == s || k.s == s.s) {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// hintedS returns the entry index of the interned name s, trying *hint
// first and remembering where it was found. Instances of a class usually
// get their attributes in the same order, so one hint per attribute site
// finds the entry without hashing (CPython's LOAD_ATTR_WITH_HINT).
func (d *Dict) hintedS(s *Str, hint *int32) int {
	if i := int(*hint); i < len(d.entries) && d.entries[i].key.o == Object(s) {
		return i
	}
	i := d.indexS(s)
	if i >= 0 {
		*hint = int32(i)
	}
	return i
}

// setS stores a str key using its cached hash, for a dict whose keys are
// all exact strs (one just made from an instance's values): no Python code
// can run. Other dicts go through setHashed with a thread.
func (d *Dict) setS(s *Str, v Value) {
	h := s.Hash()
	if d.indices == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if k, ok := e.key.o.(*Str); ok && (k == s || k.s == s.s) {
					e.val = v
					return
				}
			}
		}
	}
	d.setHashed(nil, Obj(s), h, v)
}
