package zstream

import (
	"bytes"
	"encoding/hex"
	"testing"
)

func noGrow(int64) error { return nil }

func inflateAll(t *testing.T, enc []byte, wbits int, chunk int, limit int64) ([]byte, []byte, bool, error) {
	t.Helper()
	z := NewInflater(wbits, nil)
	var out, rest []byte
	for i := 0; i < len(enc); i += chunk {
		piece := enc[i:min(i+chunk, len(enc))]
		for {
			o, r, err := z.Inflate(piece, limit, noGrow)
			if err != nil {
				return out, nil, false, err
			}
			out = append(out, o...)
			rest = r
			if z.Ended() || len(r) == 0 {
				break
			}
			piece = r
		}
	}
	for !z.Ended() {
		o, _, err := z.Inflate(nil, limit, noGrow)
		if err != nil || len(o) == 0 {
			break
		}
		out = append(out, o...)
	}
	return out, rest, z.Ended(), nil
}

func TestRoundTrip(t *testing.T) {
	data := bytes.Repeat([]byte("hello world "), 500)
	data = append(data, []byte("\x00\x01\x02 tail with some different bytes")...)
	for _, level := range []int{0, 1, 6, 9} {
		for _, wbits := range []int{15, 9, -15, 31} {
			c := NewCompressor(level, wbits, 0, nil)
			enc := append(c.Write(data), c.Finish()...)
			for _, chunk := range []int{1, 7, 1000, len(enc)} {
				for _, limit := range []int64{0, 1, 300} {
					out, rest, ended, err := inflateAll(t, append(enc, "junk"...), wbits, chunk, limit)
					if err != nil || !ended || !bytes.Equal(out, data) {
						t.Fatalf("level %d wbits %d chunk %d limit %d: err %v ended %v len %d", level, wbits, chunk, limit, err, ended, len(out))
					}
					if chunk == len(enc) && limit == 0 && string(rest) != "junk" {
						t.Errorf("unused %q", rest)
					}
				}
			}
		}
	}
}

func TestErrors(t *testing.T) {
	if _, _, _, err := inflateAll(t, []byte("xx123"), 15, 5, 0); err != errHeader {
		t.Errorf("bad header: %v", err)
	}
	c := NewCompressor(-1, 15, 0, nil)
	enc := append(c.Write([]byte("abc")), c.Finish()...)
	if enc[0] != 0x78 || enc[1] != 0x9c {
		t.Errorf("zlib header %x", enc[:2])
	}
	enc[len(enc)-1] ^= 1
	if _, _, _, err := inflateAll(t, enc, 15, 100, 0); err != errDataCheck {
		t.Errorf("data check: %v", err)
	}
	if _, _, _, err := inflateAll(t, []byte{0x07}, -15, 1, 0); err != errBlockType {
		t.Errorf("block type: %v", err)
	}
	if _, _, _, err := inflateAll(t, []byte{0x01, 0x01, 0x00, 0x01, 0x00}, -15, 5, 0); err != errStoredLen {
		t.Errorf("stored lengths: %v", err)
	}
	if Adler32(1, []byte("abc")) != 38600999 {
		t.Errorf("Adler32 = %d", Adler32(1, []byte("abc")))
	}
}

// TestCZlib decodes streams written by C zlib, whose last block ends
// within a byte of the trailer, fed whole and a byte at a time.
func TestCZlib(t *testing.T) {
	want := bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog. "), 5)
	for _, tc := range []struct {
		hex   string
		wbits int
	}{
		{"789c0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29840c41c500d28c50c4", 15},
		{"1f8b08000000000002030bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29840c41c500298219a2e1000000", 31},
	} {
		enc, _ := hex.DecodeString(tc.hex)
		for _, chunk := range []int{1, len(enc)} {
			out, rest, ended, err := inflateAll(t, append(enc, 'x'), tc.wbits, chunk, 0)
			if err != nil || !ended || !bytes.Equal(out, want) || chunk > 1 && string(rest) != "x" {
				t.Errorf("wbits %d chunk %d: err %v ended %v out %q rest %q", tc.wbits, chunk, err, ended, out, rest)
			}
		}
	}
}

func TestCompressorCopy(t *testing.T) {
	data := bytes.Repeat([]byte("copy me, copy me "), 4000)
	for _, wbits := range []int{15, -15, 31} {
		c := NewCompressor(6, wbits, 0, nil)
		head := c.Write(data)
		cp := c.Copy()
		a := append(append(append([]byte{}, head...), c.Write([]byte("tail A"))...), c.Finish()...)
		b := append(append(append([]byte{}, head...), cp.Write(data[:100])...), cp.Finish()...)
		for _, tc := range []struct {
			enc  []byte
			want []byte
		}{{a, append(append([]byte{}, data...), "tail A"...)}, {b, append(append([]byte{}, data...), data[:100]...)}} {
			out, _, ended, err := inflateAll(t, tc.enc, wbits, len(tc.enc), 0)
			if err != nil || !ended || !bytes.Equal(out, tc.want) {
				t.Errorf("wbits %d: err %v ended %v len %d want %d", wbits, err, ended, len(out), len(tc.want))
			}
		}
	}
}
