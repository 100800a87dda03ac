package vm

// _codecs.escape_decode: the backslash escapes of bytes literals decoded
// from bytes (pickle's protocol 0 strings use it).

import "strconv"

// codecsEscapeDecode is escape_decode(data, errors=None): the bytes data
// stands for with its escapes decoded, and the length of data. A \x
// escape without two hex digits is an error ("ignore" drops it, "replace"
// writes '?'); an unknown escape stays as it is, with a
// DeprecationWarning, as is an octal escape above 0o377.
func codecsEscapeDecode(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var data, errs Value
	if err := unpackArgs("escape_decode", args, kw, 1, []string{"data", "errors"}, &data, &errs); err != nil {
		return Null, err
	}
	var in []byte
	if s, ok := data.o.(*Str); ok {
		in = []byte(s.s)
	} else if b, ok := bytesLike(data); ok {
		in = b
	} else {
		return Null, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", data.Type().Name)
	}
	errors := "strict"
	if errs.o != nil && !errs.IsNone() {
		s, ok := errs.o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "escape_decode() argument 2 must be str or None, not %s", errs.Type().Name)
		}
		errors = s.s
	}
	out := make([]byte, 0, len(in))
	invalid := -1
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		if i == len(in) {
			return Null, Errorf(ValueErrorType, "Trailing \\ in string")
		}
		c = in[i]
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := 0
			j := i
			for ; j < len(in) && j < i+3 && in[j] >= '0' && in[j] <= '7'; j++ {
				v = v*8 + int(in[j]-'0')
			}
			if v > 0o377 {
				if err := th.warn(DeprecationWarningType, "invalid octal escape sequence '\\"+string(in[i:j])+"'"); err != nil {
					return Null, err
				}
			}
			i = j - 1
			out = append(out, byte(v))
		case 'x':
			if i+2 < len(in) && isHexDigit(in[i+1]) && isHexDigit(in[i+2]) {
				v, _ := strconv.ParseUint(string(in[i+1:i+3]), 16, 8)
				out = append(out, byte(v))
				i += 2
				continue
			}
			switch errors {
			case "strict":
				return Null, Errorf(ValueErrorType, "invalid \\x escape at position %d", i-1)
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return Null, Errorf(ValueErrorType, "decoding error; unknown error handling code: %s", errors)
			}
			// The digits that were there are skipped.
			for k := 0; k < 2 && i+1 < len(in) && isHexDigit(in[i+1]); k++ {
				i++
			}
		default:
			if invalid < 0 {
				invalid = int(c)
			}
			out = append(out, '\\', c)
		}
	}
	if invalid >= 0 {
		if err := th.warn(DeprecationWarningType, "invalid escape sequence '\\"+string(rune(invalid))+"'"); err != nil {
			return Null, err
		}
	}
	return TupleOf(Obj(&Bytes{b: out}), Int(int64(len(in)))), nil
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
