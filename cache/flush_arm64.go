package cache

// trapByte fills unused code memory: four zero bytes are the permanently
// undefined instruction UDF #0.
const trapByte = 0x00

// flushICache makes instructions written to [start, end) visible to
// instruction fetch: it cleans the data cache and invalidates the
// instruction cache over the range, with the line sizes from CTR_EL0.
//
//go:noescape
func flushICache(start, end uintptr)
