package cache

import (
	"math/rand"
	"testing"
)

// The free list against a byte map of the arena: random takes and
// releases never overlap, and everything merges back into one span.
func TestArenaFreeList(t *testing.T) {
	const size = 64 * Align
	a := &arena{free: []span{{0, size}}}
	owner := make([]int, size/Align)
	type block struct{ off, size int }
	var live []block
	rng := rand.New(rand.NewSource(1))
	for step := 0; step < 20000; step++ {
		if len(live) > 0 && rng.Intn(2) == 0 {
			i := rng.Intn(len(live))
			b := live[i]
			live = append(live[:i], live[i+1:]...)
			a.release(b.off, b.size)
			for j := b.off / Align; j < (b.off+b.size)/Align; j++ {
				owner[j] = 0
			}
		} else {
			n := (1 + rng.Intn(6)) * Align
			off := a.take(n)
			if off < 0 {
				continue
			}
			for j := off / Align; j < (off+n)/Align; j++ {
				if owner[j] != 0 {
					t.Fatalf("step %d: block at %d overlaps a live block", step, off)
				}
				owner[j] = step + 1
			}
			live = append(live, block{off, n})
		}
		for i := 1; i < len(a.free); i++ {
			p, s := a.free[i-1], a.free[i]
			if p.off+p.size >= s.off {
				t.Fatalf("step %d: free list not sorted and merged: %v", step, a.free)
			}
		}
	}
	for _, b := range live {
		a.release(b.off, b.size)
	}
	if len(a.free) != 1 || a.free[0] != (span{0, size}) {
		t.Fatalf("free list after releasing everything = %v", a.free)
	}
}
