package vm

// Tier 1: adaptive specialization. A specializable instruction counts down
// in its inline cache; at zero the interpreter looks at the live operands,
// fills the cache and rewrites the instruction in place with a specialized
// form (see the FAMILY_VARIANT opcodes in vm/code). A specialized form
// checks its guards; on a miss it executes generically this time, and
// after missBudget misses it rewrites itself back to the generic form
// with an exponentially growing countdown.
//
// The decisions here need the object model's internals (type versions,
// dict layouts, function versions), so they live in vm; the policy
// (warm-up, backoff) and statistics rendering come from the Specializer
// hook, which package specialize installs.

import (
	"github.com/pyjit/pyjit/vm/code"
)

// Specializer is the tier-1 hook installed on an Interpreter.
type Specializer interface {
	// Warmup is the countdown of a fresh specializable instruction.
	Warmup() uint16
	// Backoff is the countdown after the n-th failed or undone specialization.
	Backoff(n uint8) uint16
}

// InlineCache is the cache of one specializable instruction.
type InlineCache struct {
	counter  uint16  // countdown to the next specialization attempt
	attempts uint8   // failed or undone specializations so far
	version  uint32  // type, function or dict-keys version guarded on
	version2 uint32  // builtins keys version (LOAD_GLOBAL_BUILTIN); __call__ or __init__ version
	index    int32   // dict entry, slot, argument count, or instance-dict hint
	value    Value   // cached object: function, attribute, builtin
	kw       *kwCall // CALL_PY_KW: where each argument goes
	misses   uint8   // guard misses left before the form is undone
	// slot is where *_ATTR_INSTANCE_VALUE finds the attribute in the
	// values of an instance of the type of version `version` without a
	// dict, or -1. It stays right as long as the version does: a class's
	// attribute names are only appended to.
	slot int32
}

// siteCounts are what statistics count of one specialized instruction;
// they live beside the caches, in SpecStats, so that caches stay small
// when no statistics are collected.
type siteCounts struct {
	execs  uint64 // executions of the specialized form
	misses uint64 // of which missed their guards
}

// missBudget is how many guard misses a specialized instruction absorbs
// (executing generically each time) before it is undone. One miss is
// often a one-off (the first call after a rebinding, an exception case);
// a site whose operands keep changing runs out quickly.
const missBudget = 8

// FailReason says why an instruction could not be specialized.
type FailReason uint8

// Specialization failure reasons.
const (
	FailOther      FailReason = iota
	FailKind                  // operand kind not covered
	FailOverridden            // __getattribute__/__setattr__/__getattr__ defined
	FailDescriptor            // attribute is a descriptor kind not covered
	FailShadowed              // instance dict shadows the method
	FailNotFound              // attribute not found
	FailArgCount              // argument count does not fit
	FailKeywords              // keyword arguments not covered
	FailGenerator             // callee is a generator or coroutine function
	FailVarArgs               // callee takes *args or **kwargs
	FailBigInt                // int operands do not fit in 64 bits
	numFailReasons
)

// FailReasonNames names the failure reasons for statistics.
var FailReasonNames = [numFailReasons]string{"other", "operand kind", "attribute hooks", "descriptor kind",
	"shadowed by instance", "not found", "argument count", "keywords", "generator/coroutine", "*args/**kwargs",
	"big int"}

// SpecStats counts tier-1 events per instruction family.
type SpecStats struct {
	Attempts  [256]uint64 // specialization attempts, by generic opcode
	Successes [256]uint64
	Deopts    [256]uint64 // specialized forms undone, by generic opcode
	Misses    [256]uint64 // executions that failed their guards, by generic opcode
	Failures  [256][numFailReasons]uint64
	// Codes are the code objects that specialized anything, for reports.
	Codes  []*CodeObj
	seen   map[*CodeObj]bool
	counts map[*InlineCache]*siteCounts
}

// site returns the counts of the instruction whose cache is c.
func (st *SpecStats) site(c *InlineCache) *siteCounts {
	n := st.counts[c]
	if n == nil {
		n = &siteCounts{}
		st.counts[c] = n
	}
	return n
}

// Site is one specializable instruction as statistics report it.
type Site struct {
	Code  *CodeObj
	PC    int
	Op    code.Opcode // current form
	Cache CacheInfo
}

// Sites returns every specializable instruction of the code objects that
// specialized anything, with its current form and counts.
func (st *SpecStats) Sites() []Site {
	var sites []Site
	for _, co := range st.Codes {
		for pc, in := range co.Instrs {
			if in.Op().Family().IsSpecializable() && pc < len(co.caches) {
				sites = append(sites, Site{co, pc, in.Op(), st.Info(co, pc)})
			}
		}
	}
	return sites
}

// SetSpecializer installs (or with nil removes) the tier-1 hook.
func (in *Interpreter) SetSpecializer(s Specializer) {
	in.spec = s
	in.main.spec = s
}

// EnableStats starts collecting tier-1 statistics and returns them.
func (in *Interpreter) EnableStats() *SpecStats {
	st := &SpecStats{seen: map[*CodeObj]bool{}, counts: map[*InlineCache]*siteCounts{}}
	in.stats = st
	in.main.stats = st
	return st
}

// Cache returns the inline cache of instruction pc (nil if none).
func (co *CodeObj) Cache(pc int) *InlineCache {
	if co.caches == nil || pc >= len(co.caches) {
		return nil
	}
	return &co.caches[pc]
}

// CacheInfo is what `dis --adaptive` and --stats show of an inline cache.
type CacheInfo struct {
	Version, Version2 uint32 // guarded version(s)
	Index             int32  // entry, slot or argument count
	Value             Value  // cached object, or Null
	Execs, Misses     uint64 // executions of the specialized form, guard misses
	Counter           uint16 // countdown to the next specialization attempt
}

// Info returns the inline cache of instruction pc of co, with the
// executions counted since statistics began (a zero CacheInfo if the
// instruction has no cache).
func (st *SpecStats) Info(co *CodeObj, pc int) CacheInfo {
	c := co.Cache(pc)
	if c == nil {
		return CacheInfo{}
	}
	info := CacheInfo{Version: c.version, Version2: c.version2, Index: c.index, Value: c.value, Counter: c.counter}
	if n := st.counts[c]; n != nil {
		info.Execs, info.Misses = n.execs, n.misses
	}
	return info
}

// ShortRepr names a cached object without running Python code: functions
// and classes by qualified name, other objects by type.
func ShortRepr(v Value) string {
	switch o := v.o.(type) {
	case *Function:
		return "function " + o.qualname.s
	case *Type:
		return "class " + o.Name
	case *Builtin:
		return "builtin " + o.Name
	case *MethodDescriptor:
		return "method " + o.Owner.Name + "." + o.Name
	}
	return v.Type().Name + " object"
}

// countHit counts an execution of the specialized instruction whose cache
// is c; the interpreter calls it only when statistics are on, and reads
// the cache itself otherwise (a call in the loop costs more than the
// count's test).
func (th *Thread) countHit(c *InlineCache) {
	th.stats.site(c).execs++
}

// countdown counts down the cache of the generic instruction at pc and
// reports whether it is time to try to specialize it. A code object gets
// its caches once its specializable instructions have run more times than
// it has instructions: code that runs once from top to bottom (a module or
// class body, a function called once while a module is imported) never
// reaches that and costs no caches, as CPython quickens code only after
// it warms up. It is small enough to inline into the loop.
func (co *CodeObj) countdown(pc int) bool {
	if co.caches == nil {
		co.warmth++
		return int(co.warmth) > len(co.Instrs)
	}
	c := &co.caches[pc]
	if c.counter == 0 {
		return true
	}
	c.counter--
	return false
}

// adapt creates the caches of a code object on first use and, when the
// countdown of the instruction at pc is over, tries to specialize it. It
// reports whether the instruction was rewritten.
func (th *Thread) adapt(f *Frame, pc int, sp int) bool {
	co := f.code
	if co.caches == nil {
		co.caches = make([]InlineCache, len(co.Instrs))
		w := th.spec.Warmup()
		for i := range co.caches {
			co.caches[i].counter = w
		}
	}
	c := &co.caches[pc]
	if c.counter > 0 {
		c.counter--
		return false
	}
	in := co.Instrs[pc]
	op, reason := th.specialize(f, pc, in, sp, c)
	if st := th.stats; st != nil {
		st.Attempts[in.Op()]++
		if op != 0 {
			st.Successes[in.Op()]++
			if !st.seen[co] {
				st.seen[co] = true
				st.Codes = append(st.Codes, co)
			}
		} else {
			st.Failures[in.Op()][reason]++
		}
	}
	if op == 0 {
		if c.attempts < 255 {
			c.attempts++
		}
		c.counter = th.spec.Backoff(c.attempts)
		return false
	}
	co.Instrs[pc] = code.MakeInstr(op, in.Arg())
	c.misses = missBudget
	return true
}

// miss handles a guard failure of the specialized instruction at pc: it
// returns the generic opcode to execute instead and, once the miss budget
// is spent, rewrites the instruction back to that generic form.
func (th *Thread) miss(co *CodeObj, pc int) code.Opcode {
	in := co.Instrs[pc]
	fam := in.Op().Family()
	c := &co.caches[pc]
	if st := th.stats; st != nil {
		st.site(c).misses++
		st.Misses[fam]++
	}
	if c.misses > 0 {
		c.misses--
		return fam
	}
	co.Instrs[pc] = code.MakeInstr(fam, in.Arg())
	if c.attempts < 255 {
		c.attempts++
	}
	if th.spec != nil { // nil under a trace or profile function
		c.counter = th.spec.Backoff(c.attempts)
	}
	c.value = Null
	c.kw = nil
	if st := th.stats; st != nil {
		st.Deopts[fam]++
	}
	return fam
}

// missAttr handles a guard failure of LOAD_ATTR_INSTANCE_VALUE or
// STORE_ATTR_INSTANCE_VALUE at pc. These forms accept instances of two
// types, as when a base class's method runs on subclass instances
// (super().__init__): the first other type that qualifies for the same
// form becomes the second, and the instruction runs again. Otherwise it
// is an ordinary miss.
func (th *Thread) missAttr(co *CodeObj, pc int, owner Value) code.Opcode {
	c := &co.caches[pc]
	op := co.Instrs[pc].Op()
	if c.version2 == 0 {
		var probe InlineCache
		var got code.Opcode
		name := co.names[co.Instrs[pc].Arg()]
		if op == code.LOAD_ATTR_INSTANCE_VALUE {
			got, _ = th.specializeLoadAttr(owner, name, &probe)
		} else {
			got, _ = th.specializeStoreAttr(owner, name, &probe)
		}
		if got == op {
			c.version2 = probe.version
			return op
		}
	}
	return th.miss(co, pc)
}

// specialize chooses a specialized form for the generic instruction at pc
// and fills its cache; it returns 0 and a reason when it cannot.
func (th *Thread) specialize(f *Frame, pc int, in code.Instr, sp int, c *InlineCache) (code.Opcode, FailReason) {
	co := f.code
	fast := f.fast
	switch in.Op() {
	case code.LOAD_GLOBAL:
		name := co.names[in.Arg()>>1]
		if f.globals.mapped {
			return 0, FailOther
		}
		if i := f.globals.indexS(name); i >= 0 {
			c.version, c.index = f.globals.keysVersion, int32(i)
			return code.LOAD_GLOBAL_MODULE, 0
		}
		if i := f.builtins.indexS(name); i >= 0 {
			c.version, c.version2, c.index = f.globals.keysVersion, f.builtins.keysVersion, int32(i)
			return code.LOAD_GLOBAL_BUILTIN, 0
		}
		return 0, FailNotFound
	case code.LOAD_ATTR:
		return th.specializeLoadAttr(fast[sp-1], co.names[in.Arg()], c)
	case code.LOAD_METHOD:
		return th.specializeLoadMethod(fast[sp-1], co.names[in.Arg()], c)
	case code.STORE_ATTR:
		return th.specializeStoreAttr(fast[sp-1], co.names[in.Arg()], c)
	case code.CALL:
		n := in.Arg()
		base := sp - n - 2
		return th.specializeCall(f, fast[base], fast[base+1], fast[base+2:sp], n, c)
	case code.BINARY_OP:
		a, b := fast[sp-2], fast[sp-1]
		if _, ok := a.o.(*Instance); ok {
			return specializeInstanceOperator(c, in, a, b)
		}
		switch {
		case a.IsSmallInt() && b.IsSmallInt():
			switch in.Arg() {
			case code.NB_ADD, code.NB_INPLACE_ADD:
				return code.BINARY_OP_ADD_INT, 0
			case code.NB_SUBTRACT, code.NB_INPLACE_ADD + code.NB_SUBTRACT:
				return code.BINARY_OP_SUBTRACT_INT, 0
			case code.NB_MULTIPLY, code.NB_INPLACE_ADD + code.NB_MULTIPLY:
				return code.BINARY_OP_MULTIPLY_INT, 0
			case code.NB_POWER, code.NB_INPLACE_ADD + code.NB_POWER, code.NB_MATRIX_MULTIPLY, code.NB_INPLACE_ADD + code.NB_MATRIX_MULTIPLY:
				return 0, FailKind
			}
			return code.BINARY_OP_INT, 0
		case a.IsFloat() && b.IsFloat():
			switch in.Arg() {
			case code.NB_ADD, code.NB_INPLACE_ADD:
				return code.BINARY_OP_ADD_FLOAT, 0
			case code.NB_SUBTRACT, code.NB_INPLACE_ADD + code.NB_SUBTRACT:
				return code.BINARY_OP_SUBTRACT_FLOAT, 0
			case code.NB_MULTIPLY, code.NB_INPLACE_ADD + code.NB_MULTIPLY:
				return code.BINARY_OP_MULTIPLY_FLOAT, 0
			}
			if floatOperator(in.Arg()) {
				return code.BINARY_OP_FLOAT, 0
			}
		case (a.IsFloat() && b.IsSmallInt()) || (a.IsSmallInt() && b.IsFloat()):
			if floatOperator(in.Arg()) {
				return code.BINARY_OP_FLOAT, 0
			}
		default:
			if _, ok := a.o.(*Str); ok {
				if _, ok := b.o.(*Str); ok && (in.Arg() == code.NB_ADD || in.Arg() == code.NB_INPLACE_ADD) {
					return code.BINARY_OP_ADD_STR, 0
				}
			}
			if isIntLike(a) && isIntLike(b) {
				return 0, FailBigInt
			}
		}
		return 0, FailKind
	case code.COMPARE_OP:
		a, b := fast[sp-2], fast[sp-1]
		switch {
		case a.IsSmallInt() && b.IsSmallInt():
			return code.COMPARE_OP_INT, 0
		case (a.IsFloat() || a.IsSmallInt()) && (b.IsFloat() || b.IsSmallInt()):
			if _, ok := exactFloat(a); ok {
				if _, ok := exactFloat(b); ok {
					return code.COMPARE_OP_FLOAT, 0
				}
			}
		}
		if _, ok := a.o.(*Str); ok {
			if _, ok := b.o.(*Str); ok {
				return code.COMPARE_OP_STR, 0
			}
		}
		if op := in.Arg(); (op == code.CMP_EQ || op == code.CMP_NE) && identityEquality(a.Type()) && identityEquality(b.Type()) {
			c.version, c.version2 = a.Type().version, b.Type().version
			return code.COMPARE_OP_IDENTITY, 0
		}
		if _, ok := a.o.(*Instance); ok {
			return specializeInstanceOperator(c, in, a, b)
		}
		return 0, FailKind
	case code.FOR_ITER:
		switch fast[sp-1].o.(type) {
		case *rangeIter:
			return code.FOR_ITER_RANGE, 0
		case *listIter:
			return code.FOR_ITER_LIST, 0
		case *tupleIter:
			return code.FOR_ITER_TUPLE, 0
		case *Generator:
			return code.FOR_ITER_GEN, 0
		}
		return 0, FailKind
	case code.BINARY_SUBSCR:
		switch fast[sp-2].o.(type) {
		case *List:
			if fast[sp-1].IsSmallInt() {
				return code.BINARY_SUBSCR_LIST_INT, 0
			}
		case *Dict:
			return code.BINARY_SUBSCR_DICT, 0
		case *Tuple:
			if fast[sp-1].IsSmallInt() {
				return code.BINARY_SUBSCR_TUPLE_INT, 0
			}
		case *Instance:
			t := fast[sp-2].Type()
			if fn, ok := t.lookupS(strGetitem).o.(*Function); ok && fn.code.exactArgs == 2 {
				c.version, c.value = t.version, Obj(fn)
				return code.BINARY_SUBSCR_GETITEM, 0
			}
		}
		return 0, FailKind
	case code.STORE_SUBSCR:
		switch fast[sp-2].o.(type) {
		case *List:
			if fast[sp-1].IsSmallInt() {
				return code.STORE_SUBSCR_LIST_INT, 0
			}
		case *Dict:
			return code.STORE_SUBSCR_DICT, 0
		}
		return 0, FailKind
	case code.UNPACK_SEQUENCE:
		// index records whether the items go straight to locals: the
		// instructions that follow never change.
		c.index = 0
		if storesFollow(instrArray(co.Instrs), pc+1, in.Arg()) {
			c.index = 1
		}
		switch o := fast[sp-1].o.(type) {
		case *Tuple:
			if len(o.items) == in.Arg() {
				return code.UNPACK_SEQUENCE_TUPLE, 0
			}
		case *List:
			if len(o.items) == in.Arg() {
				return code.UNPACK_SEQUENCE_LIST, 0
			}
		}
		return 0, FailKind
	}
	return 0, FailOther
}

// plainAttributeType reports whether attribute access on t follows the
// generic protocol (no __getattribute__ or __getattr__ hooks).
func plainAttributeType(t *Type) bool {
	if ga := t.lookupS(strGetattribute); ga.o != nil {
		if !isObjectAttrHook(ga) {
			return false
		}
	}
	return t.lookupS(strGetattr).o == nil
}

func (th *Thread) specializeLoadAttr(owner Value, name *Str, c *InlineCache) (code.Opcode, FailReason) {
	switch o := owner.o.(type) {
	case *Module:
		if i := o.Dict.indexS(name); i >= 0 {
			c.version, c.index = o.Dict.keysVersion, int32(i)
			return code.LOAD_ATTR_MODULE, 0
		}
		return 0, FailNotFound
	case *Type:
		if o.meta != nil {
			return 0, FailOverridden
		}
		attr := o.lookupS(name)
		switch attr.o.(type) {
		case nil:
			return 0, FailNotFound
		case *Function, intTag, floatTag, boolTag, noneTag, *Str, *Tuple, *Type:
			if TypeType.lookupS(name).o != nil {
				return 0, FailDescriptor
			}
			c.version, c.value = o.version, attr
			return code.LOAD_ATTR_CLASS, 0
		}
		return 0, FailDescriptor
	case *Instance:
		t := o.typ
		if !plainAttributeType(t) {
			return 0, FailOverridden
		}
		attr := t.lookupS(name)
		switch d := attr.o.(type) {
		case nil:
			if _, ok := o.getAttrS(name); ok {
				c.version, c.version2, c.slot = t.version, 0, t.valueSlot(name)
				return code.LOAD_ATTR_INSTANCE_VALUE, 0
			}
			return 0, FailNotFound
		case *SlotDescriptor:
			if _, err := d.instance(owner); err != nil {
				return 0, FailDescriptor
			}
			c.version, c.index = t.version, int32(d.Index)
			return code.LOAD_ATTR_SLOT, 0
		case *Property:
			if fn, ok := d.Get.o.(*Function); ok && fn.code.ArgCount == 1 && fn.code.Flags&genFlags == 0 {
				c.version, c.value = t.version, d.Get
				return code.LOAD_ATTR_PROPERTY, 0
			}
			return 0, FailDescriptor
		case *GetSetDescriptor:
			if o.base != nil {
				if _, isSuper := o.base.o.(*Super); isSuper {
					return 0, FailOverridden
				}
			}
			c.version, c.value = t.version, attr
			return code.LOAD_ATTR_GETSET, 0
		}
		if isDataDescriptor(attr) {
			return 0, FailDescriptor
		}
		if _, ok := o.getAttrS(name); ok {
			if _, isFn := attr.o.(*Function); isFn || !mayBecomeDescriptor(attr) {
				c.version, c.version2, c.slot = t.version, 0, t.valueSlot(name)
				return code.LOAD_ATTR_INSTANCE_VALUE, 0
			}
		}
		return 0, FailDescriptor
	case *Super, *GenericAlias, *WeakRef, *Method:
		// Attributes looked up their own way (getAttr).
		return 0, FailKind
	}
	// A builtin type's object: its getset descriptors (a frame's f_back,
	// a code object's co_filename) are found first, whatever else it has.
	if t := owner.Type(); !t.heap {
		if d, ok := t.lookupS(name).o.(*GetSetDescriptor); ok {
			c.version, c.value = t.version, Obj(d)
			return code.LOAD_ATTR_GETSET, 0
		}
	}
	return 0, FailKind
}

// mayBecomeDescriptor reports whether the class attribute attr, not a
// descriptor now, is or could become one: its type has __get__, or is a
// class a script can give __get__ or __set__ to later without changing
// the version of the class holding attr.
func mayBecomeDescriptor(attr Value) bool {
	t := attr.Type()
	return t.heap || t.Lookup("__get__").o != nil
}

func (th *Thread) specializeLoadMethod(owner Value, name *Str, c *InlineCache) (code.Opcode, FailReason) {
	t := owner.Type()
	switch o := owner.o.(type) {
	case *Module:
		if i := o.Dict.indexS(name); i >= 0 {
			c.version, c.index = o.Dict.keysVersion, int32(i)
			return code.LOAD_METHOD_MODULE, 0
		}
		return 0, FailNotFound
	case *Type:
		return specializeLoadMethodClass(o, name, c)
	case *Super:
		return 0, FailKind
	case *Instance:
		if !plainAttributeType(t) {
			return 0, FailOverridden
		}
		attr := t.lookupS(name)
		switch attr.o.(type) {
		case *Function, *MethodDescriptor:
		default:
			return 0, FailDescriptor
		}
		c.version, c.value = t.version, attr
		if !t.hasDict {
			return code.LOAD_METHOD_NO_DICT, 0
		}
		if _, ok := o.getAttrS(name); ok {
			return 0, FailShadowed
		}
		// While the class's instances share no more names than now, and
		// name is not among them, no instance can hide the method.
		c.index = -1
		if t.keys == nil || t.keys.find(name) < 0 {
			c.index = int32(t.keyCount())
		}
		return code.LOAD_METHOD_WITH_VALUES, 0
	}
	if t.heap || hasInstanceDict(owner) {
		return 0, FailKind
	}
	if !plainAttributeType(t) {
		return 0, FailOverridden
	}
	attr := t.lookupS(name)
	switch attr.o.(type) {
	case *Function, *MethodDescriptor:
		// index 1: another object of the type may have a __dict__ that
		// hides the method, which the guard must then look at.
		c.version, c.value, c.index = t.version, attr, 0
		if mayHaveInstanceDict(owner) {
			c.index = 1
		}
		return code.LOAD_METHOD_NO_DICT, 0
	}
	return 0, FailDescriptor
}

// specializeLoadMethodClass specializes `C.f(...)` on a class whose
// metaclass is type (which defines no attribute of that name): a plain
// function or a staticmethod's callable is pushed with NULL, a
// classmethod's function with the class as its first argument.
func specializeLoadMethodClass(t *Type, name *Str, c *InlineCache) (code.Opcode, FailReason) {
	if t.meta != nil {
		return 0, FailOverridden
	}
	attr := t.lookupS(name)
	switch a := attr.o.(type) {
	case nil:
		return 0, FailNotFound
	case *ClassMethod:
		if _, ok := a.Fn.o.(*Function); !ok {
			return 0, FailDescriptor
		}
	case *Function, *StaticMethod:
	default:
		return 0, FailDescriptor
	}
	if TypeType.lookupS(name).o != nil {
		return 0, FailDescriptor
	}
	c.version, c.value = t.version, attr
	return code.LOAD_METHOD_CLASS, 0
}

func (th *Thread) specializeStoreAttr(owner Value, name *Str, c *InlineCache) (code.Opcode, FailReason) {
	o, ok := owner.o.(*Instance)
	if !ok {
		return 0, FailKind
	}
	t := o.typ
	if sa := t.lookupS(strSetattr); sa.o != nil {
		if !isObjectAttrHook(sa) {
			return 0, FailOverridden
		}
	}
	attr := t.lookupS(name)
	if d, ok := attr.o.(*SlotDescriptor); ok {
		if _, err := d.instance(owner); err != nil {
			return 0, FailDescriptor
		}
		c.version, c.index = t.version, int32(d.Index)
		return code.STORE_ATTR_SLOT, 0
	}
	if attr.o != nil && (isDataDescriptor(attr) || attr.Type().heap) {
		return 0, FailDescriptor
	}
	if name.s == "__class__" || !t.hasDict {
		return 0, FailKind
	}
	c.version, c.version2, c.slot = t.version, 0, t.valueSlot(name)
	return code.STORE_ATTR_INSTANCE_VALUE, 0
}

// identityEquality reports whether == and != on instances of t are
// decided by identity: t keeps object's __eq__ and __ne__, and its
// instances are not of a builtin type with its own comparison (None is
// the one such builtin the specializer meets).
func identityEquality(t *Type) bool {
	if !t.heap && t != NoneType {
		return false
	}
	eq, ok := t.lookupS(cmpDunderS[code.CMP_EQ]).o.(*MethodDescriptor)
	if !ok || eq.Owner != ObjectType {
		return false
	}
	ne, ok := t.lookupS(cmpDunderS[code.CMP_NE]).o.(*MethodDescriptor)
	return ok && ne.Owner == ObjectType
}

// exactFloat returns a float, or a small int that a float holds exactly
// (|n| ≤ 2**53, so that comparing it as a float is comparing it exactly,
// as CPython's float comparisons do), as a float64.
func exactFloat(v Value) (float64, bool) {
	if v.IsFloat() {
		return v.UncheckedFloat(), true
	}
	if v.IsSmallInt() {
		if n := int64(v.n); n >= -1<<53 && n <= 1<<53 {
			return float64(n), true
		}
	}
	return 0, false
}

// floatOperator reports whether BINARY_OP's argument is an arithmetic
// operator that floats implement (+ - * / // % ** and their in-place forms).
func floatOperator(arg int) bool {
	if arg >= code.NB_INPLACE_ADD {
		arg -= code.NB_INPLACE_ADD
	}
	switch arg {
	case code.NB_ADD, code.NB_SUBTRACT, code.NB_MULTIPLY, code.NB_TRUE_DIVIDE, code.NB_FLOOR_DIVIDE, code.NB_REMAINDER, code.NB_POWER:
		return true
	}
	return false
}

// plainPyFunction reports whether fn can be entered by the specialized
// call forms: no generator, no *args/**kwargs.
func plainPyFunction(fn *Function) FailReason {
	if fn.code.Flags&genFlags != 0 {
		return FailGenerator
	}
	if fn.code.Flags&(code.VarArgs|code.VarKeywords) != 0 {
		return FailVarArgs
	}
	return 0
}

func (th *Thread) specializeCall(f *Frame, first, second Value, args []Value, n int, c *InlineCache) (code.Opcode, FailReason) {
	kw := f.kwnames
	callable, self := second, Null
	if first.o != nil {
		callable, self = first, second
	}
	nargs := n
	if self.o != nil {
		nargs++
	}
	switch fn := callable.o.(type) {
	case *Function:
		if r := plainPyFunction(fn); r != 0 {
			return 0, r
		}
		co := fn.code
		if len(kw) > 0 {
			plan, ok := planKwCall(fn, nargs-len(kw), kw)
			if !ok {
				return 0, FailKeywords
			}
			c.version, c.kw, c.index = fn.version, plan, int32(nargs)
			return code.CALL_PY_KW, 0
		}
		if co.KwOnlyArgCount > 0 {
			// Keyword-only parameters left to their defaults.
			plan, ok := planKwCall(fn, nargs, nil)
			if !ok {
				return 0, FailArgCount
			}
			c.version, c.kw, c.index = fn.version, plan, int32(nargs)
			return code.CALL_PY_KW, 0
		}
		if nargs == co.ArgCount && c.attempts == 0 {
			c.version, c.index = fn.version, int32(nargs)
			return code.CALL_PY_EXACT_ARGS, 0
		}
		// A site that missed before may call several functions (handlers
		// from a table, some with defaults, some without): the form that
		// fills defaults also takes every call that needs none.
		if nargs <= co.ArgCount && nargs >= co.ArgCount-len(fn.defaults) {
			c.version, c.index = fn.version, int32(nargs)
			return code.CALL_PY_WITH_DEFAULTS, 0
		}
		return 0, FailArgCount
	case *Method:
		mf, ok := fn.Fn.o.(*Function)
		if !ok || first.o != nil {
			return 0, FailKind
		}
		if r := plainPyFunction(mf); r != 0 {
			return 0, r
		}
		if len(kw) > 0 || mf.code.KwOnlyArgCount > 0 || n+1 != mf.code.ArgCount {
			return 0, FailArgCount
		}
		c.version = mf.version
		return code.CALL_BOUND_METHOD_EXACT_ARGS, 0
	case *Builtin:
		if !fn.spec.acceptsCount(nargs, kw) {
			return 0, FailArgCount
		}
		c.value = callable
		if fn.descr != nil && len(kw) == 0 && first.o == nil {
			// A bound method of a builtin type (`add = result.append`):
			// every binding is a new object, the descriptor stays.
			c.value = Obj(fn.descr)
			return code.CALL_BUILTIN_BOUND, 0
		}
		switch {
		case fn.kind == builtinKindLen && nargs == 1 && len(kw) == 0:
			return code.CALL_LEN, 0
		case fn.kind == builtinKindIsinstance && nargs == 2 && len(kw) == 0:
			return code.CALL_ISINSTANCE, 0
		case len(kw) > 0:
			return code.CALL_BUILTIN_FAST_WITH_KEYWORDS, 0
		case nargs == 1 && fn.Self.o == nil:
			return code.CALL_BUILTIN_O, 0
		}
		return code.CALL_BUILTIN_FAST, 0
	case *MethodDescriptor:
		if self.o == nil || len(kw) > 0 {
			return 0, FailKind
		}
		// The receiver is of the method's type, or an instance of a class
		// derived from it (guarded by that class's version).
		c.version2 = 0
		if st := self.Type(); st != fn.Owner {
			if _, ok := self.o.(*Instance); !ok || !st.IsSubtype(fn.Owner) {
				return 0, FailKind
			}
			c.version2 = st.version
		}
		if !fn.spec.acceptsCount(n, nil) {
			return 0, FailArgCount
		}
		c.value = callable
		switch {
		case fn == listAppendDescr && n == 1:
			return code.CALL_LIST_APPEND, 0
		case n == 0:
			return code.CALL_METHOD_DESCRIPTOR_NOARGS, 0
		case n == 1:
			return code.CALL_METHOD_DESCRIPTOR_O, 0
		}
		return code.CALL_METHOD_DESCRIPTOR_FAST, 0
	case *Type:
		if first.o != nil || len(kw) > 0 {
			return 0, FailKeywords
		}
		switch {
		case fn == TypeType && n == 1:
			return code.CALL_TYPE_1, 0
		case fn == StrType && n == 1:
			return code.CALL_STR_1, 0
		case fn == TupleType && n == 1:
			return code.CALL_TUPLE_1, 0
		case !fn.heap:
			c.value = callable
			return code.CALL_BUILTIN_CLASS, 0
		}
		if fn.meta != nil || fn.abstract > 0 {
			return 0, FailKind
		}
		if !inheritsObjectNew(fn) {
			return specializePyNew(c, fn, n)
		}
		if fn.layout != ObjectType {
			return 0, FailKind
		}
		init, ok := fn.Lookup("__init__").o.(*Function)
		if !ok {
			return 0, FailKind
		}
		// A **kwargs parameter gets an empty dict (the call passes no
		// keywords); *args is left to the generic call.
		if init.code.Flags&genFlags != 0 {
			return 0, FailGenerator
		}
		if init.code.Flags&code.VarArgs != 0 {
			return 0, FailVarArgs
		}
		// The arguments, with the defaults of the parameters after them,
		// fill the parameters of __init__.
		if init.code.KwOnlyArgCount > 0 || n+1 > init.code.ArgCount || n+1 < init.code.ArgCount-len(init.defaults) {
			return 0, FailArgCount
		}
		c.version, c.version2, c.value = fn.version, init.version, Obj(init)
		return code.CALL_ALLOC_AND_ENTER_INIT, 0
	case *Instance:
		if first.o != nil || len(kw) > 0 {
			return 0, FailKeywords
		}
		call, ok := fn.typ.Lookup("__call__").o.(*Function)
		if !ok {
			return 0, FailKind
		}
		if r := plainPyFunction(call); r != 0 {
			return 0, r
		}
		if call.code.KwOnlyArgCount > 0 || n+1 != call.code.ArgCount {
			return 0, FailArgCount
		}
		c.version, c.version2, c.value = fn.typ.version, call.version, Obj(call)
		return code.CALL_CALLABLE_INSTANCE, 0
	}
	return 0, FailKind
}

// kwCall is the cached plan of a keyword call to a Python function: the
// parameter slot of each keyword argument and the slots left to defaults.
type kwCall struct {
	slots []int  // slot of each keyword argument, in call order
	fill  []int  // unfilled parameter slots, ascending
	names []*Str // names of the unfilled keyword-only parameters
	nkw   int    // how many of fill are keyword-only (at the end)
}

// planKwCall maps a call with npos positional arguments and keywords kw
// onto fn's parameters. It fails when a parameter would be filled twice,
// a keyword names no parameter, or an unfilled parameter has no default;
// those calls raise, and the generic path builds the error.
func planKwCall(fn *Function, npos int, kw []string) (*kwCall, bool) {
	co := fn.code
	total := co.ArgCount + co.KwOnlyArgCount
	if npos > co.ArgCount {
		return nil, false
	}
	filled := make([]bool, total)
	for i := 0; i < npos; i++ {
		filled[i] = true
	}
	plan := &kwCall{slots: make([]int, len(kw))}
	for i, name := range kw {
		j := -1
		for k := co.PosOnlyArgCount; k < total; k++ {
			if co.Varnames[k] == name {
				j = k
				break
			}
		}
		if j < 0 || filled[j] {
			return nil, false
		}
		filled[j] = true
		plan.slots[i] = j
	}
	firstDefault := co.ArgCount - len(fn.defaults)
	for j := 0; j < total; j++ {
		if filled[j] {
			continue
		}
		if j < co.ArgCount {
			if j < firstDefault {
				return nil, false
			}
		} else {
			name := intern(co.Varnames[j])
			if fn.kwdefaults() == nil {
				return nil, false
			}
			if _, ok := fn.kwdefaults().getS(name); !ok {
				return nil, false
			}
			plan.names = append(plan.names, name)
			plan.nkw++
		}
		plan.fill = append(plan.fill, j)
	}
	return plan, true
}

// fillDefaults stores the defaults of the parameters a keyword call left
// unfilled; it reports false if a keyword-only default has disappeared
// from __kwdefaults__ since the plan was made.
func (p *kwCall) fillDefaults(fn *Function, fast []Value) bool {
	co := fn.code
	npos := len(p.fill) - p.nkw
	firstDefault := co.ArgCount - len(fn.defaults)
	for _, j := range p.fill[:npos] {
		fast[j] = fn.defaults[j-firstDefault]
	}
	for i, j := range p.fill[npos:] {
		v, ok := fn.kwdefaults().getS(p.names[i])
		if !ok {
			return false
		}
		fast[j] = v
	}
	return true
}

// Builtins recognized by the call specializations.
const (
	builtinKindOther uint8 = iota
	builtinKindLen
	builtinKindIsinstance
	builtinKindSum    // not specialized: recognized by callGenerator
	builtinKindAnyAll // any and all: likewise
)

// listAppendDescr is list.append, recognized by CALL_LIST_APPEND.
var listAppendDescr *MethodDescriptor

// specializeInstanceOperator specializes BINARY_OP or COMPARE_OP whose
// left operand a is an instance of a class that defines the operator's
// method as a Python function of two parameters (BINARY_OP_PY,
// COMPARE_OP_PY): Python calls that method first unless b is an instance
// of a subclass, whose reflected method would come first. An in-place
// operator qualifies when the class has no in-place method.
func specializeInstanceOperator(c *InlineCache, in code.Instr, a, b Value) (code.Opcode, FailReason) {
	inst := a.o.(*Instance)
	t := inst.typ
	if inst.base != nil {
		// An instance of a subclass of a builtin type: its value may
		// answer first (BinaryOp).
		return 0, FailKind
	}
	if tb := b.Type(); tb != t && tb.IsSubtype(t) {
		return 0, FailKind
	}
	var name string
	spec := code.BINARY_OP_PY
	if in.Op().Family() == code.COMPARE_OP {
		name, spec = cmpDunderS[in.Arg()].s, code.COMPARE_OP_PY
	} else {
		op := in.Arg()
		if op >= code.NB_INPLACE_ADD {
			op -= code.NB_INPLACE_ADD
			if t.Lookup(inplaceDunders[op]).o != nil {
				return 0, FailKind
			}
		}
		name = binaryDunders[op]
	}
	fn, ok := t.Lookup(name).o.(*Function)
	if !ok || fn.code.exactArgs != 2 {
		return 0, FailKind
	}
	c.version, c.value = t.version, Obj(fn)
	return spec, 0
}

// specializePyNew specializes the call of class t with n positional
// arguments when its __new__ is a plain Python function (a static method
// of the class or a base) taking cls and the arguments exactly: a
// namedtuple, a class that makes its instances with object.__new__(cls)
// itself (CALL_PY_NEW). __init__ is called as a class call calls it.
func specializePyNew(c *InlineCache, t *Type, n int) (code.Opcode, FailReason) {
	sm, ok := t.Lookup("__new__").o.(*StaticMethod)
	if !ok {
		return 0, FailKind
	}
	fn, ok := sm.Fn.o.(*Function)
	if !ok {
		return 0, FailKind
	}
	if fn.code.exactArgs != n+1 {
		return 0, FailArgCount
	}
	c.version, c.value = t.version, Obj(fn)
	return code.CALL_PY_NEW, 0
}
