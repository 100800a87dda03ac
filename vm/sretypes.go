package vm

// The methods and attributes of re.Pattern, re.Match and
// _sre.SRE_Scanner, and the _sre module functions.

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/pyjit/pyjit/vm/lib/sre"
)

func init() {
	sre.SetUnicodeCase(sreLower, sreUpper)
}

// sreLower is Py_UNICODE_TOLOWER: the first character of the full
// lowercase mapping.
func sreLower(r rune) rune {
	if s, ok := fullLower[r]; ok {
		for _, c := range s {
			return c
		}
	}
	return unicode.ToLower(r)
}

// sreUpper is Py_UNICODE_TOUPPER: the first character of the full
// uppercase mapping.
func sreUpper(r rune) rune {
	if s, ok := fullUpper[r]; ok {
		for _, c := range s {
			return c
		}
	}
	return unicode.ToUpper(r)
}

func sreMatchOf(th *Thread, v Value, name string) (*SREMatch, error) {
	if m, ok := v.o.(*SREMatch); ok {
		return m, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor '%s' for 're.Match' objects doesn't apply to a '%s' object", name, v.Type().Name)
}

// getIndex resolves a group number or name (match_getindex).
func (th *Thread) sreGroupIndex(m *SREMatch, g Value) (int, error) {
	i := int64(-1)
	if _, ok, err := th.indexValue(g); err != nil {
		return 0, err
	} else if ok {
		n, err := th.sizeArg(g)
		if err != nil {
			if e, isE := err.(*Exception); isE && e.typ == OverflowErrorType {
				n = -1
			} else {
				return 0, err
			}
		}
		i = n
	} else if m.pattern.groupindex != nil {
		v, found, err := m.pattern.groupindex.Get(th, g)
		if err != nil {
			return 0, err
		}
		if found && (v.IsSmallInt() || isBigInt(v)) {
			if n, err := th.sizeArg(v); err == nil {
				i = n
			}
		}
	}
	if i < 0 || i > int64(m.pattern.groups) {
		return 0, Errorf(IndexErrorType, "no such group")
	}
	return int(i), nil
}

func isBigInt(v Value) bool {
	_, ok := v.o.(*BigInt)
	return ok
}

// groupValue returns group i of m, or dflt when it did not take part.
func (m *SREMatch) groupValue(i int, dflt Value) (Value, error) {
	a, b := m.regs[2*i], m.regs[2*i+1]
	if a < 0 {
		return dflt, nil
	}
	sub, err := sreSubjectOf(m.str)
	if err != nil {
		return Null, err
	}
	a, b = min(a, sub.length), min(b, sub.length)
	return sub.slice(a, b), nil
}

func (th *Thread) sreGroup(m *SREMatch, g Value) (Value, error) {
	i, err := th.sreGroupIndex(m, g)
	if err != nil {
		return Null, err
	}
	return m.groupValue(i, None)
}

func (th *Thread) sreSpanArg(m *SREMatch, args []Value, name string) (int, error) {
	if len(args) > 1 {
		return 0, Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 0 {
		return 0, nil
	}
	return th.sreGroupIndex(m, args[0])
}

func (th *Thread) sreMatchRepr(m *SREMatch) (string, error) {
	g, err := m.groupValue(0, None)
	if err != nil {
		return "", err
	}
	r, err := th.Repr(g)
	if err != nil {
		return "", err
	}
	if rs := []rune(r); len(rs) > 50 {
		r = string(rs[:50])
	}
	return "<re.Match object; span=(" + formatInt(int64(m.regs[0])) + ", " + formatInt(int64(m.regs[1])) + "), match=" + r + ">", nil
}

var sreFlagNames = []struct {
	name string
	flag int64
}{
	{"re.TEMPLATE", sreFlagTemplate},
	{"re.IGNORECASE", sreFlagIgnoreCase},
	{"re.LOCALE", sreFlagLocale},
	{"re.MULTILINE", sreFlagMultiline},
	{"re.DOTALL", sreFlagDotAll},
	{"re.UNICODE", sreFlagUnicode},
	{"re.VERBOSE", sreFlagVerbose},
	{"re.DEBUG", sreFlagDebug},
	{"re.ASCII", sreFlagASCII},
}

func (th *Thread) srePatternRepr(p *SREPattern) (string, error) {
	r, err := th.Repr(p.pattern)
	if err != nil {
		return "", err
	}
	if rs := []rune(r); len(rs) > 200 {
		r = string(rs[:200])
	}
	flags := p.flags
	if p.isBytes == 0 && flags&(sreFlagLocale|sreFlagUnicode|sreFlagASCII) == sreFlagUnicode {
		flags &^= sreFlagUnicode
	}
	var items []string
	for _, f := range sreFlagNames {
		if flags&f.flag != 0 {
			items = append(items, f.name)
			flags &^= f.flag
		}
	}
	if flags != 0 {
		items = append(items, "0x"+strconv.FormatInt(flags, 16))
	}
	if len(items) > 0 {
		return "re.compile(" + r + ", " + strings.Join(items, "|") + ")", nil
	}
	return "re.compile(" + r + ")", nil
}

func initSRETypes() {
	pt := newBuiltinType("Pattern", ObjectType)
	pt.final = true
	pt.Dict.SetStr("__module__", String("re"))
	mt := newBuiltinType("Match", ObjectType)
	mt.final = true
	mt.Dict.SetStr("__module__", String("re"))
	scT := newBuiltinType("SRE_Scanner", ObjectType)
	scT.final = true
	scT.Dict.SetStr("__module__", String("_sre"))
	SREPatternType, SREMatchType, SREScannerType = pt, mt, scT
	for _, t := range []*Type{pt, mt, scT} {
		full := typeFullName(t)
		t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Null, Errorf(TypeErrorType, "cannot create '%s' instances", full)
		}}))
	}
	initSREPattern(pt)
	initSREMatch(mt)
	initSREScanner(scT)
	classGetItem := func(th *Thread, cls Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "__class_getitem__ expected 1 argument")
		}
		return newGenericAlias(cls, args[0]), nil
	}
	for _, t := range []*Type{pt, mt} {
		t.Dict.SetStr("__class_getitem__", Obj(&ClassMethodDescriptor{Name: "__class_getitem__", Owner: t, Fn: classGetItem}))
	}
}

func initSREPattern(t *Type) {
	method(t, "match", sreMatchCall("match", false, false))
	method(t, "fullmatch", sreMatchCall("fullmatch", false, true))
	method(t, "search", sreMatchCall("search", true, false))
	method(t, "findall", sreFindall)
	method(t, "finditer", sreFinditer)
	method(t, "scanner", sreScannerCall)
	method(t, "split", sreSplit)
	method(t, "sub", sreSubCall("sub", false))
	method(t, "subn", sreSubCall("subn", true))
	method(t, "__copy__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := unpackArgs("__copy__", args, kw, 0, nil); err != nil {
			return Null, err
		}
		return self, nil
	})
	method(t, "__deepcopy__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var memo Value
		if err := unpackArgs("__deepcopy__", args, kw, 1, []string{"memo"}, &memo); err != nil {
			return Null, err
		}
		return self, nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := th.srePatternRepr(self.o.(*SREPattern))
		return String(r), err
	})
	method(t, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.srePatternEq(self, args[0], false)
	})
	method(t, "__ne__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.srePatternEq(self, args[0], true)
	})
	method(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		p := self.o.(*SREPattern)
		h, err := th.Hash(p.pattern)
		if err != nil {
			return Null, err
		}
		var hc int64 = 14695981039346656037 >> 1
		for _, c := range p.code {
			hc = (hc ^ int64(c)) * 1099511628211
		}
		h ^= hc ^ p.flags ^ int64(p.isBytes) ^ int64(len(p.code))
		if h == -1 {
			h = -2
		}
		return Int(h), nil
	})
	getset(t, "pattern", func(th *Thread, v Value) (Value, error) { return v.o.(*SREPattern).pattern, nil })
	getset(t, "flags", func(th *Thread, v Value) (Value, error) { return Int(v.o.(*SREPattern).flags), nil })
	getset(t, "groups", func(th *Thread, v Value) (Value, error) { return Int(int64(v.o.(*SREPattern).groups)), nil })
	getset(t, "groupindex", func(th *Thread, v Value) (Value, error) {
		p := v.o.(*SREPattern)
		if p.groupindex == nil {
			return Obj(NewDict()), nil
		}
		return Obj(&MappingProxy{d: p.groupindex}), nil
	})
}

func (th *Thread) srePatternEq(a, b Value, ne bool) (Value, error) {
	p, ok1 := a.o.(*SREPattern)
	q, ok2 := b.o.(*SREPattern)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	eq := p == q
	if !eq && p.flags == q.flags && p.isBytes == q.isBytes && len(p.code) == len(q.code) {
		eq = true
		for i := range p.code {
			if p.code[i] != q.code[i] {
				eq = false
				break
			}
		}
		if eq {
			var err error
			if eq, err = th.Equal(p.pattern, q.pattern); err != nil {
				return Null, err
			}
		}
	}
	return Bool(eq != ne), nil
}

func initSREMatch(t *Type) {
	mo := func(v Value) *SREMatch { return v.o.(*SREMatch) }
	method(t, "group", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := noKwargs("group", kw); err != nil {
			return Null, err
		}
		m := mo(self)
		switch len(args) {
		case 0:
			return m.groupValue(0, None)
		case 1:
			return th.sreGroup(m, args[0])
		}
		out := make([]Value, len(args))
		for i, g := range args {
			v, err := th.sreGroup(m, g)
			if err != nil {
				return Null, err
			}
			out[i] = v
		}
		return Obj(NewTuple(out)), nil
	})
	method(t, "__getitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return th.sreGroup(mo(self), args[0])
	})
	method(t, "groups", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		dflt := None
		var d Value
		if err := unpackArgs("groups", args, kw, 0, []string{"default"}, &d); err != nil {
			return Null, err
		}
		if d.o != nil {
			dflt = d
		}
		m := mo(self)
		out := make([]Value, m.pattern.groups)
		for i := range out {
			v, err := m.groupValue(i+1, dflt)
			if err != nil {
				return Null, err
			}
			out[i] = v
		}
		return Obj(NewTuple(out)), nil
	})
	method(t, "groupdict", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		dflt := None
		var d Value
		if err := unpackArgs("groupdict", args, kw, 0, []string{"default"}, &d); err != nil {
			return Null, err
		}
		if d.o != nil {
			dflt = d
		}
		m := mo(self)
		out := NewDict()
		if m.pattern.groupindex == nil {
			return Obj(out), nil
		}
		var err error
		m.pattern.groupindex.Items(func(k, _ Value) bool {
			var i int
			if i, err = th.sreGroupIndex(m, k); err != nil {
				return false
			}
			var v Value
			if v, err = m.groupValue(i, dflt); err != nil {
				return false
			}
			err = out.Set(th, k, v)
			return err == nil
		})
		if err != nil {
			return Null, err
		}
		return Obj(out), nil
	})
	for _, name := range []string{"start", "end", "span"} {
		name := name
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := noKwargs(name, kw); err != nil {
				return Null, err
			}
			m := mo(self)
			i, err := th.sreSpanArg(m, args, name)
			if err != nil {
				return Null, err
			}
			a, b := int64(m.regs[2*i]), int64(m.regs[2*i+1])
			switch name {
			case "start":
				return Int(a), nil
			case "end":
				return Int(b), nil
			}
			return Obj(NewTuple([]Value{Int(a), Int(b)})), nil
		})
	}
	method(t, "expand", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var tmpl Value
		if err := unpackArgs("expand", args, kw, 1, []string{"template"}, &tmpl); err != nil {
			return Null, err
		}
		re, err := th.importModule("re")
		if err != nil {
			return Null, err
		}
		f, err := th.GetAttr(re, intern("_expand"))
		if err != nil {
			return Null, err
		}
		return th.Call(f, []Value{Obj(mo(self).pattern), self, tmpl}, nil)
	})
	method(t, "__copy__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := unpackArgs("__copy__", args, kw, 0, nil); err != nil {
			return Null, err
		}
		return self, nil
	})
	method(t, "__deepcopy__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var memo Value
		if err := unpackArgs("__deepcopy__", args, kw, 1, []string{"memo"}, &memo); err != nil {
			return Null, err
		}
		return self, nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := th.sreMatchRepr(mo(self))
		return String(r), err
	})
	getset(t, "lastindex", func(th *Thread, v Value) (Value, error) {
		if i := mo(v).lastindex; i >= 0 {
			return Int(int64(i)), nil
		}
		return None, nil
	})
	getset(t, "lastgroup", func(th *Thread, v Value) (Value, error) {
		m := mo(v)
		if m.pattern.indexgroup != nil && m.lastindex >= 0 && m.lastindex < len(m.pattern.indexgroup.items) {
			return m.pattern.indexgroup.items[m.lastindex], nil
		}
		return None, nil
	})
	getset(t, "regs", func(th *Thread, v Value) (Value, error) {
		m := mo(v)
		out := make([]Value, m.pattern.groups+1)
		for i := range out {
			out[i] = Obj(NewTuple([]Value{Int(int64(m.regs[2*i])), Int(int64(m.regs[2*i+1]))}))
		}
		return Obj(NewTuple(out)), nil
	})
	getset(t, "string", func(th *Thread, v Value) (Value, error) { return mo(v).str, nil })
	getset(t, "re", func(th *Thread, v Value) (Value, error) { return Obj(mo(v).pattern), nil })
	getset(t, "pos", func(th *Thread, v Value) (Value, error) { return Int(int64(mo(v).pos)), nil })
	getset(t, "endpos", func(th *Thread, v Value) (Value, error) { return Int(int64(mo(v).endpos)), nil })
}

func initSREScanner(t *Type) {
	so := func(v Value) *SREScanner { return v.o.(*SREScanner) }
	method(t, "match", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := unpackArgs("match", args, kw, 0, nil); err != nil {
			return Null, err
		}
		return th.scannerStep(so(self), false)
	})
	method(t, "search", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := unpackArgs("search", args, kw, 0, nil); err != nil {
			return Null, err
		}
		return th.scannerStep(so(self), true)
	})
	getset(t, "pattern", func(th *Thread, v Value) (Value, error) { return Obj(so(v).pattern), nil })
}

// sreCompile is _sre.compile(pattern, flags, code, groups, groupindex,
// indexgroup).
func sreCompile(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var pat, flagsV, codeV, groupsV, gi, ig Value
	if err := unpackArgs("compile", args, kw, 6, []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, &pat, &flagsV, &codeV, &groupsV, &gi, &ig); err != nil {
		return Null, err
	}
	flags, err := th.cIntArg(flagsV)
	if err != nil {
		return Null, err
	}
	cl, ok := codeV.o.(*List)
	if !ok {
		return Null, Errorf(TypeErrorType, "compile() argument 'code' must be list, not %s", codeV.Type().Name)
	}
	groups, err := th.sizeArg(groupsV)
	if err != nil {
		return Null, err
	}
	gd, ok := unwrap(gi).o.(*Dict)
	if !ok {
		return Null, Errorf(TypeErrorType, "compile() argument 'groupindex' must be dict, not %s", gi.Type().Name)
	}
	igt, ok := unwrap(ig).o.(*Tuple)
	if !ok {
		return Null, Errorf(TypeErrorType, "compile() argument 'indexgroup' must be tuple, not %s", ig.Type().Name)
	}
	code := make([]uint32, len(cl.items))
	for i, c := range cl.items {
		n, ok := asBig(unwrap(c))
		if !ok {
			return Null, Errorf(TypeErrorType, "an integer is required")
		}
		if n.Sign() < 0 || n.BitLen() > 32 {
			return Null, Errorf(OverflowErrorType, "regular expression code size limit exceeded")
		}
		code[i] = uint32(n.Uint64())
	}
	if groups < 0 || groups > sre.MaxGroups {
		return Null, Errorf(RuntimeErrorType, "invalid SRE code")
	}
	p := &SREPattern{pattern: pat, flags: flags, code: code, groups: int(groups)}
	switch {
	case pat.IsNone():
		p.isBytes = -1
	default:
		sub, err := sreSubjectOf(pat)
		if err != nil {
			return Null, err
		}
		if sub.isBytes {
			p.isBytes = 1
		}
	}
	if gd.Len() > 0 {
		p.groupindex = gd
		p.indexgroup = igt
	}
	return Obj(p), nil
}

func sreCharArg(th *Thread, name string, args []Value, kw []string) (uint32, error) {
	var v Value
	if err := unpackArgs(name, args, kw, 1, []string{"character"}, &v); err != nil {
		return 0, err
	}
	n, err := th.cIntArg(v)
	return uint32(n), err
}

func makeSREModule(th *Thread) (*Module, error) {
	sreOnce.Do(func() {
		initSRETypes()
		attachArgSpecs([]*Type{SREPatternType, SREMatchType, SREScannerType})
	})
	charFn := func(name string, f func(uint32) Value) BuiltinFunc {
		return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			c, err := sreCharArg(th, name, args, kw)
			if err != nil {
				return Null, err
			}
			return f(c), nil
		}
	}
	m := newNativeModule("_sre", map[string]BuiltinFunc{
		"compile": sreCompile,
		"getcodesize": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Int(sre.CodeSize), nil
		},
		"ascii_iscased": charFn("ascii_iscased", func(c uint32) Value { return Bool(sre.IsCasedASCII(c)) }),
		"unicode_iscased": charFn("unicode_iscased", func(c uint32) Value {
			return Bool(sre.IsCasedUnicode(c))
		}),
		"ascii_tolower":   charFn("ascii_tolower", func(c uint32) Value { return Int(int64(sre.LowerASCII(c))) }),
		"unicode_tolower": charFn("unicode_tolower", func(c uint32) Value { return Int(int64(sre.LowerUnicode(c))) }),
	})
	m.Dict.SetStr("MAGIC", Int(sre.Magic))
	m.Dict.SetStr("CODESIZE", Int(sre.CodeSize))
	m.Dict.SetStr("MAXREPEAT", Int(sre.MaxRepeat))
	m.Dict.SetStr("MAXGROUPS", Int(sre.MaxGroups))
	m.Dict.SetStr("copyright", String(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
	return m, nil
}
