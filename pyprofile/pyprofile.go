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
package pyprofile

import (
	"fmt"
	"io"
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
	interp *vm.Interpreter
	period time.Duration
	start  time.Time
	stop   chan struct{}
	done   chan struct{}
	counts map[string]*stackCount // by stackKey
	order  []string               // keys in first-seen order, for a stable output
}

type stackCount struct {
	frames []vm.FrameInfo
	n      int64
}

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
	key := stackKey(stack)
	c, ok := p.counts[key]
	if !ok {
		c = &stackCount{frames: append([]vm.FrameInfo(nil), stack...)}
		p.counts[key] = c
		p.order = append(p.order, key)
	}
	c.n++
}

func stackKey(stack []vm.FrameInfo) string {
	var b strings.Builder
	for _, f := range stack {
		fmt.Fprintf(&b, "%s\x00%s\x00%d\x00%d\x01", f.QualName, f.Filename, f.FirstLine, f.Line)
	}
	return b.String()
}

// Stop ends sampling and returns the profile. It must be called from the
// goroutine that runs the interpreter, once the program has stopped.
func (p *Profiler) Stop() *profile.Profile {
	close(p.stop)
	<-p.done
	p.interp.SetSampler(nil)
	return p.build(time.Since(p.start))
}

type funcKey struct {
	qualname, filename string
	firstLine          int
}

type locKey struct {
	fn   funcKey
	line int
}

func (p *Profiler) build(duration time.Duration) *profile.Profile {
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
	funcs := map[funcKey]*profile.Function{}
	locs := map[locKey]*profile.Location{}
	for _, key := range p.order {
		c := p.counts[key]
		s := &profile.Sample{Value: []int64{c.n, c.n * int64(p.period)}}
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

// Write stops p and writes its profile, gzipped, to w.
func (p *Profiler) Write(w io.Writer) error {
	return p.Stop().Write(w)
}
