package vm

import (
	"time"
	_ "unsafe" // go:linkname
)

// waitGoFinalizers waits until Go's finalizer goroutine has run every
// finalizer that the collections before the call queued (runtime.GC
// returns after its sweep, which queues them), and waits for more. It
// gives up after two seconds, when a finalizer of Go code outside pyjit
// blocks the goroutine.
func waitGoFinalizers() { blockUntilEmptyFinalizerQueue(int64(2 * time.Second)) }

// blockUntilEmptyFinalizerQueue is the Go runtime's own wait for its
// finalizer goroutine, which the runtime exports by name for the tests of
// the standard library: it returns true once the queue of finalizers is
// empty and the goroutine is waiting for more, false after timeout
// nanoseconds.
//
//go:linkname blockUntilEmptyFinalizerQueue runtime.blockUntilEmptyFinalizerQueue
func blockUntilEmptyFinalizerQueue(timeout int64) bool
