package vm

import "github.com/pyjit/pyjit/vm/code"

// anext(iterator, default): the anext_awaitable type.

// anextAwaitable is what anext(it, default) returns: an awaitable that
// runs the awaitable of it.__anext__() and turns the StopAsyncIteration
// that ends the iteration into a return of default.
type anextAwaitable struct {
	wrapped, def Value
}

// AnextAwaitableType is the type of anext()'s awaitable with a default.
var AnextAwaitableType *Type

// Type implements Object.
func (*anextAwaitable) Type() *Type { return AnextAwaitableType }

// anextIter returns the iterator that runs the wrapped awaitable: a
// coroutine itself, or what its __await__ returns. CPython asks for it
// on every step.
func (th *Thread) anextIter(a *anextAwaitable) (Value, error) {
	if g, ok := a.wrapped.o.(*Generator); ok && (g.kind == coroutineKind || g.frame.code.Flags&code.IterableCoro != 0) {
		// A coroutine, or a generator-based one (types.coroutine).
		return a.wrapped, nil
	}
	if g, ok := a.wrapped.o.(*Generator); ok && g.kind != coroutineKind {
		return Null, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", a.wrapped.Type().Name)
	}
	return th.getAwaitable(a.wrapped, 0)
}

// anextResult converts a step of the wrapped awaitable: the end of the
// async iteration returns the default.
func (a *anextAwaitable) result(v Value, done bool, err error) (Value, error) {
	if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopAsyncIterationType) {
		return Null, NewException(StopIterationType, a.def)
	}
	return genResult(v, done, err)
}

func initAnextAwaitable() {
	t := newBuiltinType("anext_awaitable", ObjectType)
	t.layout = t
	t.final = true
	AnextAwaitableType = t
	// target returns the awaitable and the iterator it drives.
	target := func(th *Thread, v Value) (*anextAwaitable, Value, error) {
		a, err := selfAs[*anextAwaitable](v)
		if err != nil {
			return nil, Null, err
		}
		it, err := th.anextIter(a)
		return a, it, err
	}
	step := func(th *Thread, v Value, send Value) (Value, error) {
		a, it, err := target(th, v)
		if err != nil {
			return Null, err
		}
		return a.result(th.send(it, send))
	}
	proxy := func(name string) BuiltinFunc {
		return func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			a, it, err := target(th, v)
			if err != nil {
				return Null, err
			}
			m, err := th.GetAttr(it, intern(name))
			if err != nil {
				return Null, err
			}
			r, err := th.Call(m, args, nil)
			return a.result(r, false, err)
		}
	}
	iterSelf := func(th *Thread, v Value, args []Value, kw []string) (Value, error) { return v, nil }
	method(t, "__await__", iterSelf)
	method(t, "__iter__", iterSelf)
	method(t, "__next__", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		return step(th, v, None)
	})
	method(t, "send", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "anext_awaitable.send() takes exactly one argument (%d given)", len(args))
		}
		return step(th, v, args[0])
	})
	method(t, "throw", proxy("throw"))
	method(t, "close", proxy("close"))
}

// builtinAnext implements anext(iterator[, default]).
func builtinAnext(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return Null, argCountError("anext", 1, 2, len(args))
	}
	m := args[0].Type().Lookup("__anext__")
	if m.o == nil || m.IsNone() {
		return Null, Errorf(TypeErrorType, "'%s' object is not an async iterator", args[0].Type().Name)
	}
	aw, err := th.callSpecial(m, args[0])
	if err != nil || len(args) == 1 {
		return aw, err
	}
	return Obj(&anextAwaitable{wrapped: aw, def: args[1]}), nil
}

// builtinAIter implements aiter(obj): obj.__aiter__(), which must return
// an async iterator (an object with __anext__).
func (th *Thread) builtinAIter(v Value) (Value, error) {
	m := v.Type().Lookup("__aiter__")
	if m.o == nil || m.IsNone() {
		return Null, Errorf(TypeErrorType, "'%s' object is not an async iterable", v.Type().Name)
	}
	it, err := th.callSpecial(m, v)
	if err != nil {
		return Null, err
	}
	if n := it.Type().Lookup("__anext__"); n.o == nil || n.IsNone() {
		return Null, Errorf(TypeErrorType, "aiter() returned not an async iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}
