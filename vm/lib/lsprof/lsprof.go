// Package lsprof keeps the statistics of a deterministic profiler the way
// CPython's _lsprof (Modules/_lsprof.c) keeps them: for every function
// called, the number of calls, of recursive calls, the total time (with
// the functions it calls, counted once for a recursion) and the inline
// time (without them), and the same figures for each of its callees.
//
// The profiler sees a stream of Enter and Leave events and keeps a stack
// of contexts, one for each call under way. Times are integers in the
// unit of the clock the caller reads (Clock); the figures are exactly
// CPython's for the same events and clock readings.
package lsprof

// Clock reads the profiler's timer.
type Clock func() int64

// Entry is the statistics of one function.
type Entry struct {
	// Key identifies the function; User is what the statistics report
	// for it (a code object, or a description of a builtin).
	Key, User any
	// CallCount counts the calls, RecursiveCallCount those made while
	// another call of the function was under way.
	CallCount, RecursiveCallCount int64
	// TotalTime includes the callees' time, InlineTime does not.
	TotalTime, InlineTime int64

	recursionLevel int
	calls          map[*Entry]*SubEntry
	callOrder      []*SubEntry
}

// Calls returns the statistics of the function's callees, in the order
// they were first called (nil when it called none).
func (e *Entry) Calls() []*SubEntry { return e.callOrder }

// SubEntry is the statistics of the calls of Callee made by one caller.
type SubEntry struct {
	Callee                        *Entry
	CallCount, RecursiveCallCount int64
	TotalTime, InlineTime         int64

	recursionLevel int
}

// context is a call under way.
type context struct {
	t0, subt int64
	previous *context
	entry    *Entry
}

// Profiler accumulates statistics.
type Profiler struct {
	// Subcalls keeps the statistics per caller (CPython's subcalls).
	Subcalls bool

	entries map[any]*Entry
	order   []*Entry
	current *context
	free    []*context
}

// entry returns the entry of key, or nil.
func (p *Profiler) entry(key any) *Entry { return p.entries[key] }

// subEntry returns the statistics of callee under caller, making them
// when make is set.
func subEntry(caller, callee *Entry, make bool) *SubEntry {
	if s := caller.calls[callee]; s != nil || !make {
		return s
	}
	if caller.calls == nil {
		caller.calls = map[*Entry]*SubEntry{}
	}
	s := &SubEntry{Callee: callee}
	caller.calls[callee] = s
	caller.callOrder = append(caller.callOrder, s)
	return s
}

// Enter records the start of a call of the function key (reported as
// user), reading the clock once its context is set up.
func (p *Profiler) Enter(key, user any, now Clock) {
	e := p.entries[key]
	if e == nil {
		if p.entries == nil {
			p.entries = map[any]*Entry{}
		}
		e = &Entry{Key: key, User: user}
		p.entries[key] = e
		p.order = append(p.order, e)
	}
	var c *context
	if n := len(p.free); n > 0 {
		c, p.free = p.free[n-1], p.free[:n-1]
	} else {
		c = &context{}
	}
	c.entry, c.subt, c.previous = e, 0, p.current
	p.current = c
	e.recursionLevel++
	if p.Subcalls && c.previous != nil {
		subEntry(c.previous.entry, e, true).recursionLevel++
	}
	c.t0 = now()
}

// Leave records the end of the innermost call, which should be one of
// function key: when key has no entry, the context is dropped unrecorded.
func (p *Profiler) Leave(key any, now Clock) {
	c := p.current
	if c == nil {
		return
	}
	if e := p.entry(key); e != nil {
		p.stop(c, e, now)
	} else {
		p.current = c.previous
	}
	p.free = append(p.free, c)
}

// stop ends context c of entry e.
func (p *Profiler) stop(c *context, e *Entry, now Clock) {
	tt := now() - c.t0
	it := tt - c.subt
	if c.previous != nil {
		c.previous.subt += tt
	}
	p.current = c.previous
	if e.recursionLevel--; e.recursionLevel == 0 {
		e.TotalTime += tt
	} else {
		e.RecursiveCallCount++
	}
	e.InlineTime += it
	e.CallCount++
	if p.Subcalls && c.previous != nil {
		if s := subEntry(c.previous.entry, e, false); s != nil {
			if s.recursionLevel--; s.recursionLevel == 0 {
				s.TotalTime += tt
			} else {
				s.RecursiveCallCount++
			}
			s.InlineTime += it
			s.CallCount++
		}
	}
}

// FlushUnmatched ends every call still under way, as disabling the
// profiler does.
func (p *Profiler) FlushUnmatched(now Clock) {
	for c := p.current; c != nil; c = p.current {
		p.stop(c, c.entry, now)
		p.free = append(p.free, c)
	}
}

// Clear forgets the statistics and the calls under way.
func (p *Profiler) Clear() {
	p.entries, p.order, p.current = nil, nil, nil
}

// Entries returns the statistics of every function seen, in the order of
// their first calls.
func (p *Profiler) Entries() []*Entry { return p.order }
