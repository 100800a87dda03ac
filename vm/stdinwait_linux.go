//go:build linux

package vm

import (
	"errors"
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

// pipeRoom is the room a pipe has when poll(2) finds it writable (a page,
// PIPE_BUF): a write of no more than that does not wait.
const pipeRoom = 4096

// waitWritable returns when a write of up to pipeRoom bytes to fd no
// longer waits (or fd is non-blocking, or poll(2) reports an error for
// the write to meet), handling interrupts meanwhile as waitReadable does.
// With partial set (part of a write is done), it returns errWritePartial
// instead when an interrupt is due, leaving it to the interpreter loop:
// write(2) returns the count of what it wrote when a signal comes.
func (th *Thread) waitWritable(fd int, partial bool) error {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
	if n, err := unix.Poll(fds, 0); err != nil && err != unix.EINTR || n > 0 {
		return nil
	}
	if fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0); err != nil || fl&unix.O_NONBLOCK != 0 {
		return nil
	}
	for {
		if partial && th.interrupt.Load() != 0 {
			return errWritePartial
		}
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

// errWritePartial is waitWritable's report of an interrupt due while part
// of a write is done.
var errWritePartial = errors.New("interrupted after part of a write")

// writeWaiting is os.write's write(2) of data to fd: to a pipe or
// terminal, as room comes (a page at a time, so that no write waits where
// Go would restart it after a signal), handling interrupts while nothing
// is written yet, and returning the count written so far when one comes
// later, as write(2) does.
func (th *Thread) writeWaiting(fd int, data []byte) (int, error) {
	if len(data) > pipeRoom {
		var st unix.Stat_t
		if unix.Fstat(fd, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG {
			return th.writeReleased(fd, data)
		}
	}
	written := 0
	for {
		if err := th.waitWritable(fd, written > 0); err == errWritePartial {
			return written, nil
		} else if err != nil {
			return 0, err
		}
		chunk := data[written:]
		if len(chunk) > pipeRoom {
			chunk = chunk[:pipeRoom]
		}
		n, err := th.writeReleased(fd, chunk)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			if written > 0 {
				return written, nil
			}
			return 0, err
		}
		written += n
		if written == len(data) || n < len(chunk) {
			return written, nil
		}
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
