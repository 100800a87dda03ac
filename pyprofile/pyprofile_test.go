package pyprofile_test

import (
	"bytes"
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

// TestHotFunctionDominates profiles a program whose time is almost all in
// one function, writes the profile, reads it back with the pprof package
// and checks that the function's samples dominate, with the caller chain
// and source positions intact.
func TestHotFunctionDominates(t *testing.T) {
	for _, tier := range []string{"generic", "adaptive"} {
		t.Run(tier, func(t *testing.T) {
			var out bytes.Buffer
			in := vm.New(vm.Options{Stdout: &out, Stderr: &out})
			if tier == "adaptive" {
				specialize.Install(in)
			}
			p, err := pyprofile.Start(in, 2000)
			if err != nil {
				t.Fatal(err)
			}
			if err := in.RunMain("hot.py", []byte(hotProgram)); err != nil {
				t.Fatalf("program failed: %v\n%s", err, out.String())
			}
			var buf bytes.Buffer
			if err := p.Write(&buf); err != nil {
				t.Fatal(err)
			}
			prof, err := profile.Parse(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if err := prof.CheckValid(); err != nil {
				t.Fatal(err)
			}
			var total, hot int64
			for _, s := range prof.Sample {
				total += s.Value[0]
				leaf := s.Location[0].Line[0]
				if leaf.Function.Name != "hot" {
					continue
				}
				hot += s.Value[0]
				if leaf.Function.Filename != "hot.py" || leaf.Function.StartLine != 2 || leaf.Line < 2 || leaf.Line > 6 {
					t.Errorf("hot sample at %s:%d (def at %d)", leaf.Function.Filename, leaf.Line, leaf.Function.StartLine)
				}
				var callers []string
				for _, loc := range s.Location[1:] {
					callers = append(callers, loc.Line[0].Function.Name)
				}
				if len(callers) != 2 || callers[0] != "main" || callers[1] != "‹module›" {
					t.Errorf("hot called from %v, want [main ‹module›]", callers)
				}
			}
			if total < 10 {
				t.Fatalf("only %d samples", total)
			}
			if hot*10 < total*8 {
				t.Errorf("hot has %d of %d samples, want at least 80%%", hot, total)
			}
		})
	}
}

func TestRateOutOfRange(t *testing.T) {
	in := vm.New(vm.Options{})
	for _, rate := range []int{0, -5, 2_000_000} {
		if _, err := pyprofile.Start(in, rate); err == nil {
			t.Errorf("Start with rate %d succeeded", rate)
		}
	}
}
