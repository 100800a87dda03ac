package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScannerTokens(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"x = 1\n", "NAME = INT NEWLINE EOF"},
		{"if x:\n    y\n", "NAME NAME : NEWLINE INDENT NAME NEWLINE DEDENT EOF"},
		{"f(a,\n  b)\n", "NAME ( NAME , NAME ) NEWLINE EOF"},
		{"x = 1 + \\\n  2\n", "NAME = INT + INT NEWLINE EOF"},
		{"a **= 2 // 3\n", "NAME **= INT // INT NEWLINE EOF"},
		{"0x_ff 0o17 0b1 1_000 1.5e-3 .5 2j\n", "INT INT INT INT FLOAT FLOAT IMAG NEWLINE EOF"},
		{"rb'x' f'{a}' '''t\nq'''\n", "STRING STRING STRING NEWLINE EOF"},
		{"# comment only\n\n  \nx\n", "NAME NEWLINE EOF"},
		{"x := y -> z ... @\n", "NAME := NAME -> NAME ... @ NEWLINE EOF"},
		{"x", "NAME NEWLINE EOF"},
	}
	for _, tt := range tests {
		s := newScanner("t.py", []byte(tt.src))
		var got []string
		for {
			tok := s.next()
			if s.err != nil {
				t.Fatalf("%q: %v", tt.src, s.err)
			}
			got = append(got, tok.kind.String())
			if tok.kind == EOF {
				break
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.src, g, tt.want)
		}
	}
}

func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		src, msg string
		line     int
	}{
		{"x = = 1\n", "invalid syntax", 1},
		{"x = (1,\n", "'(' was never closed", 1},
		{"if x\n  pass\n", "expected ':'", 1},
		{"def f():\nreturn 1\n", "expected an indented block after function definition on line 1", 2},
		{"  x = 1\n", "unexpected indent", 1},
		{"f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1},
		{"x = 'abc\n", "unterminated string literal (detected at line 1)", 1},
		{"def f:\n", "expected '('", 1},
		{"def f(a, (b, c)): pass\n", "Function parameters cannot be parenthesized", 1},
		{"def f(a=1, b): pass\n", "non-default argument follows default argument", 1},
		{"f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1},
		{"f(a=1, b)\n", "positional argument follows keyword argument", 1},
		{"x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1},
		{"print 'x'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1},
		{"f'{}'\n", "f-string: empty expression not allowed", 1},
	}
	for _, tt := range tests {
		_, err := Parse("t.py", []byte(tt.src))
		if err == nil {
			t.Errorf("%q: no error, want %q", tt.src, tt.msg)
			continue
		}
		e := err.(*Error)
		if e.Msg != tt.msg || e.Line != tt.line {
			t.Errorf("%q: got %q at line %d, want %q at line %d", tt.src, e.Msg, e.Line, tt.msg, tt.line)
		}
	}
}

func TestParsePositions(t *testing.T) {
	mod, err := Parse("t.py", []byte("x = foo(a, b=1) + y[2]\n"))
	if err != nil {
		t.Fatal(err)
	}
	as := mod.Body[0].(*Assign)
	bin := as.Value.(*BinOp)
	call := bin.Left.(*Call)
	if call.Span.Start.Col != 4 || call.Span.End.Col != 15 {
		t.Errorf("call span %v, want columns 4..15", call.Span)
	}
	sub := bin.Right.(*Subscript)
	if sub.Span.Start.Col != 18 || sub.Span.End.Col != 22 {
		t.Errorf("subscript span %v, want columns 18..22", sub.Span)
	}
	if len(call.Keywords) != 1 || call.Keywords[0].Arg != "b" {
		t.Errorf("keywords %+v", call.Keywords)
	}
}

func TestFStringParts(t *testing.T) {
	e, err := ParseExpr("t.py", []byte(`f"a{x!r:>{w}}b{y=}"`))
	if err != nil {
		t.Fatal(err)
	}
	js := e.(*JoinedStr)
	// Adjacent literal parts merge, as in CPython: "a", {x}, "by=", {y}.
	if len(js.Values) != 4 {
		t.Fatalf("got %d parts, want 4", len(js.Values))
	}
	fv := js.Values[1].(*FormattedValue)
	if fv.Conversion != 'r' || fv.FormatSpec == nil {
		t.Errorf("first field: conversion %c, spec %v", fv.Conversion, fv.FormatSpec)
	}
	if c := js.Values[2].(*Constant); c.Value != "by=" {
		t.Errorf("debug text %q, want %q", c.Value, "by=")
	}
}

func TestNFKCIdentifiers(t *testing.T) {
	mod, err := Parse("t.py", []byte("ﬁle = 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n := mod.Body[0].(*Assign).Targets[0].(*Name).ID; n != "file" {
		t.Errorf("identifier %q, want NFKC form %q", n, "file")
	}
}

// FuzzParse checks that no input makes the parser panic.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../../tests/conformance/*.py")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("def f(*, a=1, **k): return (yield from g()) if a else [x async for x in y]\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		Parse("fuzz.py", src)
		ParseExpr("fuzz.py", src)
	})
}
