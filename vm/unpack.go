package vm

// UnpackArgs: binding the arguments of a call of a Go function to Go
// variables, with the messages CPython gives for a function defined in
// Python.

import (
	"fmt"
	"strings"
)

// Unpacker is a Go variable that UnpackArgs can set from any Python value
// it accepts; Unpack returns an error (a Python exception, such as a
// TypeError made with Errorf) for a value it does not.
type Unpacker interface {
	Unpack(th *Thread, v Value) error
}

// UnpackArgs binds the arguments of a call, args holding the positional
// arguments followed by the values of the keyword arguments named by
// kwnames (as a FastKwFunc receives them), to Go variables, checking them
// as Python checks a call of
//
//	def fname(x, y=..., *, z): ...
//
// pairs lists the parameters: a name, then a pointer to the variable the
// argument is stored in. A name ending in "?" is optional: when the call
// does not give it, its variable keeps its value, the default. The string
// "/" in place of a pair makes the parameters before it positional-only,
// "*" those after it keyword-only. A positional parameter after an
// optional one must be optional too.
//
// The variable's type decides which arguments are accepted:
//
//	*Value     any value
//	*int64     an int (or bool, or an object with __index__) that fits
//	*int       the same, fitting in an int
//	*float64   a float or an int, as float() converts it
//	*string    a str
//	*[]byte    a bytes or bytearray (a copy)
//	*bool      any value, by its truth value
//	**Dict     a dict
//	Unpacker   what its Unpack method accepts
//
// A bad call raises the TypeError CPython raises:
// "f() missing 1 required positional argument: 'x'", "f() takes 2
// positional arguments but 3 were given", "f() got an unexpected keyword
// argument 'y'", "f() got multiple values for argument 'x'"; an argument
// of the wrong type "f() argument 'x' must be str, not int". A bad pairs
// list (an odd pair, a pointer of another type) is reported as a Go error,
// which Python sees as a RuntimeError.
func UnpackArgs(th *Thread, fname string, args []Value, kwnames []string, pairs ...any) error {
	params, err := parseParams(pairs)
	if err != nil {
		return err
	}
	if len(kwnames) > len(args) {
		return fmt.Errorf("UnpackArgs: %d keyword names for %d arguments", len(kwnames), len(args))
	}
	npos := len(args) - len(kwnames)
	vals := make([]Value, len(params.list))
	nposParams := params.kwOnly
	copy(vals, args[:min(npos, nposParams)])
	for i, name := range kwnames {
		j := params.find(name)
		if j < 0 {
			if bad := params.posOnlyNamed(kwnames); bad != "" {
				return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname, bad)
			}
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, name)
		}
		if vals[j].o != nil {
			return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", fname, name)
		}
		vals[j] = args[npos+i]
	}
	if npos > nposParams {
		return params.tooManyPositional(fname, vals, npos)
	}
	var missing []string
	for i := npos; i < nposParams; i++ {
		if vals[i].o == nil && !params.list[i].optional {
			missing = append(missing, params.list[i].name)
		}
	}
	if len(missing) > 0 {
		return missingArgsError(fname, "positional", missing)
	}
	for i := nposParams; i < len(vals); i++ {
		if vals[i].o == nil && !params.list[i].optional {
			missing = append(missing, params.list[i].name)
		}
	}
	if len(missing) > 0 {
		return missingArgsError(fname, "keyword-only", missing)
	}
	for i, p := range params.list {
		if vals[i].o == nil {
			continue
		}
		if err := unpackOne(th, fname, p, vals[i]); err != nil {
			return err
		}
	}
	return nil
}

// param is one parameter of UnpackArgs.
type param struct {
	name     string
	optional bool
	dst      any
}

// params is UnpackArgs's parameter list: list[:posOnly] are
// positional-only, list[kwOnly:] keyword-only.
type params struct {
	list            []param
	posOnly, kwOnly int
}

func parseParams(pairs []any) (*params, error) {
	ps := &params{kwOnly: -1}
	for i := 0; i < len(pairs); i++ {
		name, ok := pairs[i].(string)
		if !ok {
			return nil, fmt.Errorf("UnpackArgs: parameter %d: got %T, want a name", len(ps.list)+1, pairs[i])
		}
		switch {
		case name == "/" && ps.posOnly == 0 && ps.kwOnly < 0:
			ps.posOnly = len(ps.list)
			continue
		case name == "*" && ps.kwOnly < 0:
			ps.kwOnly = len(ps.list)
			continue
		case i+1 == len(pairs):
			return nil, fmt.Errorf("UnpackArgs: parameter %q has no variable", name)
		}
		i++
		p := param{name: name, dst: pairs[i]}
		p.name, p.optional = strings.CutSuffix(name, "?")
		if p.name == "" || p.name == "/" || p.name == "*" {
			return nil, fmt.Errorf("UnpackArgs: bad parameter name %q", name)
		}
		if !unpackable(p.dst) {
			return nil, fmt.Errorf("UnpackArgs: parameter %q: cannot store into %T", p.name, p.dst)
		}
		if n := len(ps.list); ps.kwOnly < 0 && n > 0 && ps.list[n-1].optional && !p.optional {
			return nil, fmt.Errorf("UnpackArgs: required parameter %q follows an optional one", p.name)
		}
		ps.list = append(ps.list, p)
	}
	if ps.kwOnly < 0 {
		ps.kwOnly = len(ps.list)
	}
	return ps, nil
}

// find returns the index of the parameter that keyword name fills, or -1.
func (ps *params) find(name string) int {
	for i := ps.posOnly; i < len(ps.list); i++ {
		if ps.list[i].name == name {
			return i
		}
	}
	return -1
}

// posOnlyNamed returns the positional-only parameters named among
// kwnames, joined with ", ".
func (ps *params) posOnlyNamed(kwnames []string) string {
	var names []string
	for _, p := range ps.list[:ps.posOnly] {
		for _, k := range kwnames {
			if k == p.name {
				names = append(names, k)
			}
		}
	}
	return strings.Join(names, ", ")
}

// tooManyPositional is CPython's message for a call giving more
// positional arguments than the function takes.
func (ps *params) tooManyPositional(fname string, vals []Value, given int) error {
	npos := ps.kwOnly
	required := 0
	for _, p := range ps.list[:npos] {
		if !p.optional {
			required++
		}
	}
	sig, plural := itoa(npos), npos != 1
	if required < npos {
		sig, plural = "from "+itoa(required)+" to "+itoa(npos), true
	}
	kwonlyGiven := 0
	for _, v := range vals[npos:] {
		if v.o != nil {
			kwonlyGiven++
		}
	}
	return tooManyPositionalError(fname, sig, plural, given, kwonlyGiven)
}

// missingArgsError is CPython's message for required arguments a call
// does not give: "f() missing 2 required positional arguments: 'x' and 'y'".
func missingArgsError(fname, kind string, names []string) error {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	s := q[0]
	switch {
	case len(q) == 2:
		s = q[0] + " and " + q[1]
	case len(q) > 2:
		s = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", fname, len(names), kind, plural_s(len(names) != 1), s)
}

// unpackable reports whether UnpackArgs can store into dst.
func unpackable(dst any) bool {
	switch d := dst.(type) {
	case *Value, *int64, *int, *float64, *string, *[]byte, *bool, **Dict:
		return d != nil && !isNilPointer(d)
	case Unpacker:
		return d != nil
	}
	return false
}

// isNilPointer reports whether dst, one of unpackable's pointer types,
// is nil.
func isNilPointer(dst any) bool {
	switch d := dst.(type) {
	case *Value:
		return d == nil
	case *int64:
		return d == nil
	case *int:
		return d == nil
	case *float64:
		return d == nil
	case *string:
		return d == nil
	case *[]byte:
		return d == nil
	case *bool:
		return d == nil
	case **Dict:
		return d == nil
	}
	return false
}

// unpackOne stores argument v of parameter p.
func unpackOne(th *Thread, fname string, p param, v Value) error {
	bad := func(want string) error {
		return Errorf(TypeErrorType, "%s() argument '%s' must be %s, not %s", fname, p.name, want, v.Type().Name)
	}
	switch d := p.dst.(type) {
	case *Value:
		*d = v
	case *int64, *int:
		n, err := argInt64(th, v, bad)
		if err != nil {
			return err
		}
		if d, ok := d.(*int64); ok {
			*d = n
			return nil
		}
		if int64(int(n)) != n {
			return Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		*d.(*int) = int(n)
	case *float64:
		f, ok, err := toFloat(unwrap(v))
		if !ok {
			return bad("real number")
		}
		if err != nil {
			return err
		}
		*d = f
	case *string:
		s, ok := v.AsString()
		if !ok {
			return bad("str")
		}
		*d = s
	case *[]byte:
		b, ok := v.AsBytes()
		if !ok {
			return bad("bytes")
		}
		*d = b
	case *bool:
		if b, ok := v.AsBool(); ok {
			*d = b
			return nil
		}
		if th == nil {
			return bad("bool")
		}
		b, err := th.Truth(v)
		if err != nil {
			return err
		}
		*d = b
	case **Dict:
		dict, ok := unwrap(v).o.(*Dict)
		if !ok {
			return bad("dict")
		}
		*d = dict
	case Unpacker:
		return d.Unpack(th, v)
	}
	return nil
}

// argInt64 converts an argument for an int64 parameter: an int, or an
// object with __index__ (not called when th is nil).
func argInt64(th *Thread, v Value, bad func(string) error) (int64, error) {
	if n, ok := v.AsInt64(); ok {
		return n, nil
	}
	var r Value
	if isIntLike(v) {
		r = unwrap(v)
	} else {
		if th == nil {
			return 0, bad("int")
		}
		var ok bool
		var err error
		r, ok, err = th.indexValue(v)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, bad("int")
		}
	}
	if n, ok := r.AsInt64(); ok {
		return n, nil
	}
	return 0, Errorf(OverflowErrorType, "Python int too large to convert to C long")
}
