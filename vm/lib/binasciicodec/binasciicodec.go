// Package binasciicodec holds the codecs of Python's binascii module as
// CPython 3.11's Modules/binascii.c implements them: base64 with its
// lenient and strict decoders, uuencoding, quoted-printable, hex and
// CRC-CCITT. Errors carry CPython's texts (binascii.Error).
package binasciicodec

import (
	"errors"
	"fmt"
)

// Error is a decoding error with CPython's text.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

func errorf(format string, a ...any) error { return &Error{fmt.Sprintf(format, a...)} }

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Table [256]byte

func init() {
	for i := range b64Table {
		b64Table[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		b64Table[b64Alphabet[i]] = byte(i)
	}
}

// EncodeBase64 is b2a_base64: data in base64 with padding, and a
// newline when newline is set.
func EncodeBase64(data []byte, newline bool) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	for i := 0; i+3 <= len(data); i += 3 {
		v := uint(data[i])<<16 | uint(data[i+1])<<8 | uint(data[i+2])
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], b64Alphabet[v>>6&63], b64Alphabet[v&63])
	}
	switch rest := data[len(data)/3*3:]; len(rest) {
	case 1:
		v := uint(rest[0]) << 16
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], '=', '=')
	case 2:
		v := uint(rest[0])<<16 | uint(rest[1])<<8
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], b64Alphabet[v>>6&63], '=')
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

// DecodeBase64 is a2b_base64: characters outside the alphabet are
// skipped unless strict is set.
func DecodeBase64(ascii []byte, strict bool) ([]byte, error) {
	out := make([]byte, 0, (len(ascii)+3)/4*3)
	if strict && len(ascii) > 0 && ascii[0] == '=' {
		return nil, errorf("Leading padding not allowed")
	}
	quad, pads := 0, 0
	var left byte
	paddingStarted := false
	for i := 0; i < len(ascii); i++ {
		c := ascii[i]
		if c == '=' {
			paddingStarted = true
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(ascii) {
						return nil, errorf("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64Table[c]
		if v >= 64 {
			if strict {
				return nil, errorf("Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			return nil, errorf("Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			quad, left = 1, v
		case 1:
			quad = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quad = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quad = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	switch quad {
	case 0:
		return out, nil
	case 1:
		return nil, errorf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
	}
	return nil, errorf("Incorrect padding")
}

// ErrUULength is the error of EncodeUU for more than 45 bytes.
var ErrUULength = &Error{"At most 45 bytes at once"}

// EncodeUU is b2a_uu: one uuencoded line of at most 45 bytes.
func EncodeUU(data []byte, backtick bool) ([]byte, error) {
	if len(data) > 45 {
		return nil, ErrUULength
	}
	out := make([]byte, 0, 2+(len(data)+2)/3*4)
	if backtick && len(data) == 0 {
		out = append(out, '`')
	} else {
		out = append(out, ' '+byte(len(data)))
	}
	var leftchar uint
	leftbits := 0
	for n, i := len(data), 0; n > 0 || leftbits != 0; n, i = n-1, i+1 {
		if n > 0 {
			leftchar = leftchar<<8 | uint(data[i])
		} else {
			leftchar <<= 8
		}
		leftbits += 8
		for leftbits >= 6 {
			c := byte(leftchar>>(leftbits-6)) & 0x3f
			leftbits -= 6
			if backtick && c == 0 {
				out = append(out, '`')
			} else {
				out = append(out, c+' ')
			}
		}
	}
	return append(out, '\n'), nil
}

// DecodeUU is a2b_uu: one uuencoded line; an empty line decodes as 32
// zero bytes, as CPython's reads the terminating NUL.
func DecodeUU(ascii []byte) ([]byte, error) {
	at := func(i int) byte {
		if i < len(ascii) {
			return ascii[i]
		}
		return 0
	}
	binLen := int((at(0) - ' ') & 0o77)
	pos, rest := 1, len(ascii)-1
	out := make([]byte, 0, binLen)
	var leftchar uint
	leftbits := 0
	for ; binLen > 0; rest, pos = rest-1, pos+1 {
		var c byte
		if rest > 0 {
			c = ascii[pos]
		}
		if c == '\n' || c == '\r' || rest <= 0 {
			c = 0
		} else {
			if c < ' ' || c > ' '+64 {
				return nil, errorf("Illegal char")
			}
			c = (c - ' ') & 0o77
		}
		leftchar = leftchar<<6 | uint(c)
		leftbits += 6
		if leftbits >= 8 {
			leftbits -= 8
			out = append(out, byte(leftchar>>leftbits))
			leftchar &= 1<<leftbits - 1
			binLen--
		}
	}
	for ; rest > 0; rest, pos = rest-1, pos+1 {
		c := ascii[pos]
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return nil, errorf("Trailing garbage")
		}
	}
	return out, nil
}

func hexVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// DecodeHex is a2b_hex.
func DecodeHex(ascii []byte) ([]byte, error) {
	if len(ascii)%2 != 0 {
		return nil, errorf("Odd-length string")
	}
	out := make([]byte, len(ascii)/2)
	for i := range out {
		hi, lo := hexVal(ascii[2*i]), hexVal(ascii[2*i+1])
		if hi < 0 || lo < 0 {
			return nil, errorf("Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return out, nil
}

// DecodeQP is a2b_qp.
func DecodeQP(data []byte, header bool) []byte {
	out := make([]byte, 0, len(data))
	in := 0
	for in < len(data) {
		switch {
		case data[in] == '=':
			in++
			if in >= len(data) {
				return out
			}
			switch {
			case data[in] == '\n' || data[in] == '\r':
				if data[in] != '\n' {
					for in < len(data) && data[in] != '\n' {
						in++
					}
				}
				if in < len(data) {
					in++
				}
			case data[in] == '=':
				out = append(out, '=')
				in++
			case in+1 < len(data) && hexVal(data[in]) >= 0 && hexVal(data[in+1]) >= 0:
				out = append(out, byte(hexVal(data[in])<<4|hexVal(data[in+1])))
				in += 2
			default:
				out = append(out, '=')
			}
		case header && data[in] == '_':
			out = append(out, ' ')
			in++
		default:
			out = append(out, data[in])
			in++
		}
	}
	return out
}

const qpMaxLine = 76

// EncodeQP is b2a_qp.
func EncodeQP(data []byte, quotetabs, istext, header bool) []byte {
	crlf := false
	for i, c := range data {
		if c == '\n' {
			crlf = i > 0 && data[i-1] == '\r'
			break
		}
	}
	n := len(data)
	out := make([]byte, 0, n+n/4)
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
	}
	const hexdigits = "0123456789ABCDEF"
	linelen := 0
	in := 0
	for in < n {
		c := data[in]
		if c > 126 || c == '=' || header && c == '_' ||
			c == '.' && linelen == 0 && (in+1 == n || data[in+1] == '\n' || data[in+1] == '\r' || data[in+1] == 0) ||
			!istext && (c == '\r' || c == '\n') ||
			(c == '\t' || c == ' ') && in+1 == n ||
			c < 33 && c != '\r' && c != '\n' && (quotetabs || c != '\t' && c != ' ') {
			if linelen+3 >= qpMaxLine {
				softBreak()
				linelen = 0
			}
			out = append(out, '=', hexdigits[c>>4], hexdigits[c&15])
			in++
			linelen += 3
			continue
		}
		if istext && (c == '\n' || in+1 < n && c == '\r' && data[in+1] == '\n') {
			linelen = 0
			if k := len(out); k > 0 && (out[k-1] == ' ' || out[k-1] == '\t') {
				ch := out[k-1]
				out[k-1] = '='
				out = append(out, hexdigits[ch>>4], hexdigits[ch&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				in += 2
			} else {
				in++
			}
			continue
		}
		if in+1 != n && data[in+1] != '\n' && linelen+1 >= qpMaxLine {
			softBreak()
			linelen = 0
		}
		linelen++
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		in++
	}
	return out
}

var crcHqxTable [256]uint16

func init() {
	for i := 0; i < 256; i++ {
		crc := uint16(i) << 8
		for k := 0; k < 8; k++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
		crcHqxTable[i] = crc
	}
}

// CRCHqx is crc_hqx: the CRC-CCITT (XMODEM) of data from crc.
func CRCHqx(data []byte, crc uint32) uint32 {
	c := uint16(crc)
	for _, b := range data {
		c = c<<8 ^ crcHqxTable[byte(c>>8)^b]
	}
	return uint32(c)
}

// IsError reports whether err is a codec error.
func IsError(err error) bool {
	var e *Error
	return errors.As(err, &e)
}
