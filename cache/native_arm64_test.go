package cache

import "encoding/binary"

// Hand-encoded arm64 functions for the tests. On entry R0 holds the
// context; the exit number goes in R0.

func words(ws ...uint32) []byte {
	var b []byte
	for _, w := range ws {
		b = binary.LittleEndian.AppendUint32(b, w)
	}
	return b
}

func movz(rd uint32, v int32) uint32 { return 0xD2800000 | uint32(v)&0xFFFF<<5 | rd }

// ldr and str are LDR/STR Xt, [Xn, #off] with an 8-byte scaled offset.
func ldr(rt, rn uint32, off int32) uint32 { return 0xF9400000 | uint32(off/8)<<10 | rn<<5 | rt }
func str(rt, rn uint32, off int32) uint32 { return 0xF9000000 | uint32(off/8)<<10 | rn<<5 | rt }

// branch encodes a branch distance of n instructions in the bits of mask.
func branch(n int32, mask uint32) uint32 { return uint32(n) & mask }

const (
	retInsn = 0xD65F03C0
	r0      = 0
	r1      = 1
	r2      = 2
	r3      = 3
)

// codeReturn returns exit.
func codeReturn(exit int32) []byte { return words(movz(r0, exit), retInsn) }

// codeStore stores v into buffer word i and returns exit.
func codeStore(i int, v int32, exit int32) []byte {
	return words(movz(r1, v), str(r1, r0, OffBufWord(i)), movz(r0, exit), retInsn)
}

// codeAdd stores buffer words a+b into word dst and returns exit.
func codeAdd(a, b, dst int, exit int32) []byte {
	return words(
		ldr(r1, r0, OffBufWord(a)),
		ldr(r2, r0, OffBufWord(b)),
		0x8B000000|r2<<16|r1<<5|r1, // ADD X1, X1, X2
		str(r1, r0, OffBufWord(dst)),
		movz(r0, exit), retInsn)
}

// codeFuelLoop counts iterations in buffer word 0, decrementing the fuel
// word on each, and returns exit when the fuel reaches zero.
func codeFuelLoop(exit int32) []byte {
	return words(
		ldr(r1, r0, OffBufWord(0)), // 0
		0x91000400|r1<<5|r1,        // ADD X1, X1, #1
		str(r1, r0, OffBufWord(0)),
		ldr(r2, r0, OffFuel),
		0xF1000400|r2<<5|r2, // SUBS X2, X2, #1
		str(r2, r0, OffFuel),
		0x54000001|branch(-6, 0x7FFFF)<<5, // 6: B.NE 0
		movz(r0, exit), retInsn)
}

// codeSpin counts iterations in buffer word 0 until the 32-bit word the
// context's Interrupt field points to is nonzero, then returns exit.
func codeSpin(exit int32) []byte {
	return words(
		ldr(r1, r0, OffInterrupt), // 0
		0xB9400000|r1<<5|r2,       // LDR W2, [X1]
		0x35000000|5<<5|r2,        // 2: CBNZ W2, 7
		ldr(r3, r0, OffBufWord(0)),
		0x91000400|r3<<5|r3, // ADD X3, X3, #1
		str(r3, r0, OffBufWord(0)),
		0x14000000|branch(-6, 0x3FFFFFF), // 6: B 0
		movz(r0, exit), retInsn)          // 7
}

// codeTwoExits returns a at its entry and b when entered at the returned
// offset.
func codeTwoExits(a, b int32) ([]byte, int) {
	first := codeReturn(a)
	return append(first, codeReturn(b)...), len(first)
}

// codeClobber sets every register native code may change (R0–R17,
// R19–R27, V0–V31) to nonzero values and returns exit.
func codeClobber(exit int32) []byte {
	var ws []uint32
	for r := uint32(0); r <= 27; r++ {
		if r != 18 {
			ws = append(ws, movz(r, 0x5a5a))
		}
	}
	for v := uint32(0); v < 32; v++ {
		ws = append(ws, 0x6F07E7E0|v) // MOVI Vv.2D, #-1
	}
	return append(words(ws...), codeReturn(exit)...)
}
