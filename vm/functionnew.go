package vm

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None):
// a function made from a code object at run time.

func initFunctionNew() {
	FunctionType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "function", Fn: functionNew}))
}

func functionNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var codeV, globalsV, nameV, defsV, closureV Value
	if err := unpackArgs("function", args[1:], kw, 2, []string{"code", "globals", "name", "argdefs", "closure"},
		&codeV, &globalsV, &nameV, &defsV, &closureV); err != nil {
		return Null, err
	}
	cobj, ok := codeV.o.(*CodeObj)
	if !ok {
		return Null, Errorf(TypeErrorType, "function() argument 'code' must be code, not %s", codeV.Type().Name)
	}
	globals, ok := th.globalsNamespace(globalsV)
	if !ok {
		return Null, Errorf(TypeErrorType, "function() argument 'globals' must be dict, not %s", globalsV.Type().Name)
	}
	fn := &Function{code: cobj, globals: globals, name: cobj.name, qualname: cobj.qualname,
		version: nextFuncVersion()}
	if nameV.o != nil && !nameV.IsNone() {
		s, ok := nameV.o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "arg 3 (name) must be None or string")
		}
		fn.name = s
	}
	if defsV.o != nil && !defsV.IsNone() {
		t, ok := defsV.o.(*Tuple)
		if !ok {
			return Null, Errorf(TypeErrorType, "arg 4 (defaults) must be None or tuple")
		}
		fn.defaults = append([]Value{}, t.items...)
	}
	var closure []Value
	if closureV.o != nil && !closureV.IsNone() {
		t, ok := closureV.o.(*Tuple)
		if !ok {
			return Null, Errorf(TypeErrorType, "arg 5 (closure) must be None or tuple")
		}
		closure = t.items
	} else if len(cobj.Freevars) > 0 {
		return Null, Errorf(TypeErrorType, "arg 5 (closure) must be tuple")
	}
	if len(closure) != len(cobj.Freevars) {
		return Null, Errorf(ValueErrorType, "%s requires closure of length %d, not %d", cobj.Name, len(cobj.Freevars), len(closure))
	}
	for _, c := range closure {
		cell, ok := c.o.(*Cell)
		if !ok {
			return Null, Errorf(TypeErrorType, "arg 5 (closure) expected cell, found %s", staticTypeName(c.Type()))
		}
		fn.closure = append(fn.closure, cell)
	}
	// Globals without __builtins__ take the caller's builtins (bpo-42990).
	if _, ok := globals.GetStr("__builtins__"); ok {
		fn.builtins = th.builtinsFor(globals)
	} else if th.frame != nil {
		fn.builtins = th.frame.builtins
	} else {
		fn.builtins = th.interp.builtins
	}
	fn.initModuleDoc() // as MAKE_FUNCTION
	return Obj(fn), nil
}
