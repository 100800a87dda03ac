package vm

// functools.lru_cache's wrapper, _functools._lru_cache_wrapper (CPython's
// Modules/_functoolsmodule.c): the cache lives in a dict keyed as CPython
// keys it, and a bounded cache keeps its entries on a list from the least
// to the most recently used. Being native, the wrapper adds no Python frame
// between a cached function and its caller, which warnings' stacklevel and
// tracebacks count on.

// lruCache is a functools._lru_cache_wrapper.
type lruCache struct {
	fn       Value
	infoType Value // functools._CacheInfo, the type of cache_info()'s result
	// maxsize is the most entries the cache keeps: -1 for no bound, 0
	// for a wrapper that caches nothing.
	maxsize int64
	typed   bool
	// cache maps a call's key to its result, or for a bounded cache to
	// the *lruLink holding the result.
	cache        *Dict
	root         lruLink // root.next is the least recently used link
	hits, misses int64
	dict         *Dict // __dict__ (update_wrapper fills it), nil until needed
}

// lruLink is an entry of a bounded cache's recency list.
type lruLink struct {
	prev, next *lruLink
	key        Value
	hash       int64
	result     Value
}

var lruCacheType, lruLinkType *Type

// lruKwdMark, an object(), separates a key's positional arguments from its
// keyword arguments, as CPython's kwd_mark does.
var lruKwdMark Value

// Type implements Object.
func (*lruCache) Type() *Type { return lruCacheType }

// Type implements Object.
func (*lruLink) Type() *Type { return lruLinkType }

func (c *lruCache) ensureDict() *Dict {
	if c.dict == nil {
		c.dict = NewDict()
	}
	return c.dict
}

// unlink takes l off the recency list.
func (l *lruLink) unlink() {
	l.prev.next, l.next.prev = l.next, l.prev
	l.prev, l.next = nil, nil
}

// pushNewest puts l at the most recently used end of c's list.
func (c *lruCache) pushNewest(l *lruLink) {
	last := c.root.prev
	l.prev, l.next = last, &c.root
	last.next, c.root.prev = l, l
}

// pushOldest puts l back at the least recently used end of c's list.
func (c *lruCache) pushOldest(l *lruLink) {
	first := c.root.next
	l.prev, l.next = &c.root, first
	first.prev, c.root.next = l, l
}

// lruCacheNew is _lru_cache_wrapper(user_function, maxsize, typed,
// cache_info_type), with PyArg_ParseTupleAndKeywords' messages.
func lruCacheNew(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	args = args[1:] // the type
	names := [...]string{"user_function", "maxsize", "typed", "cache_info_type"}
	if len(args) > len(names) {
		return Null, Errorf(TypeErrorType, "lru_cache() takes at most 4 arguments (%d given)", len(args))
	}
	npos := len(args) - len(kwnames)
	var vals [4]Value
	copy(vals[:], args[:npos])
	for i, name := range names {
		if i < npos {
			continue
		}
		for j, k := range kwnames {
			if k == name {
				vals[i] = args[npos+j]
			}
		}
		if vals[i].o == nil {
			return Null, Errorf(TypeErrorType, "lru_cache() missing required argument '%s' (pos %d)", name, i+1)
		}
	}
	for i, name := range names[:npos] {
		for _, k := range kwnames {
			if k == name {
				return Null, Errorf(TypeErrorType, "argument for lru_cache() given by name ('%s') and position (%d)", name, i+1)
			}
		}
	}
	for _, k := range kwnames {
		known := false
		for _, name := range names {
			known = known || k == name
		}
		if !known {
			return Null, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for lru_cache()", k)
		}
	}
	typed, err := th.Truth(vals[2])
	if err != nil {
		return Null, err
	}
	if !th.callable(vals[0]) {
		return Null, Errorf(TypeErrorType, "the first argument must be callable")
	}
	c := &lruCache{fn: vals[0], infoType: vals[3], typed: typed, maxsize: -1, cache: NewDict()}
	c.root.prev, c.root.next = &c.root, &c.root
	if !vals[1].IsNone() {
		n, ok, err := th.indexValue(vals[1])
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, Errorf(TypeErrorType, "maxsize should be integer or None")
		}
		if _, big := unwrap(n).o.(*BigInt); big {
			return Null, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		c.maxsize = max(int64(unwrap(n).n), 0)
	}
	return Obj(c), nil
}

// key is the cache key of a call, built as CPython's lru_cache_make_key
// builds it: a lone exact int or str argument is its own key; otherwise a
// tuple of the positional arguments, then (with keywords) the marker and
// each keyword and value, then (typed) the types of all the values.
func (c *lruCache) key(args []Value, kwnames []string) Value {
	npos := len(args) - len(kwnames)
	if !c.typed && len(kwnames) == 0 {
		if npos == 1 {
			switch args[0].o.(type) {
			case intTag, *Str:
				return args[0]
			case *BigInt:
				return args[0]
			}
		}
		return Obj(NewTuple(append([]Value(nil), args...)))
	}
	n := len(args)
	if len(kwnames) > 0 {
		n += len(kwnames) + 1
	}
	if c.typed {
		n += len(args)
	}
	items := make([]Value, 0, n)
	items = append(items, args[:npos]...)
	if len(kwnames) > 0 {
		items = append(items, lruKwdMark)
		for i, k := range kwnames {
			items = append(items, String(k), args[npos+i])
		}
	}
	if c.typed {
		for _, a := range args {
			items = append(items, Obj(a.Type()))
		}
	}
	return Obj(NewTuple(items))
}

// call calls the wrapper: the cached result for the arguments' key, or the
// function's, which the cache then keeps.
func (c *lruCache) call(th *Thread, args []Value, kwnames []string) (Value, error) {
	if c.maxsize == 0 {
		c.misses++
		return th.Call(c.fn, args, kwnames)
	}
	key := c.key(args, kwnames)
	h, err := th.Hash(key)
	if err != nil {
		return Null, err
	}
	found, ok, err := c.cache.getHashed(th, key, h)
	if err != nil {
		return Null, err
	}
	if ok {
		c.hits++
		if c.maxsize < 0 {
			return found, nil
		}
		l := found.o.(*lruLink)
		l.unlink()
		c.pushNewest(l)
		return l.result, nil
	}
	c.misses++
	result, err := th.Call(c.fn, args, kwnames)
	if err != nil {
		return Null, err
	}
	if c.maxsize < 0 {
		return result, c.cache.setHashed(th, key, h, result)
	}
	// The call may have cached this key itself (a recursive call): its
	// link stays as it is.
	if _, ok, err := c.cache.getHashed(th, key, h); err != nil || ok {
		if err != nil {
			return Null, err
		}
		return result, nil
	}
	if int64(c.cache.Len()) < c.maxsize || c.root.next == &c.root {
		l := &lruLink{key: key, hash: h, result: result}
		if err := c.cache.setHashed(th, key, h, Obj(l)); err != nil {
			return Null, err
		}
		c.pushNewest(l)
		return result, nil
	}
	// The cache is full: the least recently used link is taken out of the
	// cache and reused for the new key.
	l := c.root.next
	l.unlink()
	i, slot, err := c.cache.find(th, l.key, l.hash)
	if err != nil {
		c.pushOldest(l)
		return Null, err
	}
	if i < 0 {
		// The call removed the old key already: the link is dropped.
		return result, nil
	}
	c.cache.removeEntry(i, slot)
	l.key, l.hash, l.result = key, h, result
	if err := c.cache.setHashed(th, key, h, Obj(l)); err != nil {
		return Null, err
	}
	c.pushNewest(l)
	return result, nil
}

// clear empties the cache and zeroes its counts.
func (c *lruCache) clear() {
	c.root.prev, c.root.next = &c.root, &c.root
	c.hits, c.misses = 0, 0
	c.cache.Clear()
}

func initLRUCacheType() {
	lruLinkType = newBuiltinType("_lru_list_elem", ObjectType)
	lruLinkType.Name = "functools._lru_list_elem"
	lruLinkType.final = true

	lruKwdMark = Obj(&Instance{typ: ObjectType})

	t := newBuiltinType("_lru_cache_wrapper", ObjectType)
	lruCacheType = t
	t.Name = "functools._lru_cache_wrapper"
	t.layout = t
	t.final = true
	builtinWeakrefs[t] = true
	t.Dict.SetStr("__module__", String("functools"))
	t.Dict.SetStr("__doc__", String(lruCacheDoc))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: lruCacheNew}))
	self := func(v Value) *lruCache { return v.o.(*lruCache) }
	method(t, "__call__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return self(sv).call(th, args, kw)
	})
	method(t, "__get__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, " expected at least 1 argument, got 0") // PyArg_UnpackTuple with no name
		}
		if args[0].IsNone() {
			return sv, nil
		}
		return Obj(&Method{Fn: sv, Self: args[0]}), nil
	})
	method(t, "cache_info", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			return Null, Errorf(TypeErrorType, "_lru_cache_wrapper.cache_info() takes no arguments (%d given)", len(args))
		}
		c := self(sv)
		maxsize := None
		if c.maxsize >= 0 {
			maxsize = Int(c.maxsize)
		}
		return th.Call(c.infoType, []Value{Int(c.hits), Int(c.misses), maxsize, Int(int64(c.cache.Len()))}, nil)
	})
	method(t, "cache_clear", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			return Null, Errorf(TypeErrorType, "_lru_cache_wrapper.cache_clear() takes no arguments (%d given)", len(args))
		}
		self(sv).clear()
		return None, nil
	})
	method(t, "__reduce__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return th.GetAttr(sv, intern("__qualname__"))
	})
	same := func(th *Thread, sv Value, args []Value, kw []string) (Value, error) { return sv, nil }
	method(t, "__copy__", same)
	method(t, "__deepcopy__", same)
	t.addGetSet("__dict__", func(th *Thread, v Value) (Value, error) {
		return Obj(self(v).ensureDict()), nil
	}, func(th *Thread, v, x Value) error {
		d, err := dictAssigned(x)
		if err != nil {
			return err
		}
		self(v).dict = d
		return nil
	})
}

const lruCacheDoc = `Create a cached callable that wraps another function.

user_function:      the function being cached

maxsize:  0         for no caching
          None      for unlimited cache size
          n         for a bounded cache

typed:    False     cache f(3) and f(3.0) as identical calls
          True      cache f(3) and f(3.0) as distinct calls

cache_info_type:    namedtuple class with the fields:
                        hits misses currsize maxsize
`
