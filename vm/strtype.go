package vm

// str: constructor, methods, %-formatting and str.format.

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/lib/ucd"
)

func floatRepr(f float64) string { return code.FloatRepr(f) }

func strSelf(v Value) *Str {
	if s, ok := v.o.(*Str); ok {
		return s
	}
	return unwrap(v).o.(*Str)
}

// strArg returns the str argument v of a method whose arguments CPython
// parses with Argument Clinic: pos is the argument's position, 0 for the
// method's only argument.
func strArg(th *Thread, fname string, v Value, pos int) (string, error) {
	if s, ok := unwrap(v).o.(*Str); ok {
		return s.s, nil
	}
	if pos == 0 {
		return "", Errorf(TypeErrorType, "%s() argument must be str, not %s", fname, typeNameForArg(v))
	}
	return "", Errorf(TypeErrorType, "%s() argument %d must be str, not %s", fname, pos, typeNameForArg(v))
}

// subArg returns the str argument v of the searching methods (find, count,
// partition, ...), which CPython checks without naming the method.
func subArg(v Value) (string, error) {
	if s, ok := unwrap(v).o.(*Str); ok {
		return s.s, nil
	}
	return "", Errorf(TypeErrorType, "must be str, not %s", v.Type().Name)
}

func initStrType() {
	t := StrType
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "str", Fn: strNew}))
	m := map[string]BuiltinFunc{
		"__len__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(strSelf(self).Len())), nil
		},
		"__str__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Obj(strSelf(self)), nil
		},
		"__repr__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, err := th.strRepr(strSelf(self).s)
			return String(r), err
		},
		"__hash__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Int(strSelf(self).Hash()), nil
		},
		"__getitem__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.GetItem(Obj(strSelf(self)), args[0])
		},
		"__contains__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, err := th.Contains(Obj(strSelf(self)), args[0])
			return Bool(r), err
		},
		"__iter__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if _, exact := self.o.(*Str); !exact {
				return Obj(&strIter{s: strSelf(self), sub: true}), nil
			}
			return th.Iter(Obj(strSelf(self)))
		},
		"__add__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, ok := unwrap(args[0]).o.(*Str)
			if !ok {
				if th.operatorCall(self) {
					return NotImplemented, nil
				}
				return Null, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", args[0].Type().Name)
			}
			return String(strSelf(self).s + o.s), nil
		},
		"__mul__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			n, ok, err := th.repeatOperand(self, args[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				return NotImplemented, nil
			}
			if _, exact := self.o.(*Str); exact && n == 1 {
				return self, nil
			}
			if err := repeatOverflow(strSelf(self).Len(), n, true, "repeated string is too long"); err != nil {
				return Null, err
			}
			r, err := th.repeatString(strSelf(self).s, n)
			return String(r), err
		},
		"__mod__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.percentFormat(strSelf(self).s, args[0])
		},
		"__rmod__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, ok := unwrap(args[0]).o.(*Str)
			if !ok {
				return NotImplemented, nil
			}
			return th.percentFormat(o.s, Obj(strSelf(self)))
		},
		"__format__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			spec, err := strArg(th, "__format__", args[0], 0)
			if err != nil {
				return Null, err
			}
			return th.formatStrObject(self, spec)
		},
		"__getnewargs__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return TupleOf(String(strSelf(self).s)), nil
		},
		"join": strJoin,
		"split": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return strSplit(th, self, args, kw, false)
		},
		"rsplit": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return strSplit(th, self, args, kw, true)
		},
		"strip":  strStripper("strip", strings.Trim, strings.TrimSpace),
		"lstrip": strStripper("lstrip", strings.TrimLeft, func(s string) string { return strings.TrimLeftFunc(s, isPySpace) }),
		"rstrip": strStripper("rstrip", strings.TrimRight, func(s string) string { return strings.TrimRightFunc(s, isPySpace) }),
		"replace": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) < 2 || len(args) > 3 {
				return Null, argCountError("replace", 2, 3, len(args))
			}
			old, err := strArg(th, "replace", args[0], 1)
			if err != nil {
				return Null, err
			}
			nw, err := strArg(th, "replace", args[1], 2)
			if err != nil {
				return Null, err
			}
			n := int64(-1)
			if len(args) == 3 {
				if n, err = th.sizeArg(args[2]); err != nil {
					return Null, err
				}
			}
			src := strSelf(self).s
			if len(nw) > len(old) {
				// The result's size is known before it is made.
				k := int64(strings.Count(src, old))
				if old == "" {
					k = int64(codePoints(src) + 1)
				}
				if n >= 0 && n < k {
					k = n
				}
				if err := th.alloc(int64(len(src)) + k*int64(len(nw)-len(old))); err != nil {
					return Null, err
				}
			}
			if old == "" && !utf8.ValidString(src) {
				return String(insertBetween(src, nw, int(n))), nil
			}
			return String(strings.Replace(src, old, nw, int(n))), nil
		},
		"find": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return strFind(th, self, args, "find", false, false)
		},
		"rfind": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return strFind(th, self, args, "rfind", true, false)
		},
		"index": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return strFind(th, self, args, "index", false, true)
		},
		"rindex": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return strFind(th, self, args, "rindex", true, true)
		},
		"count": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			// The bounds are converted before the substring is checked.
			s, _, ok, err := strRange(th, strSelf(self), args[1:])
			if err != nil {
				return Null, err
			}
			sub, err := subArg(args[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				return Int(0), nil
			}
			if sub == "" {
				return Int(int64(codePoints(s) + 1)), nil
			}
			return Int(int64(strings.Count(s, sub))), nil
		},
		"startswith": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return strAffix(th, self, args, "startswith", strings.HasPrefix)
		},
		"endswith": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return strAffix(th, self, args, "endswith", strings.HasSuffix)
		},
		"upper":      strCaseMap(pyUpper, 'a', 'z'),
		"lower":      strCaseMap(pyLower, 'A', 'Z'),
		"casefold":   strCaseMap(pyCasefold, 'A', 'Z'),
		"swapcase":   strMap(pySwapcase),
		"capitalize": strMap(pyCapitalize),
		"title":      strMap(pyTitle),
		"isdigit":    strPred(ucd.IsDigit),
		"isdecimal":  strPred(ucd.IsDecimal),
		"isnumeric":  strPred(ucd.IsNumeric),
		"isalpha":    strPred(ucd.IsAlpha),
		"isalnum":    strPred(func(r rune) bool { return ucd.IsAlpha(r) || ucd.IsNumeric(r) }),
		"isspace":    strPred(isPySpace),
		"isascii": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Bool(strSelf(self).isASCII()), nil
		},
		"isprintable": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			for _, r := range strSelf(self).Runes() {
				if !code.IsPrintable(r) {
					return False, nil
				}
			}
			return True, nil
		},
		"isupper": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			s := strSelf(self).s
			cased := false
			for _, r := range s {
				if isLowerProp(r) || unicode.IsTitle(r) {
					return False, nil
				}
				if isUpperProp(r) {
					cased = true
				}
			}
			return Bool(cased), nil
		},
		"islower": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			s := strSelf(self).s
			cased := false
			for _, r := range s {
				if isUpperProp(r) || unicode.IsTitle(r) {
					return False, nil
				}
				if isLowerProp(r) {
					cased = true
				}
			}
			return Bool(cased), nil
		},
		"istitle": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			s := strSelf(self).s
			cased, prev := false, false
			for _, r := range s {
				if isUpperProp(r) || unicode.IsTitle(r) {
					if prev {
						return False, nil
					}
					prev, cased = true, true
				} else if isLowerProp(r) {
					if !prev {
						return False, nil
					}
					prev, cased = true, true
				} else {
					prev = false
				}
			}
			return Bool(cased), nil
		},
		"isidentifier": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Bool(strSelf(self).isIdentifier()), nil
		},
		"center": strJustify("center"),
		"ljust":  strJustify("ljust"),
		"rjust":  strJustify("rjust"),
		"zfill": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			w64, err := th.sizeArg(args[0])
			if err != nil {
				return Null, err
			}
			s := strSelf(self).s
			n := codePoints(s)
			if int64(n) >= w64 {
				return String(s), nil
			}
			if err := th.alloc(w64 + int64(len(s))); err != nil {
				return Null, err
			}
			w := int(w64)
			sign := ""
			if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
				sign, s = s[:1], s[1:]
			}
			return String(sign + strings.Repeat("0", w-n) + s), nil
		},
		"partition": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			sep, err := subArg(args[0])
			if err != nil {
				return Null, err
			}
			if sep == "" {
				return Null, Errorf(ValueErrorType, "empty separator")
			}
			s := strSelf(self).s
			if i := strings.Index(s, sep); i >= 0 {
				return TupleOf(String(s[:i]), String(sep), String(s[i+len(sep):])), nil
			}
			return TupleOf(self, String(""), String("")), nil // self, a subclass's instance included
		},
		"rpartition": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			sep, err := subArg(args[0])
			if err != nil {
				return Null, err
			}
			if sep == "" {
				return Null, Errorf(ValueErrorType, "empty separator")
			}
			s := strSelf(self).s
			if i := strings.LastIndex(s, sep); i >= 0 {
				return TupleOf(String(s[:i]), String(sep), String(s[i+len(sep):])), nil
			}
			return TupleOf(String(""), String(""), self), nil
		},
		"splitlines": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
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
			if str := strSelf(self); str.isASCII() {
				return Obj(NewList(splitLinesASCII(str.s, keepends))), nil
			}
			rs := strSelf(self).Runes()
			var out []Value
			start := 0
			for i := 0; i < len(rs); i++ {
				r := rs[i]
				if r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x85 || r == 0x2028 || r == 0x2029 {
					end := i + 1
					if r == '\r' && i+1 < len(rs) && rs[i+1] == '\n' {
						end++
						i++
					}
					if keepends {
						out = append(out, String(encodeRunes(rs[start:end])))
					} else {
						lineEnd := end - 1
						if end-start >= 2 && rs[end-2] == '\r' && rs[end-1] == '\n' {
							lineEnd = end - 2
						}
						out = append(out, String(encodeRunes(rs[start:lineEnd])))
					}
					start = end
				}
			}
			if start < len(rs) {
				out = append(out, String(encodeRunes(rs[start:])))
			}
			return Obj(NewList(out)), nil
		},
		"expandtabs": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			ts := 8
			if len(args) > 0 {
				n, err := th.cIntArg(args[0])
				if err != nil {
					return Null, err
				}
				ts = int(n)
			}
			// The result's size first, checked before it is made.
			size, col := int64(0), 0
			for _, r := range strSelf(self).Runes() {
				switch r {
				case '\t':
					if ts > 0 {
						size += int64(ts - col%ts)
						col += ts - col%ts
					}
				case '\n', '\r':
					size++
					col = 0
				default:
					size += int64(len(encodeRunes([]rune{r})))
					col++
				}
			}
			if err := th.alloc(size); err != nil {
				return Null, err
			}
			var b strings.Builder
			b.Grow(int(size))
			col = 0
			for _, r := range strSelf(self).Runes() {
				switch r {
				case '\t':
					if ts > 0 {
						n := ts - col%ts
						b.WriteString(strings.Repeat(" ", n))
						col += n
					}
				case '\n', '\r':
					b.WriteRune(r)
					col = 0
				default:
					writeCodePoint(&b, r)
					col++
				}
			}
			return String(b.String()), nil
		},
		"removeprefix": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			p, err := strArg(th, "removeprefix", args[0], 0)
			if err != nil {
				return Null, err
			}
			return String(strings.TrimPrefix(strSelf(self).s, p)), nil
		},
		"removesuffix": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			p, err := strArg(th, "removesuffix", args[0], 0)
			if err != nil {
				return Null, err
			}
			return String(strings.TrimSuffix(strSelf(self).s, p)), nil
		},
		"format": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.strFormat(self, args[:len(args)-len(kw)], kwDict(args, kw))
		},
		"format_map": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.strFormatMap(self, args[0])
		},
		"encode": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			var enc, errs Value
			if err := unpackArgs("encode", args, kw, 0, []string{"encoding", "errors"}, &enc, &errs); err != nil {
				return Null, err
			}
			b, err := th.encodeStr("encode", strSelf(self), self, enc, errs)
			if err != nil {
				return Null, err
			}
			return Obj(b), nil
		},
		"translate": strTranslate,
	}
	m["__rmul__"] = m["__mul__"]
	for n, f := range m {
		method(t, n, f)
	}
	for op := 0; op < 6; op++ {
		op := op
		method(t, cmpDunder[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, ok := unwrap(args[0]).o.(*Str)
			if !ok {
				return NotImplemented, nil
			}
			r, _, err := th.builtinCompare(Obj(strSelf(self)), Obj(o), op)
			return r, err
		})
	}
	t.Dict.SetStr("maketrans", Obj(&StaticMethod{Fn: Obj(&Builtin{Name: "maketrans", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		d := NewDict()
		if len(args) == 1 {
			src, ok := args[0].o.(*Dict)
			if !ok {
				return Null, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
			}
			var err error
			src.Items(func(k, v Value) bool {
				if s, ok := unwrap(k).o.(*Str); ok {
					r := s.Runes()
					if len(r) != 1 {
						err = Errorf(ValueErrorType, "string keys in translate table must be of length 1")
						return false
					}
					k = Int(int64(r[0]))
				} else if !isIntLike(k) {
					err = Errorf(TypeErrorType, "keys in translate table must be strings or integers")
					return false
				}
				err = d.Set(th, k, v)
				return err == nil
			})
			return Obj(d), err
		}
		for i, v := range args[1:] {
			if _, ok := unwrap(v).o.(*Str); !ok {
				return Null, Errorf(TypeErrorType, "maketrans() argument %d must be str, not %s", i+2, typeNameForArg(v))
			}
		}
		if _, ok := unwrap(args[0]).o.(*Str); !ok {
			return Null, Errorf(TypeErrorType, "first maketrans argument must be a string if there is a second argument")
		}
		a, b := strSelf(args[0]).Runes(), strSelf(args[1]).Runes()
		if len(a) != len(b) {
			return Null, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
		}
		for i := range a {
			d.Set(th, Int(int64(a[i])), Int(int64(b[i])))
		}
		if len(args) > 2 {
			for _, r := range strSelf(args[2]).Runes() {
				d.Set(th, Int(int64(r)), None)
			}
		}
		return Obj(d), nil
	}})}))
}

func kwDict(args []Value, kw []string) Value {
	if len(kw) == 0 {
		return Null
	}
	d := NewDict()
	n := len(args) - len(kw)
	for i, k := range kw {
		d.SetStr(k, args[n+i])
	}
	return Obj(d)
}

func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 127 && unicode.IsSpace(r)
}

// strCaseMap is str.upper, lower or casefold, f for any text: an ASCII
// str (known ASCII once scanned) has the letters from lo to hi flipped in
// one pass over its bytes, and the result is known to be ASCII.
func strCaseMap(f func(string) string, lo, hi byte) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		str := strSelf(self)
		if len(str.s) == 0 || !str.isASCII() {
			return String(f(str.s)), nil
		}
		b := make([]byte, len(str.s))
		for i := 0; i < len(str.s); i++ {
			c := str.s[i]
			if lo <= c && c <= hi {
				c ^= 0x20
			}
			b[i] = c
		}
		r := NewStr(unsafe.String(unsafe.SliceData(b), len(b)))
		r.ascii = 1
		return Obj(r), nil
	}
}

func strMap(f func(string) string) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return String(f(strSelf(self).s)), nil
	}
}

func strPred(p func(rune) bool) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		str := strSelf(self)
		if str.s == "" {
			return False, nil
		}
		if str.isASCII() {
			for i := 0; i < len(str.s); i++ {
				if !p(rune(str.s[i])) {
					return False, nil
				}
			}
			return True, nil
		}
		for _, r := range str.Runes() {
			if !p(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func strStripper(name string, trim func(string, string) string, ws func(string) string) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := strSelf(self).s
		if len(args) == 0 || args[0].IsNone() {
			if name == "strip" {
				return String(strings.TrimFunc(s, isPySpace)), nil
			}
			return String(ws(s)), nil
		}
		chars, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "%s arg must be None or str", name)
		}
		return String(trim(s, chars.s)), nil
	}
}

func strJustify(name string) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return Null, argCountError(name, 1, 2, len(args))
		}
		w, err := th.sizeArg(args[0])
		if err != nil {
			return Null, err
		}
		fill := " "
		if len(args) == 2 {
			f, ok := unwrap(args[1]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", args[1].Type().Name)
			}
			if f.Len() != 1 {
				return Null, Errorf(TypeErrorType, "The fill character must be exactly one character long")
			}
			fill = f.s
		}
		s := strSelf(self).s
		n := codePoints(s)
		if w <= int64(n) {
			return String(s), nil
		}
		if err := th.allocN(w, int64(len(fill))); err != nil {
			return Null, err
		}
		total := int(w) - n
		switch name {
		case "ljust":
			return String(s + strings.Repeat(fill, total)), nil
		case "rjust":
			return String(strings.Repeat(fill, total) + s), nil
		}
		left := centerLeft(total, int(w))
		return String(strings.Repeat(fill, left) + s + strings.Repeat(fill, total-left)), nil
	}
}

// centerLeft returns how much of pad, the padding that centers a string
// in a field of width, goes on the left: half, rounded up when both pad
// and width are odd, as CPython's pad() for str, bytes and bytearray.
func centerLeft(pad, width int) int {
	return pad/2 + (pad & width & 1)
}

// strRange applies the optional start and end arguments of the search
// methods as CPython's ADJUST_INDICES (start is not clamped to the
// length), returning the code points between them and the offset of the
// first. ok is false when start is past end: nothing, not even an empty
// string, is found there.
func strRange(th *Thread, s *Str, args []Value) (sub string, offset int, ok bool, err error) {
	if len(args) == 0 {
		return s.s, 0, true, nil
	}
	start, end, err := th.bytesBounds(args)
	if err != nil {
		return "", 0, false, err
	}
	start, end = adjustIndices(start, end, s.Len())
	if start > end {
		return "", start, false, nil
	}
	return s.s[s.byteIndex(start):s.byteIndex(end)], start, true, nil
}

func strFind(th *Thread, self Value, args []Value, name string, rev, raise bool) (Value, error) {
	if len(args) < 1 || len(args) > 3 {
		return Null, argCountError(name, 1, 3, len(args))
	}
	// The bounds are converted before the substring is checked.
	sub, subErr := subArg(args[0])
	hay, start, ok, err := strRange(th, strSelf(self), args[1:])
	if err != nil {
		return Null, err
	}
	if subErr != nil {
		return Null, subErr
	}
	i := -1
	if ok {
		if rev {
			i = strings.LastIndex(hay, sub)
		} else {
			i = strings.Index(hay, sub)
		}
	}
	if i < 0 {
		if raise {
			return Null, Errorf(ValueErrorType, "substring not found")
		}
		return Int(-1), nil
	}
	if !strSelf(self).isASCII() {
		i = codePoints(hay[:i])
	}
	return Int(int64(start + i)), nil
}

func strAffix(th *Thread, self Value, args []Value, name string, f func(string, string) bool) (Value, error) {
	if len(args) < 1 {
		return Null, argCountError(name, 1, 3, len(args))
	}
	s, _, inRange, err := strRange(th, strSelf(self), args[1:])
	if err != nil {
		return Null, err
	}
	if t, ok := args[0].o.(*Tuple); ok {
		for _, x := range t.items {
			p, ok := unwrap(x).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, x.Type().Name)
			}
			if inRange && f(s, p.s) {
				return True, nil
			}
		}
		return False, nil
	}
	p, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, args[0].Type().Name)
	}
	return Bool(inRange && f(s, p.s)), nil
}

func strJoin(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 {
		return Null, Errorf(TypeErrorType, "str.join() takes exactly one argument (%d given)", len(args))
	}
	sep := strSelf(self).s
	items, err := th.iterateToSliceFast(args[0])
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == TypeErrorType && !th.isIterable(args[0]) {
			return Null, Errorf(TypeErrorType, "can only join an iterable")
		}
		return Null, err
	}
	if len(items) == 1 {
		if _, exact := items[0].o.(*Str); exact {
			return items[0], nil // a lone str is the result itself, as CPython's
		}
	}
	size := int64(0)
	for i, it := range items {
		s, ok := unwrap(it).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, it.Type().Name)
		}
		size += int64(len(s.s)) + int64(len(sep))
	}
	if err := th.alloc(size); err != nil {
		return Null, err
	}
	b := make([]byte, 0, size)
	ascii := strSelf(self).ascii == 1 || len(sep) == 0
	for i, it := range items {
		if i > 0 {
			b = append(b, sep...)
		}
		s := unwrap(it).o.(*Str)
		ascii = ascii && s.ascii == 1
		b = append(b, s.s...)
	}
	if len(b) == 0 {
		return String(""), nil
	}
	// The buffer is the str's text: no copy of it is made.
	r := NewStr(unsafe.String(unsafe.SliceData(b), len(b)))
	if ascii {
		r.ascii = 1
	}
	return Obj(r), nil
}

// rsplitN splits s at the separator sep found from the right (which
// differs from the left when occurrences overlap), at most max times, or
// at every one when max < 0.
func rsplitN(s, sep string, max int) []string {
	var parts []string
	rest := s
	for max < 0 || len(parts) < max {
		j := strings.LastIndex(rest, sep)
		if j < 0 {
			break
		}
		parts = append(parts, rest[j+len(sep):])
		rest = rest[:j]
	}
	parts = append(parts, rest)
	slices.Reverse(parts)
	return parts
}

func strSplit(th *Thread, self Value, args []Value, kw []string, rev bool) (Value, error) {
	name := "split"
	if rev {
		name = "rsplit"
	}
	var sepV, maxV Value
	if err := unpackArgs(name, args, kw, 0, []string{"sep", "maxsplit"}, &sepV, &maxV); err != nil {
		return Null, err
	}
	s := strSelf(self).s
	max := -1
	if maxV.o != nil {
		m, err := th.sizeArg(maxV)
		if err != nil {
			return Null, err
		}
		max = int(m)
	}
	var parts []string
	if sepV.o == nil || sepV.IsNone() {
		if err := th.allocN(int64(countFields(s))+1, splitPartBytes); err != nil {
			return Null, err
		}
		fields := strings.FieldsFunc(s, isPySpace)
		if max < 0 || max >= len(fields) {
			parts = fields
		} else if !rev {
			// Split off max fields from the left; the remainder keeps its internal spacing.
			rest := strings.TrimLeftFunc(s, isPySpace)
			for i := 0; i < max; i++ {
				j := strings.IndexFunc(rest, isPySpace)
				parts = append(parts, rest[:j])
				rest = strings.TrimLeftFunc(rest[j:], isPySpace)
			}
			if rest != "" {
				parts = append(parts, rest)
			}
		} else {
			rest := strings.TrimRightFunc(s, isPySpace)
			var rparts []string
			for i := 0; i < max; i++ {
				j := strings.LastIndexFunc(rest, isPySpace)
				rparts = append(rparts, rest[j+1:])
				rest = strings.TrimRightFunc(rest[:j+1], isPySpace)
			}
			if rest != "" {
				rparts = append(rparts, rest)
			}
			for i := len(rparts) - 1; i >= 0; i-- {
				parts = append(parts, rparts[i])
			}
		}
	} else {
		sep, err := strArg(th, name, sepV, 1)
		if err != nil {
			return Null, Errorf(TypeErrorType, "must be str or None, not %s", sepV.Type().Name)
		}
		if sep == "" {
			return Null, Errorf(ValueErrorType, "empty separator")
		}
		if err := th.allocN(int64(strings.Count(s, sep))+1, splitPartBytes); err != nil {
			return Null, err
		}
		if !rev {
			parts = strings.SplitN(s, sep, max+1)
			if max < 0 {
				parts = strings.Split(s, sep)
			}
		} else {
			parts = rsplitN(s, sep, max)
		}
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		if err := th.tick(); err != nil {
			return Null, err
		}
		out[i] = String(p)
	}
	return Obj(NewList(out)), nil
}

// splitPartBytes is what each part of a split takes: its string header,
// its str object and its place in the list.
const splitPartBytes = 16 + 48 + valueBytes

// countFields counts the runs of non-whitespace in s.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := isPySpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// strNew implements str(object=”) and str(bytes, encoding).
func strNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	cls := args[0].o.(*Type)
	var obj, enc, errs Value
	if err := unpackArgs("str", args[1:], kw, 0, []string{"object", "encoding", "errors"}, &obj, &enc, &errs); err != nil {
		return Null, err
	}
	for i, v := range []Value{enc, errs} {
		if _, err := codecStrArg("str", []string{"encoding", "errors"}[i], v, ""); err != nil {
			return Null, err
		}
	}
	var r Value
	switch {
	case obj.o == nil:
		r = String("")
	case enc.o != nil || errs.o != nil:
		if _, ok := unwrap(obj).o.(*Str); ok {
			return Null, Errorf(TypeErrorType, "decoding str is not supported")
		}
		b, ok := bytesLike(obj)
		if !ok {
			return Null, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", obj.Type().Name)
		}
		v, err := th.decodeBytes("str", obj, b, enc, errs)
		if err != nil {
			return Null, err
		}
		r = v
	default:
		// str(x) is what x's __str__ returned, a subclass instance too.
		v, err := th.strObject(obj)
		if err != nil {
			return Null, err
		}
		r = v
	}
	if cls != StrType {
		return newSubclassInstance(cls, unwrap(r)), nil
	}
	return r, nil
}

// percentFormat implements str % args.
func (th *Thread) percentFormat(format string, arg Value) (Value, error) {
	var args []Value
	var mapping Value
	if t, ok := unwrap(arg).o.(*Tuple); ok {
		args = t.items
	} else {
		// A str (of a subclass too) is no mapping here, though it has
		// __getitem__.
		args = []Value{arg}
		if _, isDict := arg.o.(*Dict); isDict {
			mapping = arg
		} else if _, isStr := unwrap(arg).o.(*Str); !isStr && arg.Type().Lookup("__getitem__").o != nil {
			mapping = arg
		}
	}
	var b strings.Builder
	ai := 0
	next := func() (Value, error) {
		if ai >= len(args) {
			return Null, Errorf(TypeErrorType, "not enough arguments for format string")
		}
		ai++
		return args[ai-1], nil
	}
	usedMapping := false
	var sole Value // the result when one %s, %r or %a makes all of it
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			// The text up to the next conversion, in one piece.
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = len(format) - i
			}
			if b.Cap() == 0 {
				b.Grow(len(format) + 16)
			}
			b.WriteString(format[i : i+j])
			i += j - 1
			continue
		}
		start := i
		i++
		if i >= len(format) {
			return Null, Errorf(ValueErrorType, "incomplete format")
		}
		var val Value
		if format[i] == '(' {
			depth := 1
			j := i + 1
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
			key := format[i+1 : j-1]
			v, found := Null, false
			if d, ok := mapping.o.(*Dict); ok {
				// An exact dict found by the key's text; a key it misses
				// (or holds as a str subclass) goes the general way.
				v, found = d.GetStr(key)
			}
			if !found {
				var err error
				if v, err = th.GetItem(mapping, String(key)); err != nil {
					return Null, err
				}
			}
			val = v
			usedMapping = true
			// As CPython's: the value looked up stands for the arguments,
			// so a later conversion without a key has none left.
			ai = len(args)
			i = j
		}
		spec := formatSpec{fill: ' ', precision: -1}
		fs := &spec
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				fs.align = '<'
			case '+':
				fs.sign = '+'
			case ' ':
				if fs.sign == 0 {
					fs.sign = ' '
				}
			case '#':
				fs.alt = true
			case '0':
				fs.zero = true
			default:
				goto flagsDone
			}
		}
	flagsDone:
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
				fs.align = '<'
				w64 = -w64
			}
			fs.width = int(w64)
			i++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				if fs.width > (math.MaxInt64-9)/10 {
					return Null, Errorf(ValueErrorType, "width too big")
				}
				fs.width = fs.width*10 + int(format[i]-'0')
				i++
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			fs.precision = 0
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
				fs.precision = max(int(p64), 0)
				i++
			} else {
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					fs.precision = fs.precision*10 + int(format[i]-'0')
					if fs.precision > maxFormatPrecision {
						return Null, Errorf(ValueErrorType, "precision too big")
					}
					i++
				}
			}
		}
		for i < len(format) && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return Null, Errorf(ValueErrorType, "incomplete format")
		}
		conv := format[i]
		if conv == '%' && i == start+1 {
			b.WriteByte('%')
			continue
		}
		if val.o == nil {
			v, err := next()
			if err != nil {
				return Null, err
			}
			val = v
		}
		if err := th.reserveFormat(fs); err != nil {
			return Null, err
		}
		if fs.zero && fs.align != '<' && conv != 's' && conv != 'r' && conv != 'a' && conv != 'c' {
			fs.fill = '0'
			fs.align = '='
		}
		var s string
		var err error
		switch conv {
		case 's', 'r', 'a':
			var text Value
			switch conv {
			case 's':
				text, err = th.strObject(val)
			case 'r':
				text, err = th.reprObject(val)
			default:
				text, err = th.asciiObject(val)
			}
			if err != nil {
				break
			}
			s = strSelf(text).s
			if fs.width == 0 && fs.precision < 0 {
				// Neither padded nor cut: the text as it is.
				if start == 0 && i == len(format)-1 && fs.sign == 0 {
					sole = text
				}
				break
			}
			if start == 0 && i == len(format)-1 && fs.sign == 0 {
				// A conversion that is the whole format gives the str
				// object converted, of a str subclass too, as CPython's
				// writer returns the one string it was given.
				if n := codePoints(s); fs.width <= n && (fs.precision < 0 || fs.precision >= n) {
					sole = text
				}
			}
			if fs.precision >= 0 && codePoints(s) > fs.precision {
				s = encodeRunes(decodeRunes(s)[:fs.precision])
			}
			s = fs.pad("", s, '>')
		case 'd', 'i', 'u':
			var iv Value
			iv, err = th.percentInt(val, conv)
			if err == nil && iv.IsSmallInt() && fs.precision < 0 {
				n := iv.UncheckedInt()
				mag := uint64(n)
				if n < 0 {
					mag = -mag
				}
				var digits [20]byte
				s = fs.pad(signStr(n < 0, fs.sign), string(strconv.AppendUint(digits[:0], mag, 10)), '>')
				break
			}
			if err == nil {
				b2, _ := asBig(iv)
				fs.typ = 'd'
				if fs.precision >= 0 {
					digits, derr := bigIntDecimal(new(big.Int).Abs(b2), th.interp.maxStrDigits)
					if derr != nil {
						err = derr
						break
					}
					if err = th.alloc(int64(fs.precision)); err != nil {
						break
					}
					if len(digits) < fs.precision {
						digits = strings.Repeat("0", fs.precision-len(digits)) + digits
					}
					neg := b2.Sign() < 0
					s = fs.pad(signStr(neg, fs.sign), digits, '>')
					break
				}
				fs.precision = -1
				s, err = formatIntSpec(b2, fs, "int", th.interp.maxStrDigits)
			}
		case 'x', 'X', 'o':
			var iv Value
			iv, err = th.percentInt(val, conv)
			if err == nil {
				b2, _ := asBig(iv)
				if fs.precision >= 0 {
					// The precision is the least number of digits.
					s, err = th.percentIntDigits(b2, conv, fs)
					break
				}
				fs.typ = conv
				s, err = formatIntSpec(b2, fs, "int", th.interp.maxStrDigits)
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			var f float64
			if f, err = th.floatArg("", val); err != nil {
				break
			}
			if fs.precision < 0 {
				fs.precision = 6
			}
			fs.typ = conv
			s, err = formatFloat(f, fs, "float")
		case 'c':
			if sv, ok := unwrap(val).o.(*Str); ok {
				if sv.Len() != 1 {
					return Null, Errorf(TypeErrorType, "%%c requires int or char")
				}
				s = fs.pad("", sv.s, '>')
				break
			}
			var c int64
			c, err = th.percentCharCode(val, 0x110000, "%c requires int or char", "%c arg not in range(0x110000)")
			if err == nil {
				s = fs.pad("", encodeRunes([]rune{rune(c)}), '>')
			}
		default:
			// As CPython's: the character (? outside ASCII's printable
			// range) and its index, in code points.
			r := decodeRunes(format[i:])[0]
			shown := '?'
			if r >= 31 && r <= 126 {
				shown = r
			}
			return Null, Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", shown, r, codePoints(format[:i]))
		}
		if err != nil {
			return Null, err
		}
		if sole.o != nil {
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(format) + len(s) + 16)
		}
		b.WriteString(s)
	}
	if ai < len(args) && !usedMapping && mapping.o == nil {
		return Null, Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	if sole.o != nil {
		return sole, nil
	}
	return String(b.String()), nil
}

// percentIntDigits formats n for %x, %X or %o with a precision: the
// digits zero-padded to the precision, after the sign and the 0x or 0o
// of the # flag.
func (th *Thread) percentIntDigits(n *big.Int, conv byte, fs *formatSpec) (string, error) {
	if err := th.alloc(int64(fs.precision)); err != nil {
		return "", err
	}
	base := 16
	if conv == 'o' {
		base = 8
	}
	digits := new(big.Int).Abs(n).Text(base)
	if conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if len(digits) < fs.precision {
		digits = strings.Repeat("0", fs.precision-len(digits)) + digits
	}
	prefix := signStr(n.Sign() < 0, fs.sign)
	if fs.alt {
		prefix += "0" + string(conv)
	}
	return fs.pad(prefix, digits, '>'), nil
}

func (th *Thread) percentInt(v Value, conv byte) (Value, error) {
	if isIntLike(v) {
		return intValue(unwrap(v)), nil
	}
	integer := conv == 'x' || conv == 'X' || conv == 'o'
	wrong := func() (Value, error) {
		if integer {
			return Null, Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", conv, v.Type().Name)
		}
		return Null, Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", conv, v.Type().Name)
	}
	if !th.isNumber(v) {
		return wrong()
	}
	// As CPython: %x and %o take the value of __index__, %d that of int();
	// a TypeError in the conversion becomes the format's own.
	var r Value
	var err error
	if integer {
		if v.IsFloat() {
			return wrong()
		}
		var ok bool
		if r, ok, err = th.indexValue(v); err == nil && !ok {
			return wrong()
		}
		if err == nil {
			r = intValue(unwrap(r))
		}
	} else {
		r, err = th.intFrom(v, Null)
	}
	if e, ok := err.(*Exception); ok && e.typ.IsSubtype(TypeErrorType) {
		return wrong()
	}
	return r, err
}

// strFormat implements format.format(*args, **kwargs).
func (th *Thread) strFormat(format Value, args []Value, kwargs Value) (Value, error) {
	f := strFormatter{th: th, args: args, kwargs: kwargs}
	return f.build(format, 2)
}

// strFormatMap implements format.format_map(mapping): no positional
// fields.
func (th *Thread) strFormatMap(format Value, mapping Value) (Value, error) {
	f := strFormatter{th: th, kwargs: mapping, noPositional: true}
	return f.build(format, 2)
}

// strFormatter is one run of str.format (CPython's build_string): the
// arguments and the state of automatic field numbering, shared by the
// fields nested in format specs.
type strFormatter struct {
	th           *Thread
	args         []Value
	kwargs       Value // Null when there are none
	noPositional bool  // format_map
	numbering    byte  // 0 until a field is numbered, then 'a'uto or 'm'anual
	next         int   // the next automatic field number
}

// build formats the str (or str subclass instance) format; depth bounds
// the nesting of fields in format specs. As CPython's writer, it returns
// the object of the last piece itself, the format string or a field's
// formatted value, when nothing precedes it.
func (f *strFormatter) build(format Value, depth int) (Value, error) {
	if depth <= 0 {
		return Null, Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	whole := strSelf(format).s
	fields, perr := parseFormatString(decodeRunes(whole))
	var b strings.Builder
	for i, fd := range fields {
		last := i == len(fields)-1
		if last && !fd.hasField && b.Len() == 0 && fd.literal == whole && whole != "" {
			return format, perr
		}
		b.WriteString(fd.literal)
		if !fd.hasField {
			continue
		}
		v, err := f.field(decodeRunes(fd.name))
		if err != nil {
			return Null, err
		}
		spec := fd.spec
		if strings.ContainsRune(spec, '{') {
			expanded, err := f.build(String(spec), depth-1)
			if err != nil {
				return Null, err
			}
			spec = unwrap(expanded).o.(*Str).s
		}
		convN := 0
		switch c := fd.conv; c {
		case 0:
		case 's':
			convN = 1
		case 'r':
			convN = 2
		case 'a':
			convN = 3
		default:
			if c > 32 && c < 127 {
				return Null, Errorf(ValueErrorType, "Unknown conversion specifier %c", c)
			}
			return Null, Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", c)
		}
		r, err := f.th.formatValue(v, convN, spec)
		if err != nil {
			return Null, err
		}
		text := unwrap(r).o.(*Str).s
		if last && b.Len() == 0 && text != "" {
			return r, perr
		}
		if err := f.th.alloc(int64(b.Len() + len(text))); err != nil {
			return Null, err
		}
		b.WriteString(text)
	}
	return String(b.String()), perr
}

// field looks up the object a field name names (get_field_object).
func (f *strFormatter) field(name []rune) (Value, error) {
	first, rest, perr := splitFieldName(name)
	if first.o == nil {
		return Null, perr
	}
	key, isStr := first.o.(*Str)
	empty := isStr && key.s == ""
	numbered := !isStr || empty
	if numbered {
		if f.numbering == 0 {
			f.numbering = 'm'
			if empty {
				f.numbering = 'a'
			}
		}
		if f.numbering == 'm' && empty {
			return Null, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if f.numbering == 'a' && !empty {
			return Null, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			first = Int(int64(f.next))
			f.next++
		}
	}
	var v Value
	var err error
	if !numbered {
		if f.kwargs.o == nil {
			return Null, NewException(KeyErrorType, first)
		}
		if v, err = f.th.GetItem(f.kwargs, first); err != nil {
			return Null, err
		}
	} else {
		if f.noPositional {
			return Null, Errorf(ValueErrorType, "Format string contains positional fields")
		}
		n := int64(first.n)
		if n >= int64(len(f.args)) {
			return Null, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", n)
		}
		v = f.args[n]
	}
	for _, p := range rest {
		if p.attr {
			v, err = f.th.GetAttr(v, p.name)
		} else {
			v, err = f.th.GetItem(v, p.key)
		}
		if err != nil {
			return Null, err
		}
	}
	return v, perr
}

// strTranslate is str.translate: each character is looked up in the table;
// a missing entry keeps it, None deletes it, an int or a str replaces it.
func strTranslate(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	var b strings.Builder
	for _, r := range strSelf(self).Runes() {
		v, err := th.GetItem(args[0], Int(int64(r)))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(LookupErrorType) {
				writeCodePoint(&b, r)
				continue
			}
			return Null, err
		}
		if v.IsNone() {
			continue
		}
		if x, ok := unwrap(v).o.(*Str); ok {
			if err := th.alloc(int64(b.Len() + len(x.s))); err != nil {
				return Null, err
			}
			b.WriteString(x.s)
			continue
		}
		if !isIntLike(v) {
			return Null, Errorf(TypeErrorType, "character mapping must return integer, None or str")
		}
		u := unwrap(v)
		_, big := u.o.(*BigInt)
		if c := int64(u.n); big || c < 0 || c > 0x10FFFF {
			return Null, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
		}
		writeCodePoint(&b, rune(u.n))
	}
	return String(b.String()), nil
}

// insertBetween is s.replace(”, sep, n) for a str holding surrogates: sep
// before each code point and at the end, at most n times (n < 0: no limit).
func insertBetween(s, sep string, n int) string {
	var b strings.Builder
	for _, r := range decodeRunes(s) {
		if n != 0 {
			b.WriteString(sep)
			n--
		}
		writeCodePoint(&b, r)
	}
	if n != 0 {
		b.WriteString(sep)
	}
	return b.String()
}

// splitLinesASCII is str.splitlines of an ASCII string, whose line
// boundaries are all single bytes (or \r\n): the lines are cut from the
// bytes without decoding the string into code points.
func splitLinesASCII(s string, keepends bool) []Value {
	var out []Value
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e:
		default:
			continue
		}
		lineEnd := i
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		if keepends {
			lineEnd = i + 1
		}
		out = append(out, String(strings.Clone(s[start:lineEnd])))
		start = i + 1
	}
	if start < len(s) {
		out = append(out, String(strings.Clone(s[start:])))
	}
	return out
}

// isIdentifier reports whether s is a valid identifier (str.isidentifier).
func (s *Str) isIdentifier() bool {
	rs := s.Runes()
	if len(rs) == 0 || !ucd.IsXIDStart(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !ucd.IsXIDContinue(r) {
			return false
		}
	}
	return true
}
