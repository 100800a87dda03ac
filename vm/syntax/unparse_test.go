package syntax

import (
	"encoding/json"
	"os"
	"testing"
)

// TestUnparse checks Unparse against CPython 3.11's stringized
// annotations, recorded in testdata/unparse/cases.json by gen.py.
func TestUnparse(t *testing.T) {
	data, err := os.ReadFile("testdata/unparse/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][2]string
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 100 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		src := "from __future__ import annotations\nx: " + c[0] + "\n"
		mod, err := Parse("<case>", []byte(src))
		if err != nil {
			t.Errorf("%s: %v", c[0], err)
			continue
		}
		ann, ok := mod.Body[1].(*AnnAssign)
		if !ok {
			t.Errorf("%s: not an annotated assignment", c[0])
			continue
		}
		// A str constant has kind "u" when its source starts with u.
		line2 := src[len("from __future__ import annotations\n"):]
		uKind := func(k *Constant) bool { return k.Span.Start.Line == 2 && line2[k.Span.Start.Col] == 'u' }
		if got := UnparseWith(ann.Annotation, uKind); got != c[1] {
			t.Errorf("%s: got %q, want %q", c[0], got, c[1])
		}
	}
}
