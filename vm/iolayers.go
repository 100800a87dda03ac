package vm

// The names of _io that pyjit takes from its io module: open, open_code
// and text_encoding.

// ioFromPyio are the names _io's __getattr__ takes from io.
var ioFromPyio = map[string]bool{"open": true}

// addIOLayers adds open_code and the __getattr__ that finds the layers to
// the _io module.
func addIOLayers(m *Module) {
	m.Dict.SetStr("open_code", Obj(&Builtin{Name: "open_code", Fn: ioOpenCode, mod: "_io", spec: moduleArgSpec("_io", "open_code")}))
	m.Dict.SetStr("text_encoding", Obj(&Builtin{Name: "text_encoding", Fn: ioTextEncoding, mod: "_io"}))
	getattr := &argSpec{style: stylePos, min: 1, max: 1, maxPos: 1, name: "__getattr__", qual: "_io.__getattr__"}
	m.Dict.SetStr("__getattr__", Obj(&Builtin{Name: "__getattr__", Fn: ioGetattr, mod: "_io", spec: getattr}))
}

// ioGetattr is _io's module __getattr__.
func ioGetattr(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	name, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
	}
	if !ioFromPyio[name.s] {
		return Null, Errorf(AttributeErrorType, "module '_io' has no attribute '%s'", name.s)
	}
	io, err := th.importModule("io")
	if err != nil {
		return Null, err
	}
	v, err := th.GetAttr(io, name)
	if err != nil {
		if isAttributeError(err) {
			return Null, Errorf(AttributeErrorType, "module '_io' has no attribute '%s'", name.s)
		}
		return Null, err
	}
	return v, nil
}

// ioOpenCode is _io.open_code(path): the file opened to be imported,
// open(path, 'rb').
func ioOpenCode(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var path Value
	if err := unpackArgs("open_code", args, kw, 1, []string{"path"}, &path); err != nil {
		return Null, err
	}
	if _, ok := unwrap(path).o.(*Str); !ok {
		return Null, Errorf(TypeErrorType, "open_code() argument 'path' must be str, not %s", path.Type().Name)
	}
	io, err := th.importModule("io")
	if err != nil {
		return Null, err
	}
	open, err := th.GetAttr(io, intern("open"))
	if err != nil {
		return Null, err
	}
	return th.Call(open, []Value{path, String("rb")}, nil)
}

// ioTextEncoding is _io.text_encoding(encoding, stacklevel=2): the
// encoding a text stream uses for encoding, "locale" (or "utf-8" in UTF-8
// mode) for None.
func ioTextEncoding(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "text_encoding() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return Null, Errorf(TypeErrorType, "text_encoding expected at least 1 argument, got %d", len(args))
	}
	if !args[0].IsNone() {
		return args[0], nil
	}
	if th.interp.flags.WarnDefaultEncoding {
		stacklevel := 2
		if len(args) == 2 {
			n, err := th.cIntArg(args[1])
			if err != nil {
				return Null, err
			}
			stacklevel = int(n)
		}
		if err := th.warnAt(String("'encoding' argument not specified"), Obj(EncodingWarningType), stacklevel, Null); err != nil {
			return Null, err
		}
	}
	if th.interp.flags.UTF8Mode {
		return String("utf-8"), nil
	}
	return String("locale"), nil
}
