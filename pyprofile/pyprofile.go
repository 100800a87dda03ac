// Package pyprofile records CPU profiles of Python programs in pprof format.
//
// A ticker asks the interpreter for its Python stack at a fixed rate
// (vm.Interpreter.RequestSample); the interpreter answers at its next safe
// point — a loop back-edge or a call — so every sample is a consistent
// stack of Python frames: function, qualified name, file and line. Each
// sample stands for one period of the program's run time. Calls of
// functions implemented in Go (builtins, methods of builtin types, builtin
// classes) check for a request before they start and after they return; a
// request that arrived meanwhile is answered with the function's name
// ("sorted", "list.sort") on top of the calling Python frame, so time
// inside builtins is charged to them.
//
// The same samples give an allocation profile: at each sample the bytes
// and objects the Go heap allocated since the previous one are charged to
// the Python stack (the runtime's cumulative counters, read through
// runtime/metrics). It shows which Python code allocates, with the
// precision of one sampling period.
package pyprofile

import (
	"fmt"
	"io"
	"runtime/metrics"
	"strings"
	"time"

	"github.com/google/pprof/profile"

	"github.com/pyjit/pyjit/vm"
)

// DefaultRate is the sampling rate, in samples per second, that pprof
// tools assume by default.
const DefaultRate = 100

// Profiler samples one interpreter's Python stacks.
type Profiler struct {
	interp  *vm.Interpreter
	period  time.Duration
	start   time.Time
	stop    chan struct{}
	done    chan struct{}
	counts  map[string]*stackCount // by stackKey
	order   []string               // keys in first-seen order, for a stable output
	allocs  []metrics.Sample       // heap allocation counters, read at each sample
	last    [2]uint64              // their values at the previous sample
	stopped bool
}

type stackCount struct {
	frames         []vm.FrameInfo
	n              int64
	bytes, objects int64 // heap allocations in the periods ending here
}

// Cumulative heap allocation counters of the Go runtime.
var allocMetrics = []string{"/gc/heap/allocs:bytes", "/gc/heap/allocs:objects"}

// Start begins sampling interp's main thread rate times a second.
func Start(interp *vm.Interpreter, rate int) (*Profiler, error) {
	if rate <= 0 || rate > 1_000_000 {
		return nil, fmt.Errorf("pyprofile: sampling rate %d out of range (1 to 1000000 per second)", rate)
	}
	p := &Profiler{
		interp: interp,
		period: time.Second / time.Duration(rate),
		start:  time.Now(),
		stop:   make(chan struct{}),
		done:   make(chan struct{}),
		counts: map[string]*stackCount{},
	}
	for _, name := range allocMetrics {
		p.allocs = append(p.allocs, metrics.Sample{Name: name})
	}
	p.last = p.readAllocs()
	interp.SetSampler(p.record)
	go p.tick()
	return p, nil
}

func (p *Profiler) tick() {
	defer close(p.done)
	t := time.NewTicker(p.period)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			p.interp.RequestSample()
		case <-p.stop:
			return
		}
	}
}

// record runs on the interpreter's goroutine at a safe point.
func (p *Profiler) record(stack []vm.FrameInfo) {
	if len(stack) == 0 {
		return // no Python code running: nothing to charge the sample to
	}
	key := stackKey(stack)
	c, ok := p.counts[key]
	if !ok {
		c = &stackCount{frames: append([]vm.FrameInfo(nil), stack...)}
		p.counts[key] = c
		p.order = append(p.order, key)
	}
	c.n++
	now := p.readAllocs()
	c.bytes += int64(now[0] - p.last[0])
	c.objects += int64(now[1] - p.last[1])
	p.last = now
}

// readAllocs reads the heap's cumulative allocated bytes and objects.
func (p *Profiler) readAllocs() [2]uint64 {
	metrics.Read(p.allocs)
	var v [2]uint64
	for i, s := range p.allocs {
		if s.Value.Kind() == metrics.KindUint64 {
			v[i] = s.Value.Uint64()
		}
	}
	return v
}

func stackKey(stack []vm.FrameInfo) string {
	var b strings.Builder
	for _, f := range stack {
		fmt.Fprintf(&b, "%s\x00%s\x00%d\x00%d\x01", f.QualName, f.Filename, f.FirstLine, f.Line)
	}
	return b.String()
}

// Stop ends sampling and returns the CPU profile. It must be called from
// the goroutine that runs the interpreter, once the program has stopped.
func (p *Profiler) Stop() *profile.Profile {
	p.halt()
	return p.build(time.Since(p.start), cpuProfile)
}

// StopAlloc ends sampling and returns the allocation profile.
func (p *Profiler) StopAlloc() *profile.Profile {
	p.halt()
	return p.build(time.Since(p.start), allocProfile)
}

func (p *Profiler) halt() {
	if p.stopped {
		return
	}
	p.stopped = true
	close(p.stop)
	<-p.done
	p.interp.SetSampler(nil)
}

type profileKind int

const (
	cpuProfile profileKind = iota
	allocProfile
)

type funcKey struct {
	qualname, filename string
	firstLine          int
}

type locKey struct {
	fn   funcKey
	line int
}

func (p *Profiler) build(duration time.Duration, kind profileKind) *profile.Profile {
	prof := &profile.Profile{
		SampleType: []*profile.ValueType{
			{Type: "samples", Unit: "count"},
			{Type: "cpu", Unit: "nanoseconds"},
		},
		PeriodType:    &profile.ValueType{Type: "cpu", Unit: "nanoseconds"},
		Period:        int64(p.period),
		TimeNanos:     p.start.UnixNano(),
		DurationNanos: int64(duration),
	}
	if kind == allocProfile {
		// The sample types of Go's heap profiles, so that pprof's
		// -sample_index=alloc_space and alloc_objects work as usual.
		prof.SampleType = []*profile.ValueType{
			{Type: "alloc_objects", Unit: "count"},
			{Type: "alloc_space", Unit: "bytes"},
		}
		prof.DefaultSampleType = "alloc_space"
		prof.PeriodType = &profile.ValueType{Type: "space", Unit: "bytes"}
		prof.Period = 1
	}
	funcs := map[funcKey]*profile.Function{}
	locs := map[locKey]*profile.Location{}
	for _, key := range p.order {
		c := p.counts[key]
		s := &profile.Sample{Value: []int64{c.n, c.n * int64(p.period)}}
		if kind == allocProfile {
			if c.bytes == 0 && c.objects == 0 {
				continue
			}
			s.Value = []int64{c.objects, c.bytes}
		}
		for _, f := range c.frames {
			fk := funcKey{f.QualName, f.Filename, f.FirstLine}
			fn, ok := funcs[fk]
			if !ok {
				fn = &profile.Function{
					ID:         uint64(len(prof.Function) + 1),
					Name:       pprofName(f.QualName),
					SystemName: f.Name,
					Filename:   f.Filename,
					StartLine:  int64(f.FirstLine),
				}
				funcs[fk] = fn
				prof.Function = append(prof.Function, fn)
			}
			lk := locKey{fk, f.Line}
			loc, ok := locs[lk]
			if !ok {
				loc = &profile.Location{
					ID:   uint64(len(prof.Location) + 1),
					Line: []profile.Line{{Function: fn, Line: int64(f.Line)}},
				}
				locs[lk] = loc
				prof.Location = append(prof.Location, loc)
			}
			s.Location = append(s.Location, loc)
		}
		prof.Sample = append(prof.Sample, s)
	}
	return prof
}

// pprofName spells Python's bracketed code names (<module>, <lambda>,
// <listcomp>) with single guillemets: pprof's reports strip what is
// between angle brackets as if it were a C++ template argument list.
func pprofName(name string) string {
	return strings.NewReplacer("<", "‹", ">", "›").Replace(name)
}

// Write stops p and writes its CPU profile, gzipped, to w.
func (p *Profiler) Write(w io.Writer) error {
	return p.Stop().Write(w)
}

// WriteAlloc stops p and writes its allocation profile, gzipped, to w.
func (p *Profiler) WriteAlloc(w io.Writer) error {
	return p.StopAlloc().Write(w)
}
