//go:build !arm64

package cache

// trapByte fills unused code memory: on amd64 it is INT3.
const trapByte = 0xCC

// flushICache does nothing: amd64 keeps instruction fetch coherent with
// stores.
func flushICache(start, end uintptr) {}
