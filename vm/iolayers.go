package vm

// The names of _io that pyjit takes from its io module: open_code, and
// the buffered and text layers and open(), which io has from CPython's
// _pyio. Code that imports them from _io (importlib's bootstrap, which
// decodes sources with _io.IncrementalNewlineDecoder) finds them there.

// ioFromPyio are the names _io's __getattr__ takes from io.
var ioFromPyio = map[string]bool{
	"BufferedReader": true, "BufferedWriter": true, "BufferedRandom": true, "BufferedRWPair": true,
	"TextIOWrapper": true, "IncrementalNewlineDecoder": true, "open": true, "text_encoding": true,
}

// addIOLayers adds open_code and the __getattr__ that finds the layers to
// the _io module.
func addIOLayers(m *Module) {
	m.Dict.SetStr("open_code", Obj(&Builtin{Name: "open_code", Fn: ioOpenCode, mod: "_io", spec: moduleArgSpec("_io", "open_code")}))
	getattr := &argSpec{style: stylePos, min: 1, max: 1, maxPos: 1, name: "__getattr__", qual: "_io.__getattr__"}
	m.Dict.SetStr("__getattr__", Obj(&Builtin{Name: "__getattr__", Fn: ioGetattr, mod: "_io", spec: getattr}))
}

// ioGetattr is _io's module __getattr__.
func ioGetattr(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	name, ok := args[0].o.(*Str)
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
	if _, ok := path.o.(*Str); !ok {
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
