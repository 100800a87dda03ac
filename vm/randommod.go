package vm

// The _random module: CPython's Mersenne Twister (MT19937) with its exact
// seeding, so random.seed(n) produces the same sequence as CPython.

import (
	"crypto/sha512"
	"encoding/binary"
	"math/big"
	"sync"
	"time"
)

const mtN, mtM = 624, 397

type mersenne struct {
	mt    [mtN]uint32
	index int
}

func (m *mersenne) initGenrand(s uint32) {
	m.mt[0] = s
	for i := 1; i < mtN; i++ {
		m.mt[i] = 1812433253*(m.mt[i-1]^(m.mt[i-1]>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mersenne) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.mt[0] = m.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.mt[0] = m.mt[mtN-1]
			i = 1
		}
	}
	m.mt[0] = 0x80000000
}

func (m *mersenne) uint32() uint32 {
	if m.index >= mtN {
		for kk := 0; kk < mtN; kk++ {
			y := (m.mt[kk] & 0x80000000) | (m.mt[(kk+1)%mtN] & 0x7fffffff)
			v := m.mt[(kk+mtM)%mtN] ^ (y >> 1)
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			m.mt[kk] = v
		}
		m.index = 0
	}
	y := m.mt[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (m *mersenne) random() float64 {
	a := m.uint32() >> 5
	b := m.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedInt seeds from a non-negative integer as CPython's random_seed does.
func (m *mersenne) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	var key []uint32
	words := n.Bits()
	_ = words
	b := n.Bytes() // big-endian
	for i := len(b); i > 0; i -= 4 {
		lo := i - 4
		if lo < 0 {
			lo = 0
		}
		var w uint32
		for _, c := range b[lo:i] {
			w = w<<8 | uint32(c)
		}
		key = append(key, w)
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

// RandomState is an instance of _random.Random.
type RandomState struct {
	mt   mersenne
	dict *Dict
}

// Type implements Object.
func (*RandomState) Type() *Type { return RandomType }

// RandomType is _random.Random.
var RandomType *Type

func (th *Thread) randomSeed(r *RandomState, a Value) error {
	switch v := unwrap(a).o.(type) {
	case nil, noneTag:
		r.mt.seedInt(big.NewInt(time.Now().UnixNano()))
		return nil
	case *Str:
		data := []byte(v.s)
		sum := sha512.Sum512(data)
		n := new(big.Int).SetBytes(append(data, sum[:]...))
		r.mt.seedInt(n)
		return nil
	case *Bytes:
		sum := sha512.Sum512(v.b)
		n := new(big.Int).SetBytes(append(append([]byte(nil), v.b...), sum[:]...))
		r.mt.seedInt(n)
		return nil
	}
	if b, ok := asBig(unwrap(a)); ok {
		r.mt.seedInt(b)
		return nil
	}
	if a.IsFloat() {
		h, err := th.Hash(a)
		if err != nil {
			return err
		}
		r.mt.seedInt(big.NewInt(h))
		return nil
	}
	return Errorf(TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

// randomOnce creates RandomType once for all interpreters.
var randomOnce sync.Once

func makeRandomModule(th *Thread) (*Module, error) {
	randomOnce.Do(func() {
		t := newBuiltinType("Random", ObjectType)
		t.Name = "_random.Random"
		t.layout = t
		t.hasDict = true
		t.Dict.SetStr("__module__", String("_random"))
		t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			cls := args[0].o.(*Type)
			r := &RandomState{}
			r.mt.seedInt(big.NewInt(time.Now().UnixNano()))
			if cls != RandomType {
				return newSubclassInstance(cls, Obj(r)), nil
			}
			return Obj(r), nil
		}}))
		rs := func(v Value) *RandomState { return unwrap(v).o.(*RandomState) }
		// As CPython's random_init: Random(x) seeds from x, also for a
		// subclass that keeps this __init__.
		var randomInit Value
		method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				if self.Type() == t || self.Type().Lookup("__init__").o == randomInit.o {
					return Null, Errorf(TypeErrorType, "Random() takes no keyword arguments")
				}
			}
			pos := args[:len(args)-len(kw)]
			if len(pos) > 1 {
				return Null, Errorf(TypeErrorType, "Random() requires 0 or 1 argument")
			}
			a := None
			if len(pos) == 1 {
				a = pos[0]
			}
			return None, th.randomSeed(rs(self), a)
		})
		randomInit, _ = t.Dict.GetStr("__init__")
		method(t, "seed", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			a := None
			if len(args) > 0 {
				a = args[0]
			}
			return None, th.randomSeed(rs(self), a)
		})
		method(t, "random", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Float(rs(self).mt.random()), nil
		})
		method(t, "getrandbits", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "getrandbits() takes exactly one argument (%d given)", len(args))
			}
			k64, err := th.cIntArg(args[0])
			if err != nil {
				return Null, err
			}
			if k64 < 0 {
				return Null, Errorf(ValueErrorType, "number of bits must be non-negative")
			}
			if err := th.alloc(k64 / 8); err != nil {
				return Null, err
			}
			k := int(k64)
			m := &rs(self).mt
			if k <= 32 {
				if k == 0 {
					return Int(0), nil
				}
				return Int(int64(m.uint32() >> (32 - k))), nil
			}
			// The words come least significant first; the buffer is
			// big-endian, so it fills from its end.
			words := (k-1)/32 + 1
			buf := make([]byte, 4*words)
			for i := 0; i < words; i, k = i+1, k-32 {
				r := m.uint32()
				if k < 32 {
					r >>= 32 - k
				}
				binary.BigEndian.PutUint32(buf[len(buf)-4*(i+1):], r)
			}
			return IntFromBig(new(big.Int).SetBytes(buf)), nil
		})
		method(t, "getstate", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			m := &rs(self).mt
			items := make([]Value, mtN+1)
			for i, w := range m.mt {
				items[i] = Int(int64(w))
			}
			items[mtN] = Int(int64(m.index))
			return Obj(NewTuple(items)), nil
		})
		method(t, "setstate", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			// As CPython's random_setstate: the state changes only once
			// all of it is checked.
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "Random.setstate() takes exactly one argument (%d given)", len(args))
			}
			tu, ok := args[0].o.(*Tuple)
			if !ok {
				return Null, Errorf(TypeErrorType, "state vector must be a tuple")
			}
			if len(tu.items) != mtN+1 {
				return Null, Errorf(ValueErrorType, "state vector is the wrong size")
			}
			var words [mtN]uint32
			for i := range words {
				v := unwrap(tu.items[i])
				b, ok := asBig(v)
				if !ok {
					return Null, Errorf(TypeErrorType, "an integer is required")
				}
				if b.Sign() < 0 {
					return Null, Errorf(OverflowErrorType, "can't convert negative value to unsigned int")
				}
				if b.BitLen() > 64 {
					return Null, Errorf(OverflowErrorType, "Python int too large to convert to C unsigned long")
				}
				words[i] = uint32(b.Uint64())
			}
			index, err := th.cIntArg(tu.items[mtN])
			if err != nil {
				return Null, err
			}
			if index < 0 || index > mtN {
				return Null, Errorf(ValueErrorType, "invalid state")
			}
			m := &rs(self).mt
			m.mt = words
			m.index = int(index)
			return None, nil
		})
		attachArgSpecs([]*Type{t})
		RandomType = t
	})
	m := &Module{Name: "_random", Dict: NewDict()}
	m.Dict.SetStr("__name__", String("_random"))
	m.Dict.SetStr("Random", Obj(RandomType))
	return m, nil
}
