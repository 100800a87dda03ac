package vm

// The closing of buffered and text streams nothing refers to any more,
// and at exit, as CPython's IOBase finalizer does: close() is called, and
// what it raises is dropped.

import (
	"runtime"
	"sort"
	"unsafe"
)

// trackIO gives v, a buffered or text stream (or an instance of a
// subclass of one), a finalizer that closes it.
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

// ioFinalize closes a stream that died, unless it is closed already.
func (th *Thread) ioFinalize(v Value) error {
	c, err := th.GetAttr(v, intern("closed"))
	if err == nil {
		var closed bool
		if closed, err = th.Truth(c); err == nil && !closed {
			_, err = th.CallMethod(v, "close")
		}
	}
	if _, ok := err.(*Exception); ok {
		return nil
	}
	return err
}

// sortStreamsOuterFirst orders the streams closed at exit: text streams
// before buffered ones, each kind oldest first.
func sortStreamsOuterFirst(s []dueObject) {
	rank := func(d dueObject) int {
		if _, ok := unwrap(Obj(d.obj)).o.(*TextIO); ok {
			return 0
		}
		return 1
	}
	sort.SliceStable(s, func(i, j int) bool { return rank(s[i]) < rank(s[j]) })
}

// isStream reports whether o is a buffered or text stream, or an
// instance of a subclass of one.
func isStream(o Object) bool {
	switch unwrap(Obj(o)).o.(type) {
	case *Buffered, *TextIO:
		return true
	}
	return false
}
