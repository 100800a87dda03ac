package vm

// Limits for hosts that run untrusted scripts: cancellation, a step limit
// and a memory limit. Each one stops the script with a *LimitError, which
// Python code cannot catch: it unwinds every Python frame without running
// except or finally blocks, and leaves the interpreter ready for the next
// call.

import (
	"context"
	"errors"
	"math"
	"runtime"
	"runtime/metrics"
	"time"
)

// Errors a *LimitError wraps, for errors.Is.
var (
	// ErrStepLimit reports that a script ran more steps than Options.StepLimit.
	ErrStepLimit = errors.New("step limit exceeded")
	// ErrMemoryLimit reports that a script's heap grew past Options.MemoryLimit.
	ErrMemoryLimit = errors.New("memory limit exceeded")
)

// A LimitError stops a script that reached a limit set by its host. It
// wraps ErrStepLimit, ErrMemoryLimit or the context's error.
type LimitError struct {
	Err error
}

// Error implements error.
func (e *LimitError) Error() string { return "pyjit: script stopped: " + e.Err.Error() }

// Unwrap returns the reason.
func (e *LimitError) Unwrap() error { return e.Err }

// memoryPoll is how often the heap is measured while a memory limit is set.
const memoryPoll = time.Millisecond

// heapMetric is the runtime metric the memory limit watches: bytes of heap
// objects, live or not yet swept.
const heapMetric = "/memory/classes/heap/objects:bytes"

// Run runs f on the main thread under the interpreter's limits: ctx
// cancels it, and the step and memory limits start counting afresh. A
// panic inside f (a bug in pyjit) becomes a SystemError. Calls nested in a
// running Run (a Go function called from Python calling back) share the
// outer call's limits.
func (in *Interpreter) Run(ctx context.Context, f func(th *Thread) error) (err error) {
	th := in.main
	if in.running > 0 {
		return f(th)
	}
	if err := ctx.Err(); err != nil {
		return &LimitError{Err: err}
	}
	in.running++
	in.ctx = ctx
	frame, depth, goDepth, excInfo, reprDepth := th.frame, th.depth, th.goDepth, th.excInfo, len(th.reprStack)
	excDepth := len(th.excOuter)
	in.steps = 0
	if in.stepLimit > 0 {
		in.interruptAll(interruptSteps)
	}
	stopCtx := context.AfterFunc(ctx, func() { in.interruptAll(interruptCancel) })
	stopWatch := in.watchMemory()
	defer func() {
		stopWatch()
		stopCtx()
		in.endRun(err)
		in.ctx = nil
		in.running--
		if err != nil {
			// An aborted run leaves no trace in the thread's state.
			th.frame, th.depth, th.goDepth, th.excInfo = frame, depth, goDepth, excInfo
			clear(th.excOuter[excDepth:])
			th.excOuter = th.excOuter[:excDepth]
			clear(th.reprStack[reprDepth:])
			th.reprStack = th.reprStack[:reprDepth]
		}
	}()
	return in.runGuarded(func() error { return f(th) })
}

// watchMemory starts measuring the heap every memoryPoll while a memory
// limit is set; the returned function stops it and waits for it to end.
func (in *Interpreter) watchMemory() func() {
	if in.memoryLimit <= 0 {
		return func() {}
	}
	base := readHeap()
	in.heapBase = base
	in.memTrigger.Store(in.memoryLimit)
	done, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		t := time.NewTicker(memoryPoll)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if int64(readHeap())-int64(base) > in.memTrigger.Load() {
					in.interruptAll(interruptMemory)
				}
			}
		}
	}()
	return func() {
		close(done)
		<-exited
	}
}

func readHeap() uint64 {
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// overMemoryLimit is called when the watcher saw the heap past the limit.
// Garbage counts until it is collected, so it collects first and measures
// again.
func (in *Interpreter) overMemoryLimit() bool {
	runtime.GC()
	live := in.heapGrowth()
	if live > in.memoryLimit {
		return true
	}
	// Under the limit after all: the next collection waits until garbage
	// grew by a quarter of the limit, so that a live heap just under the
	// limit is not collected over and over.
	in.memTrigger.Store(max(in.memoryLimit, live+in.memoryLimit/4))
	return false
}

// overMemoryLimitWith reports whether n more bytes pass the limit once
// garbage is collected.
func (in *Interpreter) overMemoryLimitWith(n int64) bool {
	runtime.GC()
	return in.heapGrowth()+n > in.memoryLimit
}

// heapGrowth is how much the heap grew since the run began.
func (in *Interpreter) heapGrowth() int64 {
	return int64(readHeap()) - int64(in.heapBase)
}

// reserve checks, before a single allocation of n bytes whose size the
// script chose (`s * n`, `bytes(n)`), that it fits the memory limit: the
// request alone past the limit, or past what the limit leaves of it,
// stops the script at once.
func (th *Thread) reserve(n int64) error {
	in := th.interp
	if in.memoryLimit <= 0 || in.running == 0 {
		return nil
	}
	if n > in.memoryLimit {
		return &LimitError{Err: ErrMemoryLimit}
	}
	if in.heapGrowth()+n > in.memoryLimit && (n < smallAlloc || in.overMemoryLimitWith(n)) {
		return &LimitError{Err: ErrMemoryLimit}
	}
	return nil
}

// smallAlloc is the size below which alloc checks nothing: allocations
// that small are the memory watcher's to catch.
const smallAlloc = 64 << 10

// alloc is the gate for every allocation whose size a script chooses
// (repetition, padding, precision, bytes(n), to_bytes, joins, big-int
// results, …); it is called before the allocation is made, with the
// bytes it (and its temporaries) will take. A size no allocation can get
// (beyond the machine's memory or the process's resource limits) raises
// MemoryError, as CPython's failing malloc does; one that would pass the
// host's memory limit stops the script with ErrMemoryLimit at once.
func (th *Thread) alloc(n int64) error {
	if n < smallAlloc {
		if n < 0 {
			return NewException(MemoryErrorType)
		}
		return nil
	}
	if n > int64(maxAllocBytes) || n+int64(readHeap()) > int64(maxAllocBytes) {
		return NewException(MemoryErrorType)
	}
	return th.reserve(n)
}

// allocN is alloc for count items of unit bytes each, checking the
// product for overflow.
func (th *Thread) allocN(count, unit int64) error {
	if count <= 0 || unit <= 0 {
		return nil
	}
	if count > int64(maxAllocBytes)/unit {
		return NewException(MemoryErrorType)
	}
	return th.alloc(count * unit)
}

// growValues is append for slices of Values that a script fills from an
// iterator of unknown length: growth beyond smallAlloc goes through alloc
// first.
func (th *Thread) growValues(items []Value, x Value) ([]Value, error) {
	if len(items) == cap(items) && cap(items)*valueBytes >= smallAlloc {
		if err := th.allocN(int64(cap(items))*2, valueBytes); err != nil {
			return items, err
		}
	}
	return append(items, x), nil
}

// pollEvery is how many iterations of a Go loop pass between two looks at
// the interrupt word; a power of two.
const pollEvery = 1024

// tick counts one iteration of a Go loop whose length the script chooses
// (builtins consuming iterables, repetition, big-int arithmetic in
// pieces). Every pollEvery iterations it does what a safe point of the
// interpreter loop does: it raises KeyboardInterrupt after Ctrl-C, stops
// the script at a limit, and counts the iterations as steps under a step
// limit. It is cheap enough to call on every iteration.
func (th *Thread) tick() error {
	th.ticks++
	if th.ticks&(pollEvery-1) != 0 {
		return nil
	}
	return th.poll(pollEvery)
}

// tickN counts n iterations of a Go loop at once, as n calls of tick
// would, polling when they pass a multiple of pollEvery.
func (th *Thread) tickN(n int) error {
	passed := (int(th.ticks&(pollEvery-1)) + n) / pollEvery
	th.ticks += uint32(n)
	if passed == 0 {
		return nil
	}
	return th.poll(int64(passed) * pollEvery)
}

// poll handles pending interrupts at once inside Go code, counting steps
// as that many steps under a step limit. Sample requests are left for the
// interpreter loop, which reports them with the builtin's name.
func (th *Thread) poll(steps int64) error {
	flag := th.interrupt.Load()
	if flag&^(interruptSample|interruptFinalize) == 0 {
		return nil
	}
	if flag&interruptKeyboard != 0 {
		flag = th.interrupt.And(^interruptKeyboard)
	}
	if flag&interruptLimits != 0 {
		if err := th.limitInterruptN(flag, steps); err != nil {
			return err
		}
	}
	if flag&interruptKeyboard != 0 {
		return th.runSignalHandlers()
	}
	return nil
}

// limitInterruptN handles the limit bits of an interrupt, counting steps
// steps.
func (th *Thread) limitInterruptN(flag int32, steps int64) error {
	in := th.interp
	if flag&interruptCancel != 0 {
		if th.stop != nil {
			return th.stop
		}
		if in.ctx != nil && in.ctx.Err() != nil {
			return &LimitError{Err: in.ctx.Err()}
		}
	}
	if flag&interruptMemory != 0 {
		th.interrupt.And(^interruptMemory)
		if in.overMemoryLimit() {
			return &LimitError{Err: ErrMemoryLimit}
		}
	}
	if flag&interruptSteps != 0 {
		in.steps += steps
		if in.steps > in.stepLimit {
			return &LimitError{Err: ErrStepLimit}
		}
	}
	return nil
}

// sizeArg converts an argument CPython reads as a Py_ssize_t (a width, a
// length, a count), with CPython's OverflowError for ints beyond it.
func (th *Thread) sizeArg(v Value) (int64, error) {
	r, ok, err := th.indexValue(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	r = unwrap(r)
	if _, ok := r.o.(*BigInt); ok {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int64(r.n), nil
}

// cIntArg converts an argument CPython reads as a C int.
func (th *Thread) cIntArg(v Value) (int64, error) {
	i, err := th.sizeArg(v)
	if err == nil && (i > math.MaxInt32 || i < math.MinInt32) {
		err = Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C int")
		}
	}
	return i, err
}
