package codecs

import "unicode/utf8"

func isSurrogate(c rune) bool { return c >= 0xD800 && c <= 0xDFFF }

// encodeUTF8 encodes s as UTF-8; a run of surrogates is an error.
func encodeUTF8(s []rune, eh *Errors) ([]byte, error) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if !isSurrogate(c) {
			out = utf8.AppendRune(out, c)
			i++
			continue
		}
		end := i + 1
		for end < len(s) && isSurrogate(s[end]) {
			end++
		}
		if out, i = eh.escapePrefix(out, s, i, end); i == end {
			continue
		}
		r, pos, err := eh.encodeError("utf-8", s, i, end, "surrogates not allowed", 1, func(t []rune) ([]byte, bool) {
			var b []byte
			for _, c := range t {
				if c >= 0x80 {
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

// utf8Error classifies the malformed or truncated UTF-8 sequence at the
// start of b as CPython's decoder does. It returns the length of the
// erroneous bytes and the reason, with n == 0 for a valid sequence
// truncated by the end of b.
func utf8Error(b []byte) (n int, reason string) {
	cont := func(i int) bool { return i < len(b) && b[i]&0xC0 == 0x80 }
	c := b[0]
	switch {
	case c < 0xC2 || c > 0xF4:
		return 1, "invalid start byte"
	case c < 0xE0:
		if len(b) < 2 {
			return 0, ""
		}
		return 1, "invalid continuation byte"
	}
	lo, hi := byte(0x80), byte(0xBF)
	switch c {
	case 0xE0:
		lo = 0xA0
	case 0xED:
		hi = 0x9F
	case 0xF0:
		lo = 0x90
	case 0xF4:
		hi = 0x8F
	}
	size := 3
	if c >= 0xF0 {
		size = 4
	}
	if len(b) < 2 {
		return 0, ""
	}
	if b[1] < lo || b[1] > hi {
		return 1, "invalid continuation byte"
	}
	for i := 2; i < size; i++ {
		if i >= len(b) {
			return 0, ""
		}
		if !cont(i) {
			return i, "invalid continuation byte"
		}
	}
	return size, "invalid continuation byte"
}

// decodeUTF8 decodes UTF-8, reporting errors as CPython does.
func decodeUTF8(b []byte, eh *Errors) ([]rune, error) {
	out, _, err := DecodeUTF8(b, eh, true)
	return out, err
}

// DecodeUTF8 decodes b and returns the text and the number of bytes
// consumed. Unless final, a sequence cut by the end of b is left
// unconsumed, as is a surrogate's first two bytes (for surrogatepass), as
// CPython's decoder does when asked for the bytes consumed.
func DecodeUTF8(b []byte, eh *Errors, final bool) ([]rune, int, error) {
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			out = append(out, rune(c))
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			out = append(out, r)
			i += n
			continue
		}
		n, reason := utf8Error(b[i:])
		if !final && (n == 0 || len(b)-i == 2 && b[i] == 0xED && b[i+1] >= 0xA0 && b[i+1] <= 0xBF) {
			return out, i, nil
		}
		if n == 0 {
			n, reason = len(b)-i, "unexpected end of data"
		}
		rep, pos, err := eh.decodeError("utf-8", &b, i, i+n, reason)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, rep...)
		i = pos
	}
	return out, len(b), nil
}

// appendUnit appends a code unit of size bytes in the given byte order.
func appendUnit(out []byte, u uint32, size int, bigEndian bool) []byte {
	for k := 0; k < size; k++ {
		shift := 8 * k
		if bigEndian {
			shift = 8 * (size - 1 - k)
		}
		out = append(out, byte(u>>shift))
	}
	return out
}

// readUnit reads a code unit of size bytes in the given byte order.
func readUnit(b []byte, size int, bigEndian bool) uint32 {
	var u uint32
	for k := 0; k < size; k++ {
		shift := 8 * k
		if bigEndian {
			shift = 8 * (size - 1 - k)
		}
		u |= uint32(b[k]) << shift
	}
	return u
}

// utf16Codec returns the functions of utf-16, utf-16-le or utf-16-be.
// Plain utf-16 writes a little-endian BOM and decodes by the BOM it finds,
// defaulting to little endian.
func utf16Codec(name, mod string) (func([]rune, *Errors) ([]byte, error), func([]byte, *Errors) ([]rune, error)) {
	bom := mod == "utf_16"
	be := mod == "utf_16_be"
	enc := func(s []rune, eh *Errors) ([]byte, error) {
		out := make([]byte, 0, 2*len(s)+2)
		if bom {
			out = append(out, BOMUTF16LE...)
		}
		unit := func(out []byte, c rune) []byte {
			if c >= 0x10000 {
				c -= 0x10000
				out = appendUnit(out, uint32(0xD800+(c>>10)), 2, be)
				return appendUnit(out, uint32(0xDC00+(c&0x3FF)), 2, be)
			}
			return appendUnit(out, uint32(c), 2, be)
		}
		for i := 0; i < len(s); {
			c := s[i]
			if !isSurrogate(c) {
				out = unit(out, c)
				i++
				continue
			}
			r, pos, err := eh.encodeError(name, s, i, i+1, "surrogates not allowed", 2, func(t []rune) ([]byte, bool) {
				var b []byte
				for _, c := range t {
					if c >= 0x80 {
						return nil, false
					}
					b = unit(b, c)
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
		out, _, _, err := DecodeUTF16(b, eh, byteOrder(bom, be), true)
		return out, err
	}
	return enc, dec
}

// utf32Codec returns the functions of utf-32, utf-32-le or utf-32-be.
func utf32Codec(name, mod string) (func([]rune, *Errors) ([]byte, error), func([]byte, *Errors) ([]rune, error)) {
	bom := mod == "utf_32"
	be := mod == "utf_32_be"
	enc := func(s []rune, eh *Errors) ([]byte, error) {
		out := make([]byte, 0, 4*len(s)+4)
		if bom {
			out = append(out, BOMUTF32LE...)
		}
		for i := 0; i < len(s); {
			c := s[i]
			if !isSurrogate(c) {
				out = appendUnit(out, uint32(c), 4, be)
				i++
				continue
			}
			r, pos, err := eh.encodeError(name, s, i, i+1, "surrogates not allowed", 4, func(t []rune) ([]byte, bool) {
				var b []byte
				for _, c := range t {
					if c >= 0x80 {
						return nil, false
					}
					b = appendUnit(b, uint32(c), 4, be)
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
		out, _, _, err := DecodeUTF32(b, eh, byteOrder(bom, be), true)
		return out, err
	}
	return enc, dec
}

// CheckUTF8 returns the error strict UTF-8 decoding of b reports (its first
// malformed or truncated sequence), or nil when b is valid UTF-8.
func CheckUTF8(b []byte) *DecodeError {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			i += n
			continue
		}
		n, reason := utf8Error(b[i:])
		if n == 0 {
			n, reason = len(b)-i, "unexpected end of data"
		}
		return &DecodeError{Encoding: "utf-8", Object: b, Start: i, End: i + n, Reason: reason}
	}
	return nil
}

// utfByteOrder reads the byte order mark at the start of b for a decoder
// asked to find it (byteorder 0): -1 for little endian, 1 for big endian,
// with the mark's length, or 0 and 0 when b does not start with one.
func utfByteOrder(b []byte, size int) (bo, skip int) {
	if len(b) < size {
		return 0, 0
	}
	switch string(b[:size]) {
	case BOMUTF16LE, BOMUTF32LE:
		if size == 2 || b[2] == 0 && b[3] == 0 {
			return -1, size
		}
	case BOMUTF16BE, BOMUTF32BE:
		return 1, size
	}
	return 0, 0
}

// utfEncoding is the encoding name of a UTF-16 or UTF-32 decoder's errors
// in byte order bo (0, no mark found, is the native little endian).
func utfEncoding(size, bo int) string {
	base := "utf-16"
	if size == 4 {
		base = "utf-32"
	}
	if bo == 1 {
		return base + "-be"
	}
	return base + "-le"
}

// DecodeUTF16 decodes b as UTF-16 in byte order byteorder (-1 little
// endian, 1 big endian, 0 by the byte order mark b starts with, else
// little endian) and returns the text, the bytes consumed and the byte
// order found (0 when byteorder was 0 and b has no mark), as CPython's
// utf_16_ex_decode. Unless final, a code unit or surrogate pair cut by the
// end of b is left unconsumed.
func DecodeUTF16(b []byte, eh *Errors, byteorder int, final bool) ([]rune, int, int, error) {
	i := 0
	if byteorder == 0 {
		byteorder, i = utfByteOrder(b, 2)
	}
	be := byteorder == 1
	encName := utfEncoding(2, byteorder)
	out := make([]rune, 0, len(b)/2)
	for i < len(b) {
		if len(b)-i < 2 {
			if !final {
				break
			}
			rep, pos, err := eh.decodeError(encName, &b, i, len(b), "truncated data")
			if err != nil {
				return nil, 0, 0, err
			}
			out = append(out, rep...)
			i = pos
			continue
		}
		u := rune(readUnit(b[i:], 2, be))
		start, reason, end := i, "", 0
		switch {
		case !isSurrogate(u):
			out = append(out, u)
			i += 2
			continue
		case u >= 0xDC00:
			reason, end = "illegal encoding", i+2
		case len(b)-i < 4:
			if !final {
				return out, i, byteorder, nil
			}
			reason, end = "unexpected end of data", len(b)
		default:
			u2 := rune(readUnit(b[i+2:], 2, be))
			if u2 >= 0xDC00 && u2 <= 0xDFFF {
				out = append(out, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
				i += 4
				continue
			}
			reason, end = "illegal UTF-16 surrogate", i+2
		}
		rep, pos, err := eh.decodeError(encName, &b, start, end, reason)
		if err != nil {
			return nil, 0, 0, err
		}
		out = append(out, rep...)
		i = pos
	}
	return out, i, byteorder, nil
}

// DecodeUTF32 decodes b as UTF-32, as DecodeUTF16 does UTF-16.
func DecodeUTF32(b []byte, eh *Errors, byteorder int, final bool) ([]rune, int, int, error) {
	i := 0
	if byteorder == 0 {
		byteorder, i = utfByteOrder(b, 4)
	}
	be := byteorder == 1
	encName := utfEncoding(4, byteorder)
	out := make([]rune, 0, len(b)/4)
	for i < len(b) {
		var reason string
		end := i + 4
		if len(b)-i < 4 {
			if !final {
				break
			}
			reason, end = "truncated data", len(b)
		} else {
			u := readUnit(b[i:], 4, be)
			switch {
			case u >= 0x110000:
				reason = "code point not in range(0x110000)"
			case u >= 0xD800 && u <= 0xDFFF:
				reason = "code point in surrogate code point range(0xd800, 0xe000)"
			default:
				out = append(out, rune(u))
				i += 4
				continue
			}
		}
		rep, pos, err := eh.decodeError(encName, &b, i, end, reason)
		if err != nil {
			return nil, 0, 0, err
		}
		out = append(out, rep...)
		i = pos
	}
	return out, i, byteorder, nil
}

// EncodeUTF16 encodes s as UTF-16 in byte order byteorder (-1 little
// endian, 1 big endian, 0 little endian after a byte order mark), as
// CPython's utf_16_encode.
func EncodeUTF16(s []rune, eh *Errors, byteorder int) ([]byte, error) {
	return utfEncoder(2, byteorder)(s, eh)
}

// EncodeUTF32 encodes s as UTF-32, as EncodeUTF16 does UTF-16.
func EncodeUTF32(s []rune, eh *Errors, byteorder int) ([]byte, error) {
	return utfEncoder(4, byteorder)(s, eh)
}

func utfEncoder(size, byteorder int) func([]rune, *Errors) ([]byte, error) {
	mod := map[int]string{2: "utf_16", 4: "utf_32"}[size]
	name := map[int]string{2: "utf-16", 4: "utf-32"}[size]
	switch byteorder {
	case -1:
		mod, name = mod+"_le", name+"-le"
	case 1:
		mod, name = mod+"_be", name+"-be"
	}
	var enc func([]rune, *Errors) ([]byte, error)
	if size == 2 {
		enc, _ = utf16Codec(name, mod)
	} else {
		enc, _ = utf32Codec(name, mod)
	}
	return enc
}

// byteOrder is the byteorder argument of the UTF-16 and UTF-32 decoders
// for a codec that reads a BOM (0), is big-endian (1) or little-endian
// (-1).
func byteOrder(bom, be bool) int {
	switch {
	case bom:
		return 0
	case be:
		return 1
	}
	return -1
}
