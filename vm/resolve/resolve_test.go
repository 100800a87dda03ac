package resolve

import (
	"strings"
	"testing"

	"github.com/pyjit/pyjit/vm/syntax"
)

func resolveSrc(t *testing.T, src string) (*Info, error) {
	t.Helper()
	mod, err := syntax.Parse("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return File("t.py", []byte(src), mod)
}

func TestBindings(t *testing.T) {
	src := `
g = 1
def outer(a):
    b = 2
    def inner():
        nonlocal b
        b += a
        return g, len
    class K:
        def m(self):
            return super().m()
    return inner
`
	info, err := resolveSrc(t, src)
	if err != nil {
		t.Fatal(err)
	}
	var outer, inner, k, m *Scope
	for _, s := range info.Scopes {
		switch s.Name {
		case "outer":
			outer = s
		case "inner":
			inner = s
		case "K":
			k = s
		case "m":
			m = s
		}
	}
	checks := []struct {
		s    *Scope
		name string
		want Binding
	}{
		{outer, "a", Cell}, {outer, "b", Cell}, {outer, "inner", Local},
		{inner, "a", Free}, {inner, "b", Free}, {inner, "g", GlobalImplicit}, {inner, "len", GlobalImplicit},
		{m, "__class__", Free}, {m, "self", Local},
		{info.Module, "g", NameLookup},
	}
	for _, c := range checks {
		if got := c.s.Lookup(c.name); got != c.want {
			t.Errorf("%s: %s is %d, want %d", c.s.Name, c.name, got, c.want)
		}
	}
	if !k.NeedsClassCell {
		t.Errorf("class K should need a __class__ cell")
	}
	if strings.Join(outer.Cellvars, ",") != "a,b" {
		t.Errorf("outer cellvars %v", outer.Cellvars)
	}
	if strings.Join(inner.Freevars, ",") != "a,b" {
		t.Errorf("inner freevars %v", inner.Freevars)
	}
}

func TestScopeErrors(t *testing.T) {
	tests := []struct{ src, msg string }{
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"},
		{"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration"},
		{"def f(a):\n    global a\n", "name 'a' is parameter and global"},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level"},
		{"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"},
		{"class C:\n    [y := 1 for x in range(3)]\n", "assignment expression within a comprehension cannot be used in a class body"},
	}
	for _, tt := range tests {
		_, err := resolveSrc(t, tt.src)
		if err == nil || err.(*syntax.Error).Msg != tt.msg {
			t.Errorf("%q: got %v, want %q", tt.src, err, tt.msg)
		}
	}
}
