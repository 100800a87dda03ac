#include "go_asm.h"
#include "textflag.h"

// func Enter(entry uintptr, ctx *Context) uint64
//
// The nonzero frame makes the assembler save and restore BP around the
// call. The native code's return address is the only stack it touches.
TEXT ·Enter(SB), 0, $8-24
	MOVQ	entry+0(FP), AX
	MOVQ	ctx+8(FP), DI
	CALL	AX
	MOVQ	ctx+8(FP), DI
	MOVQ	AX, Context_Exit(DI)
	MOVQ	AX, ret+16(FP)
	RET
