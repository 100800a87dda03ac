package vm

// A generator expression's function lives as long as the generator it
// makes: MAKE_FUNCTION's value goes straight to the call that makes the
// generator, and the function is reachable after that only through the
// generator's frame (frames do not show their function). So when that
// generator is recycled (recycleGen), or has ended with its slots given
// back (releaseGenSlots), its function is dead too, and the next generator
// expression's MAKE_FUNCTION can reuse it. A list, set or dict
// comprehension's function is called at once and is dead when that call
// returns: RETURN_VALUE's common path recycles it the same way.

// fnPoolMax bounds the functions kept in each class of Thread.fnPool.
const fnPoolMax = 64

// genexprFunction returns a zero function, marked pooled, whose closure
// has room for n cells, for MAKE_FUNCTION of a generator expression's code
// to fill as it fills a new one.
func (th *Thread) genexprFunction(n int) *Function {
	if n < len(th.fnPool) {
		if p := th.fnPool[n]; len(p) > 0 {
			fn := p[len(p)-1]
			p[len(p)-1] = nil
			th.fnPool[n] = p[:len(p)-1]
			cells := fn.closure
			*fn = Function{closure: cells, pooled: true}
			return fn
		}
	}
	fn := &Function{}
	if n > 0 {
		fn = newClosure(n)
	}
	fn.pooled = true
	return fn
}

// recycleGenexprFunction keeps fn, a pooled function whose generator
// recycleGen has just recycled, for genexprFunction.
func (th *Thread) recycleGenexprFunction(fn *Function) {
	n := len(fn.closure)
	if n >= len(th.fnPool) || len(th.fnPool[n]) >= fnPoolMax {
		return
	}
	clear(fn.closure)
	th.fnPool[n] = append(th.fnPool[n], fn)
}

// releaseCellTuple drops the cells in items when they are those of the
// thread's cell tuple (see BUILD_TUPLE), which MAKE_FUNCTION has copied.
func (th *Thread) releaseCellTuple(items []Value) {
	if len(items) > 0 && &items[0] == &th.cellTuple.a[0] {
		clear(items)
	}
}
