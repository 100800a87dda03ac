package sre

import (
	"slices"
	"testing"
)

func codeOf(t *testing.T, pattern string) []uint32 {
	t.Helper()
	for _, c := range compiledCases {
		if c.pattern == pattern {
			return c.code
		}
	}
	t.Fatalf("no compiled case %q", pattern)
	return nil
}

// afterInfo is the pc of the first item after the INFO block.
func afterInfo(code []uint32) int {
	if code[0] == opInfo {
		return 1 + int(code[1])
	}
	return 0
}

func TestFirstBytes(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    string // the bytes a match can start with; "" for no set
	}{
		{"(a+)+b", "a"},
		{"(?:x(y)?)+", "x"},
		{"(?:a|b)+?c", "ab"},
		{"(?i)hello\\s+(\\w+)", "Hh"},
		{"\\d{3}-\\d{4}", "0123456789"},
		{"(a|b)*c", "abc"},  // the repeat may be empty: then c starts the match
		{"x*", ""},          // may match the empty string
		{"(?s).+", ""},      // any byte
		{"(?<=ab)c", "c"},   // an assertion is zero width
		{"(\\w)\\1", ""},    // INFO's charset already serves; the group is transparent
		{"(?>a|ab)c", ""},   // atomic group
		{"a{2,3}?", "a"},    // a minimal repeat of at least one
		{"[^\\d\\s]+", "!"}, // checked below: no digits nor spaces, but letters
	} {
		code := codeOf(t, tc.pattern)
		got := firstBytes(code, afterInfo(code))
		switch {
		case tc.pattern == "[^\\d\\s]+":
			if got == nil || got['1'] || got[' '] || !got['a'] || !got['!'] {
				t.Errorf("%q: first bytes wrong", tc.pattern)
			}
		case tc.pattern == "(\\w)\\1":
			if got == nil || !got['a'] || got['-'] {
				t.Errorf("%q: first bytes wrong", tc.pattern)
			}
		case tc.want == "":
			if got != nil {
				t.Errorf("%q: got a set, want none", tc.pattern)
			}
		default:
			var bytes []byte
			if got != nil {
				for b, in := range got {
					if in {
						bytes = append(bytes, byte(b))
					}
				}
			}
			if !slices.Equal(bytes, []byte(tc.want)) {
				t.Errorf("%q: got %q, want %q", tc.pattern, bytes, tc.want)
			}
		}
	}
}

// TestCompiledCasesBytes searches the compiled cases, padded, in byte
// subjects, where the search skips the positions no match can start at,
// and in rune subjects, where it does not: the two must agree.
func TestCompiledCasesBytes(t *testing.T) {
	for _, c := range compiledCases {
		latin1 := true
		for _, x := range c.subject {
			if x > 0xff {
				latin1 = false
			}
		}
		if !latin1 {
			continue
		}
		for _, pad := range []string{"", "-", "--------------------------------", "\n \n"} {
			subject := []rune(pad + c.subject + pad)
			b := make([]byte, len(subject))
			for i, x := range subject {
				b[i] = byte(x)
			}
			want, err := searchAll(c.code, c.groups, string(subject))
			if err != nil {
				t.Fatalf("%q: %v", c.pattern, err)
			}
			st := NewState(c.code, c.groups)
			st.SetBytes(b)
			st.Start, st.End = 0, st.Len()
			ok, err := st.Search()
			if err != nil {
				t.Fatalf("%q: %v", c.pattern, err)
			}
			var got []int
			if ok {
				for g := 0; g <= c.groups; g++ {
					a, e := st.Span(g)
					got = append(got, a, e)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q on %q: bytes give %v, runes %v", c.pattern, subject, got, want)
			}
		}
	}
}
