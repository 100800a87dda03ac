package binasciicodec

import (
	"bytes"
	"testing"
)

func TestBase64(t *testing.T) {
	tests := []struct {
		in     string
		strict bool
		out    string
		err    string
	}{
		{"aGVsbG8=", false, "hello", ""},
		{"aGVs\nbG8=", false, "hello", ""},
		{"aGVsbG8", false, "", "Incorrect padding"},
		{"a", false, "", "Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"},
		{"aGVsbG8=x", false, "hello", ""},
		{"aGVsbG8=x", true, "", "Excess data after padding"},
		{"=aGVs", true, "", "Leading padding not allowed"},
		{"aG!V", true, "", "Only base64 data is allowed"},
		{"aG=V", true, "", "Discontinuous padding not allowed"},
	}
	for _, tc := range tests {
		out, err := DecodeBase64([]byte(tc.in), tc.strict)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("DecodeBase64(%q) error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || string(out) != tc.out {
			t.Errorf("DecodeBase64(%q) = %q, %v", tc.in, out, err)
		}
	}
	if got := EncodeBase64([]byte("hello"), true); string(got) != "aGVsbG8=\n" {
		t.Errorf("EncodeBase64 = %q", got)
	}
}

func TestUU(t *testing.T) {
	enc, _ := EncodeUU([]byte("Cat"), false)
	if string(enc) != "#0V%T\n" {
		t.Errorf("EncodeUU = %q", enc)
	}
	dec, err := DecodeUU(enc)
	if err != nil || string(dec) != "Cat" {
		t.Errorf("DecodeUU = %q %v", dec, err)
	}
	if dec, _ := DecodeUU(nil); !bytes.Equal(dec, make([]byte, 32)) {
		t.Errorf("DecodeUU(empty) = %q", dec)
	}
}

func TestQPAndHex(t *testing.T) {
	if got := EncodeQP([]byte("a=b \n"), false, true, false); string(got) != "a=3Db=20\n" {
		t.Errorf("EncodeQP = %q", got)
	}
	if got := DecodeQP([]byte("a=3Db=\nc_"), true); string(got) != "a=bc " {
		t.Errorf("DecodeQP = %q", got)
	}
	if _, err := DecodeHex([]byte("abc")); err == nil || err.Error() != "Odd-length string" {
		t.Errorf("DecodeHex odd: %v", err)
	}
	if CRCHqx([]byte("123456789"), 0) != 0x31c3 {
		t.Errorf("CRCHqx = %#x", CRCHqx([]byte("123456789"), 0))
	}
}
