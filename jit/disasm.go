package jit

import "github.com/pyjit/pyjit/amd64"

func disasm(b []byte) string { return amd64.Disasm(b) }
