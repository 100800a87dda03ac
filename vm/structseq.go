package vm

// Struct sequences: CPython's PyStructSequence, the named tuples of the
// C modules (time.struct_time, os.stat_result, sys.version_info). A
// struct sequence is a tuple of its first nSeq fields, which are also
// attributes; the fields after them (time.struct_time's tm_zone and
// tm_gmtoff) are attributes only. A field named "" is an unnamed
// sequence field (os.stat_result's integer times): an item with no
// attribute, which repr names by the named field at its position, as
// CPython does.

import "strings"

// structSeqInfo describes the named fields of a struct sequence type.
type structSeqInfo struct {
	fields []string
	nSeq   int
}

// NewStructSeqType makes a struct sequence type named module.name whose
// instances are tuples of the first nSeq of fields; the others are
// attributes only. Each interpreter makes its own (the type is not
// recorded among object's or tuple's subclasses).
func NewStructSeqType(module, name string, fields []string, nSeq int) *Type {
	return newStructSeqType(module, name, fields, nSeq, nil)
}

// newStructSeqType is NewStructSeqType whose constructor, if fill is
// set, lets fill complete the fields the arguments left None.
func newStructSeqType(module, name string, fields []string, nSeq int, fill func(fields []Value)) *Type {
	full := module + "." + name
	if module == "builtins" {
		full = name
	}
	// Name is CPython's tp_name, which messages show ("time.struct_time").
	t := &Type{Name: full, QualName: name, Bases: []*Type{TupleType}, Base: TupleType, Dict: NewDict(),
		version: nextTypeVersion(), layout: TupleType, final: true, slotNames: fields[nSeq:]}
	t.computeMRO()
	var named []string
	for _, f := range fields {
		if f != "" {
			named = append(named, f)
		}
	}
	info := &structSeqInfo{fields: named, nSeq: nSeq}
	t.Dict.SetStr("__module__", String(module))
	t.Dict.SetStr("n_sequence_fields", Int(int64(nSeq)))
	t.Dict.SetStr("n_fields", Int(int64(len(fields))))
	t.Dict.SetStr("n_unnamed_fields", Int(int64(len(fields)-len(named))))
	var matchArgs []Value
	for _, f := range fields[:nSeq] {
		if f != "" {
			matchArgs = append(matchArgs, String(f))
		}
	}
	t.Dict.SetStr("__match_args__", Obj(NewTuple(matchArgs)))
	for i, f := range fields {
		if f == "" {
			continue
		}
		if i < nSeq {
			t.addGetSet(f, func(th *Thread, v Value) (Value, error) { return tupleSelf(v).items[i], nil }, nil)
			continue
		}
		t.addGetSet(f, func(th *Thread, v Value) (Value, error) {
			if o, ok := v.o.(*Instance); ok && i-nSeq < len(o.vals) && o.vals[i-nSeq].o != nil {
				return o.vals[i-nSeq], nil
			}
			return None, nil
		}, nil)
	}
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: full, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		var seq, dict Value
		if err := unpackArgs("structseq", args[1:], kw, 1, []string{"sequence", "dict"}, &seq, &dict); err != nil {
			return Null, err
		}
		items, err := th.iterateToSlice(seq)
		if err != nil {
			if isTypeError(err) {
				return Null, Errorf(TypeErrorType, "constructor requires a sequence")
			}
			return Null, err
		}
		if _, ok := unwrap(dict).o.(*Dict); dict.o != nil && !ok {
			return Null, Errorf(TypeErrorType, "%s() takes a dict as second arg, if any", full)
		}
		n, max := len(items), len(fields)
		switch {
		case n < nSeq && nSeq == max:
			return Null, Errorf(TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", full, nSeq, n)
		case n < nSeq:
			return Null, Errorf(TypeErrorType, "%s() takes an at least %d-sequence (%d-sequence given)", full, nSeq, n)
		case n > max && nSeq == max:
			return Null, Errorf(TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", full, nSeq, n)
		case n > max:
			return Null, Errorf(TypeErrorType, "%s() takes an at most %d-sequence (%d-sequence given)", full, max, n)
		}
		all := make([]Value, max)
		copy(all, items)
		for i := n; i < max; i++ {
			all[i] = None
			if d, ok := unwrap(dict).o.(*Dict); ok && fields[i] != "" {
				if v, ok := d.GetStr(fields[i]); ok {
					all[i] = v
				}
			}
		}
		if fill != nil {
			fill(all)
		}
		return NewStructSeq(t, all), nil
	}}))
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var sb strings.Builder
		sb.WriteString(full + "(")
		for i, item := range tupleSelf(self).items {
			if i > 0 {
				sb.WriteString(", ")
			}
			r, err := th.Repr(item)
			if err != nil {
				return Null, err
			}
			sb.WriteString(info.fields[i] + "=" + r)
		}
		sb.WriteString(")")
		return String(sb.String()), nil
	})
	method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		extra := NewDict()
		if o, ok := self.o.(*Instance); ok {
			for i, f := range fields[nSeq:] {
				v := None
				if i < len(o.vals) && o.vals[i].o != nil {
					v = o.vals[i]
				}
				extra.SetStr(f, v)
			}
		}
		visible := append([]Value(nil), tupleSelf(self).items...)
		return Obj(NewTuple([]Value{Obj(t), Obj(NewTuple([]Value{Obj(NewTuple(visible)), Obj(extra)}))})), nil
	})
	return t
}

// NewStructSeq makes an instance of struct sequence type t with a value
// for each of its fields.
func NewStructSeq(t *Type, values []Value) Value {
	nSeq := len(values) - len(t.slotNames)
	inst := t.newInstance()
	base := Obj(NewTuple(append([]Value(nil), values[:nSeq]...)))
	inst.base = &base
	copy(inst.vals, values[nSeq:])
	return Obj(inst)
}
