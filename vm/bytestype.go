package vm

// The methods bytes and bytearray share (searching, splitting, stripping,
// ASCII case mapping and classification, translation, fromhex) and
// bytearray's mutating methods. As in CPython, the character classes are
// ASCII-only, arguments may be any bytes-like object, and the methods of
// a bytearray return new bytearrays.

import (
	"bytes"
	"math"
	"strconv"

	"github.com/pyjit/pyjit/vm/code"
)

// bytesSelf returns the bytes or bytearray value of self (an instance of
// a subclass included). The argument checks guarantee its type; an empty
// value stands in otherwise.
func bytesSelf(v Value) *Bytes {
	if b, ok := v.o.(*Bytes); ok {
		return b
	}
	if b, ok := unwrap(v).o.(*Bytes); ok {
		return b
	}
	return &Bytes{b: []byte{}}
}

// with returns a new bytes, or bytearray when b is one, holding p.
func (b *Bytes) with(p []byte) Value {
	if p == nil {
		p = []byte{}
	}
	return Obj(&Bytes{b: p, mutable: b.mutable})
}

// withCopy is with for a p that may share memory with another object.
func (b *Bytes) withCopy(p []byte) Value {
	return b.with(append([]byte{}, p...))
}

// bytesLikeArg returns the contents of a bytes-like argument, or
// CPython's TypeError.
func bytesLikeArg(v Value) ([]byte, error) {
	if p, ok := bytesLike(v); ok {
		return p, nil
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
}

// byteValue converts v, an integer, to a byte, with CPython's errors.
func (th *Thread) byteValue(v Value) (byte, error) {
	r, ok, err := th.indexValue(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	return byteOfIndex(r)
}

// byteOfIndex converts r, the result of an __index__ conversion, to a
// byte, with CPython's error.
func byteOfIndex(r Value) (byte, error) {
	r = unwrap(r)
	if !r.IsSmallInt() && !r.IsBool() || int64(r.n) < 0 || int64(r.n) > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(r.n), nil
}

// subArg reads the needle of find, count, index and their mirrors: a
// bytes-like object or an integer naming one byte.
func (th *Thread) subArg(v Value) ([]byte, error) {
	if p, ok := bytesLike(v); ok {
		return p, nil
	}
	if _, ok := v.o.(*Instance); ok || isIntLike(v) {
		if r, ok, err := th.indexValue(v); err != nil || ok {
			if err != nil {
				return nil, err
			}
			c, err := byteOfIndex(r)
			return []byte{c}, err
		}
	}
	return nil, Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", v.Type().Name)
}

// sliceBound reads one optional start or end argument: None or absent
// gives def; an int beyond the machine's range saturates.
func (th *Thread) sliceBound(args []Value, i int, def int) (int, error) {
	if i >= len(args) || args[i].IsNone() {
		return def, nil
	}
	r, ok, err := th.indexValue(args[i])
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	r = unwrap(r)
	if b, ok := r.o.(*BigInt); ok {
		if b.b.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	return int(int64(r.n)), nil
}

// bytesBounds reads the optional start and end arguments of the search
// methods. The caller reads the sequence after every argument has been
// converted (a conversion may change a bytearray) and adjusts them to its
// length with adjustIndices.
func (th *Thread) bytesBounds(args []Value) (int, int, error) {
	start, err := th.sliceBound(args, 0, 0)
	if err != nil {
		return 0, 0, err
	}
	end, err := th.sliceBound(args, 1, math.MaxInt)
	if err != nil {
		return 0, 0, err
	}
	return start, end, nil
}

// adjustIndices adjusts start and end to a sequence of length n as
// CPython's ADJUST_INDICES: negative ones count from the end and are
// clamped at zero, end is clamped at n; start may exceed n.
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	return start, end
}

// bytesFind implements find, rfind, index and rindex.
func bytesFind(name string, rev, raise bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) < 1 || len(args) > 3 {
			return Null, argCountError(name, 1, 3, len(args))
		}
		// CPython reads start and end before the needle.
		start, end, err := th.bytesBounds(args[1:])
		if err != nil {
			return Null, err
		}
		sub, err := th.subArg(args[0])
		if err != nil {
			return Null, err
		}
		s := bytesSelf(self).b
		start, end = adjustIndices(start, end, len(s))
		i := -1
		if end-start >= len(sub) {
			if rev {
				i = bytes.LastIndex(s[start:end], sub)
			} else {
				i = bytes.Index(s[start:end], sub)
			}
			if i >= 0 {
				i += start
			}
		}
		if i < 0 && raise {
			return Null, Errorf(ValueErrorType, "subsection not found")
		}
		return Int(int64(i)), nil
	}
}

func bytesCount(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(args) < 1 || len(args) > 3 {
		return Null, argCountError("count", 1, 3, len(args))
	}
	start, end, err := th.bytesBounds(args[1:])
	if err != nil {
		return Null, err
	}
	sub, err := th.subArg(args[0])
	if err != nil {
		return Null, err
	}
	s := bytesSelf(self).b
	start, end = adjustIndices(start, end, len(s))
	if end < start {
		return Int(0), nil
	}
	if len(sub) == 0 {
		return Int(int64(end - start + 1)), nil
	}
	return Int(int64(bytes.Count(s[start:end], sub))), nil
}

// bytesAffix implements startswith (rev false) and endswith, as CPython's
// _Py_bytes_tailmatch.
func bytesAffix(name string, rev bool) BuiltinFunc {
	match := func(s []byte, start, end int, sub []byte) bool {
		n := len(s)
		if !rev {
			if start > n-len(sub) {
				return false
			}
		} else {
			if end-start < len(sub) || start > n {
				return false
			}
			if end-len(sub) > start {
				start = end - len(sub)
			}
		}
		return end-start >= len(sub) && bytes.Equal(s[start:start+len(sub)], sub)
	}
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) < 1 || len(args) > 3 {
			return Null, argCountError(name, 1, 3, len(args))
		}
		start, end, err := th.bytesBounds(args[1:])
		if err != nil {
			return Null, err
		}
		s := bytesSelf(self).b
		start, end = adjustIndices(start, end, len(s))
		if t, ok := args[0].o.(*Tuple); ok {
			for _, x := range t.items {
				sub, err := bytesLikeArg(x)
				if err != nil {
					return Null, err
				}
				if match(s, start, end, sub) {
					return True, nil
				}
			}
			return False, nil
		}
		sub, ok := bytesLike(args[0])
		if !ok {
			return Null, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, args[0].Type().Name)
		}
		return Bool(match(s, start, end, sub)), nil
	}
}

// isBSpace reports whether c is ASCII whitespace, as CPython's Py_ISSPACE.
func isBSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

func isBLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isBUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isBAlpha(c byte) bool { return isBLower(c) || isBUpper(c) }
func isBDigit(c byte) bool { return c >= '0' && c <= '9' }

func toBLower(c byte) byte {
	if isBUpper(c) {
		return c + 32
	}
	return c
}

func toBUpper(c byte) byte {
	if isBLower(c) {
		return c - 32
	}
	return c
}

// bytesMap returns a method mapping each byte of self through f, which
// sees whether the byte before was cased.
func bytesMap(f func(c byte, i int, prevCased bool) byte) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b := bytesSelf(self)
		out := make([]byte, len(b.b))
		prev := false
		for i, c := range b.b {
			out[i] = f(c, i, prev)
			prev = isBAlpha(c)
		}
		return b.with(out), nil
	}
}

// bytesPred returns a method that is true when self is not empty and all
// its bytes pass p.
func bytesPred(p func(byte) bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := bytesSelf(self).b
		for _, c := range s {
			if !p(c) {
				return False, nil
			}
		}
		return Bool(len(s) > 0), nil
	}
}

// bytesCased implements isupper (upper true) and islower: some byte of
// the case, none of the other.
func bytesCased(upper bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		cased := false
		for _, c := range bytesSelf(self).b {
			if isBUpper(c) && !upper || isBLower(c) && upper {
				return False, nil
			}
			cased = cased || isBAlpha(c)
		}
		return Bool(cased), nil
	}
}

func bytesIsTitle(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	cased, prev := false, false
	for _, c := range bytesSelf(self).b {
		switch {
		case isBUpper(c):
			if prev {
				return False, nil
			}
			prev, cased = true, true
		case isBLower(c):
			if !prev {
				return False, nil
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return Bool(cased), nil
}

// bytesStrip implements strip (left and right), lstrip and rstrip.
func bytesStrip(name string, left, right bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) > 1 {
			return Null, argCountError(name, 0, 1, len(args))
		}
		b := bytesSelf(self)
		in := isBSpace
		if len(args) == 1 && !args[0].IsNone() {
			chars, err := bytesLikeArg(args[0])
			if err != nil {
				return Null, err
			}
			in = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
		}
		i, j := 0, len(b.b)
		for left && i < j && in(b.b[i]) {
			i++
		}
		for right && j > i && in(b.b[j-1]) {
			j--
		}
		return b.withCopy(b.b[i:j]), nil
	}
}

// bytesSplit implements split and rsplit (rev).
func bytesSplit(name string, rev bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var sepV, maxV Value
		if err := unpackArgs(name, args, kw, 0, []string{"sep", "maxsplit"}, &sepV, &maxV); err != nil {
			return Null, err
		}
		b := bytesSelf(self)
		limit := int64(-1)
		if maxV.o != nil {
			var err error
			if limit, err = th.sizeArg(maxV); err != nil {
				return Null, err
			}
		}
		var parts [][]byte
		if sepV.o == nil || sepV.IsNone() {
			if err := th.allocN(int64(len(b.b)/2+1), splitPartBytes); err != nil {
				return Null, err
			}
			parts = splitSpace(b.b, limit, rev)
		} else {
			sep, err := bytesLikeArg(sepV)
			if err != nil {
				return Null, err
			}
			if len(sep) == 0 {
				return Null, Errorf(ValueErrorType, "empty separator")
			}
			if err := th.allocN(int64(bytes.Count(b.b, sep))+1, splitPartBytes); err != nil {
				return Null, err
			}
			parts = splitSep(b.b, sep, limit, rev)
		}
		out := make([]Value, len(parts))
		for i, p := range parts {
			out[i] = b.withCopy(p)
		}
		return Obj(NewList(out)), nil
	}
}

// splitSpace splits s at runs of ASCII whitespace, at most limit times
// (any number when negative), from the right when rev; the unsplit rest
// keeps its whitespace on the far side, as CPython's.
func splitSpace(s []byte, limit int64, rev bool) [][]byte {
	var out [][]byte
	if !rev {
		i, n := 0, len(s)
		for {
			for i < n && isBSpace(s[i]) {
				i++
			}
			if i == n {
				break
			}
			if limit == 0 {
				out = append(out, s[i:])
				break
			}
			j := i
			for j < n && !isBSpace(s[j]) {
				j++
			}
			out = append(out, s[i:j])
			limit--
			i = j
		}
		return out
	}
	j := len(s)
	for {
		for j > 0 && isBSpace(s[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if limit == 0 {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 && !isBSpace(s[i-1]) {
			i--
		}
		out = append(out, s[i:j])
		limit--
		j = i
	}
	reverseParts(out)
	return out
}

// splitSep splits s at sep, at most limit times (any number when
// negative), from the right when rev.
func splitSep(s, sep []byte, limit int64, rev bool) [][]byte {
	var out [][]byte
	if !rev {
		i := 0
		for ; limit != 0; limit-- {
			k := bytes.Index(s[i:], sep)
			if k < 0 {
				break
			}
			out = append(out, s[i:i+k])
			i += k + len(sep)
		}
		return append(out, s[i:])
	}
	j := len(s)
	for ; limit != 0; limit-- {
		k := bytes.LastIndex(s[:j], sep)
		if k < 0 {
			break
		}
		out = append(out, s[k+len(sep):j])
		j = k
	}
	out = append(out, s[:j])
	reverseParts(out)
	return out
}

func reverseParts(p [][]byte) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// bytesPartition implements partition and rpartition (rev).
func bytesPartition(name string, rev bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError(name, 1, 1, len(args))
		}
		sep, err := bytesLikeArg(args[0])
		if err != nil {
			return Null, err
		}
		if len(sep) == 0 {
			return Null, Errorf(ValueErrorType, "empty separator")
		}
		b := bytesSelf(self)
		var i int
		if rev {
			i = bytes.LastIndex(b.b, sep)
		} else {
			i = bytes.Index(b.b, sep)
		}
		if i < 0 {
			// bytes returns itself, a subclass's instance included;
			// bytearray a copy.
			whole := self
			if b.mutable {
				whole = b.withCopy(b.b)
			}
			if rev {
				return TupleOf(b.with(nil), b.with(nil), whole), nil
			}
			return TupleOf(whole, b.with(nil), b.with(nil)), nil
		}
		mid := b.withCopy(sep)
		if !b.mutable {
			// bytes returns the separator object itself (a memoryview
			// stays one); bytearray a new bytearray.
			mid = args[0]
		}
		return TupleOf(b.withCopy(b.b[:i]), mid, b.withCopy(b.b[i+len(sep):])), nil
	}
}

func bytesReplace(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(args) < 2 || len(args) > 3 {
		return Null, argCountError("replace", 2, 3, len(args))
	}
	old, err := bytesLikeArg(args[0])
	if err != nil {
		return Null, err
	}
	nw, err := bytesLikeArg(args[1])
	if err != nil {
		return Null, err
	}
	limit := int64(-1)
	if len(args) == 3 {
		if limit, err = th.sizeArg(args[2]); err != nil {
			return Null, err
		}
	}
	b := bytesSelf(self)
	s := b.b
	k := int64(len(s) + 1)
	if len(old) > 0 {
		k = int64(bytes.Count(s, old))
	}
	if limit >= 0 && limit < k {
		k = limit
	}
	if len(nw) > len(old) {
		if err := th.alloc(int64(len(s)) + k*int64(len(nw)-len(old))); err != nil {
			return Null, err
		}
	}
	if len(old) > 0 {
		return b.with(bytes.Replace(s, old, nw, int(k))), nil
	}
	// An empty old matches before every byte and at the end.
	out := make([]byte, 0, len(s)+int(k)*len(nw))
	for i := 0; i <= len(s); i++ {
		if int64(i) < k {
			out = append(out, nw...)
		}
		if i < len(s) {
			out = append(out, s[i])
		}
	}
	return b.with(out), nil
}

// bytesRemoveAffix implements removeprefix and removesuffix (suffix).
func bytesRemoveAffix(name string, suffix bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError(name, 1, 1, len(args))
		}
		p, err := bytesLikeArg(args[0])
		if err != nil {
			return Null, err
		}
		b := bytesSelf(self)
		if suffix {
			return b.withCopy(bytes.TrimSuffix(b.b, p)), nil
		}
		return b.withCopy(bytes.TrimPrefix(b.b, p)), nil
	}
}

func bytesSplitlines(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var keep Value
	if err := unpackArgs("splitlines", args, kw, 0, []string{"keepends"}, &keep); err != nil {
		return Null, err
	}
	keepends := false
	if keep.o != nil {
		n, err := th.cIntArg(keep)
		if err != nil {
			return Null, err
		}
		keepends = n != 0
	}
	b := bytesSelf(self)
	s := b.b
	var out []Value
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != '\n' && s[j] != '\r' {
			j++
		}
		eol := j
		if j < len(s) {
			if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
			if keepends {
				eol = j
			}
		}
		out = append(out, b.withCopy(s[i:eol]))
		i = j
	}
	return Obj(NewList(out)), nil
}

func bytesExpandtabs(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var tsV Value
	if err := unpackArgs("expandtabs", args, kw, 0, []string{"tabsize"}, &tsV); err != nil {
		return Null, err
	}
	ts := int64(8)
	if tsV.o != nil {
		var err error
		if ts, err = th.cIntArg(tsV); err != nil {
			return Null, err
		}
	}
	b := bytesSelf(self)
	size, col := int64(0), int64(0)
	for _, c := range b.b {
		switch c {
		case '\t':
			if ts > 0 {
				size += ts - col%ts
				col += ts - col%ts
			}
		case '\n', '\r':
			size++
			col = 0
		default:
			size++
			col++
		}
	}
	if err := th.alloc(size); err != nil {
		return Null, err
	}
	out := make([]byte, 0, size)
	col = 0
	for _, c := range b.b {
		switch c {
		case '\t':
			if ts > 0 {
				n := ts - col%ts
				out = append(out, bytes.Repeat([]byte{' '}, int(n))...)
				col += n
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return b.with(out), nil
}

// bytesSizeError is CPython's error for a bytes result of n bytes that
// Py_ssize_t cannot hold once the object's header is added (a bytearray
// runs out of memory instead).
func bytesSizeError(n int64, mutable bool) error {
	if !mutable && n > math.MaxInt64-33 {
		return Errorf(OverflowErrorType, "byte string is too large")
	}
	return nil
}

func bytesZfill(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 {
		return Null, argCountError("zfill", 1, 1, len(args))
	}
	w, err := th.sizeArg(args[0])
	if err != nil {
		return Null, err
	}
	b := bytesSelf(self)
	s := b.b
	if w <= int64(len(s)) {
		return b.withCopy(s), nil
	}
	if err := bytesSizeError(w, b.mutable); err != nil {
		return Null, err
	}
	if err := th.alloc(w); err != nil {
		return Null, err
	}
	out := make([]byte, 0, w)
	body := s
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		out = append(out, s[0])
		body = s[1:]
	}
	out = append(out, bytes.Repeat([]byte{'0'}, int(w)-len(s))...)
	return b.with(append(out, body...)), nil
}

func bytesTranslate(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var tableV, delV Value
	if err := unpackArgs("translate", args, kw, 1, []string{"table", "delete"}, &tableV, &delV); err != nil {
		return Null, err
	}
	var table []byte
	if !tableV.IsNone() {
		t, err := bytesLikeArg(tableV)
		if err != nil {
			return Null, err
		}
		if len(t) != 256 {
			return Null, Errorf(ValueErrorType, "translation table must be 256 characters long")
		}
		table = t
	}
	var del []byte
	if delV.o != nil {
		d, err := bytesLikeArg(delV)
		if err != nil {
			return Null, err
		}
		del = d
	}
	b := bytesSelf(self)
	out := make([]byte, 0, len(b.b))
	for _, c := range b.b {
		if bytes.IndexByte(del, c) >= 0 {
			continue
		}
		if table != nil {
			c = table[c]
		}
		out = append(out, c)
	}
	return b.with(out), nil
}

// bytesMaketrans is the static method maketrans(frm, to) of bytes and
// bytearray.
func bytesMaketrans(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 {
		return Null, argCountError("maketrans", 2, 2, len(args))
	}
	frm, err := bytesLikeArg(args[0])
	if err != nil {
		return Null, err
	}
	to, err := bytesLikeArg(args[1])
	if err != nil {
		return Null, err
	}
	if len(frm) != len(to) {
		return Null, Errorf(ValueErrorType, "maketrans arguments must have same length")
	}
	out := make([]byte, 256)
	for i := range out {
		out[i] = byte(i)
	}
	for i, c := range frm {
		out[c] = to[i]
	}
	return Obj(&Bytes{b: out}), nil
}

// bytesFromhex returns the class method fromhex of bytes or bytearray.
func bytesFromhex(mutable bool) BuiltinFunc {
	return func(th *Thread, cls Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("fromhex", 1, 1, len(args))
		}
		s, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", typeNameForArg(args[0]))
		}
		hexVal := func(c byte) int {
			switch {
			case isBDigit(c):
				return int(c - '0')
			case c >= 'a' && c <= 'f':
				return int(c-'a') + 10
			case c >= 'A' && c <= 'F':
				return int(c-'A') + 10
			}
			return -1
		}
		var out []byte
		str := s.s
		pos := 0 // the index in code points, for the error
		for i := 0; i < len(str); {
			if isBSpace(str[i]) {
				i++
				pos++
				continue
			}
			hi := hexVal(str[i])
			if hi < 0 {
				return Null, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pos)
			}
			if i+1 >= len(str) || hexVal(str[i+1]) < 0 {
				return Null, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pos+1)
			}
			out = append(out, byte(hi<<4|hexVal(str[i+1])))
			i += 2
			pos += 2
		}
		r := Obj(&Bytes{b: append([]byte{}, out...), mutable: mutable})
		if t, ok := cls.o.(*Type); ok && t != BytesType && t != ByteArrayType {
			return th.Call(cls, []Value{r}, nil)
		}
		return r, nil
	}
}

// bytesFromDunder returns what v's __bytes__ returns, which must be bytes.
func (th *Thread) bytesFromDunder(v Value) ([]byte, error) {
	r, _, err := th.callDunder(v, "__bytes__")
	if err != nil {
		return nil, err
	}
	if b, ok := unwrap(r).o.(*Bytes); ok && !b.mutable {
		return b.b, nil
	}
	return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
}

// bytesOf returns the bytes %s and %b format: a bytes-like object's, or
// those its __bytes__ returns.
func (th *Thread) bytesOf(v Value) ([]byte, error) {
	if p, ok := bytesLike(v); ok {
		return p, nil
	}
	if _, isStr := v.o.(*Str); !isStr && v.Type().Lookup("__bytes__").o != nil {
		return th.bytesFromDunder(v)
	}
	return nil, Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.Type().Name)
}

// bytesPercent implements bytes % args and bytearray % args, as CPython's
// _PyBytes_FormatEx. The numeric conversions share str's formatting.
func (th *Thread) bytesPercent(format []byte, arg Value, mutable bool) (Value, error) {
	var args []Value
	var mapping Value
	if t, ok := unwrap(arg).o.(*Tuple); ok {
		args = t.items
	} else {
		args = []Value{arg}
		// str, bytes and bytearray are not mappings here, though they
		// have __getitem__.
		switch unwrap(arg).o.(type) {
		case *Str, *Bytes:
		default:
			if arg.Type().Lookup("__getitem__").o != nil {
				mapping = arg
			}
		}
	}
	ai := 0
	next := func() (Value, error) {
		if ai >= len(args) {
			return Null, Errorf(TypeErrorType, "not enough arguments for format string")
		}
		ai++
		return args[ai-1], nil
	}
	out := make([]byte, 0, len(format))
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			out = append(out, format[i])
			continue
		}
		start := i
		i++
		if i >= len(format) {
			return Null, Errorf(ValueErrorType, "incomplete format")
		}
		var val Value
		if format[i] == '(' {
			depth, j := 1, i+1
			for ; j < len(format) && depth > 0; j++ {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
			}
			if mapping.o == nil {
				return Null, Errorf(TypeErrorType, "format requires a mapping")
			}
			if depth > 0 {
				return Null, Errorf(ValueErrorType, "incomplete format key")
			}
			v, err := th.GetItem(mapping, Obj(&Bytes{b: append([]byte{}, format[i+1:j-1]...)}))
			if err != nil {
				return Null, err
			}
			val, i = v, j
		}
		// The conversion's spec, with * replaced by the argument's value.
		spec := []byte{'%'}
		left := false
		for ; i < len(format) && bytes.IndexByte([]byte("-+ #0"), format[i]) >= 0; i++ {
			left = left || format[i] == '-'
			spec = append(spec, format[i])
		}
		width, prec := 0, -1
		if i < len(format) && format[i] == '*' {
			w, err := next()
			if err != nil {
				return Null, err
			}
			if !isIntLike(w) {
				return Null, Errorf(TypeErrorType, "* wants int")
			}
			w64, err := th.sizeArg(w)
			if err != nil {
				return Null, err
			}
			if w64 < 0 {
				left, w64 = true, -w64
				spec = append(spec, '-')
			}
			width = int(w64)
			spec = strconv.AppendInt(spec, w64, 10)
			i++
		} else {
			for ; i < len(format) && isBDigit(format[i]); i++ {
				if width > (math.MaxInt32-9)/10 {
					return Null, Errorf(ValueErrorType, "width too big")
				}
				width = width*10 + int(format[i]-'0')
				spec = append(spec, format[i])
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			prec = 0
			if i < len(format) && format[i] == '*' {
				p, err := next()
				if err != nil {
					return Null, err
				}
				if !isIntLike(p) {
					return Null, Errorf(TypeErrorType, "* wants int")
				}
				p64, err := th.cIntArg(p)
				if err != nil {
					return Null, err
				}
				prec = max(int(p64), 0)
				i++
			} else {
				for ; i < len(format) && isBDigit(format[i]); i++ {
					prec = prec*10 + int(format[i]-'0')
					if prec > maxFormatPrecision {
						return Null, Errorf(ValueErrorType, "precision too big")
					}
				}
			}
			spec = append(append(spec, '.'), strconv.Itoa(prec)...)
		}
		for i < len(format) && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return Null, Errorf(ValueErrorType, "incomplete format")
		}
		conv := format[i]
		if conv == '%' && i == start+1 {
			out = append(out, '%')
			continue
		}
		if val.o == nil {
			v, err := next()
			if err != nil {
				return Null, err
			}
			val = v
		}
		var p []byte
		switch conv {
		case 's', 'b':
			b, err := th.bytesOf(val)
			if err != nil {
				return Null, err
			}
			p = b
		case 'r', 'a':
			s, err := th.Repr(val)
			if err != nil {
				return Null, err
			}
			p = []byte(asciiEscape(s))
		case 'c':
			if b, ok := unwrap(val).o.(*Bytes); ok && len(b.b) == 1 {
				p = b.b
			} else {
				c, err := th.percentCharCode(val, 256, "%c requires an integer in range(256) or a single byte", "%c arg not in range(256)")
				if err != nil {
					return Null, err
				}
				p = []byte{byte(c)}
			}
			prec = -1
		case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G':
			if bytes.IndexByte([]byte("eEfFgG"), conv) >= 0 {
				// Any failure to get the float is this TypeError
				// (CPython's formatfloat for bytes).
				f, err := th.floatArg("", val)
				if err != nil {
					return Null, Errorf(TypeErrorType, "float argument required, not %s", val.Type().Name)
				}
				val = Float(f)
			}
			r, err := th.percentFormat(string(spec)+string(conv), TupleOf(val))
			if err != nil {
				return Null, err
			}
			if s, ok := r.o.(*Str); ok {
				out = append(out, s.s...)
			}
			continue
		default:
			return Null, Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		if prec >= 0 && prec < len(p) {
			p = p[:prec]
		}
		if err := th.alloc(int64(len(out) + width + len(p))); err != nil {
			return Null, err
		}
		pad := bytes.Repeat([]byte{' '}, max(width-len(p), 0))
		if left {
			out = append(append(out, p...), pad...)
		} else {
			out = append(append(out, pad...), p...)
		}
	}
	if ai < len(args) && mapping.o == nil {
		return Null, Errorf(TypeErrorType, "not all arguments converted during bytes formatting")
	}
	return Obj(&Bytes{b: out, mutable: mutable}), nil
}

// bytesMethods returns the methods bytes and bytearray (mutable) share.
func bytesMethods(mutable bool) map[string]BuiltinFunc {
	return map[string]BuiltinFunc{
		"count":      bytesCount,
		"find":       bytesFind("find", false, false),
		"rfind":      bytesFind("rfind", true, false),
		"index":      bytesFind("index", false, true),
		"rindex":     bytesFind("rindex", true, true),
		"startswith": bytesAffix("startswith", false),
		"endswith":   bytesAffix("endswith", true),
		"lower":      bytesMap(func(c byte, _ int, _ bool) byte { return toBLower(c) }),
		"upper":      bytesMap(func(c byte, _ int, _ bool) byte { return toBUpper(c) }),
		"swapcase": bytesMap(func(c byte, _ int, _ bool) byte {
			if isBUpper(c) {
				return toBLower(c)
			}
			return toBUpper(c)
		}),
		"capitalize": bytesMap(func(c byte, i int, _ bool) byte {
			if i == 0 {
				return toBUpper(c)
			}
			return toBLower(c)
		}),
		"title": bytesMap(func(c byte, _ int, prev bool) byte {
			if prev {
				return toBLower(c)
			}
			return toBUpper(c)
		}),
		"isalnum": bytesPred(func(c byte) bool { return isBAlpha(c) || isBDigit(c) }),
		"isalpha": bytesPred(isBAlpha),
		"isdigit": bytesPred(isBDigit),
		"isspace": bytesPred(isBSpace),
		"isascii": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			for _, c := range bytesSelf(self).b {
				if c >= 0x80 {
					return False, nil
				}
			}
			return True, nil
		},
		"islower":      bytesCased(false),
		"isupper":      bytesCased(true),
		"istitle":      bytesIsTitle,
		"strip":        bytesStrip("strip", true, true),
		"lstrip":       bytesStrip("lstrip", true, false),
		"rstrip":       bytesStrip("rstrip", false, true),
		"split":        bytesSplit("split", false),
		"rsplit":       bytesSplit("rsplit", true),
		"partition":    bytesPartition("partition", false),
		"rpartition":   bytesPartition("rpartition", true),
		"replace":      bytesReplace,
		"removeprefix": bytesRemoveAffix("removeprefix", false),
		"removesuffix": bytesRemoveAffix("removesuffix", true),
		"splitlines":   bytesSplitlines,
		"expandtabs":   bytesExpandtabs,
		"zfill":        bytesZfill,
		"translate":    bytesTranslate,
		"__add__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			b := bytesSelf(self)
			o, ok := bytesLike(args[0])
			if !ok {
				if th.operatorCall(self) {
					return NotImplemented, nil
				}
				return Null, Errorf(TypeErrorType, "can't concat %s to %s", args[0].Type().Name, self.Type().Name)
			}
			if err := th.alloc(int64(len(b.b) + len(o))); err != nil {
				return Null, err
			}
			return b.with(append(append([]byte{}, b.b...), o...)), nil
		},
		"__mul__":  bytesRepeat,
		"__rmul__": bytesRepeat,
		"__mod__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			b := bytesSelf(self)
			return th.bytesPercent(b.b, args[0], b.mutable)
		},
		"__rmod__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, ok := unwrap(args[0]).o.(*Bytes)
			if !ok || o.mutable != mutable {
				return NotImplemented, nil
			}
			return th.bytesPercent(o.b, self, o.mutable)
		},
		"__str__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if th.interp.flags.BytesWarning > 0 {
				kind := "bytes"
				if bytesSelf(self).mutable {
					kind = "bytearray"
				}
				if err := th.warn(BytesWarningType, "str() on a "+kind+" instance"); err != nil {
					return Null, err
				}
			}
			if bytesSelf(self).mutable {
				// bytearray's repr names the subclass.
				return th.callSpecial(ByteArrayType.Dict.mustGet("__repr__"), self)
			}
			s, err := th.Repr(Obj(bytesSelf(self)))
			return String(s), err
		},
	}
}

// bytesRepeat implements __mul__ and __rmul__ of bytes and bytearray; a
// count that is not an integer gives NotImplemented, as str's.
func bytesRepeat(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	n, ok, err := th.repeatOperand(self, args[0])
	if err != nil {
		return Null, err
	}
	if !ok {
		return NotImplemented, nil
	}
	b := bytesSelf(self)
	if exact, ok := self.o.(*Bytes); ok && !exact.mutable && n == 1 {
		return self, nil
	}
	if err := repeatOverflow(len(b.b), n, !b.mutable, "repeated bytes are too long"); err != nil {
		return Null, err
	}
	r, err := th.repeatString(string(b.b), n)
	return b.with([]byte(r)), err
}

// bytearraySelf returns the bytearray value of self.
func bytearraySelf(v Value) *Bytes { return bytesSelf(v) }

// bytearrayExtraMethods returns bytearray's methods besides the resizing
// ones of bytearrayMethods: __init__, the in-place operators, pickling
// and sizes.
func bytearrayExtraMethods() map[string]BuiltinFunc {
	return map[string]BuiltinFunc{
		"__init__": bytearrayInit,
		"__iadd__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			_, err := th.bytearrayInplace(bytearraySelf(self), code.NB_ADD, args[0])
			if err != nil {
				return Null, err
			}
			return self, nil
		},
		"__imul__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			done, err := th.bytearrayInplace(bytearraySelf(self), code.NB_MULTIPLY, args[0])
			if err != nil {
				return Null, err
			}
			if !done {
				// The operator protocol goes on to the other operand.
				if th.operatorCall(self) {
					return NotImplemented, nil
				}
				return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
			}
			return self, nil
		},
		"__alloc__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(bytearraySelf(self).allocated())), nil
		},
		"__sizeof__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(56 + cap(bytearraySelf(self).b))), nil
		},
		"__reduce__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.bytearrayReduce(self, 2)
		},
		"__reduce_ex__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			proto := int64(0)
			if len(args) > 0 {
				var err error
				if proto, err = th.cIntArg(args[0]); err != nil {
					return Null, err
				}
			}
			return th.bytearrayReduce(self, proto)
		},
	}
}

// bytearrayReduce is bytearray's __reduce_ex__(proto): its class and the
// arguments that rebuild it, and its __getstate__() (CPython's
// _common_reduce).
func (th *Thread) bytearrayReduce(self Value, proto int64) (Value, error) {
	b := bytearraySelf(self)
	state, err := th.objectGetState(self, false)
	if err != nil {
		return Null, err
	}
	cls := Obj(self.Type())
	if len(b.b) == 0 {
		return TupleOf(cls, TupleOf(), state), nil
	}
	if proto < 3 {
		rs := make([]rune, len(b.b))
		for i, c := range b.b {
			rs[i] = rune(c)
		}
		return TupleOf(cls, TupleOf(String(string(rs)), String("latin-1")), state), nil
	}
	return TupleOf(cls, TupleOf(Obj(&Bytes{b: append([]byte{}, b.b...)})), state), nil
}

// bytesSource returns the contents of bytes(source, encoding, errors) or
// bytearray(...) (t): the encoded str, a bytes-like object's bytes (or for
// bytes those of __bytes__), n zero bytes, or the integers an iterable
// yields.
func (th *Thread) bytesSource(t *Type, args []Value, kw []string) ([]byte, error) {
	src, enc, errs, err := bytesSourceArgs(t, args, kw)
	if err != nil {
		return nil, err
	}
	return th.bytesFromSource(t, src, enc, errs)
}

// bytesExactFromDunder is bytes(x) for an x that is bytes (x itself) or
// that has a __bytes__ method: what the method returns, as it is
// (CPython's PyObject_Bytes); ok is false when that is not the case.
func (th *Thread) bytesExactFromDunder(args []Value, kw []string) (Value, bool, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Null, false, nil
	}
	src := args[0]
	if b, isBytes := src.o.(*Bytes); isBytes {
		// bytes(b) is b itself.
		return src, !b.mutable, nil
	}
	if src.Type().Lookup("__bytes__").o == nil {
		return Null, false, nil
	}
	r, _, err := th.callDunder(src, "__bytes__")
	if err != nil {
		return Null, true, err
	}
	if b, ok := unwrap(r).o.(*Bytes); !ok || b.mutable {
		return Null, true, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
	}
	return r, true, nil
}

// bytesSourceArgs unpacks and checks the source, encoding and errors
// arguments of bytes() or bytearray().
func bytesSourceArgs(t *Type, args []Value, kw []string) (src, enc, errs Value, err error) {
	if err := unpackArgs(t.Name, args, kw, 0, []string{"source", "encoding", "errors"}, &src, &enc, &errs); err != nil {
		return Null, Null, Null, err
	}
	for i, v := range []Value{enc, errs} {
		if _, err := codecStrArg(bytesFuncName(t), []string{"encoding", "errors"}[i], v, ""); err != nil {
			return Null, Null, Null, err
		}
	}
	return src, enc, errs, nil
}

// bytesFuncName is the name of the constructor of t in error messages.
func bytesFuncName(t *Type) string {
	if t.IsSubtype(ByteArrayType) {
		return "bytearray"
	}
	return "bytes"
}

// bytesFromSource is bytesSource once the arguments are unpacked.
func (th *Thread) bytesFromSource(t *Type, src, enc, errs Value) ([]byte, error) {
	fname := bytesFuncName(t)
	if src.o == nil {
		switch {
		case enc.o != nil:
			return nil, Errorf(TypeErrorType, "encoding without a string argument")
		case errs.o != nil:
			return nil, Errorf(TypeErrorType, "errors without a string argument")
		}
		return []byte{}, nil
	}
	if _, isBytes := src.o.(*Bytes); !isBytes && enc.o == nil && errs.o == nil && t.IsSubtype(BytesType) && src.Type().Lookup("__bytes__").o != nil {
		// bytes() asks an object's __bytes__ first (an instance's, even
		// one of a subclass of str, bytes or bytearray, or a weak proxy's).
		p, err := th.bytesFromDunder(src)
		if err != nil {
			return nil, err
		}
		return append([]byte{}, p...), nil
	}
	if s, ok := unwrap(src).o.(*Str); ok {
		if enc.o == nil {
			return nil, Errorf(TypeErrorType, "string argument without an encoding")
		}
		v, err := th.encodeStr(t.Name, s, src, enc, errs)
		if err != nil {
			return nil, err
		}
		return append([]byte{}, v.b...), nil
	}
	if enc.o != nil {
		return nil, Errorf(TypeErrorType, "encoding without a string argument")
	}
	if errs.o != nil {
		return nil, Errorf(TypeErrorType, "errors without a string argument")
	}
	if p, ok := bytesLike(src); ok {
		return append([]byte{}, p...), nil
	}
	if n, ok, err := th.indexValue(src); err != nil || ok {
		if err != nil {
			return nil, err
		}
		count, err := th.sizeArg(n)
		if err != nil {
			return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if count < 0 {
			return nil, Errorf(ValueErrorType, "negative count")
		}
		if fname == "bytes" && count > math.MaxInt64-33 {
			// Beyond Py_ssize_t once CPython's bytes header is added.
			return nil, Errorf(OverflowErrorType, "byte string is too large")
		}
		if err := th.alloc(count); err != nil {
			return nil, err
		}
		return make([]byte, count), nil
	}
	if !th.isIterable(src) {
		return nil, Errorf(TypeErrorType, "cannot convert '%s' object to %s", src.Type().Name, t.Name)
	}
	return th.bytesOfIterable(t, src)
}

// bytesOfIterable collects the bytes of an iterable of ints for a bytes
// (or bytearray, when t is one) being built, converting each item as it
// comes.
func (th *Thread) bytesOfIterable(t *Type, src Value) ([]byte, error) {
	var out []byte
	if err := th.appendIterBytes(&out, src, !t.IsSubtype(ByteArrayType)); err != nil {
		return nil, err
	}
	return out, nil
}

// appendIterBytes appends to *dst the bytes that the ints src yields
// name. bytes() (forBytes) sizes its result from the length estimate and
// words its range error in the plural; bytearray() does neither. *dst is
// reread after each conversion, which may change it.
func (th *Thread) appendIterBytes(dst *[]byte, src Value, forBytes bool) error {
	add := func(x Value) error {
		c, err := th.byteValue(x)
		if e, ok := err.(*Exception); ok && e.typ == ValueErrorType && forBytes {
			return Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		if err != nil {
			return err
		}
		if len(*dst) == cap(*dst) && cap(*dst) >= smallAlloc {
			if err := th.alloc(int64(cap(*dst)) * 2); err != nil {
				return err
			}
		}
		*dst = append(*dst, c)
		return nil
	}
	switch o := src.o.(type) {
	case *List:
		// The length is reread: a conversion may change the list.
		for i := 0; i < len(o.items); i++ {
			if err := add(o.items[i]); err != nil {
				return err
			}
		}
		return nil
	case *Tuple:
		for _, x := range o.items {
			if err := add(x); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := th.Iter(src)
	if err != nil {
		return err
	}
	if forBytes {
		if err := th.lengthHintError(src); err != nil {
			return err
		}
		// CPython allocates the bytes for the length of a sized
		// iterable first: too large a size is a MemoryError before any
		// item is converted.
		if _, isInstance := src.o.(*Instance); !isInstance {
			if n, err := th.Len(src); err == nil && len(*dst) == 0 && n > cap(*dst) {
				if err := th.alloc(int64(n)); err != nil {
					return err
				}
				*dst = make([]byte, 0, n)
			}
		}
	}
	for {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			return err
		}
		if err := add(x); err != nil {
			return err
		}
	}
}

// bytearrayInit is bytearray.__init__: it replaces the contents. As
// CPython's, it empties the array first and fills it from an iterable
// byte by byte, so a conversion sees the bytes so far.
func bytearrayInit(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	src, enc, errs, err := bytesSourceArgs(ByteArrayType, args, kw)
	if err != nil {
		return Null, err
	}
	b := bytearraySelf(self)
	if len(b.b) != 0 {
		if err := b.resize([]byte{}); err != nil {
			return Null, err
		}
	}
	if src.o != nil && enc.o == nil && errs.o == nil && fillsByteByByte(src) && th.isIterable(src) {
		return None, th.bytearrayFill(b, src)
	}
	p, err := th.bytesFromSource(ByteArrayType, src, enc, errs)
	if err != nil {
		return Null, err
	}
	if len(p) > 0 {
		if err := b.canResize(); err != nil {
			return Null, err
		}
		b.alloc = max(initAlloc(b.allocated(), 0, len(p), false), 1)
	}
	b.b = p
	return None, nil
}

// fillsByteByByte reports whether bytearray(src) iterates src, adding
// one byte at a time: src is not a str, an integer or a buffer, nor a
// list or tuple of ints only.
func fillsByteByByte(src Value) bool {
	if _, ok := unwrap(src).o.(*Str); ok {
		return false
	}
	switch o := src.o.(type) {
	case intTag, boolTag, *BigInt:
		return false
	case *List:
		return !allExactInts(o.items)
	case *Tuple:
		return !allExactInts(o.items)
	}
	if _, ok := bytesLike(src); ok {
		return false
	}
	return !isIntLike(src) && src.Type().Lookup("__index__").o == nil
}

// allExactInts reports whether every item is an int (not a bool or an
// instance of a subclass).
func allExactInts(items []Value) bool {
	for _, x := range items {
		switch x.o.(type) {
		case intTag, *BigInt:
		default:
			return false
		}
	}
	return true
}

// bytearrayFill appends the ints that src yields to b, growing its
// allocation one byte at a time as CPython does.
func (th *Thread) bytearrayFill(b *Bytes, src Value) error {
	it, err := th.Iter(src)
	if err != nil {
		return err
	}
	for {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			return err
		}
		c, err := th.byteValue(x)
		if err != nil {
			return err
		}
		if err := b.canResize(); err != nil {
			return err
		}
		if n := len(b.b) + 1; n >= b.allocated() {
			next := nextAlloc(b.allocated(), n)
			if err := th.alloc(int64(next - b.allocated())); err != nil {
				return err
			}
			b.alloc = next
		}
		b.b = append(b.b, c)
	}
}

// hexMethod is the hex method of bytes, bytearray and memoryview: b in
// hexadecimal, with an optional one-character separator every
// bytes_per_sep bytes (counted from the right, or from the left when
// negative). data gives the bytes once the arguments are converted (a
// conversion may change a bytearray).
func (th *Thread) hexMethod(data func() ([]byte, error), args []Value, kw []string) (Value, error) {
	var sepV, perV Value
	if err := unpackArgs("hex", args, kw, 0, []string{"sep", "bytes_per_sep"}, &sepV, &perV); err != nil {
		return Null, err
	}
	per := int64(1)
	if perV.o != nil {
		n, err := th.cIntArg(perV)
		if err != nil {
			return Null, err
		}
		per = n
	}
	b, err := data()
	if err != nil {
		return Null, err
	}
	out, err := th.hexDigits(b, sepV, per, 127)
	if err != nil {
		return Null, err
	}
	return String(string(out)), nil
}

// hexDigits is b in hexadecimal with separator sepV (Null for none) every
// per bytes, as hex() and binascii.hexlify give it.
func (th *Thread) hexDigits(b []byte, sepV Value, per int64, maxSep rune) ([]byte, error) {
	var sep byte
	if sepV.o != nil {
		c, err := th.hexSeparator(sepV, maxSep)
		if err != nil {
			return nil, err
		}
		sep = c
	} else {
		per = 0
	}
	const digits = "0123456789abcdef"
	group := per
	if group < 0 {
		group = -group
	}
	seps := 0
	if group != 0 && len(b) > 0 {
		seps = (len(b) - 1) / int(group)
	}
	if err := th.alloc(int64(2*len(b) + seps)); err != nil {
		return nil, err
	}
	out := make([]byte, 0, 2*len(b)+seps)
	for i, c := range b {
		if group != 0 && i > 0 {
			// The distance from the group boundary: from the left for a
			// negative count, from the right otherwise.
			at := i
			if per > 0 {
				at = len(b) - i
			}
			if at%int(group) == 0 {
				out = append(out, sep)
			}
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return out, nil
}

// hexSeparator checks the separator argument of hex: one ASCII character,
// as a str or bytes (binascii.hexlify, whose result is bytes, also takes
// one up to maxSep 255).
func (th *Thread) hexSeparator(v Value, maxSep rune) (byte, error) {
	n, err := th.Len(v)
	if err != nil {
		return 0, err
	}
	if n != 1 {
		return 0, Errorf(ValueErrorType, "sep must be length 1.")
	}
	var c rune
	switch x := unwrap(v).o.(type) {
	case *Str:
		c = x.Runes()[0]
	case *Bytes:
		if x.mutable {
			return 0, Errorf(TypeErrorType, "sep must be str or bytes.")
		}
		c = rune(x.b[0])
	default:
		return 0, Errorf(TypeErrorType, "sep must be str or bytes.")
	}
	if c > maxSep {
		return 0, Errorf(ValueErrorType, "sep must be ASCII.")
	}
	return byte(c), nil
}

// percentCharCode is the code of the argument of a %c that is not a
// string of one character: an int, or an object with __index__, below
// limit. As CPython, a TypeError (an __index__'s own included) becomes
// typeMsg's, and a code out of range, however large, an OverflowError.
func (th *Thread) percentCharCode(v Value, limit int64, typeMsg, rangeMsg string) (int64, error) {
	r, ok, err := th.indexValue(v)
	if e, isExc := err.(*Exception); isExc && e.typ.IsSubtype(TypeErrorType) || err == nil && !ok {
		return 0, Errorf(TypeErrorType, "%s", typeMsg)
	}
	if err != nil {
		return 0, err
	}
	n, fits, _, _ := intFits(unwrap(r))
	if !fits || n < 0 || n >= limit {
		return 0, Errorf(OverflowErrorType, "%s", rangeMsg)
	}
	return n, nil
}
