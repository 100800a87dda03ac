package vm

import (
	"context"
	"fmt"
	"runtime"
	"testing"
)

// objectSizeCases build n objects (the cases of tools/objsize_cpython.py) of one kind and keep them alive in a
// list (whose 16-byte slots are counted in).
var objectSizeCases = []struct{ name, setup, make string }{
	{"int", "", "i + 1000"},
	{"float", "", "i + 0.5"},
	{"str(8 chars)", "", "'%08d' % i"},
	{"tuple(2)", "", "(i, i)"},
	{"list(3)", "", "[i, i, i]"},
	{"dict(3 str keys)", "", "{'a': i, 'b': i, 'c': i}"},
	{"set(3)", "", "{i, i + 1, i + 2}"},
	{"instance(3 attrs)", "class C:\n    def __init__(self, i):\n        self.a = self.b = self.c = i\n", "C(i)"},
	{"instance(__slots__ 3)", "class C:\n    __slots__ = ('a', 'b', 'c')\n    def __init__(self, i):\n        self.a = self.b = self.c = i\n", "C(i)"},
	{"closure", "def outer(i):\n    def inner():\n        return i\n    return inner\n", "outer(i)"},
	{"bound method", "class C:\n    def m(self): pass\nc = C()\n", "c.m"},
}

// liveAfter runs src in a new interpreter and returns the live heap while
// the interpreter (and so what src kept) is still reachable.
func liveAfter(b *testing.B, src string) uint64 {
	in := New(Options{})
	err := in.Run(context.Background(), func(th *Thread) error { return in.RunFile("<size>", []byte(src)) })
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	runtime.KeepAlive(in)
	return ms.HeapAlloc
}

// BenchmarkObjectSize reports the bytes of live heap one object of each
// kind costs (B/object), with its slot in a list; tools/objsize_cpython.py
// measures the same under CPython.
func BenchmarkObjectSize(b *testing.B) {
	const n = 200_000
	for _, c := range objectSizeCases {
		b.Run(c.name, func(b *testing.B) {
			var per float64
			for range b.N {
				prog := func(k int) string {
					return fmt.Sprintf("%skeep = [%s for i in range(%d)]\n", c.setup, c.make, k)
				}
				base := liveAfter(b, prog(0))
				full := liveAfter(b, prog(n))
				per = float64(int64(full)-int64(base)) / n
			}
			b.ReportMetric(per, "B/object")
		})
	}
}
