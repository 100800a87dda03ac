package cache

import "unsafe"

// BufWords is the number of 64-bit words in a context's exit buffer.
const BufWords = 256

// Context is the block of memory native code works on. Its address is in
// the context register on entry (see [Enter]). Every field is plain data:
// native code writes here without the write barriers Go's garbage
// collector relies on, so the block must never hold a Go pointer.
//
// The layout is fixed: backends address the fields through the Off*
// constants, and a test checks them.
type Context struct {
	// Exit is the exit number of the last return from native code,
	// stored by the trampoline.
	Exit uint64
	// Fuel is decremented by native code on loop back-edges; a trace
	// exits to Go when it is used up, so that the garbage collector,
	// profiling and interrupts get through.
	Fuel int64
	// Interrupt is the address of a 32-bit word that Go sets to a
	// nonzero value when native code must exit at its next poll, or
	// zero when there is none. The word must stay alive and must not move
	// while native code can read it (Go heap objects do not move).
	Interrupt uintptr
	// Scratch words for a backend's own use (a saved resume address, a
	// second result).
	Scratch [5]uint64
	// Buf holds spilled values and, at an exit, the live values the
	// interpreter's frames are rebuilt from.
	Buf [BufWords]uint64
}

// Offsets of the context's fields, in bytes from the context's address.
const (
	OffExit      = int32(unsafe.Offsetof(Context{}.Exit))
	OffFuel      = int32(unsafe.Offsetof(Context{}.Fuel))
	OffInterrupt = int32(unsafe.Offsetof(Context{}.Interrupt))
	OffScratch   = int32(unsafe.Offsetof(Context{}.Scratch))
	OffBuf       = int32(unsafe.Offsetof(Context{}.Buf))
	// ContextSize is the size of a context in bytes.
	ContextSize = int32(unsafe.Sizeof(Context{}))
)

// OffBufWord returns the offset of word i of the exit buffer.
func OffBufWord(i int) int32 { return OffBuf + int32(i)*8 }
