package sre

import "errors"

// PollInterval is the number of engine steps between calls of State.Poll.
const PollInterval = 4096

// ErrInvalidCode reports code that does not follow the format the engine
// executes (CPython raises RuntimeError for it).
var ErrInvalidCode = errors.New("internal error in regular expression engine")

// ErrRecursionLimit reports a match whose backtracking state outgrew
// State.MaxDepth.
var ErrRecursionLimit = errors.New("maximum recursion limit exceeded")

// State is the matching state of one pattern over one subject, as
// CPython's SRE_STATE: the caller sets Start, End, MatchAll and
// MustAdvance, calls Match or Search, and reads Start, Ptr, Marks,
// LastMark and LastIndex. A State is not safe for concurrent use.
type State struct {
	code   []uint32
	groups int

	// Poll, when set, is called every PollInterval steps; a non-nil
	// error stops the match and is returned.
	Poll func() error
	// MaxDepth bounds the number of backtracking frames (0: unbounded).
	MaxDepth int

	// Start is where matching starts (and, after success, where the
	// match starts); Ptr is where the match ended; End is the end of
	// the subject as the pattern sees it.
	Start, Ptr, End int
	// MatchAll requires the match to end at End (fullmatch).
	MatchAll bool
	// MustAdvance forbids an empty match at Start.
	MustAdvance bool
	// Marks holds the group boundaries: Marks[2g] and Marks[2g+1] are
	// the start and end of group g+1; -1 when unset. Entries above
	// LastMark are stale.
	Marks     []int
	LastMark  int
	LastIndex int

	b      []byte
	r      []rune
	isRune bool
	length int

	frames []frame
	data   []int
	repeat *repeat
	// spareReps are repeat contexts freed for reuse (newRepeat).
	spareReps []*repeat
	steps     uint
	// table caches the byte membership of the set at code[tablePC:].
	table   *[256]bool
	tablePC int
	// first caches firstBytes of the code from firstPC.
	first     *[256]bool
	firstPC   int
	firstDone bool
}

type repeat struct {
	count   int
	pc      int
	lastPtr int
	prev    *repeat
}

type frame struct {
	pc        int
	ptr       int
	count     int
	chr       uint32
	rep       *repeat
	lastmark  int
	lastindex int
	toplevel  bool
	jump      uint8
}

// NewState returns a state for code with the given number of capturing
// groups.
func NewState(code []uint32, groups int) *State {
	st := &State{code: code, groups: groups, LastMark: -1, LastIndex: -1}
	st.Marks = make([]int, 2*groups+2)
	return st
}

// SetBytes makes b the subject (its positions are byte offsets).
func (st *State) SetBytes(b []byte) {
	st.b, st.r, st.isRune, st.length = b, nil, false, len(b)
}

// SetRunes makes r the subject.
func (st *State) SetRunes(r []rune) {
	st.b, st.r, st.isRune, st.length = nil, r, true, len(r)
}

// Len is the length of the subject.
func (st *State) Len() int { return st.length }

// Reset forgets the groups and backtracking state of a previous match
// (state_reset).
func (st *State) Reset() {
	st.LastMark, st.LastIndex = -1, -1
	st.repeat = nil
	st.frames = st.frames[:0]
	st.data = st.data[:0]
}

// Span returns the span of group g (0 for the whole match) after a
// successful match, or -1, -1 when the group did not take part.
func (st *State) Span(g int) (int, int) {
	if g == 0 {
		return st.Start, st.Ptr
	}
	j := 2 * (g - 1)
	if j+1 <= st.LastMark && st.Marks[j] >= 0 && st.Marks[j+1] >= 0 {
		return st.Marks[j], st.Marks[j+1]
	}
	return -1, -1
}

// Match tries the pattern at Start (sre_match).
func (st *State) Match() (ok bool, err error) {
	defer st.recoverInvalid(&err)
	st.Ptr = st.Start
	if st.isRune {
		m := matcher[rune]{st, st.r}
		return m.match(0, true)
	}
	m := matcher[byte]{st, st.b}
	return m.match(0, true)
}

// Search finds the first match at or after Start (sre_search).
func (st *State) Search() (ok bool, err error) {
	defer st.recoverInvalid(&err)
	if st.isRune {
		m := matcher[rune]{st, st.r}
		return m.search()
	}
	m := matcher[byte]{st, st.b}
	return m.search()
}

func (st *State) recoverInvalid(err *error) {
	if r := recover(); r != nil {
		if _, ok := r.(interface{ RuntimeError() }); !ok {
			panic(r)
		}
		*err = ErrInvalidCode
	}
}

func (st *State) markPush(lastmark int) {
	if lastmark >= 0 {
		st.data = append(st.data, st.Marks[:lastmark+1]...)
	}
}

func (st *State) markPop(lastmark int) {
	if lastmark >= 0 {
		n := len(st.data) - (lastmark + 1)
		copy(st.Marks, st.data[n:])
		st.data = st.data[:n]
	}
}

func (st *State) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		n := len(st.data) - (lastmark + 1)
		copy(st.Marks, st.data[n:])
	}
}

func (st *State) markPopDiscard(lastmark int) {
	if lastmark >= 0 {
		st.data = st.data[:len(st.data)-(lastmark+1)]
	}
}

func (st *State) poll() error {
	if st.Poll != nil {
		return st.Poll()
	}
	return nil
}
