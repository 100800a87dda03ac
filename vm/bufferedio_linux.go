//go:build linux

package vm

import "golang.org/x/sys/unix"

// fileIOClosed reports whether f is closed.
func fileIOClosed(f *FileIO) bool { return f.fd < 0 }

// fastRawRead reads up to n bytes from a FileIO as its read(n) does.
func (th *Thread) fastRawRead(f *FileIO, n int) ([]byte, bool, error) {
	if f.fd < 0 {
		return nil, false, fioClosed()
	}
	if !f.readable {
		return nil, false, th.ioUnsupported("File not open for reading")
	}
	if err := th.alloc(int64(n)); err != nil {
		return nil, false, err
	}
	buf := make([]byte, n)
	got, none, err := th.fastRawReadInto(f, buf)
	return buf[:got], none, err
}

// fastRawReadInto reads into buf from a FileIO as its readinto does.
func (th *Thread) fastRawReadInto(f *FileIO, buf []byte) (int, bool, error) {
	if f.fd < 0 {
		return 0, false, fioClosed()
	}
	if !f.readable {
		return 0, false, th.ioUnsupported("File not open for reading")
	}
	got, rerr := th.sysRead(f.fd, buf)
	if rerr != nil {
		r, err := fioReadErr(rerr)
		return 0, err == nil && r.IsNone(), err
	}
	return got, false, nil
}

// fastRawWrite writes data to a FileIO as its write does; ok is false
// when the caller should call write itself.
func (th *Thread) fastRawWrite(f *FileIO, data []byte) (int, bool, error) {
	if f.fd < 0 {
		return 0, true, fioClosed()
	}
	if !f.writable {
		return 0, true, th.ioUnsupported("File not open for writing")
	}
	if !f.regular {
		// A pipe or terminal may be full, and Go restarts a write(2) a
		// signal interrupts: wait for room as a read waits for data,
		// handling interrupts (a handler that raises stops the write, as
		// in CPython), and write no more than the room poll(2) promises.
		if err := th.waitWritable(f.fd, false); err != nil {
			return 0, true, err
		}
		if len(data) > pipeRoom {
			data = data[:pipeRoom]
		}
	}
	for {
		n, werr := th.writeReleased(f.fd, data)
		switch werr {
		case nil:
			return n, true, nil
		case unix.EINTR:
			if err := th.poll(0); err != nil {
				return 0, true, err
			}
			continue
		case unix.EAGAIN:
			return -2, true, nil
		}
		return 0, true, osError(werr, Null, Null)
	}
}
