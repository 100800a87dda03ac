package ucd

import "testing"

func TestProperties(t *testing.T) {
	if got := Current.Category('A'); got != "Lu" {
		t.Errorf("Category(A) = %q", got)
	}
	// Added in Unicode 15.0: unassigned in 14.0.0.
	if got := Current.Category(0x11F00); got != "Cn" {
		t.Errorf("Category(U+11F00) = %q", got)
	}
	if d, ok := Current.Decimal(0x0663); !ok || d != 3 {
		t.Errorf("Decimal(U+0663) = %d, %v", d, ok)
	}
	if f, ok := Current.Numeric(0x2155); !ok || f != 0.2 {
		t.Errorf("Numeric(U+2155) = %v, %v", f, ok)
	}
	if got := Current.Decomposition(0x00BD); got != "<fraction> 0031 2044 0032" {
		t.Errorf("Decomposition(U+00BD) = %q", got)
	}
	if got := V320.Category(0x0221); got != "Cn" {
		t.Errorf("V320.Category(U+0221) = %q", got)
	}
}

func TestNames(t *testing.T) {
	for c, want := range map[rune]string{'A': "LATIN CAPITAL LETTER A", 0x4E00: "CJK UNIFIED IDEOGRAPH-4E00",
		0xAC00: "HANGUL SYLLABLE GA", 0xF900: "CJK COMPATIBILITY IDEOGRAPH-F900", 0: "", 0x11F00: ""} {
		if got := Name(c); got != want {
			t.Errorf("Name(%U) = %q, want %q", c, got, want)
		}
		if want == "" {
			continue
		}
		if r, ok := LookupName(want); !ok || r != c {
			t.Errorf("LookupName(%q) = %U, %v", want, r, ok)
		}
	}
	if r, ok := LookupName("byte order mark"); !ok || r != 0xFEFF {
		t.Errorf("alias: %U, %v", r, ok)
	}
	if _, ok := LookupName("KEYCAP DIGIT ONE"); ok {
		t.Errorf("a named sequence is not a character")
	}
	if s, ok := Current.Lookup("KEYCAP DIGIT ONE", true); !ok || s != "1\uFE0F\u20E3" {
		t.Errorf("named sequence: %q, %v", s, ok)
	}
}

func TestNormalize(t *testing.T) {
	for _, tt := range []struct{ form, in, want string }{
		{"NFC", "e\u0301", "\u00e9"},
		{"NFD", "\u00e9", "e\u0301"},
		{"NFKC", "\ufb01", "fi"},
		{"NFKD", "\u00bd", "1\u20442"},
		{"NFC", "\u1100\u1161\u11a8", "\uac01"},
		{"NFD", "\uac01", "\u1100\u1161\u11a8"},
		{"NFC", "a\u0323\u0302", "\u1ead"},
		{"NFD", "a\u0302\u0323", "a\u0323\u0302"},
	} {
		if got, err := Current.Normalize(tt.form, tt.in); err != nil || got != tt.want {
			t.Errorf("Normalize(%s, %+q) = %+q, %v; want %+q", tt.form, tt.in, got, err, tt.want)
		}
	}
	if _, err := Current.Normalize("NFX", "a"); err != ErrForm {
		t.Errorf("bad form: %v", err)
	}
}
