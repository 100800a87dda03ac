#include "go_asm.h"
#include "textflag.h"

// func Enter(entry uintptr, ctx *Context) uint64
//
// The nonzero frame makes the assembler save and restore R29 and R30
// around the call and keeps RSP 16-byte aligned.
TEXT ·Enter(SB), 0, $16-24
	MOVD	entry+0(FP), R1
	MOVD	ctx+8(FP), R0
	BL	(R1)
	MOVD	ctx+8(FP), R1
	MOVD	R0, Context_Exit(R1)
	MOVD	R0, ret+16(FP)
	RET
