package vm

// The _contextvars module (PEP 567): ContextVar, Token, Context and
// copy_context. Each thread has a current Context, made when first
// needed; ContextVar.set changes the current context's mapping, and
// Context.run makes another context current while a callable runs.

import (
	"strings"
	"sync"
)

// Context is a contextvars.Context: a mapping of ContextVars to values.
type Context struct {
	vars    map[*ContextVar]Value
	order   []*ContextVar // the keys, in the order first set
	entered bool
	prev    *Context // the context current before run entered this one
}

// ContextVar is a contextvars.ContextVar.
type ContextVar struct {
	name *Str
	def  Value // Null: no default
}

// ContextToken is a contextvars.Token, returned by ContextVar.set.
type ContextToken struct {
	ctx  *Context
	v    *ContextVar
	old  Value // Null: the variable was not set (Token.MISSING)
	used bool
}

// contextMissing is contextvars.Token.MISSING.
type contextMissing struct{}

// Type implements Object.
func (*Context) Type() *Type { return ContextType }

// Type implements Object.
func (*ContextVar) Type() *Type { return ContextVarType }

// Type implements Object.
func (*ContextToken) Type() *Type { return ContextTokenType }

// Type implements Object.
func (contextMissing) Type() *Type { return contextMissingType }

// The types of _contextvars, made once for all interpreters.
var (
	ContextType, ContextVarType, ContextTokenType, contextMissingType *Type
	contextOnce                                                       sync.Once
)

func (c *Context) get(v *ContextVar) (Value, bool) {
	x, ok := c.vars[v]
	return x, ok
}

func (c *Context) set(v *ContextVar, x Value) {
	if c.vars == nil {
		c.vars = map[*ContextVar]Value{}
	}
	if _, ok := c.vars[v]; !ok {
		c.order = append(c.order, v)
	}
	c.vars[v] = x
}

func (c *Context) delete(v *ContextVar) {
	if _, ok := c.vars[v]; !ok {
		return
	}
	delete(c.vars, v)
	for i, o := range c.order {
		if o == v {
			c.order = append(c.order[:i:i], c.order[i+1:]...)
			break
		}
	}
}

func (c *Context) copy() *Context {
	n := &Context{vars: make(map[*ContextVar]Value, len(c.vars)), order: append([]*ContextVar(nil), c.order...)}
	for k, v := range c.vars {
		n.vars[k] = v
	}
	return n
}

// currentContext returns the thread's current context, making it first.
func (th *Thread) currentContext() *Context {
	if th.context == nil {
		th.context = &Context{entered: true}
	}
	return th.context
}

func initContextTypes() {
	ContextType = newBuiltinType("Context", ObjectType)
	ContextVarType = newBuiltinType("ContextVar", ObjectType)
	ContextTokenType = newBuiltinType("Token", ObjectType)
	contextMissingType = newBuiltinType("Token.MISSING", ObjectType)
	for _, t := range []*Type{ContextType, ContextVarType, ContextTokenType, contextMissingType} {
		t.layout = t
		t.final = true
		if t != contextMissingType {
			t.Dict.SetStr("__module__", String("_contextvars"))
			t.Name = "_contextvars." + t.Name
		}
	}
	method(contextMissingType, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return String("<Token.MISSING>"), nil
	})
	ContextTokenType.Dict.SetStr("MISSING", Obj(contextMissing{}))
	for _, t := range []*Type{ContextVarType, ContextTokenType} {
		t.Dict.SetStr("__class_getitem__", Obj(&ClassMethodDescriptor{Name: "__class_getitem__", Owner: t, Fn: classGetItem}))
	}
	initContextVarType()
	initContextTokenType()
	initContextType()
}

func initContextVarType() {
	t := ContextVarType
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "ContextVar", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		var cls, name, def Value
		if len(args)-len(kw) < 2 { // the name is positional only
			return Null, Errorf(TypeErrorType, "ContextVar() takes exactly 1 positional argument (0 given)")
		}
		if err := unpackArgs("ContextVar", args, kw, 2, []string{"cls", "name", "$default"}, &cls, &name, &def); err != nil {
			return Null, err
		}
		s, ok := name.o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "context variable name must be a str")
		}
		return Obj(&ContextVar{name: s, def: def}), nil
	}}))
	self := func(v Value) *ContextVar { return v.o.(*ContextVar) }
	t.addGetSet("name", func(th *Thread, v Value) (Value, error) { return Obj(self(v).name), nil }, nil)
	method(t, "get", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		if len(args) > 1 && len(kw) == 0 {
			return Null, Errorf(TypeErrorType, "get expected at most 1 argument, got %d", len(args))
		}
		var def Value
		if err := unpackArgs("get", args, kw, 0, []string{"default"}, &def); err != nil {
			return Null, err
		}
		v := self(sv)
		if x, ok := th.currentContext().get(v); ok {
			return x, nil
		}
		if def.o != nil {
			return def, nil
		}
		if v.def.o != nil {
			return v.def, nil
		}
		return Null, NewException(LookupErrorType, sv)
	})
	method(t, "set", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		var x Value
		if err := unpackArgs("set", args, kw, 1, []string{"value"}, &x); err != nil {
			return Null, err
		}
		v, ctx := self(sv), th.currentContext()
		old, ok := ctx.get(v)
		if !ok {
			old = Null
		}
		ctx.set(v, x)
		return Obj(&ContextToken{ctx: ctx, v: v, old: old}), nil
	})
	method(t, "reset", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		var tv Value
		if err := unpackArgs("reset", args, kw, 1, []string{"token"}, &tv); err != nil {
			return Null, err
		}
		tok, ok := tv.o.(*ContextToken)
		if !ok {
			return Null, Errorf(TypeErrorType, "expected an instance of Token, got %s", th.reprOrDefault(tv))
		}
		v := self(sv)
		if tok.used {
			return Null, Errorf(RuntimeErrorType, "%s has already been used once", th.reprOrDefault(tv))
		}
		if tok.v != v {
			return Null, Errorf(ValueErrorType, "%s was created by a different ContextVar", th.reprOrDefault(tv))
		}
		ctx := th.currentContext()
		if tok.ctx != ctx {
			return Null, Errorf(ValueErrorType, "%s was created in a different Context", th.reprOrDefault(tv))
		}
		tok.used = true
		if tok.old.o == nil {
			ctx.delete(v)
		} else {
			ctx.set(v, tok.old)
		}
		return None, nil
	})
	method(t, "__repr__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		v := self(sv)
		var b strings.Builder
		name, err := th.Repr(Obj(v.name))
		if err != nil {
			return Null, err
		}
		b.WriteString("<ContextVar name=" + name)
		if v.def.o != nil {
			r, err := th.Repr(v.def)
			if err != nil {
				return Null, err
			}
			b.WriteString(" default=" + r)
		}
		b.WriteString(" at " + addr(sv) + ">")
		return String(b.String()), nil
	})
}

func initContextTokenType() {
	t := ContextTokenType
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "Token", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(RuntimeErrorType, "Tokens can only be created by ContextVars")
	}}))
	self := func(v Value) *ContextToken { return v.o.(*ContextToken) }
	t.addGetSet("var", func(th *Thread, v Value) (Value, error) { return Obj(self(v).v), nil }, nil)
	t.addGetSet("old_value", func(th *Thread, v Value) (Value, error) {
		if old := self(v).old; old.o != nil {
			return old, nil
		}
		return Obj(contextMissing{}), nil
	}, nil)
	method(t, "__repr__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		tok := self(sv)
		used := ""
		if tok.used {
			used = " used"
		}
		r, err := th.Repr(Obj(tok.v))
		if err != nil {
			return Null, err
		}
		return String("<Token" + used + " var=" + r + " at " + addr(sv) + ">"), nil
	})
}

func initContextType() {
	t := ContextType
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "Context", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) > 1 || len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "Context() does not accept any arguments")
		}
		return Obj(&Context{}), nil
	}}))
	self := func(v Value) *Context { return v.o.(*Context) }
	// Contexts compare as mappings: the same variables with equal values.
	t.Dict.SetStr("__hash__", None)
	method(t, "__eq__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		o, ok := args[0].o.(*Context)
		if !ok {
			return NotImplemented, nil
		}
		c := self(sv)
		if len(c.vars) != len(o.vars) {
			return False, nil
		}
		for _, k := range c.order {
			ov, ok := o.vars[k]
			if !ok {
				return False, nil
			}
			eq, err := th.sameOrEqual(c.vars[k], ov)
			if err != nil || !eq {
				return False, err
			}
		}
		return True, nil
	})
	varArg := func(th *Thread, k Value) (*ContextVar, error) {
		v, ok := k.o.(*ContextVar)
		if !ok {
			return nil, Errorf(TypeErrorType, "a ContextVar key was expected, got %s", th.reprOrDefault(k))
		}
		return v, nil
	}
	method(t, "run", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		if len(args)-len(kw) < 1 {
			return Null, Errorf(TypeErrorType, "run() missing 1 required positional argument")
		}
		ctx := self(sv)
		if ctx.entered {
			return Null, Errorf(RuntimeErrorType, "cannot enter context: %s is already entered", th.reprOrDefault(sv))
		}
		ctx.entered, ctx.prev = true, th.currentContext()
		th.context = ctx
		r, err := th.Call(args[0], args[1:], kw)
		th.context, ctx.prev, ctx.entered = ctx.prev, nil, false
		return r, err
	})
	method(t, "copy", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return Obj(self(sv).copy()), nil
	})
	method(t, "get", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		var k, def Value
		if err := unpackArgs("get", args, kw, 1, []string{"key", "default"}, &k, &def); err != nil {
			return Null, err
		}
		v, err := varArg(th, k)
		if err != nil {
			return Null, err
		}
		if x, ok := self(sv).get(v); ok {
			return x, nil
		}
		if def.o == nil {
			return None, nil
		}
		return def, nil
	})
	method(t, "__getitem__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		v, err := varArg(th, args[0])
		if err != nil {
			return Null, err
		}
		if x, ok := self(sv).get(v); ok {
			return x, nil
		}
		return Null, NewException(KeyErrorType, args[0])
	})
	method(t, "__contains__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		v, err := varArg(th, args[0])
		if err != nil {
			return Null, err
		}
		_, ok := self(sv).get(v)
		return Bool(ok), nil
	})
	method(t, "__len__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return Int(int64(len(self(sv).vars))), nil
	})
	items := func(c *Context, f func(k *ContextVar, v Value) Value) Value {
		out := make([]Value, len(c.order))
		for i, k := range c.order {
			out[i] = f(k, c.vars[k])
		}
		return Obj(NewList(out))
	}
	iterOf := func(th *Thread, l Value) (Value, error) { return th.Iter(l) }
	method(t, "__iter__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return iterOf(th, items(self(sv), func(k *ContextVar, _ Value) Value { return Obj(k) }))
	})
	method(t, "keys", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return iterOf(th, items(self(sv), func(k *ContextVar, _ Value) Value { return Obj(k) }))
	})
	method(t, "values", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return iterOf(th, items(self(sv), func(_ *ContextVar, v Value) Value { return v }))
	})
	method(t, "items", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return iterOf(th, items(self(sv), func(k *ContextVar, v Value) Value { return Obj(NewTuple([]Value{Obj(k), v})) }))
	})
}

func makeContextvarsModule(th *Thread) (*Module, error) {
	contextOnce.Do(func() {
		initContextTypes()
		attachArgSpecs([]*Type{ContextType, ContextVarType, ContextTokenType, contextMissingType})
	})
	m := newNativeModule("_contextvars", map[string]BuiltinFunc{
		"copy_context": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				return Null, Errorf(TypeErrorType, "copy_context() takes no arguments (%d given)", len(args))
			}
			return Obj(th.currentContext().copy()), nil
		},
	})
	m.Dict.SetStr("Context", Obj(ContextType))
	m.Dict.SetStr("ContextVar", Obj(ContextVarType))
	m.Dict.SetStr("Token", Obj(ContextTokenType))
	return m, nil
}

// reprOrDefault is repr(v), or the default repr when that raises (for the
// %R of an error message).
func (th *Thread) reprOrDefault(v Value) string {
	if r, err := th.Repr(v); err == nil {
		return r
	}
	return th.defaultRepr(v)
}
