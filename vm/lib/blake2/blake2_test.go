package blake2

import (
	"bytes"
	"encoding/hex"
	"hash"
	"testing"
)

// Expected digests from CPython 3.11's hashlib.blake2b/blake2s; the first
// two are RFC 7693's examples.
var vectors = []struct {
	name string
	b    bool // BLAKE2b, else BLAKE2s
	data []byte
	p    Params
	want string
}{
	{"rfc b abc", true, []byte("abc"), Params{}, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"},
	{"rfc s abc", false, []byte("abc"), Params{}, "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"},
	{"b empty", true, nil, Params{}, "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce"},
	{"s empty", false, nil, Params{}, "69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9"},
	{"b empty keyed", true, nil, Params{Key: []byte("k")}, "a393a0e4093eea8bfd03ebe262849654a10fbf67afc7f4f533efc0f992b33cbc574f32066446c2447ef23d5e86fabfd213b9eed79173ee8900909f2da52269cc"},
	{"s one block", false, bytes.Repeat([]byte("x"), 64), Params{}, "c13eb20b85b1d6a72d52af717429fc54eacc63fecde1295b26f0fa251bdcf40e"},
	{"s block and a byte keyed", false, bytes.Repeat([]byte("x"), 65), Params{Key: []byte("key")}, "2ea40405dce022415e722d4fe5e404a81c065fbbce95a7d3980fc0690c505b99"},
	{"b one block", true, bytes.Repeat([]byte("x"), 128), Params{}, "082b91ea2e15d1556d2ceefdd5af5d64d31b4e01aff1959724578876293825b236ee8079173a0a38160d7d6685d6bca0bfb62c177b3599b8727d9173e2115b91"},
	{"b salt person", true, bytes.Repeat([]byte("x"), 1000), Params{DigestSize: 20, Salt: []byte("salty"), Person: []byte("me")}, "7b2797ce1718b8571dc32097b72a6ba3f50eb463"},
	{"b tree", true, []byte("abc"), Params{DigestSize: 20, Key: []byte("k"), Salt: []byte("s"), Person: []byte("p"), Fanout: 2, Depth: 3, LeafSize: 4, NodeOffset: 5, NodeDepth: 6, InnerSize: 7, LastNode: true}, "335b0d7357ff67ced0d82cd4af94f3e2f2b8c82b"},
	{"s tree", false, []byte("abc"), Params{DigestSize: 20, Key: []byte("k"), Salt: []byte("s"), Person: []byte("p"), Fanout: 2, Depth: 3, LeafSize: 4, NodeOffset: 5, NodeDepth: 6, InnerSize: 7, LastNode: true}, "ba567457294e3499318d97f397da27e077d94e23"},
	{"b largest", true, []byte("abc"), Params{Key: bytes.Repeat([]byte("k"), 64), Salt: bytes.Repeat([]byte("s"), 16), Person: bytes.Repeat([]byte("p"), 16), Fanout: 255, Depth: 255, LeafSize: 1<<32 - 1, NodeOffset: 1<<64 - 1, NodeDepth: 255, InnerSize: 64, LastNode: true}, "4b3b289ace61601636f24e54db8db0f81bf6c5dd9ab0c9d7cb4edb7f189a850b09749d92cfab89a0d04823a696009f950159eeb94ff06beed3263afe5557e12d"},
	{"s largest", false, []byte("abc"), Params{Key: bytes.Repeat([]byte("k"), 32), Salt: bytes.Repeat([]byte("s"), 8), Person: bytes.Repeat([]byte("p"), 8), Fanout: 0, Depth: 255, LeafSize: 1<<32 - 1, NodeOffset: 1<<48 - 1, NodeDepth: 255, InnerSize: 32, LastNode: true}, "d45837afaf1eb42cdd4e06bc6356b5d8e2e62c0d6d9c1dc725174a4b6e2f47f1"},
}

func newHash(t *testing.T, b bool, p Params) hash.Cloner {
	t.Helper()
	if p.DigestSize == 0 {
		p.DigestSize = SSize
		if b {
			p.DigestSize = BSize
		}
	}
	if p.Fanout == 0 && p.Depth == 0 {
		p.Fanout, p.Depth = 1, 1
	}
	var h hash.Cloner
	var err error
	if b {
		h, err = NewB(p)
	} else {
		h, err = NewS(p)
	}
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestVectors(t *testing.T) {
	for _, v := range vectors {
		t.Run(v.name, func(t *testing.T) {
			h := newHash(t, v.b, v.p)
			h.Write(v.data)
			if got := hex.EncodeToString(h.Sum(nil)); got != v.want {
				t.Errorf("got %s, want %s", got, v.want)
			}
		})
	}
}

// TestPieces writes the data in pieces of every size, which must not
// change the digest, and checks that Sum, Clone and Reset leave the
// state as they should.
func TestPieces(t *testing.T) {
	for _, v := range vectors {
		for step := 1; step <= 130; step += 7 {
			h := newHash(t, v.b, v.p)
			for i := 0; i < len(v.data); i += step {
				h.Write(v.data[i:min(i+step, len(v.data))])
				h.Sum(nil)
			}
			c, _ := h.Clone()
			if got := hex.EncodeToString(c.Sum(nil)); got != v.want {
				t.Errorf("%s in pieces of %d: got %s, want %s", v.name, step, got, v.want)
			}
			h.Write([]byte("more"))
			h.Reset()
			h.Write(v.data)
			if got := hex.EncodeToString(h.Sum(nil)); got != v.want {
				t.Errorf("%s after Reset: got %s, want %s", v.name, got, v.want)
			}
		}
	}
}

func TestParamsOutOfRange(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    bool
		p    Params
	}{
		{"b digest 0", true, Params{DigestSize: 0}},
		{"b digest 65", true, Params{DigestSize: 65}},
		{"s digest 33", false, Params{DigestSize: 33}},
		{"s key 33", false, Params{DigestSize: 32, Key: make([]byte, 33)}},
		{"b salt 17", true, Params{DigestSize: 64, Salt: make([]byte, 17)}},
		{"s person 9", false, Params{DigestSize: 32, Person: make([]byte, 9)}},
		{"s inner 33", false, Params{DigestSize: 32, InnerSize: 33}},
		{"s offset 2**48", false, Params{DigestSize: 32, NodeOffset: 1 << 48}},
	} {
		var err error
		if tc.b {
			_, err = NewB(tc.p)
		} else {
			_, err = NewS(tc.p)
		}
		if err != ErrParams {
			t.Errorf("%s: err = %v, want ErrParams", tc.name, err)
		}
	}
}
