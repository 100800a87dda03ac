package pyprofile_test

import (
	"bytes"
	"io"
	"slices"
	"testing"

	"github.com/google/pprof/profile"

	"github.com/pyjit/pyjit/pyprofile"
	"github.com/pyjit/pyjit/specialize"
	"github.com/pyjit/pyjit/vm"
)

const hotProgram = `
def hot(n):
    t = 0
    for i in range(n):
        t += i * i
    return t

def cold(n):
    return sum(range(n))

def main():
    for _ in range(4):
        hot(400_000)
        cold(100)

main()
`

// builtinProgram spends its time inside functions implemented in Go,
// which have no safe points of their own.
const builtinProgram = `
def work():
    data = list(range(300_000))
    for _ in range(12):
        sorted(data, reverse=True)
        data.sort(reverse=True)

work()
`

// TestHotFunctionDominates profiles programs whose time is almost all in
// one function, writes the profile, reads it back with the pprof package
// and checks that the function's samples dominate, with the caller chain
// and source positions intact. Time inside builtins is charged to the
// builtin's name.
func TestHotFunctionDominates(t *testing.T) {
	for _, tc := range []struct {
		name, file, src string
		hot             []string // leaf functions that together dominate
		callers         []string
		def, lines      [2]int // def line and line range of hot samples (Python functions only)
	}{
		{"python function", "hot.py", hotProgram, []string{"hot"}, []string{"main", "‹module›"}, [2]int{2, 2}, [2]int{2, 6}},
		{"builtins", "builtins.py", builtinProgram, []string{"sorted", "list.sort"}, []string{"work", "‹module›"}, [2]int{}, [2]int{}},
	} {
		for _, tier := range []string{"generic", "adaptive"} {
			t.Run(tc.name+"/"+tier, func(t *testing.T) {
				prof := profileOf(t, tier, tc.file, tc.src, (*pyprofile.Profiler).Write)
				var total, hot int64
				for _, s := range prof.Sample {
					total += s.Value[0]
					leaf := s.Location[0].Line[0]
					if !slices.Contains(tc.hot, leaf.Function.Name) {
						continue
					}
					hot += s.Value[0]
					if tc.def[0] > 0 && (leaf.Function.Filename != tc.file || leaf.Function.StartLine != int64(tc.def[0]) ||
						leaf.Line < int64(tc.lines[0]) || leaf.Line > int64(tc.lines[1])) {
						t.Errorf("%s sample at %s:%d (def at %d)", leaf.Function.Name, leaf.Function.Filename, leaf.Line, leaf.Function.StartLine)
					}
					var callers []string
					for _, loc := range s.Location[1:] {
						callers = append(callers, loc.Line[0].Function.Name)
					}
					if !slices.Equal(callers, tc.callers) {
						t.Errorf("%s called from %v, want %v", leaf.Function.Name, callers, tc.callers)
					}
				}
				if total < 10 {
					t.Fatalf("only %d samples", total)
				}
				if hot*10 < total*8 {
					t.Errorf("%v have %d of %d samples, want at least 80%%", tc.hot, hot, total)
				}
			})
		}
	}
}

// profileOf runs a program under the profiler on the given tier, writes
// one of the profiles and reads it back.
func profileOf(t *testing.T, tier, file, src string, write func(*pyprofile.Profiler, io.Writer) error) *profile.Profile {
	t.Helper()
	var out bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: &out})
	if tier == "adaptive" {
		specialize.Install(in)
	}
	p, err := pyprofile.Start(in, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if err := in.RunMain(file, []byte(src)); err != nil {
		t.Fatalf("program failed: %v\n%s", err, out.String())
	}
	var buf bytes.Buffer
	if err := write(p, &buf); err != nil {
		t.Fatal(err)
	}
	prof, err := profile.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := prof.CheckValid(); err != nil {
		t.Fatal(err)
	}
	return prof
}

func TestRateOutOfRange(t *testing.T) {
	in := vm.New(vm.Options{})
	for _, rate := range []int{0, -5, 2_000_000} {
		if _, err := pyprofile.Start(in, rate); err == nil {
			t.Errorf("Start with rate %d succeeded", rate)
		}
	}
}

const allocProgram = `
def allocate():
    out = []
    for i in range(200_000):
        out.append(str(i) * 3)
    return out

def compute():
    t = 0
    for i in range(1_000_000):
        t += i
    return t

for _ in range(3):
    allocate()
    compute()
`

// TestAllocationProfile checks that the allocation profile charges the
// heap allocations to the Python function that makes them, not to one
// that runs as long without allocating.
func TestAllocationProfile(t *testing.T) {
	prof := profileOf(t, "adaptive", "alloc.py", allocProgram, (*pyprofile.Profiler).WriteAlloc)
	if got := prof.SampleType[1]; got.Type != "alloc_space" || got.Unit != "bytes" {
		t.Fatalf("sample type %v, want alloc_space in bytes", got)
	}
	var total, allocating int64
	for _, s := range prof.Sample {
		total += s.Value[1]
		if s.Location[0].Line[0].Function.Name == "allocate" {
			allocating += s.Value[1]
		}
	}
	if total < 10<<20 {
		t.Fatalf("only %d bytes allocated in the profile", total)
	}
	if allocating*10 < total*8 {
		t.Errorf("allocate has %d of %d bytes, want at least 80%%", allocating, total)
	}
}
