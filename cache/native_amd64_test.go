package cache

import "encoding/binary"

// Hand-encoded amd64 functions for the tests. On entry DI holds the
// context; the exit number goes in AX.

func le32(v int32) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(v)) }

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

// movEAX is MOV EAX, imm32.
func movEAX(v int32) []byte { return cat([]byte{0xB8}, le32(v)) }

var ret = []byte{0xC3}

// codeReturn returns exit.
func codeReturn(exit int32) []byte { return cat(movEAX(exit), ret) }

// codeStore stores v into buffer word i and returns exit.
func codeStore(i int, v int32, exit int32) []byte {
	// MOV QWORD [RDI+disp32], imm32
	return cat([]byte{0x48, 0xC7, 0x87}, le32(OffBufWord(i)), le32(v), codeReturn(exit))
}

// codeAdd stores buffer words a+b into word dst and returns exit.
func codeAdd(a, b, dst int, exit int32) []byte {
	return cat(
		[]byte{0x48, 0x8B, 0x87}, le32(OffBufWord(a)), // MOV RAX, [RDI+a]
		[]byte{0x48, 0x03, 0x87}, le32(OffBufWord(b)), // ADD RAX, [RDI+b]
		[]byte{0x48, 0x89, 0x87}, le32(OffBufWord(dst)), // MOV [RDI+dst], RAX
		codeReturn(exit))
}

// codeFuelLoop counts iterations in buffer word 0, decrementing the fuel
// word on each, and returns exit when the fuel reaches zero.
func codeFuelLoop(exit int32) []byte {
	return cat(
		[]byte{0x48, 0xFF, 0x87}, le32(OffBufWord(0)), // 0: INC QWORD [RDI+buf0]
		[]byte{0x48, 0xFF, 0x8F}, le32(OffFuel), // 7: DEC QWORD [RDI+fuel]
		[]byte{0x75, 0xF0}, // 14: JNZ 0
		codeReturn(exit))
}

// codeSpin counts iterations in buffer word 0 until the 32-bit word the
// context's Interrupt field points to is nonzero, then returns exit.
func codeSpin(exit int32) []byte {
	return cat(
		[]byte{0x48, 0x8B, 0x87}, le32(OffInterrupt), // 0: MOV RAX, [RDI+interrupt]
		[]byte{0x8B, 0x00},                            // 7: MOV EAX, [RAX]
		[]byte{0x85, 0xC0},                            // 9: TEST EAX, EAX
		[]byte{0x75, 0x09},                            // 11: JNZ 22
		[]byte{0x48, 0xFF, 0x87}, le32(OffBufWord(0)), // 13: INC QWORD [RDI+buf0]
		[]byte{0xEB, 0xEA}, // 20: JMP 0
		codeReturn(exit))   // 22
}

// codeTwoExits returns a at its entry and b when entered at the returned
// offset.
func codeTwoExits(a, b int32) ([]byte, int) {
	first := codeReturn(a)
	return cat(first, codeReturn(b)), len(first)
}

// codeClobber sets every register native code may change (all general
// registers but RSP and RBP, R14 included, and X0–X15, X15 included) to
// nonzero values and returns exit.
func codeClobber(exit int32) []byte {
	var b []byte
	for r := byte(0); r < 16; r++ {
		if r == 4 || r == 5 {
			continue // RSP, RBP
		}
		rex := byte(0x48)
		if r >= 8 {
			rex = 0x49
		}
		b = cat(b, []byte{rex, 0xC7, 0xC0 + r&7}, le32(-0x5a5a5a5b)) // MOV r, imm32
	}
	for x := byte(0); x < 16; x++ {
		modrm := 0xC0 | (x&7)<<3 | x&7
		if x < 8 {
			b = append(b, 0x66, 0x0F, 0x76, modrm) // PCMPEQD x, x
		} else {
			b = append(b, 0x66, 0x45, 0x0F, 0x76, modrm)
		}
	}
	return cat(b, codeReturn(exit))
}
