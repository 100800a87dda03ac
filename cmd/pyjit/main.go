// Command pyjit runs Python programs.
//
//	pyjit run [FLAGS] FILE [ARGS...]   run a program
//	pyjit run [FLAGS] -c CODE          run a string
//	pyjit dis [--adaptive] FILE        print the bytecode of a file
//
// run flags:
//
//	--no-specialize    run the generic interpreter only (tier 1 off)
//	--stats            print tier-1 specialization statistics to stderr
//	--goprofile FILE   write a CPU profile of the Go runtime
//	pyjit bench [NAMES...]     compare timings with CPython and PyPy
//	pyjit version              print the version
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"

	"github.com/pyjit/pyjit/specialize"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/compile"
)

const version = "pyjit 0.1 (Python 3.11 compatible)"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage: pyjit <command> [arguments]

commands:
  run FILE [ARGS...]   run a Python program (or -c CODE)
                       flags: --no-specialize, --stats, --goprofile FILE
  dis FILE             disassemble a Python file
                       (--adaptive: run it, then show the specialized bytecode)
  bench [NAMES...]     time benchmark programs against other interpreters
  version              print the version
`)
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "run":
		return runCmd(args[1:], stdout, stderr)
	case "dis":
		return disCmd(args[1:], stdout, stderr)
	case "bench":
		return benchCmd(args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, version)
		return 0
	case "help", "-h", "--help":
		usage(stdout)
		return 0
	}
	fmt.Fprintf(stderr, "pyjit: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func runCmd(args []string, stdout, stderr io.Writer) int {
	var goprofile string
	specializing, stats := true, false
	for len(args) > 0 && strings.HasPrefix(args[0], "--") {
		flag := args[0]
		args = args[1:]
		switch {
		case flag == "--goprofile" && len(args) > 0:
			goprofile = args[0]
			args = args[1:]
		case strings.HasPrefix(flag, "--goprofile="):
			goprofile = strings.TrimPrefix(flag, "--goprofile=")
		case flag == "--no-specialize":
			specializing = false
		case flag == "--stats":
			stats = true
		default:
			fmt.Fprintf(stderr, "pyjit run: unknown flag %s\n", flag)
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
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: pyjit run FILE [ARGS...] | -c CODE")
		return 2
	}
	var filename string
	var src []byte
	var argv []string
	var path []string
	if args[0] == "-c" {
		if len(args) < 2 {
			fmt.Fprintln(stderr, "Argument expected for the -c option")
			return 2
		}
		filename = "<string>"
		src = []byte(args[1])
		argv = append([]string{"-c"}, args[2:]...)
		path = []string{""}
	} else {
		filename = args[0]
		data, err := os.ReadFile(filename)
		if err != nil {
			fmt.Fprintf(stderr, "pyjit: can't open file %s: [Errno 2] No such file or directory\n", quoteName(filename))
			return 2
		}
		src = data
		argv = args
		// Like CPython, the main module's code carries the absolute path.
		if abs, err := filepath.Abs(filename); err == nil {
			filename = abs
		}
		path = []string{filepath.Dir(filename)}
	}
	if pp := os.Getenv("PYTHONPATH"); pp != "" {
		path = append(path, strings.Split(pp, ":")...)
	}
	in := vm.New(vm.Options{Stdout: stdout, Stderr: stderr, Argv: argv, Path: path})
	if specializing {
		specialize.Install(in)
	}
	var st *vm.SpecStats
	if stats {
		st = in.EnableStats()
	}
	err := in.RunMain(filename, src)
	status := in.ExitStatus(err)
	if st != nil {
		specialize.Report(stderr, st)
	}
	return status
}

func quoteName(s string) string {
	abs, err := filepath.Abs(s)
	if err != nil {
		abs = s
	}
	return "'" + abs + "'"
}

func disCmd(args []string, stdout, stderr io.Writer) int {
	adaptive := len(args) == 2 && args[0] == "--adaptive"
	if adaptive {
		args = args[1:]
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: pyjit dis [--adaptive] FILE")
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
	co, err := compile.Compile(args[0], src, compile.ExecMode)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	code.Disassemble(stdout, co)
	return 0
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
	in := vm.New(vm.Options{Stdout: stderr, Stderr: stderr, Argv: []string{filename}, Path: []string{filepath.Dir(filename)}})
	specialize.Install(in)
	st := in.EnableStats()
	status := in.ExitStatus(in.RunMain(filename, src))
	specialize.Disassemble(stdout, st)
	return status
}
