package structfmt

import (
	"math"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		fmt       string
		size, len int64
		err       error
	}{
		{"", 0, 0, nil},
		{"i", 4, 1, nil},
		{"bi", 8, 2, nil},
		{"<bi", 5, 2, nil},
		{"b0q", 8, 1, nil},
		{"3s2p", 5, 2, nil},
		{" i  h ", 6, 2, nil},
		{"10x", 10, 0, nil},
		{"bP", 16, 2, nil},
		{"=l", 4, 1, nil},
		{"l", 8, 1, nil},
		{"=n", 0, 0, ErrBadChar},
		{"1 i", 0, 0, ErrBadChar},
		{"i3", 0, 0, ErrRepeat},
		{"i\x00", 0, 0, ErrEmbeddedNull},
		{"99999999999999999999b", 0, 0, ErrTooLong},
		{"4611686018427387904q", 0, 0, ErrTooLong},
	}
	for _, tc := range tests {
		f, err := Parse([]byte(tc.fmt))
		if err != tc.err {
			t.Errorf("Parse(%q) error %v, want %v", tc.fmt, err, tc.err)
			continue
		}
		if err == nil && (f.Size != tc.size || f.Len != tc.len) {
			t.Errorf("Parse(%q) = size %d len %d, want %d %d", tc.fmt, f.Size, f.Len, tc.size, tc.len)
		}
	}
}

func TestHalf(t *testing.T) {
	tests := []struct {
		x    float64
		bits uint16
		ok   bool
	}{
		{0, 0, true},
		{math.Copysign(0, -1), 0x8000, true},
		{1.5, 0x3e00, true},
		{65504, 0x7bff, true},
		{65519, 0x7bff, true},
		{65520, 0, false},
		{1.00048828125, 0x3c00, true},
		{1.00146484375, 0x3c02, true},
		{5.960464477539063e-08, 1, true},
		{2.9e-08, 0, true},
		{math.Inf(-1), 0xfc00, true},
	}
	for _, tc := range tests {
		b, ok := PackHalf(tc.x)
		if ok != tc.ok || ok && b != tc.bits {
			t.Errorf("PackHalf(%v) = %#x %v, want %#x %v", tc.x, b, ok, tc.bits, tc.ok)
		}
	}
	if !math.IsNaN(UnpackHalf(0x7e00)) || UnpackHalf(0x3e00) != 1.5 || UnpackHalf(1) != 5.960464477539063e-08 {
		t.Errorf("UnpackHalf wrong")
	}
}
