package codecs

// UTF-7 (RFC 2152), as CPython's PyUnicode_DecodeUTF7Stateful and
// _PyUnicode_EncodeUTF7 implement it: the encoder writes Set D, Set O
// and whitespace directly and the rest in base64 shift sequences; the
// decoder is permissive and reports CPython's errors.

const base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// utf7Category is CPython's utf7_category: 0 Set D, 1 Set O,
// 2 whitespace, 3 special (always base64 encoded).
var utf7Category = [128]byte{
	3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
}

func isBase64(c rune) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

func fromBase64(c byte) uint64 {
	switch {
	case 'A' <= c && c <= 'Z':
		return uint64(c - 'A')
	case 'a' <= c && c <= 'z':
		return uint64(c-'a') + 26
	case '0' <= c && c <= '9':
		return uint64(c-'0') + 52
	case c == '+':
		return 62
	}
	return 63
}

func utf7EncodeDirect(c rune) bool { return c > 0 && c < 128 && utf7Category[c] != 3 }

// encodeUTF7 encodes s; it never fails (lone surrogates are encoded as
// they are).
func encodeUTF7(s []rune, eh *Errors) ([]byte, error) {
	out := make([]byte, 0, len(s))
	inShift := false
	bits := 0
	var buf uint64
	emit := func(c rune) {
		bits += 16
		buf = buf<<16 | uint64(c)
		for bits >= 6 {
			out = append(out, base64Digits[(buf>>(bits-6))&0x3f])
			bits -= 6
		}
	}
	for _, c := range s {
		if inShift {
			if utf7EncodeDirect(c) {
				if bits > 0 {
					out = append(out, base64Digits[(buf<<(6-bits))&0x3f])
					buf, bits = 0, 0
				}
				inShift = false
				// A character outside base64 ends the sequence by itself;
				// '-' and base64 characters need the explicit end.
				if isBase64(c) || c == '-' {
					out = append(out, '-')
				}
				out = append(out, byte(c))
				continue
			}
		} else {
			switch {
			case c == '+':
				out = append(out, '+', '-')
				continue
			case utf7EncodeDirect(c):
				out = append(out, byte(c))
				continue
			}
			out = append(out, '+')
			inShift = true
		}
		if c >= 0x10000 {
			c -= 0x10000
			emit(0xD800 | c>>10)
			c = 0xDC00 | c&0x3FF
		}
		emit(c)
	}
	if bits > 0 {
		out = append(out, base64Digits[(buf<<(6-bits))&0x3f])
	}
	if inShift {
		out = append(out, '-')
	}
	return out, nil
}

func decodeUTF7(b []byte, eh *Errors) ([]rune, error) {
	out, _, err := DecodeUTF7(b, eh, true)
	return out, err
}

// DecodeUTF7 decodes b and returns the text and the number of bytes
// consumed. Unless final, a shift sequence open at the end is left
// unconsumed (with its output), for the next call to decode again.
func DecodeUTF7(b []byte, eh *Errors, final bool) ([]rune, int, error) {
	out := make([]rune, 0, len(b))
	inShift := false
	shiftOutStart, start := 0, 0
	bits := 0
	var buf uint64
	var surrogate rune
	i := 0
	fail := func(reason string) error {
		rep, pos, err := eh.decodeError("utf7", &b, start, i, reason)
		if err != nil {
			return err
		}
		out = append(out, rep...)
		i = pos
		return nil
	}
	for {
		for i < len(b) {
			c := b[i]
			switch {
			case inShift:
				if isBase64(rune(c)) {
					buf = buf<<6 | fromBase64(c)
					bits += 6
					i++
					if bits < 16 {
						continue
					}
					unit := rune(buf >> (bits - 16))
					bits -= 16
					buf &= 1<<bits - 1
					if surrogate != 0 {
						if 0xDC00 <= unit && unit <= 0xDFFF {
							out = append(out, 0x10000+(surrogate-0xD800)<<10+(unit-0xDC00))
							surrogate = 0
							continue
						}
						out = append(out, surrogate)
						surrogate = 0
					}
					if 0xD800 <= unit && unit <= 0xDBFF {
						surrogate = unit
					} else {
						out = append(out, unit)
					}
					continue
				}
				// Leaving the base64 section.
				inShift = false
				if bits > 0 {
					if bits >= 6 {
						i++
						if err := fail("partial character in shift sequence"); err != nil {
							return nil, 0, err
						}
						continue
					}
					if buf != 0 {
						i++
						if err := fail("non-zero padding bits in shift sequence"); err != nil {
							return nil, 0, err
						}
						continue
					}
				}
				if surrogate != 0 && c <= 127 && c != '+' {
					out = append(out, surrogate)
				}
				surrogate = 0
				if c == '-' {
					// '-' is absorbed; other terminators are kept.
					i++
				}
			case c == '+':
				start = i
				i++
				switch {
				case i < len(b) && b[i] == '-':
					// "+-" is '+'.
					i++
					out = append(out, '+')
				case i < len(b) && !isBase64(rune(b[i])):
					i++
					if err := fail("ill-formed sequence"); err != nil {
						return nil, 0, err
					}
				default:
					inShift = true
					surrogate = 0
					shiftOutStart = len(out)
					bits, buf = 0, 0
				}
			case c <= 127:
				i++
				out = append(out, rune(c))
			default:
				start = i
				i++
				if err := fail("unexpected special character"); err != nil {
					return nil, 0, err
				}
			}
		}
		if !inShift || !final {
			break
		}
		// The end, in a shift sequence: what is left must be a clean end.
		inShift = false
		if surrogate == 0 && bits < 6 && (bits == 0 || buf == 0) {
			break
		}
		i = len(b)
		if err := fail("unterminated shift sequence"); err != nil {
			return nil, 0, err
		}
		if i >= len(b) {
			break
		}
	}
	if inShift && !final {
		return out[:shiftOutStart], start, nil
	}
	return out, i, nil
}
