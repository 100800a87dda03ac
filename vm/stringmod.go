package vm

// The _string module: the parsers of str.format's mini-language that
// string.Formatter builds on (CPython's Objects/stringlib/unicode_format.h).
// Both return iterators; a malformed string raises its ValueError when
// iteration reaches the bad part, as in CPython.

import (
	"sync"

	"github.com/pyjit/pyjit/vm/lib/ucd"
)

// FormatterIterType and FieldNameIterType are the types of the iterators
// returned by formatter_parser and formatter_field_name_split.
var FormatterIterType, FieldNameIterType *Type

// formatParseIter yields items parsed in advance, then raises err (if
// any) where the parse stopped.
type formatParseIter struct {
	typ   *Type
	items []Value
	err   error
}

// Type implements Object.
func (it *formatParseIter) Type() *Type { return it.typ }

var stringModOnce sync.Once

func makeStringModule(th *Thread) (*Module, error) {
	stringModOnce.Do(initFormatParseTypes)
	return newNativeModule("_string", map[string]BuiltinFunc{
		"formatter_parser": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			s, err := stringModArg("formatter_parser", args, kw)
			if err != nil {
				return Null, err
			}
			fields, perr := parseFormatString(decodeRunes(s))
			items := make([]Value, len(fields))
			for i, f := range fields {
				items[i] = f.tuple()
			}
			return Obj(&formatParseIter{typ: FormatterIterType, items: items, err: perr}), nil
		},
		"formatter_field_name_split": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			s, err := stringModArg("formatter_field_name_split", args, kw)
			if err != nil {
				return Null, err
			}
			first, parts, perr := splitFieldName(decodeRunes(s))
			if first.o == nil {
				return Null, perr
			}
			items := make([]Value, len(parts))
			for i, p := range parts {
				items[i] = TupleOf(Bool(p.attr), p.key)
			}
			return TupleOf(first, Obj(&formatParseIter{typ: FieldNameIterType, items: items, err: perr})), nil
		},
	}), nil
}

// stringModArg checks the one str argument of a _string function.
func stringModArg(name string, args []Value, kw []string) (string, error) {
	if len(kw) > 0 {
		return "", Errorf(TypeErrorType, "_string.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return "", Errorf(TypeErrorType, "_string.%s() takes exactly one argument (%d given)", name, len(args))
	}
	s, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "expected str, got %s", args[0].Type().Name)
	}
	return s.s, nil
}

func initFormatParseTypes() {
	for _, p := range []**Type{&FormatterIterType, &FieldNameIterType} {
		name := "formatteriterator"
		if p == &FieldNameIterType {
			name = "fieldnameiterator"
		}
		t := newBuiltinType(name, ObjectType)
		t.layout = t
		t.final = true
		method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil })
		method(t, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			it, ok := self.o.(*formatParseIter)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '__next__' requires a '%s' object", name)
			}
			if len(it.items) > 0 {
				v := it.items[0]
				it.items = it.items[1:]
				return v, nil
			}
			if err := it.err; err != nil {
				it.err = nil
				return Null, err
			}
			return Null, NewException(StopIterationType)
		})
		*p = t
	}
}

// formatField is one item of a format string: literal text, then a
// replacement field when hasField.
type formatField struct {
	literal, name, spec string
	conv                rune // 0 for none
	hasField            bool
}

// tuple is the field as formatter_parser yields it: (literal_text,
// field_name, format_spec, conversion), None for what is absent.
func (f formatField) tuple() Value {
	if !f.hasField {
		return TupleOf(String(f.literal), None, None, None)
	}
	conv := None
	if f.conv != 0 {
		conv = String(encodeRunes([]rune{f.conv}))
	}
	return TupleOf(String(f.literal), String(f.name), String(f.spec), conv)
}

// parseFormatString splits s into literal text and fields as
// MarkupIterator does, and returns the error that ends the parse early.
func parseFormatString(s []rune) ([]formatField, error) {
	var items []formatField
	i := 0
	for i < len(s) {
		start := i
		var c rune
		markup := false
		for i < len(s) {
			c = s[i]
			i++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := i >= len(s)
		n := i - start
		if c == '}' && markup && (atEnd || s[i] != '}') {
			return items, Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if atEnd && c == '{' && markup {
			return items, Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		if markup && !atEnd {
			if s[i] == c {
				i++ // a doubled brace: literal text only
				markup = false
			} else {
				n--
			}
		}
		literal := encodeRunes(s[start : start+n])
		if !markup {
			items = append(items, formatField{literal: literal})
			continue
		}
		name, spec, conv, next, err := parseFormatField(s, i)
		if err != nil {
			return items, err
		}
		i = next
		items = append(items, formatField{literal: literal, name: name, spec: spec, conv: conv, hasField: true})
	}
	return items, nil
}

// parseFormatField parses a replacement field from s[i:], after its '{',
// as parse_field does: the field name, format spec, conversion (0 for
// none) and where the field ends.
func parseFormatField(s []rune, i int) (name, spec string, conv rune, next int, err error) {
	start := i
	var c rune
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			return "", "", 0, i, Errorf(ValueErrorType, "unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	if i == start || c != '}' && c != ':' && c != '!' {
		return "", "", 0, i, Errorf(ValueErrorType, "expected '}' before end of string")
	}
	name = encodeRunes(s[start : i-1])
	if c == '}' {
		return name, "", 0, i, nil
	}
	if c == '!' {
		if i >= len(s) {
			return "", "", 0, i, Errorf(ValueErrorType, "end of string while looking for conversion specifier")
		}
		conv = s[i]
		i++
		if i < len(s) {
			c = s[i]
			i++
			if c == '}' {
				return name, "", conv, i, nil
			}
			if c != ':' {
				return "", "", 0, i, Errorf(ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := i
	depth := 1
	for i < len(s) {
		c = s[i]
		i++
		switch c {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return name, encodeRunes(s[specStart : i-1]), conv, i, nil
			}
		}
	}
	return "", "", 0, i, Errorf(ValueErrorType, "unmatched '{' in format spec")
}

// fieldPart is an attribute (.name) or an item ([key]) after the first
// part of a field name; an item's key is an int when all decimal digits.
type fieldPart struct {
	attr bool
	key  Value
	name *Str // the attribute's name
}

// splitFieldName splits a field name as formatter_field_name_split does:
// its first part (an int when all decimal digits), then its attributes
// and items, and the error that ends the parse early. first is Null when
// the first part itself is in error.
func splitFieldName(s []rune) (first Value, items []fieldPart, err error) {
	i := 0
	for i < len(s) && s[i] != '.' && s[i] != '[' {
		i++
	}
	first, err = fieldNamePart(s[:i])
	if err != nil {
		return Null, nil, err
	}
	for i < len(s) {
		c := s[i]
		i++
		var part []rune
		isAttr := c == '.'
		switch c {
		case '.':
			start := i
			for i < len(s) && s[i] != '.' && s[i] != '[' {
				i++
			}
			part = s[start:i]
		case '[':
			start := i
			for i < len(s) && s[i] != ']' {
				i++
			}
			if i >= len(s) {
				return first, items, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			part = s[start:i]
			i++
		default:
			return first, items, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
		if len(part) == 0 {
			return first, items, Errorf(ValueErrorType, "Empty attribute in format string")
		}
		str := NewStr(encodeRunes(part))
		p := fieldPart{attr: isAttr, key: Obj(str), name: str}
		if !isAttr {
			if p.key, err = fieldNamePart(part); err != nil {
				return first, items, err
			}
		}
		items = append(items, p)
	}
	return first, items, nil
}

// fieldNamePart is a part of a field name: an int when it is all decimal
// digits (get_integer), else the str.
func fieldNamePart(p []rune) (Value, error) {
	if len(p) == 0 {
		return String(""), nil
	}
	n := int64(0)
	for _, r := range p {
		d := ucd.DecimalValue(r)
		if d < 0 {
			return String(encodeRunes(p)), nil
		}
		if n > (1<<63-1-int64(d))/10 {
			return Null, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + int64(d)
	}
	return Int(n), nil
}
