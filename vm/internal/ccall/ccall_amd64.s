//go:build amd64

#include "textflag.h"

// Each function has a frame of 8192 bytes, which its prologue's stack
// check guarantees, and the C function runs inside it: the stack pointer
// moves to the top of the frame (16-byte aligned, as the System V ABI
// wants at a call) and C's stack grows down into the frame. glibc's
// elementary functions use well under 1 KiB. R12 keeps Go's stack pointer
// across the call: C preserves it (callee-saved), as it does RBX, RBP and
// R13-R15, so g (R14) survives; X15 and the registers C may clobber are
// restored by the ABI wrapper around these ABI0 functions.

// func Call1(f unsafe.Pointer, x float64) float64
TEXT ·Call1(SB), 0, $8192-24
	MOVQ	f+0(FP), AX
	MOVSD	x+8(FP), X0
	MOVQ	SP, R12
	LEAQ	(8192-16)(SP), R13
	ANDQ	$~15, R13
	MOVQ	R13, SP
	CALL	AX
	MOVQ	R12, SP
	MOVSD	X0, ret+16(FP)
	RET

// func Call2(f unsafe.Pointer, x, y float64) float64
TEXT ·Call2(SB), 0, $8192-32
	MOVQ	f+0(FP), AX
	MOVSD	x+8(FP), X0
	MOVSD	y+16(FP), X1
	MOVQ	SP, R12
	LEAQ	(8192-16)(SP), R13
	ANDQ	$~15, R13
	MOVQ	R13, SP
	CALL	AX
	MOVQ	R12, SP
	MOVSD	X0, ret+24(FP)
	RET
