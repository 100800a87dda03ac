package cache

import (
	"errors"
	"fmt"
	"unsafe"
)

// DefaultMaxBytes is the code size cap [NewTable] uses when given zero.
const DefaultMaxBytes = 32 << 20

// Key identifies where a trace starts: a code object and a bytecode
// offset in it.
type Key struct {
	// Code is the identity of the code object, unsafe.Pointer(c). The
	// table holds it, which keeps the object alive while it has traces.
	Code unsafe.Pointer
	// PC is the offset of the instruction the trace starts at.
	PC int
}

// Trace is native code installed in a [Table].
type Trace struct {
	// Key is where the trace starts.
	Key Key
	// Entry is the address of the trace's first instruction.
	Entry uintptr
	// Meta is the JIT's own data about the trace (its snapshots and exits,
	// the versions it depends on); the table only keeps it.
	Meta any
	// ID numbers the traces of a table in the order they were installed,
	// from 1. A key that is compiled again gets a trace with a new ID.
	ID uint64

	block   Block
	codeLen int
	entered uint64 // the table's clock when last entered or installed
	retired bool
}

// Size returns the bytes of executable memory the trace occupies.
func (tr *Trace) Size() int { return tr.block.Size() }

// CodeLen returns the length of the installed code.
func (tr *Trace) CodeLen() int { return tr.codeLen }

// Retired reports whether the trace was retired, evicted or replaced. A
// retired trace's memory is gone: its addresses must not be entered.
func (tr *Trace) Retired() bool { return tr.retired }

// Reason says why a trace left a table.
type Reason int

// Reasons a trace leaves a table.
const (
	Invalidated Reason = iota // Retire or RetireIf
	Evicted                   // made room under the size cap
	Replaced                  // its key was installed again
	Closed                    // the table was closed
)

func (r Reason) String() string {
	switch r {
	case Invalidated:
		return "invalidated"
	case Evicted:
		return "evicted"
	case Replaced:
		return "replaced"
	case Closed:
		return "closed"
	}
	return fmt.Sprintf("Reason(%d)", int(r))
}

// Config configures a [Table].
type Config struct {
	// ArenaSize is the size of the executable memory arenas; zero means
	// DefaultArenaSize.
	ArenaSize int
	// MaxBytes caps the executable memory held by live traces; zero
	// means DefaultMaxBytes. Installing beyond it evicts the least
	// recently entered traces.
	MaxBytes int
	// OnRetire, if set, is called for every trace that leaves the table,
	// after its memory is freed, so the JIT can drop what refers to it.
	OnRetire func(tr *Trace, why Reason)
}

// TableStats counts a table's traces and events.
type TableStats struct {
	Traces    int // live traces
	Bytes     int // executable memory they occupy
	Installed uint64
	Retired   uint64 // by Retire and RetireIf
	Evicted   uint64
	Replaced  uint64
	Mem       MemStats
}

// Table maps keys to installed traces.
//
// Lookup first checks a direct-mapped cache of recent hits, then a Go map
// (docs/jit.md has the measured costs); a JIT that keeps a *Trace in an
// inline cache checks [Trace.Retired] instead. Retiring a trace frees its memory at once: a
// Table belongs to one goroutine at a time, and while that goroutine runs
// Go code no native frame of the table can be running. Eviction scans the
// live traces for the least recently entered one, which is linear in their
// number but happens only when code is installed.
type Table struct {
	front    [frontSize]frontEntry
	mem      *Memory
	traces   map[Key]*Trace
	maxBytes int
	bytes    int
	clock    uint64
	nextID   uint64
	onRetire func(*Trace, Reason)
	stats    TableStats
}

// NewTable returns an empty table.
func NewTable(cfg Config) *Table {
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	return &Table{
		mem:      NewMemory(cfg.ArenaSize),
		traces:   make(map[Key]*Trace),
		maxBytes: cfg.MaxBytes,
		onRetire: cfg.OnRetire,
	}
}

// frontSize is the number of entries of a table's lookup cache.
const frontSize = 256

// frontEntry caches the result of a lookup that found a trace.
type frontEntry struct {
	key Key
	tr  *Trace
}

func frontIndex(k Key) uintptr {
	h := uintptr(k.Code)>>4 ^ uintptr(k.PC)*0x9E3779B1
	return (h ^ h>>8) % frontSize
}

// Lookup returns the live trace for k, or nil.
func (t *Table) Lookup(k Key) *Trace {
	e := &t.front[frontIndex(k)]
	if e.tr != nil && e.key == k {
		return e.tr
	}
	tr := t.traces[k]
	if tr != nil {
		*e = frontEntry{k, tr}
	}
	return tr
}

// Install places code in executable memory and records it as the trace for
// k, replacing any trace k had. Traces are evicted first while the new one
// would take the table over its size cap.
func (t *Table) Install(k Key, code []byte, meta any) (*Trace, error) {
	need := roundUp(len(code), Align)
	if need > t.maxBytes {
		return nil, fmt.Errorf("cache: %d bytes of code exceed the cap of %d", len(code), t.maxBytes)
	}
	if old := t.traces[k]; old != nil {
		t.remove(old, Replaced)
	}
	for t.bytes+need > t.maxBytes {
		t.remove(t.leastRecent(), Evicted)
	}
	b, err := t.mem.Place(code)
	if err != nil {
		return nil, err
	}
	t.nextID++
	t.clock++
	tr := &Trace{Key: k, Entry: b.Addr(), Meta: meta, ID: t.nextID, block: b, codeLen: len(code), entered: t.clock}
	t.traces[k] = tr
	t.bytes += b.Size()
	t.stats.Installed++
	return tr, nil
}

var errRetired = errors.New("cache: entering a retired trace")

// Enter runs tr from its entry and returns the exit number (see [Enter]).
// It marks tr as the most recently entered trace.
func (t *Table) Enter(tr *Trace, ctx *Context) uint64 {
	return t.EnterAt(tr, 0, ctx)
}

// EnterAt runs tr from off bytes past its entry, a resume point the
// backend recorded, and returns the exit number.
func (t *Table) EnterAt(tr *Trace, off int, ctx *Context) uint64 {
	if tr.retired {
		panic(errRetired)
	}
	if uint(off) >= uint(tr.codeLen) {
		panic(fmt.Errorf("cache: entering trace %d at %d, past its %d bytes of code", tr.ID, off, tr.codeLen))
	}
	t.clock++
	tr.entered = t.clock
	return Enter(tr.Entry+uintptr(off), ctx)
}

// Retire removes tr from the table and frees its memory. Retiring a
// retired trace does nothing.
func (t *Table) Retire(tr *Trace) {
	if !tr.retired {
		t.remove(tr, Invalidated)
	}
}

// RetireIf retires every trace for which pred returns true and returns
// how many it retired.
func (t *Table) RetireIf(pred func(*Trace) bool) int {
	var doomed []*Trace
	for _, tr := range t.traces {
		if pred(tr) {
			doomed = append(doomed, tr)
		}
	}
	for _, tr := range doomed {
		t.remove(tr, Invalidated)
	}
	return len(doomed)
}

// Len returns the number of live traces.
func (t *Table) Len() int { return len(t.traces) }

// Stats returns the table's counters.
func (t *Table) Stats() TableStats {
	s := t.stats
	s.Traces, s.Bytes, s.Mem = len(t.traces), t.bytes, t.mem.Stats()
	return s
}

// Close retires every trace and unmaps the table's memory.
func (t *Table) Close() error {
	for _, tr := range t.traces {
		t.remove(tr, Closed)
	}
	return t.mem.Close()
}

func (t *Table) leastRecent() *Trace {
	var lru *Trace
	for _, tr := range t.traces {
		if lru == nil || tr.entered < lru.entered {
			lru = tr
		}
	}
	return lru
}

func (t *Table) remove(tr *Trace, why Reason) {
	delete(t.traces, tr.Key)
	if e := &t.front[frontIndex(tr.Key)]; e.tr == tr {
		*e = frontEntry{}
	}
	t.mem.Free(tr.block)
	t.bytes -= tr.block.Size()
	tr.retired = true
	tr.block = Block{}
	switch why {
	case Invalidated:
		t.stats.Retired++
	case Evicted:
		t.stats.Evicted++
	case Replaced:
		t.stats.Replaced++
	}
	if t.onRetire != nil {
		t.onRetire(tr, why)
	}
}
