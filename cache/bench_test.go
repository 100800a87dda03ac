//go:build amd64 || arm64

package cache

import (
	"testing"
	"unsafe"
)

//go:noinline
func goReturn(ctx *Context) uint64 { return 1 }

// BenchmarkGoCall is the baseline for BenchmarkEnter: a Go call that does
// as little.
func BenchmarkGoCall(b *testing.B) {
	ctx := new(Context)
	for b.Loop() {
		goReturn(ctx)
	}
}

// BenchmarkEnter is one entry into native code and one exit back to Go.
func BenchmarkEnter(b *testing.B) {
	m := NewMemory(0)
	defer m.Close()
	entry := place(b, m, codeReturn(1)).Addr()
	ctx := new(Context)
	for b.Loop() {
		Enter(entry, ctx)
	}
}

// BenchmarkTableEnter adds the table's bookkeeping to BenchmarkEnter.
func BenchmarkTableEnter(b *testing.B) {
	tab := NewTable(Config{})
	defer tab.Close()
	tr, _ := tab.Install(Key{}, codeReturn(1), nil)
	ctx := new(Context)
	for b.Loop() {
		tab.Enter(tr, ctx)
	}
}

// BenchmarkPlaceFree places 300 bytes of code in an arena with room and
// frees them: four protection changes and the copies.
func BenchmarkPlaceFree(b *testing.B) {
	m := NewMemory(0)
	defer m.Close()
	code := make([]byte, 300)
	copy(code, codeReturn(1))
	place(b, m, code) // keeps the arena mapped
	for b.Loop() {
		blk, err := m.Place(code)
		if err != nil {
			b.Fatal(err)
		}
		m.Free(blk)
	}
}

// BenchmarkNewArena maps, fills and seals a 512 KiB arena, places code in
// it and unmaps it.
func BenchmarkNewArena(b *testing.B) {
	code := codeReturn(1)
	for b.Loop() {
		m := NewMemory(DefaultArenaSize)
		place(b, m, code)
		m.Close()
	}
}

func lookupTable(b *testing.B, n int) (*Table, []Key) {
	tab := NewTable(Config{})
	codes := make([]int, n/8+1)
	keys := make([]Key, n)
	for i := range keys {
		keys[i] = Key{Code: unsafe.Pointer(&codes[i/8]), PC: i % 8 * 10}
		if _, err := tab.Install(keys[i], codeReturn(1), nil); err != nil {
			b.Fatal(err)
		}
	}
	return tab, keys
}

// BenchmarkLookup finds traces in a table of 1000.
func BenchmarkLookup(b *testing.B) {
	tab, keys := lookupTable(b, 1000)
	defer tab.Close()
	i := 0
	for b.Loop() {
		if tab.Lookup(keys[i]) == nil {
			b.Fatal("missing trace")
		}
		if i++; i == len(keys) {
			i = 0
		}
	}
}

// BenchmarkLookupMiss looks up keys that have no trace in a table of 1000.
func BenchmarkLookupMiss(b *testing.B) {
	tab, keys := lookupTable(b, 1000)
	defer tab.Close()
	i := 0
	for b.Loop() {
		k := keys[i]
		k.PC++
		if tab.Lookup(k) != nil {
			b.Fatal("unexpected trace")
		}
		if i++; i == len(keys) {
			i = 0
		}
	}
}

// BenchmarkLookupHot looks up the same key again and again, as a hot
// loop's back-edge does.
func BenchmarkLookupHot(b *testing.B) {
	tab, keys := lookupTable(b, 1000)
	defer tab.Close()
	k := keys[500]
	for b.Loop() {
		if tab.Lookup(k) == nil {
			b.Fatal("missing trace")
		}
	}
}
