// Package ccall calls leaf functions of the C library directly, without
// cgo's transition: on amd64, a C function of one or two doubles runs on
// the goroutine's stack, inside a frame of 8 KiB that the calling
// function's stack check reserved.
//
// It is meant for functions such as libm's pow and sin: leaves that
// neither block, nor call back into Go, nor keep pointers, and need little
// stack. For them the scheduler's bookkeeping of a cgo call (about 300
// instructions, several times the cost of pow itself) buys nothing.
// Signals that arrive during the call see a PC outside Go code, which is
// never an asynchronous safe point, so the goroutine is not preempted
// there; the collector waits for the return.
package ccall

// Supported reports whether Call1 and Call2 exist on this architecture.
const Supported = supported
