package arm64

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"

	"golang.org/x/arch/arm64/arm64asm"
)

// Disasm returns a listing of code, one instruction a line: offset, the
// instruction word in hex, and the instruction in Go assembler syntax.
func Disasm(code []byte) string {
	var sb strings.Builder
	for pc := 0; pc+4 <= len(code); pc += 4 {
		word := binary.LittleEndian.Uint32(code[pc:])
		text := "?"
		if inst, err := arm64asm.Decode(code[pc : pc+4]); err == nil {
			text = arm64asm.GoSyntax(inst, uint64(pc), nil, bytes.NewReader(code))
		}
		fmt.Fprintf(&sb, "%04x  %08x  %s\n", pc, word, text)
	}
	return sb.String()
}
