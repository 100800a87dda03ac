//go:build !linux

package bench

import (
	"os"
	"syscall"
	"time"
)

func runMeasured(file string, args, env []string, timeout time.Duration) (runResult, string, error) {
	return runPlain(file, args, env, timeout)
}

func maxRSSKiB(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return int64(ru.Maxrss) / 1024 // bytes on the BSDs and macOS
	}
	return 0
}
