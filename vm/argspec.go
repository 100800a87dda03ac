package vm

// Argument checking for functions and methods implemented in Go.
//
// Every builtin method and function whose CPython counterpart has a known
// signature carries an *argSpec (argspec_gen.go, generated from CPython
// 3.11 by tools/gensig.py). Every call of one passes the spec's check before
// the Go body runs: the generic call path (Thread.Call, the method
// descriptor and special-method paths) checks on each call, and tier 1
// checks once, when it specializes a call site, since a site's argument
// count and keyword names never change. The check covers positional
// counts, keywords (unknown ones, positional-only parameters named,
// arguments given twice), missing required arguments and, for method
// descriptors, the type of self, with the messages of CPython's calling
// convention for that callable.

//go:generate sh -c "cd .. && make sigs"

import (
	"sort"
	"strings"
)

// Calling conventions; each has CPython's messages for bad calls.
const (
	styleAny     uint8 = iota // the function checks its own arguments
	styleNoArgs               // METH_NOARGS
	styleO                    // METH_O
	stylePos                  // METH_FASTCALL, positional only: "f expected 2 arguments, got 1"
	styleVarargs              // METH_VARARGS with PyArg_ParseTuple: "f() takes at most 3 arguments (4 given)"
	styleKw                   // METH_FASTCALL|METH_KEYWORDS, Argument Clinic's keyword parser
	styleWrapper              // slot wrappers (str.__add__): "expected 1 argument, got 0"
	styleNew                  // tp_new wrappers (list.__new__): the first argument is a subtype
)

// argSpec is the signature of a builtin method or function.
type argSpec struct {
	style   uint8
	min     int      // required positional arguments
	max     int      // most positional arguments; -1: any number
	names   []string // parameter names (styleKw): positional ones, then keyword-only
	posOnly int      // names[:posOnly] cannot be given by keyword
	kwOnly  int      // names[kwOnly:] are keyword-only
	varKw   bool     // takes **kwargs, or checks its keywords itself
	anon    bool     // styleVarargs: messages name no function ("function takes ..."); styleWrapper: PyArg_UnpackTuple's messages
	kwBare  bool     // called bound, "f() takes no keyword arguments" names f without its type (METH_VARARGS)
	slot    bool     // a slot wrapper (str.__add__): its own messages for a bad self
	exact   bool     // a constructor's spec that applies to the type itself, not to subclasses
	name    string   // "split"
	qual    string   // "str.split", "math.sqrt", "len"

	// maxPos is max with -1 replaced by a count no call reaches, so that
	// fits is two comparisons.
	maxPos int
	owner  *Type    // styleNew: the type whose __new__ this is
	ctor   *argSpec // styleNew: the constructor's arguments after the class, if its __new__ parses them
}

// argSpecEntry is a row of argSpecTable (argspec_gen.go): the spec of the
// builtin named key ("str.split", "builtins.len").
type argSpecEntry struct {
	key  string
	spec argSpec
}

// lookupArgSpec returns the spec of the builtin named key, or nil.
func lookupArgSpec(key string) *argSpec {
	i := sort.Search(len(argSpecTable), func(i int) bool { return argSpecTable[i].key >= key })
	if i < len(argSpecTable) && argSpecTable[i].key == key {
		return &argSpecTable[i].spec
	}
	return nil
}

// typeArgSpec returns the spec of method name of the builtin type whose
// tp_name is typeName: under that name, or under its last part for the
// types of C modules ("_io.StringIO", whose methods the table names
// "StringIO.write").
func typeArgSpec(typeName, name string) *argSpec {
	if s := lookupArgSpec(typeName + "." + name); s != nil {
		return s
	}
	if i := strings.LastIndexByte(typeName, '.'); i >= 0 {
		return lookupArgSpec(typeName[i+1:] + "." + name)
	}
	return nil
}

// fits reports whether a call with npos positional arguments and the
// keywords kw passes without further checks: the hot path.
func (s *argSpec) fits(npos int, kw []string) bool {
	return len(kw) == 0 && npos >= s.min && npos <= s.maxPos
}

// acceptsCount reports whether every call with n arguments (the last
// len(kw) of them named by kw) passes the check, whatever their values.
// Tier 1 specializes only such call sites, so its specialized calls skip
// the check: a site's argument count and keyword names never change.
func (s *argSpec) acceptsCount(n int, kw []string) bool {
	if s == nil || s.fits(n-len(kw), kw) {
		return true
	}
	return s.style != styleNew && s.check(make([]Value, n), kw) == nil
}

// check returns the TypeError CPython raises for this call through the
// method descriptor (str.count(s, x), or s.count(x) called at once), or
// nil. args holds the positional arguments followed by the values of kw.
func (s *argSpec) check(args []Value, kw []string) error {
	return s.checkAs(s.qual, false, args, kw)
}

// checkBound is check for a builtin method bound to self, whose messages
// name the type of self (or self, when it is a type), as CPython's
// builtin methods' __qualname__ does: "L.clear() takes no arguments".
func (s *argSpec) checkBound(self Value, args []Value, kw []string) error {
	if s.style == styleNew {
		return s.check(args, kw)
	}
	if self.o == nil {
		return s.checkAs(s.qual, true, args, kw)
	}
	t, ok := self.o.(*Type)
	if !ok {
		t = self.Type()
	}
	q := t.QualName
	if q == "" {
		q = t.Name
	}
	return s.checkAs(q+"."+s.name, true, args, kw)
}

// checkAs is check with the function named qual; bound tells a call of
// a bound builtin (a module's function, or f = s.count; f(x)) from one
// through the descriptor, whose keyword message for kwBare differs.
func (s *argSpec) checkAs(qual string, bound bool, args []Value, kw []string) error {
	npos := len(args) - len(kw)
	if s.fits(npos, kw) || s.style == styleAny {
		return nil
	}
	switch s.style {
	case styleNoArgs, styleO, stylePos:
		if len(kw) > 0 && !s.varKw {
			if s.kwBare && bound {
				qual = s.name
			}
			return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
		}
		switch s.style {
		case styleNoArgs:
			return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, npos)
		case styleO:
			return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", qual, npos)
		}
		if npos >= s.min && npos <= s.maxPos {
			return nil
		}
		return expectedArgs(s.name, s.min, s.max, npos)
	case styleWrapper:
		if len(kw) > 0 {
			return Errorf(TypeErrorType, "wrapper %s() takes no keyword arguments", s.name)
		}
		if s.min == s.max && !s.anon {
			return Errorf(TypeErrorType, "expected %d argument%s, got %d", s.min, plural_s(s.min != 1), npos)
		}
		return expectedArgs("", s.min, s.max, npos)
	case styleVarargs:
		if len(kw) > 0 {
			if s.kwBare && bound {
				qual = s.name
			}
			return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
		}
		how, n := "exactly", s.min
		if s.min != s.max {
			if npos < s.min {
				how = "at least"
			} else {
				how, n = "at most", s.max
			}
		}
		name := s.name + "()"
		if s.anon {
			name = "function"
		}
		return Errorf(TypeErrorType, "%s takes %s %d argument%s (%d given)", name, how, n, plural_s(n != 1), npos)
	case styleKw:
		return s.checkKeywords(args, kw)
	case styleNew:
		// The class is the first positional argument; keyword values
		// come after the positional ones.
		if err := checkNew(s.owner, args[:len(args)-len(kw)]); err != nil {
			return err
		}
		if c := s.ctor; c != nil && (!c.exact || args[0].o == Object(s.owner)) {
			return c.check(args[1:], kw)
		}
	}
	return nil
}

// checkKeywords follows Argument Clinic's keyword parser
// (_PyArg_UnpackKeywords), in its order of checks.
func (s *argSpec) checkKeywords(args []Value, kw []string) error {
	npos := len(args) - len(kw)
	total := npos + len(kw)
	if maxArgs := len(s.names); !s.varKw && total > maxArgs {
		kwWord := ""
		if npos == 0 {
			kwWord = "keyword "
		}
		return Errorf(TypeErrorType, "%s() takes at most %d %sargument%s (%d given)", s.name, maxArgs, kwWord, plural_s(maxArgs != 1), total)
	}
	if npos > s.max {
		if s.max == 0 {
			return Errorf(TypeErrorType, "%s() takes no positional arguments", s.name)
		}
		how := "exactly"
		if s.min < s.max {
			how = "at most"
		}
		return Errorf(TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", s.name, how, s.max, plural_s(s.max != 1), npos)
	}
	if minPosOnly := min(s.posOnly, s.min); npos < minPosOnly {
		how := "exactly"
		if minPosOnly < s.max {
			how = "at least"
		}
		return Errorf(TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", s.name, how, minPosOnly, plural_s(minPosOnly != 1), npos)
	}
	// Parameters after the positional arguments, filled by keyword.
	for i := max(npos, s.posOnly); i < len(s.names) && i < s.min; i++ {
		if indexOf(kw, s.names[i]) < 0 {
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", s.name, s.names[i], i+1)
		}
	}
	if len(kw) == 0 || s.varKw {
		return nil
	}
	for i := s.posOnly; i < npos && i < len(s.names); i++ {
		if indexOf(kw, s.names[i]) >= 0 {
			return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", s.name, s.names[i], i+1)
		}
	}
	for _, k := range kw {
		if i := indexOf(s.names, k); i < s.posOnly {
			return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, s.name)
		}
	}
	return nil
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// expectedArgs is _PyArg_CheckPositional's message.
func expectedArgs(name string, lo, hi, given int) error {
	n, how := lo, ""
	if given < lo {
		if lo != hi {
			how = "at least "
		}
	} else {
		n = hi
		if lo != hi {
			how = "at most "
		}
	}
	return Errorf(TypeErrorType, "%s expected %s%d argument%s, got %d", name, how, n, plural_s(n != 1), given)
}

// checkNew is the check of tp_new's wrapper (list.__new__(X, ...)): X must
// be a subtype of the type that defines __new__.
func checkNew(owner *Type, args []Value) error {
	if len(args) == 0 {
		return Errorf(TypeErrorType, "%s.__new__(): not enough arguments", staticTypeName(owner))
	}
	t, ok := args[0].o.(*Type)
	if !ok {
		return Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", staticTypeName(owner), args[0].Type().Name)
	}
	if t == owner {
		// int(x), set(): the type's own __new__ is always safe for it.
		return nil
	}
	if t.heap && t.newSafeOwner == owner && t.newSafeVersion == t.version {
		// object.__new__(cls) in a class's own __new__, passed before.
		return nil
	}
	if !t.IsSubtype(owner) {
		name := staticTypeName(owner)
		return Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", name, staticTypeName(t), staticTypeName(t), name)
	}
	// Like CPython, the builtin __new__ that X itself would run must be
	// this one: int.__new__(bool) would make a bool that is not 0 or 1,
	// BaseException.__new__(ExceptionGroup) a group without exceptions.
	static, fn := builtinNewOf(t)
	if own := builtinDictNew(owner); own != nil && fn != nil && !fn.sameNew(own) {
		return Errorf(TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", owner.Name, t.Name, static.Name)
	}
	if t.heap {
		t.newSafeOwner, t.newSafeVersion = owner, t.version
	}
	return nil
}

// sameNew reports whether b and c make instances with the same code.
func (b *Builtin) sameNew(c *Builtin) bool {
	return b == c || b.newOf != nil && b.newOf == c.newOf
}

// builtinNewOf returns the nearest type on t's chain of primary bases whose
// __new__ is not written in Python, and the builtin __new__ that makes its
// instances (CPython's staticbase and its tp_new).
func builtinNewOf(t *Type) (*Type, *Builtin) {
	for s := t; s != nil; s = s.Base {
		if s.heap && ownPythonNew(s) {
			continue
		}
		return s, tpNew(s)
	}
	return nil, nil
}

// ownPythonNew reports whether a class defines its own __new__ other than
// a builtin one.
func ownPythonNew(t *Type) bool {
	v, own := t.Dict.GetStr("__new__")
	_, builtin := v.o.(*Builtin)
	return own && !builtin
}

// tpNew is the builtin __new__ that makes t's instances (CPython's
// tp_new), or nil when a class on t's chain of primary bases defines
// __new__ in Python. A class that names a builtin __new__ in its body
// still inherits its base's, as in CPython, where assigning list.__new__
// to a class's __new__ leaves its tp_new as it was.
func tpNew(t *Type) *Builtin {
	for s := t; s != nil; s = s.Base {
		if !s.heap {
			b, _ := s.Lookup("__new__").o.(*Builtin)
			return b
		}
		if ownPythonNew(s) {
			return nil
		}
	}
	return nil
}

// checkSelf checks the self of a method descriptor call.
func (c *MethodDescriptor) checkSelf(self Value) error {
	if self.Type().IsSubtype(c.Owner) {
		return nil
	}
	// Slot wrappers (every __init__ among them) word it differently from
	// method descriptors.
	if c.isSlot() {
		return Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", c.Name, staticTypeName(c.Owner), self.Type().Name)
	}
	return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", c.Name, staticTypeName(c.Owner), self.Type().Name)
}

// checkArgs checks a call of a builtin classmethod with cls.
func (c *ClassMethodDescriptor) checkArgs(cls Value, args []Value, kw []string) error {
	t, ok := cls.o.(*Type)
	if !ok {
		return Errorf(TypeErrorType, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", c.Name, c.Owner.Name, cls.Type().Name)
	}
	if !t.IsSubtype(c.Owner) {
		return Errorf(TypeErrorType, "descriptor '%s' requires a subtype of '%s' but received '%s'", c.Name, c.Owner.Name, t.Name)
	}
	if c.spec != nil {
		return c.spec.check(args, kw)
	}
	return nil
}

// noSelf is the error for a method descriptor called without arguments.
func (c *MethodDescriptor) noSelf() error {
	if c.spec != nil && c.spec.slot {
		return Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", c.Name, c.Owner.Name)
	}
	return Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", c.Owner.Name, c.Name)
}

// inheritedSpec returns the spec of method name of builtin type t. A
// special method that CPython's type inherits (dict_values.__eq__ is
// object.__eq__) takes the spec of the base that defines it.
func inheritedSpec(t *Type, name string) *argSpec {
	if s := typeArgSpec(t.Name, name); s != nil || !isDunder(name) {
		return s
	}
	for _, b := range t.MRO[1:] {
		if s := typeArgSpec(b.Name, name); s != nil {
			return s
		}
	}
	return nil
}

// attachArgSpecs gives every method of the builtin types its spec. It runs
// once, while the types are built.
func attachArgSpecs(types []*Type) {
	for _, t := range types {
		t.Dict.Items(func(k, v Value) bool {
			switch d := v.o.(type) {
			case *MethodDescriptor:
				if d.spec == nil {
					d.spec = inheritedSpec(d.Owner, d.Name)
				}
			case *ClassMethodDescriptor:
				if d.spec == nil {
					d.spec = typeArgSpec(d.Owner.Name, d.Name)
				}
			case *StaticMethod:
				if b, ok := d.Fn.o.(*Builtin); ok && b.spec == nil {
					b.spec = typeArgSpec(t.Name, b.Name)
				}
			case *Builtin:
				if d.spec != nil || d.owner != t.Name {
					break
				}
				if d.Name == "__new__" {
					// min is out of reach so that every call runs checkNew.
					d.spec = &argSpec{style: styleNew, min: 1 << 30, max: -1, maxPos: 1 << 30, name: "__new__", qual: t.Name + ".__new__", owner: t,
						ctor: typeArgSpec(t.Name, "__new__")}
				} else {
					d.spec = typeArgSpec(d.owner, d.Name)
				}
			}
			return true
		})
	}
}

// moduleArgSpec returns the spec of function name of module mod
// ("builtins", "math"), or nil.
func moduleArgSpec(mod, name string) *argSpec {
	return lookupArgSpec(mod + "." + name)
}

// isDunder reports whether name is a special method name (__eq__).
func isDunder(name string) bool {
	return len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
}
