package sre

import (
	"errors"
	"strings"
	"testing"
)

func searchAll(code []uint32, groups int, subject string) ([]int, error) {
	st := NewState(code, groups)
	st.SetRunes([]rune(subject))
	st.Start, st.End = 0, st.Len()
	ok, err := st.Search()
	if err != nil || !ok {
		return nil, err
	}
	out := make([]int, 0, 2*(groups+1))
	for g := 0; g <= groups; g++ {
		a, b := st.Span(g)
		out = append(out, a, b)
	}
	return out, nil
}

func TestCompiledCases(t *testing.T) {
	for _, c := range compiledCases {
		got, err := searchAll(c.code, c.groups, c.subject)
		if err != nil {
			t.Fatalf("%q: %v", c.pattern, err)
		}
		if len(got) != len(c.want) || (c.want == nil) != (got == nil) {
			t.Errorf("%q on %q: got %v, want %v", c.pattern, c.subject, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q on %q: got %v, want %v", c.pattern, c.subject, got, c.want)
				break
			}
		}
	}
}

func TestPollStops(t *testing.T) {
	// (a|b)*c over a long run of a's backtracks at length n.
	var code []uint32
	for _, c := range compiledCases {
		if c.pattern == "(a|b)*c" {
			code = c.code
		}
	}
	stop := errors.New("stop")
	st := NewState(code, 1)
	st.SetBytes([]byte(strings.Repeat("a", 200000)))
	st.Start, st.End = 0, st.Len()
	calls := 0
	st.Poll = func() error {
		calls++
		if calls > 3 {
			return stop
		}
		return nil
	}
	if _, err := st.Search(); err != stop {
		t.Fatalf("got %v, want the poll's error", err)
	}
}

func TestDeepNestingNoGoRecursion(t *testing.T) {
	// A long match of a repeated group keeps its backtracking state in
	// slices: 10^6 iterations must not overflow the Go stack.
	var code []uint32
	for _, c := range compiledCases {
		if c.pattern == "(a|b)*c" {
			code = c.code
		}
	}
	s := strings.Repeat("ab", 500000) + "c"
	st := NewState(code, 1)
	st.SetBytes([]byte(s))
	st.Start, st.End = 0, st.Len()
	ok, err := st.Match()
	if err != nil || !ok || st.Ptr != len(s) {
		t.Fatalf("ok=%v err=%v ptr=%d", ok, err, st.Ptr)
	}
}

func TestInvalidCode(t *testing.T) {
	st := NewState([]uint32{opLiteral}, 0)
	st.SetBytes([]byte("a"))
	st.Start, st.End = 0, 1
	if _, err := st.Match(); err != ErrInvalidCode {
		t.Fatalf("got %v", err)
	}
}

func benchSearch(b *testing.B, pattern string, subject []byte) {
	var c = compiledCases[0]
	for _, x := range compiledCases {
		if x.pattern == pattern {
			c = x
		}
	}
	st := NewState(c.code, c.groups)
	st.SetBytes(subject)
	b.SetBytes(int64(len(subject)))
	for i := 0; i < b.N; i++ {
		st.Reset()
		st.Start, st.End = 0, len(subject)
		if _, err := st.Search(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLiteralMiss(b *testing.B) {
	benchSearch(b, "q", []byte(strings.Repeat("abcdefghij", 100000)))
}

func BenchmarkCharsetMiss(b *testing.B) {
	benchSearch(b, "[aeiou]", []byte(strings.Repeat("bcdfghjklm", 100000)))
}

func BenchmarkPrefixMiss(b *testing.B) {
	benchSearch(b, "xyzzy", []byte(strings.Repeat("abcdefghix", 100000)))
}
