package vm

// _thread._local, thread-local storage: each thread that touches a local
// object sees its own __dict__, made empty (and, for a subclass with an
// __init__, initialized with the constructor's arguments) on the
// thread's first use, and dropped when the thread ends. A plain _local
// finds its dict through instanceDict; an instance of a subclass, which
// keeps its attributes in its own dict, has the running thread's dict put
// in place by _local's __getattribute__, __setattr__ and __delattr__
// before the generic lookup, all under the GIL.

import (
	"sync"
	"weak"
)

// ThreadLocal is a _thread._local.
type ThreadLocal struct {
	interp  *Interpreter
	dicts   map[*Thread]*Dict
	args    []Value // the constructor's arguments, for __init__ in other threads
	kwnames []string
}

// ThreadLocalType is _thread._local.
var (
	ThreadLocalType *Type
	threadLocalOnce sync.Once
)

// Type implements Object.
func (*ThreadLocal) Type() *Type { return ThreadLocalType }

// dictFor returns th's dict of l, made empty on th's first use (made
// reports that).
func (l *ThreadLocal) dictFor(th *Thread) (d *Dict, made bool) {
	if d, ok := l.dicts[th]; ok {
		return d, false
	}
	d = NewDict()
	l.dicts[th] = d
	if th != th.interp.main {
		th.locals = append(th.locals, weak.Make(l))
	}
	return d, true
}

// dropThreadLocals forgets the thread-local values of t, which ended.
func (t *Thread) dropThreadLocals() {
	for _, w := range t.locals {
		if l := w.Value(); l != nil {
			delete(l.dicts, t)
		}
	}
	t.locals = nil
}

// localDict returns the running thread's dict of self, a _local or an
// instance of a subclass, which it then uses as its __dict__. On the
// thread's first use a subclass's __init__ runs with the constructor's
// arguments.
func (th *Thread) localDict(self Value) (*Dict, error) {
	l, ok := unwrap(self).o.(*ThreadLocal)
	if !ok {
		return nil, Errorf(TypeErrorType, "descriptor requires a '_thread._local' object but received a '%s'", self.Type().Name)
	}
	d, made := l.dictFor(th)
	inst, isInst := self.o.(*Instance)
	if !isInst {
		return d, nil
	}
	inst.materialize()
	inst.dict = d
	if made && !plainInit(inst.typ) {
		if _, err := th.Call(inst.typ.Lookup("__init__"), append([]Value{self}, l.args...), l.kwnames); err != nil {
			delete(l.dicts, th)
			return nil, err
		}
		inst.dict = d // __init__ may have run other threads
	}
	return d, nil
}

// plainInit reports whether t's __init__ is object's.
func plainInit(t *Type) bool {
	md, ok := t.Lookup("__init__").o.(*MethodDescriptor)
	return ok && md.Owner == ObjectType
}

func initThreadLocalType() {
	t := newBuiltinType("_thread._local", ObjectType)
	t.QualName = "_local"
	t.layout = t
	t.hasDict = true
	t.Dict.SetStr("__module__", String("_thread"))
	builtinWeakrefs[t] = true
	ThreadLocalType = t
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "_local", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, "_thread._local.__new__(): not enough arguments")
		}
		cls, ok := args[0].o.(*Type)
		if !ok || !cls.IsSubtype(t) {
			return Null, Errorf(TypeErrorType, "_local.__new__(X): X is not a subtype of _thread._local")
		}
		rest := args[1:]
		if len(rest) > 0 && plainInit(cls) {
			return Null, Errorf(TypeErrorType, "Initialization arguments are not supported")
		}
		l := &ThreadLocal{interp: th.interp, dicts: map[*Thread]*Dict{}, args: append([]Value(nil), rest...),
			kwnames: append([]string(nil), kw...)}
		d, _ := l.dictFor(th)
		if cls == t {
			return Obj(l), nil
		}
		v := newSubclassInstance(cls, Obj(l))
		if inst, ok := v.o.(*Instance); ok {
			inst.materialize()
			inst.dict = d
		}
		return v, nil
	}}))
	method(t, "__getattribute__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		name, err := localAttrName("__getattribute__", args, 1)
		if err != nil {
			return Null, err
		}
		d, err := th.localDict(self)
		if err != nil {
			return Null, err
		}
		if name.s == "__dict__" {
			return Obj(d), nil
		}
		return th.genericGetAttr(self, name)
	})
	setter := func(fname string, nargs int) BuiltinFunc {
		return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			name, err := localAttrName(fname, args, nargs)
			if err != nil {
				return Null, err
			}
			if name.s == "__dict__" {
				return Null, Errorf(AttributeErrorType, "'%s' object attribute '__dict__' is read-only", self.Type().Name)
			}
			if _, err := th.localDict(self); err != nil {
				return Null, err
			}
			x := Null
			if nargs == 2 {
				x = args[1]
			}
			return None, th.genericSetAttr(self, name, x)
		}
	}
	method(t, "__setattr__", setter("__setattr__", 2))
	method(t, "__delattr__", setter("__delattr__", 1))
}

// localAttrName checks the arguments of _local's attribute hooks and
// returns the name.
func localAttrName(fname string, args []Value, n int) (*Str, error) {
	if len(args) != n {
		return nil, Errorf(TypeErrorType, "expected %d argument%s, got %d", n, map[bool]string{true: "s"}[n > 1], len(args))
	}
	s, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
	}
	return s, nil
}
