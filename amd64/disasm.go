package amd64

import (
	"fmt"
	"strings"

	"golang.org/x/arch/x86/x86asm"
)

// Disasm returns a listing of code, one instruction a line: offset,
// bytes in hex, and the instruction in Go assembler syntax.
func Disasm(code []byte) string {
	var sb strings.Builder
	for pc := 0; pc < len(code); {
		inst, err := x86asm.Decode(code[pc:], 64)
		n := inst.Len
		text := ""
		if err != nil || n == 0 {
			n, text = 1, "?"
		} else {
			text = x86asm.GoSyntax(inst, uint64(pc), nil)
		}
		fmt.Fprintf(&sb, "%04x  %-22x %s\n", pc, code[pc:pc+n], text)
		pc += n
	}
	return sb.String()
}
