package vm

import (
	"context"
	"testing"
)

// TestDictFirst checks when a class starts making its instances with a
// dict: only once most of them had their __dict__ asked for, and at
// least 32 of them.
func TestDictFirst(t *testing.T) {
	cases := []struct {
		name  string
		asked string // the instances i whose __dict__ the script reads
		want  bool
	}{
		{"every instance", "True", true},
		{"every other instance", "i % 2 == 0", true},
		{"one in three", "i % 3 == 0", false},
		{"only 20", "i < 20", false},
		{"none", "False", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "class C:\n" +
				"    def __init__(self, i):\n" +
				"        self.a = i\n" +
				"        self.b = -i\n" +
				"for i in range(100):\n" +
				"    o = C(i)\n" +
				"    if " + c.asked + ":\n" +
				"        o.__dict__\n" +
				"probe(C, C(7))\n"
			var typ *Type
			var inst *Instance
			in := New(Options{})
			in.DefineBuiltin("probe", Obj(&Builtin{Name: "probe", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
				typ, _ = args[0].o.(*Type)
				inst, _ = args[1].o.(*Instance)
				return None, nil
			}}))
			if err := in.Run(context.Background(), func(th *Thread) error { return in.RunFile("<test>", []byte(src)) }); err != nil {
				t.Fatal(err)
			}
			if typ == nil || inst == nil {
				t.Fatal("probe not called with the class and an instance")
			}
			if typ.dictFirst != c.want {
				t.Errorf("dictFirst = %v after %d instances, %d dicts asked for; want %v", typ.dictFirst, typ.instancesMade, typ.dictsAsked, c.want)
			}
			if hasDict := inst.dict != nil; hasDict != c.want {
				t.Errorf("new instance has a dict: %v, want %v", hasDict, c.want)
			}
			if c.want {
				if v, ok := inst.dict.GetStr("b"); !ok || v.n != Int(-7).n {
					t.Errorf("dict of the new instance lacks b = -7: %v", inst.dict.Keys())
				}
			}
		})
	}
}
