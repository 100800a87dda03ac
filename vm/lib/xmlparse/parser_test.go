package xmlparse

import (
	"fmt"
	"strings"
	"testing"
)

// recorder keeps the events as text.
type recorder struct{ out []string }

func (r *recorder) Handles(k Kind) bool { return k != Default }

func (r *recorder) Handle(e *Event) error {
	switch e.Kind {
	case StartElement:
		r.out = append(r.out, fmt.Sprintf("<%s%v>", e.Name, e.Attrs))
	case EndElement:
		r.out = append(r.out, "</"+e.Name+">")
	case CharData:
		r.out = append(r.out, fmt.Sprintf("%q", e.Text))
	}
	return nil
}

func TestParse(t *testing.T) {
	tests := []struct {
		doc    string
		chunks int // parse in pieces of this size (0: at once)
		want   string
		err    string
	}{
		{doc: "<a x='1&amp;2'>t\r\nu&#65;</a>", want: `<a[{x 1&2 false}]> "t" "\n" "u" "A" </a>`},
		{doc: "<a>abc</a>", chunks: 2, want: `<a[]> "a" "bc" </a>`},
		{doc: "<!DOCTYPE a [<!ENTITY e '<b>x</b>'>]><a>&e;</a>", want: `<a[]> <b[]> "x" </b> </a>`},
		{doc: "<a></b>", err: "mismatched tag 1:5"},
		{doc: "<a>\n<b>", err: "no element found 2:3"},
		{doc: "<a b='1' b='2'/>", err: "duplicate attribute 1:9"},
		{doc: "<a>&x;</a>", err: "undefined entity 1:3"},
		{doc: "<a/>junk", err: "junk after document element 1:4"},
		{doc: "<a", err: "unclosed token 1:0"},
	}
	for _, tt := range tests {
		r := &recorder{}
		p := NewParser(r)
		var err error
		if tt.chunks > 0 {
			for i := 0; i < len(tt.doc) && err == nil; i += tt.chunks {
				err = p.Parse([]byte(tt.doc[i:min(i+tt.chunks, len(tt.doc))]), false)
			}
		}
		if err == nil {
			data := []byte(tt.doc)
			if tt.chunks > 0 {
				data = nil
			}
			err = p.Parse(data, true)
		}
		if tt.err != "" {
			e, ok := err.(*Error)
			if !ok || fmt.Sprintf("%s %d:%d", e, e.Line, e.Col) != tt.err {
				t.Errorf("%q: error %v, want %s", tt.doc, err, tt.err)
			}
			continue
		}
		// Text is reported as far as each piece of input goes.
		got := strings.Join(r.out, " ")
		if err != nil || got != tt.want {
			t.Errorf("%q: got %s, %v; want %s", tt.doc, got, err, tt.want)
		}
	}
}
