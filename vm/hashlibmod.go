package vm

// CPython's builtin hash modules, which hashlib falls back on when there
// is no _hashlib (OpenSSL): _md5, _sha1, _sha256 (sha224, sha256), _sha512
// (sha384, sha512), _sha3 (sha3_224/256/384/512, shake_128/256) and
// _blake2 (blake2b, blake2s with keys, salt, personalization and tree
// parameters). MD5, SHA-1, SHA-2 and SHA-3 are Go's crypto packages;
// BLAKE2 is vm/lib/blake2. As in CPython, md5 to sha512 are functions
// returning objects of types that cannot be called, and the _sha3 and
// _blake2 algorithms are types.

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"sync"

	"github.com/pyjit/pyjit/vm/lib/blake2"
)

// hashState is the running state of one hash object.
type hashState interface {
	Write(p []byte) (int, error)
	// sum is the digest of the data so far (n bytes of it for SHAKE),
	// leaving the state as it is.
	sum(n int) []byte
	clone() (hashState, error)
}

// clonerState is a fixed-length hash of Go's (or vm/lib/blake2's).
type clonerState struct{ hash.Cloner }

func (s clonerState) sum(int) []byte { return s.Sum(nil) }

func (s clonerState) clone() (hashState, error) {
	c, err := s.Clone()
	if err != nil {
		return nil, Errorf(ValueErrorType, "cannot copy the %T hash state: %v", s.Cloner, err)
	}
	return clonerState{c}, nil
}

// shakeState is a SHAKE extendable-output function; reading its output
// changes it, so sum reads from a copy.
type shakeState struct {
	*sha3.SHAKE
	fresh func() *sha3.SHAKE
}

func (s shakeState) clone() (hashState, error) {
	b, err := s.MarshalBinary()
	if err == nil {
		c := s.fresh()
		if err = c.UnmarshalBinary(b); err == nil {
			return shakeState{c, s.fresh}, nil
		}
	}
	return nil, Errorf(ValueErrorType, "cannot copy the SHAKE state: %v", err)
}

func (s shakeState) sum(n int) []byte {
	c, err := s.clone()
	out := make([]byte, n)
	if err == nil {
		c.(shakeState).Read(out)
	}
	return out
}

// hashAlgo is one algorithm of the builtin hash modules.
type hashAlgo struct {
	name       string // hash.name and the type's __name__
	module     string // "_sha256"
	digestSize int    // 0 for SHAKE
	blockSize  int
	fresh      func() hashState // nil for BLAKE2, whose state takes parameters
	typ        *Type
	// sha3Suffix is the domain-separation byte of a _sha3 algorithm
	// (its _suffix), 0 for the others.
	sha3Suffix byte
}

// newHashState adapts a Go hash constructor that returns a hash.Cloner
// (every hash of Go's crypto packages does).
func newHashState[H hash.Hash](mk func() H) func() hashState {
	return func() hashState { return clonerState{any(mk()).(hash.Cloner)} }
}

func newShakeState(mk func() *sha3.SHAKE) func() hashState {
	return func() hashState { return shakeState{mk(), mk} }
}

var hashAlgos = []*hashAlgo{
	{name: "md5", module: "_md5", digestSize: 16, blockSize: 64, fresh: newHashState(md5.New)},
	{name: "sha1", module: "_sha1", digestSize: 20, blockSize: 64, fresh: newHashState(sha1.New)},
	{name: "sha224", module: "_sha256", digestSize: 28, blockSize: 64, fresh: newHashState(sha256.New224)},
	{name: "sha256", module: "_sha256", digestSize: 32, blockSize: 64, fresh: newHashState(sha256.New)},
	{name: "sha384", module: "_sha512", digestSize: 48, blockSize: 128, fresh: newHashState(sha512.New384)},
	{name: "sha512", module: "_sha512", digestSize: 64, blockSize: 128, fresh: newHashState(sha512.New)},
	{name: "sha3_224", module: "_sha3", digestSize: 28, blockSize: 144, fresh: newHashState(sha3.New224), sha3Suffix: 0x06},
	{name: "sha3_256", module: "_sha3", digestSize: 32, blockSize: 136, fresh: newHashState(sha3.New256), sha3Suffix: 0x06},
	{name: "sha3_384", module: "_sha3", digestSize: 48, blockSize: 104, fresh: newHashState(sha3.New384), sha3Suffix: 0x06},
	{name: "sha3_512", module: "_sha3", digestSize: 64, blockSize: 72, fresh: newHashState(sha3.New512), sha3Suffix: 0x06},
	{name: "shake_128", module: "_sha3", blockSize: 168, fresh: newShakeState(sha3.NewSHAKE128), sha3Suffix: 0x1f},
	{name: "shake_256", module: "_sha3", blockSize: 136, fresh: newShakeState(sha3.NewSHAKE256), sha3Suffix: 0x1f},
	{name: "blake2b", module: "_blake2", digestSize: blake2.BSize, blockSize: blake2.BBlockSize},
	{name: "blake2s", module: "_blake2", digestSize: blake2.SSize, blockSize: blake2.SBlockSize},
}

// hashAlgoNamed returns the algorithm called name.
func hashAlgoNamed(name string) *hashAlgo {
	for _, a := range hashAlgos {
		if a.name == name {
			return a
		}
	}
	panic("vm: no hash algorithm " + name)
}

var hashOnce sync.Once

// hashObject is a hash object of any of the builtin algorithms. Its lock
// keeps threads that share it from interleaving an update with a digest
// or a copy.
type hashObject struct {
	mu         sync.Mutex
	algo       *hashAlgo
	st         hashState
	digestSize int // differs from algo's for BLAKE2 with digest_size
}

// Type implements Object.
func (h *hashObject) Type() *Type { return h.algo.typ }

func (h *hashObject) update(p []byte) {
	h.mu.Lock()
	h.st.Write(p)
	h.mu.Unlock()
}

func (h *hashObject) sum(n int) []byte {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.st.sum(n)
}

func (h *hashObject) copy() (*hashObject, error) {
	h.mu.Lock()
	st, err := h.st.clone()
	h.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return &hashObject{algo: h.algo, st: st, digestSize: h.digestSize}, nil
}

// hashDataArg reads data to hash, with the errors of CPython's
// GET_BUFFER_VIEW_OR_ERROUT.
func hashDataArg(v Value) ([]byte, error) {
	switch o := bufferObject(v).o.(type) {
	case *Str:
		return nil, Errorf(TypeErrorType, "Strings must be encoded before hashing")
	case *MemoryView:
		if err := o.check(); err != nil {
			return nil, err
		}
	}
	if !contiguous(v) {
		return nil, Errorf(BufferErrorType, "memoryview: underlying buffer is not C-contiguous")
	}
	if p, ok := bytesLike(v); ok {
		return p, nil
	}
	return nil, Errorf(TypeErrorType, "object supporting the buffer API required")
}

// newHashObject returns a hash of algo's over data (Null: none), its
// state st.
func newHashObject(algo *hashAlgo, st hashState, digestSize int, data Value) (Value, error) {
	h := &hashObject{algo: algo, st: st, digestSize: digestSize}
	if data.o != nil {
		p, err := hashDataArg(data)
		if err != nil {
			return Null, err
		}
		h.update(p)
	}
	return Obj(h), nil
}

// usedForSecurityArg evaluates the usedforsecurity flag, which changes
// nothing here (no algorithm is blocked), for its errors.
func (th *Thread) usedForSecurityArg(v Value) error {
	if v.o == nil {
		return nil
	}
	_, err := th.Truth(v)
	return err
}

// hashFunc is the constructor function of md5 to sha512:
// name(string=b"", *, usedforsecurity=True).
func hashFunc(algo *hashAlgo) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		var data, sec Value
		if err := unpackArgs(algo.name, args, kw, 0, []string{"string", "$usedforsecurity"}, &data, &sec); err != nil {
			return Null, err
		}
		if err := th.usedForSecurityArg(sec); err != nil {
			return Null, err
		}
		return newHashObject(algo, algo.fresh(), algo.digestSize, data)
	}
}

// sha3New is the __new__ of the _sha3 types: (data, /, *, usedforsecurity=True).
func sha3New(algo *hashAlgo) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		var data, sec Value
		if err := unpackArgs("sha3_224", args[1:], kw, 0, []string{"data", "$usedforsecurity"}, &data, &sec); err != nil {
			return Null, err
		}
		if err := th.usedForSecurityArg(sec); err != nil {
			return Null, err
		}
		return newHashObject(algo, algo.fresh(), algo.digestSize, data)
	}
}

// shakeLengthArg reads the length of a SHAKE digest.
func shakeLengthArg(v Value) (int, error) {
	n, err := cUnsignedArg(v, "Python int too large to convert to C unsigned long")
	if err != nil {
		return 0, err
	}
	if n >= 1<<29 {
		return 0, Errorf(ValueErrorType, "length is too large")
	}
	return int(n), nil
}

// cUnsignedArg converts an argument CPython reads with its unsigned long
// (long long) converters: an int, not negative, of at most 64 bits
// (else OverflowError tooLarge).
func cUnsignedArg(v Value, tooLarge string) (uint64, error) {
	b, ok := asBig(v)
	switch {
	case !ok:
		return 0, Errorf(TypeErrorType, "an integer is required")
	case b.Sign() < 0:
		return 0, Errorf(ValueErrorType, "value must be positive")
	case b.BitLen() > 64:
		return 0, Errorf(OverflowErrorType, "%s", tooLarge)
	}
	return b.Uint64(), nil
}

func initHashTypes() {
	var types []*Type
	for _, a := range hashAlgos {
		a.typ = newHashType(a)
		types = append(types, a.typ)
	}
	attachArgSpecs(types)
	for _, a := range hashAlgos {
		// As CPython's, their names in messages include the module.
		a.typ.Name = a.module + "." + a.name
	}
}

// newHashType builds the type of algo's hash objects.
func newHashType(a *hashAlgo) *Type {
	t := newBuiltinType(a.name, ObjectType)
	t.layout = t
	t.final = true
	t.Dict.SetStr("__module__", String(a.module))
	self := func(v Value) *hashObject { return v.o.(*hashObject) }
	method(t, "update", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		p, err := hashDataArg(args[0])
		if err != nil {
			return Null, err
		}
		self(v).update(p)
		return None, nil
	})
	method(t, "copy", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		c, err := self(v).copy()
		if err != nil {
			return Null, err
		}
		return Obj(c), nil
	})
	digest := func(v Value, args []Value) ([]byte, error) {
		h := self(v)
		if a.digestSize != 0 {
			return h.sum(0)[:h.digestSize], nil
		}
		n, err := shakeLengthArg(args[0])
		if err != nil {
			return nil, err
		}
		return h.sum(n), nil
	}
	method(t, "digest", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		p, err := digest(v, args)
		if err != nil {
			return Null, err
		}
		return bytesResult(p), nil
	})
	method(t, "hexdigest", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		p, err := digest(v, args)
		if err != nil {
			return Null, err
		}
		return String(hex.EncodeToString(p)), nil
	})
	getset(t, "name", func(th *Thread, v Value) (Value, error) { return String(a.name), nil })
	getset(t, "digest_size", func(th *Thread, v Value) (Value, error) { return Int(int64(self(v).digestSize)), nil })
	getset(t, "block_size", func(th *Thread, v Value) (Value, error) { return Int(int64(a.blockSize)), nil })
	switch a.module {
	case "_sha3":
		addSHA3Attrs(t, a)
	case "_blake2":
		addBlake2Attrs(t, a)
	}
	return t
}

// addSHA3Attrs gives a _sha3 type its constructor and its sponge's
// parameters.
func addSHA3Attrs(t *Type, a *hashAlgo) {
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: sha3New(a)}))
	rate := 8 * a.blockSize
	getset(t, "_capacity_bits", func(th *Thread, v Value) (Value, error) { return Int(int64(1600 - rate)), nil })
	getset(t, "_rate_bits", func(th *Thread, v Value) (Value, error) { return Int(int64(rate)), nil })
	getset(t, "_suffix", func(th *Thread, v Value) (Value, error) { return bytesResult([]byte{a.sha3Suffix}), nil })
}

// blake2Sizes returns the salt (and person) size and the largest key and
// digest size of a BLAKE2 variant.
func blake2Sizes(a *hashAlgo) (salt, max int) {
	if a.name == "blake2b" {
		return blake2.BSaltSize, blake2.BSize
	}
	return blake2.SSaltSize, blake2.SSize
}

// addBlake2Attrs gives a _blake2 type its constructor and constants.
func addBlake2Attrs(t *Type, a *hashAlgo) {
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: blake2New(a)}))
	salt, max := blake2Sizes(a)
	t.Dict.SetStr("SALT_SIZE", Int(int64(salt)))
	t.Dict.SetStr("PERSON_SIZE", Int(int64(salt)))
	t.Dict.SetStr("MAX_KEY_SIZE", Int(int64(max)))
	t.Dict.SetStr("MAX_DIGEST_SIZE", Int(int64(max)))
}

// blake2New is the __new__ of blake2b and blake2s: (data=b"", /, *,
// digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
// node_depth, inner_size, last_node, usedforsecurity), with CPython's
// checks in CPython's order: the conversions, then the ranges.
func blake2New(a *hashAlgo) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		var data Value
		var opts [12]Value
		names := []string{"data", "$digest_size", "$key", "$salt", "$person", "$fanout", "$depth",
			"$leaf_size", "$node_offset", "$node_depth", "$inner_size", "$last_node", "$usedforsecurity"}
		out := []*Value{&data}
		for i := range opts {
			out = append(out, &opts[i])
		}
		if err := unpackArgs(a.name, args[1:], kw, 0, names, out...); err != nil {
			return Null, err
		}
		p, err := th.blake2Params(a, opts[:])
		if err != nil {
			return Null, err
		}
		var st hash.Cloner
		if a.name == "blake2b" {
			st, err = blake2.NewB(p)
		} else {
			st, err = blake2.NewS(p)
		}
		if err != nil {
			return Null, Errorf(ValueErrorType, "%v", err)
		}
		return newHashObject(a, clonerState{st}, p.DigestSize, data)
	}
}

// blake2Params converts and checks the keyword arguments of blake2b and
// blake2s (opts in the order of their parameters, Null when not given).
func (th *Thread) blake2Params(a *hashAlgo, opts []Value) (blake2.Params, error) {
	saltSize, max := blake2Sizes(a)
	p := blake2.Params{DigestSize: max, Fanout: 1, Depth: 1}
	var ints [4]int64 // digest_size, fanout, depth, node_depth, as C ints
	ints[0], ints[1], ints[2] = int64(max), 1, 1
	var innerSize int64
	var leafSize, nodeOffset uint64
	var err error
	intArg := func(v Value, dst *int64) {
		if err == nil && v.o != nil {
			*dst, err = th.cIntArg(v)
		}
	}
	bufArg := func(v Value, dst *[]byte) {
		if err == nil && v.o != nil {
			*dst, err = bufferArg(v)
		}
	}
	unsignedArg := func(v Value, dst *uint64, tooLarge string) {
		if err == nil && v.o != nil {
			*dst, err = cUnsignedArg(v, tooLarge)
		}
	}
	truthArg := func(v Value, dst *bool) {
		if err == nil && v.o != nil {
			*dst, err = th.Truth(v)
		}
	}
	intArg(opts[0], &ints[0])
	bufArg(opts[1], &p.Key)
	bufArg(opts[2], &p.Salt)
	bufArg(opts[3], &p.Person)
	intArg(opts[4], &ints[1])
	intArg(opts[5], &ints[2])
	unsignedArg(opts[6], &leafSize, "Python int too large to convert to C unsigned long")
	unsignedArg(opts[7], &nodeOffset, "int too big to convert")
	intArg(opts[8], &ints[3])
	intArg(opts[9], &innerSize)
	truthArg(opts[10], &p.LastNode)
	var secure bool
	truthArg(opts[11], &secure)
	if err != nil {
		return p, err
	}
	switch {
	case ints[0] < 1 || ints[0] > int64(max):
		return p, Errorf(ValueErrorType, "digest_size must be between 1 and %d bytes", max)
	case len(p.Salt) > saltSize:
		return p, Errorf(ValueErrorType, "maximum salt length is %d bytes", saltSize)
	case len(p.Person) > saltSize:
		return p, Errorf(ValueErrorType, "maximum person length is %d bytes", saltSize)
	case ints[1] < 0 || ints[1] > 255:
		return p, Errorf(ValueErrorType, "fanout must be between 0 and 255")
	case ints[2] < 1 || ints[2] > 255:
		return p, Errorf(ValueErrorType, "depth must be between 1 and 255")
	case leafSize > 0xffffffff:
		return p, Errorf(OverflowErrorType, "leaf_size is too large")
	case a.name == "blake2s" && nodeOffset > 0xffffffffffff:
		return p, Errorf(OverflowErrorType, "node_offset is too large")
	case ints[3] < 0 || ints[3] > 255:
		return p, Errorf(ValueErrorType, "node_depth must be between 0 and 255")
	case innerSize < 0 || innerSize > int64(max):
		return p, Errorf(ValueErrorType, "inner_size must be between 0 and is %d", max)
	case len(p.Key) > max:
		return p, Errorf(ValueErrorType, "maximum key length is %d bytes", max)
	}
	p.DigestSize, p.Fanout, p.Depth, p.NodeDepth = int(ints[0]), uint8(ints[1]), uint8(ints[2]), uint8(ints[3])
	p.LeafSize, p.NodeOffset, p.InnerSize = uint32(leafSize), nodeOffset, uint8(innerSize)
	return p, nil
}

// makeHashModule returns the maker of a module of hash functions (md5 to
// sha512) with its types' names (MD5Type).
func makeHashModule(name string, funcs []string, typeNames map[string]string) func(*Thread) (*Module, error) {
	return func(th *Thread) (*Module, error) {
		hashOnce.Do(initHashTypes)
		fns := map[string]BuiltinFunc{}
		for _, f := range funcs {
			fns[f] = hashFunc(hashAlgoNamed(f))
		}
		m := newNativeModule(name, fns)
		for attr, algo := range typeNames {
			m.Dict.SetStr(attr, Obj(hashAlgoNamed(algo).typ))
		}
		return m, nil
	}
}

func makeSHA3Module(th *Thread) (*Module, error) {
	hashOnce.Do(initHashTypes)
	m := newNativeModule("_sha3", nil)
	for _, n := range []string{"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"} {
		m.Dict.SetStr(n, Obj(hashAlgoNamed(n).typ))
	}
	m.Dict.SetStr("implementation", String("tiny_sha3"))
	m.Dict.SetStr("keccakopt", Int(0))
	return m, nil
}

func makeBlake2Module(th *Thread) (*Module, error) {
	hashOnce.Do(initHashTypes)
	m := newNativeModule("_blake2", nil)
	for _, n := range []string{"blake2b", "blake2s"} {
		a := hashAlgoNamed(n)
		m.Dict.SetStr(n, Obj(a.typ))
		salt, max := blake2Sizes(a)
		prefix := "BLAKE2B_"
		if n == "blake2s" {
			prefix = "BLAKE2S_"
		}
		m.Dict.SetStr(prefix+"SALT_SIZE", Int(int64(salt)))
		m.Dict.SetStr(prefix+"PERSON_SIZE", Int(int64(salt)))
		m.Dict.SetStr(prefix+"MAX_KEY_SIZE", Int(int64(max)))
		m.Dict.SetStr(prefix+"MAX_DIGEST_SIZE", Int(int64(max)))
	}
	return m, nil
}
