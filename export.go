package pyjit

// Converting Python values into Go variables of a given type: ExportTo,
// and the arguments of functions bound with Func.

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/vm"
)

// ExportTo stores v into the Go variable target points to, converting it
// to the variable's type:
//
//	bool                        True or False
//	intN, uintN                 an int (or bool) that fits
//	float32, float64            a float, or an int
//	string                      a str
//	[]byte                      bytes or bytearray (a copy)
//	other slices                a list or tuple, item by item
//	arrays                      a list or tuple of the array's length
//	maps                        a dict, key by key and value by value
//	structs, pointers to them   an object ToValue made from a pointer of
//	                            that type (the same pointer, or a copy of
//	                            its struct), or a dict whose keys name
//	                            exported fields
//	Value                       v itself
//	any                         v as ToGo converts it (a Go object's pointer)
//
// Nothing else can be a target. ExportTo runs no Python code. A value that
// does not convert gives a TypeError (an OverflowError for an int out of
// the target's range) that errors.Is matches with pyjit.TypeError; on an
// error, target may be set in part.
func ExportTo(v Value, target any) error {
	p := reflect.ValueOf(target)
	if p.Kind() != reflect.Pointer || p.IsNil() {
		return fmt.Errorf("pyjit.ExportTo: target %T is not a non-nil pointer", target)
	}
	if err := checkValues(v); err != nil {
		return err
	}
	rv, cerr := fromValue(nil, v, p.Elem().Type())
	if cerr != nil {
		return cerr.raise("ExportTo: value")
	}
	p.Elem().Set(rv)
	return nil
}

// convError is why a Python value does not convert to a Go type.
type convError struct {
	path     string // where in the value: "", "[2]", "['key']", ".Field"
	want     string // what was wanted: "int", "str", ...
	got      string // the type of what was found
	overflow string // for an int out of range: OverflowError's message
	msg      string // a TypeError's message, when not "must be want, not got"
	err      error  // an exception raised converting (__index__, bool())
}

// raise returns the exception for the conversion of what (e.g. "f()
// argument 1") failing: CPython's "f() argument 1 must be str, not int".
func (e *convError) raise(what string) error {
	switch {
	case e.err != nil:
		return e.err
	case e.overflow != "":
		return Errorf(OverflowError, "%s", e.overflow)
	case e.msg != "":
		return Errorf(TypeError, "%s%s: %s", what, e.path, e.msg)
	}
	return Errorf(TypeError, "%s%s must be %s, not %s", what, e.path, e.want, e.got)
}

// in prefixes the path of an error found inside an item.
func (e *convError) in(path string) *convError {
	e.path = path + e.path
	return e
}

func mismatch(want string, v Value) *convError {
	return &convError{want: want, got: v.Type().Name}
}

// fromValue converts v to a Go value of type t. th, when not nil, lets
// the conversion run Python code: the truth value of any object for a
// bool, __index__ for an int.
func fromValue(th *Thread, v Value, t reflect.Type) (reflect.Value, *convError) {
	if t == valueType {
		return reflect.ValueOf(v), nil
	}
	if o, ok := v.Object().(*goObject); ok {
		switch {
		case o.ptr.Type() == t:
			return o.ptr, nil
		case o.ptr.Type().Elem() == t:
			return o.ptr.Elem(), nil
		case t.Kind() == reflect.Interface && o.ptr.Type().Implements(t):
			return o.ptr, nil
		}
	}
	out := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Bool:
		if b, ok := v.AsBool(); ok {
			out.SetBool(b)
			return out, nil
		}
		if th == nil {
			return out, mismatch("bool", v)
		}
		b, err := th.Truth(v)
		if err != nil {
			return out, &convError{err: err}
		}
		out.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := intArg(th, v)
		if err != nil {
			return out, err
		}
		if out.OverflowInt(n) {
			return out, &convError{overflow: fmt.Sprintf("Python int too large to convert to Go %s", t.Kind())}
		}
		out.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := intArg(th, v)
		if err != nil && err.overflow != "" && !isNegative(v) {
			// Beyond int64: a uint64 may still hold it.
			var big uint64
			if ok := bigUint(v, &big); ok && !out.OverflowUint(big) {
				out.SetUint(big)
				return out, nil
			}
		}
		if err != nil {
			if err.overflow != "" && isNegative(v) {
				err.overflow = "can't convert negative int to unsigned"
			}
			return out, err
		}
		if n < 0 {
			return out, &convError{overflow: "can't convert negative int to unsigned"}
		}
		if out.OverflowUint(uint64(n)) {
			return out, &convError{overflow: fmt.Sprintf("Python int too large to convert to Go %s", t.Kind())}
		}
		out.SetUint(uint64(n))
	case reflect.Float32, reflect.Float64:
		f, ok := v.AsFloat()
		if !ok {
			if isInt(v) {
				return out, &convError{overflow: "int too large to convert to float"}
			}
			return out, mismatch("real number", v)
		}
		if t.Kind() == reflect.Float32 && !math.IsInf(f, 0) && math.Abs(f) > math.MaxFloat32 {
			return out, &convError{overflow: "float too large to convert to Go float32"}
		}
		out.SetFloat(f)
	case reflect.String:
		s, ok := v.AsString()
		if !ok {
			return out, mismatch("str", v)
		}
		out.SetString(s)
	case reflect.Slice:
		if t == bytesType {
			b, ok := v.AsBytes()
			if !ok {
				return out, mismatch("bytes", v)
			}
			out.SetBytes(b)
			return out, nil
		}
		items, ok := sequenceItems(v)
		if !ok {
			return out, mismatch("list", v)
		}
		out.Set(reflect.MakeSlice(t, len(items), len(items)))
		for i, it := range items {
			rv, err := fromValue(th, it, t.Elem())
			if err != nil {
				return out, err.in(fmt.Sprintf("[%d]", i))
			}
			out.Index(i).Set(rv)
		}
	case reflect.Array:
		items, ok := sequenceItems(v)
		if !ok {
			return out, mismatch("list", v)
		}
		if len(items) != t.Len() {
			return out, &convError{want: fmt.Sprintf("a sequence of %d items", t.Len()), got: fmt.Sprintf("%d items", len(items))}
		}
		for i, it := range items {
			rv, err := fromValue(th, it, t.Elem())
			if err != nil {
				return out, err.in(fmt.Sprintf("[%d]", i))
			}
			out.Index(i).Set(rv)
		}
	case reflect.Map:
		d, ok := v.Object().(*Dict)
		if !ok {
			return out, mismatch("dict", v)
		}
		out.Set(reflect.MakeMapWithSize(t, d.Len()))
		var cerr *convError
		d.Items(func(k, x Value) bool {
			rk, err := fromValue(th, k, t.Key())
			if err != nil {
				cerr = err.in(" key " + reprKey(k))
				return false
			}
			rx, err := fromValue(th, x, t.Elem())
			if err != nil {
				cerr = err.in(fmt.Sprintf("[%s]", reprKey(k)))
				return false
			}
			out.SetMapIndex(rk, rx)
			return true
		})
		if cerr != nil {
			return out, cerr
		}
	case reflect.Pointer:
		if t.Elem().Kind() != reflect.Struct {
			return out, &convError{want: "convertible to Go " + t.String(), got: v.Type().Name}
		}
		if v.IsNone() {
			return out, nil // a nil pointer
		}
		s, err := structFromDict(th, v, t.Elem())
		if err != nil {
			return out, err
		}
		p := reflect.New(t.Elem())
		p.Elem().Set(s)
		out.Set(p)
	case reflect.Struct:
		return structFromDict(th, v, t)
	case reflect.Interface:
		if t.NumMethod() > 0 {
			return out, &convError{want: "convertible to Go " + t.String(), got: v.Type().Name}
		}
		if o, ok := v.Object().(*goObject); ok {
			out.Set(o.ptr)
			return out, nil
		}
		g, err := vm.ToGo(v)
		if err != nil {
			return out, &convError{want: "convertible to Go", got: v.Type().Name}
		}
		if g != nil {
			out.Set(reflect.ValueOf(g))
		}
	default:
		return out, &convError{want: "convertible to Go " + t.String(), got: v.Type().Name}
	}
	return out, nil
}

// intArg is the int64 value of an int argument: an int or bool, or with
// th an object with __index__.
func intArg(th *Thread, v Value) (int64, *convError) {
	if n, ok := v.AsInt64(); ok {
		return n, nil
	}
	if isInt(v) {
		return 0, &convError{overflow: "Python int too large to convert to Go int64"}
	}
	if th == nil || !hasIndex(v) {
		return 0, mismatch("int", v)
	}
	r, err := th.CallMethod(v, "__index__")
	if err != nil {
		return 0, &convError{err: err}
	}
	return intArg(nil, r)
}

func isInt(v Value) bool { return v.Type().IsSubtype(vm.IntType) }

func hasIndex(v Value) bool {
	for _, t := range v.Type().MRO {
		if _, ok := t.Dict.GetStr("__index__"); ok {
			return true
		}
	}
	return false
}

func isNegative(v Value) bool {
	b, err := vm.ToGo(v)
	if err != nil {
		return false
	}
	switch n := b.(type) {
	case int64:
		return n < 0
	case interface{ Sign() int }:
		return n.Sign() < 0
	}
	return false
}

// bigUint stores an int beyond int64 that fits a uint64 in *u.
func bigUint(v Value, u *uint64) bool {
	g, err := vm.ToGo(v)
	if err != nil {
		return false
	}
	b, ok := g.(interface {
		IsUint64() bool
		Uint64() uint64
	})
	if !ok || !b.IsUint64() {
		return false
	}
	*u = b.Uint64()
	return true
}

// sequenceItems returns the items of a list or tuple.
func sequenceItems(v Value) ([]Value, bool) {
	switch o := v.Object().(type) {
	case *vm.List:
		return o.Items(), true
	case *vm.Tuple:
		return o.Items(), true
	}
	return nil, false
}

// reprKey is a dict key as an error message shows it: a str quoted as
// repr() quotes it (when it holds no quote or escape), other keys as
// str() shows them.
func reprKey(k Value) string {
	s, ok := k.AsString()
	if !ok {
		return k.String()
	}
	if q := strconv.Quote(s); !strings.ContainsAny(s, "'\\") && q[1:len(q)-1] == s {
		return "'" + s + "'"
	}
	return strconv.Quote(s)
}

// structFromDict converts a dict whose keys name exported fields of the
// struct type t into a struct.
func structFromDict(th *Thread, v Value, t reflect.Type) (reflect.Value, *convError) {
	out := reflect.New(t).Elem()
	d, ok := v.Object().(*Dict)
	if !ok {
		return out, mismatch(t.Name()+" object or dict", v)
	}
	var cerr *convError
	d.Items(func(k, x Value) bool {
		name, _ := k.AsString()
		f, ok := t.FieldByName(name)
		if !ok || !f.IsExported() {
			cerr = &convError{msg: fmt.Sprintf("Go %s has no exported field %s", t, reprKey(k))}
			return false
		}
		rv, err := fromValue(th, x, f.Type)
		if err != nil {
			cerr = err.in("[" + reprKey(k) + "]")
			return false
		}
		out.FieldByIndex(f.Index).Set(rv)
		return true
	})
	return out, cerr
}
