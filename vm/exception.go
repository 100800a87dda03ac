package vm

// Exception objects, the builtin exception hierarchy, and tracebacks.

import (
	"fmt"
)

// Exception is an instance of BaseException or a subclass. It implements
// Go's error interface, which is how exceptions travel through the runtime.
type Exception struct {
	typ             *Type
	dict            *Dict
	args            *Tuple
	tb              *Traceback
	cause           Value
	context         Value
	suppressContext bool
	goErr           error // the Go error this exception stands for, if any
	group           *excGroup
	// fields are the attributes of the exception's family (see
	// excfields.go); nil means they follow args.
	fields []Value
	// exposed is set once Python code can hold the exception other than
	// through the handler that catches it: it was made by calling its
	// class, raised by a raise statement, read through sys.exc_info() or
	// sys.exception(), made the context of another exception, or passed to
	// an __exit__ method or a trace function. An exception pyjit made
	// itself and never exposed is garbage when a handler that does not
	// bind it to a name ends (Thread.forgetHandled).
	exposed bool
	// slots holds the values of the __slots__ of a subclass (see
	// SlotDescriptor.values).
	slots []Value
	// recyclable marks an exception made by Thread.newLookupError, whose
	// args tuple it made too: nothing but the raise and the handler refer
	// to either until the exception is exposed.
	recyclable bool
}

// excGroup is what an exception group was created with; like CPython's,
// it does not follow assignments to args.
type excGroup struct {
	msg  *Str
	excs *Tuple
}

// Type implements Object.
func (e *Exception) Type() *Type { return e.typ }

// Error implements error with the exception's type and message.
func (e *Exception) Error() string {
	msg := excStrNoThread(e)
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// Args returns the exception's args tuple.
func (e *Exception) Args() []Value { return e.args.items }

// Traceback returns the exception's traceback (innermost last).
func (e *Exception) Traceback() *Traceback { return e.tb }

// Traceback is one entry of a traceback: a frame's code and the
// instruction that was executing when the exception passed through it.
type Traceback struct {
	Next  *Traceback
	Code  *CodeObj
	PC    int
	frame *FrameObj
	// ownFrame is set when frame was created for this entry (see
	// Frame.tracebackObject).
	ownFrame bool
	// lineno and lasti are what types.TracebackType() was given, when
	// explicit; otherwise they follow from Code and PC.
	lineno, lasti int
	explicit      bool
}

// Type implements Object.
func (*Traceback) Type() *Type { return TracebackType }

// Line returns the source line of the entry.
func (tb *Traceback) Line() int {
	if tb.explicit {
		return tb.lineno
	}
	return tb.Code.Line(tb.PC)
}

// NewException creates an exception of type t with the given args.
func NewException(t *Type, args ...Value) *Exception {
	// The arguments are copied: callers pass a builtin's argument window,
	// which the caller's frame reuses.
	return &Exception{typ: t, args: tupleCopy(args), cause: None, context: None}
}

// newLookupError returns a new exception of type t (KeyError, for a
// missing key) with args (arg,), reusing the one forgetHandled last let go
// of when there is one.
func (th *Thread) newLookupError(t *Type, arg Value) *Exception {
	if e := th.excFree; e != nil {
		th.excFree = nil
		args := e.args
		args.items[0] = arg
		*e = Exception{typ: t, args: args, cause: None, context: None, recyclable: true}
		return e
	}
	args := newTupleN(1)
	args.items[0] = arg
	return &Exception{typ: t, args: args, cause: None, context: None, recyclable: true}
}

// Errorf returns an exception of type t with a formatted message.
func Errorf(t *Type, format string, a ...any) error {
	return NewException(t, String(fmt.Sprintf(format, a...)))
}

// errorFromCause returns, for err a Python exception, an exception of
// type t with a formatted message, caused by err (CPython's
// _PyErr_FormatFromCause); any other error is returned unchanged.
func errorFromCause(err error, t *Type, format string, a ...any) error {
	cause, ok := err.(*Exception)
	if !ok {
		return err
	}
	return withCause(NewException(t, String(fmt.Sprintf(format, a...))), cause)
}

// withCause makes cause the explicit cause (and the context) of e.
func withCause(e, cause *Exception) *Exception {
	e.cause = Obj(cause)
	e.context = Obj(cause)
	e.suppressContext = true
	return e
}

func excStrNoThread(e *Exception) string {
	if s, ok, err := osErrorStr(e, func(v Value) (string, error) { return strNoThread(v), nil },
		func(v Value) (string, error) { return reprNoThread(v), nil }); ok && err == nil {
		return s
	}
	switch len(e.args.items) {
	case 0:
		return ""
	case 1:
		if s, ok := e.args.items[0].o.(*Str); ok {
			if e.typ.IsSubtype(KeyErrorType) {
				return reprNoThread(e.args.items[0])
			}
			return s.s
		}
		return reprNoThread(e.args.items[0])
	}
	return reprNoThread(Obj(e.args))
}

// osErrorFields returns the errno, strerror and filename (Null if unset)
// of an OSError; ok is false for other exceptions.
func osErrorFields(e *Exception) (errno, strerror, filename Value, ok bool) {
	if !e.typ.IsSubtype(OSErrorType) {
		return Null, Null, Null, false
	}
	return e.field(osErrno), e.field(osStrerror), e.field(osFilename), true
}

// osErrorStr is OSError.__str__ when the errno and strerror or a filename
// are set ("[Errno 2] No such file: 'f'"); ok is false otherwise, where
// the message is BaseException's.
func osErrorStr(e *Exception, str, repr func(Value) (string, error)) (s string, ok bool, err error) {
	errno, strerror, filename, isOS := osErrorFields(e)
	if !isOS {
		return "", false, nil
	}
	orNone := func(v Value) Value {
		if v.o == nil {
			return None
		}
		return v
	}
	if filename.o == nil {
		if errno.o == nil || strerror.o == nil {
			return "", false, nil
		}
		en, err := str(errno)
		if err != nil {
			return "", true, err
		}
		msg, err := str(strerror)
		return "[Errno " + en + "] " + msg, true, err
	}
	parts := []Value{orNone(errno), orNone(strerror), filename}
	if f2 := e.field(osFilename2); f2.o != nil {
		parts = append(parts, f2)
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		if i < 2 {
			out[i], err = str(p)
		} else {
			out[i], err = repr(p)
		}
		if err != nil {
			return "", true, err
		}
	}
	s = "[Errno " + out[0] + "] " + out[1] + ": " + out[2]
	if len(out) == 4 {
		s += " -> " + out[3]
	}
	return s, true, nil
}

func strNoThread(v Value) string {
	if s, ok := v.o.(*Str); ok {
		return s.s
	}
	return reprNoThread(v)
}

// reprNoThread renders simple values without running Python code.
func reprNoThread(v Value) string {
	s, err := (*Thread)(nil).Repr(v)
	if err != nil {
		return "<object>"
	}
	return s
}

// asException converts an error to an *Exception.
func asException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return NewException(SystemErrorType, String(err.Error()))
}

// Builtin exception types.
var (
	BaseExceptionType,
	SystemExitType,
	KeyboardInterruptType,
	GeneratorExitType,
	ExceptionType,
	StopIterationType,
	StopAsyncIterationType,
	ArithmeticErrorType,
	FloatingPointErrorType,
	OverflowErrorType,
	ZeroDivisionErrorType,
	AssertionErrorType,
	AttributeErrorType,
	BufferErrorType,
	EOFErrorType,
	ImportErrorType,
	ModuleNotFoundErrorType,
	LookupErrorType,
	IndexErrorType,
	KeyErrorType,
	MemoryErrorType,
	NameErrorType,
	UnboundLocalErrorType,
	OSErrorType,
	FileNotFoundErrorType,
	FileExistsErrorType,
	PermissionErrorType,
	ReferenceErrorType,
	RuntimeErrorType,
	NotImplementedErrorType,
	RecursionErrorType,
	SyntaxErrorType,
	IndentationErrorType,
	TabErrorType,
	SystemErrorType,
	TypeErrorType,
	ValueErrorType,
	UnicodeErrorType,
	UnicodeDecodeErrorType,
	UnicodeEncodeErrorType,
	WarningType,
	UserWarningType,
	DeprecationWarningType,
	PendingDeprecationWarningType,
	SyntaxWarningType,
	RuntimeWarningType,
	FutureWarningType,
	ImportWarningType,
	UnicodeWarningType,
	BytesWarningType,
	ResourceWarningType,
	EncodingWarningType,
	BaseExceptionGroupType,
	ExceptionGroupType,
	TimeoutErrorType,
	ConnectionErrorType,
	InterruptedErrorType,
	IsADirectoryErrorType,
	NotADirectoryErrorType,
	BlockingIOErrorType,
	BrokenPipeErrorType,
	ChildProcessErrorType,
	ConnectionAbortedErrorType,
	ConnectionRefusedErrorType,
	ConnectionResetErrorType,
	ProcessLookupErrorType,
	UnicodeTranslateErrorType *Type
)

// exceptionTypes lists the builtin exceptions in the order they are
// installed in builtins.
var exceptionTypes []*Type

func newExcType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	t.hasDict = true
	exceptionTypes = append(exceptionTypes, t)
	return t
}

func initExceptionTypes() {
	BaseExceptionType = newExcType("BaseException", ObjectType)
	BaseExceptionType.layout = BaseExceptionType
	b := BaseExceptionType
	SystemExitType = newExcType("SystemExit", b)
	KeyboardInterruptType = newExcType("KeyboardInterrupt", b)
	GeneratorExitType = newExcType("GeneratorExit", b)
	ExceptionType = newExcType("Exception", b)
	e := ExceptionType
	StopIterationType = newExcType("StopIteration", e)
	StopAsyncIterationType = newExcType("StopAsyncIteration", e)
	ArithmeticErrorType = newExcType("ArithmeticError", e)
	FloatingPointErrorType = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType = newExcType("AssertionError", e)
	AttributeErrorType = newExcType("AttributeError", e)
	BufferErrorType = newExcType("BufferError", e)
	EOFErrorType = newExcType("EOFError", e)
	ImportErrorType = newExcType("ImportError", e)
	ModuleNotFoundErrorType = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType = newExcType("LookupError", e)
	IndexErrorType = newExcType("IndexError", LookupErrorType)
	KeyErrorType = newExcType("KeyError", LookupErrorType)
	MemoryErrorType = newExcType("MemoryError", e)
	NameErrorType = newExcType("NameError", e)
	UnboundLocalErrorType = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType = newExcType("OSError", e)
	FileNotFoundErrorType = newExcType("FileNotFoundError", OSErrorType)
	FileExistsErrorType = newExcType("FileExistsError", OSErrorType)
	PermissionErrorType = newExcType("PermissionError", OSErrorType)
	TimeoutErrorType = newExcType("TimeoutError", OSErrorType)
	ConnectionErrorType = newExcType("ConnectionError", OSErrorType)
	InterruptedErrorType = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType = newExcType("NotADirectoryError", OSErrorType)
	BlockingIOErrorType = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType = newExcType("ChildProcessError", OSErrorType)
	ProcessLookupErrorType = newExcType("ProcessLookupError", OSErrorType)
	BrokenPipeErrorType = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType = newExcType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType = newExcType("ConnectionResetError", ConnectionErrorType)
	ReferenceErrorType = newExcType("ReferenceError", e)
	RuntimeErrorType = newExcType("RuntimeError", e)
	NotImplementedErrorType = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType = newExcType("RecursionError", RuntimeErrorType)
	SyntaxErrorType = newExcType("SyntaxError", e)
	IndentationErrorType = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType = newExcType("TabError", IndentationErrorType)
	SystemErrorType = newExcType("SystemError", e)
	TypeErrorType = newExcType("TypeError", e)
	ValueErrorType = newExcType("ValueError", e)
	UnicodeErrorType = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType = newExcType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType = newExcType("UnicodeTranslateError", UnicodeErrorType)
	WarningType = newExcType("Warning", e)
	UserWarningType = newExcType("UserWarning", WarningType)
	DeprecationWarningType = newExcType("DeprecationWarning", WarningType)
	PendingDeprecationWarningType = newExcType("PendingDeprecationWarning", WarningType)
	SyntaxWarningType = newExcType("SyntaxWarning", WarningType)
	RuntimeWarningType = newExcType("RuntimeWarning", WarningType)
	FutureWarningType = newExcType("FutureWarning", WarningType)
	ImportWarningType = newExcType("ImportWarning", WarningType)
	UnicodeWarningType = newExcType("UnicodeWarning", WarningType)
	BytesWarningType = newExcType("BytesWarning", WarningType)
	ResourceWarningType = newExcType("ResourceWarning", WarningType)
	EncodingWarningType = newExcType("EncodingWarning", WarningType)
	BaseExceptionGroupType = newExcType("BaseExceptionGroup", b)
	ExceptionGroupType = newExcType("ExceptionGroup", BaseExceptionGroupType)
	ExceptionGroupType.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	ExceptionGroupType.computeMRO()
	ExceptionType.subs = append(ExceptionType.subs, ExceptionGroupType)
}
