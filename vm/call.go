package vm

// Calls: the vectorcall convention, argument binding with CPython's error
// messages, and dispatch on the callee's kind.

import (
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// Call calls callable with positional args followed by keyword values
// named by kwnames. args is not retained.
func (th *Thread) Call(callable Value, args []Value, kwnames []string) (Value, error) {
	switch c := callable.o.(type) {
	case *Function:
		return th.callFunction(c, args, kwnames)
	case *Builtin:
		if s := c.spec; s != nil && !s.fits(len(args)-len(kwnames), kwnames) {
			if err := s.checkBound(c.Self, args, kwnames); err != nil {
				return Null, err
			}
		}
		return c.Fn(th, c.Self, args, kwnames)
	case *Method:
		if f, ok := c.Fn.o.(*Function); ok {
			return th.callWithSelf(f, c.Self, args, kwnames)
		}
		return th.callBoundOther(c, args, kwnames)
	case *MethodDescriptor:
		return th.callMethodDescriptor(c, args, kwnames)
	case *lruCache:
		return c.call(th, args, kwnames)
	case *Type:
		if c.meta == nil || c.meta.Lookup("__call__").Is(typeCallDescr) {
			return th.typeCall(c, args, kwnames)
		}
	case *ClassMethodDescriptor:
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", c.Name, c.Owner.Name)
		}
		if err := c.checkArgs(args[0], args[1:], kwnames); err != nil {
			return Null, err
		}
		return c.Fn(th, args[0], args[1:], kwnames)
	}
	return th.callDunderCall(callable, args, kwnames)
}

// callBoundOther calls a bound method whose function is not a Python
// function. It is apart from Call, as is callDunderCall, because a
// function with a defer that Go cannot open-code pays for the defer
// machinery on every return, taken or not.
func (th *Thread) callBoundOther(m *Method, args []Value, kwnames []string) (Value, error) {
	full := make([]Value, len(args)+1)
	full[0] = m.Self
	copy(full[1:], args)
	if err := th.enterGo(" while calling a Python object"); err != nil {
		return Null, err
	}
	defer th.leaveGo()
	return th.Call(m.Fn, full, kwnames)
}

// callDunderCall calls an object through its type's __call__.
func (th *Thread) callDunderCall(callable Value, args []Value, kwnames []string) (Value, error) {
	t := callable.Type()
	call := t.Lookup("__call__")
	if call.o == nil {
		return Null, Errorf(TypeErrorType, "'%s' object is not callable", t.Name)
	}
	if th.depth >= th.interp.recursionLimit {
		return Null, Errorf(RecursionErrorType, "maximum recursion depth exceeded while calling a Python object")
	}
	if err := th.enterGo(" while calling a Python object"); err != nil {
		return Null, err
	}
	th.depth++
	defer func() { th.depth--; th.goDepth-- }()
	switch f := call.o.(type) {
	case *Function:
		return th.callWithSelf(f, callable, args, kwnames)
	case *MethodDescriptor:
		// A builtin type's __call__ (an encoder of _json, a partial):
		// what calling the bound method does, without binding it.
		if f.checkSelf(callable) == nil {
			if s := f.spec; s != nil && !s.fits(len(args)-len(kwnames), kwnames) {
				if err := s.checkBound(callable, args, kwnames); err != nil {
					return Null, err
				}
			}
			return f.Fn(th, callable, args, kwnames)
		}
	}
	bound, err := th.bindDescriptor(call, callable, t)
	if err != nil {
		return Null, err
	}
	return th.Call(bound, args, kwnames)
}

// callWithSelf calls the Python function fn with self prepended to args. Short argument lists
// are assembled on the Go stack: callees copy their arguments into their
// frame, so the common bound-method call allocates nothing.
func (th *Thread) callWithSelf(fn *Function, self Value, args []Value, kwnames []string) (Value, error) {
	var buf [6]Value
	full := buf[:0]
	if len(args) >= len(buf) {
		full = make([]Value, 0, len(args)+1)
	}
	full = append(append(full, self), args...)
	return th.callFunction(fn, full, kwnames)
}

// CallValues is a convenience wrapper for positional calls.
func (th *Thread) CallValues(callable Value, args ...Value) (Value, error) {
	return th.Call(callable, args, nil)
}

func (th *Thread) callMethodDescriptor(c *MethodDescriptor, args []Value, kwnames []string) (Value, error) {
	if len(args)-len(kwnames) < 1 {
		return Null, c.noSelf()
	}
	if err := c.checkSelf(args[0]); err != nil {
		return Null, err
	}
	if s := c.spec; s != nil && !s.fits(len(args)-1-len(kwnames), kwnames) {
		if err := s.check(args[1:], kwnames); err != nil {
			return Null, err
		}
	}
	return c.Fn(th, args[0], args[1:], kwnames)
}

// callFunction runs a Python function to completion from Go.
func (th *Thread) callFunction(fn *Function, args []Value, kwnames []string) (Value, error) {
	f, err := th.newFrameForCall(fn, args, kwnames)
	if err != nil {
		return Null, err
	}
	if fn.code.Flags&(code.Generator|code.Coroutine|code.AsyncGenerator) != 0 {
		return th.makeGenerator(fn, f), nil
	}
	f.entry = true
	return th.run(f)
}

// callFunctionSelf is callFunction for self followed by positional
// arguments (a special method called by an operator or a protocol
// function): a function whose parameters they bind exactly gets them
// straight in its frame, with no argument slice.
func (th *Thread) callFunctionSelf(fn *Function, self Value, args []Value) (Value, error) {
	co := fn.code
	n := len(args) + 1
	if co.exactArgs != n || th.depth >= th.interp.recursionLimit {
		full := make([]Value, n)
		full[0] = self
		copy(full[1:], args)
		return th.callFunction(fn, full, nil)
	}
	f := th.allocFrame(co.frameSize)
	f.fast[0] = self
	for i, a := range args {
		f.fast[1+i] = a
	}
	clear(f.fast[n:co.NLocals])
	if len(co.cellArgs)+len(co.cellOnly)+len(fn.closure) > 0 {
		th.initCells(fn, f.fast)
	}
	f.setFunction(fn)
	f.entry = true
	return th.run(f)
}

// newFrameForCall allocates a frame for fn and binds the arguments.
func (th *Thread) newFrameForCall(fn *Function, args []Value, kwnames []string) (*Frame, error) {
	co := fn.code
	if th.depth >= th.interp.recursionLimit {
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	var f *Frame
	if co.Flags&(code.Generator|code.Coroutine|code.AsyncGenerator) != 0 {
		// The frame comes with its generator object, made by makeGenerator.
		f = th.newGenFrame(co.frameSize)
	} else {
		f = th.allocFrame(co.frameSize)
		// Only locals must start unbound; stack slots are written before read.
		clear(f.fast[:co.NLocals])
		f.gen = nil
	}
	f.code = co
	f.fn = fn
	f.globals = fn.globals
	f.builtins = fn.builtins
	f.locals = nil
	f.localsMap = Null
	f.sp = co.NLocals
	f.pc = 0
	f.kwnames = nil
	f.entry = false
	if err := th.bindArgs(fn, f.fast, args, kwnames); err != nil {
		th.releaseFrame(f)
		return nil, err
	}
	th.initCells(fn, f.fast)
	return f, nil
}

// initCells creates cells for cell variables and installs the closure.
func (th *Thread) initCells(fn *Function, fast []Value) {
	co := fn.code
	for _, s := range co.cellArgs {
		fast[s] = Obj(&Cell{V: fast[s]})
	}
	for _, s := range co.cellOnly {
		fast[s] = Obj(&Cell{})
	}
	for i, c := range fn.closure {
		fast[co.FreeStart+i] = Obj(c)
	}
}

// bindArgs binds positional and keyword arguments to the parameter slots
// of fn, following CPython's initialize_locals.
func (th *Thread) bindArgs(fn *Function, fast []Value, args []Value, kwnames []string) error {
	co := fn.code
	nkw := len(kwnames)
	nargs := len(args) - nkw
	argcount := co.ArgCount
	// Fast path: exact positional arguments.
	if nkw == 0 && nargs == argcount && co.Flags&(code.VarArgs|code.VarKeywords) == 0 && co.KwOnlyArgCount == 0 {
		copy(fast, args)
		return nil
	}
	total := argcount + co.KwOnlyArgCount
	var kwdict *Dict
	next := total
	if co.Flags&code.VarArgs != 0 {
		next++
	}
	if co.Flags&code.VarKeywords != 0 {
		kwdict = &Dict{}
		if nkw > 0 {
			kwdict.entries = make([]dictEntry, 0, nkw)
		}
		fast[next] = Obj(kwdict)
	}
	n := min(nargs, argcount)
	for i := 0; i < n; i++ {
		fast[i] = args[i]
	}
	clear(fast[n:total])
	if co.Flags&code.VarArgs != 0 {
		if nargs > argcount {
			fast[total] = Obj(tupleCopyOf(args[argcount:nargs]))
		} else {
			fast[total] = Obj(emptyTuple)
		}
	}
	// Keyword arguments.
	for i, name := range kwnames {
		v := args[nargs+i]
		j := -1
		for k := co.PosOnlyArgCount; k < total; k++ {
			if co.Varnames[k] == name {
				j = k
				break
			}
		}
		if j < 0 {
			if kwdict == nil {
				if err := th.posOnlyAsKeyword(fn, kwnames); err != nil {
					return err
				}
				return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.qualname.s, name)
			}
			if err := kwdict.Set(th, String(name), v); err != nil {
				return err
			}
			continue
		}
		if fast[j].o != nil {
			return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", fn.qualname.s, name)
		}
		fast[j] = v
	}
	if nargs > argcount && co.Flags&code.VarArgs == 0 {
		return th.tooManyPositional(fn, fast, nargs)
	}
	if nargs < argcount {
		defcount := len(fn.defaults)
		m := argcount - defcount
		var missing []string
		for i := nargs; i < m; i++ {
			if fast[i].o == nil {
				missing = append(missing, co.Varnames[i])
			}
		}
		if len(missing) > 0 {
			return missingArgs(fn, "positional", missing)
		}
		for i := max(m, nargs); i < argcount; i++ {
			if fast[i].o == nil {
				fast[i] = fn.defaults[i-m]
			}
		}
	}
	if co.KwOnlyArgCount > 0 {
		var missing []string
		for i := argcount; i < total; i++ {
			if fast[i].o != nil {
				continue
			}
			if kwd := fn.kwdefaults(); kwd != nil {
				// __kwdefaults__ is usually in the parameters' order, and
				// a comparison of names costs less than a hash.
				if k := i - argcount; k < len(kwd.entries) {
					if e := &kwd.entries[k]; e.key.o != nil {
						if s, ok := e.key.o.(*Str); ok && s.s == co.Varnames[i] {
							fast[i] = e.val
							continue
						}
					}
				}
				if v, ok := kwd.GetStr(co.Varnames[i]); ok {
					fast[i] = v
					continue
				}
				// A key of a str subclass equal to the name (GetStr
				// compares exact strs only).
				v, ok, err := kwd.Get(th, Obj(NewStr(co.Varnames[i])))
				if err != nil {
					return err
				}
				if ok {
					fast[i] = v
					continue
				}
			}
			missing = append(missing, co.Varnames[i])
		}
		if len(missing) > 0 {
			return missingArgs(fn, "keyword-only", missing)
		}
	}
	return nil
}

func (th *Thread) posOnlyAsKeyword(fn *Function, kwnames []string) error {
	co := fn.code
	var names []string
	for k := 0; k < co.PosOnlyArgCount; k++ {
		for _, n := range kwnames {
			if n == co.Varnames[k] {
				names = append(names, n)
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.qualname.s, strings.Join(names, ", "))
}

func (th *Thread) tooManyPositional(fn *Function, fast []Value, given int) error {
	co := fn.code
	kwonlyGiven := 0
	for i := co.ArgCount; i < co.ArgCount+co.KwOnlyArgCount; i++ {
		if fast[i].o != nil {
			kwonlyGiven++
		}
	}
	var sig string
	plural := false
	if d := len(fn.defaults); d > 0 {
		plural = true
		sig = itoa(co.ArgCount-d) + " to " + itoa(co.ArgCount)
		sig = "from " + sig
	} else {
		plural = co.ArgCount != 1
		sig = itoa(co.ArgCount)
	}
	return tooManyPositionalError(fn.qualname.s, sig, plural, given, kwonlyGiven)
}

// tooManyPositionalError is CPython's TypeError for a call of fname with
// given positional arguments where it takes sig ("2", "from 1 to 3"; plural
// when that is not one), kwonlyGiven keyword-only ones given as well.
func tooManyPositionalError(fname, sig string, plural bool, given, kwonlyGiven int) error {
	kwonlySig := ""
	if kwonlyGiven > 0 {
		kwonlySig = " positional argument" + plural_s(given != 1) + " (and " + itoa(kwonlyGiven) + " keyword-only argument" + plural_s(kwonlyGiven != 1) + ")"
	}
	verb := "were"
	if given == 1 && kwonlyGiven == 0 {
		verb = "was"
	}
	return Errorf(TypeErrorType, "%s() takes %s positional argument%s but %d%s %s given", fname, sig, plural_s(plural), given, kwonlySig, verb)
}

func plural_s(b bool) string {
	if b {
		return "s"
	}
	return ""
}

func missingArgs(fn *Function, kind string, names []string) error {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	var s string
	switch len(q) {
	case 1:
		s = q[0]
	case 2:
		s = q[0] + " and " + q[1]
	default:
		s = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", fn.qualname.s, len(names), kind, plural_s(len(names) != 1), s)
}

func itoa(i int) string {
	return formatInt(int64(i))
}

// callFunctionEx implements CALL_FUNCTION_EX: f(*args, **kwargs).
func (th *Thread) callFunctionEx(callable Value, posArgs Value, kwargs Value) (Value, error) {
	if t, ok := posArgs.o.(*Tuple); ok && kwargs.o == nil {
		return th.Call(callable, t.items, nil)
	}
	args, kwnames, err := th.exVector(callable, posArgs, kwargs, nil, nil)
	if err != nil {
		return Null, err
	}
	return th.Call(callable, args, kwnames)
}

// exVector turns the operands of f(*posArgs, **kwargs) into the vector
// form of a call: positional arguments, then the keyword arguments' values
// named by kwnames. It appends to args and names (nil for fresh slices).
func (th *Thread) exVector(callable, posArgs, kwargs Value, args []Value, names []string) ([]Value, []string, error) {
	if t, ok := posArgs.o.(*Tuple); ok {
		args = append(args, t.items...)
	} else {
		items, err := th.iterateToSliceHinted(posArgs)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == TypeErrorType && !th.isIterable(posArgs) {
				return nil, nil, Errorf(TypeErrorType, "%s argument after * must be an iterable, not %s", th.funcDesc(callable), posArgs.Type().Name)
			}
			return nil, nil, err
		}
		args = append(args, items...)
	}
	if kwargs.o == nil {
		return args, nil, nil
	}
	d, ok := kwargs.o.(*Dict)
	if !ok {
		return nil, nil, Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", th.funcDesc(callable), kwargs.Type().Name)
	}
	if args == nil {
		args = make([]Value, 0, d.Len())
	}
	var err error
	d.Items(func(k, v Value) bool {
		s, ok := unwrap(k).o.(*Str)
		if !ok {
			err = Errorf(TypeErrorType, "keywords must be strings")
			return false
		}
		names = append(names, s.s)
		args = append(args, v)
		return true
	})
	if err != nil {
		return nil, nil, err
	}
	return args, names, nil
}

// funcDesc describes a callable for the errors of call syntax (f(*x),
// f(**m)) as CPython does: "module.qualname()" or str of the object.
func (th *Thread) funcDesc(v Value) string {
	if c, ok := v.o.(*Function); ok {
		if m, ok := c.module().o.(*Str); ok && m.s != "builtins" {
			return m.s + "." + c.qualname.s + "()"
		}
		return c.qualname.s + "()"
	}
	if m, ok := v.o.(*Method); ok {
		return th.funcDesc(m.Fn)
	}
	// CPython's _PyObject_FunctionStr: "module.qualname()", without the
	// module for builtins, or str(v) for an object with no __qualname__.
	q, err := th.GetAttr(v, intern("__qualname__"))
	if err != nil {
		s, err := th.Str(v)
		if err != nil {
			return v.Type().Name + " object"
		}
		return s
	}
	qs, err := th.Str(q)
	if err != nil {
		return v.Type().Name + " object"
	}
	if mod, err := th.GetAttr(v, intern("__module__")); err == nil && !mod.IsNone() {
		if ms, err := th.Str(mod); err == nil && ms != "builtins" {
			return ms + "." + qs + "()"
		}
	}
	return qs + "()"
}
