package vm

import (
	"context"
	"testing"
)

// TestSamplesDuringBuiltin checks that sample requests made while a
// function implemented in Go runs are all answered, each with that
// function on top of the Python caller's frame, and none twice.
func TestSamplesDuringBuiltin(t *testing.T) {
	for _, requests := range []int{0, 1, 5} {
		in := New(Options{})
		var tops []string
		in.SetSampler(func(stack []FrameInfo) {
			if len(stack) > 1 {
				tops = append(tops, stack[0].Name+" in "+stack[1].Name)
			}
		})
		in.DefineBuiltin("work", Obj(&Builtin{Name: "work", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			for range requests {
				in.RequestSample() // as a profiler's timer would while the call runs
			}
			return None, nil
		}}))
		src := "def caller():\n    work()\ncaller()\nx = sum(range(1000))\n"
		if err := in.Run(context.Background(), func(th *Thread) error { return in.RunFile("<test>", []byte(src)) }); err != nil {
			t.Fatal(err)
		}
		if len(tops) != requests {
			t.Errorf("%d requests during work(): %d samples %q", requests, len(tops), tops)
		}
		for _, top := range tops {
			if top != "work in caller" {
				t.Errorf("sample charged to %q, want work in caller", top)
			}
		}
	}
}
