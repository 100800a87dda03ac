//go:build linux

package vm

import "syscall"

// physicalMemory is the most memory one allocation can get, in bytes: the
// machine's RAM, or less under a resource limit on the process's address
// space or data (more fails in CPython's malloc, and ends a Go process).
func physicalMemory() int64 {
	var si syscall.Sysinfo_t
	n := int64(1 << 40)
	if err := syscall.Sysinfo(&si); err == nil && si.Totalram != 0 {
		n = int64(uint64(si.Totalram) * uint64(si.Unit))
	}
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) != nil || rl.Cur > 1<<62 {
			continue
		}
		// Under a limit on address space, the Go runtime's own
		// reservations and a heap that has not yet returned the space of
		// its garbage need about as much again as the live data.
		if lim := int64(rl.Cur) / 2; lim < n {
			n = lim
		}
	}
	return n
}
