package vm

// Finalization: __del__ methods of instances and the closing of suspended
// generators, which CPython runs when an object's last reference goes.
//
// pyjit has no reference counts; Go's collector finds dead objects. An
// object that needs finalizing gets a Go finalizer when it is made: an
// instance of a class that defines __del__, and a generator whose code can
// be suspended inside a try or with block (its close() runs Python code).
// The Go finalizer only queues the object and raises interruptFinalize; the
// interpreter loop runs the queued finalizers at its next safe point (a
// back edge or a call), on the interpreter's own thread, inside the same
// guard and limits as the script. gc.collect() runs a collection and then
// the finalizers it made due, and Interpreter.Finalize runs, at exit, those
// of the objects still alive, oldest first.
//
// As in PyPy, a finalizer runs some time after the last reference goes
// (at the next collection), not at once. An object with a finalizer that
// is part of a reference cycle through other objects stays in memory until
// exit, where it is finalized with the live ones: Go does not collect such
// cycles (nor did CPython before 3.4 collect cycles with __del__).

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// finalizerQueue holds the objects of one interpreter that need
// finalizing.
type finalizerQueue struct {
	mu sync.Mutex
	// due are the objects the collector found dead, in the order found.
	due []dueObject
	// live has, by serial number, the address of every object with a
	// finalizer that has not run: such an object is not freed before
	// its finalizer runs, which deletes it from live first, so an address
	// found here under mu is that of a live object. (An address hides the
	// object from the collector, as a reference would not.)
	live map[uint64]liveObject
	// made counts the objects given a finalizer: their serial numbers.
	made uint64
	// running is set while the interpreter thread runs finalizers.
	running bool
	// delLive counts the objects of live (instances, exceptions, classes)
	// whose finalizer is a __del__ (promptfinal.go).
	delLive atomic.Int32
	// young has a bit for each frame depth (the last bit for all deeper)
	// at which an object with a __del__ was made since the last prompt
	// collection at that depth (promptfinal.go).
	young atomic.Uint64
	// streams has the serial numbers in live of the buffered and text
	// streams, which iovisible.go looks through.
	streams map[uint64]struct{}
	// agFinalizers has, by serial number, the sys.set_asyncgen_hooks
	// finalizer of each async generator that was given one.
	agFinalizers map[uint64]Value
	// generatorDied is the Go finalizer of generators, made once.
	generatorDied func(*Generator)
}

// dueObject is an object whose finalizer is due, with its serial number.
type dueObject struct {
	obj    Object
	serial uint64
	io     bool // a stream to close, not an instance whose __del__ to call
}

// liveObject is the address of an object with a finalizer.
type liveObject struct {
	addr uintptr
	kind uint8 // one of the live* kinds
}

// The kinds of objects with finalizers.
const (
	liveInstance   = iota // an *Instance with __del__
	liveGen               // a *Generator
	liveScandir           // a *ScandirIter, which warns when it dies open
	liveException         // an *Exception of a class with __del__
	liveClass             // a *Type whose metaclass has __del__
	liveBuffered          // a *Buffered, closed when it dies (this and the kinds below are streams)
	liveTextIO            // a *TextIO, closed when it dies
	liveIOInstance        // an *Instance of a subclass of a stream type, closed when it dies
	liveFileIO            // a *FileIO, closed when it dies
)

// isDel reports whether e's finalizer is a __del__.
func (e liveObject) isDel() bool {
	return e.kind == liveInstance || e.kind == liveException || e.kind == liveClass
}

// object returns the object at e.addr; the caller holds the queue's lock
// and found e in live.
func (e liveObject) object() Object {
	p := *(*unsafe.Pointer)(unsafe.Pointer(&e.addr))
	switch e.kind {
	case liveGen:
		return (*Generator)(p)
	case liveScandir:
		return (*ScandirIter)(p)
	case liveBuffered:
		return (*Buffered)(p)
	case liveTextIO:
		return (*TextIO)(p)
	case liveFileIO:
		return (*FileIO)(p)
	case liveException:
		return (*Exception)(p)
	case liveClass:
		return (*Type)(p)
	}
	return (*Instance)(p)
}

// finalizerDue runs on Go's finalizer goroutine: it queues o for the
// interpreter thread, unless shutdown has taken it already. serial reads
// o's serial number under the queue's lock.
func (in *Interpreter) finalizerDue(o Object, serial func() uint64) {
	q := &in.fin
	q.mu.Lock()
	n := serial()
	e, ok := q.live[n]
	if ok {
		delete(q.live, n)
		delete(q.streams, n)
		q.due = append(q.due, dueObject{o, n, e.kind >= liveBuffered})
		if e.isDel() {
			q.delLive.Add(-1)
		}
	}
	q.mu.Unlock()
	if ok {
		in.main.raise(interruptFinalize)
	}
}

// track records the object at p and returns its serial number; the
// caller holds the lock.
func (q *finalizerQueue) track(p unsafe.Pointer, kind uint8) uint64 {
	q.made++
	if q.live == nil {
		q.live = map[uint64]liveObject{}
	}
	q.live[q.made] = liveObject{addr: uintptr(p), kind: kind}
	if kind == liveBuffered || kind == liveTextIO {
		if q.streams == nil {
			q.streams = map[uint64]struct{}{}
		}
		q.streams[q.made] = struct{}{}
	}
	return q.made
}

// trackInstance gives o, an instance of a class with __del__, a finalizer.
func (in *Interpreter) trackInstance(o *Instance) { trackDel(in, o, liveInstance) }

// trackException gives e, an exception of a class with __del__, a
// finalizer.
func (in *Interpreter) trackException(e *Exception) { trackDel(in, e, liveException) }

// trackClass gives t, a class whose metaclass defines __del__, a
// finalizer.
func (in *Interpreter) trackClass(t *Type) { trackDel(in, t, liveClass) }

// trackDel records o, of the given live kind, and gives it the Go
// finalizer that queues its __del__.
func trackDel[T any, P interface {
	*T
	Object
}](in *Interpreter, o P, kind uint8) {
	q := &in.fin
	q.mu.Lock()
	serial := q.track(unsafe.Pointer(o), kind)
	q.delLive.Add(1)
	q.young.Or(depthBit(in.main.depth))
	q.mu.Unlock()
	runtime.SetFinalizer(o, func(o P) { in.finalizerDue(o, func() uint64 { return serial }) })
}

// trackGenerator gives g a finalizer that closes it.
func (in *Interpreter) trackGenerator(g *Generator) {
	q := &in.fin
	q.mu.Lock()
	g.serial = q.track(unsafe.Pointer(g), liveGen)
	q.mu.Unlock()
	if q.generatorDied == nil {
		q.generatorDied = func(g *Generator) { in.finalizerDue(g, func() uint64 { return g.serial }) }
	}
	runtime.SetFinalizer(g, q.generatorDied)
}

// trackScandir gives it, a new scandir iterator, the finalizer that warns
// when it dies before it is exhausted or closed.
func (in *Interpreter) trackScandir(it *ScandirIter) {
	q := &in.fin
	q.mu.Lock()
	it.serial = q.track(unsafe.Pointer(it), liveScandir)
	q.mu.Unlock()
	runtime.SetFinalizer(it, func(it *ScandirIter) { in.finalizerDue(it, func() uint64 { return it.serial }) })
}

// closeScandir marks it closed and drops its entries and its finalizer.
func (in *Interpreter) closeScandir(it *ScandirIter) {
	it.closed, it.entries = true, nil
	if it.serial != 0 {
		q := &in.fin
		q.mu.Lock()
		delete(q.live, it.serial)
		it.serial = 0
		q.mu.Unlock()
		runtime.SetFinalizer(it, nil)
	}
}

// finishGen marks g finished: it needs no closing any more, so its
// finalizer, if any, goes (the common case, a generator run to its end,
// then costs the collector nothing more). As CPython clears a finished
// generator's frame, its locals go, so that what they refer to can be
// collected while the generator object lives; not when a frame object
// (a traceback's) shows them, nor for a generator recycleGen may reuse
// (it reads the slots and clears them itself).
func (th *Thread) finishGen(g *Generator) {
	g.finished = true
	if f := g.frame; f != nil {
		if fo := f.pyframe; fo != nil {
			// The frame object (made for a traceback, say) keeps the final
			// locals for as long as it lives; the generator lets go of them,
			// and of the object, as CPython's does when it finishes. A
			// finished generator's frame has no f_back.
			fo.keepState(f)
			f.pyframe = nil
		}
		if !g.exclusive && !th.releaseGenSlots(g, f) {
			clear(f.fast)
		}
	}
	if g.serial != 0 {
		q := &th.interp.fin
		q.mu.Lock()
		delete(q.live, g.serial)
		delete(q.agFinalizers, g.serial)
		g.serial = 0
		q.mu.Unlock()
		runtime.SetFinalizer(g, nil)
	}
}

// hasDel reports whether instances of t are finalized by a __del__,
// caching the answer for t's version.
func (t *Type) hasDel() bool {
	if t.delVersion != t.version {
		t.delVersion = t.version
		t.del = t.lookupS(strDunderDel).o != nil
	}
	return t.del
}

var strDunderDel = intern("__del__")

// runFinalizers runs the finalizers that are due. An exception a finalizer
// raises is reported as unraisable, as CPython does; only a limit of the
// embedding (which is not a Python exception) stops the run and propagates.
func (th *Thread) runFinalizers() error {
	q := &th.interp.fin
	if q.running {
		// Finalizers are running further out: they take these too.
		return nil
	}
	q.running = true
	defer func() { q.running = false }()
	if th.interp.weakrefs.due.Swap(false) {
		if err := th.sweepWeakrefs(); err != nil {
			return err
		}
	}
	for {
		q.mu.Lock()
		due := q.due
		q.due = nil
		q.mu.Unlock()
		if len(due) == 0 {
			return nil
		}
		// Objects found dead together are finalized oldest first, as
		// CPython's reference counts release a frame's locals or a
		// container's items in the order they were made, most often. (Go
		// keeps an object another one with a finalizer refers to for a
		// later collection, so none of these depends on another.)
		slices.SortStableFunc(due, func(a, b dueObject) int { return cmp.Compare(a.serial, b.serial) })
		for i, d := range due {
			if err := th.finalizeDue(d, false); err != nil {
				q.mu.Lock()
				q.due = append(due[i+1:], q.due...)
				q.mu.Unlock()
				th.interrupt.Or(interruptFinalize)
				return err
			}
		}
	}
}

// finalizeDue runs the finalizer of d; atExit is set for the objects
// still alive at exit.
func (th *Thread) finalizeDue(d dueObject, atExit bool) error {
	if d.io {
		return th.ioFinalize(Obj(d.obj), !atExit)
	}
	return th.finalize(d.obj)
}

// finalize runs o's finalizer: __del__ for an instance, close() for a
// generator. Only errors that are not Python exceptions are returned.
func (th *Thread) finalize(o Object) error {
	var err error
	var culprit Value
	switch o := o.(type) {
	case *Instance, *Exception, *Type:
		culprit = o.Type().lookupS(strDunderDel)
		if culprit.o == nil {
			return nil
		}
		_, _, err = th.callDunderS(Obj(o), strDunderDel)
	case *Generator:
		if o.kind == asyncGenKind {
			if o.running {
				return nil
			}
			return th.finalizeGen(o)
		}
		if o.kind == coroutineKind && !o.finished && !o.running && o.frame != nil && o.frame.pc == 0 {
			return th.warnUnawaitedCoroutine(o)
		}
		if o.finished || o.running || o.frame == nil || o.frame.pc == 0 {
			return nil
		}
		culprit = Obj(o)
		err = th.closeGen(o)
	case *ScandirIter:
		if !o.closed {
			o.closed, o.entries = true, nil
			th.resourceWarning("unclosed scandir iterator", Obj(o), Obj(o))
		}
	}
	if err == nil {
		return nil
	}
	if _, ok := err.(*Exception); !ok {
		return err
	}
	th.writeUnraisable(err, culprit)
	return nil
}

// warnUnawaitedCoroutine issues the RuntimeWarning of a coroutine that
// died without being started, as CPython's _PyErr_WarnUnawaitedCoroutine:
// through warnings._warn_unawaited_coroutine (which shows where the
// coroutine was made), else directly; an exception either raises is
// reported as unraisable. Only errors that are not Python exceptions are
// returned.
func (th *Thread) warnUnawaitedCoroutine(g *Generator) error {
	coro := Obj(g)
	warned := false
	var err error
	var m Value
	if m, err = th.importModule("warnings"); err == nil {
		var fn Value
		if fn, err = th.GetAttr(m, NewStr("_warn_unawaited_coroutine")); err == nil {
			_, err = th.Call(fn, []Value{coro}, nil)
			if e, ok := err.(*Exception); err == nil || ok && e.typ.IsSubtype(RuntimeWarningType) {
				warned = true
			}
		}
	}
	if err != nil {
		if _, ok := err.(*Exception); !ok {
			return err
		}
		th.writeUnraisable(err, coro)
	}
	if !warned {
		if err := th.warn(RuntimeWarningType, "coroutine '"+g.qualname.s+"' was never awaited"); err != nil {
			if _, ok := err.(*Exception); !ok {
				return err
			}
			th.writeUnraisable(err, coro)
		}
	}
	return nil
}

// collect runs a full collection and waits until the Go finalizers it
// found have queued their objects, then runs them, repeating while
// finalizers free more objects that need finalizing (up to rounds times).
// It returns the number of objects finalized.
func (th *Thread) collect(rounds int) (int, error) {
	total := 0
	for range rounds {
		th.dropStaleReferences()
		runtime.GC()
		waitGoFinalizers()
		th.interp.weakrefs.due.Store(false)
		if err := th.sweepWeakrefs(); err != nil {
			return total, err
		}
		q := &th.interp.fin
		q.mu.Lock()
		n := len(q.due)
		q.mu.Unlock()
		if n == 0 {
			break
		}
		total += n
		if err := th.runFinalizers(); err != nil {
			return total, err
		}
	}
	return total, nil
}

// dropStaleReferences clears what the thread keeps for reuse but no
// longer needs, so that the collector does not see it as live: the value
// stack above the running frames (returned frames' locals), the part of
// each running frame's window above its stack top (values popped), and
// the frames of the frame pool, and the type cache. A frame's sp is saved whenever it hands
// control to a call, as tracebacks need its pc, so slots above it are dead.
func (th *Thread) dropStaleReferences() {
	for f := th.frame; f != nil; f = f.back {
		if f.sp >= 0 && f.sp < len(f.fast) {
			clear(f.fast[f.sp:])
		}
	}
	clear(th.stack[th.stackTop:])
	th.spareStack = nil
	clearTypeCache()
	for _, f := range th.framePool {
		f.fast, f.code, f.fn, f.globals, f.builtins, f.back = nil, nil, nil, nil, nil, nil
	}
}

// Finalize ends the program as CPython's interpreter shutdown does: it
// waits for the threads that are not daemons (threading._shutdown), runs
// the functions registered with atexit (newest first), then the
// finalizers of dead objects, then those of the objects still alive,
// oldest first. The interpreter should not run code
// afterwards.
func (in *Interpreter) Finalize() error {
	th := in.main
	defer in.Flush()
	err := in.runGuarded(func() error {
		if err := th.shutdownThreads(); err != nil {
			return err
		}
		if err := th.runAtexit(); err != nil {
			return err
		}
		// sys.is_finalizing() is true from here, as in CPython after
		// the atexit functions.
		in.finalizing = true
		in.Flush()
		if in.fin.made == 0 {
			// Nothing was ever given a finalizer: no collection needed.
			return nil
		}
		if _, err := th.collect(4); err != nil {
			return err
		}
		if err := th.finalizeLive(); err != nil {
			return err
		}
		return th.runFinalizers()
	})
	if exc, ok := err.(*Exception); ok {
		th.writeUnraisableMsg(exc, "Exception ignored during shutdown", None)
		return nil
	}
	return err
}

// finalizeLive finalizes the objects whose finalizers have not run,
// oldest first, as CPython's shutdown finalizes what the modules' globals
// kept alive (with the globals still in place).
func (th *Thread) finalizeLive() error {
	q := &th.interp.fin
	q.mu.Lock()
	serials := make([]uint64, 0, len(q.live))
	for s := range q.live {
		serials = append(serials, s)
	}
	slices.Sort(serials)
	objs := make([]dueObject, 0, len(serials))
	var streams []dueObject
	for _, s := range serials {
		e := q.live[s]
		d := dueObject{e.object(), s, e.kind >= liveBuffered}
		if d.io || isStream(d.obj) {
			// Streams are closed before the others: text streams
			// first, then the buffered ones under them, so that what
			// the outer ones hold reaches the file.
			streams = append(streams, d)
			continue
		}
		objs = append(objs, d)
	}
	q.live, q.streams = nil, nil
	q.delLive.Store(0)
	q.mu.Unlock()
	sortStreamsOuterFirst(streams)
	objs = append(streams, objs...)
	for i, d := range objs {
		switch o := d.obj.(type) {
		case *Instance:
			runtime.SetFinalizer(o, nil)
		case *Generator:
			runtime.SetFinalizer(o, nil)
		case *Buffered:
			runtime.SetFinalizer(o, nil)
		case *TextIO:
			runtime.SetFinalizer(o, nil)
		case *FileIO:
			runtime.SetFinalizer(o, nil)
		case *ScandirIter:
			// Nothing to release, and no warning at exit.
			runtime.SetFinalizer(o, nil)
			continue
		}
		if err := th.finalizeDue(d, true); err != nil {
			return err
		}
		objs[i] = dueObject{}
	}
	return nil
}
