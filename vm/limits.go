package vm

// Limits for hosts that run untrusted scripts: cancellation, a step limit
// and a memory limit. Each one stops the script with a *LimitError, which
// Python code cannot catch: it unwinds every Python frame without running
// except or finally blocks, and leaves the interpreter ready for the next
// call.

import (
	"context"
	"errors"
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
	th.steps = 0
	if in.stepLimit > 0 {
		th.interrupt.Or(interruptSteps)
	}
	stopCtx := context.AfterFunc(ctx, func() { th.interrupt.Or(interruptCancel) })
	stopWatch := in.watchMemory()
	defer func() {
		stopWatch()
		stopCtx()
		th.interrupt.And(^(interruptSteps | interruptCancel | interruptMemory))
		in.ctx = nil
		in.running--
		if err != nil {
			// An aborted run leaves no trace in the thread's state.
			th.frame, th.depth, th.goDepth, th.excInfo = frame, depth, goDepth, excInfo
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
	th := in.main
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
				if int64(readHeap())-int64(base) > in.memoryLimit {
					th.interrupt.Or(interruptMemory)
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
	return in.heapGrowth() > in.memoryLimit
}

// heapGrowth is how much the heap grew since the run began.
func (in *Interpreter) heapGrowth() int64 {
	return int64(readHeap()) - int64(in.heapBase)
}

// reserve checks, before a single allocation of n bytes whose size the
// script chose (`s * n`, `bytes(n)`), that it fits the memory limit.
func (th *Thread) reserve(n int64) error {
	in := th.interp
	if in.memoryLimit <= 0 || in.running == 0 {
		return nil
	}
	if n > in.memoryLimit || in.heapGrowth()+n > in.memoryLimit {
		return &LimitError{Err: ErrMemoryLimit}
	}
	return nil
}

// limitInterrupt handles the limit bits of an interrupt.
func (th *Thread) limitInterrupt(flag int32) error {
	in := th.interp
	if flag&interruptCancel != 0 && in.ctx != nil && in.ctx.Err() != nil {
		return &LimitError{Err: in.ctx.Err()}
	}
	if flag&interruptMemory != 0 {
		th.interrupt.And(^interruptMemory)
		if in.overMemoryLimit() {
			return &LimitError{Err: ErrMemoryLimit}
		}
	}
	if flag&interruptSteps != 0 {
		th.steps++
		if th.steps > in.stepLimit {
			return &LimitError{Err: ErrStepLimit}
		}
	}
	return nil
}
