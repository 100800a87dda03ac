package codecs

import (
	"bytes"
	"errors"
	"testing"
)

func mustLookup(t *testing.T, name string) *Codec {
	t.Helper()
	c, err := Lookup(name)
	if err != nil {
		t.Fatalf("Lookup(%q): %v", name, err)
	}
	return c
}

func TestLookupNames(t *testing.T) {
	for name, want := range map[string]string{
		"utf8": "utf-8", "UTF-8": "utf-8", "U8": "utf-8", "latin1": "iso8859-1", "Latin-1": "iso8859-1",
		"iso-8859-15": "iso8859-15", "cp1252": "cp1252", "windows-1252": "cp1252", "US-ASCII": "ascii",
		"utf_16_le": "utf-16-le", "unicode_escape": "unicode-escape", "mac-roman": "mac-roman",
	} {
		if got := mustLookup(t, name).Name; got != want {
			t.Errorf("Lookup(%q).Name = %q, want %q", name, got, want)
		}
	}
	_, err := Lookup("xyz")
	var le *LookupError
	if !errors.As(err, &le) || le.Error() != "unknown encoding: xyz" {
		t.Errorf("Lookup(xyz) error = %v", err)
	}
}

func TestEncode(t *testing.T) {
	tests := []struct {
		enc, errors string
		in          []rune
		want        string
		err         string
	}{
		{"ascii", "strict", []rune("abc"), "abc", ""},
		{"ascii", "strict", []rune("é"), "", `'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)`},
		{"ascii", "strict", []rune("aéé"), "", `'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)`},
		{"ascii", "replace", []rune("aéb"), "a?b", ""},
		{"ascii", "backslashreplace", []rune("é€😀"), `\xe9\u20ac\U0001f600`, ""},
		{"ascii", "xmlcharrefreplace", []rune("é"), "&#233;", ""},
		{"ascii", "namereplace", []rune("é"), `\N{LATIN SMALL LETTER E WITH ACUTE}`, ""},
		{"latin-1", "strict", []rune("é"), "\xe9", ""},
		{"cp1252", "strict", []rune("€"), "\x80", ""},
		{"utf-8", "strict", []rune{0xD800}, "", `'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed`},
		{"utf-8", "surrogatepass", []rune{0xD800}, "\xed\xa0\x80", ""},
		{"utf-8", "surrogateescape", []rune{0xDCFF}, "\xff", ""},
		{"utf-16", "strict", []rune("a😀"), "\xff\xfea\x00=\xd8\x00\xde", ""},
		{"utf-32-be", "strict", []rune("a"), "\x00\x00\x00a", ""},
		{"utf-8-sig", "strict", []rune("a"), "\xef\xbb\xbfa", ""},
		{"unicode_escape", "strict", []rune("a\té"), `a\t\xe9`, ""},
		{"raw_unicode_escape", "strict", []rune("é€"), "\xe9\\u20ac", ""},
	}
	for _, tt := range tests {
		got, err := mustLookup(t, tt.enc).Encode(tt.in, &Errors{Name: tt.errors})
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%s/%s %q: error %v, want %s", tt.enc, tt.errors, string(tt.in), err, tt.err)
			}
			continue
		}
		if err != nil || !bytes.Equal(got, []byte(tt.want)) {
			t.Errorf("%s/%s %q = %q, %v; want %q", tt.enc, tt.errors, string(tt.in), got, err, tt.want)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		enc, errors string
		in          string
		want        []rune
		err         string
	}{
		{"utf-8", "strict", "\xff", nil, `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`},
		{"utf-8", "strict", "a\xe2\x82", nil, `'utf-8' codec can't decode bytes in position 1-2: unexpected end of data`},
		{"utf-8", "strict", "\xf0\x9f(", nil, `'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte`},
		{"utf-8", "replace", "a\xffb", []rune("a\uFFFDb"), ""},
		{"utf-8", "surrogateescape", "\xff\xfe", []rune{0xDCFF, 0xDCFE}, ""},
		{"utf-8", "surrogatepass", "\xed\xa0\x80", []rune{0xD800}, ""},
		{"utf-8", "backslashreplace", "\xff", []rune(`\xff`), ""},
		{"utf-8-sig", "strict", "\xef\xbb\xbfa", []rune("a"), ""},
		{"ascii", "strict", "\x80", nil, `'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)`},
		{"cp1252", "strict", "\x81", nil, `'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>`},
		{"utf-16", "strict", "\xfe\xff\x00a", []rune("a"), ""},
		{"utf-16-le", "strict", "a", nil, `'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data`},
		{"utf-32", "strict", "\x00\x00\x11\x00", nil, `'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)`},
		{"unicode_escape", "strict", `\N{EURO SIGN}\x41`, []rune("€A"), ""},
		{"unicode_escape", "strict", `\x4`, nil, `'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`},
		{"raw_unicode_escape", "strict", `\\\u0041`, []rune(`\\A`), ""},
	}
	for _, tt := range tests {
		got, err := mustLookup(t, tt.enc).Decode([]byte(tt.in), &Errors{Name: tt.errors})
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%s/%s %q: error %v, want %s", tt.enc, tt.errors, tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || string(got) != string(tt.want) {
			t.Errorf("%s/%s %q = %q, %v; want %q", tt.enc, tt.errors, tt.in, string(got), err, string(tt.want))
		}
	}
}

func TestUnknownHandler(t *testing.T) {
	c := mustLookup(t, "ascii")
	if _, err := c.Encode([]rune("abc"), &Errors{Name: "bogus"}); err != nil {
		t.Errorf("handler looked up without an error: %v", err)
	}
	_, err := c.Encode([]rune("é"), &Errors{Name: "bogus"})
	var e *Error
	if !errors.As(err, &e) || e.Kind != "LookupError" {
		t.Errorf("unknown handler error = %v", err)
	}
}

func TestNames(t *testing.T) {
	for c, want := range map[rune]string{'A': "LATIN CAPITAL LETTER A", 0x4E00: "CJK UNIFIED IDEOGRAPH-4E00", 0xAC00: "HANGUL SYLLABLE GA", 0: ""} {
		if got := Name(c); got != want {
			t.Errorf("Name(%U) = %q, want %q", c, got, want)
		}
		if want != "" {
			if r, ok := LookupName(want); !ok || r != c {
				t.Errorf("LookupName(%q) = %U, %v", want, r, ok)
			}
		}
	}
}

func TestUnicodeEscapeWarning(t *testing.T) {
	c := mustLookup(t, "unicode_escape")
	var msgs []string
	eh := &Errors{Name: "strict", Warn: func(msg string) error { msgs = append(msgs, msg); return nil }}
	got, err := c.Decode([]byte(`\z\q`), eh)
	if err != nil || string(got) != `\z\q` {
		t.Fatalf("Decode = %q, %v", string(got), err)
	}
	if len(msgs) != 1 || msgs[0] != `invalid escape sequence '\z'` {
		t.Errorf("warnings = %q", msgs)
	}
}
