//go:build !linux

package vm

// physicalMemory is a bound on one allocation where the machine's RAM is
// not asked for.
func physicalMemory() int64 { return 1 << 40 }
