package vm

// The format-spec mini-language, FORMAT_VALUE, and format().

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

type formatSpec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	zeroNeg   bool // 'z'
	zeroAlign bool // align is '=' because of the '0' flag alone
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 if absent
	typ       byte
}

// parseFormatSpec parses the format spec of a value of the type named
// tname (its errors name the type).
func parseFormatSpec(spec, tname string) (*formatSpec, error) {
	fs := &formatSpec{fill: ' ', precision: -1}
	rs := decodeRunes(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	fillSet := false
	if len(rs) >= 2 && isAlign(rs[1]) {
		fs.fill, fs.align = rs[0], byte(rs[1])
		fillSet = true
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		fs.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		fs.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		fs.zeroNeg = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		fs.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		fs.zero = true
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		n, err := strconv.Atoi(string(rs[start:i]))
		if err != nil {
			return nil, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		fs.width = n
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		fs.grouping = byte(rs[i])
		i++
		// ',' and '_' together are an error; a repeated one is read as
		// the presentation type (which the grouping then rejects).
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') && rs[i] != rune(fs.grouping) {
			return nil, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return nil, Errorf(ValueErrorType, "Format specifier missing precision")
		}
		fs.precision, _ = strconv.Atoi(string(rs[start:i]))
	}
	if i < len(rs) {
		if i+1 < len(rs) {
			return nil, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, tname)
		}
		fs.typ = byte(rs[i])
		if rs[i] > 127 {
			return nil, Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", rs[i], tname)
		}
	}
	if fs.grouping != 0 {
		if err := checkGroupingType(fs); err != nil {
			return nil, err
		}
	}
	if fs.zero && !fillSet {
		// The '0' flag pads with zeros unless a fill is given, and
		// numbers then default to '=' alignment.
		fs.fill = '0'
		if fs.align == 0 {
			fs.align = '='
			fs.zeroAlign = true
		}
	}
	return fs, nil
}

// checkGroupingType refuses a thousands separator with a presentation
// type that has none, as CPython's parse_internal_render_format_spec:
// '_' goes with the binary, octal and hex types too, ',' does not.
func checkGroupingType(fs *formatSpec) error {
	switch fs.typ {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		return nil
	case 'b', 'o', 'x', 'X':
		if fs.grouping == '_' {
			return nil
		}
	}
	if fs.typ > 32 && fs.typ < 128 {
		return Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", fs.grouping, fs.typ)
	}
	return Errorf(ValueErrorType, "Cannot specify '%c' with '\\x%x'.", fs.grouping, fs.typ)
}

// pad applies width, fill and alignment; prefix is sign/base prefix kept
// before the padding for '=' alignment.
func (fs *formatSpec) pad(prefix, body string, defaultAlign byte) string {
	align := fs.align
	if align == 0 {
		align = defaultAlign
	}
	if fs.width <= 0 {
		return prefix + body
	}
	n := codePoints(prefix) + codePoints(body)
	if n >= fs.width {
		return prefix + body
	}
	fillChar := encodeRunes([]rune{fs.fill})
	fill := strings.Repeat(fillChar, fs.width-n)
	switch align {
	case '<':
		return prefix + body + fill
	case '^':
		left := (fs.width - n) / 2
		return strings.Repeat(fillChar, left) + prefix + body + strings.Repeat(fillChar, fs.width-n-left)
	case '=':
		return prefix + fill + body
	}
	return fill + prefix + body
}

// formatValue implements FORMAT_VALUE: conversion then format(v, spec).
func (th *Thread) formatValue(v Value, conv int, spec string) (Value, error) {
	switch conv {
	case 1:
		s, err := th.Str(v)
		if err != nil {
			return Null, err
		}
		v = String(s)
	case 2:
		s, err := th.Repr(v)
		if err != nil {
			return Null, err
		}
		v = String(s)
	case 3:
		s, err := th.Repr(v)
		if err != nil {
			return Null, err
		}
		v = String(asciiEscape(s))
	}
	return th.formatObject(v, spec)
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 128:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString("\\x" + leftPad(strconv.FormatInt(int64(r), 16), 2))
		case r <= 0xffff:
			b.WriteString("\\u" + leftPad(strconv.FormatInt(int64(r), 16), 4))
		default:
			b.WriteString("\\U" + leftPad(strconv.FormatInt(int64(r), 16), 8))
		}
	}
	return b.String()
}

func leftPad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// Format implements format(v, spec).
func (th *Thread) Format(v Value, spec string) (string, error) {
	r, err := th.formatObject(v, spec)
	if err != nil {
		return "", err
	}
	return unwrap(r).o.(*Str).s, nil
}

// formatObject is format(v, spec) as CPython's PyObject_Format gives it:
// the str, or instance of a str subclass, that v's __format__ returns.
func (th *Thread) formatObject(v Value, spec string) (Value, error) {
	switch v.o.(type) {
	case *Str:
		return th.formatStrObject(v, spec)
	case intTag, floatTag, *BigInt:
		s, err := th.formatBuiltin(v, spec, v.Type().Name)
		return String(s), err
	case boolTag:
		if spec == "" {
			s, err := th.Repr(v)
			return String(s), err
		}
		s, err := th.formatBuiltin(Int(int64(v.n)), spec, v.Type().Name)
		return String(s), err
	}
	m := v.Type().Lookup("__format__")
	if m.o == nil {
		return Null, Errorf(TypeErrorType, "Type %s doesn't define __format__", v.Type().Name)
	}
	r, err := th.callSpecial(m, v, String(spec))
	if err != nil {
		return Null, err
	}
	if _, ok := unwrap(r).o.(*Str); !ok {
		return Null, Errorf(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
	}
	return r, nil
}

// formatStrObject is str.__format__(self, spec): str(self) for an empty
// spec, else the string padded or cut as the spec says, or self itself
// when the spec changes nothing (CPython's writer then hands back the
// object it was given, a subclass's instance included).
func (th *Thread) formatStrObject(self Value, spec string) (Value, error) {
	if spec == "" {
		if _, sub := self.o.(*Instance); sub {
			// As CPython: a subclass's own __str__.
			s, err := th.Str(self)
			return String(s), err
		}
		return self, nil
	}
	tname := self.Type().Name
	fs, err := parseFormatSpec(spec, tname)
	if err != nil {
		return Null, err
	}
	if err := th.reserveFormat(fs); err != nil {
		return Null, err
	}
	orig := strSelf(self).s
	s, err := formatStr(orig, fs, tname)
	if err == nil && s == orig && s != "" {
		return self, nil
	}
	return String(s), err
}

// formatBuiltin formats ints and floats with a spec; tname, the type of
// the object formatted, names it in errors.
func (th *Thread) formatBuiltin(v Value, spec, tname string) (string, error) {
	if spec == "" {
		return th.Str(v)
	}
	fs, err := parseFormatSpec(spec, tname)
	if err != nil {
		return "", err
	}
	if err := th.reserveFormat(fs); err != nil {
		return "", err
	}
	switch v.o.(type) {
	case intTag, boolTag, *BigInt:
		switch fs.typ {
		case 'e', 'E', 'f', 'F', 'g', 'G', '%':
			f, _, err := toFloat(v)
			if err != nil {
				return "", err
			}
			return formatFloat(f, fs, tname)
		}
		b, _ := asBig(v)
		return formatIntSpec(b, fs, tname, th.interp.maxStrDigits)
	case floatTag:
		return formatFloat(v.UncheckedFloat(), fs, tname)
	}
	return th.Str(v)
}

// formatStr formats the str s of an object of type tname.
func formatStr(s string, fs *formatSpec, tname string) (string, error) {
	if fs.typ != 0 && fs.typ != 's' {
		return "", Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", fs.typ, tname)
	}
	if fs.grouping != 0 {
		return "", Errorf(ValueErrorType, "Cannot specify '%c' with 's'.", fs.grouping)
	}
	if fs.sign == ' ' {
		return "", Errorf(ValueErrorType, "Space not allowed in string format specifier")
	}
	if fs.sign != 0 {
		return "", Errorf(ValueErrorType, "Sign not allowed in string format specifier")
	}
	if fs.zeroNeg {
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	}
	if fs.alt {
		return "", Errorf(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	}
	if fs.zeroAlign {
		fs.align = 0
	}
	if fs.align == '=' {
		return "", Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	if fs.precision >= 0 {
		rs := decodeRunes(s)
		if len(rs) > fs.precision {
			s = encodeRunes(rs[:fs.precision])
		}
	}
	return fs.pad("", s, '<'), nil
}

func groupDigits(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var parts []string
	for len(digits) > every {
		parts = append([]string{digits[len(digits)-every:]}, parts...)
		digits = digits[:len(digits)-every]
	}
	parts = append([]string{digits}, parts...)
	return strings.Join(parts, string(sep))
}

func formatIntSpec(b *big.Int, fs *formatSpec, tname string, limit int) (string, error) {
	if fs.precision >= 0 {
		return "", Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if fs.zeroNeg {
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	neg := b.Sign() < 0
	a := new(big.Int).Abs(b)
	var digits, prefix string
	var err error
	every := 3
	switch fs.typ {
	case 0, 'd', 'n':
		if digits, err = bigIntDecimal(a, limit); err != nil {
			return "", err
		}
	case 'b':
		digits, prefix, every = a.Text(2), "0b", 4
	case 'o':
		digits, prefix, every = a.Text(8), "0o", 4
	case 'x':
		digits, prefix, every = a.Text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(a.Text(16)), "0X", 4
	case 'c':
		if fs.sign != 0 {
			return "", Errorf(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if fs.alt {
			return "", Errorf(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !b.IsInt64() {
			return "", Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		if b.Int64() < 0 || b.Int64() > 0x10ffff {
			return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		return fs.pad("", encodeRunes([]rune{rune(b.Int64())}), '>'), nil
	default:
		return "", Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", fs.typ, tname)
	}
	if fs.grouping == ',' && fs.typ != 0 && fs.typ != 'd' {
		return "", Errorf(ValueErrorType, "Cannot specify ',' with '%c'.", fs.typ)
	}
	if !fs.alt {
		prefix = ""
	}
	sign := signStr(neg, fs.sign)
	if fs.align == '=' && fs.fill == '0' && fs.grouping != 0 {
		// Zero padding participates in grouping.
		digits = zeroPadGrouped(digits, fs.width-len(sign)-len(prefix), every)
	}
	digits = groupDigits(digits, fs.grouping, every)
	return fs.pad(sign+prefix, digits, '>'), nil
}

// zeroPadGrouped prefixes digits with the fewest zeros that make them, in
// groups of every, at least width long.
func zeroPadGrouped(digits string, width, every int) string {
	d := len(digits)
	for d+(d-1)/every < width {
		d++
	}
	return strings.Repeat("0", d-len(digits)) + digits
}

// defaultMaxStrDigits is CPython's default limit on the decimal digits of
// an int converted to or from a str (sys.int_info.default_max_str_digits).
const defaultMaxStrDigits = 4300

// strDigitsCheckThreshold is the smallest nonzero limit
// sys.set_int_max_str_digits accepts (sys.int_info.str_digits_check_threshold).
const strDigitsCheckThreshold = 640

// bigIntDecimal is str(b), refused as CPython refuses it for more than
// limit digits (0: no limit).
func bigIntDecimal(b *big.Int, limit int) (string, error) {
	// An int of d decimal digits has more than (d-1)*log2(10) bits: one
	// with more bits than that bound for limit+1 digits is over the limit
	// without being converted.
	if limit <= 0 || b.BitLen() <= limit*10/3+10 {
		s := b.String()
		n := len(s)
		if b.Sign() < 0 {
			n--
		}
		if limit <= 0 || n <= limit {
			return s, nil
		}
	}
	return "", Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
}

// maxFormatPrecision is the largest precision CPython formats a float
// with (a C int).
const maxFormatPrecision = 1<<31 - 1

// reserveFormat checks, before a value is formatted, the memory its width
// and precision ask for.
func (th *Thread) reserveFormat(fs *formatSpec) error {
	if fs.width > 0 {
		// The padding, the padded string and the copy of it the result
		// is built in.
		if err := th.allocN(int64(fs.width), 3*int64(len(encodeRunes([]rune{fs.fill})))); err != nil {
			return err
		}
	}
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		if fs.precision > maxFormatPrecision {
			return Errorf(ValueErrorType, "precision too big")
		}
		if fs.precision > 0 {
			return th.allocN(int64(fs.precision), 3)
		}
	}
	return nil
}

func signStr(neg bool, sign byte) string {
	if neg {
		return "-"
	}
	switch sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

// formatFloat formats f, of an object of type tname, as fs says.
func formatFloat(f float64, fs *formatSpec, tname string) (string, error) {
	typ := fs.typ
	prec := fs.precision
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		return "", Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", typ, tname)
	}
	neg := math.Signbit(f)
	a := math.Abs(f)
	var body string
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	switch {
	case math.IsInf(a, 0):
		body = "inf"
		if upper {
			body = "INF"
		}
		if typ == '%' {
			body += "%"
		}
	case math.IsNaN(a):
		body = "nan"
		if upper {
			body = "NAN"
		}
		neg = false
		if typ == '%' {
			body += "%"
		}
	default:
		switch typ {
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'f', prec, 64)
			if fs.alt && prec == 0 {
				body += "."
			}
		case '%':
			if prec < 0 {
				prec = 6
			}
			if math.IsInf(a*100, 0) {
				// The scaling overflows, as it does in CPython.
				body = "inf%"
				break
			}
			body = strconv.FormatFloat(a*100, 'f', prec, 64)
			if fs.alt && prec == 0 {
				body += "."
			}
			body += "%"
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = expFormat(a, prec, fs.alt)
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			if prec == 0 {
				prec = 1
			}
			body = generalFormat(a, prec, fs.alt, false)
		case 0:
			if prec < 0 {
				body = strings.TrimPrefix(floatReprAbs(a), "-")
				if fs.alt && !strings.ContainsAny(body, ".in") {
					// The alternate form keeps a decimal point, before
					// the exponent when there is one (1.e+300).
					if i := strings.IndexByte(body, 'e'); i >= 0 {
						body = body[:i] + "." + body[i:]
					} else {
						body += "."
					}
				}
			} else {
				if prec == 0 {
					prec = 1
				}
				body = generalFormat(a, prec, fs.alt, true)
			}
		}
		if upper {
			body = strings.ToUpper(body)
		}
		if fs.zeroNeg && neg {
			allZero := strings.Trim(body, "0.%eE+-") == ""
			if allZero {
				neg = false
			}
		}
	}
	if fs.grouping != 0 && !math.IsInf(a, 0) && !math.IsNaN(a) {
		intPart, rest := body, ""
		if i := strings.IndexAny(body, ".eE%"); i >= 0 {
			intPart, rest = body[:i], body[i:]
		}
		if fs.align == '=' && fs.fill == '0' {
			intPart = zeroPadGrouped(intPart, fs.width-len(signStr(neg, fs.sign))-len(rest), 3)
		}
		body = groupDigits(intPart, fs.grouping, 3) + rest
	}
	return fs.pad(signStr(neg, fs.sign), body, '>'), nil
}

func floatReprAbs(a float64) string {
	return floatRepr(a)
}

// expFormat formats a >= 0 as d.ddde±XX.
func expFormat(a float64, prec int, alt bool) string {
	s := strconv.FormatFloat(a, 'e', prec, 64)
	if alt && prec == 0 {
		i := strings.IndexByte(s, 'e')
		s = s[:i] + "." + s[i:]
	}
	return s
}

// generalFormat implements the 'g' presentation (and the default float
// presentation when noType is set, which keeps at least one decimal).
//
// The fixed-point form is used while the decimal exponent is below prec,
// and for the default presentation below prec-1, as CPython's
// format_float_short decides with Py_DTSF_ADD_DOT_0: the ".0" it adds
// would otherwise show a digit beyond the precision.
func generalFormat(a float64, prec int, alt bool, noType bool) string {
	limit := prec
	if noType {
		limit = prec - 1
	}
	if a == 0 && limit < 1 {
		if alt {
			return "0.e+00"
		}
		return "0e+00"
	}
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", prec-1)
		}
		if noType {
			return "0.0"
		}
		return "0"
	}
	es := strconv.FormatFloat(a, 'e', prec-1, 64)
	mant, expS, _ := strings.Cut(es, "e")
	exp, _ := strconv.Atoi(expS)
	if exp >= -4 && exp < limit {
		s := strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if !alt {
			if strings.Contains(s, ".") {
				s = strings.TrimRight(s, "0")
				s = strings.TrimSuffix(s, ".")
			}
			if noType && !strings.Contains(s, ".") {
				s += ".0"
			}
		} else if !strings.Contains(s, ".") {
			s += "."
		}
		return s
	}
	if !alt {
		if strings.Contains(mant, ".") {
			mant = strings.TrimRight(mant, "0")
			mant = strings.TrimSuffix(mant, ".")
		}
	} else if !strings.Contains(mant, ".") {
		mant += "."
	}
	sign := "+"
	if exp < 0 {
		sign = "-"
		exp = -exp
	}
	return mant + "e" + sign + leftPad(strconv.Itoa(exp), 2)
}
