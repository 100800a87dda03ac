package main

// The command line of python3: `pyjit [option] ... [-c cmd | -m mod | file
// | -] [arg] ...`, with CPython's options and their errors. pyjit's own
// long options (--no-specialize, --jit, --stats, ...) may stand among
// them; everything is handed to runCmd.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/codecs"
)

const pythonUsage = `usage: pyjit [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (as python3's):
-b     : issue warnings about str(bytes_instance) and comparing bytes with str
-B     : don't write .pyc files on import (pyjit's code cache)
-c cmd : program passed in as string (terminates option list)
-d     : sys.flags.debug (pyjit's parser prints no debugging output)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-v     : verbose (accepted; pyjit traces no imports)
-V     : print the version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
-x     : skip first line of source
-X opt : set implementation-specific option (sys._xoptions): dev,
         utf8, importtime, int_max_str_digits=N, warn_default_encoding;
         others are only kept
file   : program read from script file, or the __main__.py of a
         directory or zip file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment variables (ignored under -E and -I): PYTHONPATH,
PYTHONSTARTUP, PYTHONOPTIMIZE, PYTHONSAFEPATH, PYTHONUNBUFFERED,
PYTHONDONTWRITEBYTECODE, PYTHONWARNINGS, PYTHONIOENCODING, PYTHONDEVMODE,
PYTHONUTF8, PYTHONPROFILEIMPORTTIME, PYTHONINTMAXSTRDIGITS

pyjit's own options (before the program):
--no-specialize, --no-jit, --stats, --jit, --jit-log, --jit-threshold N,
--cpuprofile FILE, --memprofile FILE, --profile-rate N, --goprofile FILE,
--goallocs FILE (see pyjit run --help)

Commands: pyjit run | repl | dis | bench | version (pyjit help)
`

// pyjitValueFlags are pyjit's own long options that take a value.
var pyjitValueFlags = map[string]bool{
	"--jit-threshold": true, "--cpuprofile": true, "--memprofile": true,
	"--profile-rate": true, "--goprofile": true, "--goallocs": true,
}

// pyjitFlags are pyjit's own long options without a value.
var pyjitFlags = map[string]bool{
	"--no-specialize": true, "--no-jit": true, "--stats": true, "--jit": true, "--jit-log": true,
}

// pythonOptions are what python3's options ask of a run.
type pythonOptions struct {
	warn, x    []string
	unbuffered bool
	skipFirst  bool
	// dontWriteBytecode is -B: imports do not write the code cache.
	dontWriteBytecode bool
	// inspect is -i: the interactive prompt opens after the program.
	inspect bool
	// quiet is -q: the prompt opens without the banner.
	quiet bool
	// flags are the options sys.flags shows (-S: help, copyright,
	// credits and license are not defined).
	flags vm.Flags
}

// pythonVersion is what -V and --version print: the Python version first,
// as tools that ask python3 for its version expect.
const pythonVersion = "Python 3.11.7 (pyjit " + versionNumber + ")"

// pyOpts holds the options of the python3-style command line for runCmd.
var pyOpts pythonOptions

// progName names the command in the messages about the program to run:
// "pyjit run", or "pyjit" for a python3-style command line.
var progName = "pyjit run"

// pythonCommand runs a python3-style command line.
func pythonCommand(args []string, stdout, stderr io.Writer) int {
	progName = "pyjit"
	var runArgs []string
	badUsage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, format+"\n", a...)
		fmt.Fprint(stderr, "usage: pyjit [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `pyjit -h' for more information.\n")
		return 2
	}
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--":
			args = args[1:]
			return runPython(runArgs, args, stdout, stderr)
		case a == "-" || !strings.HasPrefix(a, "-"):
			return runPython(runArgs, args, stdout, stderr)
		case a == "--version":
			fmt.Fprintln(stdout, pythonVersion)
			return 0
		case a == "--help":
			fmt.Fprint(stdout, pythonUsage)
			return 0
		case strings.HasPrefix(a, "--"):
			name, _, hasValue := strings.Cut(a, "=")
			switch {
			case pyjitFlags[a]:
				runArgs = append(runArgs, a)
			case pyjitValueFlags[name] && hasValue:
				runArgs = append(runArgs, a)
			case pyjitValueFlags[name] && len(args) > 1:
				runArgs = append(runArgs, a, args[1])
				args = args[1:]
			case pyjitValueFlags[name]:
				return badUsage("Argument expected for the %s option", a)
			default:
				return badUsage("unknown option %s", a)
			}
			args = args[1:]
			continue
		}
		// A cluster of one-letter options: -uB, -c'code', -Wignore.
		args = args[1:]
		for j := 1; j < len(a); j++ {
			c := a[j]
			switch c {
			case 'c', 'm', 'W', 'X':
				value := a[j+1:]
				if value == "" {
					if len(args) == 0 {
						return badUsage("Argument expected for the -%c option", c)
					}
					value, args = args[0], args[1:]
				}
				switch c {
				case 'c', 'm':
					return runPython(runArgs, append([]string{"-" + string(c), value}, args...), stdout, stderr)
				case 'W':
					pyOpts.warn = append(pyOpts.warn, value)
				case 'X':
					if digits, ok := strings.CutPrefix(value, "int_max_str_digits="); ok {
						if n, err := strconv.Atoi(digits); err != nil || n < 0 || n > 0 && n < 640 {
							fmt.Fprint(stderr, "Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n")
							return 1
						}
					}
					pyOpts.x = append(pyOpts.x, value)
				}
				j = len(a)
			case 'V':
				fmt.Fprintln(stdout, pythonVersion)
				return 0
			case 'h', '?':
				fmt.Fprint(stdout, pythonUsage)
				return 0
			case 'u':
				pyOpts.unbuffered = true
			case 'E':
				pyOpts.flags.IgnoreEnvironment = true
			case 'I':
				pyOpts.flags.Isolated = true
				pyOpts.flags.IgnoreEnvironment = true
				pyOpts.flags.NoUserSite = true
				pyOpts.flags.SafePath = true
			case 'O':
				pyOpts.flags.Optimize++
			case 'P':
				pyOpts.flags.SafePath = true
			case 's':
				// pyjit has no user site directory to leave out.
				pyOpts.flags.NoUserSite = true
			case 'b':
				pyOpts.flags.BytesWarning++
			case 'd':
				pyOpts.flags.Debug++
			case 'x':
				pyOpts.skipFirst = true
			case 'B':
				pyOpts.dontWriteBytecode = true
			case 'i':
				pyOpts.inspect = true
			case 'q':
				pyOpts.quiet = true
			case 'S':
				pyOpts.flags.NoSite = true
			case 'v', 'R':
				// Nothing to do: pyjit traces no imports, and hashes are
				// randomized already.
			default:
				return badUsage("Unknown option: -%c", c)
			}
		}
	}
	return runPython(runArgs, nil, stdout, stderr)
}

// runPython runs the program a python3-style command line named: prog is
// [-c cmd | -m mod | file | -] and its arguments, or empty for standard
// input (the interactive prompt on a terminal).
func runPython(runArgs, prog []string, stdout, stderr io.Writer) int {
	if pyEnv("PYTHONUNBUFFERED") != "" {
		pyOpts.unbuffered = true
	}
	if msg := configError(); msg != "" {
		fmt.Fprint(stderr, msg)
		return 1
	}
	if len(prog) == 0 && (stdinIsTerminal() || pyOpts.inspect) {
		return replCmd(replArgs(runArgs), os.Stdin, stdout, stderr)
	}
	return runCmd(append(runArgs, prog...), stdout, stderr)
}

// replArgs returns the arguments of `pyjit repl` for a python3-style
// command line that opens the prompt: -q, and those of pyjit's own options
// (runArgs) that the prompt has.
func replArgs(runArgs []string) []string {
	var args []string
	if pyOpts.quiet {
		args = append(args, "-q")
	}
	for i := 0; i < len(runArgs); i++ {
		switch a := runArgs[i]; {
		case a == "--no-specialize", a == "--jit", a == "--no-jit":
			args = append(args, a)
		case a == "--jit-threshold" && i+1 < len(runArgs):
			args = append(args, a, runArgs[i+1])
			i++
		case strings.HasPrefix(a, "--jit-threshold="):
			args = append(args, "--jit-threshold", strings.TrimPrefix(a, "--jit-threshold="))
		}
	}
	return args
}

// warnOptions returns sys.warnoptions: "default" in development mode
// (-X dev), the entries of PYTHONWARNINGS (comma-separated, empty ones
// dropped), the -W options, then the BytesWarning filter of -b or -bb, as
// python3 orders them.
func warnOptions() []string {
	var opts []string
	if pythonFlags().DevMode {
		// Development mode shows every warning once per location,
		// unless an option says otherwise.
		opts = append(opts, "default")
	}
	for _, w := range strings.Split(pyEnv("PYTHONWARNINGS"), ",") {
		if w != "" {
			opts = append(opts, w)
		}
	}
	opts = append(opts, pyOpts.warn...)
	switch b := pyOpts.flags.BytesWarning; {
	case b > 1:
		opts = append(opts, "error::BytesWarning")
	case b == 1:
		opts = append(opts, "default::BytesWarning")
	}
	return opts
}

// pyEnv is the value of the PYTHON* environment variable name, or "" under
// -E and -I, which make python3 ignore them (they stay in os.environ).
func pyEnv(name string) string {
	if pyOpts.flags.IgnoreEnvironment {
		return ""
	}
	return os.Getenv(name)
}

// pythonFlags returns sys.flags as the command line and the environment
// set them: an option and its environment variable (-O and
// PYTHONOPTIMIZE) add up as in python3.
func pythonFlags() vm.Flags {
	f := pyOpts.flags
	f.Optimize = max(f.Optimize, envLevel("PYTHONOPTIMIZE"))
	f.Debug = max(f.Debug, envLevel("PYTHONDEBUG"))
	f.SafePath = f.SafePath || pyEnv("PYTHONSAFEPATH") != ""
	f.NoUserSite = f.NoUserSite || pyEnv("PYTHONNOUSERSITE") != ""
	_, dev := xOption("dev")
	f.DevMode = dev || pyEnv("PYTHONDEVMODE") != ""
	if v, ok := xOption("utf8"); ok {
		f.UTF8Mode = v == "" || v == "1"
	} else {
		f.UTF8Mode = pyEnv("PYTHONUTF8") == "1"
	}
	_, warnEncoding := xOption("warn_default_encoding")
	f.WarnDefaultEncoding = warnEncoding || pyEnv("PYTHONWARNDEFAULTENCODING") != ""
	if _, ok := xOption("int_max_str_digits"); !ok {
		if n, err := strconv.Atoi(pyEnv("PYTHONINTMAXSTRDIGITS")); err == nil {
			f.IntMaxStrDigits, f.IntMaxStrDigitsSet = n, true
		}
	}
	return f
}

// xOption looks up the -X option name: its value ("" for none) and
// whether it was given; the last one given counts.
func xOption(name string) (value string, ok bool) {
	for _, x := range pyOpts.x {
		n, v, _ := strings.Cut(x, "=")
		if n == name {
			value, ok = v, true
		}
	}
	return value, ok
}

// configError is the fatal error python3 reports, before running
// anything, for a -X option or an environment variable with a value it
// cannot take, or "".
func configError() string {
	if v, ok := xOption("utf8"); ok && v != "" && v != "0" && v != "1" {
		return "Fatal Python error: preconfig_init_utf8_mode: invalid -X utf8 option value\nPython runtime state: preinitializing\n\n"
	}
	if v := pyEnv("PYTHONUTF8"); v != "" && v != "0" && v != "1" {
		if _, ok := xOption("utf8"); !ok {
			return "Fatal Python error: preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value\nPython runtime state: preinitializing\n\n"
		}
	}
	if v := pyEnv("PYTHONINTMAXSTRDIGITS"); v != "" {
		if n, err := strconv.Atoi(v); err != nil || n < 0 || n > 0 && n < 640 {
			return "Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n"
		}
	}
	if enc, _, _ := strings.Cut(pyEnv("PYTHONIOENCODING"), ":"); enc != "" {
		if _, err := codecs.Lookup(enc); err != nil {
			return "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n" +
				"Python runtime state: core initialized\nLookupError: " + err.Error() + "\n\n" +
				"Current thread 0x0000000000000000 (most recent call first):\n  <no Python frame>\n"
		}
	}
	return ""
}

// envLevel is the level an environment variable such as PYTHONOPTIMIZE
// asks for: its number, 1 for any other text, 0 when unset or empty.
func envLevel(name string) int {
	v := pyEnv(name)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return n
	}
	return 1
}

// envPath returns the directories PYTHONPATH names, as python3 puts them
// on sys.path: made absolute and cleaned and, unless -S leaves out the
// site module, each once.
func envPath() []string {
	var dirs []string
	seen := map[string]bool{}
	env := pyEnv("PYTHONPATH")
	if env == "" {
		return nil
	}
	for _, d := range strings.Split(env, ":") {
		// An empty entry is the working directory.
		if abs, err := filepath.Abs(d); err == nil {
			d = abs
		}
		if seen[d] && !pyOpts.flags.NoSite {
			continue
		}
		seen[d] = true
		dirs = append(dirs, d)
	}
	return dirs
}
