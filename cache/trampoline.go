//go:build amd64 || arm64

package cache

// Enter runs the native code at entry and returns its exit number, which
// it also stores in ctx.Exit.
//
// The native code follows the calling convention in docs/jit.md:
//
//   - On amd64 the context's address is in DI on entry. The code returns
//     with RET, the exit number in AX, RSP as it found it (it pushes
//     nothing) and RBP unchanged. It may change every other general and
//     X register and the flags, except that the direction flag must be
//     clear on return. Go restores R14 (g) and X15 after the call.
//   - On arm64 the context's address is in R0 on entry. The code returns
//     with RET through R30, the exit number in R0. It never writes R28
//     (g), leaves R18, R29 and RSP as it found them, and saves R30 in the
//     context if it needs that register. It may change R0–R17, R19–R27,
//     V0–V31 and the flags.
//
// On both, native code uses no stack of its own (its spills go to the
// context), never calls Go, and writes only pointer-free memory. Native
// code cannot be preempted: loops must poll ctx.Fuel or ctx.Interrupt on
// back-edges and exit so that the garbage collector's stop-the-world and
// signals get through.
//
//go:noescape
func Enter(entry uintptr, ctx *Context) uint64
