package vm

// Types a host program defines in Go, for Go values it exposes to Python
// (package pyjit's reflection binding): builtin types whose attributes
// are getset descriptors and methods written in Go.

// NewHostType returns a new type named name, of module module, whose
// instances are Objects the host makes (their Type method returns it).
// Like a builtin type it cannot be subclassed and its attributes cannot
// be set from Python; it is complete once its attributes are added with
// AddGetSet and AddMethod, before its first instance reaches Python. It
// may be shared by interpreters.
func NewHostType(module, name, doc string) *Type {
	t := &Type{Name: name, QualName: name, Dict: NewDict(), version: nextTypeVersion(), final: true, doc: doc}
	t.Dict.SetStr("__module__", String(module))
	if doc != "" {
		t.Dict.SetStr("__doc__", String(doc))
	} else {
		t.Dict.SetStr("__doc__", None)
	}
	t.Base = ObjectType
	t.Bases = []*Type{ObjectType}
	t.layout = ObjectType.layout
	t.MRO = []*Type{t, ObjectType}
	return t
}

// AddGetSet adds the attribute name to the instances of a host type: get
// reads it, set (nil for a read-only attribute) writes it.
func (t *Type) AddGetSet(name string, get func(th *Thread, self Value) (Value, error), set func(th *Thread, self, v Value) error) {
	t.addGetSet(name, get, set)
}

// AddMethod adds the method name to the instances of a host type; fn
// receives the instance as self.
func (t *Type) AddMethod(name string, fn BuiltinFunc) { t.addMethod(name, fn) }
