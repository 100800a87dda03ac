package vm

// The docstrings of builtin functions, types and methods: CPython's
// texts, in builtinDocs and moduleDocs (builtindocs_gen.go, made by
// tools/gendocs.py).

import (
	"strings"
	"sync"
)

// builtinDoc is the docstring builtinDocs or moduleDocs holds for key,
// or None.
func builtinDoc(key string) Value {
	if d, ok := builtinDocs[key]; ok {
		return String(d)
	}
	if d, ok := moduleDocs[key]; ok {
		return String(d)
	}
	return None
}

// builtinFuncDoc is the docstring of a builtin function or bound method
// that has none of its own: CPython's for the functions of the builtins
// module ("builtins.len") and the methods of builtin types ("str.join").
func builtinFuncDoc(b *Builtin) Value {
	if newOwner(b) != nil {
		return String(typeNewDoc)
	}
	if key := builtinFuncKey(b); key != "" {
		return builtinDoc(key)
	}
	return None
}

// builtinFuncKey is the key of a builtin function or bound method in
// builtinDocs and builtinSignatures, "" for none.
func builtinFuncKey(b *Builtin) string {
	if t, ok := b.Self.o.(*Type); ok && b.owner == "" {
		// A classmethod bound to its type (int.from_bytes).
		return t.Name + "." + b.Name
	}
	switch {
	case b.owner != "":
		return b.owner + "." + b.Name
	case b.Self.o == nil && (b.mod == "" || b.mod == "builtins"):
		return "builtins." + b.Name
	case b.Self.o == nil:
		// A function of a module written in Go ("itertools.tee").
		return b.mod + "." + b.Name
	}
	return ""
}

// typeNewDoc and typeNewSignature are the docstring and signature of
// every builtin type's __new__ (CPython's tp_new wrapper).
const (
	typeNewDoc       = "Create and return a new object.  See help(type) for accurate signature."
	typeNewSignature = "($type, *args, **kwargs)"
)

// newOwner is the builtin type whose __new__ b is, or nil: such a
// __new__ is a method of its type (list.__new__.__self__ is list).
func newOwner(b *Builtin) *Type {
	if b.Name != "__new__" || b.owner == "" || b.Self.o != nil {
		return nil
	}
	return builtinTypeHolding("__new__", func(v Value) bool { return v.o == Object(b) })
}

// staticOwner returns the builtin type whose dict holds b, a builtin
// without self that names an owner: a type's __new__ or one of its static
// methods (bytes.maketrans); nil for others. CPython keeps that type as
// the function's m_self, which __reduce__ reports.
func staticOwner(b *Builtin) *Type {
	if t := newOwner(b); t != nil {
		return t
	}
	if b.owner == "" || b.Self.o != nil {
		return nil
	}
	return builtinTypeHolding(b.Name, func(v Value) bool {
		sm, isStatic := v.o.(*StaticMethod)
		return isStatic && sm.Fn.o == Object(b)
	})
}

// builtinTypeHolding returns the first builtin type, from object down its
// subclasses, whose own attribute name satisfies match; nil for none.
func builtinTypeHolding(name string, match func(Value) bool) *Type {
	var find func(t *Type) *Type
	find = func(t *Type) *Type {
		if v, ok := t.Dict.GetStr(name); ok && !t.heap && match(v) {
			return t
		}
		for _, s := range t.subs {
			if owner := find(s); owner != nil {
				return owner
			}
		}
		return nil
	}
	return find(ObjectType)
}

// docSignature is the signature an internal docstring doc of a callable
// named name starts with, "name(...)\n--\n\n", without the name; None
// when doc has none (CPython's _PyType_GetTextSignatureFromInternalDoc).
func docSignature(name, doc string) Value {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	rest, ok := strings.CutPrefix(doc, name)
	if !ok || !strings.HasPrefix(rest, "(") {
		return None
	}
	for i := 0; i < len(rest); i++ {
		if strings.HasPrefix(rest[i:], ")\n--\n\n") {
			return String(rest[:i+1])
		}
		if rest[i] == '\n' && i+1 < len(rest) && rest[i+1] == '\n' {
			break
		}
	}
	return None
}

// moduleTypeKey is the key of a type of a module written in Go whose
// name does not carry its module ("_io.BufferedReader"), or "" for
// other types.
func moduleTypeKey(t *Type) string {
	if t.heap || strings.IndexByte(t.Name, '.') >= 0 {
		return ""
	}
	if m, ok := t.Dict.GetStr("__module__"); ok {
		if s, ok := m.o.(*Str); ok && s.s != "builtins" {
			return s.s + "." + t.Name
		}
	}
	return ""
}

// ownedSignature is the __text_signature__ of attribute name of type t:
// keyed by t's name, else by its module-qualified name.
func ownedSignature(t *Type, name string) Value {
	if s := builtinSignature(t.Name + "." + name); !s.IsNone() {
		return s
	}
	if k := moduleTypeKey(t); k != "" {
		return builtinSignature(k + "." + name)
	}
	return None
}

// ownedDoc is ownedSignature for the docstring.
func ownedDoc(t *Type, name string) Value {
	if d := builtinDoc(t.Name + "." + name); !d.IsNone() {
		return d
	}
	if k := moduleTypeKey(t); k != "" {
		return builtinDoc(k + "." + name)
	}
	return None
}

// builtinSignature is CPython's __text_signature__ of the builtin whose
// key is key, or None.
func builtinSignature(key string) Value {
	if s, ok := builtinSignatures[key]; ok {
		return String(s)
	}
	if s, ok := moduleSignatures[key]; ok {
		return String(s)
	}
	return None
}

// initBuiltinDocs gives the method descriptors of builtin types (str.join,
// dict.fromkeys) their docstrings, and them and the builtin functions their
// __text_signature__, which inspect.signature reads.
func initBuiltinDocs() {
	funcSignature := func(th *Thread, v Value) (Value, error) {
		b, err := selfAs[*Builtin](v)
		if err != nil || b.Doc != "" {
			// A function with a docstring of its own has no signature
			// in it.
			return None, err
		}
		if newOwner(b) != nil {
			return String(typeNewSignature), nil
		}
		if key := builtinFuncKey(b); key != "" {
			return builtinSignature(key), nil
		}
		return None, nil
	}
	descrSignature := func(th *Thread, v Value) (Value, error) {
		d, err := selfAs[*MethodDescriptor](v)
		if err != nil {
			return Null, err
		}
		return ownedSignature(d.Owner, d.Name), nil
	}
	TypeType.addGetSet("__text_signature__", func(th *Thread, v Value) (Value, error) {
		t, err := selfAs[*Type](v)
		if err != nil {
			return None, err
		}
		if t.heap {
			// A class whose docstring starts with its signature, as
			// CPython's internal docstrings do.
			if d, ok := t.Dict.GetStr("__doc__"); ok {
				if s, ok := d.o.(*Str); ok {
					return docSignature(t.Name, s.s), nil
				}
			}
			return None, nil
		}
		if s := builtinSignature(t.Name); !s.IsNone() {
			return s, nil
		}
		if k := moduleTypeKey(t); k != "" {
			return builtinSignature(k), nil
		}
		return None, nil
	}, nil)
	BuiltinFunctionType.addGetSet("__text_signature__", funcSignature, nil)
	MethodWrapperType.addGetSet("__text_signature__", func(th *Thread, v Value) (Value, error) {
		s, err := funcSignature(th, v)
		if err != nil || !s.IsNone() {
			return s, err
		}
		if b, ok := v.o.(*Builtin); ok {
			return slotSignature(b.Name), nil
		}
		return None, nil
	}, nil)
	MethodDescriptorType.addGetSet("__text_signature__", descrSignature, nil)
	WrapperDescriptorType.addGetSet("__text_signature__", func(th *Thread, v Value) (Value, error) {
		s, err := descrSignature(th, v)
		if err != nil || !s.IsNone() {
			return s, err
		}
		if d, ok := v.o.(*MethodDescriptor); ok {
			return slotSignature(d.Name), nil
		}
		return None, nil
	}, nil)
	ClassMethodDescriptorType.addGetSet("__text_signature__", func(th *Thread, v Value) (Value, error) {
		d, err := selfAs[*ClassMethodDescriptor](v)
		if err != nil {
			return Null, err
		}
		return builtinSignature(d.Owner.Name + "." + d.Name), nil
	}, nil)
	MethodDescriptorType.addGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
		d, err := selfAs[*MethodDescriptor](v)
		if err != nil {
			return Null, err
		}
		return ownedDoc(d.Owner, d.Name), nil
	}, nil)
	ClassMethodDescriptorType.addGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
		d, err := selfAs[*ClassMethodDescriptor](v)
		if err != nil {
			return Null, err
		}
		return builtinDoc(d.Owner.Name + "." + d.Name), nil
	}, nil)
}

// typeDocsOnce gives the builtin types their docstrings once, when the
// first builtins namespace is made.
var typeDocsOnce sync.Once

// setTypeDocs gives the builtin types of the builtins namespace d that
// have no docstring of their own CPython's (int.__doc__).
func setTypeDocs(d *Dict) {
	typeDocsOnce.Do(func() {
		for key, doc := range builtinDocs {
			v, ok := d.GetStr(key)
			if !ok {
				continue
			}
			t, ok := v.o.(*Type)
			if !ok || t.Name != key {
				continue
			}
			if cur, ok := t.Dict.GetStr("__doc__"); !ok || cur.IsNone() {
				t.Dict.SetStr("__doc__", String(doc))
			}
		}
	})
}
