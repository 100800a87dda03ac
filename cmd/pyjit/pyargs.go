package main

// The command line of python3: `pyjit [option] ... [-c cmd | -m mod | file
// | -] [arg] ...`, with CPython's options and their errors. pyjit's own
// long options (--no-specialize, --jit, --stats, ...) may stand among
// them; everything is handed to runCmd.

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

const pythonUsage = `usage: pyjit [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (as python3's):
-b     : issue warnings about str(bytes_instance) and comparing bytes with str
-B     : don't write .pyc files on import (pyjit's code cache)
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-v     : verbose (accepted; pyjit traces no imports)
-V     : print the version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
-x     : skip first line of source
-X opt : set implementation-specific option (sys._xoptions)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

pyjit's own options (before the program):
--no-specialize, --stats, --jit, --jit-log, --jit-threshold N,
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
	"--no-specialize": true, "--stats": true, "--jit": true, "--jit-log": true,
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
	// noSite is -S: help, copyright, credits and license are not defined.
	noSite bool
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
			case 'E', 'I':
				// PYTHONPATH is the environment variable pyjit reads.
				os.Unsetenv("PYTHONPATH")
				os.Unsetenv("PYTHONUNBUFFERED")
				os.Unsetenv("PYTHONDONTWRITEBYTECODE")
				os.Unsetenv("PYTHONSTARTUP")
				os.Unsetenv("PYTHONWARNINGS")
			case 'x':
				pyOpts.skipFirst = true
			case 'B':
				pyOpts.dontWriteBytecode = true
			case 'i':
				pyOpts.inspect = true
			case 'q':
				pyOpts.quiet = true
			case 'S':
				pyOpts.noSite = true
			case 'b', 'd', 's', 'v', 'P', 'R':
				// Nothing to do: pyjit has no user site directory, and
				// hashes are randomized already.
			case 'O':
				fmt.Fprintf(stderr, "pyjit: the -%c option is not supported\n", c)
				return 2
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
	if os.Getenv("PYTHONUNBUFFERED") != "" {
		pyOpts.unbuffered = true
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
		case a == "--no-specialize", a == "--jit":
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

// warnOptions returns sys.warnoptions: the entries of PYTHONWARNINGS
// (comma-separated, empty ones dropped), then the -W options, as python3
// orders them.
func warnOptions() []string {
	var opts []string
	for _, w := range strings.Split(os.Getenv("PYTHONWARNINGS"), ",") {
		if w != "" {
			opts = append(opts, w)
		}
	}
	return append(opts, pyOpts.warn...)
}
