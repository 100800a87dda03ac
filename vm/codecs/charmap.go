package codecs

import "sync"

// encodeLimit encodes s one byte per code point, as ascii (limit 0x80) and
// latin-1 (limit 0x100) do; a run of code points at or above limit is an
// error.
func encodeLimit(s []rune, eh *Errors, enc string, limit rune) ([]byte, error) {
	reason := "ordinal not in range(128)"
	if limit == 0x100 {
		reason = "ordinal not in range(256)"
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] < limit {
			out = append(out, byte(s[i]))
			i++
			continue
		}
		end := i + 1
		for end < len(s) && s[end] >= limit {
			end++
		}
		if out, i = eh.escapePrefix(out, s, i, end); i == end {
			continue
		}
		r, pos, err := eh.encodeError(enc, s, i, end, reason, 1, func(t []rune) ([]byte, bool) {
			b := make([]byte, 0, len(t))
			for _, c := range t {
				if c >= limit {
					return nil, false
				}
				b = append(b, byte(c))
			}
			return b, true
		})
		if err != nil {
			return nil, err
		}
		out = append(out, r...)
		i = pos
	}
	return out, nil
}

// decodeASCII decodes ASCII; each byte above 0x7F is an error.
func decodeASCII(b []byte, eh *Errors) ([]rune, error) {
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			out = append(out, rune(b[i]))
			i++
			continue
		}
		rep, pos, err := eh.decodeError("ascii", &b, i, i+1, "ordinal not in range(128)")
		if err != nil {
			return nil, err
		}
		out = append(out, rep...)
		i = pos
	}
	return out, nil
}

// charmapCodec returns the functions of a single-byte codec with the given
// decoding table.
func charmapCodec(table *[256]rune) (func([]rune, *Errors) ([]byte, error), func([]byte, *Errors) ([]rune, error)) {
	var once sync.Once
	var rev map[rune]byte
	reverse := func() map[rune]byte {
		once.Do(func() {
			rev = make(map[rune]byte, 256)
			for i, c := range table {
				if c != 0xFFFE {
					rev[c] = byte(i)
				}
			}
		})
		return rev
	}
	const reason = "character maps to <undefined>"
	enc := func(s []rune, eh *Errors) ([]byte, error) {
		rev := reverse()
		out := make([]byte, 0, len(s))
		for i := 0; i < len(s); {
			if x, ok := rev[s[i]]; ok {
				out = append(out, x)
				i++
				continue
			}
			end := i + 1
			for end < len(s) {
				if _, ok := rev[s[end]]; ok {
					break
				}
				end++
			}
			r, pos, err := eh.encodeError("charmap", s, i, end, reason, 1, func(t []rune) ([]byte, bool) {
				b := make([]byte, 0, len(t))
				for _, c := range t {
					x, ok := rev[c]
					if !ok {
						return nil, false
					}
					b = append(b, x)
				}
				return b, true
			})
			if err != nil {
				return nil, err
			}
			out = append(out, r...)
			i = pos
		}
		return out, nil
	}
	dec := func(b []byte, eh *Errors) ([]rune, error) {
		out := make([]rune, 0, len(b))
		for i := 0; i < len(b); {
			if c := table[b[i]]; c != 0xFFFE {
				out = append(out, c)
				i++
				continue
			}
			rep, pos, err := eh.decodeError("charmap", &b, i, i+1, reason)
			if err != nil {
				return nil, err
			}
			out = append(out, rep...)
			i = pos
		}
		return out, nil
	}
	return enc, dec
}

// CharmapEncode encodes s as CPython's charmap codec does with a mapping:
// lookup returns the bytes of a code point, or ok false when the mapping
// leaves it undefined. A run of undefined code points goes to the error
// handler, whose text is encoded through the mapping too.
func CharmapEncode(s []rune, eh *Errors, lookup func(rune) (b []byte, ok bool, err error)) ([]byte, error) {
	const reason = "character maps to <undefined>"
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		b, ok, err := lookup(s[i])
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, b...)
			i++
			continue
		}
		end := i + 1
		for end < len(s) {
			_, ok, err := lookup(s[end])
			if err != nil {
				return nil, err
			}
			if ok {
				break
			}
			end++
		}
		var lerr error
		r, pos, err := eh.encodeError("charmap", s, i, end, reason, 1, func(t []rune) ([]byte, bool) {
			var rb []byte
			for _, c := range t {
				b, ok, err := lookup(c)
				if err != nil {
					lerr = err
					return nil, false
				}
				if !ok {
					return nil, false
				}
				rb = append(rb, b...)
			}
			return rb, true
		})
		if lerr != nil {
			return nil, lerr
		}
		if err != nil {
			return nil, err
		}
		out = append(out, r...)
		i = pos
	}
	return out, nil
}

// CharmapDecode decodes b as CPython's charmap codec does with a mapping:
// lookup returns the text of a byte, or ok false when the mapping leaves
// it undefined, which goes to the error handler.
func CharmapDecode(b []byte, eh *Errors, lookup func(byte) (r []rune, ok bool, err error)) ([]rune, error) {
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		r, ok, err := lookup(b[i])
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, r...)
			i++
			continue
		}
		rep, pos, err := eh.decodeError("charmap", &b, i, i+1, "character maps to <undefined>")
		if err != nil {
			return nil, err
		}
		out = append(out, rep...)
		i = pos
	}
	return out, nil
}
