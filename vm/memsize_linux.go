//go:build linux

package vm

import "syscall"

// physicalMemory is the machine's RAM in bytes, the most one allocation
// can get (more fails in CPython's malloc, and ends a Go process).
func physicalMemory() int64 {
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil || si.Totalram == 0 {
		return 1 << 40
	}
	return int64(uint64(si.Totalram) * uint64(si.Unit))
}
