package lsprof

import "testing"

// step is a clock that advances by one tick at each reading.
type step struct{ t int64 }

func (s *step) now() int64 { s.t++; return s.t }

// TestRecursionAndCallers replays f -> g -> g (recursive) -> h and checks
// the figures CPython's _lsprof gives for the same clock readings.
func TestRecursionAndCallers(t *testing.T) {
	var clk step
	p := &Profiler{Subcalls: true}
	p.Enter("f", "f", clk.now) // t0=1
	p.Enter("g", "g", clk.now) // t0=2
	p.Enter("g", "g", clk.now) // t0=3
	p.Enter("h", "h", clk.now) // t0=4
	p.Leave("h", clk.now)      // 5: h tt=1 it=1
	p.Leave("g", clk.now)      // 6: inner g tt=3 it=2
	p.Leave("g", clk.now)      // 7: outer g tt=5 it=2
	p.Leave("f", clk.now)      // 8: f tt=7 it=2
	got := map[string]*Entry{}
	for _, e := range p.Entries() {
		got[e.Key.(string)] = e
	}
	for _, tt := range []struct {
		key                    string
		calls, rec, total, inl int64
	}{
		{"f", 1, 0, 7, 2},
		{"g", 2, 1, 5, 4},
		{"h", 1, 0, 1, 1},
	} {
		e := got[tt.key]
		if e == nil || e.CallCount != tt.calls || e.RecursiveCallCount != tt.rec || e.TotalTime != tt.total || e.InlineTime != tt.inl {
			t.Errorf("%s: got %+v, want calls %d rec %d total %d inline %d", tt.key, e, tt.calls, tt.rec, tt.total, tt.inl)
		}
	}
	g := got["g"]
	if len(g.Calls()) != 2 {
		t.Fatalf("g has %d callees, want 2 (g and h)", len(g.Calls()))
	}
	self := g.Calls()[0]
	if self.Callee != g || self.CallCount != 1 || self.RecursiveCallCount != 0 || self.TotalTime != 3 || self.InlineTime != 2 {
		t.Errorf("g -> g: %+v", self)
	}
	if f := got["f"].Calls(); len(f) != 1 || f[0].Callee != g || f[0].CallCount != 1 || f[0].TotalTime != 5 {
		t.Errorf("f -> g: %+v", f)
	}
}

// TestFlushAndUnknownLeave checks that disabling ends the calls under way
// and that a leave without an entry only drops its context.
func TestFlushAndUnknownLeave(t *testing.T) {
	var clk step
	p := &Profiler{}
	p.Enter("a", "a", clk.now)
	p.Enter("b", "b", clk.now)
	p.Leave("unknown", clk.now) // drops b's context unrecorded
	p.FlushUnmatched(clk.now)   // ends a
	es := p.Entries()
	if len(es) != 2 || es[0].CallCount != 1 || es[1].CallCount != 0 {
		t.Fatalf("entries %+v %+v", es[0], es[1])
	}
	if p.current != nil {
		t.Fatal("a call is still under way after the flush")
	}
	p.Clear()
	if len(p.Entries()) != 0 {
		t.Fatal("Clear kept entries")
	}
}
