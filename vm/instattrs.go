package vm

import "math"

// Instance attributes without a dict. The instances of a class statement
// keep their attributes in a values array laid out by a list of names the
// class shares among all its instances (CPython's split dictionaries,
// PEP 412): an instance with three attributes costs three values, not a
// dict with its own hash table. The instance gets a real dict, which it
// then keeps, when something asks for its __dict__, when an attribute is
// added out of the class's order, or when the class has too many names;
// a class most of whose instances had their __dict__ asked for makes the
// next ones with a dict from the start.

// maxSharedKeys bounds the attribute names a class shares among its
// instances; an instance that needs more switches to a dict.
const maxSharedKeys = 30

// sharedKeys are the attribute names of a class's instances, in the order
// first assigned. Names are only ever appended, so an index stays valid.
type sharedKeys struct {
	names []*Str
	// hashBits has bit h&63 set for the hash h of every name: a clear bit
	// proves a name absent without comparing it with the others.
	hashBits uint64
}

// add appends name and returns its index.
func (k *sharedKeys) add(name *Str) int {
	k.names = append(k.names, name)
	k.hashBits |= hashBit(name.Hash())
	return len(k.names) - 1
}

// find returns the index of name, or -1.
func (k *sharedKeys) find(name *Str) int {
	if k.hashBits&hashBit(name.Hash()) == 0 {
		return -1
	}
	for i, n := range k.names {
		if n == name {
			return i
		}
	}
	for i, n := range k.names {
		if n.s == name.s {
			return i
		}
	}
	return -1
}

// keyCount returns how many attribute names t's instances share.
func (t *Type) keyCount() int {
	if t.keys == nil {
		return 0
	}
	return len(t.keys.names)
}

// valueSlot returns the position of attribute name in the values of t's
// instances that have no dict, or -1 when t's instances share no such name.
func (t *Type) valueSlot(name *Str) int32 {
	if t.keys == nil {
		return -1
	}
	i := t.keys.find(name)
	if i < 0 {
		return -1
	}
	return int32(len(t.slotNames) + i)
}

// splitAttrs reports whether o keeps its attributes in o.vals (and has no
// dict object yet).
func (o *Instance) splitAttrs() bool { return o.dict == nil && o.typ.hasDict }

// attrVals returns the attribute part of o.vals (after the __slots__).
func (o *Instance) attrVals() []Value { return o.vals[len(o.typ.slotNames):] }

// getAttrS returns the attribute name from o's __dict__ or values.
func (o *Instance) getAttrS(name *Str) (Value, bool) {
	if o.dict != nil {
		return o.dict.getS(name)
	}
	if o.typ.keys == nil {
		return Null, false
	}
	i := o.typ.keys.find(name)
	if i < 0 {
		return Null, false
	}
	if vals := o.attrVals(); i < len(vals) && vals[i].o != nil {
		return vals[i], true
	}
	return Null, false
}

// hintedAttr is getAttrS for a split instance with a cached index: hint
// is tried first and updated when the name is elsewhere.
func (o *Instance) hintedAttr(name *Str, hint *int32) Value {
	k := o.typ.keys
	if k == nil {
		return Null
	}
	vals := o.attrVals()
	if i := int(*hint); i < len(vals) && i < len(k.names) && k.names[i] == name {
		return vals[i]
	}
	i := k.find(name)
	if i < 0 || i >= len(vals) {
		return Null
	}
	*hint = int32(i)
	return vals[i]
}

// setAttrS sets (or, for a Null v, deletes) an attribute of an instance
// that has a __dict__; it reports false when deleting an absent one.
func (o *Instance) setAttrS(th *Thread, name *Str, v Value) (bool, error) {
	if o.dict == nil {
		if v.o == nil {
			return o.delValue(name), nil
		}
		if o.setValue(name, v) {
			return true, nil
		}
		o.materialize()
	}
	if v.o == nil {
		return o.dict.Del(th, Obj(name))
	}
	// Not setS: a key of a str subclass equal to name is compared with
	// its __eq__, which may run code.
	if err := o.dict.setHashed(th, Obj(name), name.Hash(), v); err != nil {
		return false, err
	}
	return true, nil
}

// setValue stores an attribute of a split instance; it reports false when
// the instance needs a dict instead: a name beyond maxSharedKeys, or a new
// attribute while one of a later name is set (a dict keeps insertion order,
// the values keep the class's).
func (o *Instance) setValue(name *Str, v Value) bool {
	t := o.typ
	if t.keys == nil {
		t.keys = &sharedKeys{}
	}
	k := t.keys
	i := k.find(name)
	if i < 0 {
		if len(k.names) >= maxSharedKeys {
			return false
		}
		i = k.add(name)
	}
	vals := o.attrVals()
	if i < len(vals) {
		if vals[i].o != nil {
			vals[i] = v
			return true
		}
		if !noneSet(vals[i+1:]) {
			return false
		}
	} else {
		// The values end at the last attribute set, so that an attribute
		// set after all the others (as __init__ sets them) is appended
		// without looking at the positions after it.
		n := len(t.slotNames) + i + 1
		if n > cap(o.vals) {
			grown := make([]Value, n, len(t.slotNames)+len(k.names)+len(k.names)/2)
			copy(grown, o.vals)
			o.vals = grown
		}
		o.vals = o.vals[:n]
		vals = o.attrVals()
	}
	vals[i] = v
	return true
}

// delValue deletes an attribute of a split instance.
func (o *Instance) delValue(name *Str) bool {
	if o.typ.keys == nil {
		return false
	}
	i := o.typ.keys.find(name)
	vals := o.attrVals()
	if i < 0 || i >= len(vals) || vals[i].o == nil {
		return false
	}
	vals[i] = Null
	return true
}

// attrCount returns how many attributes o's __dict__ holds.
func (o *Instance) attrCount() int {
	if o.dict != nil {
		return o.dict.Len()
	}
	n := 0
	for _, v := range o.attrVals() {
		if v.o != nil {
			n++
		}
	}
	return n
}

// materialize gives a split instance its dict, holding its attributes in
// order, and returns the dict; an instance without a __dict__ gets none.
func (o *Instance) materialize() *Dict {
	if o.dict != nil || !o.typ.hasDict {
		return o.dict
	}
	d := &Dict{}
	if k := o.typ.keys; k != nil {
		vals := o.attrVals()
		n := 0
		for _, v := range vals {
			if v.o != nil {
				n++
			}
		}
		if n > 0 {
			// The names are distinct: each goes in without a lookup, into
			// a table sized for all of them at once.
			d.resize(estimateTableSize(n))
			d.entries = make([]dictEntry, 0, n)
			for i, v := range vals {
				if v.o != nil {
					d.addNewStr(k.names[i], v)
				}
			}
			d.bumpKeys()
		}
	}
	o.dict = d
	o.dropValues()
	return d
}

// dropValues releases the attribute values of an instance that has a dict
// now, keeping its __slots__.
func (o *Instance) dropValues() {
	n := len(o.typ.slotNames)
	if n == 0 {
		o.vals = nil
		return
	}
	if len(o.vals) > n {
		o.vals = append([]Value(nil), o.vals[:n]...)
	}
}

// instanceValueSizes returns the length and capacity of the values of a
// new instance of t: its __slots__, then room for the attributes its
// instances share, or (for the first instance) for those __init__ assigns.
func (t *Type) instanceValueSizes() (n, capacity int) {
	nslots := len(t.slotNames)
	if !t.hasDict || !t.heap {
		// No attribute values: the instance has no __dict__, or (a builtin
		// type's, shared by interpreters) has a dict from the start.
		return nslots, nslots
	}
	if t.keys == nil {
		if t.instDictVersion != t.version {
			t.instDictSize = initAttrCount(t)
			t.instDictVersion = t.version
		}
		return nslots, nslots + t.instDictSize
	}
	// Room for every attribute the class's instances have had; the values
	// end at the last one set (see setValue).
	return nslots, nslots + t.keyCount()
}

// Instances with their values in the same allocation, for the common
// sizes: one allocation per instance instead of two.
type (
	instanceWith1 struct {
		Instance
		inline [1]Value
	}
	instanceWith2 struct {
		Instance
		inline [2]Value
	}
	instanceWith3 struct {
		Instance
		inline [3]Value
	}
	instanceWith4 struct {
		Instance
		inline [4]Value
	}
	instanceWith6 struct {
		Instance
		inline [6]Value
	}
	instanceWith8 struct {
		Instance
		inline [8]Value
	}
)

// newInstance allocates an instance of t with its values: up to eight
// are allocated with the instance.
func (t *Type) newInstance() *Instance {
	if t.dictFirst {
		return t.newInstanceWithDict()
	}
	n, capacity := t.instanceValueSizes()
	if capacity > len(t.slotNames) && t.instancesMade < math.MaxUint32 {
		t.instancesMade++
	}
	var o *Instance
	switch {
	case capacity == 0:
		o = &Instance{}
	case capacity == 1:
		p := &instanceWith1{}
		o = &p.Instance
		o.vals = p.inline[:n]
	case capacity == 2:
		p := &instanceWith2{}
		o = &p.Instance
		o.vals = p.inline[:n]
	case capacity == 3:
		p := &instanceWith3{}
		o = &p.Instance
		o.vals = p.inline[:n]
	case capacity == 4:
		p := &instanceWith4{}
		o = &p.Instance
		o.vals = p.inline[:n]
	case capacity <= 6:
		p := &instanceWith6{}
		o = &p.Instance
		o.vals = p.inline[:n:capacity]
	case capacity <= 8:
		p := &instanceWith8{}
		o = &p.Instance
		o.vals = p.inline[:n:capacity]
	default:
		o = &Instance{vals: make([]Value, n, capacity)}
	}
	o.typ = t
	if t.owner != nil && t.hasDel() {
		t.owner.trackInstance(o)
	}
	return o
}

// newInstanceWithDict makes an instance of t, a class most of whose
// instances had their __dict__ asked for, with its dict from the start,
// sized for the attributes the class's instances have had: as if made
// with values and given its dict at once, without the values to fill it
// from. The dict keeps the order attributes are set in, as CPython's
// instance dicts do.
func (t *Type) newInstanceWithDict() *Instance {
	n := len(t.slotNames)
	o := &Instance{typ: t, dict: &Dict{}}
	if n > 0 {
		o.vals = make([]Value, n)
	}
	if k := t.keyCount(); k > 0 {
		o.dict.reserve(k)
	}
	if t.owner != nil && t.hasDel() {
		t.owner.trackInstance(o)
	}
	return o
}

// dictAsked counts an instance whose __dict__ is asked for while it keeps
// its attributes as values, and decides whether t's next instances are
// made with a dict (dictFirst): when at least 32 have been asked for, and
// at least half of the instances made.
func (t *Type) dictAsked() {
	if t.dictsAsked < math.MaxUint32 {
		t.dictsAsked++
	}
	if t.dictsAsked >= 32 && uint64(t.dictsAsked)*2 >= uint64(t.instancesMade) {
		t.dictFirst = true
	}
}

// storeHinted is setAttrS for a split instance with a cached index, as a
// specialized STORE_ATTR does it: hint is tried first and updated when the
// name is elsewhere.
func (o *Instance) storeHinted(name *Str, v Value, hint *int32) {
	if k := o.typ.keys; k != nil {
		vals := o.attrVals()
		if i := int(*hint); i < len(k.names) && k.names[i] == name {
			if i < len(vals) {
				if vals[i].o != nil || noneSet(vals[i+1:]) {
					vals[i] = v
					return
				}
			} else if i == len(vals) && len(o.vals) < cap(o.vals) {
				// The attribute after the last one set.
				o.vals = append(o.vals, v)
				return
			}
		}
	}
	if !o.setValue(name, v) {
		o.materialize().setS(name, v)
		return
	}
	if i := o.typ.keys.find(name); i >= 0 {
		*hint = int32(i)
	}
}

// noneSet reports whether every value in vals is absent.
func noneSet(vals []Value) bool {
	for _, v := range vals {
		if v.o != nil {
			return false
		}
	}
	return true
}

// shadowsMethod reports whether a split instance has an attribute name
// (which would hide a method of its class). count is a specialized
// LOAD_METHOD's record of the class's name count while name was not among
// them; it is updated when that still holds.
func (o *Instance) shadowsMethod(name *Str, count *int32) bool {
	k := o.typ.keys
	if k == nil {
		return false
	}
	i := k.find(name)
	if i < 0 {
		*count = int32(len(k.names))
		return false
	}
	vals := o.attrVals()
	return i < len(vals) && vals[i].o != nil
}

// plainAttrs reports whether t is a class whose instances have a __dict__
// and look their attributes up the default way: no __getattribute__ but
// object's, no __getattr__. It caches the answer for t's version, together
// with whether they also set attributes the default way (no __setattr__
// but object's).
func (t *Type) plainAttrs() bool {
	if !t.heap {
		// Builtin types are shared by interpreters: nothing is cached in
		// them, and their instances are not served by these paths.
		return false
	}
	if t.plainVersion != t.version || t.version == 0 {
		t.plainVersion = t.version
		t.plainGet = t.hasDict && plainAttributeType(t)
		sa := t.lookupS(strSetattr)
		t.plainSet = t.plainGet && (sa.o == nil || isObjectAttrHook(sa))
	}
	return t.plainGet
}

// ownAttr reports whether attribute name of t's instances is theirs alone:
// t has plain attribute access and no attribute of that name, so an
// attribute site specialized for other classes can serve t's instances too
// (a site in a base class's method, run on several subclasses' instances).
func (t *Type) ownAttr(name *Str, set bool) bool {
	if !t.plainAttrs() || (set && !t.plainSet) {
		return false
	}
	return t.lookupS(name).o == nil
}

// plainMethod returns the function a method call obj.name() runs when obj
// is an instance of a class with plain attribute access that does not
// hide the class's function name with an attribute of its own, or nil.
func (o *Instance) plainMethod(name *Str) *Function {
	if !o.typ.plainAttrs() {
		return nil
	}
	fn, ok := o.typ.lookupS(name).o.(*Function)
	if !ok {
		return nil
	}
	if o.dict != nil {
		if !o.dict.lacksS(name) {
			if _, found := o.dict.getS(name); found {
				return nil
			}
		}
	} else if k := o.typ.keys; k != nil {
		if i := k.find(name); i >= 0 {
			if vals := o.attrVals(); i < len(vals) && vals[i].o != nil {
				return nil
			}
		}
	}
	return fn
}
