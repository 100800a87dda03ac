package vm

// Assigning a class's __bases__, as CPython's type_set_bases: the new
// bases must keep the instances' layout, and the class's MRO and those of
// all its subclasses are computed again, all restored if one fails.

// setBases is type.__bases__'s setter.
func (th *Thread) setBases(t *Type, x Value) error {
	if err := checkSpecialTypeAttr(t, x, "__bases__"); err != nil {
		return err
	}
	bt, ok := x.o.(*Tuple)
	if !ok {
		return Errorf(TypeErrorType, "can only assign tuple to %s.__bases__, not %s", t.Name, x.Type().Name)
	}
	if len(bt.items) == 0 {
		return Errorf(TypeErrorType, "can only assign non-empty tuple to %s.__bases__, not ()", t.Name)
	}
	bases := make([]*Type, len(bt.items))
	for i, b := range bt.items {
		bb, ok := b.o.(*Type)
		if !ok {
			return Errorf(TypeErrorType, "%s.__bases__ must be tuple of classes, not '%s'", t.Name, b.Type().Name)
		}
		if bb.IsSubtype(t) || baseChainHolds(bb, t) {
			return Errorf(TypeErrorType, "a __bases__ item causes an inheritance cycle")
		}
		bases[i] = bb
	}
	newBase, err := checkedBestBase(bases)
	if err != nil {
		return err
	}
	if err := compatibleForAssignment(t.Base, newBase, "__bases__"); err != nil {
		return err
	}
	oldBases, oldBase := t.Bases, t.Base
	t.Bases, t.Base = bases, newBase
	var undo []mroChange
	err = th.mroHierarchy(t, &undo)
	// A metaclass's mro() may have assigned t.__bases__ again meanwhile:
	// that assignment stands, this one neither updates nor restores.
	ours := sameTypes(t.Bases, bases)
	if err != nil {
		for i := len(undo) - 1; i >= 0; i-- {
			if sameTypes(undo[i].t.MRO, undo[i].new) {
				undo[i].t.MRO = undo[i].old
			}
		}
		if ours {
			t.Bases, t.Base = oldBases, oldBase
		}
		return err
	}
	if ours {
		th.removeSubclass(oldBases, t)
		th.addSubclass(bases, t)
	}
	t.Modified()
	return nil
}

// sameTypes reports whether a and b are the same slice.
func sameTypes(a, b []*Type) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// baseChainHolds reports whether t is on b's chain of primary bases.
func baseChainHolds(b, t *Type) bool {
	for ; b != nil; b = b.Base {
		if b == t {
			return true
		}
	}
	return false
}

// checkedBestBase is bestBase, refusing bases whose layouts conflict.
func checkedBestBase(bases []*Type) (*Type, error) {
	winner := layoutSolidBase(bases[0])
	for _, b := range bases[1:] {
		c := layoutSolidBase(b)
		if !winner.IsSubtype(c) && !c.IsSubtype(winner) {
			return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
		if c.IsSubtype(winner) {
			winner = c
		}
	}
	return bestBase(bases), nil
}

// mroChange is a class's MRO before its __bases__ (or a base's) changed.
type mroChange struct {
	t        *Type
	old, new []*Type
}

// mroHierarchy computes again the MRO of t and of its subclasses,
// recording the old ones in undo.
func (th *Thread) mroHierarchy(t *Type, undo *[]mroChange) error {
	old := t.MRO
	if err := t.computeMRO(); err != nil {
		return err
	}
	computed := t.MRO
	err := th.customMRO(t, old == nil)
	if err != nil {
		// What a failed mro() left (another __bases__ assignment of its
		// own, say) is not ours to undo.
		*undo = append(*undo, mroChange{t, old, computed})
	} else {
		*undo = append(*undo, mroChange{t, old, t.MRO})
	}
	if err != nil {
		return err
	}
	for _, s := range append([]*Type(nil), th.subclasses(t)...) {
		if err := th.mroHierarchy(s, undo); err != nil {
			return err
		}
	}
	return nil
}

// removeSubclass takes t out of its bases' subclass lists.
func (th *Thread) removeSubclass(bases []*Type, t *Type) {
	for _, b := range bases {
		if b.heap {
			b.heapSubs.remove(t)
		} else if subs := th.interp.builtinSubs[b]; subs != nil {
			subs.remove(t)
		}
	}
}

// gcFreed reports whether CPython frees t's instances with the cyclic
// collector's deallocator: every class but the builtin types whose
// instances hold no references.
func gcFreed(t *Type) bool {
	if t.heap {
		return true
	}
	switch t {
	case ObjectType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType:
		return false
	}
	return true
}

// addsNoLayout reports whether the class t lays its instances out as its
// primary base does (CPython's compatible_with_tp_base).
func addsNoLayout(t *Type) bool {
	b := t.Base
	return t.heap && b != nil && len(t.slotNames) == len(b.slotNames) &&
		t.hasDict == layoutHasDict(b) && t.weakrefs == layoutHasWeakrefs(b) && gcFreed(b)
}

// sameLayoutAdded reports whether a and b, both over the same base, add
// the same to its layout (CPython's same_slots_added).
func sameLayoutAdded(a, b *Type) bool {
	if !a.heap || !b.heap || a.hasDict != b.hasDict || a.weakrefs != b.weakrefs || len(a.slotNames) != len(b.slotNames) {
		return false
	}
	for i, n := range a.slotNames {
		if b.slotNames[i] != n {
			return false
		}
	}
	return true
}

// compatibleForAssignment checks that instances laid out for oldT can
// be newT's (CPython's compatible_for_assignment); attr names the
// assignment in the error.
func compatibleForAssignment(oldT, newT *Type, attr string) error {
	if gcFreed(oldT) != gcFreed(newT) {
		return Errorf(TypeErrorType, "%s assignment: '%s' deallocator differs from '%s'", attr, newT.Name, oldT.Name)
	}
	nb, ob := newT, oldT
	for addsNoLayout(nb) {
		nb = nb.Base
	}
	for addsNoLayout(ob) {
		ob = ob.Base
	}
	if nb != ob && (nb.Base != ob.Base || !sameLayoutAdded(nb, ob)) || managedDict(oldT) != managedDict(newT) {
		return Errorf(TypeErrorType, "%s assignment: '%s' object layout differs from '%s'", attr, newT.Name, oldT.Name)
	}
	return nil
}

// managedDict reports whether t's instances have a __dict__ CPython 3.11
// manages itself (Py_TPFLAGS_MANAGED_DICT): those of classes.
func managedDict(t *Type) bool {
	return t.heap && t.hasDict
}
