package arm64

import (
	"github.com/pyjit/pyjit/jit/backend"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// Registers inside a trace. R0 holds the context for the whole trace.
// R18 (the platform register), R27 (the assembler's), R28 (g), R29 (frame
// pointer), R30 (link register, the return address) and RSP are never
// written. R14, R15, R16 and R17 (general) and F28, F29 and F30 are scratch
// registers the code generator uses between allocated values; R1–R14,
// R19–R26 and F0–F27 are allocated.
var (
	gpRegs = []int16{
		arm64.REG_R1, arm64.REG_R2, arm64.REG_R3, arm64.REG_R4, arm64.REG_R5,
		arm64.REG_R6, arm64.REG_R7, arm64.REG_R8, arm64.REG_R9, arm64.REG_R10,
		arm64.REG_R11, arm64.REG_R12, arm64.REG_R13,
		arm64.REG_R19, arm64.REG_R20, arm64.REG_R21, arm64.REG_R22,
		arm64.REG_R23, arm64.REG_R24, arm64.REG_R25, arm64.REG_R26,
	}
	fpRegs = func() []int16 {
		var rs []int16
		for r := arm64.REG_F0; r <= arm64.REG_F27; r++ {
			rs = append(rs, int16(r))
		}
		return rs
	}()
)

const (
	regCtx = arm64.REG_R0
	tmpGP0 = arm64.REG_R15 // a result whose value is spilled; cycle breaking
	tmpGP1 = arm64.REG_R16 // the second operand; moves through memory and constants
	tmpGP2 = arm64.REG_R17 // the first operand
	tmpGP3 = arm64.REG_R14 // a product's high half
	tmpFP0 = arm64.REG_F28
	tmpFP1 = arm64.REG_F29
	tmpFP2 = arm64.REG_F30
)

// loc is where a value lives (the allocator is package backend's).
type loc = backend.Loc

const (
	locReg   = backend.LocReg
	locSpill = backend.LocSpill
	locConst = backend.LocConst
)
