package csvcore

import (
	"reflect"
	"testing"
)

func excel() *Dialect {
	return &Dialect{Delimiter: ',', QuoteChar: '"', EscapeChar: NotSet, DoubleQuote: true, LineTerminator: []rune("\r\n")}
}

// parse reads lines as one record at a time, as _csv.reader does.
func parse(d *Dialect, lines []string) ([][]string, error) {
	var rec []string
	var out [][]string
	p := &Parser{D: d, Save: func(f []rune, _ bool) error { rec = append(rec, string(f)); return nil }}
	p.Reset()
	for _, l := range lines {
		if err := p.Feed([]rune(l), 1<<17); err != nil {
			return out, err
		}
		if !p.InRecord() {
			out = append(out, rec)
			rec = nil
			p.Reset()
		}
	}
	cut, err := p.End()
	if cut {
		out = append(out, rec)
	}
	return out, err
}

func TestParser(t *testing.T) {
	strict := excel()
	strict.Strict = true
	tests := []struct {
		d     *Dialect
		lines []string
		want  [][]string
		err   string
	}{
		{excel(), []string{"a,b\r\n", "\n", "c"}, [][]string{{"a", "b"}, nil, {"c"}}, ""},
		{excel(), []string{"\"a,\"\"b\n", `c"`}, [][]string{{"a,\"b\nc"}}, ""},
		{excel(), []string{`"ab`}, [][]string{{"ab"}}, ""},
		{strict, []string{`"ab`}, nil, "unexpected end of data"},
		{strict, []string{`"a"b`}, nil, "',' expected after '\"'"},
		{excel(), []string{"a\rb"}, nil, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?"},
	}
	for _, tt := range tests {
		got, err := parse(tt.d, tt.lines)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: error %v, want %q", tt.lines, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, %v; want %q", tt.lines, got, err, tt.want)
		}
	}
}

func TestJoiner(t *testing.T) {
	none := excel()
	none.Quoting = QuoteNone
	escaped := excel()
	escaped.EscapeChar = '\\'
	escaped.DoubleQuote = false
	tests := []struct {
		d      *Dialect
		fields []string
		want   string
		err    string
	}{
		{excel(), []string{"a", "b,c", `d"e`}, "a,\"b,c\",\"d\"\"e\"\r\n", ""},
		{excel(), []string{""}, "\"\"\r\n", ""},
		{escaped, []string{`a"b`, `c\d`}, "a\\\"b,c\\\\d\r\n", ""},
		{none, []string{""}, "", "single empty field record must be quoted"},
		{none, []string{"a,b"}, "", "need to escape, but no escapechar set"},
	}
	for _, tt := range tests {
		j := &Joiner{D: tt.d}
		var err error
		for _, f := range tt.fields {
			if err = j.Append([]rune(f), false); err != nil {
				break
			}
		}
		var rec []rune
		if err == nil {
			rec, err = j.Finish()
		}
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: error %v, want %q", tt.fields, err, tt.err)
			}
			continue
		}
		if err != nil || string(rec) != tt.want {
			t.Errorf("%q: got %q, %v; want %q", tt.fields, string(rec), err, tt.want)
		}
	}
}
