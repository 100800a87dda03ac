package vm

// types.SimpleNamespace, CPython's _PyNamespace: an object whose
// attributes are what its constructor's keywords name; the type of
// sys.implementation.

import (
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// NamespaceType is types.SimpleNamespace.
var NamespaceType *Type

func initNamespaceType() {
	t := newBuiltinType("SimpleNamespace", ObjectType)
	NamespaceType = t
	t.Name = "types.SimpleNamespace"
	t.layout = ObjectType
	t.hasDict = true
	t.Dict.SetStr("__module__", String("types"))
	t.Dict.SetStr("__hash__", None)
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "SimpleNamespace", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, "types.SimpleNamespace.__new__(): not enough arguments")
		}
		cls, ok := args[0].o.(*Type)
		if !ok || !cls.IsSubtype(t) {
			return Null, Errorf(TypeErrorType, "SimpleNamespace.__new__(X): X is not a subtype of SimpleNamespace")
		}
		if cls.heap {
			return th.allocInstance(cls)
		}
		return Obj(newNamespace(nil, nil)), nil
	}}))
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) > len(kw) {
			return Null, Errorf(TypeErrorType, "no positional arguments expected")
		}
		d := instanceDict(self)
		if d == nil {
			return Null, Errorf(TypeErrorType, "SimpleNamespace.__init__ needs an instance")
		}
		for i, name := range kw {
			d.SetStr(name, args[len(args)-len(kw)+i])
		}
		return None, nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		name := "namespace"
		if self.Type() != t {
			name = self.Type().Name
		}
		d := instanceDict(self)
		if d == nil {
			return String(name + "()"), nil
		}
		if th.reprEnter(self) {
			return String(name + "(...)"), nil
		}
		defer th.reprLeave(self)
		var b strings.Builder
		b.WriteString(name + "(")
		first := true
		var err error
		d.Items(func(k, v Value) bool {
			ks, ok := k.o.(*Str)
			if !ok {
				return true
			}
			var r string
			if r, err = th.Repr(v); err != nil {
				return false
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(ks.s + "=" + r)
			return true
		})
		if err != nil {
			return Null, err
		}
		b.WriteString(")")
		return String(b.String()), nil
	})
	method(t, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if !args[0].Type().IsSubtype(t) {
			return NotImplemented, nil
		}
		return th.RichCompare(Obj(instanceDict(self)), Obj(instanceDict(args[0])), code.CMP_EQ)
	})
	method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Obj(NewTuple([]Value{Obj(self.Type()), Obj(emptyTuple), Obj(instanceDict(self))})), nil
	})
}

// newNamespace makes a SimpleNamespace with the given attributes.
func newNamespace(names []string, values []Value) *Instance {
	o := NamespaceType.newInstance()
	o.dict = NewDict()
	for i, n := range names {
		o.dict.SetStr(n, values[i])
	}
	return o
}
