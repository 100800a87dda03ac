package cache

import (
	"errors"
	"fmt"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Align is the alignment, in bytes, of every block placed in a [Memory],
// and the granularity of its sizes.
const Align = 64

// DefaultArenaSize is the arena size [NewMemory] uses when given zero.
const DefaultArenaSize = 512 << 10

// Memory allocates executable memory for native code.
//
// Memory is mapped in arenas (DefaultArenaSize unless configured). An arena
// is mapped readable and writable and at once switched to read+execute;
// from then on its pages are either writable or executable, never both.
// [Memory.Place] finds room with a first-fit search of the arenas' free
// lists, makes the pages of that block writable, copies the code in, fills
// the rest of the block with trap instructions, switches the pages back to
// read+execute and, on arm64, flushes the instruction cache over the block.
// [Memory.Free] overwrites the block with trap instructions the same way,
// so a stale entry address traps instead of running old code, and returns
// the block to its arena's free list, where it merges with free neighbours.
// An arena left empty is unmapped, except for one kept for the next
// placement. Code larger than an arena gets an arena of its own.
//
// While a block's pages are writable, other blocks on the same pages are not
// executable. That is safe because a Memory belongs to one goroutine at a
// time and native code never runs while its Memory is changed.
type Memory struct {
	closed    bool
	arenaSize int
	arenas    []*arena
	used      int
	mapped    int
}

// MemStats describes the state of a [Memory].
type MemStats struct {
	Arenas int // mapped arenas
	Mapped int // bytes mapped
	Used   int // bytes in placed blocks, rounded up to Align
}

// Block is a piece of code placed in a [Memory].
type Block struct {
	a    *arena
	off  int
	size int
}

type arena struct {
	mem  []byte
	free []span // sorted by offset, never adjacent
	used int
}

type span struct{ off, size int }

var errClosed = errors.New("cache: memory is closed")

// NewMemory returns an empty Memory (the zero Memory is one with the
// default arena size) whose arenas are arenaSize bytes,
// rounded up to whole pages; zero means DefaultArenaSize.
func NewMemory(arenaSize int) *Memory {
	if arenaSize <= 0 {
		arenaSize = DefaultArenaSize
	}
	return &Memory{arenaSize: roundUp(arenaSize, pageSize)}
}

var pageSize = unix.Getpagesize()

// Addr returns the address of the block's first byte.
func (b Block) Addr() uintptr {
	if b.a == nil {
		return 0
	}
	return uintptr(unsafe.Pointer(&b.a.mem[b.off]))
}

// Size returns the block's size, rounded up to Align.
func (b Block) Size() int { return b.size }

// Place copies code into executable memory and returns its block.
func (m *Memory) Place(code []byte) (Block, error) {
	if m.closed {
		return Block{}, errClosed
	}
	if m.arenaSize == 0 {
		m.arenaSize = DefaultArenaSize
	}
	if len(code) == 0 {
		return Block{}, errors.New("cache: no code to place")
	}
	size := roundUp(len(code), Align)
	a, off := m.find(size)
	if a == nil {
		var err error
		if a, err = m.newArena(max(m.arenaSize, roundUp(size, pageSize))); err != nil {
			return Block{}, err
		}
		off = a.take(size)
	}
	b := Block{a: a, off: off, size: size}
	err := a.write(off, size, func(dst []byte) {
		n := copy(dst, code)
		fillTraps(dst[n:])
	})
	if err != nil {
		a.release(off, size)
		return Block{}, err
	}
	flushICache(b.Addr(), b.Addr()+uintptr(len(code)))
	a.used += size
	m.used += size
	return b, nil
}

// Free overwrites a block with trap instructions and returns its space.
// A block is freed once, and its address must not be entered afterwards.
func (m *Memory) Free(b Block) {
	a := b.a
	if a == nil {
		return
	}
	if err := a.write(b.off, b.size, fillTraps); err != nil {
		// The pages could not be made writable again: give up the space
		// rather than leave the stale code reachable through reuse.
		panic(err)
	}
	a.release(b.off, b.size)
	a.used -= b.size
	m.used -= b.size
	if a.used == 0 {
		m.dropEmpty(a)
	}
}

// Stats reports the memory's arenas and use.
func (m *Memory) Stats() MemStats {
	return MemStats{Arenas: len(m.arenas), Mapped: m.mapped, Used: m.used}
}

// Close unmaps every arena. No block of the memory may be entered
// afterwards, and the memory cannot place code again.
func (m *Memory) Close() error {
	var first error
	for _, a := range m.arenas {
		if err := unix.Munmap(a.mem); err != nil && first == nil {
			first = err
		}
	}
	m.arenas, m.used, m.mapped, m.closed = nil, 0, 0, true
	return first
}

// find returns an arena with a free span of size bytes, already taken, and
// the span's offset, or nil.
func (m *Memory) find(size int) (*arena, int) {
	for _, a := range m.arenas {
		if off := a.take(size); off >= 0 {
			return a, off
		}
	}
	return nil, 0
}

func (m *Memory) newArena(size int) (*arena, error) {
	mem, err := unix.Mmap(-1, 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return nil, fmt.Errorf("cache: mapping %d bytes: %w", size, err)
	}
	if err := unix.Mprotect(mem, unix.PROT_READ|unix.PROT_EXEC); err != nil {
		unix.Munmap(mem)
		return nil, fmt.Errorf("cache: sealing an arena: %w", err)
	}
	a := &arena{mem: mem, free: []span{{0, size}}}
	m.arenas = append(m.arenas, a)
	m.mapped += size
	return a, nil
}

// dropEmpty unmaps the empty arena a unless it is the only empty one.
func (m *Memory) dropEmpty(a *arena) {
	for _, o := range m.arenas {
		if o != a && o.used == 0 {
			m.unmap(a)
			return
		}
	}
}

func (m *Memory) unmap(a *arena) {
	for i, o := range m.arenas {
		if o == a {
			m.arenas = append(m.arenas[:i], m.arenas[i+1:]...)
			break
		}
	}
	m.mapped -= len(a.mem)
	if err := unix.Munmap(a.mem); err != nil {
		panic(fmt.Errorf("cache: unmapping an arena: %w", err))
	}
}

// take removes size bytes from the first free span that holds them and
// returns their offset, or -1.
func (a *arena) take(size int) int {
	for i, s := range a.free {
		if s.size < size {
			continue
		}
		if s.size == size {
			a.free = append(a.free[:i], a.free[i+1:]...)
		} else {
			a.free[i] = span{s.off + size, s.size - size}
		}
		return s.off
	}
	return -1
}

// release returns a span to the free list, merging it with its neighbours.
func (a *arena) release(off, size int) {
	i := 0
	for i < len(a.free) && a.free[i].off < off {
		i++
	}
	if i > 0 && a.free[i-1].off+a.free[i-1].size == off {
		a.free[i-1].size += size
		if i < len(a.free) && off+size == a.free[i].off {
			a.free[i-1].size += a.free[i].size
			a.free = append(a.free[:i], a.free[i+1:]...)
		}
		return
	}
	if i < len(a.free) && off+size == a.free[i].off {
		a.free[i] = span{off, size + a.free[i].size}
		return
	}
	a.free = append(a.free, span{})
	copy(a.free[i+1:], a.free[i:])
	a.free[i] = span{off, size}
}

// write makes the pages holding [off, off+size) writable, calls fill on
// those bytes, and makes the pages read+execute again.
func (a *arena) write(off, size int, fill func([]byte)) error {
	lo := off &^ (pageSize - 1)
	hi := roundUp(off+size, pageSize)
	pages := a.mem[lo:hi]
	if err := unix.Mprotect(pages, unix.PROT_READ|unix.PROT_WRITE); err != nil {
		return fmt.Errorf("cache: unsealing code pages: %w", err)
	}
	fill(a.mem[off : off+size])
	if err := unix.Mprotect(pages, unix.PROT_READ|unix.PROT_EXEC); err != nil {
		return fmt.Errorf("cache: sealing code pages: %w", err)
	}
	return nil
}

func roundUp(n, to int) int { return (n + to - 1) / to * to }

// fillTraps overwrites b with trap instructions.
func fillTraps(b []byte) {
	if len(b) == 0 {
		return
	}
	b[0] = trapByte
	for n := 1; n < len(b); n *= 2 {
		copy(b[n:], b[:n])
	}
}
