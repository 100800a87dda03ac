//go:build linux

package vm

import (
	"io"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// readWaitMillis is how long, in milliseconds, a read that waits for data
// sleeps before it looks again for an interrupt (Ctrl-C, a limit).
const readWaitMillis = 20

// waitReadable returns when a read of fd no longer waits: data or the end
// of the input is there, or fd is non-blocking (its read fails rather
// than waits). Meanwhile it handles interrupts as a loop's back edge does,
// returning their exception: Ctrl-C stops a read at once, as in CPython,
// where read(2) fails with EINTR and the signal's handler runs. (Go
// restarts read(2) after a signal, so a read that waits would not end.)
func (th *Thread) waitReadable(fd int) error {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	if n, err := unix.Poll(fds, 0); err != nil && err != unix.EINTR || n > 0 {
		return nil
	}
	if fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0); err != nil || fl&unix.O_NONBLOCK != 0 {
		return nil
	}
	for {
		if err := th.SafePoint(1); err != nil {
			return err
		}
		n, err := th.pollReleased(fds, readWaitMillis*time.Millisecond)
		if err == unix.EINTR || err == nil && n == 0 {
			continue
		}
		return nil
	}
}

// waitingStdin is a standard input whose reads may wait (a terminal, a
// pipe), read so that an interrupt ends the wait.
type waitingStdin struct {
	f  *os.File
	fd int
	in *Interpreter
}

// interruptibleStdin returns f, wrapped so that Ctrl-C (or a limit) stops
// a read of it that waits, with a *stdinStop error; regular files never
// wait and are read as they are.
func interruptibleStdin(f *os.File, in *Interpreter) io.Reader {
	if fi, err := f.Stat(); err != nil || fi.Mode().IsRegular() {
		return f
	}
	return &waitingStdin{f: f, fd: int(f.Fd()), in: in}
}

func (r *waitingStdin) Read(p []byte) (int, error) {
	if err := r.in.current().waitReadable(r.fd); err != nil {
		return 0, &stdinStop{err}
	}
	return r.f.Read(p)
}
