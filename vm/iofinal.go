package vm

// The closing of buffered and text streams nothing refers to any more,
// and at exit, as CPython's IOBase finalizer does: close() is called, and
// what it raises is dropped.

import (
	"runtime"
	"sort"
	"unsafe"
)

// trackIO gives v, a raw file, buffered or text stream (or an instance of
// a subclass of one), a finalizer that closes it.
func (in *Interpreter) trackIO(v Value) {
	q := &in.fin
	due := func(o Object, serial uint64) { in.finalizerDue(o, func() uint64 { return serial }) }
	q.mu.Lock()
	defer q.mu.Unlock()
	switch o := v.o.(type) {
	case *Buffered:
		serial := q.track(unsafe.Pointer(o), liveBuffered)
		runtime.SetFinalizer(o, func(o *Buffered) { due(o, serial) })
	case *TextIO:
		serial := q.track(unsafe.Pointer(o), liveTextIO)
		runtime.SetFinalizer(o, func(o *TextIO) { due(o, serial) })
	case *FileIO:
		serial := q.track(unsafe.Pointer(o), liveFileIO)
		runtime.SetFinalizer(o, func(o *FileIO) { due(o, serial) })
	case *Instance:
		serial := q.track(unsafe.Pointer(o), liveIOInstance)
		runtime.SetFinalizer(o, func(o *Instance) { due(o, serial) })
	}
}

// newIOObject returns the stream o made for cls, o's type or a subclass,
// with the finalizer that closes it.
func (th *Thread) newIOObject(cls *Type, o Object) Value {
	v := Obj(o)
	if cls != o.Type() {
		v = newSubclassInstance(cls, v)
		if cls.hasDel() {
			// Its __del__ is its finalizer.
			return v
		}
	}
	th.interp.trackIO(v)
	return v
}

// ioFinalize closes a stream that died, unless it is closed already: as
// CPython's close() does when a finalizer calls it, the file under the
// stream first warns (ResourceWarning) that the program left it open,
// when warn is set (not at exit, where CPython's module teardown is
// silent).
func (th *Thread) ioFinalize(v Value, warn bool) error {
	c, err := th.GetAttr(v, intern("closed"))
	if err == nil {
		var closed bool
		if closed, err = th.Truth(c); err == nil && !closed {
			if warn {
				th.deallocWarn(v)
			}
			_, err = th.CallMethod(v, "close")
		}
	}
	if _, ok := err.(*Exception); ok {
		return nil
	}
	return err
}

// deallocWarn calls _dealloc_warn(v) of the stream under v, v's own for a
// raw file or buffered stream, its buffer's for a text stream, as their
// close() does in CPython while finalizing; what it raises is dropped.
func (th *Thread) deallocWarn(v Value) {
	target := v
	if _, ok := unwrap(v).o.(*TextIO); ok {
		b, err := th.GetAttr(v, intern("buffer"))
		if err != nil {
			return
		}
		target = b
	}
	th.CallMethod(target, "_dealloc_warn", v)
}

// resourceWarning issues the ResourceWarning "what %r" about source (a
// stream, an iterator) that its finalizer is about to release; a warning
// turned into an error is reported as unraisable, in the name of self.
func (th *Thread) resourceWarning(what string, source, self Value) {
	r, err := th.Repr(source)
	if err == nil {
		err = th.warnAt(String(what+" "+r), Obj(ResourceWarningType), 1, source)
	}
	if exc, ok := err.(*Exception); ok {
		th.writeUnraisable(exc, self)
	}
}

// sortStreamsOuterFirst orders the streams closed at exit: text streams,
// then buffered ones, then raw files, each kind oldest first.
func sortStreamsOuterFirst(s []dueObject) {
	rank := func(d dueObject) int {
		switch unwrap(Obj(d.obj)).o.(type) {
		case *TextIO:
			return 0
		case *FileIO:
			return 2
		}
		return 1
	}
	sort.SliceStable(s, func(i, j int) bool { return rank(s[i]) < rank(s[j]) })
}

// isStream reports whether o is a raw file, a buffered or text stream, or
// an instance of a subclass of one.
func isStream(o Object) bool {
	switch unwrap(Obj(o)).o.(type) {
	case *FileIO, *Buffered, *TextIO:
		return true
	}
	return false
}
