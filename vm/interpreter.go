package vm

// The Interpreter (one per embedding) and its Thread of execution.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"
	"weak"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/codecache"
	"github.com/pyjit/pyjit/vm/compile"
	"github.com/pyjit/pyjit/vm/syntax"
)

// Options configure a new interpreter.
type Options struct {
	Stdout, Stderr io.Writer
	// Stdin is what sys.stdin and input() read, as UTF-8 text. With nil
	// the script's standard input is empty: input() raises EOFError.
	Stdin io.Reader
	// WarnOptions are sys.warnoptions (python3's -W options) and XOptions
	// sys._xoptions ("name" or "name=value", python3's -X options).
	WarnOptions, XOptions []string
	// Executable is sys.executable, the absolute path of the program
	// running the script ("" when there is none, as for an embedded
	// interpreter).
	Executable string
	// Unbuffered writes the script's output at once rather than when a
	// buffer fills or the program ends (python3's -u).
	Unbuffered bool
	// PanicTrace, if set, receives the Go stack of every interpreter bug
	// that runGuarded turns into "SystemError: pyjit internal error".
	PanicTrace io.Writer
	Argv       []string
	// OrigArgv is sys.orig_argv, the command line the process started
	// with; when nil, "pyjit" followed by Argv.
	OrigArgv []string
	Path     []string // module search path (the script's directory, PYTHONPATH)
	// RecursionLimit defaults to 1000.
	RecursionLimit int
	// NestingLimit bounds how deeply Go code may nest on the Go stack:
	// calls from builtins and special methods back into Python, iterators
	// wrapping iterators, recursion over nested containers. Python code
	// cannot raise it (sys.setrecursionlimit does not); past it a script
	// gets RecursionError rather than exhausting Go's stack. Defaults to
	// DefaultNestingLimit; each level takes a few kilobytes of Go stack.
	NestingLimit int
	// MaxRecursionLimit, if positive, is the most sys.setrecursionlimit
	// can set: a larger request sets this. Hosts running untrusted
	// scripts set it to keep their depth bound.
	MaxRecursionLimit int
	// StepLimit, if positive, stops a Run after that many steps (loop
	// iterations and calls of Python functions) with a *LimitError.
	StepLimit int64
	// MemoryLimit, if positive, stops a Run whose heap grows by more than
	// that many bytes with a *LimitError. The heap is the process's Go
	// heap, measured every millisecond and after a collection when over
	// the limit; a single allocation the script sizes (`"x" * n`) is
	// checked before it is made.
	MemoryLimit int64
	// FS is the file system that imports, open() and tracebacks read. With
	// nil the script has no file access: it can import only the bundled
	// library and modules its host defines. Only HostFS also grants the
	// posix module's calls on the host.
	FS fs.FS
	// Stdlib, if set, holds CPython 3.11's standard library (what a
	// lib/python3.11 directory holds), read-only and whatever FS grants:
	// imports find there the modules pyjit neither implements in Go nor
	// bundles. It comes on sys.path after Path, as StdlibDir, and pyjit's
	// own modules are found before it.
	Stdlib fs.FS
	// StdlibDir names Stdlib on sys.path and in its modules' __file__;
	// "<stdlib>" when empty.
	StdlibDir string
	// CodeCache, if set, keeps the compiled code of imported modules
	// between imports (see package codecache).
	CodeCache codecache.Cache
	// DontWriteBytecode starts sys.dont_write_bytecode true: imports read
	// CodeCache but do not add to it.
	DontWriteBytecode bool
	// Inspect is python3's -i: sys.flags.inspect and sys.flags.interactive
	// are 1. Quiet is -q: sys.flags.quiet is 1.
	Inspect, Quiet bool
	// Flags are the other flags of python3's command line (sys.flags).
	Flags Flags
	// IOEncoding is "encoding[:errors]", python3's PYTHONIOENCODING: the
	// encoding of sys.stdin, sys.stdout and sys.stderr and the error
	// handler of the first two (strict when only an encoding is given).
	// Empty, they use UTF-8 with surrogateescape.
	IOEncoding string
	// ImportTime, if set, receives python3's -X importtime report: a
	// line for each module imported, with the microseconds it took.
	ImportTime io.Writer
}

// Interpreter is an isolated Python runtime.
type Interpreter struct {
	builtins          *Dict
	builtinsModule    *Module // sys.modules["builtins"]
	modules           *Dict
	recursionLimit    int
	maxStrDigits      int // sys.get_int_max_str_digits() (0: no limit)
	maxRecursionLimit int // bound on sys.setrecursionlimit (0: none)
	nestingLimit      int
	stdout            *bufio.Writer
	stderr            io.Writer
	rawStdout         io.Writer
	executable        string                              // sys.executable
	warnOptions       []string                            // -W
	xOptions          []string                            // -X
	unbuffered        bool                                // -u
	stdin             *bufio.Reader                       // sys.stdin's bytes
	stdinFile         *os.File                            // the file behind stdin, if it is one
	stdinSource       io.Reader                           // what stdin buffers: stdinFile, or what makes its reads interruptible
	readLine          func(prompt string) (string, error) // input()'s line editor (SetReadLine)
	argv              []string
	origArgv          []string
	path              []string
	main              *Thread
	stepLimit         int64
	memoryLimit       int64
	heapBase          uint64       // heap size when the current Run began
	memTrigger        atomic.Int64 // heap growth at which the watcher checks the limit
	running           int          // nesting of Run
	fsys              fs.FS
	codeCache         codecache.Cache
	noWriteBytecode   bool  // initial sys.dont_write_bytecode
	inspect, quiet    bool  // sys.flags.inspect (and interactive), sys.flags.quiet
	flags             Flags // the rest of sys.flags
	stdio             stdioEncoding
	importTime        *importTimer // -X importtime, or nil
	cacheStats        CodeCacheStats
	weakrefs          weakRegistry
	signals           signalState
	socketState               // _socket's default timeout
	auditHooks        []Value // sys.addaudithook's hooks, called by sys.audit
	stdlib            fs.FS   // CPython's standard library, or nil
	stdlibDir         string  // its name on sys.path
	nativeModules     map[string]func(*Thread) (*Module, error)
	ctx               context.Context
	spec              Specializer          // tier-1 hook (nil: plain interpreter)
	sampler           Sampler              // receives stacks requested by RequestSample
	stats             *SpecStats           // tier-1 statistics, when collected
	sources           map[string][]string  // source lines for tracebacks
	warn              *warnState           // the warnings machinery, once used
	builtinSubs       map[*Type]*weakTypes // classes this interpreter derived from builtin types
	panicTrace        io.Writer
	importFunc        Value           // builtins.__import__ as created
	foreign           foreignBuiltins // __builtins__ that are not dicts
	globalsOwners     map[*Dict]Value // the dict subclass instances code runs with as globals, by their dicts
	ucnLoaded         bool            // unicodedata was imported for a \N{...} escape (nameEscapes)
	codecReg          codecRegistry   // codec search functions and error handlers
	fin               finalizerQueue  // objects to finalize (finalize.go)
	prompt            promptState     // the ration of prompt collections (promptfinal.go)
	finalizing        bool            // Finalize ran the atexit functions
	local             *time.Location  // time.tzset's zone; nil for the host's
	gc                gcState         // what the gc module was told
	atexit            []atexitEntry   // functions registered with atexit
	ast               *astState       // the _ast classes, once made
	csv               *csvState       // the last _csv module's registry and limit
	imp               impState        // the import lock and the link to importlib
	abcVersion        uint64          // _abc's invalidation counter (get_cache_token)
	gil               *gil            // the global interpreter lock, once a thread started (gil.go)
	threads           threadSet       // the threads started, running or not yet ended
	switchNanos       atomic.Int64    // sys.setswitchinterval's interval in nanoseconds (0: the default)
	steps             int64           // steps the running script took, all threads together, under a step limit
}

// Thread is the execution state of one Python thread: its frame chain,
// value stack and handled-exception state.
type Thread struct {
	interp *Interpreter
	// agFirstIter and agFinalizer are the sys.set_asyncgen_hooks hooks
	// (Null or None when unset).
	agFirstIter, agFinalizer Value
	// coroOriginDepth is sys.set_coroutine_origin_tracking_depth's depth.
	coroOriginDepth int
	// bytesSource is set while compile() compiles a bytes source that
	// declares no encoding (bytesOffsets).
	undeclaredBytes bool
	frame           *Frame
	depth           int
	goDepth         int // levels of Go-stack recursion (enterGo)
	// builtinDunder is the innermost builtin special method callDunder
	// is running (see callDunder).
	builtinDunder dunderCall
	stack         []Value
	stackTop      int
	savedStacks   []savedStack
	spareStack    []Value // the last chunk released, kept for the next one
	framePool     []*Frame
	// genPool holds finished generators, with their frames, that nothing
	// else refers to, by frame size class (see recycleGen).
	genPool [genClasses][]*Generator
	// slotPool holds the slot arrays of generators that ended (see
	// releaseGenSlots), by genPool class.
	slotPool [genClasses][][]Value
	// excFree and tbFree are an exception from newLookupError and a
	// traceback entry with its frame object that forgetHandled found to be
	// garbage, kept for the next ones (see recycleHandled).
	excFree *Exception
	tbFree  *Traceback
	// jsonScratch is the memory _json's encoder and scanner work in, kept
	// for their next call (see jsonEncoderCall, newJSONDecoding).
	jsonScratch *jsonScratch
	// srePoll is the poll function of the regular expression states this
	// thread runs, made once (see sreState).
	srePoll func() error
	// sink takes the values that the generator frame sinkFrame yields
	// while a builtin drains it (see drainGen).
	sink      *genSink
	sinkFrame *Frame
	sinks     []*genSink // the pool of takeSink, sinkDepth of them in use
	sinkDepth int
	// stopRaised is the StopIteration an iterator's __next__ raised to
	// end a FOR_ITER under a trace function, which CPython reports as an
	// exception event in the loop's frame (see Next).
	stopRaised *Exception
	// argStack holds argument lists that Go code assembles for a call
	// (self, then the caller's arguments) while the call runs (see
	// pushArgs).
	argStack []Value
	// cellTuple is the tuple of cells BUILD_TUPLE makes for the
	// MAKE_FUNCTION that follows it, which copies them out.
	cellTuple struct {
		t Tuple
		a [4]Value
	}
	// sliceIters holds exhausted iterators of slices made for them alone,
	// with their lists (see sliceIter).
	sliceIters []*listIter
	// loopIters holds exhausted iterators of for loops over lists (see
	// loopIter).
	loopIters []*listIter
	// fnPool holds the functions of recycled generator expressions, by
	// number of closure cells (see genexprFunction).
	fnPool [3][]*Function
	// setPool holds sets that len() measured and dropped (see lenOnlySet).
	setPool []*Set
	// sliceScratch is a list reused for slices that are only assigned to
	// slices; scratchFrame is the frame whose stack holds it, nil when it
	// is free (see sliceToScratch).
	sliceScratch *List
	scratchFrame *Frame
	// bigTemp holds the big-int arithmetic's operands and intermediate
	// results that do not outlive one operation (see bigfast.go).
	bigTemp bigTemp
	// context is the current contextvars.Context, nil until first needed.
	context *Context
	// plainTruth is the version tag of the class last found to define
	// neither __bool__ nor __len__ (see Truth).
	plainTruth uint32
	// excInfo is the exception the innermost running generator (or, outside
	// generators, the thread) is handling; PUSH_EXC_INFO and POP_EXCEPT
	// update it. excOuter holds the states of the code that resumed each
	// running generator, outermost first (CPython's exc_info chain); see
	// handledException.
	excInfo   Value
	excOuter  []Value
	reprStack []Object
	interrupt atomic.Int32 // interrupt* bits, set asynchronously; checked by the loop
	// wake gets a token when interrupt bits are raised, to end a lock's
	// wait (see raise).
	wake chan struct{}
	// id is the thread's get_ident() and nativeID its get_native_id() (0
	// for the main thread: see ident); sentinel is the lock _set_sentinel
	// gave it, released when it ends.
	id, nativeID int64
	sentinel     *ThreadLock
	stop         *LimitError                 // the limit that stopped the run: the thread ends with it
	locals       []weak.Pointer[ThreadLocal] // the _local objects the thread has a dict in
	sampleBuf    []FrameInfo
	// samplesDue counts the sample requests not answered yet: requests
	// made while the thread runs one call of a function implemented in Go
	// are answered together when it returns (see reportSamples).
	samplesDue atomic.Int32
	ticks      uint32      // iterations of Go loops, for tick
	spec       Specializer // copied from the interpreter for the loop
	jit        JIT         // tier 2, on the main thread only
	// hooks holds the trace and profile functions (trace.go); nil when
	// neither is installed.
	hooks *traceHooks
	// inHook is set while a trace or profile function runs: its own code
	// reports no events.
	inHook bool
	// tracingWhat is the event the trace function being called reports
	// (CPython's tstate->tracing_what), which decides whether it may
	// set f_lineno.
	tracingWhat string
	// exArgs and exNames are reused by CALL_FUNCTION_EX to hand a Python
	// function its arguments in vector form.
	exArgs  []Value
	exNames []string
	stats   *SpecStats
}

// maxStrDigits is the interpreter's limit on int/str conversion digits
// (0: none); without a thread, CPython's default.
func (th *Thread) maxStrDigits() int {
	if th == nil {
		return defaultMaxStrDigits
	}
	return th.interp.maxStrDigits
}

// literalDigitLimit is the limit on the digits of int literals in the
// compiler's terms (negative: none).
func (in *Interpreter) literalDigitLimit() int {
	if in.maxStrDigits == 0 {
		return -1
	}
	return in.maxStrDigits
}

// New creates an interpreter.
func New(opts Options) *Interpreter {
	initTypes()
	in := &Interpreter{recursionLimit: 1000, maxStrDigits: defaultMaxStrDigits, modules: NewDict(), stepLimit: opts.StepLimit,
		memoryLimit: opts.MemoryLimit, fsys: opts.FS}
	if opts.RecursionLimit > 0 {
		in.recursionLimit = opts.RecursionLimit
	}
	in.nestingLimit = DefaultNestingLimit
	if opts.NestingLimit > 0 {
		in.nestingLimit = opts.NestingLimit
	}
	if opts.MaxRecursionLimit > 0 {
		in.maxRecursionLimit = max(opts.MaxRecursionLimit, in.recursionLimit)
	}
	in.panicTrace = opts.PanicTrace
	in.codeCache, in.noWriteBytecode = opts.CodeCache, opts.DontWriteBytecode
	in.inspect, in.quiet = opts.Inspect, opts.Quiet
	in.rawStdout = opts.Stdout
	if in.rawStdout == nil {
		in.rawStdout = os.Stdout
	}
	in.stdout = bufio.NewWriterSize(in.rawStdout, 1<<16)
	stdin := opts.Stdin
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	in.stdinFile, _ = stdin.(*os.File)
	if in.stdinFile != nil {
		stdin = interruptibleStdin(in.stdinFile, in)
	}
	in.stdinSource = stdin
	in.stdin = bufio.NewReader(stdin)
	in.stderr = opts.Stderr
	if in.stderr == nil {
		in.stderr = os.Stderr
	}
	in.argv = opts.Argv
	in.origArgv = opts.OrigArgv
	in.warnOptions, in.xOptions, in.unbuffered = opts.WarnOptions, opts.XOptions, opts.Unbuffered
	in.executable = opts.Executable
	in.flags = opts.Flags
	in.stdio = parseIOEncoding(opts.IOEncoding)
	if opts.ImportTime != nil {
		in.importTime = &importTimer{w: opts.ImportTime, flush: in.Flush}
	}
	for _, x := range opts.XOptions {
		if v, ok := strings.CutPrefix(x, "int_max_str_digits="); ok {
			if n, err := strconv.Atoi(v); err == nil && (n == 0 || n >= strDigitsCheckThreshold) {
				in.flags.IntMaxStrDigits, in.flags.IntMaxStrDigitsSet = n, true
			}
		}
	}
	if in.flags.IntMaxStrDigitsSet {
		in.maxStrDigits = in.flags.IntMaxStrDigits
	}
	in.path = opts.Path
	if opts.Stdlib != nil {
		in.stdlib, in.stdlibDir = opts.Stdlib, opts.StdlibDir
		if in.stdlibDir == "" {
			in.stdlibDir = "<stdlib>"
		}
		in.path = append(slices.Clip(in.path), in.stdlibDir)
	}
	in.main = &Thread{interp: in, stack: make([]Value, firstStackChunk), excInfo: None, wake: make(chan struct{}, 1)}
	in.builtins = newBuiltinsDict()
	in.builtins.SetStr("__debug__", Bool(in.flags.Optimize == 0))
	in.importFunc, _ = in.builtins.GetStr("__import__")
	in.nativeModules = nativeModules()
	in.builtinsModule = &Module{Name: "builtins", Dict: in.builtins, native: true}
	in.modules.SetStr("builtins", Obj(in.builtinsModule))
	return in
}

// Thread returns the interpreter's main thread.
func (in *Interpreter) Thread() *Thread { return in.main }

// Flush writes buffered output.
func (in *Interpreter) Flush() { in.stdout.Flush() }

// Interrupt asks the running program to raise KeyboardInterrupt at the
// next safe point.
func (in *Interpreter) Interrupt() { in.DeliverSignal(int(syscall.SIGINT)) }

// checkInterrupt handles the interrupt bits at a safe point.
func (th *Thread) checkInterrupt() error { return th.checkInterruptN(1) }

// checkInterruptN is checkInterrupt for steps steps at once.
func (th *Thread) checkInterruptN(steps int64) error {
	flag := th.interrupt.And(^(interruptSample | interruptKeyboard | interruptGIL))
	if flag&interruptLimits != 0 {
		if err := th.limitInterruptN(flag, steps); err != nil {
			return err
		}
	}
	if flag&interruptSample != 0 && th.interp.sampler != nil {
		th.reportSamples(th.stackInfo())
	}
	if flag&interruptKeyboard != 0 {
		if err := th.runSignalHandlers(); err != nil {
			return err
		}
	}
	if flag&interruptFinalize != 0 {
		th.interrupt.And(^interruptFinalize)
		if err := th.runFinalizers(); err != nil {
			return err
		}
	}
	if flag&interruptGIL != 0 {
		th.yieldGIL()
	}
	return nil
}

// Compile compiles source into a code object, at the interpreter's
// optimization level (Flags.Optimize).
func (in *Interpreter) Compile(filename string, src []byte, mode compile.Mode) (*CodeObj, error) {
	return in.compileAt(filename, src, mode, in.flags.Optimize)
}

// compileAt is Compile at optimization level optimize.
func (in *Interpreter) compileAt(filename string, src []byte, mode compile.Mode, optimize int) (*CodeObj, error) {
	co, err := compile.CompileWith(filename, src, mode, in.compileOptions(filename, optimize))
	if err != nil {
		return nil, in.syntaxErrorFrom(err)
	}
	return in.compiled(filename, src, co)
}

// compileAllowingIncomplete is compileAt for compile() with
// PyCF_ALLOW_INCOMPLETE_INPUT: a syntax error that more lines of input
// could remove is the SyntaxError "incomplete input", as CPython's parser
// raises it when its tokenizer reached the end of the source.
func (in *Interpreter) compileAllowingIncomplete(filename string, src []byte, mode compile.Mode, optimize int) (*CodeObj, error) {
	co, err := compile.CompileWith(filename, src, mode, in.compileOptions(filename, optimize))
	se, isSyntax := err.(*syntax.Error)
	if isSyntax && strings.HasPrefix(se.Msg, "unterminated string literal") &&
		(bytes.HasSuffix(src, []byte("\\\n")) || mode == compile.SingleMode && len(src) > 0 &&
			src[len(src)-1] != '\n' && se.Line == 1+bytes.Count(src, []byte{'\n'})) {
		// A string left open on the last line stops at the end of the
		// input when a backslash continues it, or in the single mode,
		// which adds no newline after the last line.
		se.AtEnd = true
	}
	if isSyntax && se.AtEnd {
		inc := *se
		inc.Msg, inc.Kind, inc.EndLine, inc.EndCol = "incomplete input", "SyntaxError", se.Line, -1
		err = &inc
	}
	if err != nil {
		return nil, in.syntaxErrorFrom(err)
	}
	return in.compiled(filename, src, co)
}

// compileOptions are the compiler's options for code of file filename
// this interpreter runs, at optimization level optimize.
func (in *Interpreter) compileOptions(filename string, optimize int) compile.Options {
	th := in.current()
	return compile.Options{Check: th.checkInterrupt, RecursionLimit: in.recursionLimit, Depth: th.depth,
		IntDigitLimit: in.literalDigitLimit(), Fold: th.foldConstants, Optimize: optimize,
		Warn: in.compileWarner(filename), NameEscapes: th.nameEscapes}
}

// nameEscapes reports whether \N{...} escapes can be decoded, as CPython
// finds out the first time it decodes one: by importing unicodedata
// (whose names pyjit holds natively), which fails when
// sys.modules["unicodedata"] is None. Once it succeeded, it is not asked
// again.
func (th *Thread) nameEscapes() bool {
	in := th.interp
	if in.ucnLoaded {
		return true
	}
	if _, err := th.importModule("unicodedata"); err != nil {
		return false
	}
	in.ucnLoaded = true
	return true
}

// compileFile compiles the source of a file (a script or a module) as
// Compile does, decoding it first when it declares an encoding other than
// UTF-8 (PEP 263), as compile() does with bytes.
func (in *Interpreter) compileFile(filename string, src []byte) (*CodeObj, error) {
	// A cookie after a UTF-8 byte order mark must name UTF-8:
	// decodeSource checks that too.
	if enc := sourceCoding(src); (enc != "" && enc != "utf-8") || bytes.HasPrefix(src, utf8BOM) {
		text, err := in.current().decodeSource(src, filename)
		if err != nil {
			return nil, err
		}
		src = text
	}
	return in.Compile(filename, src, compile.ExecMode)
}

// NewModule creates a module registered in sys.modules. Its __builtins__
// is, as in CPython, the builtins module for __main__ and the builtins
// dict for the others.
func (in *Interpreter) NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", String(name))
	m.Dict.SetStr("__doc__", None)
	setModuleImportAttrs(m.Dict)
	if name == "__main__" {
		// CPython gives __main__ an empty __annotations__ before any
		// code runs (pylifecycle.c, add_main_module).
		m.Dict.SetStr("__annotations__", Obj(NewDict()))
		m.Dict.SetStr("__builtins__", Obj(in.builtinsModule))
	} else {
		m.Dict.SetStr("__builtins__", Obj(in.builtins))
	}
	in.modules.SetStr(name, Obj(m))
	return m
}

// RunFile runs a file as the __main__ module.
func (in *Interpreter) RunFile(filename string, src []byte) error {
	return in.runFileIn(filename, src, "", nil, mainScript)
}

// mainKind says how the __main__ module came to be: it decides the
// attributes it starts with, as in CPython.
type mainKind uint8

const (
	mainScript  mainKind = iota // a file or standard input: __file__, __cached__
	mainModule                  // -m, a directory or zip file: __spec__ and __package__ too
	mainCommand                 // -c: no __file__
)

// runFileIn runs a file as the __main__ module of package pkg ("" for
// none): c, its code compiled earlier, or its source src compiled now.
// A module (not a script) has __package__ pkg even when it is "".
func (in *Interpreter) runFileIn(filename string, src []byte, pkg string, c *code.Code, kind mainKind) error {
	var co *CodeObj
	var err error
	if c != nil {
		if co, err = in.compiled(filename, src, c); err != nil {
			return err
		}
	} else if kind == mainScript && isPycFile(filename, src) {
		if co, err = in.main.pycCode(src); err != nil {
			return err
		}
	} else if co, err = in.compileFile(filename, src); err != nil {
		return err
	}
	m := in.NewModule("__main__")
	if kind != mainCommand {
		m.Dict.SetStr("__file__", String(filename))
		m.Dict.SetStr("__cached__", None)
	}
	module := kind == mainModule
	if module || pkg != "" {
		m.Dict.SetStr("__package__", String(pkg))
	}
	if module {
		if err := in.main.setMainSpec(m, pkg, filename); err != nil {
			return err
		}
	}
	m.initializing = true
	_, err = in.main.ExecCode(co, m.Dict, m.Dict)
	m.initializing = false
	return err
}

// pycMagic is CPython 3.11's .pyc magic number (importlib's MAGIC_NUMBER),
// which the .pyc files written by py_compile and compileall start with.
var pycMagic = []byte{0xa7, 0x0d, '\r', '\n'}

// isPycFile reports whether a script is compiled code rather than source,
// as CPython decides (maybe_pyc_file): by its name, or by the first half
// of the magic number.
func isPycFile(filename string, src []byte) bool {
	return strings.HasSuffix(filename, ".pyc") || bytes.HasPrefix(src, pycMagic[:2])
}

// pycCode returns the code of a .pyc file's contents: a 16-byte header
// (magic number, flags, and the source's time and size or hash), then
// the marshalled code object.
func (th *Thread) pycCode(data []byte) (*CodeObj, error) {
	if !bytes.HasPrefix(data, pycMagic) {
		return nil, Errorf(RuntimeErrorType, "Bad magic number in .pyc file")
	}
	if len(data) < 16 {
		return nil, marshalEOF()
	}
	r := &marshalReader{th: th, data: data[16:]}
	v, err := r.load()
	if err != nil {
		return nil, err
	}
	co, ok := v.o.(*CodeObj)
	if !ok {
		return nil, Errorf(RuntimeErrorType, "Bad code object in .pyc file")
	}
	return co, nil
}

// ExecCode runs a module-level code object with the given namespaces.
func (th *Thread) ExecCode(co *CodeObj, globals, locals *Dict) (Value, error) {
	f := th.allocFrame(co.frameSize)
	clear(f.fast[:co.NLocals])
	f.code = co
	f.globals = globals
	f.locals = locals
	f.localsMap = Null
	f.builtins = th.builtinsFor(globals)
	f.sp = co.NLocals
	f.pc = 0
	f.entry = true
	f.gen = nil
	f.fn = nil
	return th.run(f)
}

// execCodeClosure is ExecCode for exec() and eval(): the code object may
// be a function's, whose cell variables start empty and whose free
// variables are the cells of closure (as many as it has, checked by the
// caller); the locals may be a mapping other than a dict (localsMap, with
// locals nil).
func (th *Thread) execCodeClosure(co *CodeObj, globals, locals *Dict, localsMap Value, closure []*Cell) (Value, error) {
	if len(co.cellArgs)+len(co.cellOnly)+len(closure) == 0 && localsMap.o == nil {
		return th.ExecCode(co, globals, locals)
	}
	f := th.allocFrame(co.frameSize)
	clear(f.fast[:co.NLocals])
	for _, s := range co.cellArgs {
		f.fast[s] = Obj(&Cell{})
	}
	for _, s := range co.cellOnly {
		f.fast[s] = Obj(&Cell{})
	}
	for i, c := range closure {
		f.fast[co.FreeStart+i] = Obj(c)
	}
	f.code = co
	f.globals = globals
	f.locals = locals
	f.localsMap = localsMap
	f.builtins = th.builtinsFor(globals)
	f.sp = co.NLocals
	f.pc = 0
	f.entry = true
	f.gen = nil
	f.fn = nil
	return th.run(f)
}

// syntaxErrorFrom converts a front-end error into a Python SyntaxError.
func (in *Interpreter) syntaxErrorFrom(err error) error {
	se, ok := err.(*syntax.Error)
	if !ok {
		return err
	}
	switch se.Kind { // the compiler's limits
	case "RecursionError":
		return NewException(RecursionErrorType, String(se.Msg))
	case "MemoryError":
		return NewException(MemoryErrorType)
	}
	if th := in.current(); th != nil && th.undeclaredBytes && !se.Tokenizer && !se.FileText {
		se = bytesOffsets(se)
	} else if !utf8.ValidString(se.Text) {
		se = replacedOffsets(se)
	}
	t := SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		t = IndentationErrorType
	case "TabError":
		t = TabErrorType
	}
	text := String(se.Text)
	if se.FileText {
		text = None
		if line, ok := in.sourceLine(se.Filename, se.Line); ok {
			text = String(decodeReplace(line) + "\n")
		}
	}
	e := NewException(t, String(se.Msg), TupleOf(String(se.Filename), Int(int64(se.Line)), Int(int64(se.Col)),
		text, Int(int64(se.EndLine)), Int(int64(se.EndCol))))
	end, endCol := None, None
	if se.EndLine > 0 {
		end, endCol = Int(int64(se.EndLine)), Int(int64(se.EndCol))
	}
	e.fields = []Value{String(se.Msg), String(se.Filename), Int(int64(se.Line)), Int(int64(se.Col)),
		text, end, endCol, Null}
	return e
}

// bytesOffsets is the parser's error se for a bytes source that declares
// no encoding, as CPython reports it: its offsets count bytes (its
// parser converts them to characters only for a known encoding) and its
// text shows each byte that is not UTF-8 as U+FFFD (the line decoded
// with errors="replace").
func bytesOffsets(se *syntax.Error) *syntax.Error {
	c := *se
	if c.Col > 0 {
		c.Col = byteColumn(c.Text, c.Col)
	}
	if c.EndLine == c.Line && c.EndCol > 0 {
		c.EndCol = byteColumn(c.Text, c.EndCol)
	}
	c.Text = decodeReplace(c.Text)
	return &c
}

// replacedOffsets is the error se for a source that declares UTF-8 (or
// has a byte order mark) and holds bytes that are not UTF-8, as CPython
// reports it: the text is the line decoded with errors="replace", and
// the parser's offsets, which it keeps in bytes of the source, become
// the number of characters in that many bytes of the decoded line's
// UTF-8 (so each bad byte before the column, one byte in the source and
// three in U+FFFD's encoding, moves the offset left). The tokenizer's
// own errors keep their character offsets.
func replacedOffsets(se *syntax.Error) *syntax.Error {
	c := *se
	c.Text = decodeReplace(se.Text)
	if !se.Tokenizer && !se.FileText {
		if c.Col > 0 {
			c.Col = charsInPrefix(c.Text, byteColumn(se.Text, se.Col))
		}
		if c.EndLine == c.Line && c.EndCol > 0 {
			c.EndCol = charsInPrefix(c.Text, byteColumn(se.Text, se.EndCol))
		}
	}
	return &c
}

// byteColumn is the 1-based byte offset in text of the 1-based
// character offset col, each byte that is not UTF-8 one character.
func byteColumn(text string, col int) int {
	b := 0
	for n := col - 1; n > 0 && b < len(text); n-- {
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	return b + 1
}

// charsInPrefix is the length of the first n bytes of the UTF-8 text
// decoded with errors="replace": a character cut short counts as one.
func charsInPrefix(text string, n int) int {
	n = min(n, len(text))
	count := 0
	for i := 0; i < n; {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		count++
	}
	return count
}

// decodeReplace is s decoded as UTF-8 with errors="replace", as
// CPython's decoder does it: each maximal invalid subsequence (a lead
// byte and the continuation bytes that may follow it) becomes one
// U+FFFD.
func decodeReplace(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			size = invalidUTF8Len(s[i:])
		}
		sb.WriteRune(r)
		i += size
	}
	return sb.String()
}

// invalidUTF8Len is the length of the maximal invalid subsequence at
// the start of s, which does not start with a valid UTF-8 character.
func invalidUTF8Len(s string) int {
	b := s[0]
	n, lo, hi := 0, byte(0x80), byte(0xBF)
	switch {
	case b >= 0xC2 && b <= 0xDF:
		n = 2
	case b == 0xE0:
		n, lo = 3, 0xA0
	case b == 0xED:
		n, hi = 3, 0x9F
	case b >= 0xE1 && b <= 0xEF:
		n = 3
	case b == 0xF0:
		n, lo = 4, 0x90
	case b == 0xF4:
		n, hi = 4, 0x8F
	case b >= 0xF1 && b <= 0xF3:
		n = 4
	default:
		return 1
	}
	i := 1
	for ; i < n && i < len(s); i++ {
		c := s[i]
		if i > 1 {
			lo, hi = 0x80, 0xBF
		}
		if c < lo || c > hi {
			break
		}
	}
	return i
}

// code flags shorthand used by generators.
const genFlags = code.Generator | code.Coroutine | code.AsyncGenerator

// RunMain runs source as the __main__ module, printing an uncaught
// exception's traceback (other than SystemExit) to stderr. The returned
// error is the uncaught exception, for ExitStatus.
func (in *Interpreter) RunMain(filename string, src []byte) error {
	return in.RunMainInPackage("", filename, src)
}

// RunMainInPackage is RunMain for a module of package pkg run as
// __main__ (python -m pkg.mod): pkg and its parents are imported first,
// and __package__ lets the module's relative imports find them.
func (in *Interpreter) RunMainInPackage(pkg, filename string, src []byte) error {
	kind := mainScript
	if pkg != "" {
		kind = mainModule
	}
	return in.runMain(pkg, filename, src, nil, kind)
}

// RunCommand runs src as the __main__ module the way python3 -c does:
// its code's file name is "<string>" and the module has no __file__.
func (in *Interpreter) RunCommand(src []byte) error {
	return in.runMain("", "<string>", src, nil, mainCommand)
}

// RunMainModule is RunMainInPackage for a module python3 runs as
// __main__ through the import system (-m, a directory or a zip file with
// a __main__.py): __package__ is pkg even when empty, for a top-level
// module, where a script's is None.
func (in *Interpreter) RunMainModule(pkg, filename string, src []byte) error {
	return in.runMain(pkg, filename, src, nil, mainModule)
}

// RunMainCode is RunMainInPackage for code compiled earlier from src (by
// package compile, or loaded from a code cache).
func (in *Interpreter) RunMainCode(filename string, src []byte, c *code.Code) error {
	return in.runMain("", filename, src, c, mainScript)
}

// runMain runs the __main__ module, of package pkg when module is set.
func (in *Interpreter) runMain(pkg, filename string, src []byte, c *code.Code, kind mainKind) error {
	th := in.main
	if _, err := th.importModule("sys"); err != nil {
		return err
	}
	err := in.runGuarded(func() error {
		if c == nil && !(kind == mainScript && isPycFile(filename, src)) {
			if err := scriptEncodingError(filename, src); err != nil {
				return err
			}
		}
		if pkg != "" {
			parts := strings.Split(pkg, ".")
			for i := range parts {
				if _, err := th.importModule(strings.Join(parts[:i+1], ".")); err != nil {
					return err
				}
			}
		}
		return in.runFileIn(filename, src, pkg, c, kind)
	})
	defer in.Flush()
	if err != nil {
		exc := asException(err)
		if !exc.typ.IsSubtype(SystemExitType) {
			// Printing runs Python code (__str__ of the exception and its
			// notes): it runs under the same guard as the script.
			if perr := in.runGuarded(func() error { th.PrintException(exc); return nil }); perr != nil {
				io.WriteString(in.stderr, exc.typ.Name+": <exception str() failed>\n")
			}
		}
		return exc
	}
	return nil
}

// ExitStatus converts the result of RunMain into a process exit status as
// CPython does: SystemExit's code, 1 for other exceptions.
func (in *Interpreter) ExitStatus(err error) int {
	in.Flush()
	if err == nil {
		return 0
	}
	exc, ok := err.(*Exception)
	if !ok {
		return 1
	}
	if !exc.typ.IsSubtype(SystemExitType) {
		return 1
	}
	code := exc.fieldOrNone(0)
	if code.IsNone() {
		return 0
	}
	if code.IsSmallInt() || code.IsBool() {
		return int(int64(code.n)) & 0xff
	}
	var s string
	serr := in.runGuarded(func() (err error) {
		s, err = in.main.Str(code)
		return err
	})
	if serr != nil {
		s = "<exit code>"
	}
	in.main.writeTo(in.sysAttr("stderr"), s+"\n")
	return 1
}

// runGuarded runs f, converting a Go panic (an interpreter bug) into a
// Python SystemError so the process reports it instead of crashing.
func (in *Interpreter) runGuarded(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = Errorf(SystemErrorType, "pyjit internal error: %v", r)
			if in.panicTrace != nil {
				fmt.Fprintf(in.panicTrace, "pyjit internal error: %v\n%s", r, debug.Stack())
			}
			in.main.frame = nil
			in.main.depth = 0
			in.main.goDepth = 0
			in.main.builtinDunder = dunderCall{}
		}
	}()
	return f()
}
