package vm

// The docstrings of builtin functions, types and methods: CPython's
// texts, in builtinDocs (builtindocs_gen.go, made by tools/gendocs.py).

import "sync"

// builtinDoc is the docstring builtinDocs holds for key, or None.
func builtinDoc(key string) Value {
	if d, ok := builtinDocs[key]; ok {
		return String(d)
	}
	return None
}

// builtinFuncDoc is the docstring of a builtin function or bound method
// that has none of its own: CPython's for the functions of the builtins
// module ("builtins.len") and the methods of builtin types ("str.join").
func builtinFuncDoc(b *Builtin) Value {
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
	}
	return ""
}

// builtinSignature is CPython's __text_signature__ of the builtin whose
// key is key, or None.
func builtinSignature(key string) Value {
	if s, ok := builtinSignatures[key]; ok {
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
		return builtinSignature(d.Owner.Name + "." + d.Name), nil
	}
	BuiltinFunctionType.addGetSet("__text_signature__", funcSignature, nil)
	MethodWrapperType.addGetSet("__text_signature__", funcSignature, nil)
	MethodDescriptorType.addGetSet("__text_signature__", descrSignature, nil)
	WrapperDescriptorType.addGetSet("__text_signature__", descrSignature, nil)
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
		return builtinDoc(d.Owner.Name + "." + d.Name), nil
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
