package main

import (
	"regexp"
	"sort"
	"strings"
)

// harness is the head of every generated program: _r compiles and runs
// one case (so that a case the compiler rejects fails alone) and prints one
// line, "ID OK REPR" or "ID EXC TYPE". Lines are flushed one by
// one so that the output of a program that crashes ends at the case that
// crashed it. Results whose repr differs between implementations for good
// reasons (hashes, ids, sizes, namespaces) are shown by type only.
const harness = `import sys
def _show(v):
    if isinstance(v, (set, frozenset)):
        return type(v).__name__ + '{' + ', '.join(sorted(repr(x) for x in v)) + '}'
    return repr(v)
def _r(i, src, typeonly=False):
    try:
        v = eval('lambda: ' + src)()
        if typeonly:
            s = '<' + type(v).__name__ + '>'
        else:
            try:
                s = _show(v)
            except BaseException as e:
                s = '<repr raised ' + type(e).__name__ + '>'
        if len(s) > 120:
            s = s[:120] + '...'
        s = 'OK ' + s
    except BaseException as e:
        s = 'EXC ' + type(e).__name__
    print(i, s, flush=True)
`

// helpers are the classes and values that cases may use, by name. A
// program includes only those its cases mention (and those they mention).
var helpers = map[string]string{
	"_Boom": `class _Boom(Exception): pass`,
	"_Plain": `class _Plain:
    pass`,
	"_Sub": `class _Sub(_Plain):
    def method(self): return 1`,
	"_EqRaise": `class _EqRaise:
    def __eq__(self, o): raise _Boom
    def __ne__(self, o): raise _Boom
    def __lt__(self, o): raise _Boom
    __hash__ = object.__hash__`,
	"_EqWrong": `class _EqWrong:
    def __eq__(self, o): return 'yes'
    def __lt__(self, o): return None
    def __gt__(self, o): return NotImplemented
    def __hash__(self): return 7`,
	"_EqRecurse": `class _EqRecurse:
    def __eq__(self, o): return self == o
    def __lt__(self, o): return self < o
    def __hash__(self): return 3`,
	"_HashRaise": `class _HashRaise:
    def __hash__(self): raise _Boom`,
	"_HashWrong": `class _HashWrong:
    def __hash__(self): return 'h'`,
	"_HashBig": `class _HashBig:
    def __hash__(self): return 2**100
    def __eq__(self, o): return isinstance(o, _HashBig)`,
	"_IndexRaise": `class _IndexRaise:
    def __index__(self): raise _Boom`,
	"_IndexWrong": `class _IndexWrong:
    def __index__(self): return 1.5`,
	"_IndexBig": `class _IndexBig:
    def __index__(self): return 2**64`,
	"_IndexNeg": `class _IndexNeg:
    def __index__(self): return -1`,
	"_IndexBool": `class _IndexBool:
    def __index__(self): return True`,
	"_IndexRecurse": `class _IndexRecurse:
    def __index__(self): return self.__index__()`,
	"_IntSub": `class _IntSub(int):
    def __index__(self): raise _Boom
    def __eq__(self, o): raise _Boom
    __hash__ = int.__hash__`,
	"_ComplexSub": `class _ComplexSub(complex):
    def __eq__(self, o): raise _Boom
    __hash__ = complex.__hash__`,
	"_StrSub": `class _StrSub(str):
    def __eq__(self, o): return True
    def __hash__(self): return 1
    def __len__(self): return -5`,
	"_LenRaise": `class _LenRaise:
    def __len__(self): raise _Boom
    def __getitem__(self, i): raise IndexError`,
	"_LenNeg": `class _LenNeg:
    def __len__(self): return -1`,
	"_LenHuge": `class _LenHuge:
    def __len__(self): return 2**63`,
	"_LenWrong": `class _LenWrong:
    def __len__(self): return 'many'`,
	"_IterRaise": `class _IterRaise:
    def __iter__(self): raise _Boom`,
	"_IterWrong": `class _IterWrong:
    def __iter__(self): return 5`,
	"_IterBroken": `class _IterBroken:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise _Boom
        return self.n`,
	"_IterSelf": `class _IterSelf:
    def __iter__(self): return iter([self, self])`,
	"_GetItemSeq": `class _GetItemSeq:
    def __getitem__(self, i):
        if i > 3: raise IndexError(i)
        return i * 2`,
	"_ReprRaise": `class _ReprRaise:
    def __repr__(self): raise _Boom`,
	"_ReprWrong": `class _ReprWrong:
    def __repr__(self): return 5
    __str__ = __repr__`,
	"_ReprRecurse": `class _ReprRecurse:
    def __repr__(self): return repr(self)`,
	"_GetattrRaise": `class _GetattrRaise:
    def __getattr__(self, name): raise _Boom(name)
    def __getattribute__(self, name):
        if name.startswith('__') and name != '__class__': raise _Boom(name)
        return object.__getattribute__(self, name)`,
	"_GetattrRecurse": `class _GetattrRecurse:
    def __getattr__(self, name): return getattr(self, name + 'x')`,
	"_BoolRaise": `class _BoolRaise:
    def __bool__(self): raise _Boom`,
	"_BoolWrong": `class _BoolWrong:
    def __bool__(self): return 2
    def __len__(self): return 1`,
	"_FloatRaise": `class _FloatRaise:
    def __float__(self): raise _Boom
    def __int__(self): raise _Boom
    def __complex__(self): raise _Boom`,
	"_FloatWrong": `class _FloatWrong:
    def __float__(self): return 'f'
    def __int__(self): return 1.5
    def __index__(self): return 'i'`,
	"_OpsAll": `class _OpsAll:
    def _b(self, *a): raise _Boom
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _b
    __truediv__ = __floordiv__ = __mod__ = __pow__ = __lshift__ = _b
    __and__ = __or__ = __xor__ = __matmul__ = __neg__ = __invert__ = _b
    __getitem__ = __contains__ = __lt__ = __gt__ = _b`,
	"_OpsWrong": `class _OpsWrong:
    def _n(self, *a): return NotImplemented
    __add__ = __radd__ = __mul__ = __rmul__ = __eq__ = __lt__ = _n
    __getitem__ = __len__ = __iter__ = _n
    __hash__ = object.__hash__`,
	"_Mut": `class _Mut:
    # Every comparison, hash, index or length query empties the container
    # it was built with (when it can be emptied), then answers.
    def __init__(self, r): self.r = r
    def _clear(self):
        c = getattr(self.r, 'clear', None)
        if c is not None: c()
    def __eq__(self, o): self._clear(); return False
    def __lt__(self, o): self._clear(); return True
    def __gt__(self, o): self._clear(); return False
    def __hash__(self): self._clear(); return 1
    def __index__(self): self._clear(); return 0
    def __len__(self): self._clear(); return 1
    def __iter__(self): self._clear(); return iter([1, 2])
    def __bool__(self): self._clear(); return True
    def __call__(self, *a): self._clear(); return 0
    def __repr__(self): self._clear(); return '_Mut'`,
	"_MutAppend": `class _MutAppend:
    # Grows the container on comparison (bounded).
    def __init__(self, r): self.r = r; self.n = 0
    def __eq__(self, o):
        self.n += 1
        if self.n < 50 and hasattr(self.r, 'append'): self.r.append(self.n)
        return False
    def __lt__(self, o): return self.__eq__(o)
    def __hash__(self): return 2`,
	"_DelRaise": `class _DelRaise:
    def __del__(self): raise _Boom`,
	"_DelRecurse": `class _DelRecurse:
    def __del__(self):
        def f(n): return f(n + 1)
        f(0)`,
	"_DelCollect": `class _DelCollect:
    # Finalizing runs a collection, which may finalize others.
    def __del__(self): __import__('gc').collect()`,
	"_DelResurrect": `class _DelResurrect:
    kept = []
    def __del__(self): _DelResurrect.kept.append(self)`,
	"_GenFinally": `def _GenFinally():
    # A started generator that raises when closed.
    def g():
        try:
            yield 1
        finally:
            raise _Boom
    x = g()
    next(x)
    return x`,
	"_selfref":  `_selfref = lambda: (lambda l: (l.append(l), l)[1])([1])`,
	"_selfdict": `_selfdict = lambda: (lambda d: (d.__setitem__('me', d), d)[1])({})`,
	"_deep":     `_deep = lambda: (lambda: [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]])()`,
}

// helperDeps are the helpers each helper needs.
var helperDeps = map[string][]string{
	"_Sub":          {"_Plain"},
	"_EqRaise":      {"_Boom"},
	"_HashRaise":    {"_Boom"},
	"_IndexRaise":   {"_Boom"},
	"_IntSub":       {"_Boom"},
	"_ComplexSub":   {"_Boom"},
	"_LenRaise":     {"_Boom"},
	"_IterRaise":    {"_Boom"},
	"_IterBroken":   {"_Boom"},
	"_ReprRaise":    {"_Boom"},
	"_GetattrRaise": {"_Boom"},
	"_BoolRaise":    {"_Boom"},
	"_FloatRaise":   {"_Boom"},
	"_OpsAll":       {"_Boom"},
	"_DelRaise":     {"_Boom"},
	"_GenFinally":   {"_Boom"},
}

var helperRef = regexp.MustCompile(`\b_[A-Za-z]\w*`)

// helpersFor returns the source of the helpers that the given Python text
// mentions, dependencies first, in a stable order.
func helpersFor(text string) string {
	need := map[string]bool{}
	var add func(string)
	add = func(n string) {
		if need[n] {
			return
		}
		if _, ok := helpers[n]; !ok {
			return
		}
		need[n] = true
		for _, d := range helperDeps[n] {
			add(d)
		}
	}
	for _, m := range helperRef.FindAllString(text, -1) {
		add(m)
	}
	var names []string
	for n := range need {
		names = append(names, n)
	}
	// Dependencies (_Boom, _Plain) sort before their users with this key.
	sort.Slice(names, func(i, j int) bool {
		di, dj := len(helperDeps[names[i]]) > 0, len(helperDeps[names[j]]) > 0
		if di != dj {
			return !di
		}
		return names[i] < names[j]
	})
	var b strings.Builder
	for _, n := range names {
		b.WriteString(helpers[n])
		b.WriteString("\n")
	}
	return b.String()
}
