package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// optionFiles are the files the programs of TestOptionsMatchCPython use.
var optionFiles = map[string]string{
	"opt.py": `"""module doc"""
import sys
import optmod
def f():
    "function doc"
class C:
    "class doc"
print(__doc__, f.__doc__, C.__doc__, optmod.__doc__, optmod.g.__doc__)
print(__debug__, optmod.DEBUG, sys.flags.optimize, sys.flags.safe_path)
try:
    assert False, "boom"
    print("assert skipped")
except AssertionError as e:
    print("assert raised", e)
print(eval("__debug__"), compile("__debug__", "s", "eval", optimize=0).co_consts)
print(optmod.__cached__.split(".")[2:] if optmod.__cached__ else None)
`,
	"optmod.py": "'optmod doc'\nDEBUG = __debug__\ndef g():\n    'g doc'\n",
	"safe/script.py": `import sys, os
here = os.path.dirname(os.path.abspath(__file__))
print(here in sys.path, '' in sys.path, os.getcwd() in sys.path, sys.flags.safe_path)
try:
    import sibling
    print('sibling imported')
except ImportError as e:
    print(type(e).__name__, e)
`,
	"safe/sibling.py":     "",
	"cwdmod.py":           "import sys, os\nprint('cwdmod', os.getcwd() in sys.path, sys.flags.safe_path, repr(__package__))\n",
	"app/__main__.py":     appMain,
	"app/helper.py":       "X = 1\n",
	"empty/readme.txt":    "",
	"notzip.py":           "print('a script')\n",
	"warn.py":             warnProgram,
	"spec.py":             specProgram,
	"specpkg/__init__.py": "",
	"specpkg/__main__.py": specProgram,
	"specpkg/mod.py":      specProgram,
	"specapp/__main__.py": specProgram,
	"warnmod.py":          "import warnings\ndef w():\n    warnings.warn('from warnmod', DeprecationWarning)\n",
	"syntaxwarn.py":       "x = '\\d'\nprint(x is 'a', b'\\q', f'\\w{x}')\n",
	"byteswarn.py":        bytesWarnProgram,
	"encwarn.py":          encodingWarnProgram,
	"flags.py":            "import sys\nf = sys.flags\nprint(f.optimize, f.debug, f.bytes_warning, f.no_user_site, f.no_site, f.ignore_environment, f.isolated, f.safe_path)\n",
}

// warnProgram issues warnings from Python (warnings.warn, with
// stacklevel, from __main__ and from another module) and from the
// runtime, for the tests of -W, PYTHONWARNINGS and -X dev.
// encodingWarnProgram opens text streams with and without an encoding:
// under warn_default_encoding those without one issue EncodingWarning, from
// the caller of open or TextIOWrapper, or of the function that called
// io.text_encoding.
const encodingWarnProgram = `import io, sys, pathlib
print(sys.flags.warn_default_encoding)
with open('encwarn.py') as f:
    pass
with open('encwarn.py', encoding='utf-8') as f:
    pass
with open('encwarn.py', 'rb') as f:
    pass
pathlib.Path('encwarn.py').read_text()
io.TextIOWrapper(io.BytesIO())
def caller():
    return io.text_encoding(None, 3)
print(caller(), io.text_encoding('latin-1'))
`

const warnProgram = `import sys
class Index:
    def __index__(self):
        return True
def runtime():
    return [1, 2][Index()]
def user():
    import warnings
    warnings.warn("user", stacklevel=2)
for f in (runtime, user, runtime, user):
    try:
        print(f())
    except Warning as e:
        print("raised", type(e).__name__, e)
import warnmod
for i in range(2):
    try:
        warnmod.w()
    except Warning as e:
        print("raised", type(e).__name__, e)
import warnings
print(sys.warnoptions, len(warnings.filters), warnings.filters[0][0])
`

// specProgram shows the __spec__ of the main module: None for a script,
// importlib's spec for -m and a directory or zip file run as the program.
const specProgram = `import sys
s = __spec__
print(repr(s).split(" object at")[0] if s else s)
if s:
    print(s.name, repr(s.parent), s.origin, s.has_location, type(s.loader).__name__, s.submodule_search_locations)
    print(__loader__ is s.loader, repr(__package__), __name__, sys.modules['__main__'].__spec__ is s)
`

// appMain is the __main__.py of a directory and of zip files run as the
// program.
const appMain = `import sys
print(__name__, __file__, sys.argv, sys.path[0], repr(__package__), __doc__)
import helper
print(helper.X, helper.__file__)
`

// The programs of TestOptionsMatchCPython that show what -X options and
// their environment variables set.
const (
	xdev    = "import sys; print(sys.warnoptions, sys.flags.dev_mode, sys._xoptions)"
	xutf8   = "import sys; print(sys.flags.utf8_mode, sys._xoptions)"
	xdigits = "import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits()); print(len(str(10**750)))"
	xio     = "import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.encoding, sys.stderr.errors, sys.stdin.encoding, sys.stdin.errors)\nfor line in sys.stdin: print(ascii(line), line, end='')\nprint('caf\u00e9 \u20ac')"
)

// threadAddress is the thread's address in a fatal error's report.
var threadAddress = regexp.MustCompile(`0x[0-9a-f]{16}`)

// TestOptionsMatchCPython runs python3's options and environment
// variables as subprocesses of pyjit and of python3 (CPython 3.11) and
// compares stdout, stderr and exit status.
func TestOptionsMatchCPython(t *testing.T) {
	python := referencePython(t)
	dir := t.TempDir()
	writeFiles(t, dir, optionFiles)
	writeZip(t, filepath.Join(dir, "app.zip"), map[string]string{"__main__.py": appMain, "helper.py": "X = 2\n"})
	writeZip(t, filepath.Join(dir, "app_zip.py"), map[string]string{"__main__.py": appMain, "helper.py": "X = 3\n"})
	writeZip(t, filepath.Join(dir, "nomain.zip"), map[string]string{"helper.py": "X = 4\n"})
	writeZip(t, filepath.Join(dir, "spec.zip"), map[string]string{"__main__.py": specProgram})
	tests := []struct {
		name  string
		env   []string
		args  []string
		stdin string
	}{
		{"no options", nil, []string{"opt.py"}, ""},
		{"-O", nil, []string{"-O", "opt.py"}, ""},
		{"-OO", nil, []string{"-OO", "opt.py"}, ""},
		{"-O -O", nil, []string{"-O", "-O", "opt.py"}, ""},
		{"-OOO", nil, []string{"-OOO", "flags.py"}, ""},
		{"-O in a cluster", nil, []string{"-BOc", "import sys; print(__debug__, sys.flags.optimize)"}, ""},
		{"no -b: no BytesWarning", nil, []string{"byteswarn.py"}, ""},
		{"-b: BytesWarning", nil, []string{"-b", "byteswarn.py"}, ""},
		{"-bb: BytesWarning raised", nil, []string{"-bb", "-c", "print(b'a' == 'a')"}, ""},
		{"orig_argv keeps the command", nil, []string{"-B", "-c", "import sys; print(sys.orig_argv[1:], sys.argv)", "z", "-O"}, ""},
		{"-OO -c", nil, []string{"-OO", "-c", "def f():\n 'doc'\nprint(f.__doc__, __debug__)\nassert 0"}, ""},
		{"PYTHONOPTIMIZE=1", []string{"PYTHONOPTIMIZE=1"}, []string{"opt.py"}, ""},
		{"PYTHONOPTIMIZE=2", []string{"PYTHONOPTIMIZE=2"}, []string{"opt.py"}, ""},
		{"PYTHONOPTIMIZE text", []string{"PYTHONOPTIMIZE=yes"}, []string{"flags.py"}, ""},
		{"PYTHONOPTIMIZE negative", []string{"PYTHONOPTIMIZE=-3"}, []string{"flags.py"}, ""},
		{"PYTHONOPTIMIZE empty", []string{"PYTHONOPTIMIZE="}, []string{"flags.py"}, ""},
		{"PYTHONOPTIMIZE above -O", []string{"PYTHONOPTIMIZE=2"}, []string{"-O", "flags.py"}, ""},
		{"PYTHONOPTIMIZE under -E", []string{"PYTHONOPTIMIZE=2"}, []string{"-E", "flags.py"}, ""},
		{"PYTHONOPTIMIZE under -I", []string{"PYTHONOPTIMIZE=2"}, []string{"-I", "flags.py"}, ""},
		{"-E keeps os.environ", []string{"PYTHONOPTIMIZE=2"}, []string{"-E", "-c", "import os; print(os.environ['PYTHONOPTIMIZE'])"}, ""},
		{"-d -b -bb -s -S", nil, []string{"-d", "-b", "-bb", "-s", "-S", "flags.py"}, ""},
		{"PYTHONDEBUG and PYTHONNOUSERSITE", []string{"PYTHONDEBUG=2", "PYTHONNOUSERSITE=1"}, []string{"flags.py"}, ""},
		{"script's directory on sys.path", nil, []string{"safe/script.py"}, ""},
		{"-P script", nil, []string{"-P", "safe/script.py"}, ""},
		{"PYTHONSAFEPATH script", []string{"PYTHONSAFEPATH=1"}, []string{"safe/script.py"}, ""},
		{"PYTHONSAFEPATH empty", []string{"PYTHONSAFEPATH="}, []string{"safe/script.py"}, ""},
		{"PYTHONSAFEPATH under -E", []string{"PYTHONSAFEPATH=1"}, []string{"-E", "safe/script.py"}, ""},
		{"-I script", nil, []string{"-I", "safe/script.py"}, ""},
		{"-P -c", nil, []string{"-P", "-c", "import sys, os; print('' in sys.path, os.getcwd() in sys.path); import cwdmod"}, ""},
		{"-c without -P", nil, []string{"-c", "import sys; print('' in sys.path); import cwdmod"}, ""},
		{"-P -m", nil, []string{"-P", "-m", "cwdmod"}, ""},
		{"-m without -P", nil, []string{"-m", "cwdmod"}, ""},
		{"PYTHONSAFEPATH -m", []string{"PYTHONSAFEPATH=x"}, []string{"-m", "cwdmod"}, ""},
		{"directory", nil, []string{"app", "x"}, ""},
		{"directory with ./ and /", nil, []string{"./app/"}, ""},
		{"directory -P", nil, []string{"-P", "app"}, ""},
		{"directory -OO", nil, []string{"-OO", "app"}, ""},
		{"directory without __main__", nil, []string{"empty"}, ""},
		{"zip file", nil, []string{"app.zip", "x"}, ""},
		{"zip file named .py", nil, []string{"app_zip.py"}, ""},
		{"zip file without __main__", nil, []string{"nomain.zip"}, ""},
		{"script that is no zip file", nil, []string{"notzip.py"}, ""},
		{"zip file on sys.path", nil, []string{"-c", "import sys; sys.path.insert(0, 'app.zip'); import helper; print(helper.X, helper.__file__)"}, ""},
		{"zip file on PYTHONPATH", []string{"PYTHONPATH=app_zip.py"}, []string{"-c", "import helper; print(helper.X, helper.__file__, helper.__spec__.origin)"}, ""},
		{"PYTHONPATH made absolute", []string{"PYTHONPATH=app:./app/::safe//"}, []string{"-c", "import sys; print(sys.path[1:4])"}, ""},
		{"PYTHONPATH under -S", []string{"PYTHONPATH=app:./app/::safe//"}, []string{"-S", "-c", "import sys; print(sys.path[1:5])"}, ""},
		{"warnings", nil, []string{"warn.py"}, ""},
		{"-X warn_default_encoding", nil, []string{"-X", "warn_default_encoding", "encwarn.py"}, ""},
		{"PYTHONWARNDEFAULTENCODING", []string{"PYTHONWARNDEFAULTENCODING=1"}, []string{"encwarn.py"}, ""},
		{"no EncodingWarning by default", nil, []string{"encwarn.py"}, ""},
		{"-W error", nil, []string{"-W", "error", "warn.py"}, ""},
		{"-Werror", nil, []string{"-Werror", "warn.py"}, ""},
		{"-W ignore", nil, []string{"-W", "ignore", "warn.py"}, ""},
		{"-W once", nil, []string{"-W", "once", "warn.py"}, ""},
		{"-W always", nil, []string{"-Walways", "warn.py"}, ""},
		{"-W module", nil, []string{"-Wmodule", "warn.py"}, ""},
		{"-W default", nil, []string{"-Wd", "warn.py"}, ""},
		{"-W error::DeprecationWarning", nil, []string{"-W", "error::DeprecationWarning", "warn.py"}, ""},
		{"-W by message", nil, []string{"-W", "error:__index__", "warn.py"}, ""},
		{"-W by module", nil, []string{"-W", "error::DeprecationWarning:warnmod", "warn.py"}, ""},
		{"-W by line", nil, []string{"-W", "error:::__main__:6", "warn.py"}, ""},
		{"-W later wins", nil, []string{"-W", "error", "-W", "ignore::UserWarning", "warn.py"}, ""},
		{"invalid -W options", nil, []string{"-W", "bogus", "-W", "error::NoSuchWarning", "-W", "a:b:c:d:e:f", "-W", "ignore:::x:y", "-W", "error::int", "warn.py"}, ""},
		{"PYTHONWARNINGS", []string{"PYTHONWARNINGS=error::DeprecationWarning,,ignore::UserWarning"}, []string{"warn.py"}, ""},
		{"PYTHONWARNINGS then -W", []string{"PYTHONWARNINGS=error"}, []string{"-W", "default", "warn.py"}, ""},
		{"PYTHONWARNINGS invalid", []string{"PYTHONWARNINGS=nonsense"}, []string{"warn.py"}, ""},
		{"PYTHONWARNINGS under -E", []string{"PYTHONWARNINGS=error"}, []string{"-E", "warn.py"}, ""},
		{"-X dev warnings", nil, []string{"-X", "dev", "warn.py"}, ""},
		{"-X dev -W error", nil, []string{"-X", "dev", "-W", "error::DeprecationWarning", "warn.py"}, ""},
		{"-b", nil, []string{"-b", "-c", "import sys, warnings; print(sys.warnoptions, warnings.filters[0])"}, ""},
		{"-bb", nil, []string{"-bb", "-c", "import sys, warnings; print(sys.warnoptions, warnings.filters[0])"}, ""},
		{"SyntaxWarning", nil, []string{"syntaxwarn.py"}, ""},
		{"SyntaxWarning -W default", nil, []string{"-W", "default", "syntaxwarn.py"}, ""},
		{"SyntaxWarning -W error", nil, []string{"-W", "error", "syntaxwarn.py"}, ""},
		{"SyntaxWarning -W error::SyntaxWarning", nil, []string{"-W", "error::SyntaxWarning", "syntaxwarn.py"}, ""},
		{"SyntaxWarning -W ignore", nil, []string{"-W", "ignore", "syntaxwarn.py"}, ""},
		{"SyntaxWarning -c -W error", nil, []string{"-W", "error", "-c", "print(1 is 1)"}, ""},
		{"escape -c -W error", nil, []string{"-W", "error", "-c", "x = 1\ny = '\\d'"}, ""},
		{"-X dev", nil, []string{"-X", "dev", "-c", xdev}, ""},
		{"help", nil, []string{"-c", "print(repr(help), repr(exit), type(help).__module__); help(len); help(str.join)"}, ""},
		{"help under -S", nil, []string{"-S", "-c", "help"}, ""},
		{"__spec__ of a script", nil, []string{"spec.py"}, ""},
		{"__spec__ of -c", nil, []string{"-c", "print(__spec__)"}, ""},
		{"__spec__ of -m module", nil, []string{"-m", "spec"}, ""},
		{"__spec__ of -m package.module", nil, []string{"-m", "specpkg.mod"}, ""},
		{"__spec__ of -m package", nil, []string{"-m", "specpkg"}, ""},
		{"__spec__ of a directory", nil, []string{"specapp"}, ""},
		{"__spec__ of a zip file", nil, []string{"spec.zip"}, ""},
		{"-X dev and -W", []string{"PYTHONWARNINGS=error::UserWarning"}, []string{"-X", "dev", "-W", "ignore", "-c", xdev}, ""},
		{"PYTHONDEVMODE", []string{"PYTHONDEVMODE=1"}, []string{"-c", xdev}, ""},
		{"PYTHONDEVMODE under -E", []string{"PYTHONDEVMODE=1"}, []string{"-E", "-c", xdev}, ""},
		{"-X utf8", nil, []string{"-X", "utf8", "-c", xutf8}, ""},
		{"-X utf8=0", []string{"PYTHONUTF8=1"}, []string{"-X", "utf8=0", "-c", xutf8}, ""},
		{"-X utf8=1", nil, []string{"-X", "utf8=1", "-c", xutf8}, ""},
		{"-X utf8 bad value", nil, []string{"-X", "utf8=2", "-c", xutf8}, ""},
		{"PYTHONUTF8=1", []string{"PYTHONUTF8=1"}, []string{"-c", xutf8}, ""},
		{"PYTHONUTF8 bad value", []string{"PYTHONUTF8=yes"}, []string{"-c", xutf8}, ""},
		{"unknown -X options", nil, []string{"-X", "nosuch", "-X", "nosuch_either=1", "-Xfrozen_modules=off", "-c", "import sys; print(sys._xoptions)"}, ""},
		{"PYTHONINTMAXSTRDIGITS", []string{"PYTHONINTMAXSTRDIGITS=700"}, []string{"-c", xdigits}, ""},
		{"PYTHONINTMAXSTRDIGITS=0", []string{"PYTHONINTMAXSTRDIGITS=0"}, []string{"-c", xdigits}, ""},
		{"PYTHONINTMAXSTRDIGITS too small", []string{"PYTHONINTMAXSTRDIGITS=5"}, []string{"-c", xdigits}, ""},
		{"PYTHONINTMAXSTRDIGITS and -X", []string{"PYTHONINTMAXSTRDIGITS=700"}, []string{"-X", "int_max_str_digits=800", "-c", xdigits}, ""},
		{"-X int_max_str_digits", nil, []string{"-X", "int_max_str_digits=0", "-c", xdigits}, ""},
		{"PYTHONIOENCODING latin-1", []string{"PYTHONIOENCODING=latin-1"}, []string{"-c", xio}, "caf\xe9\n\xff\n"},
		{"PYTHONIOENCODING with errors", []string{"PYTHONIOENCODING=ascii:replace"}, []string{"-c", xio}, "caf\xe9\n"},
		{"PYTHONIOENCODING errors only", []string{"PYTHONIOENCODING=:backslashreplace"}, []string{"-c", xio}, "caf\xc3\xa9\n\xff\n"},
		{"PYTHONIOENCODING strict fails", []string{"PYTHONIOENCODING=ascii"}, []string{"-c", "print('ok')\nprint('caf\u00e9')"}, ""},
		{"PYTHONIOENCODING cp1252 read(n)", []string{"PYTHONIOENCODING=cp1252"}, []string{"-c", "import sys; print(repr(sys.stdin.read(3)), repr(sys.stdin.readline()), ascii(input()))"}, "\x80\xe9\xe8abc\n\xe9\xe8\n"},
		{"PYTHONIOENCODING unknown", []string{"PYTHONIOENCODING=nosuchcodec"}, []string{"-c", "print(1)"}, ""},
		{"PYTHONIOENCODING under -E", []string{"PYTHONIOENCODING=ascii"}, []string{"-E", "-c", xio}, "caf\xc3\xa9\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := runEnv(t, dir, tt.stdin, tt.env, python, tt.args...)
			got := runEnv(t, dir, tt.stdin, tt.env, os.Args[0], tt.args...)
			want.stderr = pythonName.ReplaceAllString(want.stderr, "${1}pyjit$2")
			// A fatal error names the thread, by an address that varies.
			want.stderr = threadAddress.ReplaceAllString(want.stderr, "0x0000000000000000")
			if got != want {
				t.Errorf("pyjit %q %q:\n status %d, stdout %q, stderr %q\npython3:\n status %d, stdout %q, stderr %q",
					tt.env, tt.args, got.status, got.stdout, got.stderr, want.status, want.stdout, want.stderr)
			}
		})
	}
}

// writeZip writes a zip archive of files (names, contents) to path.
func writeZip(t *testing.T, path string, files map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for name, src := range files {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(f, src)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeFiles writes files (names relative to dir, contents) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var (
	pythonOnce sync.Once
	pythonPath string
)

// referencePython returns the path of the python3 (CPython 3.11) that
// pyjit's command line is compared with, skipping the test when there is
// none. It is the interpreter itself (its sys.executable), not a wrapper
// script such as pyenv's, which would add a second to every run.
func referencePython(t *testing.T) string {
	t.Helper()
	pythonOnce.Do(func() {
		p, err := exec.LookPath("python3")
		if err != nil {
			return
		}
		out, err := exec.Command(p, "-c", "import sys; print(sys.executable)").Output()
		if exe := strings.TrimSpace(string(out)); err == nil && exe != "" {
			p = exe
		}
		pythonPath = p
	})
	if pythonPath == "" {
		t.Skip("python3 not found")
	}
	return pythonPath
}

// TestImportTimeMatchesCPython compares the report of -X importtime (and
// PYTHONPROFILEIMPORTTIME) with python3's for the modules of a program:
// the header first, then a line per module after its imports, indented
// by nesting, with the times masked.
func TestImportTimeMatchesCPython(t *testing.T) {
	python := referencePython(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"impa.py": "import impb, impc\nprint('impa')\n",
		"impb.py": "import impc\n",
		"impc.py": "",
	})
	times := regexp.MustCompile(`^import time: +\d+ \| +\d+ \| `)
	report := func(o outcome) (string, string) {
		lines := strings.Split(o.stderr, "\n")
		var mine []string
		for _, l := range lines {
			if strings.HasSuffix(l, " impa") || strings.HasSuffix(l, " impb") || strings.HasSuffix(l, " impc") {
				mine = append(mine, times.ReplaceAllString(l, "import time: N | N | "))
			}
		}
		return lines[0], strings.Join(mine, "\n") + "\n" + o.stdout
	}
	for _, tt := range []struct {
		name string
		env  []string
		args []string
	}{
		{"-X importtime", nil, []string{"-X", "importtime", "-c", "import impa"}},
		{"-X importtime=0", nil, []string{"-X", "importtime=0", "-c", "import impa; import impb"}},
		{"PYTHONPROFILEIMPORTTIME", []string{"PYTHONPROFILEIMPORTTIME=1"}, []string{"-c", "import impb, impa"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			wantHead, want := report(runEnv(t, dir, "", tt.env, python, tt.args...))
			gotHead, got := report(runEnv(t, dir, "", tt.env, os.Args[0], tt.args...))
			if gotHead != wantHead || got != want {
				t.Errorf("pyjit:\n%s\n%s\npython3:\n%s\n%s", gotHead, got, wantHead, want)
			}
		})
	}
}

// bytesWarnProgram shows the BytesWarning of -b: comparisons of bytes with
// str and int, of bytearray with str, and str() of either.
const bytesWarnProgram = `import sys, warnings
print(sys.flags.bytes_warning)
def probe(label, fn):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            r = fn()
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
    print(label, r, [(w.category.__name__, str(w.message)) for w in ws])
probe('bytes==str', lambda: b'a' == 'a')
probe('str!=bytes', lambda: 'a' != b'a')
probe('bytes==int', lambda: b'a' == 97)
probe('bytes==bool', lambda: b'' == False)
probe('bytearray==str', lambda: bytearray(b'a') == 'a')
probe('bytearray==int', lambda: bytearray(b'a') == 1)
probe('bytes<str', lambda: b'a' < 'a')
probe('bytes==bytearray', lambda: b'a' == bytearray(b'a'))
probe('bytes==memoryview', lambda: b'a' == memoryview(b'a'))
probe('in list', lambda: b'a' in ['a', 1])
probe('str(bytes)', lambda: str(b'x'))
probe('str(bytearray)', lambda: str(bytearray(b'x')))
probe('format', lambda: '%s|{}'.format(b'y') % b'z')
probe('fstring', lambda: f'{b"w"}')
probe('repr', lambda: repr(b'v'))
# CPython warns one to three times for this lookup, depending on the hash
# seed, so this probe shows which warnings it gives, not how many.
def probe_distinct(label, fn):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        r = fn()
    print(label, r, sorted({(w.category.__name__, str(w.message)) for w in ws}))
probe_distinct('dict', lambda: {b'a': 1}.get('a'))
`
