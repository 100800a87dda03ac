package vm

// _io.StringIO: a text stream over an in-memory buffer of code points
// (Modules/_io/stringio.c). Like CPython's, it accumulates writes at the
// end in a string builder and switches to a buffer of code points (it
// "realizes" itself) once a write, read or truncation needs random access.

import (
	"strings"
	"unicode/utf8"
)

// Newline kinds seen by the universal-newlines decoder.
const (
	seenLF = 1 << iota
	seenCR
	seenCRLF
)

// StringIO is an instance of _io.StringIO.
type StringIO struct {
	ok, closed bool
	// accumulating: the contents are acc (all ASCII when accASCII), and
	// buf is unused; otherwise the contents are buf.
	accumulating bool
	accASCII     bool
	acc          strings.Builder
	buf          []rune
	size, pos    int
	// The newline handling of __init__: readnl is the newline argument
	// (Null for None), universal and translate describe reading, decoder
	// tells whether writes go through the universal-newlines decoder,
	// which records the kinds it sees in seennl, and writenl replaces
	// "\n" on writes ("" for none).
	readnl               Value
	readnlRunes          []rune
	universal, translate bool
	decoder              bool
	seennl               int
	writenl              string
	dict                 *Dict
}

// Type implements Object.
func (*StringIO) Type() *Type { return StringIOType }

func (s *StringIO) ensureDict() *Dict {
	if s.dict == nil {
		s.dict = NewDict()
	}
	return s.dict
}

// sioSelf returns the StringIO of self, an instance of StringIO or of a
// subclass (whose instances hold it as their base value).
func sioSelf(v Value) *StringIO { return unwrap(v).o.(*StringIO) }

// sio returns the StringIO of self (an instance of StringIO or of a
// subclass), checking that __init__ ran.
func sio(self Value) (*StringIO, error) {
	s := sioSelf(self)
	if !s.ok {
		return nil, Errorf(ValueErrorType, "I/O operation on uninitialized object")
	}
	return s, nil
}

// sioOpen is sio that also refuses a closed stream.
func sioOpen(self Value) (*StringIO, error) {
	s, err := sio(self)
	if err == nil && s.closed {
		return nil, Errorf(ValueErrorType, "I/O operation on closed file")
	}
	return s, err
}

// realize moves the contents from the builder to the code point buffer.
func (s *StringIO) realize() {
	if !s.accumulating {
		return
	}
	s.accumulating = false
	str := s.acc.String()
	s.acc = strings.Builder{}
	if s.accASCII {
		s.buf = make([]rune, len(str))
		for i := 0; i < len(str); i++ {
			s.buf[i] = rune(str[i])
		}
		return
	}
	s.buf = decodeRunes(str)
}

// value returns the whole contents as a str.
func (s *StringIO) value() *Str {
	if s.accumulating {
		r := NewStr(s.acc.String())
		if s.accASCII {
			r.ascii = 1
		}
		return r
	}
	return runesStr(s.buf)
}

// runesStr makes a str of code points.
func runesStr(rs []rune) *Str {
	ascii := true
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		return NewStr(encodeRunes(rs))
	}
	b := make([]byte, len(rs))
	for i, r := range rs {
		b[i] = byte(r)
	}
	st := NewStr(string(b))
	st.ascii = 1
	return st
}

// decode runs text through the universal-newlines decoder of newline
// None or ”: it records the kinds of newline and, for None, translates
// them to "\n".
func (s *StringIO) decode(text string) string {
	cr := strings.IndexByte(text, '\r')
	if cr < 0 {
		if strings.IndexByte(text, '\n') >= 0 {
			s.seennl |= seenLF
		}
		return text
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			s.seennl |= seenLF
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				s.seennl |= seenCRLF
				i++
			} else {
				s.seennl |= seenCR
			}
		}
	}
	if s.translate {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	return text
}

// write is write_str: it writes str o at the position, padding an
// overseek with "\0".
func (th *Thread) sioWrite(s *StringIO, o *Str) error {
	text := o.s
	if s.decoder {
		text = s.decode(text)
	}
	if s.writenl != "" && strings.IndexByte(text, '\n') >= 0 {
		text = strings.ReplaceAll(text, "\n", s.writenl)
	}
	var n int
	ascii := false
	if text == o.s {
		ascii = o.isASCII()
		n = o.Len()
	} else {
		n = codePoints(text)
		ascii = n == len(text)
	}
	if !s.accumulating && s.size == 0 && s.pos == 0 {
		// An emptied buffer accumulates again: the contents are the
		// same, kept in the cheaper form.
		s.accumulating, s.accASCII, s.buf = true, true, nil
	}
	if s.accumulating {
		if s.size == s.pos {
			if need := s.acc.Len() + len(text); need > s.acc.Cap() {
				if err := th.alloc(int64(2 * need)); err != nil {
					return err
				}
			}
			s.acc.WriteString(text)
			s.accASCII = s.accASCII && ascii
			s.size += n
			s.pos += n
			return nil
		}
		s.realize()
	}
	end := s.pos + n
	if end > len(s.buf) {
		if end > cap(s.buf) {
			if err := th.allocN(int64(end+end/8), 4); err != nil {
				return err
			}
			nb := make([]rune, end, end+end/8)
			copy(nb, s.buf)
			s.buf = nb
		} else {
			// Growing within the capacity: clear the padding.
			old := len(s.buf)
			s.buf = s.buf[:end]
			clear(s.buf[old:])
		}
	}
	if ascii {
		for i := 0; i < len(text); i++ {
			s.buf[s.pos+i] = rune(text[i])
		}
	} else if text == o.s {
		copy(s.buf[s.pos:], o.Runes())
	} else {
		copy(s.buf[s.pos:], decodeRunes(text))
	}
	s.pos = end
	if s.size < end {
		s.size = end
	}
	return nil
}

// readline returns the next line of at most limit code points (any
// number when negative), as _stringio_readline does.
func (s *StringIO) readline(limit int) *Str {
	if s.pos >= s.size {
		return NewStr("")
	}
	if limit < 0 || limit > s.size-s.pos {
		limit = s.size - s.pos
	}
	seg := s.buf[s.pos : s.pos+limit]
	n := s.lineEnd(seg)
	if n < 0 {
		n = limit
	}
	s.pos += n
	return runesStr(seg[:n])
}

// lineEnd is _PyIO_find_line_ending: the length of the first line of seg
// including its newline, or -1 when seg holds no newline.
func (s *StringIO) lineEnd(seg []rune) int {
	switch {
	case s.translate:
		for i, c := range seg {
			if c == '\n' {
				return i + 1
			}
		}
	case s.universal:
		for i, c := range seg {
			if c == '\n' {
				return i + 1
			}
			if c == '\r' {
				if i+1 < len(seg) && seg[i+1] == '\n' {
					return i + 2
				}
				return i + 1
			}
		}
	default:
		nl := s.readnlRunes
		for i := 0; i+len(nl) <= len(seg); i++ {
			if seg[i] == nl[0] && (len(nl) == 1 || seg[i+1] == nl[1]) {
				return i + len(nl)
			}
		}
	}
	return -1
}

// sioInit is StringIO.__init__.
func (th *Thread) sioInit(s *StringIO, value, newline Value) error {
	nl, hasNL := "\n", true
	if newline.o != nil {
		if newline.IsNone() {
			hasNL = false
		} else if ns, ok := unwrap(newline).o.(*Str); ok {
			nl = ns.s
		} else {
			return Errorf(TypeErrorType, "newline must be str or None, not %s", newline.Type().Name)
		}
	}
	if hasNL {
		// CPython compares the UTF-8 form as a C string: an embedded
		// NUL ends it.
		c := nl
		if i := strings.IndexByte(c, 0); i >= 0 {
			c = c[:i]
		}
		if c != "" && c != "\n" && c != "\r" && c != "\r\n" {
			r, err := th.Repr(newline)
			if err != nil {
				return err
			}
			return Errorf(ValueErrorType, "illegal newline value: %s", r)
		}
		nl = c
	}
	var init *Str
	if value.o != nil && !value.IsNone() {
		v, ok := unwrap(value).o.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "initial_value must be str or None, not %s", value.Type().Name)
		}
		init = v
	}
	*s = StringIO{dict: s.dict}
	if hasNL {
		s.readnl, s.readnlRunes = String(nl), []rune(nl)
	}
	s.universal = !hasNL || nl == ""
	s.translate = !hasNL
	if hasNL && nl != "" && nl[0] == '\r' {
		s.writenl = nl
	}
	s.decoder = s.universal
	if init != nil && init.s != "" {
		if err := th.sioWrite(s, init); err != nil {
			return err
		}
	} else {
		s.accumulating, s.accASCII = true, true
	}
	s.pos = 0
	s.ok = true
	return nil
}

// sioNewlines is the newlines attribute: the kinds of newline the decoder
// has seen.
func (s *StringIO) newlines() Value {
	if !s.decoder {
		return None
	}
	names := []string{}
	if s.seennl&seenCR != 0 {
		names = append(names, "\r")
	}
	if s.seennl&seenLF != 0 {
		names = append(names, "\n")
	}
	if s.seennl&seenCRLF != 0 {
		names = append(names, "\r\n")
	}
	switch len(names) {
	case 0:
		return None
	case 1:
		return String(names[0])
	}
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = String(n)
	}
	return Obj(NewTuple(items))
}

func initStringIO(t *Type) {
	builtinWeakrefs[t] = true
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		s := &StringIO{}
		if cls != StringIOType {
			return newSubclassInstance(cls, Obj(s)), nil
		}
		return Obj(s), nil
	}}))
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		a, err := ioInitArgs("StringIO", args, kw, "initial_value", "newline")
		if err != nil {
			return Null, err
		}
		return None, th.sioInit(sioSelf(self), a[0], a[1])
	})
	method(t, "write", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := sio(self)
		if err != nil {
			return Null, err
		}
		o, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "string argument expected, got '%s'", args[0].Type().Name)
		}
		if s.closed {
			return Null, Errorf(ValueErrorType, "I/O operation on closed file")
		}
		n := o.Len()
		if n > 0 {
			if err := th.sioWrite(s, o); err != nil {
				return Null, err
			}
		}
		return Int(int64(n)), nil
	})
	method(t, "getvalue", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := sioOpen(self)
		if err != nil {
			return Null, err
		}
		return Obj(s.value()), nil
	})
	method(t, "read", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		size, err := th.ioOptSize(args, 0)
		if err != nil {
			return Null, err
		}
		s, err := sioOpen(self)
		if err != nil {
			return Null, err
		}
		n := int64(s.size - s.pos)
		if size < 0 || size > n {
			size = max(n, 0)
		}
		if s.accumulating && s.pos == 0 && size == n {
			s.pos = s.size
			return Obj(s.value()), nil
		}
		s.realize()
		if size == 0 {
			return String(""), nil
		}
		r := runesStr(s.buf[s.pos : s.pos+int(size)])
		s.pos += int(size)
		return Obj(r), nil
	})
	method(t, "readline", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		size, err := th.ioOptSize(args, 0)
		if err != nil {
			return Null, err
		}
		s, err := sioOpen(self)
		if err != nil {
			return Null, err
		}
		s.realize()
		return Obj(s.readline(int(size))), nil
	})
	method(t, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := sioOpen(self)
		if err != nil {
			return Null, err
		}
		s.realize()
		if _, exact := self.o.(*StringIO); exact {
			line := s.readline(-1)
			if line.s == "" {
				return Null, NewException(StopIterationType)
			}
			return Obj(line), nil
		}
		line, err := th.CallMethod(self, "readline")
		if err != nil {
			return Null, err
		}
		ls, ok := unwrap(line).o.(*Str)
		if !ok {
			return Null, Errorf(OSErrorType, "readline() should have returned a str object, not '%s'", line.Type().Name)
		}
		if ls.s == "" {
			return Null, NewException(StopIterationType)
		}
		return line, nil
	})
	method(t, "tell", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := sioOpen(self)
		if err != nil {
			return Null, err
		}
		return Int(int64(s.pos)), nil
	})
	method(t, "truncate", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := sioOpen(self)
		if err != nil {
			return Null, err
		}
		size, err := th.truncateSize(args, s.pos, "Negative size value %d")
		if err != nil {
			return Null, err
		}
		if size < int64(s.size) {
			s.realize()
			s.buf = s.buf[:size]
			s.size = int(size)
		}
		return Int(size), nil
	})
	method(t, "seek", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		pos, err := th.sizeArg(args[0])
		if err != nil {
			return Null, err
		}
		whence := int64(0)
		if len(args) > 1 {
			if whence, err = th.cIntArg(args[1]); err != nil {
				return Null, err
			}
		}
		s, err := sioOpen(self)
		if err != nil {
			return Null, err
		}
		switch {
		case whence != 0 && whence != 1 && whence != 2:
			return Null, Errorf(ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		case pos < 0 && whence == 0:
			return Null, Errorf(ValueErrorType, "Negative seek position %d", pos)
		case whence != 0 && pos != 0:
			return Null, Errorf(OSErrorType, "Can't do nonzero cur-relative seeks")
		}
		switch whence {
		case 1:
			pos = int64(s.pos)
		case 2:
			pos = int64(s.size)
		}
		s.pos = int(pos)
		return Int(pos), nil
	})
	method(t, "close", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := sioSelf(self)
		s.closed = true
		s.buf, s.acc = nil, strings.Builder{}
		return None, nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			_, err := sioOpen(self)
			return True, err
		})
	}
	method(t, "__getstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := sioOpen(self)
		if err != nil {
			return Null, err
		}
		nl := s.readnl
		if nl.o == nil {
			nl = None
		}
		return Obj(NewTuple([]Value{Obj(s.value()), nl, Int(int64(s.pos)), ioSelfDict(self, s.dict)})), nil
	})
	method(t, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := sioSelf(self)
		if s.closed {
			return Null, Errorf(ValueErrorType, "I/O operation on closed file")
		}
		st, ok := args[0].o.(*Tuple)
		if !ok || len(st.items) < 4 {
			return Null, Errorf(TypeErrorType, "%s.__setstate__ argument should be 4-tuple, got %s", ioTypeName(self), args[0].Type().Name)
		}
		if err := th.sioInit(s, st.items[0], st.items[1]); err != nil {
			return Null, err
		}
		// The value was translated when it was saved: restore it as is.
		if v, ok := unwrap(st.items[0]).o.(*Str); ok {
			s.accumulating = false
			s.buf = append([]rune(nil), v.Runes()...)
			s.size = len(s.buf)
		} else {
			s.accumulating, s.buf, s.size = false, nil, 0
		}
		p := st.items[2]
		if !isIntValue(p) {
			return Null, Errorf(TypeErrorType, "third item of state must be an integer, got %s", p.Type().Name)
		}
		pos, err := th.sizeArg(p)
		if err != nil {
			return Null, err
		}
		if pos < 0 {
			return Null, Errorf(ValueErrorType, "position value cannot be negative")
		}
		s.pos = int(pos)
		return None, th.ioSetStateDict(self, st.items[3], "fourth")
	})
	t.addGetSet("closed", func(th *Thread, self Value) (Value, error) {
		s, err := sio(self)
		if err != nil {
			return Null, err
		}
		return Bool(s.closed), nil
	}, nil)
	t.addGetSet("line_buffering", func(th *Thread, self Value) (Value, error) {
		_, err := sioOpen(self)
		return False, err
	}, nil)
	t.addGetSet("newlines", func(th *Thread, self Value) (Value, error) {
		s, err := sioOpen(self)
		if err != nil {
			return Null, err
		}
		return s.newlines(), nil
	}, nil)
}

// isIntValue reports whether v is an int (PyLong_Check).
func isIntValue(v Value) bool {
	switch unwrap(v).o.(type) {
	case intTag, boolTag, *BigInt:
		return true
	}
	return false
}

// truncateSize is the size argument of StringIO.truncate and
// BytesIO.truncate: the position pos when absent or None, else a
// non-negative index (negFormat words the error, which differs between
// the two types in CPython).
func (th *Thread) truncateSize(args []Value, pos int, negFormat string) (int64, error) {
	if len(args) == 0 || args[0].IsNone() {
		return int64(pos), nil
	}
	if !hasIndex(args[0]) {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", args[0].Type().Name)
	}
	size, err := th.sizeArg(args[0])
	if err != nil {
		return 0, err
	}
	if size < 0 {
		return 0, Errorf(ValueErrorType, negFormat, size)
	}
	return size, nil
}
