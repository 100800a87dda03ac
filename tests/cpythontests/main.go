// Command cpythontests runs modules of CPython 3.11's own regression tests
// (Lib/test, Debian's libpython3.11-testsuite) under pyjit with unittest and
// tabulates, per module, the tests run, passed, failed, in error and
// skipped.
//
//	cpythontests -pyjit bin/pyjit -out docs/conformance.md     the full list
//	cpythontests -pyjit bin/pyjit -set ci -check                CI's reduced set
//
// Each module runs in its own pyjit process (run_module.py, beside this
// file), in a fresh working directory, under a time limit, so that a hang
// or a crash costs that module alone. The counts come from unittest's own
// result: run_module.py records the outcome of every test as it finishes.
// A module is "timeout" when it ran out of time, "crashed" when pyjit
// exited before the run finished, and "import error" when the module could
// not be imported; the counts then are those of the tests that finished.
//
// -logdir keeps each module's outcomes (one line a test) and its output,
// for finding out why tests fail.
package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// fullSet is the list of issue 15, the modules that must pass, the
// tests of library modules whose CPython version replaced pyjit's own, and
// the modules of the wider suite found to pass quickly.
var fullSet = []string{
	"test_extcall", "test_call", "test_keywordonlyarg", "test_positional_only_arg",
	"test_unpack", "test_unpack_ex", "test_scope", "test_generators", "test_coroutines",
	"test_super", "test_decorators", "test_property", "test_funcattrs", "test_dynamic",
	"test_class", "test_descr", "test_opcodes", "test_grammar", "test_syntax",
	"test_exceptions", "test_raise", "test_with", "test_contextlib", "test_functools",
	"test_itertools", "test_operator", "test_collections", "test_int", "test_long",
	"test_float", "test_bool", "test_list", "test_tuple", "test_dict", "test_set",
	"test_string", "test_unicode", "test_bytes", "test_fstring", "test_re", "test_json",
	"test_os", "test_io", "test_argparse", "test_datetime", "test_dataclasses",
	"test_enum", "test_typing", "test_math", "test_complex", "test_patma",
	"test_bisect", "test_keyword", "test_abstract_numbers", "test_hashlib", "test_hmac", "test_array",
	// Modules of the wider suite that pass quickly.
	"test_augassign", "test_binop", "test_code_module", "test_colorsys", "test_compare",
	"test_copyreg", "test_dbm", "test_defaultdict", "test_dictcomps", "test_dynamicclassattribute",
	"test_exception_hierarchy", "test_exception_variations", "test_filecmp", "test_fnmatch",
	"test_fractions", "test_genericpath", "test_getopt", "test_getpass", "test_gettext", "test_glob",
	"test_graphlib", "test_htmlparser", "test_imghdr", "test_index", "test_int_literal",
	"test_ipaddress", "test_isinstance", "test_iterlen", "test_linecache", "test_mimetypes",
	"test_netrc", "test_ntpath", "test_numeric_tower", "test_opcache", "test_optparse", "test_popen",
	"test_quopri", "test_reprlib", "test_richcmp", "test_rlcompleter", "test_script_helper",
	"test_secrets", "test_shelve", "test_shlex", "test_slice", "test_string_literals",
	"test_strptime", "test_subclassinit", "test_sysconfig", "test_textwrap", "test_timeit",
	"test_type_annotations", "test_typechecks", "test_ucn", "test_unary",
	"test_unicode_file_functions", "test_univnewlines", "test_unparse", "test_urllib",
	"test_urlparse", "test_userdict", "test_uu", "test_webbrowser", "test_wsgiref", "test_xdrlib",
	"test_zipapp", "test_ordered_dict", "test_weakref", "test_exception_group", "test_except_star",
	// The language and introspection modules of issue 14.
	"test_memoryview", "test_asyncgen", "test_cmath", "test_unicodedata", "test_structseq",
	"test_ast", "test_sys", "test_sys_settrace", "test_sys_setprofile", "test_format",
	// The codec callbacks and charmap codecs over CPython's codecs.py.
	"test_codeccallbacks", "test_charmapcodec",
	// Builtins, and library modules over native ones.
	"test_builtin", "test_types", "test_inspect", "test_abc", "test_enumerate", "test_iter", "test_pow",
	"test_print", "test_range", "test_userstring", "test_copy", "test_base64", "test_binascii",
	"test_calendar", "test_difflib", "test_csv", "test_global", "test_frame", "test_pprint", "test_random",
	// Compiled code through marshal, the time module, and the profilers.
	"test_py_compile", "test_time", "test_cprofile", "test_profile", "test_pstats",
	// Language, library and I/O modules found to pass in a sweep of the wider suite.
	"test_listcomps", "test_setcomps", "test_metaclass", "test_descrtut", "test_yield_from",
	"test_generator_stop", "test_contains", "test_context", "test_pkg", "test_deque",
	"test_statistics", "test_stat", "test_memoryio", "test_fileio", "test_bufio", "test_posixpath",
	"test_pathlib", "test_shutil", "test_queue", "test_sched", "test_configparser", "test_fileinput",
	"test_gzip", "test_zlib", "test_html", "test_minidom", "test_pulldom", "test_uuid",
	"test_decimal", "test_genericalias", "test_future3", "test_future4", "test_future5",
	"test_atexit", "test_cmd", "test_sundry", "test_utf8source", "test_unicode_identifiers",
	"test_longexp", "test_errno", "test_wave", "test_plistlib",
}

// ciSet is the reduced set `make test` runs: modules that pass fully and
// quickly, so that a regression in any of them fails CI.
var ciSet = []string{
	"test_keywordonlyarg", "test_decorators", "test_super", "test_property",
	"test_list", "test_funcattrs", "test_scope", "test_unpack", "test_unpack_ex",
	"test_opcodes", "test_class", "test_contextlib", "test_named_expressions",
	"test_heapq", "test_bool", "test_raise", "test_with", "test_string",
	"test_extcall", "test_positional_only_arg", "test_bisect", "test_keyword",
	"test_abstract_numbers", "test_call", "test_datetime", "test_argparse",
	"test_patma", "test_tuple", "test_long", "test_math", "test_json",
	"test_grammar", "test_fstring",
	"test_operator", "test_hmac", "test_array", "test_dataclasses", "test_thread", "test_threading_local",
	"test_opcache", "test_urlparse", "test_wsgiref", "test_ordered_dict", "test_exception_group",
	"test_re", "test_functools", "test_float", "test_structseq", "test_asyncgen", "test_cmath",
	"test_bytes", "test_enum", "test_os", "test_format", "test_codeccallbacks", "test_charmapcodec",
	"test_abc", "test_enumerate", "test_iter", "test_pow", "test_print", "test_range", "test_copy",
	"test_base64", "test_binascii", "test_difflib", "test_csv", "test_global", "test_pprint", "test_random",
	"test_py_compile", "test_time",
	"test_listcomps", "test_setcomps", "test_metaclass", "test_descrtut", "test_yield_from",
	"test_generator_stop", "test_contains", "test_context", "test_pkg", "test_stat", "test_memoryio",
	"test_fileio", "test_posixpath", "test_configparser", "test_gzip", "test_zlib", "test_html",
	"test_minidom", "test_uuid", "test_genericalias", "test_future3", "test_future4", "test_future5",
	"test_atexit", "test_cmd", "test_utf8source", "test_unicode_identifiers", "test_longexp",
	"test_errno", "test_wave", "test_plistlib", "test_cprofile", "test_profile", "test_pstats",
}

func main() {
	pyjit := flag.String("pyjit", "bin/pyjit", "pyjit binary to test")
	set := flag.String("set", "full", "modules to run: full (issue 15's list) or ci (the reduced set); arguments name modules instead")
	timeout := flag.Duration("timeout", 5*time.Minute, "time limit of one module")
	out := flag.String("out", "", "write the table as markdown to this file (else to standard output)")
	logDir := flag.String("logdir", "", "keep each module's outcomes and output in this directory")
	check := flag.Bool("check", false, "exit 1 unless every module passes with no failures or errors")
	testDir := flag.String("testdir", "/usr/lib/python3.11/test", "CPython's Lib/test")
	cacheDir := flag.String("cachedir", filepath.Join(os.TempDir(), "pyjit-cpythontests-cache"), "pyjit's code cache (PYJIT_CACHE_DIR)")
	flag.Parse()

	modules := flag.Args()
	if len(modules) == 0 {
		switch *set {
		case "full":
			modules = fullSet
		case "ci":
			modules = ciSet
		default:
			fatalf("unknown -set %q (full or ci)", *set)
		}
	}
	if _, err := os.Stat(filepath.Join(*testDir, "support", "__init__.py")); err != nil {
		fatalf("CPython's test suite is not at %s: install libpython3.11-testsuite", *testDir)
	}
	driver, err := driverPath()
	if err != nil {
		fatalf("%v", err)
	}
	bin, err := filepath.Abs(*pyjit)
	if err != nil {
		fatalf("%v", err)
	}
	if *logDir != "" {
		if err := os.MkdirAll(*logDir, 0o755); err != nil {
			fatalf("%v", err)
		}
	}
	r := runner{pyjit: bin, driver: driver, timeout: *timeout, logDir: *logDir,
		env: append(os.Environ(), "PYTHONHASHSEED=0", "PYJIT_CACHE_DIR="+*cacheDir)}
	var results []moduleResult
	start := time.Now()
	for _, m := range modules {
		res := r.run(m)
		fmt.Fprintf(os.Stderr, "%-28s %-14s run %4d  passed %4d  failed %3d  errors %3d  skipped %3d  %5.1fs\n",
			m, res.state, res.run, res.passed, res.failed, res.errors, res.skipped, res.elapsed.Seconds())
		results = append(results, res)
	}
	table := markdown(results, time.Since(start))
	if *out == "" {
		fmt.Print(table)
	} else if err := os.WriteFile(*out, []byte(table), 0o644); err != nil {
		fatalf("%v", err)
	}
	if *check {
		for _, res := range results {
			if !res.clean() {
				fmt.Fprintf(os.Stderr, "cpythontests: %s does not pass (%s)\n", res.module, res.summary())
				os.Exit(1)
			}
		}
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "cpythontests: "+format+"\n", args...)
	os.Exit(2)
}

// driverPath finds run_module.py beside this source file.
func driverPath() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if ok {
		p := filepath.Join(filepath.Dir(file), "run_module.py")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	p, err := filepath.Abs(filepath.Join("tests", "cpythontests", "run_module.py"))
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("run_module.py not found (run from the repository's root)")
	}
	return p, nil
}

// moduleResult is the outcome of one test module.
type moduleResult struct {
	module                               string
	state                                string // ok, timeout, crashed, import error
	detail                               string // why a module did not finish
	run, passed, failed, errors, skipped int
	elapsed                              time.Duration
}

// clean reports whether the module ran to the end with no failure or error.
func (r moduleResult) clean() bool { return r.state == "ok" && r.failed == 0 && r.errors == 0 }

func (r moduleResult) summary() string {
	s := fmt.Sprintf("%s: %d run, %d failed, %d errors", r.state, r.run, r.failed, r.errors)
	if r.detail != "" {
		s += ": " + r.detail
	}
	return s
}

type runner struct {
	pyjit, driver, logDir string
	timeout               time.Duration
	env                   []string
}

// run runs module m in a pyjit process of its own and reads the outcomes it
// recorded.
func (r runner) run(m string) moduleResult {
	res := moduleResult{module: m}
	dir, err := os.MkdirTemp("", "pyjit-"+m+"-")
	if err != nil {
		res.state, res.detail = "crashed", err.Error()
		return res
	}
	defer os.RemoveAll(dir)
	outcomes := filepath.Join(dir, "outcomes.txt")
	ctx, cancel := context.WithTimeout(context.Background(), r.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, r.pyjit, r.driver, "test."+m, outcomes)
	cmd.Dir = dir
	cmd.Env = r.env
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	// The module's own child processes go with it when it times out.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	runErr := cmd.Run()
	res.elapsed = time.Since(start)

	data, _ := os.ReadFile(outcomes)
	done := tally(&res, data)
	switch {
	case res.state == "import error":
	case ctx.Err() != nil:
		res.state = "timeout"
		res.detail = fmt.Sprintf("after %v", r.timeout)
	case !done:
		res.state = "crashed"
		res.detail = lastLine(output.String())
		if runErr != nil {
			res.detail = runErr.Error() + ": " + res.detail
		}
	default:
		res.state = "ok"
	}
	if r.logDir != "" {
		os.WriteFile(filepath.Join(r.logDir, m+".outcomes"), data, 0o644)
		os.WriteFile(filepath.Join(r.logDir, m+".output"), output.Bytes(), 0o644)
	}
	return res
}

// tally counts the outcomes recorded by run_module.py and reports whether
// the run finished.
func tally(res *moduleResult, data []byte) (done bool) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		fields := strings.SplitN(sc.Text(), "\t", 3)
		if len(fields) < 2 {
			continue
		}
		outside := false // an error or skip outside any test (setUpClass, ...)
		switch fields[0] {
		case "pass":
			res.passed++
		case "fail":
			res.failed++
		case "error":
			res.errors++
			outside = strings.HasPrefix(fields[1], "setUp") || strings.HasPrefix(fields[1], "tearDown")
		case "skip":
			res.skipped++
		case "import":
			res.state = "import error"
			if len(fields) == 3 {
				res.detail = fields[2]
			}
			continue
		case "done":
			return true
		default:
			continue
		}
		if !outside {
			res.run++
		}
	}
	return false
}

// lastLine is the last non-empty line of s, shortened.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	l := strings.TrimSpace(lines[len(lines)-1])
	if len(l) > 120 {
		l = l[:120] + "..."
	}
	return l
}

// header opens docs/conformance.md.
const header = `# CPython's regression tests on pyjit

CPython 3.11's own tests (Lib/test, Debian's libpython3.11-testsuite) run
under pyjit with unittest, one module a process, with no resource enabled
(as CPython's regrtest without -u: tests needing the network, much CPU or
large files are skipped). Generated by ` + "`make cpython-tests`" + `
(tests/cpythontests); "pass" means no failure and no error. A test with
failing subtests counts once. "timeout", "crashed" and "import error"
modules give the counts of the tests that finished.

`

// markdown renders the results as the table of docs/conformance.md.
func markdown(results []moduleResult, total time.Duration) string {
	var b strings.Builder
	b.WriteString(header)
	var sum moduleResult
	clean := 0
	for _, r := range results {
		sum.run += r.run
		sum.passed += r.passed
		sum.failed += r.failed
		sum.errors += r.errors
		sum.skipped += r.skipped
		if r.clean() {
			clean++
		}
	}
	fmt.Fprintf(&b, "| module | state | run | passed | failed | errors | skipped | seconds |\n")
	fmt.Fprintf(&b, "|---|---|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range results {
		state := r.state
		if r.clean() {
			state = "**pass**"
		}
		if r.detail != "" {
			state += ": " + strings.ReplaceAll(r.detail, "|", `\|`)
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %d | %.1f |\n",
			r.module, state, r.run, r.passed, r.failed, r.errors, r.skipped, r.elapsed.Seconds())
	}
	fmt.Fprintf(&b, "| **total** | %d of %d modules pass | %d | %d | %d | %d | %d | %.0f |\n",
		clean, len(results), sum.run, sum.passed, sum.failed, sum.errors, sum.skipped, total.Seconds())
	return b.String()
}
