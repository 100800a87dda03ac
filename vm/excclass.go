package vm

// Exception classes as Go errors, for errors.Is.

// ExceptionClass is a Python exception class as a Go error value:
// errors.Is(err, c) reports whether err is, or wraps, a Python exception
// of class c or of a subclass of it, as Python's `except c:` would
// decide. Its Error method returns the class's name.
type ExceptionClass struct {
	typ *Type
}

// ClassOf returns t as an ExceptionClass; ok is false when t is nil or
// not a subclass of BaseException.
func ClassOf(t *Type) (c *ExceptionClass, ok bool) {
	if t == nil || !t.IsSubtype(BaseExceptionType) {
		return nil, false
	}
	return &ExceptionClass{typ: t}, true
}

// Type returns the class as a Python type (nil for a nil c).
func (c *ExceptionClass) Type() *Type {
	if c == nil || c.typ == nil {
		return nil
	}
	return c.typ
}

// Value returns the class as a Python value (Null for a nil c).
func (c *ExceptionClass) Value() Value {
	if c == nil || c.typ == nil {
		return Null
	}
	return Obj(c.typ)
}

// Error returns the class's name.
func (c *ExceptionClass) Error() string {
	if c == nil || c.typ == nil {
		return "<nil exception class>"
	}
	return c.typ.Name
}

// Is reports whether target is the same Python class, so that two
// ExceptionClass values of one class match each other.
func (c *ExceptionClass) Is(target error) bool {
	t, ok := target.(*ExceptionClass)
	return ok && c != nil && t != nil && t.typ == c.typ
}

// Is reports whether target is an ExceptionClass that e is an instance
// of, for errors.Is.
func (e *Exception) Is(target error) bool {
	c, ok := target.(*ExceptionClass)
	return ok && c != nil && c.typ != nil && e != nil && e.typ.IsSubtype(c.typ)
}
