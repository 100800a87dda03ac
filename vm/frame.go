package vm

// Frame objects: the Python view of an interpreter frame.
//
// An interpreter Frame is pooled and its locals live in a window of the
// thread's value stack, so Python code cannot hold one directly. A FrameObj
// is created the first time Python asks for a frame (sys._getframe, a
// traceback entry, a generator's gi_frame, locals()) and is cached on the
// Frame, so that every request for the same running frame yields the same
// object. While the frame runs, the FrameObj reads the Frame's live state;
// when the frame is released, the FrameObj takes a copy of what it still
// needs (the fast locals, the last instruction, the caller's frame object)
// and lives on by itself, as CPython's PyFrameObject takes ownership of
// its _PyInterpreterFrame. Calls that never ask for a frame object pay a
// single nil check on release.

// FrameObj is a frame object (types.FrameType).
type FrameObj struct {
	// f is the running frame; nil once the frame has been released.
	f        *Frame
	code     *CodeObj
	globals  *Dict
	builtins *Dict
	gen      *Generator
	// snapshot is f_locals for a function frame: one dict, refreshed from
	// the fast locals on each access (CPython 3.11's PyFrame_FastToLocals).
	snapshot *Dict
	// The rest is the released frame's state.
	ns    *Dict // module or class namespace
	nsMap Value // class namespace that is not an exact dict
	fast  []Value
	pc    int
	back  *FrameObj
	// tracing is the frame's state under a trace function, made on first
	// use: most frame objects are made for tracebacks and never traced.
	tracing *frameTracing
	// shared marks a frame object that was created for a traceback entry
	// (see Frame.tracebackObject) and has since been asked for again.
	shared bool
}

// frameTracing is what a frame object keeps for sys.settrace.
type frameTracing struct {
	trace Value // f_trace
	// traceLines and traceOpcodes are f_trace_lines and f_trace_opcodes.
	traceLines, traceOpcodes bool
	// tracePrev is the index of the instruction the frame executed last
	// under tracing (-1 before its first), for line events; traceEntry
	// marks a frame that starts or resumes under tracing and has not yet
	// reported its call event; traceLine is set while a line event's trace
	// function runs, when f_lineno may be set.
	tracePrev             int
	traceEntry, traceLine bool
	traceStarted          bool
	// jumpTo is where a trace function's assignment to f_lineno sends the
	// frame: an instruction index, or -1.
	jumpTo int
}

// tr returns fo's tracing state, making it on first use.
func (fo *FrameObj) tr() *frameTracing {
	if fo.tracing == nil {
		fo.tracing = &frameTracing{trace: None, traceLines: true}
	}
	return fo.tracing
}

// traceFn returns f_trace without making the tracing state.
func (fo *FrameObj) traceFn() Value {
	if fo.tracing == nil {
		return None
	}
	return fo.tracing.trace
}

// Type implements Object.
func (*FrameObj) Type() *Type { return FrameType }

// FrameType is the type of frame objects.
var FrameType *Type

// object returns the frame object of f, creating it on first request.
func (f *Frame) object() *FrameObj {
	if f.pyframe == nil {
		f.pyframe = newFrameObj(f)
	} else {
		f.pyframe.shared = true
	}
	return f.pyframe
}

// tracebackObject returns f's frame object for a new traceback entry, and
// whether it was created for that entry: such an object is referred to by
// the entry and f alone until something asks for it again (object marks it
// shared), which lets Thread.forgetHandled drop it with the exception.
func (f *Frame) tracebackObject() (*FrameObj, bool) {
	if f.pyframe != nil {
		f.pyframe.shared = true
		return f.pyframe, false
	}
	f.pyframe = newFrameObj(f)
	return f.pyframe, true
}

func newFrameObj(f *Frame) *FrameObj {
	return &FrameObj{f: f, code: f.code, globals: f.globals, builtins: f.builtins, gen: f.gen}
}

// tracebackEntry returns the traceback entry, before next, of an exception
// passing through f at instruction pc, with the frame object of f (see
// tracebackObject); it reuses the entry and frame object that
// forgetHandled last let go of when f has no frame object yet.
func (th *Thread) tracebackEntry(f *Frame, next *Traceback, pc int) *Traceback {
	if tb := th.tbFree; tb != nil && f.pyframe == nil {
		th.tbFree = nil
		fo := tb.frame
		*fo = FrameObj{f: f, code: f.code, globals: f.globals, builtins: f.builtins, gen: f.gen}
		f.pyframe = fo
		*tb = Traceback{Next: next, Code: f.code, PC: pc, frame: fo, ownFrame: true}
		return tb
	}
	fo, fresh := f.tracebackObject()
	return &Traceback{Next: next, Code: f.code, PC: pc, frame: fo, ownFrame: fresh}
}

// detach is called as f, whose frame object exists, is released: the
// object keeps the frame's final state and the caller's frame object.
func (fo *FrameObj) detach(f *Frame) {
	fo.keepState(f)
	if f.back != nil {
		fo.back = f.back.object()
	}
}

// keepState gives fo, f's frame object, its own copy of f's final state,
// so that f no longer serves it.
func (fo *FrameObj) keepState(f *Frame) {
	fo.f = nil
	fo.pc = f.pc
	fo.ns, fo.nsMap = f.locals, f.localsMap
	if f.locals == nil && f.localsMap.o == nil {
		fo.fast = append([]Value(nil), f.fast[:f.code.NLocals]...)
	}
}

// executing reports whether the frame is running or is suspended beneath
// a running one (as opposed to finished, or a suspended generator's).
func (fo *FrameObj) executing() bool {
	return fo.f != nil && (fo.gen == nil || fo.gen.running)
}

// lasti returns the index of the last instruction executed, -1 before the first.
func (fo *FrameObj) lasti() int {
	if fo.f != nil {
		return fo.f.pc - 1
	}
	return fo.pc - 1
}

// line returns the line being executed, or the last one executed; for a
// generator not started yet, the line of its def, as in CPython.
func (fo *FrameObj) line() int {
	pc := fo.lasti()
	if pc < 0 {
		if fo.code.Name == "<module>" {
			return 0
		}
		return fo.code.FirstLine
	}
	// An instruction without a position (a module's or class body's
	// closing return) is on the line of the last one with a position.
	line := fo.code.Line(pc)
	for ; pc > 0 && line == 0; pc-- {
		line = fo.code.Line(pc - 1)
	}
	return line
}

// backObj returns the caller's frame object, or nil at the bottom of the
// stack and for a suspended generator.
func (fo *FrameObj) backObj() *FrameObj {
	if fo.f == nil {
		return fo.back
	}
	if fo.gen != nil && !fo.gen.running {
		return nil
	}
	if fo.f.back == nil {
		return nil
	}
	return fo.f.back.object()
}

// localsValue returns f_locals: the namespace of a module or class frame,
// or for a function frame its snapshot dict refreshed from the fast locals.
func (fo *FrameObj) localsValue() Value {
	var fast []Value
	if f := fo.f; f != nil {
		if f.localsMap.o != nil {
			return f.localsMap
		}
		if f.locals != nil {
			return Obj(f.locals)
		}
		fast = f.fast[:f.code.NLocals]
	} else {
		if fo.nsMap.o != nil {
			return fo.nsMap
		}
		if fo.ns != nil {
			return Obj(fo.ns)
		}
		fast = fo.fast
	}
	if fo.snapshot == nil {
		fo.snapshot = NewDict()
	}
	fillLocals(fo.snapshot, fo.code, fast)
	return Obj(fo.snapshot)
}

// fillLocals updates d with the bound fast locals of co (the contents of
// cells for cell and free variables) and removes those that are unbound.
// fast may be shorter than co's locals (a cleared frame).
func fillLocals(d *Dict, co *CodeObj, fast []Value) {
	for i := 0; i < co.NLocals; i++ {
		var v Value
		if i < len(fast) {
			v = fast[i]
		}
		if v.o != nil && co.IsCellSlot(i) {
			if c, ok := v.o.(*Cell); ok {
				v = c.V
			}
		}
		if v.o == nil {
			d.DelStr(co.LocalName(i))
			continue
		}
		d.SetStr(co.LocalName(i), v)
	}
}

// clear implements frame.clear(): a suspended generator is finalized
// first, as CPython's _PyGen_Finalize (a coroutine never started warns
// that it was never awaited, others are closed, an exception of close
// is unraisable), and a frame still on the stack cannot be cleared.
func (fo *FrameObj) clear(th *Thread) error {
	if fo.executing() {
		return Errorf(RuntimeErrorType, "cannot clear an executing frame")
	}
	if g := fo.gen; g != nil && !g.finished {
		if g.kind == coroutineKind && !g.running && g.frame != nil && g.frame.pc == 0 {
			if err := th.warnUnawaitedCoroutine(g); err != nil {
				return err
			}
		} else if err := th.closeGen(g); err != nil {
			if _, ok := err.(*Exception); !ok {
				return err
			}
			th.writeUnraisable(err, Obj(g))
		}
	}
	if f := fo.f; f != nil {
		if f.locals == nil && f.localsMap.o == nil {
			clear(f.fast[:f.code.NLocals])
		}
	} else {
		fo.fast = nil
	}
	fo.snapshot = nil
	if fo.tracing != nil {
		fo.tracing.trace = None
	}
	return nil
}

func initFrameType() {
	FrameType = newBuiltinType("frame", ObjectType)
	fo := func(v Value) *FrameObj { return v.o.(*FrameObj) }
	getset(FrameType, "f_code", func(th *Thread, v Value) (Value, error) { return Obj(fo(v).code), nil })
	FrameType.addGetSet("f_lineno", func(th *Thread, v Value) (Value, error) { return Int(int64(fo(v).line())), nil },
		func(th *Thread, v, x Value) error { return fo(v).setLineno(th, x) })
	getset(FrameType, "f_lasti", func(th *Thread, v Value) (Value, error) {
		// A generator that has not started has run CPython's prologue:
		// its f_lasti is 0.
		return Int(int64(fo(v).code.lastiOffset(max(fo(v).lasti(), 0)))), nil
	})
	getset(FrameType, "f_globals", func(th *Thread, v Value) (Value, error) { return th.globalsValue(fo(v).globals), nil })
	getset(FrameType, "f_builtins", func(th *Thread, v Value) (Value, error) { return Obj(fo(v).builtins), nil })
	getset(FrameType, "f_locals", func(th *Thread, v Value) (Value, error) { return fo(v).localsValue(), nil })
	getset(FrameType, "f_back", func(th *Thread, v Value) (Value, error) {
		if b := fo(v).backObj(); b != nil {
			return Obj(b), nil
		}
		return None, nil
	})
	FrameType.addGetSet("f_trace", func(th *Thread, v Value) (Value, error) { return fo(v).traceFn(), nil },
		func(th *Thread, v, x Value) error {
			if x.o == nil {
				x = None
			}
			fo(v).tr().trace = x
			return nil
		})
	flag := func(name string, field func(*FrameObj) *bool) {
		FrameType.addGetSet(name, func(th *Thread, v Value) (Value, error) { return Bool(*field(fo(v))), nil },
			func(th *Thread, v, x Value) error {
				if _, ok := x.o.(boolTag); !ok {
					return Errorf(TypeErrorType, "attribute value type must be bool")
				}
				*field(fo(v)) = x.n != 0
				return nil
			})
	}
	flag("f_trace_lines", func(fo *FrameObj) *bool { return &fo.tr().traceLines })
	flag("f_trace_opcodes", func(fo *FrameObj) *bool { return &fo.tr().traceOpcodes })
	method(FrameType, "clear", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, fo(self).clear(th)
	})
	method(FrameType, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f := fo(self)
		return String("<frame at " + addr(self) + ", file " + reprNoThread(String(f.code.Filename)) + ", line " +
			itoa(f.line()) + ", code " + f.code.Name + ">"), nil
	})
}

// frameObject returns the frame object of a traceback entry, created for
// entries that lack one.
func (tb *Traceback) frameObject() *FrameObj {
	if tb.frame == nil {
		tb.frame = &FrameObj{code: tb.Code, globals: NewDict(), builtins: NewDict(), pc: tb.PC + 1}
	}
	return tb.frame
}

// setNext implements assignment to tb_next: None or a traceback that does
// not lead back to tb. what is the expected value in the TypeError
// (CPython words the constructor's and the attribute's differently).
func (tb *Traceback) setNext(v Value, what string) error {
	if v.o == nil {
		return Errorf(TypeErrorType, "can't delete tb_next attribute")
	}
	if v.IsNone() {
		tb.Next = nil
		return nil
	}
	next, ok := v.o.(*Traceback)
	if !ok {
		return Errorf(TypeErrorType, "expected %s, got '%s'", what, v.Type().Name)
	}
	for c := next; c != nil; c = c.Next {
		if c == tb {
			return Errorf(ValueErrorType, "traceback loop detected")
		}
	}
	tb.Next = next
	return nil
}

func initTracebackType() {
	tb := func(v Value) *Traceback { return v.o.(*Traceback) }
	getset(TracebackType, "tb_lineno", func(th *Thread, v Value) (Value, error) { return Int(int64(tb(v).Line())), nil })
	TracebackType.addReadonly("tb_lasti", func(th *Thread, v Value) (Value, error) {
		if t := tb(v); t.explicit {
			return Int(int64(t.lasti)), nil
		}
		return Int(int64(tb(v).Code.lastiOffset(tb(v).PC))), nil
	})
	TracebackType.addGetSet("tb_next", func(th *Thread, v Value) (Value, error) {
		if tb(v).Next == nil {
			return None, nil
		}
		return Obj(tb(v).Next), nil
	}, func(th *Thread, v, x Value) error { return tb(v).setNext(x, "traceback object") })
	// dir() of a traceback lists its four attributes alone (CPython's
	// tb_dir).
	method(TracebackType, "__dir__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) > 0 || len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "__dir__() takes no arguments (%d given)", len(args))
		}
		return Obj(NewList([]Value{String("tb_frame"), String("tb_next"), String("tb_lasti"), String("tb_lineno")})), nil
	})
	TracebackType.addReadonly("tb_frame", func(th *Thread, v Value) (Value, error) {
		return Obj(tb(v).frameObject()), nil
	})
	TracebackType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "traceback", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if n := len(args) - 1; n > 4 {
			return Null, Errorf(TypeErrorType, "TracebackType() takes at most 4 arguments (%d given)", n)
		}
		var next, frame, lasti, lineno Value
		if err := unpackArgs("TracebackType", args[1:], kw, 4, []string{"tb_next", "tb_frame", "tb_lasti", "tb_lineno"},
			&next, &frame, &lasti, &lineno); err != nil {
			return Null, err
		}
		t := &Traceback{explicit: true}
		fo, ok := frame.o.(*FrameObj)
		if !ok {
			return Null, Errorf(TypeErrorType, "TracebackType() argument 'tb_frame' must be frame, not %s", frame.Type().Name)
		}
		t.frame, t.Code = fo, fo.code
		for _, p := range []struct {
			v   Value
			dst *int
		}{{lasti, &t.lasti}, {lineno, &t.lineno}} {
			n, ok, err := th.index(p.v)
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", p.v.Type().Name)
			}
			*p.dst = int(n)
		}
		if err := t.setNext(next, "traceback object or None"); err != nil {
			return Null, err
		}
		t.PC = t.Code.instrAtOffset(max(t.lasti, 0))
		return Obj(t), nil
	}}))
}
