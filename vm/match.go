package vm

// Structural pattern matching at run time: the type flags that make a
// type a sequence or a mapping for match (CPython's Py_TPFLAGS_SEQUENCE and
// Py_TPFLAGS_MAPPING, with _Py_TPFLAGS_MATCH_SELF), and the work of the
// MATCH_CLASS and MATCH_KEYS instructions.

// Match flags of a type.
const (
	// flagSequence and flagMapping have CPython's values of
	// Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING (as __abc_tpflags__ gives them).
	flagSequence = 1 << 5
	flagMapping  = 1 << 6
	// flagMatchSelf: a class pattern with one positional sub-pattern
	// matches the subject itself (int(x), str(x), ...).
	flagMatchSelf = 1 << 22

	collectionFlags = flagSequence | flagMapping
)

// initMatchFlags sets the match flags of the builtin types.
func initMatchFlags() {
	for _, t := range []*Type{ListType, TupleType, RangeType, MemoryViewType, DequeType} {
		if t != nil {
			t.matchFlags |= flagSequence
		}
	}
	for _, t := range []*Type{DictType, MappingProxyType} {
		t.matchFlags |= flagMapping
	}
	for _, t := range []*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType,
		ListType, SetType, StrType, TupleType} {
		t.matchFlags |= flagMatchSelf
	}
	var inherit func(t *Type)
	inherit = func(t *Type) {
		for _, s := range t.subs {
			if s.Base == t {
				s.matchFlags |= t.matchFlags
			}
			inherit(s)
		}
	}
	inherit(ObjectType)
}

// inheritMatchFlags gives a new class the match flags of its bases: the
// collection flag of the first class in its MRO that has one (CPython's
// inherit_patma_flags), and matching itself from its primary base.
func (t *Type) inheritMatchFlags() {
	t.matchFlags = t.Base.matchFlags & flagMatchSelf
	for _, b := range t.MRO[1:] {
		if f := b.matchFlags & collectionFlags; f != 0 {
			t.matchFlags |= f
			return
		}
	}
}

// setCollectionFlagRecursive gives t and its subclasses the collection
// flag, as registering t with a collections.abc ABC does in CPython;
// builtin types, which are immutable, keep theirs.
func setCollectionFlagRecursive(th *Thread, t *Type, flag uint32) {
	if !t.heap || t.matchFlags&collectionFlags == flag {
		return
	}
	t.matchFlags = t.matchFlags&^collectionFlags | flag
	for _, s := range th.subclasses(t) {
		setCollectionFlagRecursive(th, s, flag)
	}
}

// matchKeys is MATCH_KEYS: the values of keys in the mapping subject, as a
// tuple, or None if a key is missing. Keys are looked up with
// subject.get(key, sentinel), so a __missing__ is not called.
func (th *Thread) matchKeys(subject, keysV Value) (Value, error) {
	kt, ok := keysV.o.(*Tuple)
	if !ok {
		return Null, Errorf(SystemErrorType, "MATCH_KEYS needs a tuple of keys")
	}
	keys := kt.items
	if len(keys) == 0 {
		return Obj(NewTuple(nil)), nil
	}
	// An exact dict is read directly: its get cannot be replaced.
	d, exact := subject.o.(*Dict)
	exact = exact && subject.Type() == DictType
	var get, dummy Value
	if !exact {
		var err error
		if get, err = th.GetAttr(subject, strGet); err != nil {
			return Null, err
		}
		if dummy, err = th.Call(Obj(ObjectType), nil, nil); err != nil {
			return Null, err
		}
	}
	var seen *Set
	if len(keys) > 1 {
		seen = NewSet()
	}
	values := make([]Value, len(keys))
	for i, k := range keys {
		if err := th.checkDuplicateKey(seen, k, len(keys)); err != nil {
			return Null, err
		}
		if exact {
			v, found, err := d.Get(th, k)
			if err != nil || !found {
				return orNone(err)
			}
			values[i] = v
			continue
		}
		v, err := th.Call(get, []Value{k, dummy}, nil)
		if err != nil {
			return Null, err
		}
		if v.Is(dummy) {
			return None, nil
		}
		values[i] = v
	}
	return Obj(NewTuple(values)), nil
}

// checkDuplicateKey adds key to the keys seen so far in a mapping pattern
// of n keys, failing if it is there already; one key (seen nil) is only
// hashed.
func (th *Thread) checkDuplicateKey(seen *Set, key Value, n int) error {
	if n == 1 {
		_, err := th.Hash(key)
		return err
	}
	dup, err := seen.Contains(th, key)
	if err != nil {
		return err
	}
	if dup {
		r, err := th.Repr(key)
		if err != nil {
			return err
		}
		return Errorf(ValueErrorType, "mapping pattern checks duplicate key (%s)", r)
	}
	return seen.Add(th, key)
}

// Interned names that matching looks up.
var (
	strGet       = intern("get")
	strMatchArgs = intern("__match_args__")
)

// matchClassAttr reads one attribute for a class pattern; ok is false
// when the subject has no such attribute.
func (th *Thread) matchClassAttr(subject Value, typ *Type, name *Str, seen *[]string) (v Value, ok bool, err error) {
	for _, s := range *seen {
		if s == name.s {
			return Null, false, Errorf(TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", typ.Name, name.s)
		}
	}
	*seen = append(*seen, name.s)
	v, err = th.GetAttr(subject, name)
	if err != nil {
		if isAttributeError(err) {
			return Null, false, nil
		}
		return Null, false, err
	}
	return v, true, nil
}

// matchClass is MATCH_CLASS: the tuple of attributes that nargs positional
// and the named keyword sub-patterns of a class pattern match, or None if
// the subject is not an instance of cls or lacks one of them.
func (th *Thread) matchClass(subject, cls Value, nargs int, namesV Value) (Value, error) {
	typ, ok := cls.o.(*Type)
	if !ok {
		return Null, Errorf(TypeErrorType, "called match pattern must be a type")
	}
	if ok, err := th.isInstance(subject, cls); err != nil || !ok {
		if err != nil {
			return Null, err
		}
		return None, nil
	}
	nt, ok := namesV.o.(*Tuple)
	if !ok {
		return Null, Errorf(SystemErrorType, "MATCH_CLASS needs a tuple of attribute names")
	}
	names := nt.items
	var seenBuf [8]string
	seen := seenBuf[:0]
	attrs := make([]Value, 0, nargs+len(names))
	if nargs > 0 {
		matchSelf := false
		var matchArgs []Value
		ma, err := th.GetAttr(cls, strMatchArgs)
		switch {
		case err == nil:
			t, isTuple := ma.o.(*Tuple)
			if !isTuple || ma.Type() != TupleType {
				return Null, Errorf(TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", typ.Name, ma.Type().Name)
			}
			matchArgs = t.items
		case isAttributeError(err):
			matchSelf = typ.matchFlags&flagMatchSelf != 0
		default:
			return Null, err
		}
		allowed := len(matchArgs)
		if matchSelf {
			allowed = 1
		}
		if allowed < nargs {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return Null, Errorf(TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", typ.Name, allowed, plural, nargs)
		}
		if matchSelf {
			attrs = append(attrs, subject)
		} else {
			for _, n := range matchArgs[:nargs] {
				name, isStr := n.o.(*Str)
				if !isStr || n.Type() != StrType {
					return Null, Errorf(TypeErrorType, "__match_args__ elements must be strings (got %s)", n.Type().Name)
				}
				v, ok, err := th.matchClassAttr(subject, typ, name, &seen)
				if err != nil || !ok {
					return orNone(err)
				}
				attrs = append(attrs, v)
			}
		}
	}
	for _, n := range names {
		name, isStr := n.o.(*Str)
		if !isStr {
			return Null, Errorf(SystemErrorType, "MATCH_CLASS needs attribute names that are strings")
		}
		v, ok, err := th.matchClassAttr(subject, typ, name, &seen)
		if err != nil || !ok {
			return orNone(err)
		}
		attrs = append(attrs, v)
	}
	return Obj(NewTuple(attrs)), nil
}

// orNone returns err, or None (no match) if there is none.
func orNone(err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return None, nil
}

// abcTpflags is _pyjit.abc_tpflags(cls, flags): an ABC whose body sets
// __abc_tpflags__ gets those collection flags, as in CPython's _abc_init.
func abcTpflags(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	t, ok := args[0].o.(*Type)
	if !ok || !args[1].IsSmallInt() {
		return None, nil
	}
	flags := uint32(int64(args[1].n)) & collectionFlags
	if flags == collectionFlags {
		return Null, Errorf(TypeErrorType, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
	}
	t.matchFlags |= flags
	return None, nil
}

// abcRegisterFlags is _pyjit.abc_register_flags(abc, subclass): registering
// a class with a sequence or mapping ABC makes it (and its subclasses) one.
func abcRegisterFlags(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	abc, ok1 := args[0].o.(*Type)
	sub, ok2 := args[1].o.(*Type)
	if !ok1 || !ok2 {
		return None, nil
	}
	if flag := abc.matchFlags & collectionFlags; flag != 0 {
		setCollectionFlagRecursive(th, sub, flag)
	}
	return None, nil
}
