package strtod

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"0", 0},
		{"-0", math.Copysign(0, -1)},
		{"1.5", 1.5},
		{"+.5", 0.5},
		{"5.", 5},
		{"100.5e-2", 1.005},
		{"1500", 1500},
		{"0.001", 0.001},
		{"1e308", 1e308},
		{"1e309", math.Inf(1)},
		{"-1e400", math.Inf(-1)},
		{"1e-400", 0},
		{"-1e-400", math.Copysign(0, -1)},
		{"0e99999999999999999999", 0},
		{"1e99999999999999999999", math.Inf(1)},
		{"4.9406564584124654e-324", 5e-324},
		{"2.4703282292062328e-324", 5e-324},
		{"2.4703282292062327e-324", 0},
		{"1.7976931348623157e308", math.MaxFloat64},
		{"1.7976931348623159e308", math.Inf(1)},
		{"1" + strings.Repeat("0", 800) + "e-800", 1},
		{"1" + strings.Repeat("0", 10000) + "e-10000", 1},
		{"0." + strings.Repeat("0", 9999) + "1e+10000", 1},
		{"1" + strings.Repeat("0", 2000) + "1e-2001", 1},
		{"1" + strings.Repeat("0", 2000) + "1e-2000", 10},
		// Halfway between 1 and the next float64, then just above it.
		{"1.00000000000000011102230246251565404236316680908203125", 1},
		{"1.00000000000000011102230246251565404236316680908203125" + strings.Repeat("0", 900) + "1", 1 + 0x1p-52},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		if !ok || got != tt.want || math.Signbit(got) != math.Signbit(tt.want) {
			t.Errorf("Parse(%.60q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", ".", "+", "e5", "1e", "1e+", "1.2.3", "1_0", "0x10", "inf", "1e5x", " 1"} {
		if f, ok := Parse(in); ok {
			t.Errorf("Parse(%q) = %v, true; want false", in, f)
		}
	}
}

// TestParseAgreesShort checks Parse against strconv.ParseFloat where the
// latter is right: inputs of few digits.
func TestParseAgreesShort(t *testing.T) {
	for _, in := range []string{"3.14159", "6.02214076e23", "1.6e-19", "123456789012345678901234567890e-10", "9007199254740993", "0.1", "2.2250738585072011e-308"} {
		want, _ := strconv.ParseFloat(in, 64)
		if got, ok := Parse(in); !ok || got != want {
			t.Errorf("Parse(%q) = %v; want %v", in, got, want)
		}
	}
}
