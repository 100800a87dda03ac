package zstream

import (
	"bytes"
	"fmt"
	"testing"
)

func BenchmarkInflate(b *testing.B) {
	var buf bytes.Buffer
	for i := 0; i < 200000; i++ {
		fmt.Fprintf(&buf, "line %d of some text\n", i)
	}
	data := buf.Bytes()
	c := NewCompressor(6, 15, 0, nil)
	enc := append(c.Write(data), c.Finish()...)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		z := NewInflater(15, nil)
		out, _, err := z.Inflate(enc, 0, noGrow)
		if err != nil || len(out) != len(data) {
			b.Fatal(err)
		}
	}
}
