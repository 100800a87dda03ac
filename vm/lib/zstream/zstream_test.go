package zstream

import (
	"bytes"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	data := bytes.Repeat([]byte("hello world "), 1000)
	grow := func(int64) error { return nil }
	for _, wbits := range []int{15, 9, -15, 31} {
		c := NewCompressor(6, wbits, 0, nil)
		enc := append(c.Write(data), c.Finish()...)
		dw := wbits
		res, err := Inflate(enc, dw, nil, 0, 0, grow)
		if err != nil || !res.Ended || !bytes.Equal(res.Out, data) || res.Consumed != len(enc) {
			t.Errorf("wbits %d: err %v ended %v len %d consumed %d/%d", wbits, err, res.Ended, len(res.Out), res.Consumed, len(enc))
		}
		// Replay over a prefix, skipping output already seen.
		half, err := Inflate(enc[:len(enc)/2], dw, nil, 0, 0, grow)
		if err != nil || half.Ended {
			t.Errorf("wbits %d: half err %v ended %v", wbits, err, half.Ended)
		}
		rest, err := Inflate(enc, dw, nil, int64(len(half.Out)), 0, grow)
		if err != nil || !bytes.Equal(append(half.Out, rest.Out...), data) {
			t.Errorf("wbits %d: replay mismatch %v", wbits, err)
		}
	}
}

func TestHeaders(t *testing.T) {
	grow := func(int64) error { return nil }
	if _, err := Inflate([]byte("xx123"), 15, nil, 0, 0, grow); err != errHeader {
		t.Errorf("bad header: %v", err)
	}
	c := NewCompressor(-1, 15, 0, nil)
	enc := append(c.Write([]byte("abc")), c.Finish()...)
	if enc[0] != 0x78 || enc[1] != 0x9c {
		t.Errorf("zlib header %x", enc[:2])
	}
	enc[len(enc)-1] ^= 1
	if _, err := Inflate(enc, 15, nil, 0, 0, grow); err != errDataCheck {
		t.Errorf("data check: %v", err)
	}
	if Adler32(1, []byte("abc")) != 38600999 {
		t.Errorf("Adler32 = %d", Adler32(1, []byte("abc")))
	}
}
