package vm

// The _sre module, as CPython 3.11's Modules/_sre/sre.c: compiled
// patterns (re.Pattern), match objects (re.Match) and scanners over str
// and bytes-like subjects. The engine is package sre; re/_compiler.py
// produces the code it runs.

import (
	"errors"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/pyjit/pyjit/vm/lib/sre"
)

// Flags of a compiled pattern, as re._constants.
const (
	sreFlagTemplate   = 1
	sreFlagIgnoreCase = 2
	sreFlagLocale     = 4
	sreFlagMultiline  = 8
	sreFlagDotAll     = 16
	sreFlagUnicode    = 32
	sreFlagVerbose    = 64
	sreFlagDebug      = 128
	sreFlagASCII      = 256
)

// SREPattern is a compiled regular expression (re.Pattern).
type SREPattern struct {
	pattern    Value // str, bytes or None
	flags      int64
	code       []uint32
	groups     int
	groupindex *Dict // nil when the pattern has no named groups
	indexgroup *Tuple
	isBytes    int // 1 bytes, 0 str, -1 no pattern
	spare      atomic.Pointer[sre.State]
}

// SREMatch is the result of a successful match (re.Match).
type SREMatch struct {
	pattern   *SREPattern
	str       Value
	regs      []int // start, end of each group, -1 when unset
	pos       int
	endpos    int
	lastindex int
}

// SREScanner iterates over the matches in a string (_sre.SRE_Scanner).
type SREScanner struct {
	pattern *SREPattern
	subject sreSubject
	state   *sre.State
	pos     int
	done    bool
	// pin holds a bytearray subject's buffer, as CPython's scanner does:
	// the array cannot change size until the scanner ends or is dropped.
	pin *MemoryView
}

// Type implements Object.
func (*SREPattern) Type() *Type { return SREPatternType }

// Type implements Object.
func (*SREMatch) Type() *Type { return SREMatchType }

// Type implements Object.
func (*SREScanner) Type() *Type { return SREScannerType }

// The _sre types.
var (
	SREPatternType *Type
	SREMatchType   *Type
	SREScannerType *Type
	sreOnce        sync.Once
)

// sreSubject is a str or bytes-like object being searched.
type sreSubject struct {
	obj     Value
	isBytes bool
	str     *Str
	ascii   bool
	b       []byte
	runes   []rune
	length  int
}

// sreSubjectOf reads v as CPython's getstring does.
func sreSubjectOf(v Value) (sreSubject, error) {
	if s, ok := unwrap(v).o.(*Str); ok {
		sub := sreSubject{obj: v, str: s}
		if s.isASCII() {
			sub.ascii = true
			sub.b = unsafe.Slice(unsafe.StringData(s.s), len(s.s))
			sub.length = len(s.s)
		} else {
			sub.runes = s.Runes()
			sub.length = len(sub.runes)
		}
		return sub, nil
	}
	if b, ok := bytesLike(v); ok {
		return sreSubject{obj: v, isBytes: true, b: b, length: len(b)}, nil
	}
	return sreSubject{}, Errorf(TypeErrorType, "expected string or bytes-like object, got '%s'", v.Type().Name)
}

// slice returns subject[i:j] as getslice: bytes for a bytes-like subject.
func (sub *sreSubject) slice(i, j int) Value {
	if sub.isBytes {
		if bo, ok := sub.obj.o.(*Bytes); ok && !bo.mutable && i == 0 && j == len(bo.b) {
			return sub.obj
		}
		return Obj(&Bytes{b: append([]byte{}, sub.b[i:j]...)})
	}
	if i == 0 && j == sub.length && sub.obj.Type() == StrType {
		return sub.obj
	}
	if sub.ascii {
		return String(sub.str.s[i:j])
	}
	return String(encodeRunes(sub.runes[i:j]))
}

func (sub *sreSubject) load(st *sre.State) {
	if sub.runes != nil {
		st.SetRunes(sub.runes)
	} else {
		st.SetBytes(sub.b)
	}
}

// checkSubject refuses a str subject for a bytes pattern and the reverse.
func (p *SREPattern) checkSubject(sub *sreSubject) error {
	if sub.isBytes && p.isBytes == 0 {
		return Errorf(TypeErrorType, "cannot use a string pattern on a bytes-like object")
	}
	if !sub.isBytes && p.isBytes > 0 {
		return Errorf(TypeErrorType, "cannot use a bytes pattern on a string-like object")
	}
	return nil
}

// newState prepares a state over sub from pos to endpos (state_init).
func (th *Thread) sreState(p *SREPattern, sub *sreSubject, pos, endpos int64) *sre.State {
	st := p.spare.Swap(nil)
	if st == nil {
		st = sre.NewState(p.code, p.groups)
	}
	st.Reset()
	sub.load(st)
	n := int64(sub.length)
	pos = max(0, min(pos, n))
	endpos = max(0, min(endpos, n))
	st.Start, st.Ptr, st.End = int(pos), int(pos), int(endpos)
	st.MatchAll, st.MustAdvance = false, false
	if th.srePoll == nil {
		th.srePoll = func() error { return th.poll(sre.PollInterval) }
	}
	st.Poll = th.srePoll
	return st
}

// release keeps st for the pattern's next call.
func (p *SREPattern) release(st *sre.State) {
	st.Poll = nil
	st.SetBytes(nil)
	p.spare.Store(st)
}

// sreRun runs a match or a search and converts engine errors.
func sreRun(st *sre.State, search bool) (bool, error) {
	st.Reset()
	var ok bool
	var err error
	if search {
		ok, err = st.Search()
	} else {
		ok, err = st.Match()
	}
	switch {
	case err == nil:
		return ok, nil
	case errors.Is(err, sre.ErrRecursionLimit):
		return false, Errorf(RecursionErrorType, "maximum recursion limit exceeded")
	case errors.Is(err, sre.ErrInvalidCode):
		return false, Errorf(RuntimeErrorType, "internal error in regular expression engine")
	}
	return false, err
}

// newMatch builds the match object of a successful match (pattern_new_match).
func (p *SREPattern) newMatch(st *sre.State, sub *sreSubject, pos, endpos int) *SREMatch {
	m := &SREMatch{pattern: p, str: sub.obj, regs: make([]int, 2*(p.groups+1)), lastindex: st.LastIndex}
	for g := 0; g <= p.groups; g++ {
		m.regs[2*g], m.regs[2*g+1] = st.Span(g)
	}
	m.pos, m.endpos = pos, endpos
	return m
}

// posArgs reads the pos and endpos arguments.
func (th *Thread) srePosArgs(posV, endV Value) (int64, int64, error) {
	pos, end := int64(0), int64(math.MaxInt64)
	var err error
	if posV.o != nil {
		if pos, err = th.sizeArg(posV); err != nil {
			return 0, 0, err
		}
	}
	if endV.o != nil {
		if end, err = th.sizeArg(endV); err != nil {
			return 0, 0, err
		}
	}
	return pos, end, nil
}

// sreMatchCall implements match, fullmatch and search.
func sreMatchCall(name string, search, all bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		p := self.o.(*SREPattern)
		var s, posV, endV Value
		if err := unpackArgs(name, args, kw, 1, []string{"string", "pos", "endpos"}, &s, &posV, &endV); err != nil {
			return Null, err
		}
		pos, end, err := th.srePosArgs(posV, endV)
		if err != nil {
			return Null, err
		}
		sub, err := sreSubjectOf(s)
		if err != nil {
			return Null, err
		}
		if err := p.checkSubject(&sub); err != nil {
			return Null, err
		}
		st := th.sreState(p, &sub, pos, end)
		defer p.release(st)
		st.MatchAll = all
		ok, err := sreRun(st, search)
		if err != nil || !ok {
			if err == nil {
				return None, nil
			}
			return Null, err
		}
		return Obj(p.newMatch(st, &sub, int(clampPos(pos, sub.length)), st.End)), nil
	}
}

func clampPos(pos int64, n int) int64 {
	return max(0, min(pos, int64(n)))
}

// groupSlice returns group g of the last match in st, or dflt when it did
// not take part (state_getslice).
func (sub *sreSubject) groupSlice(st *sre.State, g int, dflt Value) Value {
	a, b := st.Span(g)
	if a < 0 {
		return dflt
	}
	return sub.slice(a, b)
}

func sreFindall(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p := self.o.(*SREPattern)
	var s, posV, endV Value
	if err := unpackArgs("findall", args, kw, 1, []string{"string", "pos", "endpos"}, &s, &posV, &endV); err != nil {
		return Null, err
	}
	pos, end, err := th.srePosArgs(posV, endV)
	if err != nil {
		return Null, err
	}
	sub, err := sreSubjectOf(s)
	if err != nil {
		return Null, err
	}
	if err := p.checkSubject(&sub); err != nil {
		return Null, err
	}
	st := th.sreState(p, &sub, pos, end)
	defer p.release(st)
	var out []Value
	empty := sub.slice(0, 0)
	for st.Start <= st.End {
		st.Ptr = st.Start
		ok, err := sreRun(st, true)
		if err != nil {
			return Null, err
		}
		if !ok {
			break
		}
		var item Value
		switch p.groups {
		case 0:
			item = sub.slice(st.Start, st.Ptr)
		case 1:
			item = sub.groupSlice(st, 1, empty)
		default:
			items := make([]Value, p.groups)
			for i := range items {
				items[i] = sub.groupSlice(st, i+1, empty)
			}
			item = Obj(NewTuple(items))
		}
		if out, err = th.growValues(out, item); err != nil {
			return Null, err
		}
		st.MustAdvance = st.Ptr == st.Start
		st.Start = st.Ptr
	}
	return Obj(NewList(out)), nil
}

func sreSplit(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p := self.o.(*SREPattern)
	var s, maxV Value
	if err := unpackArgs("split", args, kw, 1, []string{"string", "maxsplit"}, &s, &maxV); err != nil {
		return Null, err
	}
	maxsplit := int64(0)
	if maxV.o != nil {
		var err error
		if maxsplit, err = th.sizeArg(maxV); err != nil {
			return Null, err
		}
	}
	sub, err := sreSubjectOf(s)
	if err != nil {
		return Null, err
	}
	if err := p.checkSubject(&sub); err != nil {
		return Null, err
	}
	st := th.sreState(p, &sub, 0, math.MaxInt64)
	defer p.release(st)
	var out []Value
	last := st.Start
	for n := int64(0); maxsplit == 0 || n < maxsplit; n++ {
		st.Ptr = st.Start
		ok, err := sreRun(st, true)
		if err != nil {
			return Null, err
		}
		if !ok {
			break
		}
		if out, err = th.growValues(out, sub.slice(last, st.Start)); err != nil {
			return Null, err
		}
		for i := 0; i < p.groups; i++ {
			out = append(out, sub.groupSlice(st, i+1, None))
		}
		st.MustAdvance = st.Ptr == st.Start
		last = st.Ptr
		st.Start = st.Ptr
	}
	out = append(out, sub.slice(last, sub.length))
	return Obj(NewList(out)), nil
}

// sreFilter decides what sub puts in place of each match: a callable, or a
// literal string (pattern_subx).
func (th *Thread) sreFilter(p *SREPattern, repl Value) (Value, bool, error) {
	if th.callable(repl) {
		return repl, true, nil
	}
	literal := false
	if rs, err := sreSubjectOf(repl); err == nil {
		if rs.isBytes {
			literal = !strings.Contains(string(rs.b), "\\")
		} else {
			literal = !strings.Contains(rs.str.s, "\\")
		}
	}
	if literal {
		return repl, false, nil
	}
	re, err := th.importModule("re")
	if err != nil {
		return Null, false, err
	}
	subx, err := th.GetAttr(re, intern("_subx"))
	if err != nil {
		return Null, false, err
	}
	f, err := th.Call(subx, []Value{Obj(p), repl}, nil)
	if err != nil {
		return Null, false, err
	}
	return f, th.callable(f), nil
}

func sreSubCall(name string, withCount bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		p := self.o.(*SREPattern)
		var repl, s, countV Value
		if err := unpackArgs(name, args, kw, 2, []string{"repl", "string", "count"}, &repl, &s, &countV); err != nil {
			return Null, err
		}
		count := int64(0)
		if countV.o != nil {
			var err error
			if count, err = th.sizeArg(countV); err != nil {
				return Null, err
			}
		}
		filter, isCallable, err := th.sreFilter(p, repl)
		if err != nil {
			return Null, err
		}
		sub, err := sreSubjectOf(s)
		if err != nil {
			return Null, err
		}
		if err := p.checkSubject(&sub); err != nil {
			return Null, err
		}
		st := th.sreState(p, &sub, 0, math.MaxInt64)
		released := false
		defer func() {
			if !released {
				p.release(st)
			}
		}()
		var out []Value
		i, n := 0, int64(0)
		for count == 0 || n < count {
			st.Ptr = st.Start
			ok, err := sreRun(st, true)
			if err != nil {
				return Null, err
			}
			if !ok {
				break
			}
			b, e := st.Start, st.Ptr
			if i < b {
				if out, err = th.growValues(out, sub.slice(i, b)); err != nil {
					return Null, err
				}
			}
			item := filter
			if isCallable {
				m := p.newMatch(st, &sub, 0, st.End)
				if item, err = th.Call(filter, []Value{Obj(m)}, nil); err != nil {
					return Null, err
				}
			}
			if !item.IsNone() {
				if out, err = th.growValues(out, item); err != nil {
					return Null, err
				}
			}
			i = e
			n++
			st.MustAdvance = st.Ptr == st.Start
			st.Start = st.Ptr
		}
		if i < st.End {
			out = append(out, sub.slice(i, st.End))
		}
		released = true
		p.release(st)
		joiner := sub.slice(0, 0)
		var res Value
		if len(out) == 0 {
			res = joiner
		} else {
			res, err = th.callMethod(joiner, "join", Obj(NewList(out)))
			if err != nil {
				return Null, err
			}
		}
		if withCount {
			return Obj(NewTuple([]Value{res, Int(n)})), nil
		}
		return res, nil
	}
}

func (th *Thread) callMethod(obj Value, name string, args ...Value) (Value, error) {
	f, err := th.GetAttr(obj, intern(name))
	if err != nil {
		return Null, err
	}
	return th.Call(f, args, nil)
}

func sreScannerCall(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p := self.o.(*SREPattern)
	var s, posV, endV Value
	if err := unpackArgs("scanner", args, kw, 1, []string{"string", "pos", "endpos"}, &s, &posV, &endV); err != nil {
		return Null, err
	}
	return th.newScanner(p, s, posV, endV)
}

func (th *Thread) newScanner(p *SREPattern, s, posV, endV Value) (Value, error) {
	pos, end, err := th.srePosArgs(posV, endV)
	if err != nil {
		return Null, err
	}
	sub, err := sreSubjectOf(s)
	if err != nil {
		return Null, err
	}
	if err := p.checkSubject(&sub); err != nil {
		return Null, err
	}
	st := sre.NewState(p.code, p.groups)
	sub.load(st)
	n := int64(sub.length)
	st.Start, st.End = int(max(0, min(pos, n))), int(max(0, min(end, n)))
	return Obj(&SREScanner{pattern: p, subject: sub, state: st, pos: st.Start, pin: pinBuffer(s)}), nil
}

func sreFinditer(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p := self.o.(*SREPattern)
	var s, posV, endV Value
	if err := unpackArgs("finditer", args, kw, 1, []string{"string", "pos", "endpos"}, &s, &posV, &endV); err != nil {
		return Null, err
	}
	sc, err := th.newScanner(p, s, posV, endV)
	if err != nil {
		return Null, err
	}
	search, err := th.GetAttr(sc, intern("search"))
	if err != nil {
		return Null, err
	}
	return Obj(&callIter{fn: search, sentinel: None}), nil
}

// pinBuffer exports the buffer of v when it is a bytearray (or a view of
// one), so that the array cannot change size while the returned view is
// alive and not released; it returns nil for other objects.
func pinBuffer(v Value) *MemoryView {
	var src *Bytes
	switch o := bufferObject(v).o.(type) {
	case *Bytes:
		src = o
	case *MemoryView:
		src = o.src
	}
	if src == nil || !src.mutable {
		return nil
	}
	m := newByteView(src, v, len(src.b))
	src.export(m)
	return m
}

// scannerStep runs the scanner's next match or search.
func (th *Thread) scannerStep(sc *SREScanner, search bool) (Value, error) {
	if sc.done {
		return None, nil
	}
	st := sc.state
	st.Ptr = st.Start
	st.Poll = func() error { return th.poll(sre.PollInterval) }
	ok, err := sreRun(st, search)
	st.Poll = nil
	if err != nil {
		return Null, err
	}
	if !ok {
		sc.done = true
		if sc.pin != nil {
			sc.pin.released = true
		}
		return None, nil
	}
	m := sc.pattern.newMatch(st, &sc.subject, sc.pos, st.End)
	st.MustAdvance = st.Ptr == st.Start
	st.Start = st.Ptr
	return Obj(m), nil
}
