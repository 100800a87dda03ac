package vm

// Functions, code objects, bound methods and builtin functions.

import (
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/pyjit/pyjit/vm/code"
)

// CodeObj is a code object: compiled bytecode plus its constants converted
// to values once.
type CodeObj struct {
	*code.Code
	consts   []Value
	names    []*Str
	kwnames  map[int][]string // KW_NAMES constant index → names
	caches   []InlineCache    // tier-1 inline caches, one per instruction (lazily)
	warmth   int32            // specializable instructions run before caches exist (countdown)
	cellArgs []int            // cells that are parameters: slot indexes
	cellOnly []int            // cell slots that are not parameters
	// frameSize is the number of Values a frame needs: locals then stack.
	frameSize int
	name      *Str
	// filename is co_filename, made on first use (as CPython's, the same
	// object each time); _imp._fix_co_filename renames the file.
	filename *Str
	// qualname is the __qualname__ of functions made from this code
	// (co_qualname, or co_name when that is empty).
	qualname *Str
	// exactArgs is the number of positional arguments that alone bind
	// every parameter (no *args, **kwargs or keyword-only parameters, not
	// a generator), or -1: what CALL_PY_EXACT_ARGS checks, whatever the
	// function.
	exactArgs int
	// closeOnDrop marks generator and coroutine code that can be suspended
	// inside a try or with block: dropping it suspended must close it.
	closeOnDrop bool
	// genexpr marks the code of a generator expression: a function made
	// from it by MAKE_FUNCTION goes straight to the call that makes the
	// generator, and no code can reach it but through that generator's
	// frame (see genexprFunction).
	genexpr bool
	// comprehension marks the code of a list, set or dict comprehension:
	// a function made from it by MAKE_FUNCTION is called at once, no code
	// can reach it but through that call's frame, and it is garbage once
	// the call has returned (RETURN_VALUE recycles it like a generator
	// expression's, see genexprFunction).
	comprehension bool
	// sizedListComp marks a list comprehension with one loop and no
	// condition (`[f(x) for x in it]`): its list gets as many items as
	// its iterator gives, so BUILD_LIST reserves the iterator's length.
	sizedListComp bool
	// ownLocalsFrom is the first local slot that is not a parameter, of
	// a function that has such locals and returns (not a generator), or
	// -1: where promptfinal.go looks for what dies when it returns.
	ownLocalsFrom int32
	jitData       any  // the tier-2 hook's per-code state
	jitNoEntry    bool // the tier-2 hook does not want this code's calls
	// jitNoLoop marks the loop headers whose back edges the tier-2 hook
	// does not want any more (nil until it gives up on one).
	jitNoLoop []bool
	// traced is the code's array of TRACE instructions, made on first use
	// under a trace or profile function (trace.go).
	traced atomic.Pointer[[]code.Instr]
	// layout is the code in CPython's format (codepos.go), made on first use.
	layout atomic.Pointer[code.Layout]
}

// Type implements Object.
func (*CodeObj) Type() *Type { return CodeType }

// NewCodeObj wraps compiled code, converting its constants.
func NewCodeObj(c *code.Code) *CodeObj {
	// co_name is interned, as CPython interns it: the name is nearly
	// always also a key of the namespace the code's function is stored in.
	co := &CodeObj{Code: c, name: intern(c.Name)}
	if c.QualName == "" || c.QualName == c.Name {
		co.qualname = co.name
	} else {
		co.qualname = NewStr(c.QualName)
	}
	// The order things are interned in follows CPython's, for the layout
	// of constant frozensets of strs (see frozenSetConst): the inner code
	// objects are made first, then the names are interned, then the
	// frozensets are made before the other constants.
	co.consts = make([]Value, len(c.Consts))
	for i, k := range c.Consts {
		if inner, ok := k.(*code.Code); ok {
			co.consts[i] = Obj(NewCodeObj(inner))
		}
	}
	co.names = make([]*Str, len(c.Names))
	for i, n := range c.Names {
		co.names[i] = intern(n)
	}
	for i, k := range c.Consts {
		if fs, ok := k.(code.FrozenSet); ok {
			co.consts[i] = Obj(frozenSetConst(fs))
		}
	}
	for i, k := range c.Consts {
		switch k.(type) {
		case *code.Code, code.FrozenSet:
			continue
		}
		co.consts[i] = constToValue(k)
		if t, ok := k.(code.Tuple); ok {
			names := make([]string, len(t))
			allStr := true
			for j, x := range t {
				s, ok := x.(string)
				if !ok {
					allStr = false
					break
				}
				names[j] = s
			}
			if allStr {
				if co.kwnames == nil {
					co.kwnames = map[int][]string{}
				}
				co.kwnames[i] = names
			}
		}
	}
	nargs := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&code.VarArgs != 0 {
		nargs++
	}
	if c.Flags&code.VarKeywords != 0 {
		nargs++
	}
	for _, s := range c.CellSlots {
		if s < len(c.Varnames) {
			co.cellArgs = append(co.cellArgs, s)
		} else {
			co.cellOnly = append(co.cellOnly, s)
		}
	}
	co.frameSize = max(c.NLocals+c.StackSize, 1)
	co.ownLocalsFrom = -1
	if c.Flags&genFlags == 0 && c.Flags&code.Optimized != 0 && nargs < c.NLocals {
		co.ownLocalsFrom = int32(nargs)
	}
	co.exactArgs = -1
	if c.Flags&(genFlags|code.VarArgs|code.VarKeywords) == 0 && c.KwOnlyArgCount == 0 {
		co.exactArgs = c.ArgCount
	}
	co.closeOnDrop = c.Flags&genFlags != 0 && yieldsInHandler(c)
	co.genexpr = c.Flags&genFlags == code.Generator && c.Name == "<genexpr>" && c.ArgCount == 1
	co.comprehension = c.Flags&genFlags == 0 && c.ArgCount == 1 &&
		(c.Name == "<listcomp>" || c.Name == "<setcomp>" || c.Name == "<dictcomp>")
	co.sizedListComp = co.comprehension && c.Name == "<listcomp>" && oneLoopNoBranch(c.Instrs)
	return co
}

// oneLoopNoBranch reports whether the only jumps of instrs are one
// FOR_ITER and its loop's back edge.
func oneLoopNoBranch(instrs []code.Instr) bool {
	loops := 0
	for _, in := range instrs {
		switch op := in.Op().Family(); {
		case op == code.FOR_ITER:
			loops++
		case op == code.JUMP_BACKWARD:
		case op.HasJump():
			return false
		}
	}
	return loops == 1
}

// compList returns the empty list of a sized list comprehension whose
// iterator is it: with room for the iterator's items (up to a million)
// when it is over a list, tuple or range, so that the list does not grow
// by copies.
func (th *Thread) compList(it Value) (*List, error) {
	k := min(iterLenHint(it), 1<<20)
	if k <= 8 {
		return &List{}, nil
	}
	if err := th.alloc(int64(k) * valueBytes); err != nil {
		return nil, err
	}
	return &List{items: make([]Value, 0, k)}, nil
}

// iterLenHint is the number of items left in an iterator over a list,
// tuple or range, or 0 for any other.
func iterLenHint(v Value) int {
	switch it := v.o.(type) {
	case *listIter:
		return max(len(it.l.items)-it.i, 0)
	case *tupleIter:
		return max(len(it.items)-it.i, 0)
	case *rangeIter:
		return int(max(min(it.n-it.i, 1<<40), 0))
	}
	return 0
}

// yieldsInHandler reports whether some YIELD_VALUE of c is covered by an
// exception-table entry (a try, except or with block).
func yieldsInHandler(c *code.Code) bool {
	for pc, in := range c.Instrs {
		if in.Op() == code.YIELD_VALUE {
			if _, ok := c.Handler(pc); ok {
				return true
			}
		}
	}
	return false
}

// internTable holds every interned str by its contents. A plain map
// under a lock costs a third of what a sync.Map's nodes do per entry,
// and the table holds every name of every module imported.
var internTable = struct {
	sync.RWMutex
	m map[string]*Str
}{m: make(map[string]*Str, 1024)}

// internCacheEntry remembers the interned str of one Go string, by the
// address and length of its bytes.
type internCacheEntry struct {
	data *byte
	n    int
	str  *Str
}

// internCache is a direct-mapped cache in front of internTable for the
// names Go code looks up over and over (mostly string constants). A Go
// string's bytes never change and the entry keeps them alive, so equal
// address and length mean equal contents.
var internCache [256]atomic.Pointer[internCacheEntry]

// intern returns the shared str object for s.
func intern(s string) *Str {
	data := unsafe.StringData(s)
	slot := &internCache[(uintptr(unsafe.Pointer(data))>>3^uintptr(len(s)))&uintptr(len(internCache)-1)]
	if e := slot.Load(); e != nil && e.data == data && e.n == len(s) {
		return e.str
	}
	v := internSlow(s)
	if data != nil {
		slot.Store(&internCacheEntry{data, len(s), v})
	}
	return v
}

func internSlow(s string) *Str {
	internTable.RLock()
	v, ok := internTable.m[s]
	internTable.RUnlock()
	if ok {
		return v
	}
	internTable.Lock()
	defer internTable.Unlock()
	if v, ok := internTable.m[s]; ok {
		return v
	}
	v = NewStr(s)
	v.freeze()
	internTable.m[s] = v
	return v
}

// internStr is sys.intern(s): the interned string equal to s, which
// becomes s itself when there is none yet.
func internStr(s *Str) *Str {
	internTable.Lock()
	defer internTable.Unlock()
	if v, ok := internTable.m[s.s]; ok {
		return v
	}
	s.freeze()
	internTable.m[s.s] = s
	return s
}

// Interned names of special methods looked up on hot paths.
var (
	strGetattribute = intern("__getattribute__")
	strSetattr      = intern("__setattr__")
	strDelattr      = intern("__delattr__")
	strGetattr      = intern("__getattr__")
)

func constToValue(k any) Value {
	switch k := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(k)
	case int64:
		return Int(k)
	case *big.Int:
		return IntFromBig(k)
	case float64:
		return Float(k)
	case complex128:
		return NewComplex(real(k), imag(k))
	case string:
		return Obj(intern(k))
	case code.Bytes:
		return Obj(&Bytes{b: []byte(k)})
	case code.Ellipsis:
		return EllipsisValue
	case code.Tuple:
		items := make([]Value, len(k))
		for i, x := range k {
			items[i] = constToValue(x)
		}
		return Obj(NewTuple(items))
	case code.FrozenSet:
		return Obj(frozenSetConst(k))
	case *code.Code:
		return Obj(NewCodeObj(k))
	}
	panic("vm: unknown constant type")
}

// frozenSetConst builds the frozenset of a constant. Its items are
// distinct constants, whose hashing and comparison run no Python code.
// CPython's compiler makes a frozenset of the items in source order, then
// (merging constants) makes the constant anew from that one's iteration
// order; making the code object, it makes it anew once more when one of
// its strs made of name characters has an interned twin (which replaces
// it). The same steps give the constant CPython's layout.
func frozenSetConst(k code.FrozenSet) *Set {
	again := false
	for _, x := range k {
		if s, ok := x.(string); ok && nameChars(s) && isInterned(s) {
			again = true
		}
	}
	s := rebuildSet(firstFrozenSet(k))
	if again {
		s = rebuildSet(s)
	}
	s.frozen = true
	return s
}

// rebuildSet returns a new set made by adding the elements of s in its
// iteration order.
func rebuildSet(s *Set) *Set {
	r := NewSet()
	var th *Thread
	for _, e := range s.entries() {
		if err := r.addHashed(th, e.key(), e.hash()); err != nil {
			panic("vm: unhashable constant in a frozenset: " + err.Error())
		}
	}
	return r
}

// nameChars reports whether s is made of ASCII letters, digits and
// underscores only (CPython's all_name_chars: the strs it interns).
func nameChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// isInterned reports whether a str equal to s is interned already.
func isInterned(s string) bool {
	internTable.RLock()
	_, ok := internTable.m[s]
	internTable.RUnlock()
	return ok
}

// firstFrozenSet makes the set of the items of k in source order.
func firstFrozenSet(k code.FrozenSet) *Set {
	first := NewSet()
	var th *Thread
	for _, x := range k {
		v := constToValue(x)
		h, err := th.Hash(v)
		if err == nil {
			err = first.addHashed(th, v, h)
		}
		if err != nil {
			panic("vm: unhashable constant in a frozenset: " + err.Error())
		}
	}
	return first
}

// funcVersion hands out function versions, unique across interpreters.
var funcVersion atomic.Uint32

func nextFuncVersion() uint32 {
	return funcVersion.Add(1)
}

// Function is a Python function. It is 128 bytes: what most functions
// never have (keyword-only defaults, annotations, a __module__ or
// __doc__ assigned after creation) lives in extra.
type Function struct {
	code     *CodeObj
	globals  *Dict
	builtins *Dict
	name     *Str
	qualname *Str
	defaults []Value
	closure  []*Cell
	// modName and docStr are __module__ (the globals' __name__) and
	// __doc__ (the code's docstring) as found at creation, when they are
	// strs; extra overrides them once either is assigned.
	modName *Str
	docStr  *Str
	dict    *Dict
	extra   *funcExtra
	version uint32
	// pooled marks a generator expression's function that MAKE_FUNCTION
	// made (see genexprFunction): recycleGen takes it back with the
	// generator it made.
	pooled bool
}

// closure2 is a function with up to two free variables, made in one
// allocation with its cells.
type closure2 struct {
	fn    Function
	cells [2]*Cell
}

// newClosure returns a zero function whose closure has room for n cells.
func newClosure(n int) *Function {
	if n <= 2 {
		x := &closure2{}
		x.fn.closure = x.cells[:n:n]
		return &x.fn
	}
	return &Function{closure: make([]*Cell, n)}
}

// funcExtra holds the attributes of a function that few functions have.
type funcExtra struct {
	kwdefaults  *Dict
	annotations Value
	module, doc Value // valid when moduleSet, docSet
	moduleSet   bool
	docSet      bool
}

// more returns f's extra attributes, making them on first use.
func (f *Function) more() *funcExtra {
	if f.extra == nil {
		f.extra = &funcExtra{}
	}
	return f.extra
}

// kwdefaults returns __kwdefaults__, or nil.
func (f *Function) kwdefaults() *Dict {
	if f.extra == nil {
		return nil
	}
	return f.extra.kwdefaults
}

// module returns __module__, or Null when there is none.
func (f *Function) module() Value {
	if f.extra != nil && f.extra.moduleSet {
		return f.extra.module
	}
	if f.modName != nil {
		return Obj(f.modName)
	}
	return Null
}

// doc returns __doc__, or Null when there is none.
func (f *Function) doc() Value {
	if f.extra != nil && f.extra.docSet {
		return f.extra.doc
	}
	if f.docStr != nil {
		return Obj(f.docStr)
	}
	return Null
}

// initModuleDoc sets what a new function takes from its globals and
// code: __module__ from the globals' __name__, __doc__ from the first
// constant of a function's code when it is a str (not for lambdas).
func (f *Function) initModuleDoc() {
	if m, ok := f.globals.getS(strDunderName); ok {
		if s, ok := m.o.(*Str); ok {
			f.modName = s
		} else {
			x := f.more()
			x.module, x.moduleSet = m, true
		}
	}
	co := f.code
	if len(co.consts) > 0 && co.Flags&code.Optimized != 0 {
		if s, ok := co.consts[0].o.(*Str); ok && co.Name != "<lambda>" {
			f.docStr = s
		}
	}
}

// Type implements Object.
func (*Function) Type() *Type { return FunctionType }

// Version returns the function version used by call-site caches.
func (f *Function) Version() uint32 { return f.version }

// Code returns the function's code object.
func (f *Function) Code() *CodeObj { return f.code }

// Method is a bound method.
type Method struct {
	Fn   Value
	Self Value
}

// Type implements Object.
func (*Method) Type() *Type { return MethodType }

// Builtin is a function implemented in Go, possibly bound to self.
type Builtin struct {
	Name  string
	Self  Value // Null for module-level functions
	Fn    BuiltinFunc
	owner string // qualname prefix (type name) for methods
	mod   string
	Doc   string
	kind  uint8 // builtinKind*: builtins with a dedicated CALL specialization
	// wrapper marks a slot wrapper bound to an object (method-wrapper).
	wrapper bool
	spec    *argSpec // checked before Fn runs; nil: Fn checks its arguments
	// descr is the method descriptor a bound method was made from
	// (x.append): calls of its bound methods are specialized on it.
	descr *MethodDescriptor
	// newOf is set on a type's __new__ that runs another type's code for
	// making instances (Exception.__new__ runs BaseException's); two
	// __new__ with the same newOf are interchangeable (CPython's tp_new).
	newOf *Type
}

// Type implements Object.
func (b *Builtin) Type() *Type {
	if b.wrapper {
		return MethodWrapperType
	}
	return BuiltinFunctionType
}

// MethodDescriptor is a method of a builtin type, unbound (like list.append).
type MethodDescriptor struct {
	Name  string
	Owner *Type
	Fn    BuiltinFunc
	spec  *argSpec // checked before Fn runs; nil: Fn checks its arguments
	// protocol marks a special method of a builtin type that applies the
	// protocol operation to the builtin value (list.__contains__ calls
	// Contains). The protocol functions fall back to special methods only
	// for values their fast paths do not know; for a builtin value itself
	// such a method would call them back with the same value, so
	// callDunder treats it as absent.
	protocol bool
	// objectAttr marks a copy of object's __getattribute__, __setattr__ or
	// __delattr__ that a builtin type has as its own: attribute access
	// treats it as object's.
	objectAttr bool
}

// Type implements Object.
func (d *MethodDescriptor) Type() *Type {
	if d.isSlot() {
		return WrapperDescriptorType
	}
	return MethodDescriptorType
}

// isSlot reports whether d is a slot wrapper (int.__add__, every
// __init__) rather than a method descriptor.
func (d *MethodDescriptor) isSlot() bool {
	if d.spec != nil {
		return d.spec.slot || d.Name == "__init__"
	}
	// A method without a signature from CPython's tables (a type of a
	// native module): its name says whether CPython fills a type slot with
	// it.
	return slotMethodNames[d.Name]
}

// slotMethodNames are the special methods that CPython's builtin types
// get from their type slots (typeobject.c's slotdefs), as slot wrappers.
var slotMethodNames = map[string]bool{}

func init() {
	for _, name := range strings.Fields(`__getattribute__ __setattr__
		__delattr__ __repr__ __str__ __hash__ __call__ __lt__ __le__ __eq__
		__ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__
		__init__ __del__ __await__ __aiter__ __anext__ __len__ __getitem__
		__setitem__ __delitem__ __contains__ __add__ __radd__ __sub__
		__rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__
		__pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __invert__
		__lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__
		__xor__ __rxor__ __or__ __ror__ __int__ __float__ __index__
		__floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __matmul__
		__rmatmul__ __iadd__ __isub__ __imul__ __imod__ __ipow__
		__ilshift__ __irshift__ __iand__ __ixor__ __ior__ __ifloordiv__
		__itruediv__ __imatmul__`) {
		slotMethodNames[name] = true
	}
}

// isObjectAttrHook reports whether an attribute hook found on a type is
// object's own __getattribute__, __setattr__ or __delattr__.
func isObjectAttrHook(v Value) bool {
	md, ok := v.o.(*MethodDescriptor)
	return ok && (md.Owner == ObjectType || md.objectAttr)
}

// ClassMethodDescriptor is a builtin classmethod (like dict.fromkeys).
type ClassMethodDescriptor struct {
	Name  string
	Owner *Type
	Fn    BuiltinFunc
	spec  *argSpec
}

// Type implements Object.
func (*ClassMethodDescriptor) Type() *Type { return ClassMethodDescriptorType }

// NewBuiltin returns a builtin function value.
func NewBuiltin(name string, fn BuiltinFunc) Value {
	return Obj(&Builtin{Name: name, Fn: fn})
}
