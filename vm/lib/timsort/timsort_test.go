package timsort

import (
	"errors"
	"math/rand"
	"slices"
	"testing"
)

type item struct{ key, pos int }

func byKey(x, y item) (bool, error) { return x.key < y.key, nil }

// TestSortsStably checks the order and stability on inputs shaped to
// take every path: short, random, runs up and down, plateaus, and runs
// that make the merges gallop.
func TestSortsStably(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	shapes := map[string]func(n int) []int{
		"random":   func(n int) []int { return randInts(rng, n, n) },
		"few keys": func(n int) []int { return randInts(rng, n, 3) },
		"sorted":   func(n int) []int { return seq(0, n, 1) },
		"reversed": func(n int) []int { return seq(n, 0, -1) },
		"gallop": func(n int) []int {
			return append(append(seq(0, 2*n, 2), seq(1, n/5, 2)...), seq(2*n, 3*n, 1)...)
		},
		"runs": func(n int) []int {
			a := randInts(rng, n, n)
			for i := 0; i+100 <= len(a); i += 100 {
				slices.Sort(a[i : i+70])
			}
			return a
		},
	}
	for name, shape := range shapes {
		for _, n := range []int{0, 1, 2, 31, 64, 65, 500, 5000} {
			keys := shape(n)
			a := make([]item, len(keys))
			for i, k := range keys {
				a[i] = item{k, i}
			}
			want := slices.Clone(a)
			slices.SortStableFunc(want, func(x, y item) int { return x.key - y.key })
			if err := Sort(a, byKey); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a, want) {
				t.Errorf("%s, %d elements: not sorted stably", name, len(keys))
			}
		}
	}
}

// TestFailureLeavesPermutation stops the sort at its k-th comparison:
// the error comes back and the slice holds the same elements.
func TestFailureLeavesPermutation(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	stop := errors.New("stop")
	for _, k := range []int{1, 10, 100, 1000, 5000} {
		keys := randInts(rng, 2000, 700)
		a := make([]item, len(keys))
		for i, key := range keys {
			a[i] = item{key, i}
		}
		count := 0
		err := Sort(a, func(x, y item) (bool, error) {
			if count++; count == k {
				return false, stop
			}
			return x.key < y.key, nil
		})
		if err != stop {
			t.Fatalf("stop at %d: got %v", k, err)
		}
		pos := make([]int, len(a))
		for i, it := range a {
			pos[i] = it.pos
		}
		slices.Sort(pos)
		if !slices.Equal(pos, seq(0, len(a), 1)) {
			t.Errorf("stop at %d: not a permutation", k)
		}
	}
}

// TestMinRun checks minRun against CPython's documented values.
func TestMinRun(t *testing.T) {
	for n, want := range map[int]int{0: 0, 63: 63, 64: 32, 65: 33, 2112: 33, 4096: 32, 4097: 33} {
		if got := minRun(n); got != want {
			t.Errorf("minRun(%d) = %d, want %d", n, got, want)
		}
	}
}

func randInts(rng *rand.Rand, n, max int) []int {
	a := make([]int, n)
	for i := range a {
		a[i] = rng.Intn(max + 1)
	}
	return a
}

func seq(from, to, step int) []int {
	var a []int
	for i := from; (step > 0 && i < to) || (step < 0 && i > to); i += step {
		a = append(a, i)
	}
	return a
}

// TestInconsistentComparisons sorts with comparisons that answer at
// random, as a Python __lt__ may: no index goes out of range and the
// slice stays a permutation.
func TestInconsistentComparisons(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 300; round++ {
		n := rng.Intn(3000)
		if round%3 == 0 {
			n = rng.Intn(80)
		}
		a := seq(0, n, 1)
		bias := rng.Float64()
		if err := Sort(a, func(x, y int) (bool, error) { return rng.Float64() < bias, nil }); err != nil {
			t.Fatal(err)
		}
		slices.Sort(a)
		if !slices.Equal(a, seq(0, n, 1)) {
			t.Fatalf("round %d, %d elements: not a permutation", round, n)
		}
	}
}
