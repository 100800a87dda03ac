package pyjit

// Reflection-based binding, for the simple cases: plain Go functions and
// struct pointers exposed to Python with their arguments and attributes
// converted (Func, ToValue), and Python values converted into Go
// variables of any of the supported types (ExportTo).

import (
	"cmp"
	"fmt"
	"math/big"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/pyjit/pyjit/vm"
)

var (
	valueType  = reflect.TypeFor[Value]()
	threadType = reflect.TypeFor[*Thread]()
	errorType  = reflect.TypeFor[error]()
	bytesType  = reflect.TypeFor[[]byte]()
	bigIntType = reflect.TypeFor[*big.Int]()
	objectType = reflect.TypeFor[vm.Object]()
)

// Func returns a Python built-in function named name that calls fn, a Go
// function, converting its arguments and results by reflection:
//
//   - Python passes positional arguments only; the first parameter may be
//     a *Thread, which receives the calling thread, and a variadic
//     function takes any number of arguments for its last parameter.
//   - Each argument is converted to its parameter's type as ExportTo
//     converts (an int for int kinds, a float or int for float kinds, a
//     str for a string, a list or tuple for a slice, a dict for a map,
//     ...), except that a bool parameter takes the truth value of any
//     object and an int parameter an object with __index__. A wrong one
//     raises CPython's TypeError: "f() argument 1 must be str, not int";
//     a wrong count "f expected 2 arguments, got 3".
//   - No result gives None, one result is converted with ToValue, several
//     give a tuple. A last result of type error raises an exception when
//     it is not nil, as an error a Go function returns does (see
//     docs/embedding.md).
//
// fn that is not a function is an error.
func Func(name string, fn any) (Value, error) {
	r := reflect.ValueOf(fn)
	if r.Kind() != reflect.Func || r.IsNil() {
		return Null, fmt.Errorf("pyjit.Func: %T is not a function", fn)
	}
	return funcValue(name, r), nil
}

// funcValue wraps the function r as a built-in function.
func funcValue(name string, r reflect.Value) Value {
	f := newGoFunc(name, r.Type())
	return vm.NewFastKwFunc(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return f.call(th, r, args, kwnames)
	})
}

// goFunc is how a Go function's signature is called from Python.
type goFunc struct {
	name       string
	typ        reflect.Type
	withThread bool // the first parameter is a *Thread
	params     int  // the parameters Python's arguments fill
	failable   bool // the last result is an error
}

func newGoFunc(name string, t reflect.Type) *goFunc {
	f := &goFunc{name: name, typ: t, params: t.NumIn()}
	if f.params > 0 && t.In(0) == threadType {
		f.withThread = true
		f.params--
	}
	f.failable = t.NumOut() > 0 && t.Out(t.NumOut()-1) == errorType
	return f
}

// call calls fn (of f's type, with self first when it is a method value
// of a Go object) with Python's arguments.
func (f *goFunc) call(th *Thread, fn reflect.Value, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Null, Errorf(TypeError, "%s() takes no keyword arguments", f.name)
	}
	if err := f.checkCount(len(args)); err != nil {
		return Null, err
	}
	in := make([]reflect.Value, 0, f.typ.NumIn())
	first := 0
	if f.withThread {
		in = append(in, reflect.ValueOf(th))
		first = 1
	}
	for i, a := range args {
		pt := f.paramType(first + i)
		rv, err := fromValue(th, a, pt)
		if err != nil {
			return Null, err.raise(fmt.Sprintf("%s() argument %d", f.name, i+1))
		}
		in = append(in, rv)
	}
	out := fn.Call(in)
	if f.failable {
		last := out[len(out)-1]
		out = out[:len(out)-1]
		if !last.IsNil() {
			return Null, last.Interface().(error)
		}
	}
	switch len(out) {
	case 0:
		return None, nil
	case 1:
		return toValue(out[0])
	}
	items := make([]Value, len(out))
	for i, o := range out {
		v, err := toValue(o)
		if err != nil {
			return Null, err
		}
		items[i] = v
	}
	return vm.Obj(vm.NewTuple(items)), nil
}

// paramType is the type argument i (counting a *Thread) converts to: the
// element type for the arguments a variadic parameter gathers.
func (f *goFunc) paramType(i int) reflect.Type {
	n := f.typ.NumIn()
	if f.typ.IsVariadic() && i >= n-1 {
		return f.typ.In(n - 1).Elem()
	}
	return f.typ.In(i)
}

// checkCount checks the number of positional arguments, with the
// message of CPython's built-ins whose parameters have no names.
func (f *goFunc) checkCount(n int) error {
	want := f.params
	switch {
	case f.typ.IsVariadic() && n < want-1:
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", f.name, want-1, plural(want-1), n)
	case !f.typ.IsVariadic() && n != want:
		return Errorf(TypeError, "%s expected %d argument%s, got %d", f.name, want, plural(want), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// funcName is the name a Go function gets in Python when ToValue wraps
// it: its own name without the package, or "<go>" for a closure.
func funcName(r reflect.Value) string {
	rf := runtime.FuncForPC(r.Pointer())
	if rf == nil {
		return "<go>"
	}
	name := rf.Name()
	name = name[strings.LastIndexByte(name, '/')+1:]
	name = name[strings.IndexByte(name, '.')+1:]
	if strings.Contains(name, ".func") || strings.ContainsAny(name, "()*") {
		return "<go>"
	}
	return name
}

// ToValue converts a Go value to a Python value as vm.ToValue does
// (numbers, strings, bytes, slices, maps, the Go function types of the
// calling conventions; see docs/embedding.md), and also, by reflection:
//
//   - any other Go function to a built-in function, as Func wraps it;
//   - a pointer to a struct to a Python object whose attributes are the
//     struct's exported fields (read and set, converted as ExportTo
//     converts) and the exported methods of the pointer type (called as
//     Func calls functions); a struct field is itself such an object,
//     sharing the struct's memory;
//   - a struct to such an object over a copy of it.
//
// Slices and maps of these are converted item by item.
func ToValue(x any) (Value, error) {
	if x == nil {
		return None, nil
	}
	return toValue(reflect.ValueOf(x))
}

// toValue is ToValue for a reflect.Value.
func toValue(r reflect.Value) (Value, error) {
	if !r.IsValid() {
		return None, nil
	}
	if r.Type().Implements(objectType) && !(r.Kind() == reflect.Pointer && r.IsNil()) {
		// A Python object of the vm's own (a *Dict, a *vm.List).
		return vm.Obj(r.Interface().(vm.Object)), nil
	}
	if !needsReflection(r.Type()) {
		return vm.ToValue(r.Interface())
	}
	switch r.Kind() {
	case reflect.Func:
		if r.IsNil() {
			return None, nil
		}
		return funcValue(funcName(r), r), nil
	case reflect.Pointer:
		if r.IsNil() {
			return None, nil
		}
		return newGoObject(r), nil
	case reflect.Struct:
		p := reflect.New(r.Type())
		p.Elem().Set(r)
		return newGoObject(p), nil
	case reflect.Interface:
		if r.IsNil() {
			return None, nil
		}
		return toValue(r.Elem())
	case reflect.Slice, reflect.Array:
		if r.Kind() == reflect.Slice && r.IsNil() {
			return None, nil
		}
		items := make([]Value, r.Len())
		for i := range items {
			v, err := toValue(r.Index(i))
			if err != nil {
				return Null, err
			}
			items[i] = v
		}
		return vm.Obj(vm.NewList(items)), nil
	case reflect.Map:
		if r.IsNil() {
			return None, nil
		}
		keys := r.MapKeys()
		sortKeys(keys)
		d := NewDict()
		for _, k := range keys {
			kv, err := vm.ToValue(k.Interface())
			if err != nil {
				return Null, err
			}
			v, err := toValue(r.MapIndex(k))
			if err != nil {
				return Null, err
			}
			if err := d.Set(nil, kv, v); err != nil {
				return Null, err
			}
		}
		return vm.Obj(d), nil
	}
	return vm.ToValue(r.Interface())
}

// needsReflection reports whether values of type t hold what only
// toValue converts: functions, pointers to structs, structs.
func needsReflection(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Func:
		return !isCallingConvention(t)
	case reflect.Pointer:
		return t.Elem().Kind() == reflect.Struct && t != bigIntType
	case reflect.Struct:
		return t != valueType
	case reflect.Slice, reflect.Array:
		return needsReflection(t.Elem())
	case reflect.Map:
		return needsReflection(t.Elem())
	case reflect.Interface:
		return t != valueType
	}
	return false
}

// isCallingConvention reports whether t is one of the Go function types
// vm.ToValue wraps itself.
func isCallingConvention(t reflect.Type) bool {
	for _, c := range []reflect.Type{reflect.TypeFor[NoArgsFunc](), reflect.TypeFor[OneArgFunc](), reflect.TypeFor[FastFunc](), reflect.TypeFor[FastKwFunc]()} {
		if t == c {
			return true
		}
	}
	return false
}

// sortKeys orders map keys of string, integer and float kinds, as
// vm.ToValue orders them, so that a converted map's dict iterates the same
// way every time.
func sortKeys(keys []reflect.Value) {
	if len(keys) == 0 {
		return
	}
	var order func(a, b reflect.Value) int
	switch keys[0].Kind() {
	case reflect.String:
		order = func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		order = func(a, b reflect.Value) int { return cmp.Compare(a.Int(), b.Int()) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		order = func(a, b reflect.Value) int { return cmp.Compare(a.Uint(), b.Uint()) }
	case reflect.Float32, reflect.Float64:
		order = func(a, b reflect.Value) int { return cmp.Compare(a.Float(), b.Float()) }
	default:
		return
	}
	slices.SortFunc(keys, order)
}

// goObject is a Python object that exposes a pointer to a Go struct.
type goObject struct {
	typ *vm.Type
	ptr reflect.Value
}

// Type implements vm.Object.
func (o *goObject) Type() *vm.Type { return o.typ }

// hostTypes holds the Python type of each Go struct pointer type.
var hostTypes sync.Map // reflect.Type -> *vm.Type

func newGoObject(p reflect.Value) Value {
	return vm.Obj(&goObject{typ: hostType(p.Type()), ptr: p})
}

// hostType returns the Python type of the pointer type pt.
func hostType(pt reflect.Type) *vm.Type {
	if t, ok := hostTypes.Load(pt); ok {
		return t.(*vm.Type)
	}
	st := pt.Elem()
	name := st.Name()
	if name == "" {
		name = "struct"
	}
	module := st.PkgPath()
	if module == "" {
		module = "go"
	}
	t := vm.NewHostType(module, name, "Go "+pt.String())
	self := func(v Value) reflect.Value { return v.Object().(*goObject).ptr }
	for _, f := range reflect.VisibleFields(st) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		index, ft, fname := f.Index, f.Type, f.Name
		get := func(th *Thread, v Value) (Value, error) {
			field := self(v).Elem().FieldByIndex(index)
			if field.Kind() == reflect.Struct && needsReflection(field.Type()) {
				return newGoObject(field.Addr()), nil
			}
			return toValue(field)
		}
		set := func(th *Thread, v, x Value) error {
			rv, err := fromValue(th, x, ft)
			if err != nil {
				return err.raise(fmt.Sprintf("attribute '%s' of '%s' object", fname, name))
			}
			self(v).Elem().FieldByIndex(index).Set(rv)
			return nil
		}
		t.AddGetSet(fname, get, set)
	}
	for i := range pt.NumMethod() {
		m := pt.Method(i)
		f := newGoFunc(m.Name, methodType(m))
		index := i
		t.AddMethod(m.Name, func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			r, err := f.call(th, self(v).Method(index), args, kwnames)
			if err != nil {
				return Null, vm.FromGoError(err)
			}
			return r, nil
		})
	}
	actual, _ := hostTypes.LoadOrStore(pt, t)
	return actual.(*vm.Type)
}

// methodType is the type of a method value of m: m's type without the
// receiver.
func methodType(m reflect.Method) reflect.Type {
	in := make([]reflect.Type, m.Type.NumIn()-1)
	for i := range in {
		in[i] = m.Type.In(i + 1)
	}
	out := make([]reflect.Type, m.Type.NumOut())
	for i := range out {
		out[i] = m.Type.Out(i)
	}
	return reflect.FuncOf(in, out, m.Type.IsVariadic())
}
