package vm

// The _warnings module. CPython writes its warnings machinery in C and
// keeps warnings.py as a fallback; pyjit runs the Python one, so
// _warnings has only the functions that code importing it directly
// (importlib's bootstrap) calls, and they run the warnings module's. It
// has no filters: warnings.py, finding none, keeps its own.

func makeWarningsModule(th *Thread) (*Module, error) {
	forward := func(name string) BuiltinFunc {
		return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			w, err := th.importModule("warnings")
			if err != nil {
				return Null, err
			}
			fn, err := th.GetAttr(w, intern(name))
			if err != nil {
				return Null, err
			}
			return th.Call(fn, args, kw)
		}
	}
	m := newNativeModule("_warnings", map[string]BuiltinFunc{
		"warn":          forward("warn"),
		"warn_explicit": forward("warn_explicit"),
	})
	m.Dict.SetStr("__doc__", String("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."))
	return m, nil
}
