// Command pyjit runs Python programs.
//
//	pyjit run [FLAGS] FILE [ARGS...]   run a program
//	pyjit run [FLAGS] -c CODE          run a string
//	pyjit run [FLAGS] -m MODULE        run a module as __main__
//	pyjit run [FLAGS] [-]              run standard input
//	pyjit [repl [-q]]                  the interactive prompt (pyjit alone: on a terminal)
//	pyjit dis [--adaptive] FILE        print the bytecode of a file
//	pyjit bench [NAMES...]             compare timings with CPython and PyPy
//	pyjit version                      print the version
//
// run flags:
//
//	-B                 do not write compiled modules to the code cache
//	--no-specialize    run the generic interpreter only (tier 1 off)
//	--no-jit           run no native code (tier 2 off; it is on by default on amd64 and arm64)
//	--stats            print tier-1 and tier-2 statistics to stderr
//	--cpuprofile FILE  write a pprof CPU profile of the Python program
//	--profile-rate N   samples per second for --cpuprofile (default 100)
//	--memprofile FILE  write a pprof profile of allocations by Python call site
//	--goprofile FILE   write a CPU profile of the Go runtime
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/pyprofile"
	"github.com/pyjit/pyjit/specialize"
	"github.com/pyjit/pyjit/stdlib"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/codecache"
	"github.com/pyjit/pyjit/vm/compile"
)

const version = "pyjit " + versionNumber + " (Python 3.11 compatible)"

// versionNumber is pyjit's version.
const versionNumber = vm.Version

// heapFloorBytes is the heap size below which the collector does not
// run often: Go paces collections by the live heap (a new cycle when the
// heap doubles), so a program whose live data is a few megabytes but which
// allocates fast (short-lived frames, tuples, iterators) would collect
// hundreds of times a second. PYJIT_HEAP_FLOOR (bytes, 0 for none)
// overrides it.
const heapFloorBytes = 2 << 20

// newHeapFloor returns an allocation that the collector counts as live
// heap but that the program never touches: it raises the pacing target by
// its size while its pages stay unused, so it costs address space, not
// resident memory.
func newHeapFloor() []byte {
	n := heapFloorBytes
	if v, err := strconv.Atoi(os.Getenv("PYJIT_HEAP_FLOOR")); err == nil && v >= 0 {
		n = v
	}
	return make([]byte, n)
}

// init keeps the main goroutine, which runs the script's main thread, on
// the process's main thread, as CPython's main thread is: signals sent to
// the process and its get_native_id() (the process id) are that
// thread's, and the threads the script starts get others.
func init() { runtime.LockOSThread() }

func main() {
	// Go samples one allocation in every 512 KB for its heap profile,
	// walking the stack each time; a program that allocates fast pays for
	// that. --goallocs turns sampling back on.
	runtime.MemProfileRate = 0
	// Near the most memory the process may have, the collector works
	// harder rather than let garbage push a large allocation over it.
	debug.SetMemoryLimit(vm.MemoryCeiling())
	heapFloor := newHeapFloor()
	status := run(os.Args[1:], os.Stdout, os.Stderr)
	runtime.KeepAlive(heapFloor)
	if endedByKeyboardInterrupt {
		exitBySIGINT()
	}
	os.Exit(status)
}

// undecodableCommand is the UnicodeEncodeError CPython reports for a -c
// command that is not UTF-8, or "".
func undecodableCommand(cmd string) string {
	pos := 0
	for i := 0; i < len(cmd); pos++ {
		r, n := utf8.DecodeRuneInString(cmd[i:])
		if r == utf8.RuneError && n == 1 {
			return fmt.Sprintf("UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc%02x' in position %d: surrogates not allowed", cmd[i], pos)
		}
		i += n
	}
	return ""
}

// endedByKeyboardInterrupt records that the program ended with an uncaught
// KeyboardInterrupt, so that main ends the process as CPython does, after
// the deferred work of the commands (profiles, files) is done.
var endedByKeyboardInterrupt bool

func usage(w io.Writer) {
	fmt.Fprint(w, `usage: pyjit <command> [arguments]

commands:
  run FILE [ARGS...]   run a Python program (or -c CODE, -m MODULE, - for stdin)
                       flags: --no-specialize, --no-jit, --stats, --cpuprofile FILE,
                       --memprofile FILE, --profile-rate N, --goprofile FILE
  repl                 the interactive prompt (also pyjit alone, on a terminal)
  dis FILE             disassemble a Python file
                       (--adaptive: run it, then show the specialized bytecode)
  bench [NAMES...]     time benchmark programs against other interpreters
  version              print the version
`)
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		// Like python3: a script on standard input runs; on a terminal,
		// the interactive prompt opens.
		if !stdinIsTerminal() {
			return runCmd(nil, stdout, stderr)
		}
		return replCmd(nil, os.Stdin, stdout, stderr)
	}
	switch args[0] {
	case "run":
		return runCmd(args[1:], stdout, stderr)
	case "repl":
		return replCmd(args[1:], os.Stdin, stdout, stderr)
	case "dis":
		return disCmd(args[1:], stdout, stderr)
	case "bench":
		return benchCmd(args[1:], stdout, stderr)
	case "--version":
		fmt.Fprintln(stdout, pythonVersion)
		return 0
	case "version":
		if len(args) > 1 && args[1] == "--help" {
			fmt.Fprint(stdout, "usage: pyjit version\n\nPrints pyjit's version and the Python version it is compatible with.\n")
			return 0
		}
		fmt.Fprintln(stdout, version)
		return 0
	case "help":
		usage(stdout)
		return 0
	case "-h", "--help", "-?":
		fmt.Fprint(stdout, pythonUsage)
		return 0
	}
	// Anything else is python3's command line: options, then a file,
	// -c, -m or -.
	return pythonCommand(args, stdout, stderr)
}

// runUsage is the help text of `pyjit run`.
const runUsage = `usage: pyjit run [FLAGS] FILE [ARGS...]
       pyjit run [FLAGS] -c CODE [ARGS...]
       pyjit run [FLAGS] -m MODULE [ARGS...]
       pyjit run [FLAGS] [- [ARGS...]]      (the program on standard input)

Runs a Python program as __main__, as python3 does.

flags:
  -B                  do not write the compiled code of imported modules to
                      the code cache (as PYTHONDONTWRITEBYTECODE)
  --no-specialize     run the generic interpreter only (tier 1 off)
  --stats             print tier-1 (and unless --no-jit tier-2) statistics, the
                      code cache's counts and the heap's figures (peak
                      resident set, live heap, allocation, collections) to
                      stderr
  --no-jit            run no native code (tier 2 off); hot loops and calls run
                      as native code by default on amd64 and arm64
  --jit               run hot loops as native code (the default; overrides an
                      earlier --no-jit)
  --jit-threshold N   back edges before a loop is compiled (default 50)
  --jit-log           print each trace's IR and machine code to stderr
  --cpuprofile FILE   write a pprof CPU profile of the Python program
  --profile-rate N    samples per second for --cpuprofile and --memprofile
                      (default 100)
  --memprofile FILE   write a pprof profile of heap allocations by Python
                      call site (go tool pprof -sample_index=alloc_space)
  --goprofile FILE    write a CPU profile of the Go runtime running pyjit
  --goallocs FILE     write a profile of the Go allocations made running the
                      program (go tool pprof -sample_index=alloc_objects),
                      and of what it holds at its end (inuse_space)
  --help              print this help
`

func runCmd(args []string, stdout, stderr io.Writer) int {
	var goprofile, goallocs, cpuprofile, memprofile string
	profileRate := pyprofile.DefaultRate
	specializing, stats, dontWrite := true, false, false
	jitOn, jitLog := true, false
	var jitCfg jit.Config
	for len(args) > 0 && (strings.HasPrefix(args[0], "--") || args[0] == "-B") {
		flag := args[0]
		args = args[1:]
		switch {
		case flag == "-B":
			dontWrite = true
		case flag == "--goprofile" && len(args) > 0:
			goprofile = args[0]
			args = args[1:]
		case strings.HasPrefix(flag, "--goprofile="):
			goprofile = strings.TrimPrefix(flag, "--goprofile=")
		case flag == "--goallocs" && len(args) > 0:
			goallocs = args[0]
			args = args[1:]
		case strings.HasPrefix(flag, "--goallocs="):
			goallocs = strings.TrimPrefix(flag, "--goallocs=")
		case flag == "--cpuprofile" && len(args) > 0:
			cpuprofile = args[0]
			args = args[1:]
		case strings.HasPrefix(flag, "--cpuprofile="):
			cpuprofile = strings.TrimPrefix(flag, "--cpuprofile=")
		case flag == "--memprofile" && len(args) > 0:
			memprofile = args[0]
			args = args[1:]
		case strings.HasPrefix(flag, "--memprofile="):
			memprofile = strings.TrimPrefix(flag, "--memprofile=")
		case flag == "--profile-rate" && len(args) > 0, strings.HasPrefix(flag, "--profile-rate="):
			value := strings.TrimPrefix(flag, "--profile-rate=")
			if value == flag {
				value, args = args[0], args[1:]
			}
			n, err := strconv.Atoi(value)
			if err != nil || n <= 0 {
				fmt.Fprintf(stderr, "pyjit run: --profile-rate wants a positive number of samples per second, not %q\n", value)
				return 2
			}
			profileRate = n
		case flag == "--no-specialize":
			specializing = false
		case flag == "--stats":
			stats = true
		case flag == "--jit":
			jitOn = true
		case flag == "--no-jit":
			jitOn = false
		case flag == "--jit-log":
			jitOn, jitLog = true, true
		case flag == "--jit-threshold" && len(args) > 0, strings.HasPrefix(flag, "--jit-threshold="):
			value := strings.TrimPrefix(flag, "--jit-threshold=")
			if value == flag {
				value, args = args[0], args[1:]
			}
			n, err := strconv.Atoi(value)
			if err != nil || n <= 0 {
				fmt.Fprintf(stderr, "pyjit run: --jit-threshold wants a positive number of back edges, not %q\n", value)
				return 2
			}
			jitCfg.Threshold = n
		case flag == "--help":
			fmt.Fprint(stdout, runUsage)
			return 0
		default:
			fmt.Fprintf(stderr, "pyjit run: unknown flag %s\n", flag)
			fmt.Fprint(stderr, runUsage)
			return 2
		}
	}
	if goprofile != "" {
		f, err := os.Create(goprofile)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	var allocsOut *os.File
	if goallocs != "" {
		f, err := os.Create(goallocs)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		defer f.Close()
		allocsOut = f
		runtime.MemProfileRate = 4096
	}
	prog, status := mainProgram(args, stderr)
	if status != 0 {
		return status
	}
	filename, src, argv, path := prog.filename, prog.src, prog.argv, prog.path
	path = append(path, envPath()...)
	if pyOpts.skipFirst {
		// -x: the first line is not Python; line numbers stay the file's.
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			src = src[i:]
		} else {
			src = nil
		}
	}
	opts := hostOptions(vm.Options{Stdout: stdout, Stderr: stderr, Argv: argv, OrigArgv: os.Args, Path: path,
		WarnOptions: warnOptions(), XOptions: pyOpts.x, Unbuffered: pyOpts.unbuffered,
		Inspect: pyOpts.inspect, Quiet: pyOpts.quiet})
	opts.DontWriteBytecode = opts.DontWriteBytecode || dontWrite || pyOpts.dontWriteBytecode
	if os.Getenv("PYJIT_PANIC_TRACE") != "" {
		opts.PanicTrace = stderr
	}
	var pipe *pipeSource
	if pyOpts.inspect && !lineEditing() {
		// The prompt after the program reads standard input line by line;
		// the program's input() shares it.
		pipe = newPipeSource(os.Stdin, stderr)
		opts.Stdin = pipe.rest()
	} else if pyOpts.inspect {
		// What statements print at the prompt shows at once.
		opts.Unbuffered = true
	}
	in := vm.New(opts)
	if specializing {
		specialize.Install(in)
	}
	var st *vm.SpecStats
	if stats {
		st = in.EnableStats()
	}
	var tier2 *jit.JIT
	if jitOn {
		if jitLog {
			jitCfg.Log = stderr
		}
		if tier2 = jit.Install(in, jitCfg); tier2 != nil {
			defer tier2.Close()
		}
	}
	var prof *pyprofile.Profiler
	var cpuOut, memOut *os.File
	for _, p := range []struct {
		name string
		out  **os.File
	}{{cpuprofile, &cpuOut}, {memprofile, &memOut}} {
		if p.name == "" {
			continue
		}
		f, err := os.Create(p.name)
		if err != nil {
			fmt.Fprintln(stderr, "pyjit:", err)
			return 2
		}
		defer f.Close()
		*p.out = f
	}
	if cpuOut != nil || memOut != nil {
		var err error
		if prof, err = pyprofile.Start(in, profileRate); err != nil {
			fmt.Fprintln(stderr, "pyjit:", err)
			return 2
		}
	}
	// The program has exit, quit, help, copyright, credits and license,
	// as python3's site module gives them.
	installSiteBuiltins(in)
	stopInterrupts := forwardInterrupts(in)
	in.ApplyWarnOptions(context.Background())
	var runErr error
	switch {
	case prog.module:
		runErr = in.RunMainModule(prog.pkg, filename, src)
	case prog.command:
		runErr = in.RunCommand(src)
	default:
		runErr = in.RunMainInPackage(prog.pkg, filename, src)
	}
	if pyOpts.inspect {
		stopInterrupts()
		runErr = inspect(in, runErr, pipe, stderr)
	}
	if allocsOut != nil {
		// Written while the interpreter is alive, so that in-use space
		// is what the program holds at its end.
		runtime.GC()
		pprof.Lookup("allocs").WriteTo(allocsOut, 0)
		runtime.KeepAlive(in)
	}
	// atexit functions and finalizers: their exceptions are reported
	// as they happen and do not change the exit status.
	in.Finalize()
	stopInterrupts()
	status = in.ExitStatus(runErr)
	if cpuOut != nil {
		if err := prof.Write(cpuOut); err != nil {
			fmt.Fprintln(stderr, "pyjit: writing the CPU profile:", err)
			status = max(status, 1)
		}
	}
	if memOut != nil {
		if err := prof.WriteAlloc(memOut); err != nil {
			fmt.Fprintln(stderr, "pyjit: writing the allocation profile:", err)
			status = max(status, 1)
		}
	}
	if st != nil {
		if specializing {
			specialize.Report(stderr, st)
		} else {
			fmt.Fprintln(stderr, "tier 1 specialization: off (--no-specialize)")
		}
	}
	if stats {
		cs := in.CodeCacheStats()
		fmt.Fprintf(stderr, "code cache: %d modules loaded, %d compiled, %d written\n", cs.Loaded, cs.Compiled, cs.Written)
	}
	if stats && tier2 != nil {
		tier2.WriteStats(stderr)
	}
	if stats {
		writeMemoryStats(stderr)
	}
	if exc, ok := runErr.(*vm.Exception); ok && exc.Type() == vm.KeyboardInterruptType {
		endedByKeyboardInterrupt = true
		status = 130
	}
	return status
}

// forwardInterrupts turns SIGINT (Ctrl-C) into KeyboardInterrupt raised in
// the running program (or the call of its SIGINT handler), and delivers
// the other signals the program handles with signal.signal, until the
// returned function is called.
func forwardInterrupts(in *vm.Interpreter) (stop func()) {
	ch := make(chan os.Signal, 4)
	signal.Notify(ch, os.Interrupt)
	// SIGPIPE and SIGXFSZ are ignored, as CPython ignores them: writes
	// fail with EPIPE or EFBIG instead. Caught on a channel nobody reads
	// rather than set to SIG_IGN, they keep their default action in the
	// processes the program starts, as CPython's subprocess restores it.
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE, syscall.SIGXFSZ)
	in.SetSignalHook(func(sig int, action vm.SignalAction) {
		s := syscall.Signal(sig)
		switch action {
		case vm.SignalHandle:
			signal.Notify(ch, s)
		case vm.SignalIgnore:
			signal.Ignore(s)
		default:
			if s == syscall.SIGINT {
				// The program's SIGINT ends it as the system's default
				// action would, through exitBySIGINT.
				signal.Notify(ch, s)
				return
			}
			signal.Reset(s)
		}
	})
	done := make(chan struct{})
	var once sync.Once
	go func() {
		for {
			select {
			case s := <-ch:
				if sig, ok := s.(syscall.Signal); ok {
					in.DeliverSignal(int(sig))
				}
			case <-done:
				return
			}
		}
	}()
	return func() {
		once.Do(func() {
			signal.Stop(ch)
			close(done)
		})
	}
}

// exitBySIGINT ends the process as CPython does after an uncaught
// KeyboardInterrupt: killed by SIGINT, so that shells see status 130. If
// the signal does not end it, main exits with 130 itself.
func exitBySIGINT() {
	signal.Reset(os.Interrupt)
	if p, err := os.FindProcess(os.Getpid()); err == nil {
		p.Signal(os.Interrupt)
		time.Sleep(100 * time.Millisecond)
	}
}

// program is what `pyjit run` runs as __main__.
type program struct {
	filename string   // as tracebacks and __file__ show it
	src      []byte   // source text
	argv     []string // sys.argv
	path     []string // sys.path entries before PYTHONPATH
	pkg      string   // package of a module run with -m, imported first
	// module is set for a program run as a module (-m, a directory or
	// a zip file), whose __package__ is pkg even when empty.
	module bool
	// command is set for -c CODE, whose __main__ has no __file__.
	command bool
}

// mainProgram finds the program that the arguments of `pyjit run` name, as
// CPython's command line does: FILE, -c CODE, -m MODULE, or - (and no
// arguments at all) for standard input. It returns a non-zero exit status
// after printing an error.
func mainProgram(args []string, stderr io.Writer) (program, int) {
	if len(args) == 0 {
		if stdinIsTerminal() {
			fmt.Fprintln(stderr, "usage: pyjit run FILE [ARGS...] | -c CODE | -m MODULE | -")
			return program{}, 2
		}
		args = []string{""}
	}
	switch args[0] {
	case "-c", "-m":
		if len(args) < 2 {
			fmt.Fprintf(stderr, "Argument expected for the %s option\n", args[0])
			fmt.Fprint(stderr, "usage: pyjit run [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `pyjit run --help' for more information.\n")
			return program{}, 2
		}
		if args[0] == "-c" {
			if msg := undecodableCommand(args[1]); msg != "" {
				// CPython decodes the command as its arguments, with
				// surrogateescape, and cannot encode it back for compiling.
				fmt.Fprintf(stderr, "Unable to decode the command from the command line:\n%s\n", msg)
				return program{}, 1
			}
			return program{filename: "<string>", src: []byte(args[1]), argv: append([]string{"-c"}, args[2:]...), path: mainPath(""), command: true}, 0
		}
		return moduleProgram(args[1], args[2:], stderr)
	case "-", "":
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintln(stderr, "pyjit:", err)
			return program{}, 1
		}
		return program{filename: "<stdin>", src: src, argv: args, path: mainPath("")}, 0
	}
	if prog, status, ok := archiveProgram(args[0], args[1:], stderr); ok {
		return prog, status
	}
	filename := args[0]
	src, err := os.ReadFile(filename)
	if err != nil {
		fmt.Fprintf(stderr, "%s: can't open file %s: [Errno 2] No such file or directory\n", progName, quoteName(filename))
		return program{}, 2
	}
	// Like CPython, the main module's code carries the absolute path.
	if abs, err := filepath.Abs(filename); err == nil {
		filename = abs
	}
	return program{filename: filename, src: src, argv: args, path: mainPath(filepath.Dir(filename))}, 0
}

// mainPath is the start of sys.path for a main program: dir, the
// program's directory ("" for the current directory), or nothing under -P
// and PYTHONSAFEPATH.
func mainPath(dir string) []string {
	if pythonFlags().SafePath {
		return nil
	}
	return []string{dir}
}

// moduleProgram finds module name (a dotted path of packages and a module,
// or a package with a __main__ module) under the current directory and
// PYTHONPATH, for -m. Its packages are imported before it runs.
func moduleProgram(name string, rest []string, stderr io.Writer) (program, int) {
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(stderr, "pyjit:", err)
		return program{}, 1
	}
	dirs := mainPath(cwd)
	dirs = append(dirs, envPath()...)
	if dir, ok := stdlib.Find(); ok {
		dirs = append(dirs, dir)
	}
	rel := filepath.Join(strings.Split(name, ".")...)
	for _, dir := range dirs {
		file := filepath.Join(dir, rel+".py")
		pkg := ""
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		}
		if _, err := os.Stat(filepath.Join(dir, rel, "__init__.py")); err == nil {
			file = filepath.Join(dir, rel, "__main__.py")
			pkg = name
			if _, err := os.Stat(file); err != nil {
				fmt.Fprintf(stderr, "%s: No module named %s.__main__; '%s' is a package and cannot be directly executed\n", progName, name, name)
				return program{}, 1
			}
		}
		if src, err := os.ReadFile(file); err == nil {
			abs, _ := filepath.Abs(file)
			return program{filename: abs, src: src, argv: append([]string{abs}, rest...), path: mainPath(cwd), pkg: pkg, module: true}, 0
		}
	}
	fmt.Fprintf(stderr, "%s: No module named %s\n", progName, name)
	return program{}, 1
}

// stdinIsTerminal reports whether standard input is a terminal.
func stdinIsTerminal() bool {
	return isTerminal(os.Stdin)
}

func quoteName(s string) string {
	abs, err := filepath.Abs(s)
	if err != nil {
		abs = s
	}
	return "'" + abs + "'"
}

// disUsage is the help text of `pyjit dis`.
const disUsage = `usage: pyjit dis [--adaptive] FILE

Prints the bytecode of FILE and of the functions and classes in it, in the
style of Python's dis module. With --adaptive, runs FILE first (its output
goes to stderr) and prints the code objects tier 1 specialized, as they
stand at exit, with the contents of their inline caches.
`

func disCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) == 1 && (args[0] == "--help" || args[0] == "-h") {
		fmt.Fprint(stdout, disUsage)
		return 0
	}
	adaptive := len(args) == 2 && args[0] == "--adaptive"
	if adaptive {
		args = args[1:]
	}
	if len(args) != 1 {
		fmt.Fprint(stderr, disUsage)
		return 2
	}
	if adaptive {
		return disAdaptive(args[0], stdout, stderr)
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	// Compiled as a run compiles it (constant folding uses the runtime's
	// arithmetic), without running it.
	in := vm.New(vm.Options{Stdout: stderr, Stderr: stderr})
	co, err := compile.CompileWith(args[0], src, compile.ExecMode, compile.Options{Fold: in.FoldConstants})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	code.Disassemble(stdout, co)
	return 0
}

// hostOptions completes the options of an interpreter the command line
// runs: it has the host's files, and CPython's standard library when one
// is installed (see package stdlib).
func hostOptions(opts vm.Options) vm.Options {
	opts.FS = vm.HostFS{}
	opts.OrigArgv = os.Args
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if exe, err := selfExecutable(); err == nil {
		opts.Executable = exe
	}
	opts.CodeCache = hostCodeCache()
	opts.Flags = pythonFlags()
	opts.IOEncoding = pyEnv("PYTHONIOENCODING")
	if _, ok := xOption("importtime"); ok || pyEnv("PYTHONPROFILEIMPORTTIME") != "" {
		opts.ImportTime = opts.Stderr
	}
	if pyEnv("PYTHONDONTWRITEBYTECODE") != "" {
		opts.DontWriteBytecode = true
	}
	if dir, ok := stdlib.Find(); ok {
		opts.Stdlib, opts.StdlibDir = os.DirFS(dir), dir
	}
	return opts
}

// selfExecutable is the command that runs this pyjit again, for
// sys.executable and the tiers `pyjit bench` times: $PYJIT_EXECUTABLE when
// a launcher sets it (bin/pyjit-arm64-qemu runs the binary under qemu-user,
// which cannot start the binary itself again), else the binary's own path.
func selfExecutable() (string, error) {
	if exe := os.Getenv("PYJIT_EXECUTABLE"); exe != "" {
		return exe, nil
	}
	return os.Executable()
}

// hostCodeCache is the command line's cache of compiled modules: the
// __pycache__ directory next to each module's source, or the user's cache
// directory (~/.cache/pyjit) for sources whose __pycache__ cannot be
// written; PYJIT_CACHE_DIR puts every cache file under that directory
// instead.
func hostCodeCache() codecache.Cache {
	if dir := os.Getenv("PYJIT_CACHE_DIR"); dir != "" {
		return &codecache.Dir{Prefix: dir}
	}
	d := &codecache.Dir{}
	if dir, err := os.UserCacheDir(); err == nil {
		d.Fallback = filepath.Join(dir, "pyjit")
	}
	return d
}

// disAdaptive runs a program (its output goes to stderr) and then lists
// the code objects tier 1 specialized, with their instructions as they
// stand at exit.
func disAdaptive(filename string, stdout, stderr io.Writer) int {
	src, err := os.ReadFile(filename)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if abs, err := filepath.Abs(filename); err == nil {
		filename = abs
	}
	in := vm.New(hostOptions(vm.Options{Stdout: stderr, Stderr: stderr, Argv: []string{filename}, Path: []string{filepath.Dir(filename)}}))
	specialize.Install(in)
	st := in.EnableStats()
	status := in.ExitStatus(in.RunMain(filename, src))
	specialize.Disassemble(stdout, st)
	return status
}
