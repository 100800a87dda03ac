package vm

// str and bytes hashing: CPython's SipHash-1-3 over the PEP 393
// representation, by default with zero keys, i.e. CPython run with
// PYTHONHASHSEED=0 (see hashKeyFromEnv for other values).
// Programs cannot rely on hash values (CPython randomizes them per process
// by default), but matching a fixed seed makes the iteration order of sets
// of strings identical to CPython's under PYTHONHASHSEED=0.

import (
	"crypto/rand"
	"encoding/binary"
	"math/bits"
	"os"
	"strconv"
	"sync/atomic"
	"unsafe"
)

func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v2 += v3
	v1 = bits.RotateLeft64(v1, 13) ^ v0
	v3 = bits.RotateLeft64(v3, 16) ^ v2
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v1
	v0 += v3
	v1 = bits.RotateLeft64(v1, 17) ^ v2
	v3 = bits.RotateLeft64(v3, 21) ^ v0
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}

// hashKey is the key of str and bytes hashes: zero keys unless
// PYTHONHASHSEED asks for others. It is a package variable set by its
// initializer, so that any hash computed while the package initializes
// comes after it.
var hashKey = hashKeyFromEnv(os.Getenv("PYTHONHASHSEED"))

// hashKeyFromEnv is the key PYTHONHASHSEED's value gives, as CPython's
// _Py_HashRandomization_Init: a seed N from 1 to 4294967295 fills the
// key with CPython's linear congruential generator, so that hashes equal
// CPython's under the same seed; "random", a random key. Unlike CPython,
// no value or 0 (or a value CPython rejects) is the zero key, so that
// hashes, and the order of sets of strings, are the same from run to
// run unless randomization is asked for.
func hashKeyFromEnv(env string) [2]uint64 {
	var secret [16]byte
	if env == "random" {
		if _, err := rand.Read(secret[:]); err != nil {
			return [2]uint64{}
		}
	} else {
		seed, err := strconv.ParseUint(env, 10, 32)
		if err != nil || seed == 0 {
			return [2]uint64{}
		}
		x := uint32(seed)
		for i := range secret {
			x = x*214013 + 2531011
			secret[i] = byte(x >> 16)
		}
	}
	return [2]uint64{binary.LittleEndian.Uint64(secret[:8]), binary.LittleEndian.Uint64(secret[8:])}
}

// siphash13 is CPython's siphash13 with the keys of hashKey.
func siphash13(data []byte) uint64 { return siphash13Keyed(hashKey[0], hashKey[1], data) }

// siphash13Keyed is CPython's siphash13 with keys k0 and k1.
func siphash13Keyed(k0, k1 uint64, data []byte) uint64 {
	n := len(data)
	b := uint64(n) << 56
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	for len(data) >= 8 {
		mi := binary.LittleEndian.Uint64(data)
		data = data[8:]
		v3 ^= mi
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= mi
	}
	var t uint64
	for i := len(data) - 1; i >= 0; i-- {
		t = t<<8 | uint64(data[i])
	}
	b |= t
	v3 ^= b
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0 ^= b
	v2 ^= 0xff
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	return (v0 ^ v1) ^ (v2 ^ v3)
}

func hashBytesData(data []byte) int64 {
	if len(data) == 0 {
		return 0
	}
	h := int64(siphash13(data))
	if h == -1 {
		h = -2
	}
	return h
}

// strHash hashes a str as CPython does: over 1, 2 or 4 bytes per code
// point depending on the largest code point.
func strHash(s string) int64 {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		if len(s) == 0 {
			return 0
		}
		// siphash only reads the bytes: no copy of s.
		return hashBytesData(unsafe.Slice(unsafe.StringData(s), len(s)))
	}
	rs := decodeRunes(s)
	maxr := rune(0)
	for _, r := range rs {
		if r > maxr {
			maxr = r
		}
	}
	var data []byte
	switch {
	case maxr < 0x100:
		data = make([]byte, len(rs))
		for i, r := range rs {
			data[i] = byte(r)
		}
	case maxr < 0x10000:
		data = make([]byte, 2*len(rs))
		for i, r := range rs {
			binary.LittleEndian.PutUint16(data[2*i:], uint16(r))
		}
	default:
		data = make([]byte, 4*len(rs))
		for i, r := range rs {
			binary.LittleEndian.PutUint32(data[4*i:], uint32(r))
		}
	}
	return hashBytesData(data)
}

// nameHashEntry caches strHash of the string whose bytes are at data.
type nameHashEntry struct {
	data *byte
	n    int
	h    int64
}

// nameHashCache holds the hashes of recently looked-up Go strings, by the
// address of their bytes, as intern's cache does: the runtime's names
// (`"__new__"`, the keys of kwdefaults) are the same few constants or
// long-lived strings, and an entry keeps its bytes alive, so that the
// address is not reused for other contents while the entry is there.
var nameHashCache [512]atomic.Pointer[nameHashEntry]

// nameHash is strHash(s) for a Go string looked up again and again (a
// name the runtime asks a dict for), without rehashing s every time.
func nameHash(s string) int64 {
	data := unsafe.StringData(s)
	if data == nil {
		return 0
	}
	slot := &nameHashCache[(uintptr(unsafe.Pointer(data))>>3^uintptr(len(s)))&uintptr(len(nameHashCache)-1)]
	if e := slot.Load(); e != nil && e.data == data && e.n == len(s) {
		return e.h
	}
	h := strHash(s)
	slot.Store(&nameHashEntry{data, len(s), h})
	return h
}
