package vm

// Writes made visible before a program looks at files. CPython closes,
// and so flushes, a file object the moment its last reference goes: a
// program may write through a file it never closes (`open(p,
// "w").write(s)`, `json.dump(d, open(p, "w"))`) and read the file back at
// once, or hand it to another process. pyjit closes such a stream when a
// collection finds it dead, which may be much later. So before the program
// opens a file, asks for a file's status or starts a process, the
// interpreter passes to the operating system what the buffered streams on
// files it opened hold (not the standard streams, whose buffering a
// program's output order depends on): by then CPython would have done so
// for every stream the program dropped, and one still in use loses nothing
// by it.

import "sort"

// flushFileWrites writes out the buffered writes of the live buffered and
// text streams on regular files (descriptors above 2; a write to a pipe
// could block where CPython's would not have been made) that the
// interpreter's own implementation runs. Errors are left for the stream's own next flush or
// close to meet again.
func (th *Thread) flushFileWrites() {
	q := &th.interp.fin
	var streams []Object
	q.mu.Lock()
	for serial := range q.streams {
		e, ok := q.live[serial]
		if !ok || e.kind != liveBuffered && e.kind != liveTextIO {
			continue
		}
		if o := e.object(); holdsFileWrites(o) {
			streams = append(streams, o)
		}
	}
	q.mu.Unlock()
	if len(streams) == 0 {
		return
	}
	// Text streams first, so that what they hold reaches their buffers.
	sort.SliceStable(streams, func(i, j int) bool {
		_, ti := streams[i].(*TextIO)
		_, tj := streams[j].(*TextIO)
		return ti && !tj
	})
	for _, o := range streams {
		var b *Buffered
		switch s := o.(type) {
		case *TextIO:
			var ok bool
			if b, ok = s.buffer.o.(*Buffered); !ok || b.owner != nil {
				continue
			}
			if th.txtWriteflush(s) != nil {
				continue
			}
		case *Buffered:
			b = s
		}
		if b.owner == nil && len(b.wbuf) > 0 {
			b.owner = th
			th.bufFlushWrites(b)
			b.owner = nil
		}
	}
}

// holdsFileWrites reports whether o, a buffered or text stream, holds
// writes for a file that its buffer writes to directly, and no method of
// it is running.
func holdsFileWrites(o Object) bool {
	var b *Buffered
	pending := false
	switch s := o.(type) {
	case *TextIO:
		bb, ok := s.buffer.o.(*Buffered)
		if !ok || !s.ok {
			return false
		}
		b, pending = bb, len(s.pending) > 0 || s.pendingStr
	case *Buffered:
		b = s
	default:
		return false
	}
	if !b.ok || !b.writable || b.owner != nil || !pending && len(b.wbuf) == 0 {
		return false
	}
	f, ok := b.raw.o.(*FileIO)
	return ok && f.fd > 2 && f.regular
}
