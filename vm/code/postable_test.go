package code

import (
	"math"
	"math/rand"
	"reflect"
	"testing"
)

func TestPosTableRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	random := make([]Position, 100)
	for i := range random {
		line := int32(r.Intn(5000)) - 2
		random[i] = Position{Line: line, EndLine: line + int32(r.Intn(3)), Col: int32(r.Intn(300)) - 1, EndCol: int32(r.Intn(300)) - 1}
	}
	extremes := []Position{
		{Line: math.MaxInt32, EndLine: math.MinInt32, Col: math.MinInt32, EndCol: math.MaxInt32},
		{Line: math.MinInt32, EndLine: math.MaxInt32, Col: math.MaxInt32, EndCol: math.MinInt32},
		{}, {Line: -1, EndLine: -1, Col: -1, EndCol: -1},
	}
	tests := []struct {
		name string
		ps   []Position
	}{
		{"empty", []Position{}},
		{"one", []Position{{Line: 1, EndLine: 1, Col: 0, EndCol: 4}}},
		{"block edge", make([]Position, posBlock+1)},
		{"random", random},
		{"extremes", extremes},
	}
	for _, tt := range tests {
		tab := NewPosTable(tt.ps)
		if tab.Len() != len(tt.ps) || tab.IsNil() {
			t.Fatalf("%s: Len %d IsNil %v, want %d false", tt.name, tab.Len(), tab.IsNil(), len(tt.ps))
		}
		for i, want := range tt.ps {
			if got := tab.At(i); got != want {
				t.Errorf("%s: At(%d) = %+v, want %+v", tt.name, i, got, want)
			}
			if got := tab.Line(i); got != int(want.Line) {
				t.Errorf("%s: Line(%d) = %d, want %d", tt.name, i, got, want.Line)
			}
		}
		if got := tab.All(); !reflect.DeepEqual(got, tt.ps) {
			t.Errorf("%s: All() = %v, want %v", tt.name, got, tt.ps)
		}
	}
	if tab := NewPosTable(nil); !tab.IsNil() || tab.All() != nil || tab.Len() != 0 {
		t.Errorf("NewPosTable(nil) = %+v, want a nil table", tab)
	}
}
