package vm

// Async generators: the async_generator type and the awaitables its
// __anext__, asend, athrow and aclose return, as CPython's genobject.c.
//
// An async generator's frame suspends in two ways: at a `yield` of its
// own (YIELD_VALUE 0), which ends the step its awaitable is taking with
// the value (CPython wraps such values in an async_generator_wrapped_value
// to tell them apart), and inside an `await` (YIELD_VALUE 1), whose value
// passes through the awaitable to the event loop that drives it.

import (
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// agFlags is an async generator's own state.
type agFlags uint8

const (
	// agHooksInited: the sys.set_asyncgen_hooks hooks were looked at (on
	// the first __anext__, asend, athrow or aclose).
	agHooksInited agFlags = 1 << iota
	// agClosed: the generator ended its iteration or was closed.
	agClosed
	// agRunningAsync: an awaitable of the generator is running it
	// (ag_running).
	agRunningAsync
)

// agStep says how a resumption of an async generator ended.
type agStep uint8

const (
	// agAwaited: the frame suspended inside an `await`; the value goes
	// to whoever drives the awaitable.
	agAwaited agStep = iota
	// agYielded: the frame suspended at its own `yield`.
	agYielded
)

// awaitableState is the state of an asend or athrow awaitable.
type awaitableState uint8

const (
	awaitableInit awaitableState = iota
	awaitableIter
	awaitableClosed
)

// asyncGenASend is the awaitable of __anext__() and asend(v).
type asyncGenASend struct {
	gen     *Generator
	sendval Value // Null for __anext__()
	state   awaitableState
}

// asyncGenAThrow is the awaitable of athrow(...) and aclose().
type asyncGenAThrow struct {
	gen   *Generator
	args  []Value // nil for aclose()
	state awaitableState
}

// AsyncGenASendType and AsyncGenAThrowType are the types of the awaitables
// an async generator's methods return.
var AsyncGenASendType, AsyncGenAThrowType *Type

// Type implements Object.
func (*asyncGenASend) Type() *Type { return AsyncGenASendType }

// Type implements Object.
func (*asyncGenAThrow) Type() *Type { return AsyncGenAThrowType }

// agResume resumes g, an async generator, sending a value or throwing an
// exception into it (CPython's gen_send_ex). It returns the value it
// suspended with and how (step), or done when the frame returned.
// closeOnExit false throws a GeneratorExit into the object g awaits
// instead of closing it.
func (th *Thread) agResume(g *Generator, send Value, throw *Exception, closeOnExit bool) (v Value, step agStep, done bool, err error) {
	if g.running {
		return Null, 0, false, Errorf(ValueErrorType, "async generator already executing")
	}
	if g.finished {
		if throw != nil {
			return Null, 0, false, throw
		}
		return None, 0, true, nil
	}
	f := g.frame
	started := f.pc > 0
	if throw == nil && !started && send.o != nil && !send.IsNone() {
		return Null, 0, false, Errorf(TypeErrorType, "can't send non-None value to a just-started async generator")
	}
	if throw != nil && started {
		if in := f.code.Instrs[f.pc-1]; in.Op() == code.YIELD_VALUE && in.Arg() == 1 {
			r, subDone, derr, handled := th.delegateThrow(g, throw, closeOnExit)
			if handled {
				if derr != nil {
					throw = asException(derr)
				} else if !subDone {
					return r, agAwaited, false, nil
				} else {
					throw = nil
					send = Null
				}
			}
		}
	}
	if throw != nil {
		g.pending = throw
	} else if started && send.o != nil {
		f.fast[f.sp] = send
		f.sp++
	}
	g.running = true
	th.enterExcState(g)
	v, err = th.runGen(g)
	th.leaveExcState(g)
	g.running = false
	if err != nil {
		th.finishGen(g)
		if e, ok := err.(*Exception); ok {
			return Null, 0, false, g.escaping(e)
		}
		return Null, 0, false, err
	}
	if f.yielded {
		step = agAwaited
		if in := f.code.Instrs[f.pc-1]; in.Op() == code.YIELD_VALUE && in.Arg() == 0 {
			step = agYielded
		}
		return v, step, false, nil
	}
	th.finishGen(g)
	return v, 0, true, nil
}

// agUnwrap is CPython's async_gen_unwrap_value: it turns a resumption of
// g into a step of the awaitable running it. A value g yields ends the
// awaitable (done, with the value); the end of g raises
// StopAsyncIteration.
func (g *Generator) agUnwrap(v Value, step agStep, done bool, err error) (Value, bool, error) {
	if done && err == nil {
		err = NewException(StopAsyncIterationType)
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(StopAsyncIterationType) || e.typ.IsSubtype(GeneratorExitType)) {
			g.ag |= agClosed
		}
		g.ag &^= agRunningAsync
		return Null, false, err
	}
	if step == agYielded {
		g.ag &^= agRunningAsync
		return v, true, nil
	}
	return v, false, nil
}

// agInitHooks calls the sys.set_asyncgen_hooks firstiter hook on g and
// records the finalizer hook for it, the first time g is asked for an
// awaitable.
func (th *Thread) agInitHooks(g *Generator) error {
	if g.ag&agHooksInited != 0 {
		return nil
	}
	g.ag |= agHooksInited
	if fin := th.agFinalizer; fin.o != nil && !fin.IsNone() && !g.finished {
		th.interp.setAsyncGenFinalizer(g, fin)
	}
	if first := th.agFirstIter; first.o != nil && !first.IsNone() {
		if _, err := th.Call(first, []Value{Obj(g)}, nil); err != nil {
			return err
		}
	}
	return nil
}

// asendSend is async_generator_asend.send(arg); arg is Null for __next__.
func (th *Thread) asendSend(o *asyncGenASend, arg Value) (Value, bool, error) {
	g := o.gen
	if o.state == awaitableClosed {
		return Null, false, Errorf(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if o.state == awaitableInit {
		if g.ag&agRunningAsync != 0 {
			return Null, false, Errorf(RuntimeErrorType, "anext(): asynchronous generator is already running")
		}
		if arg.o == nil || arg.IsNone() {
			arg = o.sendval
		}
		o.state = awaitableIter
	}
	if arg.o == nil {
		arg = None
	}
	g.ag |= agRunningAsync
	v, done, err := g.agUnwrap(th.agResume(g, arg, nil, true))
	if done || err != nil {
		o.state = awaitableClosed
	}
	return v, done, err
}

// asendThrow is async_generator_asend.throw(...).
func (th *Thread) asendThrow(o *asyncGenASend, args []Value) (Value, bool, error) {
	if o.state == awaitableClosed {
		return Null, false, Errorf(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	var v Value
	var step agStep
	var done bool
	var exc *Exception
	err := throwArgCount("throw", len(args))
	if err == nil {
		exc, err = th.throwArgs(args)
	}
	if err == nil {
		v, step, done, err = th.agResume(o.gen, Null, exc, true)
	}
	v, done, err = o.gen.agUnwrap(v, step, done, err)
	if done || err != nil {
		o.state = awaitableClosed
	}
	return v, done, err
}

// athrowSend is async_generator_athrow.send(arg).
func (th *Thread) athrowSend(o *asyncGenAThrow, arg Value) (Value, bool, error) {
	g := o.gen
	if o.state == awaitableClosed {
		return Null, false, Errorf(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	if g.finished {
		o.state = awaitableClosed
		return None, true, nil
	}
	var v Value
	var step agStep
	var done bool
	var err error
	if o.state == awaitableInit {
		if g.ag&agRunningAsync != 0 {
			o.state = awaitableClosed
			if o.args == nil {
				return Null, false, Errorf(RuntimeErrorType, "aclose(): asynchronous generator is already running")
			}
			return Null, false, Errorf(RuntimeErrorType, "athrow(): asynchronous generator is already running")
		}
		if g.ag&agClosed != 0 {
			o.state = awaitableClosed
			return Null, false, NewException(StopAsyncIterationType)
		}
		if arg.o != nil && !arg.IsNone() {
			return Null, false, Errorf(RuntimeErrorType, "can't send non-None value to a just-started coroutine")
		}
		o.state = awaitableIter
		g.ag |= agRunningAsync
		if o.args == nil {
			g.ag |= agClosed
			v, step, done, err = th.agResume(g, Null, NewException(GeneratorExitType), false)
			return o.closeResult(v, step, done, err)
		}
		if err := throwArgCount("athrow", len(o.args)); err != nil {
			return Null, false, err
		}
		exc, err := th.throwArgs(o.args)
		if err == nil {
			v, step, done, err = th.agResume(g, Null, exc, false)
		}
		v, done, err = g.agUnwrap(v, step, done, err)
		if err != nil {
			return Null, false, o.checkError(err)
		}
		return v, done, nil
	}
	if arg.o == nil {
		arg = None
	}
	v, step, done, err = th.agResume(g, arg, nil, true)
	if o.args != nil {
		return g.agUnwrap(v, step, done, err)
	}
	return o.closeResult(v, step, done, err)
}

// closeResult ends a step of aclose()'s awaitable: a value the generator
// yields means it ignored the GeneratorExit; its end, or a GeneratorExit
// or StopAsyncIteration out of it, completes the awaitable.
func (o *asyncGenAThrow) closeResult(v Value, step agStep, done bool, err error) (Value, bool, error) {
	if err == nil && !done {
		if step == agYielded {
			o.gen.ag &^= agRunningAsync
			o.state = awaitableClosed
			return Null, false, Errorf(RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return v, false, nil
	}
	if done {
		err = NewException(StopAsyncIterationType)
	}
	err = o.checkError(err)
	if e, ok := err.(*Exception); ok && e.typ == StopIterationType {
		return None, true, nil
	}
	return Null, false, err
}

// checkError ends the awaitable with err; for aclose(), a
// StopAsyncIteration or GeneratorExit becomes the awaitable's completion
// (a StopIteration).
func (o *asyncGenAThrow) checkError(err error) error {
	o.gen.ag &^= agRunningAsync
	o.state = awaitableClosed
	if e, ok := err.(*Exception); ok && o.args == nil &&
		(e.typ.IsSubtype(StopAsyncIterationType) || e.typ.IsSubtype(GeneratorExitType)) {
		return NewException(StopIterationType)
	}
	return err
}

// athrowThrow is async_generator_athrow.throw(...).
func (th *Thread) athrowThrow(o *asyncGenAThrow, args []Value) (Value, bool, error) {
	if o.state == awaitableClosed {
		return Null, false, Errorf(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	g := o.gen
	var v Value
	var step agStep
	var done bool
	var exc *Exception
	err := throwArgCount("throw", len(args))
	if err == nil {
		exc, err = th.throwArgs(args)
	}
	if err == nil {
		v, step, done, err = th.agResume(g, Null, exc, true)
	}
	if o.args != nil {
		return g.agUnwrap(v, step, done, err)
	}
	if err == nil && !done && step == agYielded {
		g.ag &^= agRunningAsync
		o.state = awaitableClosed
		return Null, false, Errorf(RuntimeErrorType, "async generator ignored GeneratorExit")
	}
	if done {
		err = NewException(StopAsyncIterationType)
	}
	if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(StopAsyncIterationType) || e.typ.IsSubtype(GeneratorExitType)) {
		return None, true, nil
	}
	return v, false, err
}

// throwArgCount checks the number of arguments of throw() and athrow().
func throwArgCount(name string, n int) error {
	if n < 1 {
		return Errorf(TypeErrorType, "%s expected at least 1 argument, got %d", name, n)
	}
	if n > 3 {
		return Errorf(TypeErrorType, "%s expected at most 3 arguments, got %d", name, n)
	}
	return nil
}

func initAsyncGenerators() {
	t := AsyncGeneratorType
	g := func(v Value) *Generator { return v.o.(*Generator) }
	method(t, "__aiter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil })
	method(t, "__anext__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := th.agInitHooks(g(self)); err != nil {
			return Null, err
		}
		return Obj(&asyncGenASend{gen: g(self)}), nil
	})
	method(t, "asend", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "async_generator.asend() takes exactly one argument (%d given)", len(args))
		}
		if err := th.agInitHooks(g(self)); err != nil {
			return Null, err
		}
		return Obj(&asyncGenASend{gen: g(self), sendval: args[0]}), nil
	})
	method(t, "athrow", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "athrow() takes no keyword arguments")
		}
		if err := th.agInitHooks(g(self)); err != nil {
			return Null, err
		}
		return Obj(&asyncGenAThrow{gen: g(self), args: append([]Value{}, args...)}), nil
	})
	method(t, "aclose", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := th.agInitHooks(g(self)); err != nil {
			return Null, err
		}
		return Obj(&asyncGenAThrow{gen: g(self)}), nil
	})
	genNameGetSets(t)
	t.addReadonly("ag_running", func(th *Thread, v Value) (Value, error) { return Bool(g(v).ag&agRunningAsync != 0), nil })
	getset(t, "ag_await", func(th *Thread, v Value) (Value, error) { return g(v).delegate(), nil })
	t.addReadonly("ag_code", func(th *Thread, v Value) (Value, error) { return Obj(g(v).frame.code), nil })
	getset(t, "ag_frame", func(th *Thread, v Value) (Value, error) {
		if g(v).finished {
			return None, nil
		}
		return Obj(g(v).frame.object()), nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return String("<async_generator object " + g(self).qualname.s + " at " + addr(self) + ">"), nil
	})
	method(t, "__del__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 0 {
			return Null, Errorf(TypeErrorType, "expected 0 arguments, got %d", len(args))
		}
		ag, ok := self.o.(*Generator)
		if !ok || ag.kind != asyncGenKind {
			return Null, Errorf(TypeErrorType, "descriptor '__del__' requires a 'async_generator' object but received a '%s'", self.Type().Name)
		}
		return None, th.finalizeGen(ag)
	})
	initAsyncGenAwaitables()
}

func initAsyncGenAwaitables() {
	as := newBuiltinType("async_generator_asend", ObjectType)
	as.layout, as.final = as, true
	AsyncGenASendType = as
	at := newBuiltinType("async_generator_athrow", ObjectType)
	at.layout, at.final = at, true
	AsyncGenAThrowType = at
	asend := func(v Value) *asyncGenASend { return v.o.(*asyncGenASend) }
	athrow := func(v Value) *asyncGenAThrow { return v.o.(*asyncGenAThrow) }
	iterSelf := func(th *Thread, v Value, args []Value, kw []string) (Value, error) { return v, nil }
	for _, t := range []*Type{as, at} {
		t := t
		method(t, "__await__", iterSelf)
		method(t, "__iter__", iterSelf)
		method(t, "__next__", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			return genResult(th.awaitableSend(v, Null))
		})
		method(t, "send", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "%s.send() takes exactly one argument (%d given)", t.Name, len(args))
			}
			return genResult(th.awaitableSend(v, args[0]))
		})
		method(t, "throw", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "%s.throw() takes no keyword arguments", t.Name)
			}
			if t == as && asend(v).state == awaitableClosed {
				return Null, Errorf(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
			}
			if t == at && athrow(v).state == awaitableClosed {
				return Null, Errorf(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
			}
			if t == as {
				return genResult(th.asendThrow(asend(v), args))
			}
			return genResult(th.athrowThrow(athrow(v), args))
		})
		method(t, "close", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			if t == as {
				asend(v).state = awaitableClosed
			} else {
				athrow(v).state = awaitableClosed
			}
			return None, nil
		})
	}
}

// awaitableSend takes a step of an asend or athrow awaitable, sending it
// arg (Null for __next__).
func (th *Thread) awaitableSend(v Value, arg Value) (Value, bool, error) {
	switch o := v.o.(type) {
	case *asyncGenASend:
		return th.asendSend(o, arg)
	case *asyncGenAThrow:
		if arg.o == nil {
			arg = None
		}
		return th.athrowSend(o, arg)
	}
	return Null, false, Errorf(TypeErrorType, "'%s' object is not an async generator awaitable", v.Type().Name)
}

// finalizeGen is an async generator's finalization (CPython's
// _PyGen_Finalize): the finalizer hook it was given is called with it,
// unless it is closed; without one it is closed as a generator is. An
// exception either raises is reported as unraisable.
func (th *Thread) finalizeGen(g *Generator) error {
	if g.finished {
		return nil
	}
	if fin := th.interp.takeAsyncGenFinalizer(g); fin.o != nil && g.ag&agClosed == 0 {
		if _, err := th.Call(fin, []Value{Obj(g)}, nil); err != nil {
			if _, ok := err.(*Exception); !ok {
				return err
			}
			th.writeUnraisable(err, Obj(g))
		}
		return nil
	}
	if g.frame.pc == 0 {
		return nil
	}
	if err := th.closeAsyncGen(g); err != nil {
		if _, ok := err.(*Exception); !ok {
			return err
		}
		th.writeUnraisable(err, Obj(g))
	}
	return nil
}

// setAsyncGenFinalizer records fin as the finalizer hook of g, which gets
// a Go finalizer if it has none.
func (in *Interpreter) setAsyncGenFinalizer(g *Generator, fin Value) {
	if g.serial == 0 {
		in.trackGenerator(g)
	}
	q := &in.fin
	q.mu.Lock()
	if q.agFinalizers == nil {
		q.agFinalizers = map[uint64]Value{}
	}
	q.agFinalizers[g.serial] = fin
	q.mu.Unlock()
}

// takeAsyncGenFinalizer returns and forgets the finalizer hook recorded
// for g, or Null.
func (in *Interpreter) takeAsyncGenFinalizer(g *Generator) Value {
	if g.serial == 0 {
		return Null
	}
	q := &in.fin
	q.mu.Lock()
	fin, ok := q.agFinalizers[g.serial]
	if ok {
		delete(q.agFinalizers, g.serial)
	}
	q.mu.Unlock()
	if !ok {
		return Null
	}
	return fin
}

// closeAsyncGen closes g, an async generator, as CPython's gen_close does
// when it finalizes one: the end of g raises StopAsyncIteration.
func (th *Thread) closeAsyncGen(g *Generator) error {
	_, done, err := th.resumeGen(g, Null, NewException(GeneratorExitType))
	if err == nil && !done {
		return Errorf(RuntimeErrorType, "async generator ignored GeneratorExit")
	}
	if done {
		return NewException(StopAsyncIterationType)
	}
	if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(GeneratorExitType) || e.typ.IsSubtype(StopIterationType)) {
		return nil
	}
	return err
}

// asyncgenHooksType is the type of sys.get_asyncgen_hooks()'s result.
var asyncgenHooksType *Type

// sysGetAsyncgenHooks implements sys.get_asyncgen_hooks(): the thread's
// hooks as an asyncgen_hooks(firstiter, finalizer) struct sequence.
func sysGetAsyncgenHooks(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Null, Errorf(TypeErrorType, "sys.get_asyncgen_hooks() takes no arguments (%d given)", len(args))
	}
	items := []Value{th.agFirstIter, th.agFinalizer}
	for i, v := range items {
		if v.o == nil {
			items[i] = None
		}
	}
	if asyncgenHooksType == nil {
		fields := []string{"firstiter", "finalizer"}
		t := &Type{Name: "asyncgen_hooks", QualName: "asyncgen_hooks", Bases: []*Type{TupleType}, Dict: NewDict(),
			version: nextTypeVersion(), layout: TupleType, Base: TupleType, final: true}
		t.computeMRO()
		for i, n := range fields {
			t.addGetSet(n, func(th *Thread, v Value) (Value, error) { return tupleSelf(v).items[i], nil }, nil)
		}
		method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			s := "asyncgen_hooks("
			for i, item := range tupleSelf(self).items {
				r, err := th.Repr(item)
				if err != nil {
					return Null, err
				}
				if i > 0 {
					s += ", "
				}
				s += fields[i] + "=" + r
			}
			return String(s + ")"), nil
		})
		asyncgenHooksType = t
	}
	return newSubclassInstance(asyncgenHooksType, Obj(NewTuple(items))), nil
}

// sysSetAsyncgenHooks implements sys.set_asyncgen_hooks([firstiter,
// finalizer]): each hook given (a callable, or None to unset it) replaces
// the thread's; both are checked before either is set.
func sysSetAsyncgenHooks(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	firstiter, finalizer := Null, Null
	if len(args) > 2 {
		return Null, Errorf(TypeErrorType, "function takes at most 2 arguments (%d given)", len(args))
	}
	for _, k := range kw {
		if k != "firstiter" && k != "finalizer" {
			return Null, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for this function", k)
		}
	}
	if err := unpackArgs("set_asyncgen_hooks", args, kw, 0, []string{"firstiter", "finalizer"}, &firstiter, &finalizer); err != nil {
		return Null, err
	}
	if finalizer.o != nil && !finalizer.IsNone() && !th.callable(finalizer) {
		return Null, Errorf(TypeErrorType, "callable finalizer expected, got %s", finalizer.Type().Name)
	}
	if firstiter.o != nil && !firstiter.IsNone() && !th.callable(firstiter) {
		return Null, Errorf(TypeErrorType, "callable firstiter expected, got %s", firstiter.Type().Name)
	}
	if finalizer.o != nil {
		th.agFinalizer = finalizer
	}
	if firstiter.o != nil {
		th.agFirstIter = firstiter
	}
	return None, nil
}

// coroOrigin is the cr_origin of a coroutine made now: the file, line and
// function name of each of the innermost coroOriginDepth frames.
func (th *Thread) coroOrigin() *Tuple {
	var items []Value
	for f := th.frame; f != nil && len(items) < th.coroOriginDepth; f = f.back {
		items = append(items, TupleOf(String(f.code.Filename), Int(int64(f.Line())), String(f.code.Name)))
	}
	return NewTuple(items)
}

// sysSetCoroutineOriginTrackingDepth implements
// sys.set_coroutine_origin_tracking_depth(depth).
func sysSetCoroutineOriginTrackingDepth(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var depth Value
	if err := unpackArgs("set_coroutine_origin_tracking_depth", args, kw, 1, []string{"depth"}, &depth); err != nil {
		return Null, err
	}
	n, err := th.cIntArg(depth)
	if err != nil {
		return Null, err
	}
	if n < 0 {
		return Null, Errorf(ValueErrorType, "depth must be >= 0")
	}
	th.coroOriginDepth = int(min(n, 1<<30))
	return None, nil
}

// genNameGetSets gives t, the type of generators, coroutines or async
// generators, its __name__ and __qualname__, which can be set to strs.
func genNameGetSets(t *Type) {
	g := func(v Value) *Generator { return v.o.(*Generator) }
	what := strings.ReplaceAll(t.Name, "_", " ")
	docs := map[string]string{"__name__": "name of the " + what, "__qualname__": "qualified name of the " + what}
	for _, name := range []string{"__name__", "__qualname__"} {
		qual := name == "__qualname__"
		t.addGetSetDoc(name, docs[name], func(th *Thread, v Value) (Value, error) {
			if qual {
				return Obj(g(v).qualname), nil
			}
			return Obj(g(v).name), nil
		}, func(th *Thread, v, x Value) error {
			s, ok := unwrap(x).o.(*Str)
			if !ok {
				return Errorf(TypeErrorType, "%s must be set to a string object", name)
			}
			if qual {
				g(v).qualname = s
			} else {
				g(v).name = s
			}
			return nil
		})
	}
}
