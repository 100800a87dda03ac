package vm

// How type.__new__ and __build_class__ let metaclasses shape a class:
// a custom mro(), and the __class__ cell of the class body.

// customMRO replaces the C3 order computeMRO gave t with what the mro()
// method of t's metaclass returns, when that metaclass is not type
// itself, as CPython's mro_invoke does. The result must hold only
// classes whose instance layout t's instances can have.
//
// For a class being made (fresh), the class has no MRO yet while mro()
// runs: its __mro__ is None and nothing is found on it, as CPython's
// tp_mro is NULL then.
func (th *Thread) customMRO(t *Type, fresh bool) error {
	if t.meta == nil || t.meta == TypeType {
		return nil
	}
	m := t.meta.Lookup("mro")
	if m.o == nil {
		return nil
	}
	if b, ok := m.o.(*MethodDescriptor); ok && b.Owner == TypeType {
		return nil
	}
	if fresh {
		computed := t.MRO
		t.MRO = nil
		t.Modified()
		defer func() {
			if t.MRO == nil {
				t.MRO = computed
			}
			t.Modified()
		}()
	}
	r, err := th.callSpecial(m, Obj(t))
	if err != nil {
		return err
	}
	items, err := th.iterateToSlice(r)
	if err != nil {
		return err
	}
	mro := make([]*Type, len(items))
	for i, v := range items {
		b, ok := v.o.(*Type)
		if !ok {
			return Errorf(TypeErrorType, "mro() returned a non-class ('%s')", staticTypeName(v.Type()))
		}
		if bl := b.layout; bl != nil && bl != ObjectType && !t.layout.IsSubtype(bl) {
			return Errorf(TypeErrorType, "mro() returned base with unsuitable layout ('%s')", staticTypeName(b))
		}
		mro[i] = b
	}
	t.MRO = mro
	return nil
}

// classCellError is the error of __build_class__ when the class the
// metaclass returned is not the one in the class body's __class__ cell
// (got, Null when type.__new__ never saw the cell).
func (th *Thread) classCellError(got, name, cls Value) error {
	var reprs []any
	for _, v := range []Value{got, name, cls} {
		if v.o == nil {
			continue
		}
		s, err := th.Repr(v)
		if err != nil {
			return err
		}
		if r := []rune(s); len(r) > 200 {
			s = string(r[:200])
		}
		reprs = append(reprs, s)
	}
	if got.o == nil {
		return Errorf(RuntimeErrorType, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", reprs...)
	}
	return Errorf(TypeErrorType, "__class__ set to %s defining %s as %s", reprs...)
}
