package libm

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"runtime/pprof"
	"sync"
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

// TestDirectCallsMatchCgo compares the functions called without cgo's
// transition (package ccall, on amd64) with the same C functions called
// through cgo (the *Errno variants), bit for bit, on arguments across the
// whole range of doubles.
func TestDirectCallsMatchCgo(t *testing.T) {
	if !Native {
		t.Skip("built without cgo")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		x := math.Float64frombits(rng.Uint64())
		y := math.Float64frombits(rng.Uint64())
		if i%2 == 0 { // also ordinary magnitudes
			x, y = rng.NormFloat64()*10, rng.NormFloat64()*3
		}
		same := func(name string, got, want float64) {
			if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Fatalf("%s(%v, %v) = %v, through cgo %v", name, x, y, got, want)
			}
		}
		e, _ := ExpErrno(x)
		same("Exp", Exp(x), e)
		l, _ := LogErrno(x)
		same("Log", Log(x), l)
		p, _ := PowErrno(x, y)
		same("Pow", Pow(x, y), p)
		a, _ := Atan2Errno(x, y)
		same("Atan2", Atan2(x, y), a)
	}
}

// TestDirectCallsUnderPressure calls the C library from several goroutines
// while the collector runs, goroutine stacks grow and move, and CPU
// profiling signals arrive: every result must stay right.
func TestDirectCallsUnderPressure(t *testing.T) {
	var buf bytes.Buffer
	if err := pprof.StartCPUProfile(&buf); err == nil {
		defer pprof.StopCPUProfile()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var grow func(depth int) float64
			grow = func(depth int) float64 {
				var pad [64]float64 // deepen the stack so that it is copied
				pad[depth%64] = float64(depth)
				if depth > 0 {
					return grow(depth-1) + pad[depth%64]*0
				}
				return Pow(2, 0.5)
			}
			for i := 0; i < 20000; i++ {
				if got := grow(i % 200); got != math.Sqrt2 {
					errs <- fmt.Sprintf("goroutine %d: Pow(2, 0.5) = %v", g, got)
					return
				}
				if got := Sin(0); got != 0 {
					errs <- fmt.Sprintf("goroutine %d: Sin(0) = %v", g, got)
					return
				}
				if i%1000 == 0 {
					runtime.GC()
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
