package vm

// coroWrapper is what coroutine.__await__() returns (CPython's
// coroutine_wrapper): an iterator that runs the coroutine, so that an
// __await__ can hand on the awaiting of a coroutine it holds.
type coroWrapper struct {
	coro *Generator
}

// CoroWrapperType is the type of coroutine.__await__()'s result.
var CoroWrapperType *Type

// Type implements Object.
func (*coroWrapper) Type() *Type { return CoroWrapperType }

func initCoroWrapper() {
	t := newBuiltinType("coroutine_wrapper", ObjectType)
	t.layout, t.final = t, true
	CoroWrapperType = t
	cw := func(v Value) (*Generator, error) {
		w, err := selfAs[*coroWrapper](v)
		if err != nil {
			return nil, err
		}
		return w.coro, nil
	}
	method(t, "__iter__", func(th *Thread, v Value, args []Value, kw []string) (Value, error) { return v, nil })
	method(t, "__next__", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		g, err := cw(v)
		if err != nil {
			return Null, err
		}
		return genResult(th.resumeGen(g, None, nil))
	})
	method(t, "send", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		g, err := cw(v)
		if err != nil {
			return Null, err
		}
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "coroutine_wrapper.send() takes exactly one argument (%d given)", len(args))
		}
		return genResult(th.resumeGen(g, args[0], nil))
	})
	method(t, "throw", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		g, err := cw(v)
		if err != nil {
			return Null, err
		}
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "coroutine_wrapper.throw() takes no keyword arguments")
		}
		if err := throwArgCount("throw", len(args)); err != nil {
			return Null, err
		}
		exc, err := th.throwArgs(args)
		if err != nil {
			return Null, err
		}
		return genResult(th.resumeGen(g, Null, exc))
	})
	method(t, "close", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		g, err := cw(v)
		if err != nil {
			return Null, err
		}
		return None, th.closeGen(g)
	})
}
