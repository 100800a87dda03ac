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

// slotSignatures are the __text_signature__ of slot wrappers, one per
// special method name as CPython 3.11's slot table gives them, for the
// wrappers whose type's own signatures are not recorded.
var slotSignatures = map[string]string{
	"__abs__":          "($self, /)",
	"__add__":          "($self, value, /)",
	"__aiter__":        "($self, /)",
	"__and__":          "($self, value, /)",
	"__anext__":        "($self, /)",
	"__await__":        "($self, /)",
	"__bool__":         "($self, /)",
	"__call__":         "($self, /, *args, **kwargs)",
	"__contains__":     "($self, key, /)",
	"__delattr__":      "($self, name, /)",
	"__delete__":       "($self, instance, /)",
	"__delitem__":      "($self, key, /)",
	"__divmod__":       "($self, value, /)",
	"__eq__":           "($self, value, /)",
	"__float__":        "($self, /)",
	"__floordiv__":     "($self, value, /)",
	"__ge__":           "($self, value, /)",
	"__get__":          "($self, instance, owner=None, /)",
	"__getattribute__": "($self, name, /)",
	"__getitem__":      "($self, key, /)",
	"__gt__":           "($self, value, /)",
	"__hash__":         "($self, /)",
	"__iadd__":         "($self, value, /)",
	"__iand__":         "($self, value, /)",
	"__ifloordiv__":    "($self, value, /)",
	"__ilshift__":      "($self, value, /)",
	"__imatmul__":      "($self, value, /)",
	"__imod__":         "($self, value, /)",
	"__imul__":         "($self, value, /)",
	"__index__":        "($self, /)",
	"__init__":         "($self, /, *args, **kwargs)",
	"__int__":          "($self, /)",
	"__invert__":       "($self, /)",
	"__ior__":          "($self, value, /)",
	"__ipow__":         "($self, value, /)",
	"__irshift__":      "($self, value, /)",
	"__isub__":         "($self, value, /)",
	"__iter__":         "($self, /)",
	"__itruediv__":     "($self, value, /)",
	"__ixor__":         "($self, value, /)",
	"__le__":           "($self, value, /)",
	"__len__":          "($self, /)",
	"__lshift__":       "($self, value, /)",
	"__lt__":           "($self, value, /)",
	"__matmul__":       "($self, value, /)",
	"__mod__":          "($self, value, /)",
	"__mul__":          "($self, value, /)",
	"__ne__":           "($self, value, /)",
	"__neg__":          "($self, /)",
	"__next__":         "($self, /)",
	"__or__":           "($self, value, /)",
	"__pos__":          "($self, /)",
	"__pow__":          "($self, value, mod=None, /)",
	"__radd__":         "($self, value, /)",
	"__rand__":         "($self, value, /)",
	"__rdivmod__":      "($self, value, /)",
	"__repr__":         "($self, /)",
	"__rfloordiv__":    "($self, value, /)",
	"__rlshift__":      "($self, value, /)",
	"__rmatmul__":      "($self, value, /)",
	"__rmod__":         "($self, value, /)",
	"__rmul__":         "($self, value, /)",
	"__ror__":          "($self, value, /)",
	"__rpow__":         "($self, value, mod=None, /)",
	"__rrshift__":      "($self, value, /)",
	"__rshift__":       "($self, value, /)",
	"__rsub__":         "($self, value, /)",
	"__rtruediv__":     "($self, value, /)",
	"__rxor__":         "($self, value, /)",
	"__set__":          "($self, instance, value, /)",
	"__setattr__":      "($self, name, value, /)",
	"__setitem__":      "($self, key, value, /)",
	"__str__":          "($self, /)",
	"__sub__":          "($self, value, /)",
	"__truediv__":      "($self, value, /)",
	"__xor__":          "($self, value, /)",
}

// slotSignature is the __text_signature__ of slot wrapper name, or None.
func slotSignature(name string) Value {
	if s, ok := slotSignatures[name]; ok {
		return String(s)
	}
	return None
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
