package codecache

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/pyjit/pyjit/vm/code"
)

// Cache keeps the compiled code of module source files.
type Cache interface {
	// Load returns the code cached for source file, if any was stored
	// for exactly src and the compile settings key by this build.
	Load(file string, src []byte, key Key) *code.Code
	// Store caches the code compiled from src; it reports whether it did.
	// Failures (an unwritable directory) are silent.
	Store(file string, src []byte, key Key, c *code.Code) bool
	// CachedPath is the module's __cached__: where its code compiled at
	// optimization level optimize is cached ("" for none).
	CachedPath(file string, optimize int) string
}

// Key names the compile settings that cached code depends on.
type Key struct {
	// Optimize is the optimization level (python3's -O, -OO). Files
	// cache one level each, named as CPython's .pyc files are
	// (X.Tag.pyc, X.Tag.opt-1.pyc, X.Tag.opt-2.pyc), so that code
	// compiled under -O is never run without it.
	Optimize int
	// Variant stands for the other settings (the digit limit on int
	// literals); it uses at most 56 bits.
	Variant uint64
}

// word is the key as the header of an encoded file records it.
func (k Key) word() uint64 { return k.Variant<<8 | uint64(uint8(k.Optimize)) }

// Dir caches code in files, as CPython does: the code of dir/X.py goes to
// dir/__pycache__/X.pyjit1-311.pyc, written atomically (a temporary file in
// the same directory, then a rename).
//
// With Prefix set, every file goes under Prefix instead, at the source's
// absolute directory (Prefix/usr/lib/python3.11/X.pyjit1-311.pyc), as
// with CPython's PYTHONPYCACHEPREFIX. Otherwise, when a source's
// __pycache__ cannot be written (a read-only library), the file goes
// under Fallback the same way, if Fallback is set, and is looked for
// there after __pycache__.
//
// Names in angle brackets are not files (pyjit's bundled modules,
// "<pyjit>/io.py", or an embedder's library, "<stdlib>/textwrap.py"):
// their code goes under Prefix, or else Fallback, at @pyjit/copy.*.pyc,
// and is not cached when neither is set.
type Dir struct {
	Prefix   string
	Fallback string
}

// cacheName is the cache file name of source file at optimization level
// optimize: X.py gives X.Tag.pyc, or X.Tag.opt-N.pyc for level N > 0.
func cacheName(file string, optimize int) string {
	base := filepath.Base(file)
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	if optimize > 0 {
		return base + "." + Tag + ".opt-" + strconv.Itoa(optimize) + ".pyc"
	}
	return base + "." + Tag + ".pyc"
}

// under places file's cache file under root, at its absolute directory.
func under(root, file string, optimize int) string {
	abs, err := filepath.Abs(file)
	if err != nil {
		return ""
	}
	dir := filepath.Dir(abs)
	if v := filepath.VolumeName(dir); v != "" {
		dir = strings.TrimSuffix(v, ":") + dir[len(v):]
	}
	return filepath.Join(root, dir, cacheName(file, optimize))
}

// virtualPath places the cache file of a name in angle brackets under root.
func virtualPath(root, file string, optimize int) string {
	name := strings.NewReplacer("<", "", ">", "").Replace(file)
	name = filepath.Clean(string(filepath.Separator) + name)
	if !strings.HasSuffix(name, ".py") {
		// A name such as "<frozen importlib._bootstrap>" has no
		// extension for cacheName to drop: its dots are part of it.
		name += ".py"
	}
	return filepath.Join(root, "@"+filepath.Dir(name)[1:], cacheName(name, optimize))
}

// CachedPath implements Cache: the file where Load looks first and Store
// writes first ("" for names in angle brackets, which are not files).
func (d *Dir) CachedPath(file string, optimize int) string {
	if strings.HasPrefix(file, "<") {
		return ""
	}
	if d.Prefix != "" {
		return under(d.Prefix, file, optimize)
	}
	return filepath.Join(filepath.Dir(file), "__pycache__", cacheName(file, optimize))
}

// paths lists where file's code at optimization level optimize may be
// cached, in order.
func (d *Dir) paths(file string, optimize int) []string {
	if strings.HasPrefix(file, "<") {
		root := d.Prefix
		if root == "" {
			root = d.Fallback
		}
		if root == "" {
			return nil
		}
		return []string{virtualPath(root, file, optimize)}
	}
	p := []string{d.CachedPath(file, optimize)}
	if d.Prefix == "" && d.Fallback != "" {
		if f := under(d.Fallback, file, optimize); f != "" {
			p = append(p, f)
		}
	}
	return p
}

// Load implements Cache.
func (d *Dir) Load(file string, src []byte, key Key) *code.Code {
	for _, p := range d.paths(file, key.Optimize) {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if c, err := Decode(data, src, key.word()); err == nil {
			return c
		}
	}
	return nil
}

// Store implements Cache.
func (d *Dir) Store(file string, src []byte, key Key, c *code.Code) bool {
	data := Encode(c, src, key.word())
	for _, p := range d.paths(file, key.Optimize) {
		if writeAtomic(p, data) == nil {
			return true
		}
	}
	return false
}

// writeAtomic writes data to a temporary file in path's directory (made
// if missing) and renames it to path, so that readers see the old file or
// the whole new one.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// Memory caches code in memory, for the life of the process: interpreters
// that import the same sources (an embedder creating one per script)
// compile each once. It keeps the encoded form, so each Load gives a fresh
// Code that no other interpreter shares. It is safe for concurrent use.
type Memory struct {
	mu    sync.Mutex
	files map[memoryKey][]byte
}

// memoryKey is where Memory keeps a file's code: one entry per
// optimization level, as Dir keeps one file per level.
type memoryKey struct {
	file     string
	optimize int
}

// Load implements Cache.
func (m *Memory) Load(file string, src []byte, key Key) *code.Code {
	m.mu.Lock()
	data := m.files[memoryKey{file, key.Optimize}]
	m.mu.Unlock()
	if data == nil {
		return nil
	}
	c, err := Decode(data, src, key.word())
	if err != nil {
		return nil
	}
	return c
}

// Store implements Cache.
func (m *Memory) Store(file string, src []byte, key Key, c *code.Code) bool {
	data := Encode(c, src, key.word())
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.files == nil {
		m.files = map[memoryKey][]byte{}
	}
	m.files[memoryKey{file, key.Optimize}] = data
	return true
}

// CachedPath implements Cache: code cached in memory has no file.
func (m *Memory) CachedPath(string, int) string { return "" }

// SetFilename gives c and the code objects nested in it the file name
// name, for code cached under another name of the same file (as CPython
// fixes co_filename of code loaded from a .pyc).
func SetFilename(c *code.Code, name string) {
	if c.Filename == name {
		return
	}
	c.Filename = name
	for _, k := range c.Consts {
		if sub, ok := k.(*code.Code); ok {
			SetFilename(sub, name)
		}
	}
}
