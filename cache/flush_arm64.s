#include "textflag.h"

// func flushICache(start, end uintptr)
TEXT ·flushICache(SB), NOSPLIT|NOFRAME, $0-16
	MOVD	start+0(FP), R0
	MOVD	end+8(FP), R1
	MRS	CTR_EL0, R2
	MOVD	$4, R4
	UBFX	$16, R2, $4, R3	// DminLine: log2 of the data cache line in words
	LSL	R3, R4, R3	// data cache line in bytes
	AND	$15, R2, R5	// IminLine
	LSL	R5, R4, R5	// instruction cache line in bytes

	SUB	$1, R3, R6
	BIC	R6, R0, R7
dloop:
	CMP	R1, R7
	BHS	ddone
	DC	CVAU, R7
	ADD	R3, R7, R7
	B	dloop
ddone:
	DSB	$11	// ISH

	SUB	$1, R5, R6
	BIC	R6, R0, R7
iloop:
	CMP	R1, R7
	BHS	idone
	WORD	$0xd50b7527	// IC IVAU, R7
	ADD	R5, R7, R7
	B	iloop
idone:
	DSB	$11	// ISH
	ISB	$15
	RET
