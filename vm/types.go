package vm

// Type objects: MRO, type dicts, version tags, and instances of classes.

import (
	"strings"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/pyjit/pyjit/vm/code"
)

// BuiltinFunc is the calling convention of functions implemented in Go:
// positional arguments then keyword values in args, with their names in
// kwnames (nil when there are none). self is the bound object or Null.
type BuiltinFunc func(th *Thread, self Value, args []Value, kwnames []string) (Value, error)

// Type is a Python type object.
type Type struct {
	meta *Type // the metaclass; nil means type
	// instDictSize is how many attributes the first instance makes room
	// for, estimated at instDictVersion (see newInstanceValues).
	instDictSize    int
	instDictVersion uint32
	// instancesMade and dictsAsked count the instances made with attribute
	// values, and those of them whose __dict__ was then asked for (which
	// builds the dict from the values); once most are, dictFirst gives new
	// instances their dict from the start (see newInstance).
	instancesMade, dictsAsked uint32
	dictFirst                 bool
	Name                      string
	QualName                  string
	// nameObj and qualNameObj are the str objects a heap type's __name__
	// and __qualname__ return, the same object each time as in CPython
	// (inspect.classify_class_attrs finds attributes by identity).
	nameObj, qualNameObj *Str
	Base                 *Type   // primary base
	Bases                []*Type // __bases__
	MRO                  []*Type
	Dict                 *Dict
	version              uint32
	heap                 bool // defined by a class statement
	final                bool // cannot be subclassed
	// layout is the builtin type whose Go representation instances use.
	layout *Type
	// slotNames are the __slots__ of this class and its bases, in slot order.
	slotNames []string
	hasDict   bool // instances have a __dict__
	// weakrefs and solid are CPython's layout facts for a class statement:
	// whether its instances have a __weakref__ slot, and its solid base
	// (the nearest class, itself included, that adds named __slots__).
	weakrefs bool
	solid    *Type
	// keys are the attribute names shared by the instances of a class
	// statement (see instattrs.go).
	keys *sharedKeys
	// plainGet and plainSet cache, for plainVersion, whether instances get
	// and set attributes the default way (see plainAttrs).
	plainVersion       uint32
	plainGet, plainSet bool
	abstract           int // number of abstract methods (abc)
	// owner is the interpreter whose class statement made the type (nil
	// for builtin types); del caches, for delVersion, whether the type
	// defines __del__ (see hasDel).
	owner      *Interpreter
	delVersion uint32
	del        bool
	// newSafeOwner caches, for newSafeVersion, the builtin type whose
	// __new__ was last found safe to make this class's instances
	// (checkNew): object.__new__(cls) in a __new__ written in Python.
	newSafeOwner   *Type
	newSafeVersion uint32
	// matchFlags are the type's flags for pattern matching (see match.go).
	matchFlags uint32
	// excFields describes the attributes of the exception family this
	// builtin exception type introduces (see excfields.go), or is nil.
	excFields *excFieldSpec
	subs      []*Type // builtin subclasses of a builtin type
	doc       string
	// heapSubs are the subclasses of a class statement, held weakly;
	// those of a builtin type are kept by each interpreter (addSubclass).
	heapSubs weakTypes
	// weakSelf is a weak pointer to a class statement's type, made on
	// first use (see weakPtr).
	weakSelf weak.Pointer[Type]

	// newFn creates an instance (tp_new) for builtin types.
	newFn BuiltinFunc
}

// weakPtr returns a weak pointer to t. Making one looks it up in the
// runtime's tables under a lock, so a type keeps the one it made: a class
// statement's on first use, the builtin types' at start-up. Builtin types
// made later, shared by interpreters that may run at once, make theirs
// each time (they compare equal).
func (t *Type) weakPtr() weak.Pointer[Type] {
	if t.weakSelf != (weak.Pointer[Type]{}) {
		return t.weakSelf
	}
	if !t.heap {
		return weak.Make(t)
	}
	t.weakSelf = weak.Make(t)
	return t.weakSelf
}

// Type implements Object.
func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// typeVersion hands out type version tags, unique across interpreters.
var typeVersion atomic.Uint32

func nextTypeVersion() uint32 {
	return typeVersion.Add(1)
}

// Version returns the type's version tag; it changes whenever the dict of
// the type or of any base changes.
func (t *Type) Version() uint32 { return t.version }

// Modified renews the version tag of t and its subclasses.
func (t *Type) Modified() {
	t.version = nextTypeVersion()
	for _, s := range t.subs {
		s.Modified()
	}
	for _, p := range t.heapSubs.refs {
		if s := p.Value(); s != nil {
			s.Modified()
		}
	}
}

// weakTypes is a list of classes held weakly, in the order they were
// added: the subclasses a class knows of must not keep them alive.
type weakTypes struct {
	refs  []weak.Pointer[Type]
	swept int // len(refs) after the last removal of dead classes
}

// add appends t, first dropping the classes that died since the list
// last doubled.
func (w *weakTypes) add(t *Type) {
	if len(w.refs) >= 2*w.swept+8 {
		live := w.refs[:0]
		for _, p := range w.refs {
			if p.Value() != nil {
				live = append(live, p)
			}
		}
		clear(w.refs[len(live):])
		w.refs, w.swept = live, len(live)
	}
	w.refs = append(w.refs, t.weakPtr())
}

// remove takes t out of the list.
func (w *weakTypes) remove(t *Type) {
	p := t.weakPtr()
	out := w.refs[:0]
	for _, q := range w.refs {
		if q != p {
			out = append(out, q)
		}
	}
	clear(w.refs[len(out):])
	w.refs = out
	w.swept = min(w.swept, len(out))
}

// live returns the classes of the list that are alive.
func (w *weakTypes) live() []*Type {
	out := make([]*Type, 0, len(w.refs))
	for _, p := range w.refs {
		if t := p.Value(); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// addSubclass records t in its bases' subclass lists, through which
// Modified renews the version tags of subclasses and __subclasses__ finds
// them. Builtin types cannot change and are shared by every interpreter,
// so their subclasses are recorded in the interpreter instead.
func (th *Thread) addSubclass(bases []*Type, t *Type) {
	for _, b := range bases {
		if b.heap {
			b.heapSubs.add(t)
			continue
		}
		in := th.interp
		if in.builtinSubs == nil {
			in.builtinSubs = map[*Type]*weakTypes{}
		}
		subs := in.builtinSubs[b]
		if subs == nil {
			subs = &weakTypes{}
			in.builtinSubs[b] = subs
		}
		subs.add(t)
	}
}

// subclasses returns t's direct subclasses known to this interpreter.
func (th *Thread) subclasses(t *Type) []*Type {
	if t.heap {
		return t.heapSubs.live()
	}
	out := append([]*Type(nil), t.subs...)
	if subs := th.interp.builtinSubs[t]; subs != nil {
		out = append(out, subs.live()...)
	}
	return out
}

// newBuiltinType creates a builtin type with one base.
func newBuiltinType(name string, base *Type) *Type {
	t := &Type{Name: name, QualName: name, Dict: NewDict(), version: nextTypeVersion()}
	// Every class has its own __doc__, None until set: object's is not
	// inherited.
	t.Dict.SetStr("__doc__", None)
	if base != nil {
		t.Base = base
		t.Bases = []*Type{base}
		base.subs = append(base.subs, t)
		t.layout = base.layout
	}
	t.computeMRO()
	return t
}

func (t *Type) computeMRO() error {
	if len(t.Bases) == 0 {
		t.MRO = []*Type{t}
		return nil
	}
	seqs := [][]*Type{}
	for _, b := range t.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	mro := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			break
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return Errorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		mro = append(mro, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
	t.MRO = mro
	return nil
}

// Lookup finds name along the MRO (without invoking descriptors).
func (t *Type) Lookup(name string) Value {
	return t.lookupS(intern(name))
}

// typeCacheEntry caches one MRO lookup; it is valid while the type's
// version tag is unchanged (any change to the dict of the type or of a base
// renews the tag). Entries are immutable: the cache swaps whole entries
// atomically, since interpreters on other goroutines share it (version
// tags are unique across interpreters).
type typeCacheEntry struct {
	version uint32
	name    *Str
	value   Value
}

const typeCacheSize = 1 << 12

var typeCache [typeCacheSize]atomic.Pointer[typeCacheEntry]

// clearTypeCache empties the type cache. Its entries hold the values they
// found strongly (CPython's borrow theirs), so a class attribute that
// refers back to its class would keep the class alive after the last
// reference goes: gc.collect() clears the cache before it collects.
func clearTypeCache() {
	for i := range typeCache {
		typeCache[i].Store(nil)
	}
}

// lookupS finds name along the MRO through the global type cache.
func (t *Type) lookupS(name *Str) Value {
	h := (t.version*2654435761 ^ uint32(uintptr(unsafe.Pointer(name))>>4)) & (typeCacheSize - 1)
	if e := typeCache[h].Load(); e != nil && e.version == t.version && e.name == name {
		return e.value
	}
	// The cache is two-way: an entry a miss displaces from its slot moves
	// to the slot's pair, so that two lookups made in turn whose slots
	// collide (type.__new__ and a class's __reduce__ in copy.deepcopy of an
	// instance) do not evict each other on every call.
	if e := typeCache[h^1].Load(); e != nil && e.version == t.version && e.name == name {
		return e.value
	}
	v := Null
	for _, b := range t.MRO {
		if x, ok := b.Dict.getS(name); ok {
			v = x
			break
		}
	}
	if old := typeCache[h].Load(); old != nil {
		typeCache[h^1].Store(old)
	}
	typeCache[h].Store(&typeCacheEntry{version: t.version, name: name, value: v})
	return v
}

// IsSubtype reports whether t is s or derives from it.
func (t *Type) IsSubtype(s *Type) bool {
	if t == s {
		return true
	}
	for _, b := range t.MRO {
		if b == s {
			return true
		}
	}
	return false
}

// SetAttr sets a type attribute directly (used while building builtin types).
func (t *Type) SetAttr(name string, v Value) {
	t.Dict.SetStr(name, v)
}

// addMethod registers a method implemented in Go.
func (t *Type) addMethod(name string, fn BuiltinFunc) {
	t.Dict.SetStr(name, Obj(&MethodDescriptor{Name: name, Owner: t, Fn: fn}))
}

// Instance is an instance of a class defined in Python (or of a builtin type
// without a dedicated representation, such as object).
type Instance struct {
	typ *Type
	// dict is the instance's __dict__ once it has a dict object; until
	// then an instance of a class with a __dict__ keeps its attributes in
	// vals (see instattrs.go).
	dict *Dict
	// vals holds the values of the __slots__, then, while dict is nil, the
	// attributes in the order of typ.keys.
	vals []Value
	// base holds the builtin value for instances of subclasses of builtin
	// types (int, str, tuple, list, dict, ...), and is nil for the others
	// (a pointer keeps plain instances at 48 bytes).
	base *Value
}

// Type implements Object.
func (o *Instance) Type() *Type { return o.typ }

// unwrap returns the builtin value inside an instance of a subclass of a
// builtin type, or v itself.
func unwrap(v Value) Value {
	if o, ok := v.o.(*Instance); ok && o.base != nil {
		return *o.base
	}
	return v
}

// Module is a module object.
type Module struct {
	Name string
	Dict *Dict
	// initializing is set while the module's code runs (for the
	// "partially initialized module" error of circular imports).
	initializing bool
	// native marks a module written in Go, "(built-in)" in its repr.
	native bool
	// typ is the module's class when it is a subclass of ModuleType
	// (made by the subclass or set through __class__); nil for module.
	typ *Type
	// slots holds the values of the __slots__ of a subclass (see
	// SlotDescriptor.values).
	slots []Value
}

// Type implements Object.
func (m *Module) Type() *Type {
	if m.typ != nil {
		return m.typ
	}
	return ModuleType
}

// repr is the module's repr as CPython's import system writes it: with
// its __file__, or as built in.
func (m *Module) repr() string {
	name := m.Name
	if n, ok := m.Dict.GetStr("__name__"); ok {
		if s, ok := n.o.(*Str); ok {
			name = s.s
		}
	}
	r := "<module " + code.StrRepr(name)
	if f, ok := m.Dict.GetStr("__file__"); ok {
		if s, ok := f.o.(*Str); ok {
			return r + " from " + code.StrRepr(s.s) + ">"
		}
	}
	if m.native {
		return r + " (built-in)>"
	}
	return r + ">"
}

// Cell holds a captured variable.
type Cell struct {
	V Value
}

// Type implements Object.
func (*Cell) Type() *Type { return CellType }

// NotImplementedObj is the type of NotImplemented.
type notImplemented struct{}

func (notImplemented) Type() *Type { return NotImplementedType }

type ellipsisObj struct{}

func (ellipsisObj) Type() *Type { return EllipsisType }

// NotImplemented and Ellipsis singletons.
var (
	NotImplemented = Value{o: notImplemented{}}
	EllipsisValue  = Value{o: ellipsisObj{}}
)

// IsNotImplemented reports whether v is NotImplemented.
func (v Value) IsNotImplemented() bool { _, ok := v.o.(notImplemented); return ok }

// Property is the property descriptor.
type Property struct {
	Get, Set, Del, Doc Value
	// name is what __set_name__ was last given (Null before).
	name Value
	// getterDoc says Doc came from the getter's __doc__, so that a copy
	// with another getter takes that getter's instead.
	getterDoc bool
}

// Type implements Object.
func (*Property) Type() *Type { return PropertyType }

// StaticMethod wraps a function for staticmethod.
type StaticMethod struct {
	Fn   Value
	dict *Dict
}

// Type implements Object.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod wraps a function for classmethod.
type ClassMethod struct {
	Fn   Value
	dict *Dict
}

// Type implements Object.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Super is a super() object.
type Super struct {
	thisType *Type
	obj      Value
	objType  *Type
}

// Type implements Object.
func (*Super) Type() *Type { return SuperType }

// SlotDescriptor gives access to one __slots__ entry.
type SlotDescriptor struct {
	Name  string
	Index int
	Owner *Type
}

// Type implements Object.
func (*SlotDescriptor) Type() *Type { return MemberDescriptorType }

// GetSetDescriptor is a builtin attribute computed in Go (like __dict__ or __name__).
type GetSetDescriptor struct {
	Name  string
	Owner *Type
	Get   func(th *Thread, obj Value) (Value, error)
	Set   func(th *Thread, obj Value, v Value) error
	doc   string // __doc__, None when empty
	// member marks an attribute CPython keeps in a field of its objects
	// (a PyMemberDef): its descriptor is a member_descriptor.
	member bool
}

// Type implements Object.
func (d *GetSetDescriptor) Type() *Type {
	if d.member {
		return MemberDescriptorType
	}
	return GetSetDescriptorType
}

func (t *Type) addGetSet(name string, get func(*Thread, Value) (Value, error), set func(*Thread, Value, Value) error) {
	t.addGetSetDoc(name, "", get, set)
}

// addReadonly adds an attribute that CPython keeps in a read-only member
// of its objects: setting or deleting it raises "readonly attribute".
func (t *Type) addReadonly(name string, get func(*Thread, Value) (Value, error)) {
	t.addMember(name, get, func(*Thread, Value, Value) error {
		return Errorf(AttributeErrorType, "readonly attribute")
	})
}

// addMember adds an attribute that CPython keeps in a member of its
// objects: its descriptor is a member_descriptor.
func (t *Type) addMember(name string, get func(*Thread, Value) (Value, error), set func(*Thread, Value, Value) error) {
	t.Dict.SetStr(name, Obj(&GetSetDescriptor{Name: name, Owner: t, Get: get, Set: set, member: true}))
}

// addGetSetDoc adds a getset descriptor whose __doc__ is doc.
func (t *Type) addGetSetDoc(name, doc string, get func(*Thread, Value) (Value, error), set func(*Thread, Value, Value) error) {
	t.Dict.SetStr(name, Obj(&GetSetDescriptor{Name: name, Owner: t, Get: get, Set: set, doc: doc}))
}
