package code

import (
	"math/rand"
	"strings"
	"testing"
)

// TestReprSizes checks that StrReprSize and BytesReprSize, which size a
// repr before it is built, agree with the reprs themselves.
func TestReprSizes(t *testing.T) {
	samples := []string{"", "a", "'", "\"", "'\"", "\\", "\n\r\t", "\x00\x1f\x7f", "é", "\u00a0", "\u200b",
		"\U0001F600", "\U000E0001", "\xed\xa0\x80", "\xff", "x'y", "日本語"}
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "'", "\"", "\\", "\n", "\x01", "\x7f", "é", "\u0085", "\u2028", "\U0010FFFF", "\xed\xb0\x80", "\xfe", "€"}
	for i := 0; i < 500; i++ {
		var b strings.Builder
		for j := rng.Intn(12); j > 0; j-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		samples = append(samples, b.String())
	}
	for _, s := range samples {
		if got, want := StrReprSize(s), len(StrRepr(s)); got != want {
			t.Errorf("StrReprSize(%q) = %d, repr has %d bytes", s, got, want)
		}
		if got, want := BytesReprSize(s), len(BytesRepr(s)); got != want {
			t.Errorf("BytesReprSize(%q) = %d, repr has %d bytes", s, got, want)
		}
	}
}
