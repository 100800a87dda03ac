//go:build amd64 || arm64

package cache

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"
)

// place puts code in m and fails the test on error.
func place(t testing.TB, m *Memory, code []byte) Block {
	t.Helper()
	b, err := m.Place(code)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEnterReturnsExit(t *testing.T) {
	m := NewMemory(0)
	defer m.Close()
	b := place(t, m, codeReturn(42))
	var ctx Context
	if got := Enter(b.Addr(), &ctx); got != 42 {
		t.Fatalf("exit = %d, want 42", got)
	}
	if ctx.Exit != 42 {
		t.Fatalf("ctx.Exit = %d, want 42", ctx.Exit)
	}
}

func TestEnterStoresAndAdds(t *testing.T) {
	m := NewMemory(0)
	defer m.Close()
	store := place(t, m, codeStore(5, 1234, 1))
	add := place(t, m, codeAdd(5, 6, 7, 2))
	ctx := new(Context)
	ctx.Buf[6] = 1 << 40
	if got := Enter(store.Addr(), ctx); got != 1 || ctx.Buf[5] != 1234 {
		t.Fatalf("store: exit %d, word %d", got, ctx.Buf[5])
	}
	if got := Enter(add.Addr(), ctx); got != 2 || ctx.Buf[7] != 1<<40+1234 {
		t.Fatalf("add: exit %d, word %d", got, ctx.Buf[7])
	}
	for i, w := range ctx.Buf {
		if i != 5 && i != 6 && i != 7 && w != 0 {
			t.Errorf("word %d changed to %d", i, w)
		}
	}
}

func TestFuelLoop(t *testing.T) {
	m := NewMemory(0)
	defer m.Close()
	b := place(t, m, codeFuelLoop(3))
	ctx := new(Context)
	for _, fuel := range []int64{1, 2, 1000, 1 << 20} {
		ctx.Buf[0], ctx.Fuel = 0, fuel
		if got := Enter(b.Addr(), ctx); got != 3 {
			t.Fatalf("exit = %d, want 3", got)
		}
		if ctx.Buf[0] != uint64(fuel) || ctx.Fuel != 0 {
			t.Fatalf("fuel %d: %d iterations, fuel left %d", fuel, ctx.Buf[0], ctx.Fuel)
		}
	}
}

// A native loop polls a word another goroutine sets.
func TestInterruptPoll(t *testing.T) {
	m := NewMemory(0)
	defer m.Close()
	b := place(t, m, codeSpin(5))
	flag := new(uint32)
	ctx := &Context{Interrupt: uintptr(unsafe.Pointer(flag))}
	go func() {
		time.Sleep(20 * time.Millisecond)
		atomic.StoreUint32(flag, 1)
	}()
	if got := Enter(b.Addr(), ctx); got != 5 {
		t.Fatalf("exit = %d, want 5", got)
	}
	if ctx.Buf[0] == 0 {
		t.Fatal("the loop did not run")
	}
}

// mapping returns the permissions /proc/self/maps lists for addr.
func mapping(t *testing.T, addr uintptr) string {
	t.Helper()
	data, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip("no /proc/self/maps:", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		lo, hi, _ := strings.Cut(f[0], "-")
		l, _ := strconv.ParseUint(lo, 16, 64)
		h, _ := strconv.ParseUint(hi, 16, 64)
		if uint64(addr) >= l && uint64(addr) < h {
			return f[1]
		}
	}
	return "unmapped"
}

func TestCodeIsSealed(t *testing.T) {
	m := NewMemory(64 << 10)
	defer m.Close()
	a := place(t, m, codeReturn(1))
	b := place(t, m, codeReturn(2))
	end := a.a.mem[len(a.a.mem)-1:]
	for _, addr := range []uintptr{a.Addr(), b.Addr(), uintptr(unsafe.Pointer(&end[0]))} {
		if p := mapping(t, addr); p != "r-xp" {
			t.Errorf("%#x is mapped %s, want r-xp", addr, p)
		}
	}
	m.Free(a)
	if p := mapping(t, a.Addr()); p != "r-xp" {
		t.Errorf("freed block is mapped %s, want r-xp", p)
	}
	for i, c := range a.a.mem[a.off : a.off+a.size] {
		if c != trapByte {
			t.Fatalf("freed byte %d = %#x, want the trap byte", i, c)
		}
	}
	if got := Enter(b.Addr(), new(Context)); got != 2 {
		t.Fatalf("neighbour of a freed block returns %d, want 2", got)
	}
	m.Free(b)
	arena := a.a
	m.Close()
	if p := mapping(t, uintptr(unsafe.Pointer(&arena.mem[0]))); p != "unmapped" {
		t.Errorf("closed memory still mapped %s", p)
	}
}

func TestMemoryReuse(t *testing.T) {
	m := NewMemory(16 << 10)
	defer m.Close()
	a := place(t, m, codeReturn(1))
	b := place(t, m, codeReturn(2))
	m.Free(a)
	c := place(t, m, codeReturn(3))
	if c.Addr() != a.Addr() {
		t.Errorf("freed space not reused: %#x, freed %#x", c.Addr(), a.Addr())
	}
	ctx := new(Context)
	if Enter(c.Addr(), ctx) != 3 || Enter(b.Addr(), ctx) != 2 {
		t.Fatal("reused block runs the wrong code")
	}

	// Fill the first arena, spill into a second, then free everything:
	// one empty arena stays mapped.
	var blocks []Block
	for range 2 * (16 << 10) / Align {
		blocks = append(blocks, place(t, m, codeReturn(int32(len(blocks)))))
	}
	if s := m.Stats(); s.Arenas < 2 {
		t.Fatalf("%d arenas after overfilling one", s.Arenas)
	}
	for i, b := range blocks {
		if got := Enter(b.Addr(), ctx); got != uint64(i) {
			t.Fatalf("block %d returns %d", i, got)
		}
	}
	for _, b := range append(blocks, b, c) {
		m.Free(b)
	}
	if s := m.Stats(); s.Arenas != 1 || s.Used != 0 {
		t.Fatalf("after freeing everything: %+v, want one empty arena", s)
	}

	// Code larger than an arena gets an arena of its own.
	big := make([]byte, 40<<10)
	copy(big, codeReturn(9))
	bb := place(t, m, big)
	if Enter(bb.Addr(), ctx) != 9 {
		t.Fatal("large block returns the wrong exit")
	}
	if s := m.Stats(); s.Mapped < 40<<10+16<<10 {
		t.Fatalf("large block: %+v", s)
	}
}

func TestEnterAt(t *testing.T) {
	tab := NewTable(Config{})
	defer tab.Close()
	code, off := codeTwoExits(7, 8)
	tr, err := tab.Install(Key{PC: 1}, code, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := new(Context)
	if got := tab.Enter(tr, ctx); got != 7 {
		t.Fatalf("entry exit = %d, want 7", got)
	}
	if got := tab.EnterAt(tr, off, ctx); got != 8 {
		t.Fatalf("resume exit = %d, want 8", got)
	}
}

func key(code *int, pc int) Key { return Key{Code: unsafe.Pointer(code), PC: pc} }

func install(t *testing.T, tab *Table, k Key, exit int32) *Trace {
	t.Helper()
	tr, err := tab.Install(k, codeReturn(exit), exit)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestTableInstallLookupRetire(t *testing.T) {
	var gone []string
	tab := NewTable(Config{OnRetire: func(tr *Trace, why Reason) {
		gone = append(gone, fmt.Sprintf("%d:%s", tr.Meta, why))
	}})
	defer tab.Close()
	codeA, codeB := new(int), new(int)
	a0 := install(t, tab, key(codeA, 0), 10)
	a4 := install(t, tab, key(codeA, 4), 14)
	b0 := install(t, tab, key(codeB, 0), 20)
	ctx := new(Context)
	for _, c := range []struct {
		k    Key
		exit uint64
	}{{key(codeA, 0), 10}, {key(codeA, 4), 14}, {key(codeB, 0), 20}} {
		tr := tab.Lookup(c.k)
		if tr == nil {
			t.Fatalf("no trace for %v", c.k)
		}
		if got := tab.Enter(tr, ctx); got != c.exit {
			t.Fatalf("trace for %v exits %d, want %d", c.k, got, c.exit)
		}
	}
	if tab.Lookup(key(codeB, 4)) != nil {
		t.Fatal("lookup of a key with no trace")
	}

	a0b := install(t, tab, key(codeA, 0), 11)
	if !a0.Retired() || tab.Lookup(key(codeA, 0)) != a0b || a0b.ID <= b0.ID {
		t.Fatal("installing a key again does not replace its trace")
	}
	tab.Retire(a4)
	tab.Retire(a4)
	if !a4.Retired() || tab.Lookup(key(codeA, 4)) != nil {
		t.Fatal("retired trace still in the table")
	}
	n := tab.RetireIf(func(tr *Trace) bool { return tr.Key.Code == unsafe.Pointer(codeB) })
	if n != 1 || !b0.Retired() || tab.Len() != 1 {
		t.Fatalf("RetireIf retired %d, %d left", n, tab.Len())
	}
	want := "10:replaced 14:invalidated 20:invalidated"
	if got := strings.Join(gone, " "); got != want {
		t.Errorf("retirements %q, want %q", got, want)
	}
	s := tab.Stats()
	if s.Installed != 4 || s.Retired != 2 || s.Replaced != 1 || s.Traces != 1 || s.Bytes != Align {
		t.Errorf("stats %+v", s)
	}
	defer func() {
		if recover() == nil {
			t.Error("entering a retired trace did not panic")
		}
	}()
	tab.Enter(a4, ctx)
}

func TestTableEvictsLeastRecentlyEntered(t *testing.T) {
	var evicted []any
	tab := NewTable(Config{MaxBytes: 4 * Align, OnRetire: func(tr *Trace, why Reason) {
		if why == Evicted {
			evicted = append(evicted, tr.Meta)
		}
	}})
	defer tab.Close()
	code := new(int)
	ctx := new(Context)
	trs := make([]*Trace, 4)
	for i := range trs {
		trs[i] = install(t, tab, key(code, i), int32(i))
	}
	// Entered order: 2, 0, 3; trace 1 was entered least recently.
	for _, i := range []int{2, 0, 3} {
		tab.Enter(trs[i], ctx)
	}
	install(t, tab, key(code, 4), 4)
	install(t, tab, key(code, 5), 5)
	if fmt.Sprint(evicted) != "[1 2]" {
		t.Fatalf("evicted %v, want [1 2]", evicted)
	}
	if !trs[1].Retired() || tab.Lookup(key(code, 1)) != nil || tab.Len() != 4 {
		t.Fatal("evicted trace still in the table")
	}
	for _, pc := range []int{0, 3, 4, 5} {
		if got := tab.Enter(tab.Lookup(key(code, pc)), ctx); got != uint64(pc) {
			t.Fatalf("trace %d exits %d after eviction", pc, got)
		}
	}
	if s := tab.Stats(); s.Evicted != 2 || s.Bytes > 4*Align {
		t.Fatalf("stats %+v", s)
	}
	if _, err := tab.Install(key(code, 9), make([]byte, 5*Align), nil); err == nil {
		t.Fatal("installing code over the cap succeeded")
	}
}

func unsafePointer(p *int) unsafe.Pointer { return unsafe.Pointer(p) }

// Native code may change every register the convention gives it; Go must
// carry on afterwards (R14 and X15 on amd64 are restored by Go), with
// allocation, zeroing and collection working.
func TestClobberAllowedRegisters(t *testing.T) {
	m := NewMemory(0)
	defer m.Close()
	entry := place(t, m, codeClobber(6)).Addr()
	ctx := new(Context)
	var keep [][]uint64
	for i := range 2000 {
		if got := Enter(entry, ctx); got != 6 {
			t.Fatalf("exit = %d, want 6", got)
		}
		z := make([]uint64, 8+i%32)
		for j, w := range z {
			if w != 0 {
				t.Fatalf("fresh slice word %d = %#x after native code", j, w)
			}
		}
		keep = append(keep, z)
		if i%500 == 0 {
			runtime.GC()
		}
	}
	if len(keep) != 2000 {
		t.Fatal("lost allocations")
	}
}
