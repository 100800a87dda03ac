package vm

// Conversion between Go values and Python values, for embedders.

import (
	"cmp"
	"math"
	"math/big"
	"reflect"
	"slices"
)

// ToValue converts a Go value to a Python value:
//
//	nil                       None
//	Value                     itself (Null gives None)
//	bool                      bool
//	intN, uintN, *big.Int     int
//	float32, float64          float
//	string                    str
//	[]byte                    bytes
//	other slices and arrays   list
//	maps                      dict (string and integer keys in sorted order)
//	NoArgsFunc, OneArgFunc,   builtin function named "<go>"
//	FastFunc, FastKwFunc
//
// Other Go values give a TypeError.
func ToValue(x any) (Value, error) {
	switch x := x.(type) {
	case nil:
		return None, nil
	case Value:
		if x.o == nil {
			return None, nil
		}
		return x, nil
	case bool:
		return Bool(x), nil
	case int:
		return Int(int64(x)), nil
	case int64:
		return Int(x), nil
	case float64:
		return Float(x), nil
	case string:
		return String(x), nil
	case []byte:
		return Obj(&Bytes{b: append([]byte(nil), x...)}), nil
	case *big.Int:
		return IntFromBig(x), nil
	case []Value:
		items := append([]Value(nil), x...)
		for i, it := range items {
			if it.o == nil {
				items[i] = None
			}
		}
		return Obj(NewList(items)), nil
	case NoArgsFunc:
		return NewNoArgsFunc("<go>", x), nil
	case OneArgFunc:
		return NewOneArgFunc("<go>", x), nil
	case FastFunc:
		return NewFastFunc("<go>", x), nil
	case FastKwFunc:
		return NewFastKwFunc("<go>", x), nil
	}
	return reflectToValue(reflect.ValueOf(x))
}

func reflectToValue(r reflect.Value) (Value, error) {
	switch r.Kind() {
	case reflect.Bool:
		return Bool(r.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return Int(r.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := r.Uint()
		if u > math.MaxInt64 {
			return intFromFreshBig(new(big.Int).SetUint64(u)), nil
		}
		return Int(int64(u)), nil
	case reflect.Float32, reflect.Float64:
		return Float(r.Float()), nil
	case reflect.String:
		return String(r.String()), nil
	case reflect.Slice, reflect.Array:
		if r.Kind() == reflect.Slice && r.IsNil() {
			return None, nil
		}
		items := make([]Value, r.Len())
		for i := range items {
			v, err := ToValue(r.Index(i).Interface())
			if err != nil {
				return Null, err
			}
			items[i] = v
		}
		return Obj(NewList(items)), nil
	case reflect.Map:
		if r.IsNil() {
			return None, nil
		}
		keys := r.MapKeys()
		sortKeys(keys)
		d := NewDict()
		for _, k := range keys {
			kv, err := ToValue(k.Interface())
			if err != nil {
				return Null, err
			}
			vv, err := ToValue(r.MapIndex(k).Interface())
			if err != nil {
				return Null, err
			}
			if err := d.Set(nil, kv, vv); err != nil {
				return Null, err
			}
		}
		return Obj(d), nil
	case reflect.Pointer, reflect.Interface:
		if r.IsNil() {
			return None, nil
		}
		return ToValue(r.Elem().Interface())
	}
	if !r.IsValid() {
		return None, nil
	}
	return Null, Errorf(TypeErrorType, "pyjit: cannot convert Go value of type %s to Python", r.Type())
}

// sortKeys orders map keys of string, integer and float kinds, so that a
// converted map's dict iterates the same way every time.
func sortKeys(keys []reflect.Value) {
	if len(keys) == 0 {
		return
	}
	switch keys[0].Kind() {
	case reflect.String:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.String(), b.String()) })
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Int(), b.Int()) })
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Uint(), b.Uint()) })
	case reflect.Float32, reflect.Float64:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Float(), b.Float()) })
	}
}

// ToGo converts a Python value to a Go value:
//
//	None          nil
//	bool          bool
//	int           int64, or *big.Int beyond int64
//	float         float64
//	str           string
//	bytes         []byte (a copy)
//	list, tuple   []any
//	dict          map[string]any when every key is a str, else map[any]any
//
// Other values, and dicts whose keys convert to unhashable Go values, give
// a TypeError.
func ToGo(v Value) (any, error) {
	switch o := v.o.(type) {
	case noneTag:
		return nil, nil
	case boolTag:
		return v.n != 0, nil
	case intTag:
		return int64(v.n), nil
	case floatTag:
		return v.UncheckedFloat(), nil
	case *BigInt:
		return new(big.Int).Set(&o.b), nil
	case *Str:
		return o.s, nil
	case *Bytes:
		return append([]byte(nil), o.b...), nil
	case *List:
		return valuesToGo(o.items)
	case *Tuple:
		return valuesToGo(o.items)
	case *Dict:
		return dictToGo(o)
	}
	return nil, Errorf(TypeErrorType, "pyjit: cannot convert Python value of type %s to Go", v.Type().Name)
}

func valuesToGo(items []Value) ([]any, error) {
	out := make([]any, len(items))
	for i, it := range items {
		x, err := ToGo(it)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

func dictToGo(d *Dict) (any, error) {
	allStr := true
	d.Items(func(k, _ Value) bool {
		_, allStr = k.o.(*Str)
		return allStr
	})
	var err error
	if allStr {
		m := make(map[string]any, d.Len())
		d.Items(func(k, v Value) bool {
			var x any
			x, err = ToGo(v)
			m[k.o.(*Str).s] = x
			return err == nil
		})
		return m, err
	}
	m := make(map[any]any, d.Len())
	d.Items(func(k, v Value) bool {
		var gk, gv any
		if gk, err = ToGo(k); err != nil {
			return false
		}
		if gk != nil && !reflect.TypeOf(gk).Comparable() {
			err = Errorf(TypeErrorType, "pyjit: dict key of type %s has no hashable Go counterpart", k.Type().Name)
			return false
		}
		if _, isBig := gk.(*big.Int); isBig {
			err = Errorf(TypeErrorType, "pyjit: dict key %s is too large for a Go map key", ShortRepr(k))
			return false
		}
		gv, err = ToGo(v)
		m[gk] = gv
		return err == nil
	})
	return m, err
}
