package vm

// The __doc__ of slot wrappers (int.__add__, (1).__add__): one text per
// special method name, as CPython 3.11's slot table gives them (recorded
// from CPython's wrapper descriptors). Other builtin methods have none.
var slotDocs = map[string]string{
	"__abs__":          "abs(self)",
	"__add__":          "Return self+value.",
	"__aiter__":        "Return an awaitable, that resolves in asynchronous iterator.",
	"__and__":          "Return self&value.",
	"__anext__":        "Return a value or raise StopAsyncIteration.",
	"__await__":        "Return an iterator to be used in await expression.",
	"__bool__":         "True if self else False",
	"__call__":         "Call self as a function.",
	"__contains__":     "Return key in self.",
	"__delattr__":      "Implement delattr(self, name).",
	"__delete__":       "Delete an attribute of instance.",
	"__delitem__":      "Delete self[key].",
	"__divmod__":       "Return divmod(self, value).",
	"__eq__":           "Return self==value.",
	"__float__":        "float(self)",
	"__floordiv__":     "Return self//value.",
	"__ge__":           "Return self>=value.",
	"__get__":          "Return an attribute of instance, which is of type owner.",
	"__getattribute__": "Return getattr(self, name).",
	"__getitem__":      "Return self[key].",
	"__gt__":           "Return self>value.",
	"__hash__":         "Return hash(self).",
	"__iadd__":         "Implement self+=value.",
	"__iand__":         "Return self&=value.",
	"__imul__":         "Implement self*=value.",
	"__index__":        "Return self converted to an integer, if self is suitable for use as an index into a list.",
	"__init__":         "Initialize self.  See help(type(self)) for accurate signature.",
	"__int__":          "int(self)",
	"__invert__":       "~self",
	"__ior__":          "Return self|=value.",
	"__isub__":         "Return self-=value.",
	"__iter__":         "Implement iter(self).",
	"__ixor__":         "Return self^=value.",
	"__le__":           "Return self<=value.",
	"__len__":          "Return len(self).",
	"__lshift__":       "Return self<<value.",
	"__lt__":           "Return self<value.",
	"__mod__":          "Return self%value.",
	"__mul__":          "Return self*value.",
	"__ne__":           "Return self!=value.",
	"__neg__":          "-self",
	"__next__":         "Implement next(self).",
	"__or__":           "Return self|value.",
	"__pos__":          "+self",
	"__pow__":          "Return pow(self, value, mod).",
	"__radd__":         "Return value+self.",
	"__rand__":         "Return value&self.",
	"__rdivmod__":      "Return divmod(value, self).",
	"__repr__":         "Return repr(self).",
	"__rfloordiv__":    "Return value//self.",
	"__rlshift__":      "Return value<<self.",
	"__rmod__":         "Return value%self.",
	"__rmul__":         "Return value*self.",
	"__ror__":          "Return value|self.",
	"__rpow__":         "Return pow(value, self, mod).",
	"__rrshift__":      "Return value>>self.",
	"__rshift__":       "Return self>>value.",
	"__rsub__":         "Return value-self.",
	"__rtruediv__":     "Return value/self.",
	"__rxor__":         "Return value^self.",
	"__set__":          "Set an attribute of instance to value.",
	"__setattr__":      "Implement setattr(self, name, value).",
	"__setitem__":      "Set self[key] to value.",
	"__str__":          "Return str(self).",
	"__sub__":          "Return self-value.",
	"__truediv__":      "Return self/value.",
	"__xor__":          "Return self^value.",
}

func initSlotDocs() {
	doc := func(name string) Value {
		if d, ok := slotDocs[name]; ok {
			return String(d)
		}
		return None
	}
	WrapperDescriptorType.addGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
		d, err := selfAs[*MethodDescriptor](v)
		if err != nil {
			return Null, err
		}
		return doc(d.Name), nil
	}, nil)
	MethodWrapperType.addGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
		b, err := selfAs[*Builtin](v)
		if err != nil {
			return Null, err
		}
		return doc(b.Name), nil
	}, nil)
}
