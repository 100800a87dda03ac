// Package stdlib finds CPython 3.11's standard library on the machine.
//
// pyjit runs CPython's own pure-Python modules (textwrap, fractions,
// argparse, ...) rather than rewriting them; it implements in Go only the
// modules CPython writes in C, and bundles a few of its own. The library
// comes from an installed CPython 3.11: Debian's libpython3.11-stdlib
// (/usr/lib/python3.11), a /usr/local build, a pyenv install, or the
// python3.11 found on PATH.
package stdlib

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
)

// Version is the CPython release whose library pyjit runs.
const Version = "3.11"

// EnvVar names the environment variable that chooses the library
// directory; set and empty, it means no library.
const EnvVar = "PYJIT_STDLIB"

// Find returns the directory of CPython 3.11's standard library: the
// value of PYJIT_STDLIB if that is set, else the first of the usual
// places that holds the library. ok is false when there is none.
func Find() (dir string, ok bool) {
	if v, set := os.LookupEnv(EnvVar); set {
		return v, v != ""
	}
	for _, d := range candidates() {
		if IsLibrary(d) {
			return d, true
		}
	}
	return "", false
}

// IsLibrary reports whether dir holds a CPython standard library (it
// has os.py and the re package).
func IsLibrary(dir string) bool {
	for _, f := range []string{"os.py", filepath.Join("re", "__init__.py")} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || !st.Mode().IsRegular() {
			return false
		}
	}
	return true
}

// candidates lists the places a CPython 3.11 library is usually
// installed, in the order they are tried.
func candidates() []string {
	lib := "python" + Version
	out := []string{
		filepath.Join("/usr/lib", lib),
		filepath.Join("/usr/local/lib", lib),
	}
	root := os.Getenv("PYENV_ROOT")
	if root == "" {
		if home, err := os.UserHomeDir(); err == nil {
			root = filepath.Join(home, ".pyenv")
		}
	}
	if root != "" {
		versions, _ := filepath.Glob(filepath.Join(root, "versions", Version+".*", "lib", lib))
		// Newest patch release first (3.11.10 after 3.11.9 by length).
		sort.Slice(versions, func(i, j int) bool {
			if len(versions[i]) != len(versions[j]) {
				return len(versions[i]) > len(versions[j])
			}
			return versions[i] > versions[j]
		})
		out = append(out, versions...)
	}
	if exe, err := exec.LookPath(lib); err == nil {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
		out = append(out, filepath.Join(filepath.Dir(filepath.Dir(exe)), "lib", lib))
	}
	return out
}
