package vm

// The unicodedata module: the Unicode 14.0.0 database of CPython 3.11
// (package ucd), its functions also methods of unicodedata.UCD objects, of
// which ucd_3_2_0 holds the Unicode 3.2.0 database.

import (
	"strings"
	"sync"

	"github.com/pyjit/pyjit/vm/lib/ucd"
)

// ucdObj is a unicodedata.UCD: one version of the database.
type ucdObj struct{ db *ucd.DB }

// Type implements Object.
func (*ucdObj) Type() *Type { return UCDType }

var (
	// UCDType is unicodedata.UCD.
	UCDType *Type
	ucdOnce sync.Once
	ucd320  *ucdObj
)

// ucdFunc is a function of the module, or a method of UCD, on database db.
type ucdFunc func(th *Thread, db *ucd.DB, args []Value) (Value, error)

// ucdChar is the single-character argument of fn; pos is "argument" or
// "argument 1" as in CPython's message.
func ucdChar(fn, pos string, v Value) (rune, error) {
	if s, ok := unwrap(v).o.(*Str); ok {
		if rs := s.Runes(); len(rs) == 1 {
			return rs[0], nil
		}
	}
	return 0, Errorf(TypeErrorType, "%s() %s must be a unicode character, not %s", fn, pos, typeNameOrNone(v))
}

func typeNameOrNone(v Value) string {
	if v.IsNone() {
		return "None"
	}
	return v.Type().Name
}

// ucdProperty is a function of one character returning its property.
func ucdProperty(name string, get func(db *ucd.DB, c rune) Value) ucdFunc {
	return func(th *Thread, db *ucd.DB, args []Value) (Value, error) {
		c, err := ucdChar(name, "argument", args[0])
		if err != nil {
			return Null, err
		}
		return get(db, c), nil
	}
}

// ucdValue is a function of a character and an optional default: the
// value, else the default, else ValueError(msg).
func ucdValue(name, msg string, get func(db *ucd.DB, c rune) (Value, bool)) ucdFunc {
	return func(th *Thread, db *ucd.DB, args []Value) (Value, error) {
		c, err := ucdChar(name, "argument 1", args[0])
		if err != nil {
			return Null, err
		}
		if v, ok := get(db, c); ok {
			return v, nil
		}
		if len(args) > 1 {
			return args[1], nil
		}
		return Null, Errorf(ValueErrorType, "%s", msg)
	}
}

// ucdFormArgs checks the arguments of normalize and is_normalized.
func ucdFormArgs(name string, args []Value) (string, *Str, error) {
	form, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return "", nil, Errorf(TypeErrorType, "%s() argument 1 must be str, not %s", name, typeNameOrNone(args[0]))
	}
	s, ok := unwrap(args[1]).o.(*Str)
	if !ok {
		return "", nil, Errorf(TypeErrorType, "%s() argument 2 must be str, not %s", name, typeNameOrNone(args[1]))
	}
	switch form.s {
	case "NFC", "NFD", "NFKC", "NFKD":
		return form.s, s, nil
	}
	return "", nil, Errorf(ValueErrorType, "invalid normalization form")
}

func ucdNormalize(th *Thread, db *ucd.DB, args []Value) (Value, error) {
	form, s, err := ucdFormArgs("normalize", args)
	if err != nil {
		return Null, err
	}
	if s.s == "" || s.isASCII() && !db.Old() {
		return args[1], nil
	}
	rs := s.Runes()
	if db.QuickCheck(form, rs) {
		return args[1], nil
	}
	out, err := db.NormalizeRunes(form, append([]rune(nil), rs...))
	if err != nil {
		return Null, Errorf(ValueErrorType, "%s", err.Error())
	}
	return String(encodeRunes(out)), nil
}

func ucdIsNormalized(th *Thread, db *ucd.DB, args []Value) (Value, error) {
	form, s, err := ucdFormArgs("is_normalized", args)
	if err != nil {
		return Null, err
	}
	if s.isASCII() {
		return True, nil
	}
	rs := s.Runes()
	if db.QuickCheck(form, rs) {
		return True, nil
	}
	out, err := db.NormalizeRunes(form, append([]rune(nil), rs...))
	if err != nil {
		return Null, Errorf(ValueErrorType, "%s", err.Error())
	}
	return Bool(encodeRunes(out) == s.s), nil
}

func ucdLookup(th *Thread, db *ucd.DB, args []Value) (Value, error) {
	var name string
	switch o := bufferObject(args[0]).o.(type) {
	case *Str:
		name = o.s
	case *Bytes:
		if o.mutable {
			return Null, Errorf(TypeErrorType, "lookup() argument must be read-only bytes-like object, not %s", args[0].Type().Name)
		}
		name = string(o.b)
	case *MemoryView:
		return Null, Errorf(TypeErrorType, "lookup() argument must be read-only bytes-like object, not %s", args[0].Type().Name)
	default:
		return Null, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
	}
	if len(name) > ucd.MaxNameLen {
		return Null, Errorf(KeyErrorType, "name too long")
	}
	if s, ok := db.Lookup(name, true); ok {
		return String(s), nil
	}
	// The message holds the name as a C string: up to a NUL.
	if i := strings.IndexByte(name, 0); i >= 0 {
		name = name[:i]
	}
	return Null, Errorf(KeyErrorType, "undefined character name '%s'", strings.ToValidUTF8(name, "\uFFFD"))
}

// ucdFuncs are the functions of the module and methods of UCD.
var ucdFuncs = map[string]ucdFunc{
	"category": ucdProperty("category", func(db *ucd.DB, c rune) Value { return String(db.Category(c)) }),
	"bidirectional": ucdProperty("bidirectional", func(db *ucd.DB, c rune) Value {
		return String(db.Bidirectional(c))
	}),
	"combining": ucdProperty("combining", func(db *ucd.DB, c rune) Value { return Int(int64(db.Combining(c))) }),
	"mirrored":  ucdProperty("mirrored", func(db *ucd.DB, c rune) Value { return Int(int64(db.Mirrored(c))) }),
	"east_asian_width": ucdProperty("east_asian_width", func(db *ucd.DB, c rune) Value {
		return String(db.EastAsianWidth(c))
	}),
	"decomposition": ucdProperty("decomposition", func(db *ucd.DB, c rune) Value {
		return String(db.Decomposition(c))
	}),
	"decimal": ucdValue("decimal", "not a decimal", func(db *ucd.DB, c rune) (Value, bool) {
		d, ok := db.Decimal(c)
		return Int(int64(d)), ok
	}),
	"digit": ucdValue("digit", "not a digit", func(db *ucd.DB, c rune) (Value, bool) {
		d, ok := db.Digit(c)
		return Int(int64(d)), ok
	}),
	"numeric": ucdValue("numeric", "not a numeric character", func(db *ucd.DB, c rune) (Value, bool) {
		f, ok := db.Numeric(c)
		return Float(f), ok
	}),
	"name": ucdValue("name", "no such name", func(db *ucd.DB, c rune) (Value, bool) {
		n := db.Name(c)
		return String(n), n != ""
	}),
	"lookup":        ucdLookup,
	"normalize":     ucdNormalize,
	"is_normalized": ucdIsNormalized,
}

func initUCDType() {
	t := newBuiltinType("UCD", ObjectType)
	t.final = true
	t.Dict.SetStr("__module__", String("unicodedata"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "UCD", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "cannot create 'unicodedata.UCD' instances")
	}}))
	for name, f := range ucdFuncs {
		name, f := name, f
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			u, ok := self.o.(*ucdObj)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '%s' requires a 'unicodedata.UCD' object", name)
			}
			return f(th, u.db, args)
		})
	}
	t.addReadonly("unidata_version", func(th *Thread, self Value) (Value, error) {
		u, ok := self.o.(*ucdObj)
		if !ok {
			return Null, Errorf(TypeErrorType, "descriptor 'unidata_version' requires a 'unicodedata.UCD' object")
		}
		return String(u.db.Version), nil
	})
	attachArgSpecs([]*Type{t})
	t.Name = "unicodedata.UCD"
	freezeDictStrs(t.Dict)
	UCDType = t
	ucd320 = &ucdObj{db: ucd.V320}
}

func makeUnicodedataModule(th *Thread) (*Module, error) {
	ucdOnce.Do(initUCDType)
	fns := make(map[string]BuiltinFunc, len(ucdFuncs))
	for name, f := range ucdFuncs {
		f := f
		fns[name] = func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return f(th, ucd.Current, args)
		}
	}
	m := newNativeModule("unicodedata", fns)
	m.Dict.SetStr("unidata_version", String(ucd.Version))
	m.Dict.SetStr("UCD", Obj(UCDType))
	m.Dict.SetStr("ucd_3_2_0", Obj(ucd320))
	return m, nil
}
