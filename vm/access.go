package vm

// Checked accessors of values for Go code: each reports whether the value
// has the kind asked for, runs no Python code, and never panics (the zero
// Value included). They see through subclasses of the builtin types, as
// CPython's PyLong_AsLongLong and PyUnicode_AsUTF8 do for an int or str
// subclass.

// AsInt64 returns the value of an int or bool that fits in int64 (a big
// int too, when it fits); ok is false for any other value, and for an
// int out of int64's range. It does not call __index__.
func (v Value) AsInt64() (int64, bool) {
	switch o := unwrap(v).o.(type) {
	case intTag, boolTag:
		return int64(unwrap(v).n), true
	case *BigInt:
		if o.b.IsInt64() {
			return o.b.Int64(), true
		}
	}
	return 0, false
}

// AsFloat returns the value of a float, or of an int or bool converted as
// float() converts it (to the nearest float), as CPython's
// PyFloat_AsDouble accepts any int for a float parameter. ok is false for
// other values and for an int too large for a float (where float()
// raises OverflowError). It does not call __float__ or __index__.
func (v Value) AsFloat() (float64, bool) {
	f, ok, err := toFloat(unwrap(v))
	return f, ok && err == nil
}

// AsString returns the text of a str; ok is false for other values
// (bytes included).
func (v Value) AsString() (string, bool) {
	if s, ok := unwrap(v).o.(*Str); ok {
		return s.s, true
	}
	return "", false
}

// AsBytes returns a copy of the contents of a bytes or bytearray; ok is
// false for other values (str included).
func (v Value) AsBytes() ([]byte, bool) {
	if b, ok := unwrap(v).o.(*Bytes); ok {
		return append([]byte{}, b.b...), true
	}
	return nil, false
}

// AsBool returns the value of True or False; ok is false for any other
// value, ints included. For the truth value of any object, as bool()
// gives it, see Thread.Truth.
func (v Value) AsBool() (value, ok bool) {
	if v.IsBool() {
		return v.n != 0, true
	}
	return false, false
}
