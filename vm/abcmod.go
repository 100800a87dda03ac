package vm

// The _abc module (CPython's Modules/_abc.c): the registry and caches
// behind abc.ABCMeta. CPython's abc.py defines ABCMeta over these
// functions; every ABC keeps an _abc_data in its _abc_impl attribute.
// Registered classes and the cached answers of __subclasscheck__ are
// held weakly, as CPython's sets of weak references hold them, so a
// class that only an ABC's caches know of can be collected.

import "weak"

// abcData is an ABC's _abc_impl: the classes registered with it and the
// classes known to be (cache) or not to be (negative) its subclasses.
// negativeVersion is the interpreter's invalidation counter when the
// negative cache was last valid: registering any class anywhere
// invalidates every negative cache.
type abcData struct {
	registry        abcSet
	cache, negative abcSet
	negativeVersion uint64
}

// Type implements Object.
func (*abcData) Type() *Type { return abcDataType }

// abcDataType is _abc._abc_data.
var abcDataType = func() *Type {
	t := newBuiltinType("_abc._abc_data", ObjectType)
	t.QualName = "_abc_data"
	t.Dict.SetStr("__doc__", String("Internal state held by ABC machinery."))
	return t
}()

// abcSet is a set of classes held weakly, in the order they were added.
// Small sets are searched in order; index is made when one grows.
type abcSet struct {
	order []weak.Pointer[Type]
	index map[weak.Pointer[Type]]struct{}
	swept int // len(order) after the last removal of dead classes
}

// abcSmallSet is the size up to which an abcSet has no index.
const abcSmallSet = 8

// has reports whether t is in the set.
func (s *abcSet) has(t *Type) bool {
	if len(s.order) == 0 {
		return false
	}
	p := t.weakPtr()
	if s.index != nil {
		_, ok := s.index[p]
		return ok
	}
	for _, q := range s.order {
		if q == p {
			return true
		}
	}
	return false
}

// add puts t in the set, first dropping the classes that died since the
// set last doubled.
func (s *abcSet) add(t *Type) {
	if s.has(t) {
		return
	}
	if len(s.order) >= 2*s.swept+abcSmallSet {
		s.sweep()
	}
	p := t.weakPtr()
	s.order = append(s.order, p)
	if s.index != nil {
		s.index[p] = struct{}{}
	} else if len(s.order) > abcSmallSet {
		s.index = make(map[weak.Pointer[Type]]struct{}, len(s.order))
		for _, q := range s.order {
			s.index[q] = struct{}{}
		}
	}
}

// sweep drops the classes that were collected.
func (s *abcSet) sweep() {
	live := s.order[:0]
	for _, p := range s.order {
		if p.Value() != nil {
			live = append(live, p)
		} else if s.index != nil {
			delete(s.index, p)
		}
	}
	clear(s.order[len(live):])
	s.order = live
	s.swept = len(live)
}

// live returns the classes in the set that are alive.
func (s *abcSet) live() []*Type {
	out := make([]*Type, 0, len(s.order))
	for _, p := range s.order {
		if t := p.Value(); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// clear empties the set.
func (s *abcSet) clear() { *s = abcSet{} }

// makeAbcModule builds _abc.
func makeAbcModule(th *Thread) (*Module, error) {
	m := newNativeModule("_abc", map[string]BuiltinFunc{
		"get_cache_token":    abcGetCacheToken,
		"_abc_init":          abcInit,
		"_abc_register":      abcRegister,
		"_abc_instancecheck": abcInstanceCheck,
		"_abc_subclasscheck": abcSubclassCheck,
		"_get_dump":          abcGetDump,
		"_reset_registry":    abcResetRegistry,
		"_reset_caches":      abcResetCaches,
	})
	m.Dict.SetStr("__doc__", String("Module contains faster C implementation of abc.ABCMeta"))
	return m, nil
}

// abcImpl returns self._abc_impl.
func (th *Thread) abcImpl(self Value) (*abcData, error) {
	v, err := th.GetAttr(self, intern("_abc_impl"))
	if err != nil {
		return nil, err
	}
	d, ok := v.o.(*abcData)
	if !ok {
		return nil, Errorf(TypeErrorType, "_abc_impl is set to a wrong type")
	}
	return d, nil
}

// abcGetCacheToken is get_cache_token(): the invalidation counter, which
// changes whenever a class is registered with any ABC.
func abcGetCacheToken(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	return Int(int64(th.interp.abcVersion)), nil
}

// abcInit is _abc_init(self): computes __abstractmethods__, gives self a
// fresh _abc_impl and takes the collection flags of __abc_tpflags__.
func abcInit(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	self := args[0]
	if err := th.computeAbstractMethods(self); err != nil {
		return Null, err
	}
	data := &abcData{negativeVersion: th.interp.abcVersion}
	if err := th.SetAttr(self, intern("_abc_impl"), Obj(data)); err != nil {
		return Null, err
	}
	t, ok := self.o.(*Type)
	if !ok {
		return None, nil
	}
	flags, ok := t.Dict.GetStr("__abc_tpflags__")
	if !ok {
		return None, nil
	}
	if flags.IsSmallInt() && flags.Type() == IntType {
		val := uint32(int64(flags.n)) & collectionFlags
		if val == collectionFlags {
			return Null, Errorf(TypeErrorType, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
		}
		t.matchFlags |= val
	}
	t.Dict.DelStr("__abc_tpflags__")
	t.Modified()
	return None, nil
}

// computeAbstractMethods sets self.__abstractmethods__ to the names of
// its own abstract attributes and of its bases' abstract methods that
// are still abstract on self.
func (th *Thread) computeAbstractMethods(self Value) error {
	abstracts := NewSet()
	abstracts.frozen = true
	ns, err := th.GetAttr(self, intern("__dict__"))
	if err != nil {
		return err
	}
	items, err := th.callMethod(ns, "items")
	if err != nil {
		return err
	}
	pairs, err := th.iterateToSlice(items)
	if err != nil {
		return err
	}
	for _, p := range pairs {
		kv, ok := p.o.(*Tuple)
		if !ok || len(kv.items) != 2 {
			return Errorf(TypeErrorType, "items must return 2-tuples")
		}
		abstract, err := th.isAbstract(kv.items[1])
		if err != nil {
			return err
		}
		if abstract {
			if err := abstracts.Add(th, kv.items[0]); err != nil {
				return err
			}
		}
	}
	basesV, err := th.GetAttr(self, intern("__bases__"))
	if err != nil {
		return err
	}
	bases, ok := basesV.o.(*Tuple)
	if !ok {
		return Errorf(TypeErrorType, "__bases__ is not tuple")
	}
	for _, base := range bases.items {
		inherited, ok, err := th.lookupAttrOpt(base, "__abstractmethods__")
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		names, err := th.iterateToSlice(inherited)
		if err != nil {
			return err
		}
		for _, name := range names {
			s, ok := unwrap(name).o.(*Str)
			if !ok {
				return Errorf(TypeErrorType, "attribute name must be string, not '%s'", name.Type().Name)
			}
			value, ok, err := th.lookupAttrOpt(self, s.s)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			abstract, err := th.isAbstract(value)
			if err != nil {
				return err
			}
			if abstract {
				if err := abstracts.Add(th, name); err != nil {
					return err
				}
			}
		}
	}
	return th.SetAttr(self, intern("__abstractmethods__"), Obj(abstracts))
}

// abcRegister is _abc_register(self, subclass): ABCMeta.register.
func abcRegister(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	self, subclass := args[0], args[1]
	sub, ok := subclass.o.(*Type)
	if !ok {
		return Null, Errorf(TypeErrorType, "Can only register classes")
	}
	if already, err := th.isSubclass(subclass, self); err != nil || already {
		return subclass, err
	}
	// Registering X with itself is a no-op (above); a class cannot be
	// registered with one of its own subclasses.
	if cycle, err := th.isSubclass(self, subclass); err != nil {
		return Null, err
	} else if cycle {
		return Null, Errorf(RuntimeErrorType, "Refusing to create an inheritance cycle")
	}
	impl, err := th.abcImpl(self)
	if err != nil {
		return Null, err
	}
	impl.registry.add(sub)
	th.interp.abcVersion++
	if t, ok := self.o.(*Type); ok {
		if flag := t.matchFlags & collectionFlags; flag != 0 {
			setCollectionFlagRecursive(th, sub, flag)
		}
	}
	return subclass, nil
}

// abcInstanceCheck is _abc_instancecheck(self, instance):
// ABCMeta.__instancecheck__.
func abcInstanceCheck(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	self, instance := args[0], args[1]
	impl, err := th.abcImpl(self)
	if err != nil {
		return Null, err
	}
	subclass, err := th.GetAttr(instance, intern("__class__"))
	if err != nil {
		return Null, err
	}
	sub, isType := subclass.o.(*Type)
	if isType && impl.cache.has(sub) {
		return True, nil
	}
	subtype := instance.Type()
	if isType && sub == subtype {
		if impl.negativeVersion == th.interp.abcVersion && impl.negative.has(sub) {
			return False, nil
		}
		return th.callMethod(self, "__subclasscheck__", subclass)
	}
	r, err := th.callMethod(self, "__subclasscheck__", subclass)
	if err != nil {
		return Null, err
	}
	if ok, err := th.Truth(r); err != nil || ok {
		if err != nil {
			return Null, err
		}
		return r, nil
	}
	return th.callMethod(self, "__subclasscheck__", Obj(subtype))
}

// abcSubclassCheck is _abc_subclasscheck(self, subclass):
// ABCMeta.__subclasscheck__.
func abcSubclassCheck(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	self, subclass := args[0], args[1]
	sub, ok := subclass.o.(*Type)
	if !ok {
		return Null, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	impl, err := th.abcImpl(self)
	if err != nil {
		return Null, err
	}
	if impl.cache.has(sub) {
		return True, nil
	}
	if impl.negativeVersion < th.interp.abcVersion {
		impl.negative.clear()
		impl.negativeVersion = th.interp.abcVersion
	} else if impl.negative.has(sub) {
		return False, nil
	}
	hook, err := th.callMethod(self, "__subclasshook__", subclass)
	if err != nil {
		return Null, err
	}
	switch {
	case hook.Is(True):
		impl.cache.add(sub)
		return True, nil
	case hook.Is(False):
		impl.negative.add(sub)
		return False, nil
	case !hook.Is(NotImplemented):
		return Null, Errorf(AssertionErrorType, "__subclasshook__ must return either False, True, or NotImplemented")
	}
	for _, b := range sub.MRO {
		if Obj(b).Is(self) {
			impl.cache.add(sub)
			return True, nil
		}
	}
	if impl.registry.has(sub) {
		impl.cache.add(sub)
		return True, nil
	}
	for _, r := range impl.registry.live() {
		found, err := th.isSubclass(subclass, Obj(r))
		if err != nil {
			return Null, err
		}
		if found {
			impl.cache.add(sub)
			return True, nil
		}
	}
	subsV, err := th.callMethod(self, "__subclasses__")
	if err != nil {
		return Null, err
	}
	subs, ok := subsV.o.(*List)
	if !ok {
		return Null, Errorf(TypeErrorType, "__subclasses__() must return a list")
	}
	for i := 0; i < len(subs.items); i++ {
		found, err := th.isSubclass(subclass, subs.items[i])
		if err != nil {
			return Null, err
		}
		if found {
			impl.cache.add(sub)
			return True, nil
		}
	}
	impl.negative.add(sub)
	return False, nil
}

// abcGetDump is _get_dump(self): the registry, cache and negative cache
// as sets of weak references, and the negative cache's version.
func abcGetDump(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	impl, err := th.abcImpl(args[0])
	if err != nil {
		return Null, err
	}
	ensureWeakrefTypes()
	refs := func(s *abcSet) (Value, error) {
		out := NewSet()
		for _, t := range s.live() {
			if err := out.Add(th, th.newWeakRef(Obj(t), Null, false, true).self); err != nil {
				return Null, err
			}
		}
		return Obj(out), nil
	}
	items := make([]Value, 0, 4)
	for _, s := range []*abcSet{&impl.registry, &impl.cache, &impl.negative} {
		v, err := refs(s)
		if err != nil {
			return Null, err
		}
		items = append(items, v)
	}
	items = append(items, Int(int64(impl.negativeVersion)))
	return Obj(NewTuple(items)), nil
}

// abcResetRegistry is _reset_registry(self): forgets registered classes.
func abcResetRegistry(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	impl, err := th.abcImpl(args[0])
	if err != nil {
		return Null, err
	}
	impl.registry.clear()
	return None, nil
}

// abcResetCaches is _reset_caches(self): forgets the cached answers.
func abcResetCaches(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	impl, err := th.abcImpl(args[0])
	if err != nil {
		return Null, err
	}
	impl.cache.clear()
	impl.negative.clear()
	return None, nil
}
