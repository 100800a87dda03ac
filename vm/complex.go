package vm

// The complex type, as CPython 3.11's Objects/complexobject.c: its
// arithmetic (Smith's division, c_pow and c_powi for **), comparison,
// hash, repr and constructor.

import (
	"math"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/internal/libm"
	"github.com/pyjit/pyjit/vm/lib/ucd"
)

// Complex is a complex number.
type Complex struct {
	re, im float64
}

// Type implements Object.
func (*Complex) Type() *Type { return ComplexType }

// NewComplex returns the complex number re + im*1j.
func NewComplex(re, im float64) Value { return Obj(&Complex{re: re, im: im}) }

// Real and Imag return the parts of c.
func (c *Complex) Real() float64 { return c.re }

// Imag returns the imaginary part of c.
func (c *Complex) Imag() float64 { return c.im }

// cplx is a complex number being computed (CPython's Py_complex).
type cplx struct{ re, im float64 }

func cSum(a, b cplx) cplx  { return cplx{a.re + b.re, a.im + b.im} }
func cDiff(a, b cplx) cplx { return cplx{a.re - b.re, a.im - b.im} }

// cProd is _Py_c_prod. The conversions keep each product rounded on its
// own, as C computes it, rather than fused into a multiply-add.
func cProd(a, b cplx) cplx {
	return cplx{float64(a.re*b.re) - float64(a.im*b.im), float64(a.re*b.im) + float64(a.im*b.re)}
}

// cQuot is _Py_c_quot, Smith's algorithm; errno is EDOM for a zero
// divisor.
func cQuot(a, b cplx) (r cplx, errno int) {
	absBr, absBi := math.Abs(b.re), math.Abs(b.im)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return cplx{}, libm.EDOM
		}
		ratio := b.im / b.re
		denom := b.re + float64(b.im*ratio)
		return cplx{(a.re + float64(a.im*ratio)) / denom, (a.im - float64(a.re*ratio)) / denom}, 0
	case absBi >= absBr:
		ratio := b.re / b.im
		denom := float64(b.re*ratio) + b.im
		return cplx{(float64(a.re*ratio) + a.im) / denom, (float64(a.im*ratio) - a.re) / denom}, 0
	}
	// One of b's parts is a NaN.
	return cplx{math.NaN(), math.NaN()}, 0
}

// cPow is _Py_c_pow: a**b through the polar form, with the errno the C
// library calls leave (the last one set).
func cPow(a, b cplx) (cplx, int) {
	if b.re == 0 && b.im == 0 {
		return cplx{1, 0}, 0
	}
	if a.re == 0 && a.im == 0 {
		if b.im != 0 || b.re < 0 {
			return cplx{}, libm.EDOM
		}
		return cplx{}, 0
	}
	errno := 0
	note := func(r float64, e int) float64 {
		if e != 0 {
			errno = e
		}
		return r
	}
	vabs := note(libm.HypotErrno(a.re, a.im))
	length := note(libm.PowErrno(vabs, b.re))
	at := note(libm.Atan2Errno(a.im, a.re))
	phase := at * b.re
	if b.im != 0 {
		length /= note(libm.ExpErrno(at * b.im))
		phase += float64(b.im * note(libm.LogErrno(vabs)))
	}
	c := note(libm.CosErrno(phase))
	s := note(libm.SinErrno(phase))
	return cplx{length * c, length * s}, errno
}

// cPowu is c_powu: x**n for n >= 0 by repeated squaring.
func cPowu(x cplx, n int64) cplx {
	r, p := cplx{1, 0}, x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// cPowi is c_powi: x**n for a small integer n.
func cPowi(x cplx, n int64) (cplx, int) {
	if n > 0 {
		return cPowu(x, n), 0
	}
	return cQuot(cplx{1, 0}, cPowu(x, -n))
}

// cAbs is _Py_c_abs: errno is ERANGE when the result overflows.
func cAbs(z cplx) (float64, int) {
	switch {
	case math.IsInf(z.re, 0):
		return math.Abs(z.re), 0
	case math.IsInf(z.im, 0):
		return math.Abs(z.im), 0
	case math.IsNaN(z.re) || math.IsNaN(z.im):
		return math.NaN(), 0
	}
	r := libm.Hypot(z.re, z.im)
	if math.IsInf(r, 0) {
		return r, libm.ERANGE
	}
	return r, 0
}

// complexOperand converts an operand of complex arithmetic (an int,
// float or complex, or an instance of a subclass of one) as CPython's
// to_complex; ok is false for other types.
func complexOperand(v Value) (c cplx, ok bool, err error) {
	v = unwrap(v)
	switch o := v.o.(type) {
	case *Complex:
		return cplx{o.re, o.im}, true, nil
	case intTag, boolTag, floatTag, *BigInt:
		f, _, err := toFloat(v)
		return cplx{f, 0}, true, err
	}
	return cplx{}, false, nil
}

// complexOf returns c as a complex value.
func complexOf(c cplx) Value { return NewComplex(c.re, c.im) }

// complexBinary computes a op b when one operand is a complex and the
// other an int, float or complex, none of them instances of subclasses
// (whose methods may differ); ok is false when it does not apply.
func (th *Thread) complexBinary(op int, a, b Value) (Value, bool, error) {
	_, ac := a.o.(*Complex)
	_, bc := b.o.(*Complex)
	if !ac && !bc || !isNumber(a) && !ac || !isNumber(b) && !bc {
		return Null, false, nil
	}
	switch op {
	case code.NB_ADD, code.NB_SUBTRACT, code.NB_MULTIPLY, code.NB_TRUE_DIVIDE, code.NB_POWER:
	default:
		return Null, false, nil
	}
	r, err := complexArith(op, a, b)
	return r, true, err
}

// complexArith is the complex operator op (+, -, *, / or **) on two
// operands complexOperand accepts, NotImplemented for others.
func complexArith(op int, a, b Value) (Value, error) {
	x, ok, err := complexOperand(a)
	if !ok || err != nil {
		return NotImplemented, err
	}
	y, ok, err := complexOperand(b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	switch op {
	case code.NB_ADD:
		return complexOf(cSum(x, y)), nil
	case code.NB_SUBTRACT:
		return complexOf(cDiff(x, y)), nil
	case code.NB_MULTIPLY:
		return complexOf(cProd(x, y)), nil
	case code.NB_TRUE_DIVIDE:
		q, errno := cQuot(x, y)
		if errno == libm.EDOM {
			return Null, Errorf(ZeroDivisionErrorType, "complex division by zero")
		}
		return complexOf(q), nil
	}
	return complexPower(x, y)
}

// complexPower is complex_pow without a modulus: a small integral
// exponent multiplies, others go through the polar form.
func complexPower(a, b cplx) (Value, error) {
	var p cplx
	var errno int
	if b.im == 0 && b.re == math.Floor(b.re) && math.Abs(b.re) <= 100 {
		p, errno = cPowi(a, int64(b.re))
	} else {
		p, errno = cPow(a, b)
	}
	// _Py_ADJUST_ERANGE2
	if math.IsInf(p.re, 0) || math.IsInf(p.im, 0) {
		if errno == 0 {
			errno = libm.ERANGE
		}
	} else if errno == libm.ERANGE {
		errno = 0
	}
	switch errno {
	case libm.EDOM:
		return Null, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
	case libm.ERANGE:
		return Null, Errorf(OverflowErrorType, "complex exponentiation")
	}
	return complexOf(p), nil
}

// complexPow3 is complex_pow with a modulus argument (pow(a, b, mod)).
func complexPow3(a, b, mod Value) (Value, error) {
	x, ok, err := complexOperand(a)
	if !ok || err != nil {
		return NotImplemented, err
	}
	y, ok, err := complexOperand(b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	if !mod.IsNone() {
		return Null, Errorf(ValueErrorType, "complex modulo")
	}
	return complexPower(x, y)
}

// complexSelf returns the complex value of self (a complex or an
// instance of a subclass).
func complexSelf(self Value) *Complex {
	return unwrap(self).o.(*Complex)
}

// complexEqual is complex_richcompare: only == and != are defined.
func (th *Thread) complexEqual(c *Complex, w Value, op int) (Value, error) {
	if op != code.CMP_EQ && op != code.CMP_NE {
		return NotImplemented, nil
	}
	var equal bool
	switch o := unwrap(w).o.(type) {
	case intTag, boolTag, *BigInt:
		if c.im == 0 {
			// Compared as a float with the int, exactly.
			return th.RichCompare(Float(c.re), w, op)
		}
	case floatTag:
		equal = c.re == unwrap(w).UncheckedFloat() && c.im == 0
	case *Complex:
		equal = c.re == o.re && c.im == o.im
	default:
		return NotImplemented, nil
	}
	return Bool(equal == (op == code.CMP_EQ)), nil
}

// complexHash is complex_hash: hash(real) + 1000003*hash(imag). A NaN
// part hashes by the identity of the complex, as CPython's.
func complexHash(v Value, c *Complex) int64 {
	part := func(f float64) uint64 {
		if f != f {
			return uint64(identityHash(v))
		}
		return uint64(hashFloat(f))
	}
	h := int64(part(c.re) + 1000003*part(c.im))
	if h == -1 {
		h = -2
	}
	return h
}

// reprPart is a part of a complex in repr: the float's repr without the
// ".0" float's own repr adds to an integral value.
func reprPart(f float64) string {
	s := floatRepr(f)
	if strings.HasSuffix(s, ".0") && !strings.ContainsAny(s, "eE") {
		s = s[:len(s)-2]
	}
	return s
}

// complexRepr is complex_repr: `2j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
func complexRepr(re, im float64) string {
	if re == 0 && !math.Signbit(re) {
		return reprPart(im) + "j"
	}
	ims := reprPart(im)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + reprPart(re) + ims + "j)"
}

// formatComplex is format(c, spec) for a non-empty spec, as CPython's
// format_complex_internal: both parts formatted as floats, the imaginary
// one with a sign, then padded together.
func (th *Thread) formatComplex(c *Complex, spec string) (string, error) {
	fs, err := parseFormatSpec(spec, "complex")
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownFormatCode(fs.typ, "complex")
	}
	if fs.fill == '0' {
		return "", Errorf(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if fs.align == '=' {
		return "", Errorf(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	if err := th.reserveFormat(fs); err != nil {
		return "", err
	}
	typ, reprMode := fs.typ, false
	skipRe, parens := false, false
	if typ == 0 {
		reprMode = fs.precision < 0
		if c.re == 0 && !math.Signbit(c.re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if typ == 'n' || typ == 0 && !reprMode {
		typ = 'g'
	}
	part := func(f float64, sign byte) (string, error) {
		sub := *fs
		sub.typ, sub.sign = typ, sign
		sub.width, sub.align, sub.fill, sub.zero, sub.zeroAlign = 0, '<', ' ', false, false
		s, err := formatFloat(f, &sub, "complex")
		if err == nil && reprMode {
			s = reprModePart(s, fs.alt)
		}
		return s, err
	}
	re, err := part(c.re, fs.sign)
	if err != nil {
		return "", err
	}
	imSign := byte('+')
	if skipRe {
		imSign, re = fs.sign, ""
	}
	im, err := part(c.im, imSign)
	if err != nil {
		return "", err
	}
	body := re + im + "j"
	if parens {
		body = "(" + body + ")"
	}
	return fs.pad("", body, '>'), nil
}

// reprModePart turns float's format of a part with no presentation type
// into CPython's 'r' format without the ".0" float adds to an integral
// value; the alternate form keeps the decimal point ("1.", "1.e+16").
func reprModePart(s string, alt bool) string {
	switch {
	case strings.ContainsAny(s, "eE"):
		if alt && !strings.Contains(s, ".") {
			i := strings.IndexAny(s, "eE")
			s = s[:i] + "." + s[i:]
		}
	case strings.HasSuffix(s, ".0"):
		s = s[:len(s)-1]
		if !alt {
			s = s[:len(s)-1]
		}
	}
	return s
}

// unknownFormatCode is the ValueError of a presentation type a type does
// not have.
func unknownFormatCode(typ byte, tname string) error {
	if typ > 32 && typ < 127 {
		return Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", typ, tname)
	}
	return Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", typ, tname)
}

// numberFloat is CPython's PyNumber_Float for a value that is not a str:
// __float__ (whose result must be a float), else __index__.
func (th *Thread) numberFloat(x Value) (float64, error) {
	if _, inst := x.o.(*Instance); !inst {
		if f, ok, err := toFloat(x); ok {
			return f, err
		}
	}
	if f, found, err := th.floatFromDunders(x); err != nil || found {
		return unwrap(f).UncheckedFloat(), err
	}
	if u := unwrap(x); u.IsFloat() {
		return u.UncheckedFloat(), nil
	}
	return 0, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", x.Type().Name)
}

// floatFromDunders is float(x) through x's __float__ (whose result must
// be a float) or, failing that, its __index__. found is false when x has
// neither.
func (th *Thread) floatFromDunders(x Value) (f Value, found bool, err error) {
	r, found, err := th.callDunder(x, "__float__")
	if err != nil {
		return Float(0), true, err
	}
	if found {
		if r.IsFloat() {
			return r, true, nil
		}
		if !r.Type().IsSubtype(FloatType) {
			return Float(0), true, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", x.Type().Name, r.Type().Name)
		}
		if err := th.warn(DeprecationWarningType, x.Type().Name+".__float__ returned non-float (type "+r.Type().Name+
			").  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python."); err != nil {
			return Float(0), true, err
		}
		return unwrap(r), true, nil
	}
	i, found, err := th.indexValue(x)
	if err != nil || !found {
		return Float(0), found, err
	}
	g, _, err := toFloat(unwrap(i))
	return Float(g), true, err
}

// complexSpecial calls x.__complex__ as CPython's
// try_complex_special_method; found is false when x has none.
func (th *Thread) complexSpecial(x Value) (c cplx, found bool, err error) {
	r, found, err := th.callDunder(x, "__complex__")
	if err != nil || !found {
		return cplx{}, found, err
	}
	if o, ok := r.o.(*Complex); ok {
		return cplx{o.re, o.im}, true, nil
	}
	if !r.Type().IsSubtype(ComplexType) {
		return cplx{}, true, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", r.Type().Name)
	}
	if err := th.warn(DeprecationWarningType, "__complex__ returned non-complex (type "+r.Type().Name+
		").  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python."); err != nil {
		return cplx{}, true, err
	}
	o := complexSelf(r)
	return cplx{o.re, o.im}, true, nil
}

// asComplex is CPython's PyComplex_AsCComplex: a complex's value, or
// __complex__'s, or the value of x as a float.
func (th *Thread) asComplex(x Value) (cplx, error) {
	if o, ok := unwrap(x).o.(*Complex); ok {
		return cplx{o.re, o.im}, nil
	}
	c, found, err := th.complexSpecial(x)
	if err != nil || found {
		return c, err
	}
	if !hasNumberSlot(x) {
		return cplx{}, Errorf(TypeErrorType, "must be real number, not %s", x.Type().Name)
	}
	f, err := th.numberFloat(x)
	return cplx{f, 0}, err
}

// hasNumberSlot reports whether x converts to a float (CPython's check of
// nb_float and nb_index) or is a complex.
func hasNumberSlot(x Value) bool {
	switch unwrap(x).o.(type) {
	case intTag, boolTag, floatTag, *BigInt, *Complex:
		return true
	}
	t := x.Type()
	return t.Lookup("__float__").o != nil || t.Lookup("__index__").o != nil
}

// complexNew implements complex(real=0, imag=0).
func complexNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	cls := args[0].o.(*Type)
	var r, i Value
	if err := unpackArgs("complex", args[1:], kw, 0, []string{"real", "imag"}, &r, &i); err != nil {
		return Null, err
	}
	if _, ok := r.o.(*Complex); ok && i.o == nil && cls == ComplexType {
		return r, nil
	}
	c, err := th.complexFrom(cls, r, i)
	if err != nil {
		return Null, err
	}
	if cls != ComplexType {
		return newSubclassInstance(cls, complexOf(c)), nil
	}
	return complexOf(c), nil
}

// complexFrom is complex_new's computation of the value of
// complex(r, i) (either may be Null, absent).
func (th *Thread) complexFrom(cls *Type, r, i Value) (cplx, error) {
	if r.o == nil {
		r = Int(0)
	}
	if o, ok := r.o.(*Complex); ok && i.o == nil {
		return cplx{o.re, o.im}, nil
	}
	if s, ok := unwrap(r).o.(*Str); ok {
		if i.o != nil {
			return cplx{}, Errorf(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		return parseComplex(s.s, r)
	}
	if i.o != nil {
		if _, ok := unwrap(i).o.(*Str); ok {
			return cplx{}, Errorf(TypeErrorType, "complex() second arg can't be a string")
		}
	}
	var cr, ci cplx
	crIsComplex, ciIsComplex := false, false
	special, found, err := th.complexSpecial(r)
	if err != nil {
		return cplx{}, err
	}
	switch {
	case found:
		cr, crIsComplex = special, true
	case !hasNumberSlot(r):
		return cplx{}, Errorf(TypeErrorType, "complex() first argument must be a string or a number, not '%s'", r.Type().Name)
	}
	if i.o != nil && !hasNumberSlot(i) {
		return cplx{}, Errorf(TypeErrorType, "complex() second argument must be a number, not '%s'", i.Type().Name)
	}
	if !found {
		if o, ok := unwrap(r).o.(*Complex); ok {
			cr, crIsComplex = cplx{o.re, o.im}, true
		} else {
			f, err := th.numberFloat(r)
			if err != nil {
				return cplx{}, err
			}
			cr = cplx{f, 0}
		}
	}
	switch {
	case i.o == nil:
		ci.re = cr.im
	default:
		if o, ok := unwrap(i).o.(*Complex); ok {
			ci, ciIsComplex = cplx{o.re, o.im}, true
		} else {
			f, err := th.numberFloat(i)
			if err != nil {
				return cplx{}, err
			}
			ci.re = f
		}
	}
	if ciIsComplex {
		cr.re -= ci.im
	}
	if crIsComplex && i.o != nil {
		ci.re += cr.im
	}
	return cplx{cr.re, ci.re}, nil
}

// asciiNumberText is CPython's _PyUnicode_TransformDecimalAndSpaceToASCII:
// non-ASCII decimal digits become ASCII ones, other whitespace a space,
// and any other non-ASCII character '?'.
func asciiNumberText(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case ucd.IsSpace(r):
			b.WriteByte(' ')
		case ucd.IsDecimal(r):
			b.WriteByte(byte('0' + ucd.DecimalValue(r)))
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// parseComplex is complex(s) for a str s (orig is the argument, for the
// error message): underscores between digits, then CPython's
// complex_from_string_inner.
func parseComplex(s string, orig Value) (cplx, error) {
	t := asciiNumberText(s)
	if strings.IndexByte(t, '_') >= 0 {
		var b strings.Builder
		prev := byte(0)
		isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
		bad := false
		for i := 0; i < len(t) && t[i] != 0; i++ {
			c := t[i]
			if c == '_' {
				bad = bad || !isDigit(prev)
			} else {
				b.WriteByte(c)
				bad = bad || prev == '_' && !isDigit(c)
			}
			prev = c
		}
		if bad || prev == '_' || strings.IndexByte(t, 0) >= 0 {
			return cplx{}, Errorf(ValueErrorType, "could not convert string to complex: %s", reprNoThread(orig))
		}
		t = b.String()
	}
	c, ok := parseComplexInner(t)
	if !ok {
		return cplx{}, Errorf(ValueErrorType, "complex() arg is a malformed string")
	}
	return c, nil
}

// isCSpace is C's isspace in the C locale.
func isCSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// parseComplexInner accepts <float>, <float>j, <float><signed-float>j,
// <float><sign>j, <sign>j and j, with surrounding whitespace and an
// optional pair of parentheses.
func parseComplexInner(s string) (cplx, bool) {
	i := 0
	skip := func() {
		for i < len(s) && isCSpace(s[i]) {
			i++
		}
	}
	at := func(set string) bool { return i < len(s) && strings.IndexByte(set, s[i]) >= 0 }
	skip()
	bracket := at("(")
	if bracket {
		i++
		skip()
	}
	var x, y float64
	if z, n := scanFloatPrefix(s[i:]); n > 0 {
		i += n
		switch {
		case at("+-"):
			x = z
			if w, n := scanFloatPrefix(s[i:]); n > 0 {
				y = w
				i += n
			} else {
				y = 1
				if s[i] == '-' {
					y = -1
				}
				i++
			}
			if !at("jJ") {
				return cplx{}, false
			}
			i++
		case at("jJ"):
			y = z
			i++
		default:
			x = z
		}
	} else {
		y = 1
		if at("+-") {
			if s[i] == '-' {
				y = -1
			}
			i++
		}
		if !at("jJ") {
			return cplx{}, false
		}
		i++
	}
	skip()
	if bracket {
		if !at(")") {
			return cplx{}, false
		}
		i++
		skip()
	}
	return cplx{x, y}, i == len(s)
}

// scanFloatPrefix parses the longest prefix of s that is a float as
// CPython's PyOS_string_to_double reads one (a sign, then inf, infinity,
// nan or a decimal number with an optional exponent); n is 0 when there
// is none. Out-of-range values become infinities or zeros.
func scanFloatPrefix(s string) (f float64, n int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	rest := strings.ToLower(s[i:])
	switch {
	case strings.HasPrefix(rest, "infinity"):
		return withSign(neg, math.Inf(1)), i + 8
	case strings.HasPrefix(rest, "inf"):
		return withSign(neg, math.Inf(1)), i + 3
	case strings.HasPrefix(rest, "nan"):
		return withSign(neg, math.NaN()), i + 3
	}
	isDigit := func(j int) bool { return j < len(s) && s[j] >= '0' && s[j] <= '9' }
	digits := 0
	for isDigit(i) {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for isDigit(i) {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if isDigit(j) {
			for isDigit(j) {
				j++
			}
			i = j
		}
	}
	v, _ := parseFloatLiteral(s[:i])
	return v.UncheckedFloat(), i
}

func initComplexType() {
	t := ComplexType
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "complex", Fn: complexNew}))
	arith := []struct {
		name, rname string
		op          int
	}{
		{"__add__", "__radd__", code.NB_ADD},
		{"__sub__", "__rsub__", code.NB_SUBTRACT},
		{"__mul__", "__rmul__", code.NB_MULTIPLY},
		{"__truediv__", "__rtruediv__", code.NB_TRUE_DIVIDE},
		{"__pow__", "__rpow__", code.NB_POWER},
	}
	for _, a := range arith {
		a := a
		method(t, a.name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if a.op == code.NB_POWER && len(args) == 2 {
				return complexPow3(self, args[0], args[1])
			}
			return complexArith(a.op, self, args[0])
		})
		method(t, a.rname, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if a.op == code.NB_POWER && len(args) == 2 {
				return complexPow3(args[0], self, args[1])
			}
			return complexArith(a.op, args[0], self)
		})
	}
	for op := 0; op < 6; op++ {
		op := op
		method(t, cmpDunder[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.complexEqual(complexSelf(self), args[0], op)
		})
	}
	method(t, "__neg__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := complexSelf(self)
		return NewComplex(-c.re, -c.im), nil
	})
	method(t, "__pos__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, ok := self.o.(*Complex); ok {
			return self, nil
		}
		c := complexSelf(self)
		return NewComplex(c.re, c.im), nil
	})
	method(t, "__abs__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := complexSelf(self)
		r, errno := cAbs(cplx{c.re, c.im})
		if errno == libm.ERANGE {
			return Null, Errorf(OverflowErrorType, "absolute value too large")
		}
		return Float(r), nil
	})
	method(t, "__bool__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := complexSelf(self)
		return Bool(c.re != 0 || c.im != 0), nil
	})
	method(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(complexHash(self, complexSelf(self))), nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := complexSelf(self)
		return String(complexRepr(c.re, c.im)), nil
	})
	method(t, "__format__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		spec, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "__format__() argument must be str, not %s", typeNameForArg(args[0]))
		}
		if spec.s == "" {
			s, err := th.Str(self)
			return String(s), err
		}
		s, err := th.formatComplex(complexSelf(self), spec.s)
		return String(s), err
	})
	method(t, "__complex__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, ok := self.o.(*Complex); ok {
			return self, nil
		}
		c := complexSelf(self)
		return NewComplex(c.re, c.im), nil
	})
	method(t, "__getnewargs__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := complexSelf(self)
		return TupleOf(Float(c.re), Float(c.im)), nil
	})
	method(t, "conjugate", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := complexSelf(self)
		return NewComplex(c.re, -c.im), nil
	})
	// real and imag are read-only members in CPython.
	t.addReadonly("real", func(th *Thread, v Value) (Value, error) { return Float(complexSelf(v).re), nil })
	t.addReadonly("imag", func(th *Thread, v Value) (Value, error) { return Float(complexSelf(v).im), nil })
}
