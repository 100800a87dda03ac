package pyjit_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/pyjit/pyjit"
)

var concurrentAll = flag.Bool("concurrent-all", false,
	"run every conformance program in TestConformanceConcurrently, not a sample")

// TestConformanceConcurrently runs conformance programs in several
// interpreters at once, in both tiers, and checks that each prints what
// the program prints in an interpreter running alone. Interpreters share
// only the immutable builtin objects, so under -race this finds any lazily
// cached state written into them. By default it runs a sample;
// -concurrent-all (make race) runs every program.
func TestConformanceConcurrently(t *testing.T) {
	files, err := filepath.Glob("tests/conformance/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance programs: %v", err)
	}
	if !*concurrentAll {
		var sample []string
		for i, f := range files {
			if i%10 == 0 {
				sample = append(sample, f)
			}
		}
		files = sample
	}
	// Each program runs under every option set, alone and then in
	// interpreters on two goroutines per option set.
	modes := []pyjit.Options{{}, {NoSpecialize: true}, {JIT: true, JITThreshold: 1}}
	run := func(file, src string, opts pyjit.Options) string {
		var out bytes.Buffer
		opts.Stdout, opts.Stderr = &out, &out
		in := pyjit.New(opts)
		if err := in.Exec(context.Background(), file, src); err != nil {
			out.WriteString("\nerror: " + err.Error())
		}
		return out.String()
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		if strings.Contains(src, "import sys") || strings.Contains(src, "id(") {
			continue // may print what differs from run to run
		}
		if strings.Contains(src, "import gc") {
			continue // gc.collect() counts what the whole process freed
		}
		alone := make([]string, len(modes))
		for m, opts := range modes {
			alone[m] = run(file, src, opts)
		}
		outs := make([]string, 2*len(modes))
		var wg sync.WaitGroup
		for i := range outs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				outs[i] = run(file, src, modes[i%len(modes)])
			}()
		}
		wg.Wait()
		for i, out := range outs {
			if out != alone[i%len(modes)] {
				t.Errorf("%s: interpreter %d printed\n%s\nalone it prints\n%s", file, i, out, alone[i%len(modes)])
			}
		}
	}
}
