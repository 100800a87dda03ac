package vm

// member_descriptor: the descriptor of a __slots__ entry (SlotDescriptor)
// and of an attribute a builtin type keeps in a field of its objects
// (a GetSetDescriptor marked member), as CPython's PyMemberDescr_Type.

// memberOf returns the name and owner of a member descriptor.
func memberOf(v Value) (string, *Type, error) {
	switch d := v.o.(type) {
	case *SlotDescriptor:
		return d.Name, d.Owner, nil
	case *GetSetDescriptor:
		return d.Name, d.Owner, nil
	}
	return "", nil, Errorf(TypeErrorType, "descriptor of 'member_descriptor' object needs a member_descriptor, not '%s'", v.Type().Name)
}

// memberSet stores x through the member descriptor v; a Null x deletes.
func (th *Thread) memberSet(v, obj, x Value) error {
	switch d := v.o.(type) {
	case *SlotDescriptor:
		return d.set(obj, x)
	case *GetSetDescriptor:
		return getSetDescriptorSet(th, d, obj, x)
	}
	_, _, err := memberOf(v)
	return err
}

// memberApplies checks that obj is an instance of the member's owner.
func memberApplies(name string, owner *Type, obj Value) error {
	if obj.Type().IsSubtype(owner) {
		return nil
	}
	return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, staticTypeName(owner), obj.Type().Name)
}

func initMemberDescriptor() {
	t := MemberDescriptorType
	t.addReadonly("__name__", func(th *Thread, v Value) (Value, error) {
		name, _, err := memberOf(v)
		return String(name), err
	})
	t.addReadonly("__objclass__", func(th *Thread, v Value) (Value, error) {
		_, owner, err := memberOf(v)
		return Obj(owner), err
	})
	getset(t, "__qualname__", func(th *Thread, v Value) (Value, error) {
		name, owner, err := memberOf(v)
		if err != nil {
			return Null, err
		}
		return String(owner.QualName + "." + name), nil
	})
	getset(t, "__doc__", func(th *Thread, v Value) (Value, error) {
		if d, ok := v.o.(*GetSetDescriptor); ok {
			return builtinDoc(d.Owner.Name + "." + d.Name), nil
		}
		return None, nil
	})
	method(t, "__get__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, _, err := descrGetArgs(args); err != nil || args[0].IsNone() {
			return self, err
		}
		name, owner, err := memberOf(self)
		if err == nil {
			err = memberApplies(name, owner, args[0])
		}
		if err != nil {
			return Null, err
		}
		return th.bindDescriptor(self, args[0], args[0].Type())
	})
	method(t, "__set__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "wrapper __set__() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Null, Errorf(TypeErrorType, " expected 2 arguments, got %d", len(args))
		}
		return None, th.memberSet(self, args[0], args[1])
	})
	method(t, "__delete__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "wrapper __delete__() takes no keyword arguments")
		}
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return None, th.memberSet(self, args[0], Null)
	})
}
