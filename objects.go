package pyjit

// The object protocol for Go code: attribute and item access, len(),
// iteration, truth and str(), with Python's semantics. Each may run
// Python code (a __getattr__, a property, a generator), so each takes a
// context and runs under the interpreter's limits, like Call.

import (
	"context"
	"errors"

	"github.com/pyjit/pyjit/vm"
)

// ErrNull is returned when Null (the zero Value) is passed where a Python
// value is needed.
var ErrNull = errors.New("pyjit: Null value where a Python value is needed")

// checkValues returns ErrNull if any of vs is Null.
func checkValues(vs ...Value) error {
	for _, v := range vs {
		if v.IsNull() {
			return ErrNull
		}
	}
	return nil
}

// GetAttr returns obj.name.
func (in *Interpreter) GetAttr(ctx context.Context, obj Value, name string) (Value, error) {
	if err := checkValues(obj); err != nil {
		return Null, err
	}
	var result Value
	err := in.run(ctx, func(th *Thread) (err error) {
		result, err = th.GetAttr(obj, vm.NewStr(name))
		return err
	})
	return result, err
}

// SetAttr does obj.name = v.
func (in *Interpreter) SetAttr(ctx context.Context, obj Value, name string, v Value) error {
	if err := checkValues(obj, v); err != nil {
		return err
	}
	return in.run(ctx, func(th *Thread) error { return th.SetAttr(obj, vm.NewStr(name), v) })
}

// GetItem returns obj[key].
func (in *Interpreter) GetItem(ctx context.Context, obj, key Value) (Value, error) {
	if err := checkValues(obj, key); err != nil {
		return Null, err
	}
	var result Value
	err := in.run(ctx, func(th *Thread) (err error) {
		result, err = th.GetItem(obj, key)
		return err
	})
	return result, err
}

// Index returns obj[i], as GetItem with an int key: a negative i counts
// from the end of a sequence.
func (in *Interpreter) Index(ctx context.Context, obj Value, i int) (Value, error) {
	return in.GetItem(ctx, obj, Int(int64(i)))
}

// SetItem does obj[key] = v.
func (in *Interpreter) SetItem(ctx context.Context, obj, key, v Value) error {
	if err := checkValues(obj, key, v); err != nil {
		return err
	}
	return in.run(ctx, func(th *Thread) error { return th.SetItem(obj, key, v) })
}

// Len returns len(obj).
func (in *Interpreter) Len(ctx context.Context, obj Value) (int, error) {
	if err := checkValues(obj); err != nil {
		return 0, err
	}
	var n int
	err := in.run(ctx, func(th *Thread) (err error) {
		n, err = th.Len(obj)
		return err
	})
	return n, err
}

// Truth returns bool(obj).
func (in *Interpreter) Truth(ctx context.Context, obj Value) (bool, error) {
	if err := checkValues(obj); err != nil {
		return false, err
	}
	var b bool
	err := in.run(ctx, func(th *Thread) (err error) {
		b, err = th.Truth(obj)
		return err
	})
	return b, err
}

// Str returns str(obj).
func (in *Interpreter) Str(ctx context.Context, obj Value) (string, error) {
	if err := checkValues(obj); err != nil {
		return "", err
	}
	var s string
	err := in.run(ctx, func(th *Thread) (err error) {
		s, err = th.Str(obj)
		return err
	})
	return s, err
}

// Repr returns repr(obj).
func (in *Interpreter) Repr(ctx context.Context, obj Value) (string, error) {
	if err := checkValues(obj); err != nil {
		return "", err
	}
	var s string
	err := in.run(ctx, func(th *Thread) (err error) {
		s, err = th.Repr(obj)
		return err
	})
	return s, err
}

// Iterate calls fn with each item of obj, as a for loop over obj does.
// It stops at the first error: one from Python (iter() or next()
// raising), which it returns as an *Error, or one fn returns, which it
// returns unchanged (so fn can end the loop early with an error of its
// own). fn may call the interpreter's methods; they run under Iterate's
// context and limits, and each item counts as a step.
func (in *Interpreter) Iterate(ctx context.Context, obj Value, fn func(item Value) error) error {
	if err := checkValues(obj); err != nil {
		return err
	}
	if fn == nil {
		return errors.New("pyjit: Iterate with a nil function")
	}
	var fnErr error
	err := in.run(ctx, func(th *Thread) error {
		it, err := th.Iter(obj)
		if err != nil {
			return err
		}
		for {
			item, ok, err := th.Next(it)
			if err != nil || !ok {
				return err
			}
			if fnErr = fn(item); fnErr != nil {
				return fnErr
			}
		}
	})
	if fnErr != nil {
		return fnErr
	}
	return err
}
