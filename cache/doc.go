// Package cache holds the native code of tier 2: executable memory, the
// entry trampoline that runs it, the context block it works on, and the
// table of installed traces.
//
// Code is copied into arenas of memory that is never writable and
// executable at the same time (see [Memory]). Native code is entered
// through [Enter] with a pointer to a [Context]; it returns an exit number
// and leaves the values Go needs in the context. The [Table] maps a
// (code object, pc) pair to the trace compiled for it, retires traces whose
// assumptions no longer hold, and keeps the total code size under a cap by
// evicting the least recently entered traces.
//
// A Memory, a Table and the contexts used with them belong to one
// goroutine at a time: native code of a Memory never runs while the Memory
// is being changed, because both happen on the same goroutine. The calling
// convention native code must follow is described in docs/jit.md.
package cache
