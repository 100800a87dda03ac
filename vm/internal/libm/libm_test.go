package libm

import (
	"math"
	"testing"
)

// TestKnownValues checks results whose last bits the C library (glibc)
// and Go's math package agree on, and a few that glibc rounds correctly.
func TestKnownValues(t *testing.T) {
	cases := []struct {
		name string
		got  float64
		want float64
	}{
		{"Exp(1)", Exp(1), math.E},
		{"Log(E)", Log(math.E), 1},
		{"Log2(8)", Log2(8), 3},
		{"Log10(1000)", Log10(1000), 3},
		{"Sin(0)", Sin(0), 0},
		{"Cos(0)", Cos(0), 1},
		{"Atan2(1, 1)", Atan2(1, 1), math.Pi / 4},
		{"Pow(2, 10)", Pow(2, 10), 1024},
		{"Pow(2, 0.5)", Pow(2, 0.5), math.Sqrt2},
		{"Pow(-2, 3)", Pow(-2, 3), -8},
		{"Cbrt(8)", Cbrt(8), 2},
		{"Exp2(-3)", Exp2(-3), 0.125},
		{"Expm1(0)", Expm1(0), 0},
		{"Log1p(0)", Log1p(0), 0},
		{"Erf(0)", Erf(0), 0},
		{"Erfc(0)", Erfc(0), 1},
		{"Tanh(1000)", Tanh(1000), 1},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if !math.IsNaN(Pow(-2, 0.5)) || !math.IsNaN(Log(-1)) || !math.IsInf(Log(0), -1) {
		t.Errorf("special values: Pow(-2, 0.5) = %v, Log(-1) = %v, Log(0) = %v", Pow(-2, 0.5), Log(-1), Log(0))
	}
}

// TestCLibrary checks values where glibc's correctly rounded results
// differ from Go's math package, when the functions call the C library.
func TestCLibrary(t *testing.T) {
	if !Native {
		t.Skip("built without cgo")
	}
	// CPython 3.11 on glibc 2.36; Go's math package is an ulp off.
	cases := []struct {
		name      string
		got, want float64
	}{
		{"Log2(2.7977842575434906)", Log2(2.7977842575434906), 1.484284717837774},
		{"Log2(8.369419535385596)", Log2(8.369419535385596), 3.065127567523503},
		{"Exp(-0.19985851573086522)", Exp(-0.19985851573086522), 0.8188465987951793},
		{"Cbrt(27)", Cbrt(27), 3.0000000000000004},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func BenchmarkSin(b *testing.B) {
	s := 0.0
	for i := 0; i < b.N; i++ {
		s += Sin(float64(i&1023) * 0.001)
	}
	sink = s
}

func BenchmarkGoSin(b *testing.B) {
	s := 0.0
	for i := 0; i < b.N; i++ {
		s += math.Sin(float64(i&1023) * 0.001)
	}
	sink = s
}

var sink float64
