package vm

// The _heapq module: the heap queue over a list (CPython's
// Modules/_heapqmodule.c), which heapq.py replaces its Python functions
// with. A comparison that changes the list's size is an error, as in
// CPython; one that otherwise reorders it leaves a list that is no heap.

// makeHeapqModule builds _heapq.
func makeHeapqModule(th *Thread) (*Module, error) {
	return newNativeModule("_heapq", map[string]BuiltinFunc{
		"heappush": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			l, err := heapArgs("heappush", args, kw, 2)
			if err != nil {
				return Null, err
			}
			l.items = append(l.items, args[1])
			return None, th.heapSiftDown(l, 0, len(l.items)-1, false)
		},
		"heappop":          heapPop("heappop", false),
		"_heappop_max":     heapPop("_heappop_max", true),
		"heapreplace":      heapReplace("heapreplace", false),
		"_heapreplace_max": heapReplace("_heapreplace_max", true),
		"heappushpop": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			l, err := heapArgs("heappushpop", args, kw, 2)
			if err != nil {
				return Null, err
			}
			item := args[1]
			if len(l.items) == 0 {
				return item, nil
			}
			less, err := th.lessThan(l.items[0], item)
			if err != nil || !less {
				return item, err
			}
			if len(l.items) == 0 {
				return Null, Errorf(IndexErrorType, "index out of range")
			}
			top := l.items[0]
			l.items[0] = item
			return top, th.heapSiftUp(l, 0, false)
		},
		"heapify":      heapify("heapify", false),
		"_heapify_max": heapify("_heapify_max", true),
	}), nil
}

// heapArgs checks the arguments of a _heapq function: n positional ones,
// the first a list.
func heapArgs(name string, args []Value, kw []string, n int) (*List, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		if n == 1 {
			return nil, Errorf(TypeErrorType, "_heapq.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return nil, Errorf(TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	l, ok := unwrap(args[0]).o.(*List)
	if !ok {
		which := "argument 1"
		if n == 1 {
			which = "argument"
		}
		return nil, Errorf(TypeErrorType, "%s() %s must be list, not %s", name, which, args[0].Type().Name)
	}
	return l, nil
}

func heapPop(name string, max bool) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		l, err := heapArgs(name, args, kw, 1)
		if err != nil {
			return Null, err
		}
		n := len(l.items)
		if n == 0 {
			return Null, Errorf(IndexErrorType, "index out of range")
		}
		last := l.items[n-1]
		l.items[n-1] = Null
		l.items = l.items[:n-1]
		if n == 1 {
			return last, nil
		}
		top := l.items[0]
		l.items[0] = last
		return top, th.heapSiftUp(l, 0, max)
	}
}

func heapReplace(name string, max bool) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		l, err := heapArgs(name, args, kw, 2)
		if err != nil {
			return Null, err
		}
		if len(l.items) == 0 {
			return Null, Errorf(IndexErrorType, "index out of range")
		}
		top := l.items[0]
		l.items[0] = args[1]
		return top, th.heapSiftUp(l, 0, max)
	}
}

func heapify(name string, max bool) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		l, err := heapArgs(name, args, kw, 1)
		if err != nil {
			return Null, err
		}
		for i := len(l.items)/2 - 1; i >= 0; i-- {
			if err := th.heapSiftUp(l, i, max); err != nil {
				return Null, err
			}
		}
		return None, nil
	}
}

// heapBefore reports whether a goes above b: a < b, or b < a for a max-heap.
func (th *Thread) heapBefore(a, b Value, max bool) (bool, error) {
	if max {
		return th.lessThan(b, a)
	}
	return th.lessThan(a, b)
}

const errHeapChanged = "list changed size during iteration"

// heapSiftDown moves the item at pos up towards start while it goes above
// its parent.
func (th *Thread) heapSiftDown(l *List, start, pos int, max bool) error {
	size := len(l.items)
	if pos >= size {
		return Errorf(IndexErrorType, "list index out of range")
	}
	item := l.items[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		above, err := th.heapBefore(item, l.items[parent], max)
		if err != nil {
			return err
		}
		if len(l.items) != size {
			return Errorf(RuntimeErrorType, errHeapChanged)
		}
		if !above {
			break
		}
		l.items[parent], l.items[pos] = l.items[pos], l.items[parent]
		pos = parent
	}
	return nil
}

// heapSiftUp moves the smaller child up from pos to a leaf, then sifts the
// item found at pos down into place.
func (th *Thread) heapSiftUp(l *List, pos int, max bool) error {
	end := len(l.items)
	if pos >= end {
		return Errorf(IndexErrorType, "list index out of range")
	}
	start := pos
	for limit := end >> 1; pos < limit; {
		child := 2*pos + 1
		if child+1 < end {
			first, err := th.heapBefore(l.items[child], l.items[child+1], max)
			if err != nil {
				return err
			}
			if len(l.items) != end {
				return Errorf(RuntimeErrorType, errHeapChanged)
			}
			if !first {
				child++
			}
		}
		l.items[child], l.items[pos] = l.items[pos], l.items[child]
		pos = child
	}
	return th.heapSiftDown(l, start, pos, max)
}
