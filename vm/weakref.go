package vm

// The _weakref module: weak references (weakref.ref and its subclasses),
// proxies, and the callbacks that run when a referent dies.
//
// A weak reference holds a Go weak pointer to its referent's object and
// the interface word that says how to use it, so that it can give the
// object back while it lives. As in PyPy, a referent dies when Go's
// collector finds it unreachable (at the next collection; gc.collect()
// runs one), not when a reference count drops. The interpreter learns of
// collections from a sentinel whose Go finalizer runs once per cycle; at
// its next safe point it looks for referents that died and calls the
// callbacks of their weak references that are still alive, newest first,
// as CPython does, and forgets the weak references that died themselves.

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/pyjit/pyjit/vm/code"
)

// WeakRef is a weakref.ref, or the state of a weakref.ProxyType.
type WeakRef struct {
	tab      unsafe.Pointer        // the referent's Object interface type word
	ptr      weak.Pointer[byte]    // the referent's data word, weakly
	callback Value                 // Null: none
	self     Value                 // the ref as Python sees it (a subclass instance wraps it)
	hash     int64                 // the referent's hash, once computed
	hashed   bool                  // hash holds it
	proxy    bool                  // a weakref.ProxyType or CallableProxyType
	callable bool                  // a CallableProxyType
	selfWeak weak.Pointer[WeakRef] // itself, weakly, for the registry
}

// weakRegistry holds an interpreter's weak references by referent.
type weakRegistry struct {
	// byReferent lists the weak references of each referent, oldest
	// first; entries of dead referents go at the next sweep.
	byReferent map[weak.Pointer[byte]][]weak.Pointer[WeakRef]
	// armed is set while a collection sentinel is waiting.
	armed bool
	// due is set by the sentinel's Go finalizer: a collection ran.
	due atomic.Bool
}

// Type implements Object.
func (r *WeakRef) Type() *Type {
	switch {
	case r.callable:
		return CallableProxyType
	case r.proxy:
		return ProxyType
	}
	return WeakRefType
}

// The types of _weakref.
var WeakRefType, ProxyType, CallableProxyType *Type

// referent returns the object r refers to, or Null once it is dead.
func (r *WeakRef) referent() Value {
	p := r.ptr.Value()
	if p == nil {
		return Null
	}
	w := ifaceWords{r.tab, unsafe.Pointer(p)}
	return Obj(*(*Object)(unsafe.Pointer(&w)))
}

// weakrefable reports whether v can be weakly referenced, as CPython's
// types with a weak reference list can.
func weakrefable(v Value) bool {
	switch o := v.o.(type) {
	case *Instance:
		return layoutHasWeakrefs(o.typ) || o.typ.heap && o.typ.weakrefs
	case *Exception:
		return o.typ.heap && layoutHasWeakrefs(o.typ)
	case *Function, *Type, *Set, *Method, *Builtin, *Generator, *Module, *CodeObj, *Property, *SREPattern:
		return true
	}
	// The builtin types whose layout has a weak reference list (deque,
	// partial).
	return builtinWeakrefs[v.Type()]
}

// newWeakRef makes a weak reference to v (which weakrefable accepted)
// and records it in the interpreter's registry; basic is false for an
// instance of a subclass of ref.
func (th *Thread) newWeakRef(v Value, callback Value, proxy, basic bool) *WeakRef {
	w := (*ifaceWords)(unsafe.Pointer(&v.o))
	r := &WeakRef{tab: w.tab, ptr: weak.Make((*byte)(w.data)), callback: callback, proxy: proxy}
	if proxy && th.callable(v) {
		r.callable = true
	}
	r.self = Obj(r)
	r.selfWeak = weak.Make(r)
	reg := &th.interp.weakrefs
	if reg.byReferent == nil {
		reg.byReferent = map[weak.Pointer[byte]][]weak.Pointer[WeakRef]{}
	}
	// CPython's order of an object's weak references: the basic ref
	// (no callback, not a subclass, shared) first, then the basic proxy,
	// then the others, newest first.
	refs := reg.byReferent[r.ptr]
	pos := 0
	if proxy || callback.o != nil || !basic {
		for pos < len(refs) {
			e := refs[pos].Value()
			if e == nil || !e.basic() {
				break
			}
			pos++
		}
	}
	reg.byReferent[r.ptr] = slices.Insert(refs, pos, r.selfWeak)
	th.interp.armWeakSweep()
	return r
}

// basic reports whether r is an object's shared weak reference or proxy:
// one with no callback, of the exact type.
func (r *WeakRef) basic() bool {
	return r.callback.o == nil && r.self.o == Object(r)
}

// liveRefs returns the weak references to v that are alive.
func (th *Thread) liveRefs(v Value) []*WeakRef {
	w := (*ifaceWords)(unsafe.Pointer(&v.o))
	if w.data == nil {
		return nil
	}
	reg := &th.interp.weakrefs
	key := weak.Make((*byte)(w.data))
	var out []*WeakRef
	for _, p := range reg.byReferent[key] {
		if r := p.Value(); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// weakSentinel is an object whose Go finalizer tells an interpreter that
// a collection ran.
type weakSentinel struct {
	in weak.Pointer[Interpreter]
	_  *int // a pointer, so that the object is not batched with others
}

// armWeakSweep makes the interpreter sweep its weak references after the
// next collection.
func (in *Interpreter) armWeakSweep() {
	if in.weakrefs.armed {
		return
	}
	in.weakrefs.armed = true
	s := &weakSentinel{in: weak.Make(in)}
	runtime.SetFinalizer(s, func(s *weakSentinel) {
		if in := s.in.Value(); in != nil {
			in.weakrefs.due.Store(true)
			in.main.raise(interruptFinalize)
		}
	})
}

// sweepWeakrefs forgets the dead referents and calls the callbacks of the
// weak references to them that are still alive. Exceptions the callbacks
// raise are reported as unraisable, as CPython does.
func (th *Thread) sweepWeakrefs() error {
	reg := &th.interp.weakrefs
	reg.armed = false
	var due []*WeakRef
	for key, refs := range reg.byReferent {
		if key.Value() != nil {
			// Forget the weak references that died themselves.
			live := refs[:0]
			for _, p := range refs {
				if p.Value() != nil {
					live = append(live, p)
				}
			}
			clear(refs[len(live):])
			if len(live) == 0 {
				delete(reg.byReferent, key)
			} else {
				reg.byReferent[key] = live
			}
			continue
		}
		delete(reg.byReferent, key)
		// In the list's order (those with callbacks newest first), as
		// CPython calls them.
		for _, p := range refs {
			if r := p.Value(); r != nil && r.callback.o != nil && !r.callback.IsNone() {
				due = append(due, r)
			}
		}
	}
	if len(reg.byReferent) > 0 {
		th.interp.armWeakSweep()
	}
	for _, r := range due {
		cb := r.callback
		r.callback = Null
		if _, err := th.Call(cb, []Value{r.self}, nil); err != nil {
			if _, ok := err.(*Exception); !ok {
				return err
			}
			th.writeUnraisable(err, cb)
		}
	}
	return nil
}

func weakrefTypeError(v Value) error {
	return Errorf(TypeErrorType, "cannot create weak reference to '%s' object", v.Type().Name)
}

// deadReferent is the error of using a proxy whose referent died.
func deadReferent() error {
	return Errorf(ReferenceErrorType, "weakly-referenced object no longer exists")
}

// weakSelf returns the WeakRef of a ref, proxy or ref subclass instance.
func weakSelf(v Value) (*WeakRef, bool) {
	r, ok := unwrap(v).o.(*WeakRef)
	return r, ok
}

func initWeakrefTypes() {
	WeakRefType = newBuiltinType("weakref.ReferenceType", ObjectType)
	WeakRefType.QualName = "ReferenceType"
	ProxyType = newBuiltinType("weakref.ProxyType", ObjectType)
	ProxyType.QualName = "ProxyType"
	CallableProxyType = newBuiltinType("weakref.CallableProxyType", ObjectType)
	CallableProxyType.QualName = "CallableProxyType"
	for _, t := range []*Type{WeakRefType, ProxyType, CallableProxyType} {
		t.layout = t
		t.Dict.SetStr("__module__", String("weakref"))
	}
	ProxyType.final, CallableProxyType.final = true, true
	initWeakRefType(WeakRefType)
	initProxyType(ProxyType)
	initProxyType(CallableProxyType)
}

func initWeakRefType(t *Type) {
	t.Dict.SetStr("__class_getitem__", Obj(&ClassMethodDescriptor{Name: "__class_getitem__", Owner: t, Fn: classGetItem}))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "ReferenceType", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args)-len(kw) < 2 {
			return Null, Errorf(TypeErrorType, "__new__ expected at least 1 argument, got %d", max(len(args)-len(kw)-1, 0))
		}
		cls, ok := args[0].o.(*Type)
		if !ok || !cls.IsSubtype(t) {
			return Null, Errorf(TypeErrorType, "weakref.__new__(X): X is not a subtype of weakref")
		}
		if n := len(args) - len(kw) - 1; n > 2 {
			return Null, Errorf(TypeErrorType, "__new__ expected at most 2 arguments, got %d", n)
		}
		ob := args[1]
		callback := None
		if len(args)-len(kw) > 2 {
			callback = args[2]
		}
		if cls == t && len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "ref() takes no keyword arguments")
		}
		if !weakrefable(ob) {
			return Null, weakrefTypeError(ob)
		}
		if cls == t && callback.IsNone() {
			// One basic reference per object, as CPython shares it.
			for _, r := range th.liveRefs(ob) {
				if !r.proxy && r.self.o == Object(r) && r.callback.o == nil {
					return r.self, nil
				}
			}
		}
		cb := callback
		if cb.IsNone() {
			cb = Null
		}
		r := th.newWeakRef(ob, cb, false, cls == t)
		if cls != t {
			r.self = newSubclassInstance(cls, Obj(r))
		}
		return r.self, nil
	}}))
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		// CPython checks the arguments' number again (ob[, callback]).
		switch n := len(args) - len(kw); {
		case n < 1:
			return Null, Errorf(TypeErrorType, "__init__ expected at least 1 argument, got %d", n)
		case n > 2:
			return Null, Errorf(TypeErrorType, "__init__ expected at most 2 arguments, got %d", n)
		}
		return None, nil
	})
	method(t, "__call__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			return Null, Errorf(TypeErrorType, "weakref() takes no arguments (%d given)", len(args))
		}
		r, _ := weakSelf(self)
		if v := r.referent(); v.o != nil {
			return v, nil
		}
		return None, nil
	})
	t.addGetSet("__callback__", func(th *Thread, v Value) (Value, error) {
		r, _ := weakSelf(v)
		if r.callback.o == nil {
			return None, nil
		}
		return r.callback, nil
	}, nil)
	method(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, _ := weakSelf(self)
		if r.hashed {
			return Int(r.hash), nil
		}
		v := r.referent()
		if v.o == nil {
			return Null, Errorf(TypeErrorType, "weak object has gone away")
		}
		h, err := th.Hash(v)
		if err != nil {
			return Null, err
		}
		r.hash, r.hashed = h, true
		return Int(h), nil
	})
	for _, op := range []struct {
		name string
		eq   bool
	}{{"__eq__", true}, {"__ne__", false}} {
		method(t, op.name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			r, _ := weakSelf(self)
			o, ok := weakSelf(args[0])
			if !ok || o.proxy || !args[0].Type().IsSubtype(t) {
				return NotImplemented, nil
			}
			a, b := r.referent(), o.referent()
			if a.o == nil || b.o == nil {
				return Bool((r == o) == op.eq), nil
			}
			eq, err := th.Equal(a, b)
			if err != nil {
				return Null, err
			}
			return Bool(eq == op.eq), nil
		})
	}
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, _ := weakSelf(self)
		v := r.referent()
		if v.o == nil {
			return String("<weakref at " + addr(self) + "; dead>"), nil
		}
		if n, err := th.GetAttr(v, intern("__name__")); err == nil {
			if s, ok := n.o.(*Str); ok {
				nr, err := th.Repr(Obj(s))
				if err != nil {
					return Null, err
				}
				return String("<weakref at " + addr(self) + "; to '" + staticTypeName(v.Type()) + "' at " + addr(v) + " (" + nr[1:len(nr)-1] + ")>"), nil
			}
		}
		return String("<weakref at " + addr(self) + "; to '" + staticTypeName(v.Type()) + "' at " + addr(v) + ">"), nil
	})
}

// proxyGetAttr reads an attribute through a proxy: every name is the
// referent's, as in CPython.
func (th *Thread) proxyGetAttr(r *WeakRef, name *Str) (Value, error) {
	x := r.referent()
	if x.o == nil {
		return Null, deadReferent()
	}
	return th.GetAttr(x, name)
}

// proxyMethods are the special methods a proxy has that call the
// referent's method of the same name (CPython's proxy_bytes and
// proxy_reversed, and divmod, which 3.11's proxy forwards so too).
var proxyMethods = []string{"__bytes__", "__reversed__", "__divmod__", "__rdivmod__"}

// proxyCompare are the comparison methods with their CMP_* codes.
var proxyCompare = []struct {
	name string
	op   int
}{{"__lt__", code.CMP_LT}, {"__le__", code.CMP_LE}, {"__eq__", code.CMP_EQ},
	{"__ne__", code.CMP_NE}, {"__gt__", code.CMP_GT}, {"__ge__", code.CMP_GE}}

func initProxyType(t *Type) {
	t.Dict.SetStr("__hash__", None)
	referent := func(v Value) (Value, error) {
		r, _ := weakSelf(v)
		x := r.referent()
		if x.o == nil {
			return Null, deadReferent()
		}
		return x, nil
	}
	unwrapArg := func(v Value) Value {
		if r, ok := v.o.(*WeakRef); ok && r.proxy {
			if x := r.referent(); x.o != nil {
				return x
			}
		}
		return v
	}
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, _ := weakSelf(self)
		x := r.referent()
		if x.o == nil {
			x = None // what CPython's dead proxy refers to
		}
		return String("<weakproxy at " + addr(self) + " to " + staticTypeName(x.Type()) + " at " + addr(x) + ">"), nil
	})
	method(t, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		x, err := referent(self)
		if err != nil {
			return Null, err
		}
		s, err := th.Str(x)
		return String(s), err
	})
	// As CPython's proxy slots, the special methods apply the abstract
	// operation (truth, len, iteration, an operator, ...) to the referent,
	// with operands that are proxies unwrapped too, rather than call a
	// method of the same name, which the referent's type may not have
	// (a class with __len__ but no __bool__ is still true or false).
	unary := func(name string, fn func(th *Thread, x Value) (Value, error)) {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 0 {
				return Null, Errorf(TypeErrorType, "expected 0 arguments, got %d", len(args))
			}
			x, err := referent(self)
			if err != nil {
				return Null, err
			}
			return fn(th, x)
		})
	}
	binary := func(name string, fn func(th *Thread, x, y Value) (Value, error)) {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			x, err := referent(self)
			if err != nil {
				return Null, err
			}
			return fn(th, x, unwrapArg(args[0]))
		})
	}
	for op, name := range binaryDunders {
		if op == code.NB_POWER {
			continue
		}
		binary(name, func(th *Thread, x, y Value) (Value, error) { return th.BinaryOp(op, x, y) })
		binary(reflectedDunders[op], func(th *Thread, x, y Value) (Value, error) { return th.BinaryOp(op, y, x) })
		binary(inplaceDunders[op], func(th *Thread, x, y Value) (Value, error) { return th.BinaryOp(code.NB_INPLACE_ADD+op, x, y) })
	}
	powMethod := func(name string, reflected, inplace bool) {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return Null, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
			}
			x, err := referent(self)
			if err != nil {
				return Null, err
			}
			y := unwrapArg(args[0])
			if reflected {
				x, y = y, x
			}
			if len(args) == 2 && !args[1].IsNone() {
				return th.ternaryPower(x, y, unwrapArg(args[1]))
			}
			if inplace {
				return th.BinaryOp(code.NB_INPLACE_ADD+code.NB_POWER, x, y)
			}
			return th.BinaryOp(code.NB_POWER, x, y)
		})
	}
	powMethod("__pow__", false, false)
	powMethod("__rpow__", true, false)
	powMethod("__ipow__", false, true)
	for _, c := range proxyCompare {
		binary(c.name, func(th *Thread, x, y Value) (Value, error) { return th.RichCompare(x, y, c.op) })
	}
	unary("__neg__", func(th *Thread, x Value) (Value, error) { return th.unaryOp(code.UNARY_NEGATIVE, x) })
	unary("__pos__", func(th *Thread, x Value) (Value, error) { return th.unaryOp(code.UNARY_POSITIVE, x) })
	unary("__invert__", func(th *Thread, x Value) (Value, error) { return th.unaryOp(code.UNARY_INVERT, x) })
	unary("__abs__", func(th *Thread, x Value) (Value, error) { return th.Abs(x) })
	unary("__int__", func(th *Thread, x Value) (Value, error) { return th.Call(Obj(IntType), []Value{x}, nil) })
	unary("__float__", func(th *Thread, x Value) (Value, error) { return th.Call(Obj(FloatType), []Value{x}, nil) })
	unary("__index__", func(th *Thread, x Value) (Value, error) {
		r, found, err := th.indexValue(x)
		if err == nil && !found {
			err = Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", x.Type().Name)
		}
		return r, err
	})
	unary("__bool__", func(th *Thread, x Value) (Value, error) {
		b, err := th.Truth(x)
		return Bool(b), err
	})
	unary("__len__", func(th *Thread, x Value) (Value, error) {
		n, err := th.Len(x)
		return Int(int64(n)), err
	})
	unary("__iter__", func(th *Thread, x Value) (Value, error) { return th.Iter(x) })
	unary("__next__", func(th *Thread, x Value) (Value, error) {
		if !th.isIterator(x) {
			return Null, Errorf(TypeErrorType, "Weakref proxy referenced a non-iterator '%s' object", x.Type().Name)
		}
		v, ok, err := th.Next(x)
		if err == nil && !ok {
			err = NewException(StopIterationType)
		}
		return v, err
	})
	binary("__contains__", func(th *Thread, x, y Value) (Value, error) {
		b, err := th.Contains(x, y)
		return Bool(b), err
	})
	binary("__getitem__", func(th *Thread, x, y Value) (Value, error) { return th.GetItem(x, y) })
	binary("__delitem__", func(th *Thread, x, y Value) (Value, error) { return None, th.DelItem(x, y) })
	method(t, "__setitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 2 {
			return Null, Errorf(TypeErrorType, "expected 2 arguments, got %d", len(args))
		}
		x, err := referent(self)
		if err != nil {
			return Null, err
		}
		return None, th.SetItem(x, unwrapArg(args[0]), unwrapArg(args[1]))
	})
	for _, name := range proxyMethods {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			x, err := referent(self)
			if err != nil {
				return Null, err
			}
			fwd := make([]Value, len(args))
			for i, a := range args {
				fwd[i] = unwrapArg(a)
			}
			return th.CallMethod(x, name, fwd...)
		})
	}
	if t == CallableProxyType {
		method(t, "__call__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			x, err := referent(self)
			if err != nil {
				return Null, err
			}
			return th.Call(x, args, kw)
		})
	}
}

// ensureWeakrefTypes makes the types of _weakref if they are not made yet.
func ensureWeakrefTypes() {
	weakrefOnce.Do(func() {
		initWeakrefTypes()
		attachArgSpecs([]*Type{WeakRefType, ProxyType, CallableProxyType})
	})
}

func makeWeakrefModule(th *Thread) (*Module, error) {
	ensureWeakrefTypes()
	m := newNativeModule("_weakref", map[string]BuiltinFunc{
		"getweakrefcount": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "getweakrefcount() takes exactly one argument (%d given)", len(args))
			}
			return Int(int64(len(th.liveRefs(args[0])))), nil
		},
		"getweakrefs": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "getweakrefs() takes exactly one argument (%d given)", len(args))
			}
			refs := th.liveRefs(args[0])
			out := make([]Value, len(refs))
			for i, r := range refs {
				out[i] = r.self
			}
			return Obj(NewList(out)), nil
		},
		"proxy": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var ob, callback Value
			if err := unpackArgs("proxy", args, kw, 1, []string{"object", "callback"}, &ob, &callback); err != nil {
				return Null, err
			}
			if !weakrefable(ob) {
				return Null, weakrefTypeError(ob)
			}
			if callback.o != nil && callback.IsNone() {
				callback = Null
			}
			if callback.o == nil {
				// One proxy without a callback per object, as CPython shares it.
				for _, r := range th.liveRefs(ob) {
					if r.proxy && r.callback.o == nil {
						return r.self, nil
					}
				}
			}
			return th.newWeakRef(ob, callback, true, true).self, nil
		},
		"_remove_dead_weakref": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "_remove_dead_weakref expected 2 arguments, got %d", len(args))
			}
			d, ok := unwrap(args[0]).o.(*Dict)
			if !ok {
				return Null, Errorf(TypeErrorType, "_remove_dead_weakref() argument 1 must be dict, not %s", args[0].Type().Name)
			}
			v, found, err := d.Get(th, args[1])
			if err != nil || !found {
				return None, err
			}
			r, ok := weakSelf(v)
			if !ok {
				return Null, Errorf(TypeErrorType, "not a weakref")
			}
			if r.referent().o == nil {
				if _, err := d.Del(th, args[1]); err != nil {
					return Null, err
				}
			}
			return None, nil
		},
	})
	m.Dict.SetStr("ref", Obj(WeakRefType))
	m.Dict.SetStr("ReferenceType", Obj(WeakRefType))
	m.Dict.SetStr("ProxyType", Obj(ProxyType))
	m.Dict.SetStr("CallableProxyType", Obj(CallableProxyType))
	return m, nil
}

// weakrefOnce makes the types of _weakref once for all interpreters.
var weakrefOnce sync.Once
