package vm

// The global interpreter lock. Once a script starts a second thread, each
// Python thread is a goroutine and only the one holding the GIL runs
// Python code or touches the interpreter's objects. A thread that waits
// for the GIL longer than the switch interval sets a drop request
// (interruptGIL) on the holder's interrupt word, which the holder sees at
// its next safe point (a loop's back edge or a call, where it also checks
// signals and limits): it hands the GIL over and waits until the other
// thread has taken it, as CPython's forced switching does. Calls that
// block (sleeps, lock waits, I/O waits, waiting for a child) release the
// GIL around the wait (see Thread.released).
//
// Until the first thread starts an interpreter has no GIL (Interpreter.gil
// is nil) and nothing takes a lock: a single-threaded program runs as
// before.

import (
	"errors"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// defaultSwitchInterval is sys.getswitchinterval()'s default, as CPython's.
const defaultSwitchInterval = 5 * time.Millisecond

// gil is an interpreter's global lock.
type gil struct {
	mu       sync.Mutex
	holder   *Thread // nil while free
	waiters  int     // threads waiting in acquire
	switches uint64  // times a waiting thread took the lock
	// free gets a token when the lock is released while threads wait.
	free chan struct{}
	// switched is signalled when a waiting thread takes the lock.
	switched sync.Cond
}

func newGIL(holder *Thread) *gil {
	g := &gil{holder: holder, free: make(chan struct{}, 1)}
	g.switched.L = &g.mu
	return g
}

// acquire takes the lock for th, asking the holder to drop it after each
// switch interval without a switch.
func (g *gil) acquire(th *Thread) {
	g.mu.Lock()
	if g.holder == nil {
		g.holder = th
		g.mu.Unlock()
		return
	}
	g.waiters++
	interval := th.interp.switchInterval()
	timer := time.NewTimer(interval)
	for g.holder != nil {
		seen := g.switches
		g.mu.Unlock()
		timedOut := false
		select {
		case <-g.free:
		case <-timer.C:
			timedOut = true
		}
		g.mu.Lock()
		if timedOut {
			if g.holder != nil && g.switches == seen {
				g.holder.interrupt.Or(interruptGIL)
			}
			timer.Reset(interval)
		}
	}
	timer.Stop()
	g.waiters--
	g.holder = th
	g.switches++
	g.switched.Broadcast()
	g.mu.Unlock()
}

// release frees the lock, waking a waiting thread.
func (g *gil) release() {
	g.mu.Lock()
	g.holder = nil
	g.wakeWaiter()
	g.mu.Unlock()
}

// wakeWaiter leaves a token for a waiting thread; g.mu is held.
func (g *gil) wakeWaiter() {
	if g.waiters > 0 {
		select {
		case g.free <- struct{}{}:
		default:
		}
	}
}

// handOver is the holder's answer to a drop request: it frees the lock,
// waits until a waiting thread has taken it and waits its turn again.
func (g *gil) handOver(th *Thread) {
	g.mu.Lock()
	if g.waiters == 0 {
		g.mu.Unlock()
		return
	}
	seen := g.switches
	g.holder = nil
	g.wakeWaiter()
	for g.switches == seen {
		g.switched.Wait()
	}
	g.mu.Unlock()
	g.acquire(th)
}

// switchInterval is sys.getswitchinterval() as a duration.
func (in *Interpreter) switchInterval() time.Duration {
	if d := in.switchNanos.Load(); d > 0 {
		return time.Duration(d)
	}
	return defaultSwitchInterval
}

// setSwitchInterval is sys.setswitchinterval(seconds): kept in whole
// microseconds (at least one) as CPython keeps it.
func (in *Interpreter) setSwitchInterval(seconds float64) {
	us := int64(min(seconds*1e6, math.MaxInt64/1e3))
	in.switchNanos.Store(max(us, 1) * 1e3)
}

// current is the thread holding the GIL, the one running Python code:
// the main thread while no other thread was started.
func (in *Interpreter) current() *Thread {
	if g := in.gil; g != nil {
		g.mu.Lock()
		h := g.holder
		g.mu.Unlock()
		if h != nil {
			return h
		}
	}
	return in.main
}

// enableThreads gives the interpreter its GIL, held by th, when a second
// thread is about to start.
func (th *Thread) enableThreads() {
	in := th.interp
	if in.gil == nil {
		in.gil = newGIL(th)
	}
}

// released runs f, a call that may block, with the GIL released so that
// other threads run meanwhile. f must not touch Python objects or the
// interpreter's state.
func (th *Thread) released(f func()) {
	g := th.interp.gil
	if g == nil {
		f()
		return
	}
	g.release()
	defer g.acquire(th)
	f()
}

// sleep waits for d with the GIL released, or less if an interrupt is
// raised for th (see raise).
func (th *Thread) sleep(d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	th.released(func() {
		select {
		case <-t.C:
		case <-th.wake:
		}
	})
}

// writeReleased is write(2) with the GIL released: a write to a full pipe
// waits for its reader, which may be another thread.
func (th *Thread) writeReleased(fd int, data []byte) (n int, err error) {
	th.released(func() { n, err = unix.Write(fd, data) })
	return n, err
}

// yieldGIL hands the GIL to a thread that asked for it (interruptGIL).
func (th *Thread) yieldGIL() {
	if g := th.interp.gil; g != nil {
		g.handOver(th)
	}
}

// threadSet is the interpreter's live Python threads, which goroutines
// outside the GIL (signal delivery, a context's cancellation, the memory
// watcher) reach.
type threadSet struct {
	mu  sync.Mutex
	all map[*Thread]struct{}
	n   atomic.Int32 // threads started and not yet ended, the main one excluded
}

// add records a started thread.
func (s *threadSet) add(th *Thread) {
	s.mu.Lock()
	if s.all == nil {
		s.all = map[*Thread]struct{}{}
	}
	s.all[th] = struct{}{}
	s.n.Add(1)
	s.mu.Unlock()
}

// remove forgets an ended thread.
func (s *threadSet) remove(th *Thread) {
	s.mu.Lock()
	delete(s.all, th)
	s.n.Add(-1)
	s.mu.Unlock()
}

// interruptAll sets bits in the interrupt word of the main thread and of
// every started thread, waking those that wait.
func (in *Interpreter) interruptAll(bits int32) {
	in.main.raise(bits)
	s := &in.threads
	s.mu.Lock()
	for th := range s.all {
		th.raise(bits)
	}
	s.mu.Unlock()
}

// stopThreads makes every thread of the script, the main one included,
// stop with err, a limit one of them reached, when it next runs.
func (in *Interpreter) stopThreads(err *LimitError) {
	in.main.stop = err
	in.main.raise(interruptCancel)
	s := &in.threads
	s.mu.Lock()
	for th := range s.all {
		th.stop = err
		th.raise(interruptCancel)
	}
	s.mu.Unlock()
}

// endRun clears the bits of a run's limits when Run returns with err. If
// a limit stopped the run, the other threads of the script stop with it
// when they next run (they wait for the GIL meanwhile).
func (in *Interpreter) endRun(err error) {
	var limit *LimitError
	if errors.As(err, &limit) {
		in.stopThreads(limit)
	}
	const bits = interruptSteps | interruptCancel | interruptMemory
	in.main.stop = nil
	in.main.interrupt.And(^bits)
	s := &in.threads
	s.mu.Lock()
	for th := range s.all {
		th.interrupt.And(^bits)
		if th.stop != nil {
			th.interrupt.Or(interruptCancel)
		}
	}
	s.mu.Unlock()
}

// raise sets bits in th's interrupt word and wakes th if it waits for a
// lock, so that it handles them at once.
func (th *Thread) raise(bits int32) {
	th.interrupt.Or(bits)
	select {
	case th.wake <- struct{}{}:
	default:
	}
}
