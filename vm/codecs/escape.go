package codecs

import "fmt"

// encodeUnicodeEscape encodes as the unicode_escape codec: printable ASCII
// as itself and everything else as a Python escape sequence.
func encodeUnicodeEscape(s []rune, eh *Errors) ([]byte, error) {
	out := make([]byte, 0, len(s))
	for _, c := range s {
		switch {
		case c == '\\':
			out = append(out, `\\`...)
		case c == '\t':
			out = append(out, `\t`...)
		case c == '\n':
			out = append(out, `\n`...)
		case c == '\r':
			out = append(out, `\r`...)
		case c >= 0x20 && c < 0x7F:
			out = append(out, byte(c))
		case c < 0x100:
			out = fmt.Appendf(out, "\\x%02x", c)
		case c < 0x10000:
			out = fmt.Appendf(out, "\\u%04x", c)
		default:
			out = fmt.Appendf(out, "\\U%08x", c)
		}
	}
	return out, nil
}

// encodeRawUnicodeEscape encodes as the raw_unicode_escape codec: code
// points below 0x100 as one byte and the others as \u or \U escapes.
func encodeRawUnicodeEscape(s []rune, eh *Errors) ([]byte, error) {
	out := make([]byte, 0, len(s))
	for _, c := range s {
		switch {
		case c < 0x100:
			out = append(out, byte(c))
		case c < 0x10000:
			out = fmt.Appendf(out, "\\u%04x", c)
		default:
			out = fmt.Appendf(out, "\\U%08x", c)
		}
	}
	return out, nil
}

func hexVal(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// readHex reads up to n hex digits of b from i, returning the value and
// the position after the digits read; ok is false if fewer than n were.
func readHex(b []byte, i, n int) (v rune, end int, ok bool) {
	for k := 0; k < n; k++ {
		if i >= len(b) {
			return v, i, false
		}
		d, isHex := hexVal(b[i])
		if !isHex {
			return v, i, false
		}
		v = v<<4 | d
		i++
	}
	return v, i, true
}

var simpleEscapes = map[byte]rune{
	'\n': -1, '\\': '\\', '\'': '\'', '"': '"', 'b': '\b', 'f': '\f', 't': '\t', 'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a',
}

// decodeUnicodeEscape decodes as the unicode_escape codec: Python string
// literal escapes, with other bytes read as Latin-1. Unknown escapes are
// kept as they are.
func decodeUnicodeEscape(b []byte, eh *Errors) ([]rune, error) {
	out, _, err := DecodeUnicodeEscape(b, eh, true)
	return out, err
}

// DecodeUnicodeEscape decodes b as the unicode_escape codec and returns
// the text and the number of bytes consumed; unless final, an escape cut
// by the end of b is left unconsumed.
func DecodeUnicodeEscape(b []byte, eh *Errors, final bool) ([]rune, int, error) {
	const enc = "unicodeescape"
	out := make([]rune, 0, len(b))
	invalid := -1 // the position of the first unknown escape
	consumed := len(b)
loop:
	for i := 0; i < len(b); {
		if b[i] != '\\' {
			out = append(out, rune(b[i]))
			i++
			continue
		}
		start := i
		i++
		if i >= len(b) {
			if !final {
				consumed = start
				break loop
			}
			rep, pos, err := eh.decodeError(enc, &b, start, len(b), `\ at end of string`)
			if err != nil {
				return nil, 0, err
			}
			out = append(out, rep...)
			i = pos
			continue
		}
		c := b[i]
		i++
		if r, ok := simpleEscapes[c]; ok {
			if r >= 0 {
				out = append(out, r)
			}
			continue
		}
		var reason string
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v<<3 | rune(b[i]-'0')
				i++
			}
			if v > 0o377 && invalid < 0 {
				invalid = start + 1
			}
			out = append(out, v)
			continue
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			v, end, ok := readHex(b, i, n)
			i = end
			switch {
			case !ok && end == len(b) && !final:
				consumed = start
				break loop
			case !ok:
				reason = map[byte]string{'x': `truncated \xXX escape`, 'u': `truncated \uXXXX escape`, 'U': `truncated \UXXXXXXXX escape`}[c]
			case uint32(v) > 0x10FFFF:
				reason = "illegal Unicode character"
			default:
				out = append(out, v)
				continue
			}
		case 'N':
			reason = `malformed \N character escape`
			if i >= len(b) && !final {
				consumed = start
				break loop
			}
			if i < len(b) && b[i] == '{' {
				j := i + 1
				for j < len(b) && b[j] != '}' {
					j++
				}
				switch {
				case j >= len(b) && !final:
					consumed = start
					break loop
				case j >= len(b):
					i = len(b)
				case j == i+1:
					i = j
				default:
					name := string(b[i+1 : j])
					i = j + 1
					if r, ok := LookupName(name); ok {
						out = append(out, r)
						continue
					}
					reason = "unknown Unicode character name"
				}
			}
		default:
			if invalid < 0 {
				invalid = start + 1
			}
			out = append(out, '\\', rune(c))
			continue
		}
		rep, pos, err := eh.decodeError(enc, &b, start, i, reason)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, rep...)
		i = pos
	}
	if invalid >= 0 && eh.Warn != nil {
		msg := fmt.Sprintf("invalid escape sequence '\\%c'", rune(b[invalid]))
		if c := b[invalid]; c >= '4' && c <= '7' {
			msg = fmt.Sprintf("invalid octal escape sequence '\\%s'", b[invalid:invalid+3])
		}
		if err := eh.Warn(msg); err != nil {
			return nil, 0, err
		}
	}
	return out, consumed, nil
}

// decodeRawUnicodeEscape decodes as the raw_unicode_escape codec: only
// \u and \U escapes preceded by an odd number of backslashes are
// interpreted, other bytes are read as Latin-1.
func decodeRawUnicodeEscape(b []byte, eh *Errors) ([]rune, error) {
	out, _, err := DecodeRawUnicodeEscape(b, eh, true)
	return out, err
}

// DecodeRawUnicodeEscape decodes b as the raw_unicode_escape codec and
// returns the text and the number of bytes consumed; unless final, an
// escape cut by the end of b is left unconsumed.
func DecodeRawUnicodeEscape(b []byte, eh *Errors, final bool) ([]rune, int, error) {
	const enc = "rawunicodeescape"
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		if b[i] != '\\' {
			out = append(out, rune(b[i]))
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == '\\' {
			j++
		}
		if (j-i)%2 == 1 && j >= len(b) && !final {
			for ; i < j-1; i++ {
				out = append(out, '\\')
			}
			return out, i, nil
		}
		if (j-i)%2 == 0 || j >= len(b) || (b[j] != 'u' && b[j] != 'U') {
			for ; i < j; i++ {
				out = append(out, '\\')
			}
			continue
		}
		for ; i < j-1; i++ {
			out = append(out, '\\')
		}
		start := i
		n, reason := 4, `truncated \uXXXX escape`
		if b[j] == 'U' {
			n, reason = 8, `truncated \UXXXXXXXX escape`
		}
		v, end, ok := readHex(b, j+1, n)
		if !ok && end == len(b) && !final {
			return out, start, nil
		}
		i = end
		if ok {
			if uint32(v) <= 0x10FFFF {
				out = append(out, v)
				continue
			}
			reason = `\Uxxxxxxxx out of range`
		}
		rep, pos, err := eh.decodeError(enc, &b, start, i, reason)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, rep...)
		i = pos
	}
	return out, len(b), nil
}
