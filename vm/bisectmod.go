package vm

// The _bisect module: bisection over a sorted sequence (CPython's
// Modules/_bisectmodule.c), which bisect.py replaces its Python
// functions with.

// makeBisectModule builds _bisect.
func makeBisectModule(th *Thread) (*Module, error) {
	return newNativeModule("_bisect", map[string]BuiltinFunc{
		"bisect_right": bisectFunc("bisect_right", true, false),
		"bisect_left":  bisectFunc("bisect_left", false, false),
		"insort_right": bisectFunc("insort_right", true, true),
		"insort_left":  bisectFunc("insort_left", false, true),
	}), nil
}

var bisectNames = []string{"a", "x", "lo", "hi", "$key"}

// bisectFunc returns one of _bisect's functions: (a, x, lo=0, hi=None, *,
// key=None). A right bisection puts x after the items equal to it; an
// insort inserts x where it was found and returns None.
func bisectFunc(name string, right, insort bool) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if npos := len(args) - len(kw); npos > 4 {
			return Null, Errorf(TypeErrorType, "%s() takes at most 4 positional arguments (%d given)", name, npos)
		}
		var a, x, lo, hi, key Value
		if err := unpackArgs(name, args, kw, 2, bisectNames, &a, &x, &lo, &hi, &key); err != nil {
			return Null, err
		}
		var low, high int64
		if lo.o != nil {
			l, err := th.sizeArg(lo)
			if err != nil {
				return Null, err
			}
			low = l
		}
		if low < 0 {
			return Null, Errorf(ValueErrorType, "lo must be non-negative")
		}
		if hi.o == nil || hi.IsNone() {
			n, err := th.Len(a)
			if err != nil {
				return Null, err
			}
			high = int64(n)
		} else {
			h, err := th.sizeArg(hi)
			if err != nil {
				return Null, err
			}
			high = h
		}
		if key.o != nil && key.IsNone() {
			key = Null
		}
		target := x
		if insort && key.o != nil {
			k, err := th.Call(key, []Value{x}, nil)
			if err != nil {
				return Null, err
			}
			target = k
		}
		i, err := th.bisect(a, target, low, high, key, right)
		if err != nil {
			return Null, err
		}
		if !insort {
			return Int(i), nil
		}
		if l, ok := a.o.(*List); ok {
			l.items = append(l.items, Null)
			copy(l.items[i+1:], l.items[i:])
			l.items[i] = x
			return None, nil
		}
		if _, err := th.callMethod(a, "insert", Int(i), x); err != nil {
			return Null, err
		}
		return None, nil
	}
}

// bisect finds where x goes in a[lo:hi], comparing it with key(a[i]) when
// key is given (x is then already a key).
func (th *Thread) bisect(a, x Value, lo, hi int64, key Value, right bool) (int64, error) {
	for lo < hi {
		mid := int64(uint64(lo+hi) / 2)
		item, err := th.GetItem(a, Int(mid))
		if err != nil {
			return 0, err
		}
		if key.o != nil {
			if item, err = th.Call(key, []Value{item}, nil); err != nil {
				return 0, err
			}
		}
		var less bool
		if right {
			less, err = th.lessThan(x, item)
		} else {
			less, err = th.lessThan(item, x)
		}
		if err != nil {
			return 0, err
		}
		if less == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}
