package vm

import (
	"strings"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/codecache"
	"github.com/pyjit/pyjit/vm/syntax"
)

// CodeCacheStats counts what imports of module sources did with the code
// cache.
type CodeCacheStats struct {
	Loaded   int // modules whose code came from the cache
	Compiled int // modules compiled from source
	Written  int // compiled modules whose code was stored
}

// CodeCacheStats returns the interpreter's code-cache counters.
func (in *Interpreter) CodeCacheStats() CodeCacheStats { return in.cacheStats }

// cachedPath is the __cached__ of the module loaded from file ("" for none).
func (in *Interpreter) cachedPath(file string) string {
	if in.codeCache == nil {
		return ""
	}
	return in.codeCache.CachedPath(file, in.flags.Optimize)
}

// dontWriteBytecode reports whether sys.dont_write_bytecode is true.
func (in *Interpreter) dontWriteBytecode() bool {
	if m, ok := in.modules.GetStr("sys"); ok {
		if mm, ok := m.o.(*Module); ok {
			if v, ok := mm.Dict.GetStr("dont_write_bytecode"); ok {
				return !v.Is(False) && !v.IsNone() && !(v.IsSmallInt() && v.n == 0)
			}
		}
	}
	return in.noWriteBytecode
}

// compileModule compiles a module's source, or loads its code from the
// code cache. Code from the cache carries the file name it was found
// under; as with CPython's .pyc files, its compile-time warnings are not
// issued again. A module that does not compile is never cached, so its
// SyntaxError is raised on every import.
func (in *Interpreter) compileModule(file string, src []byte) (*CodeObj, error) {
	cache := in.codeCache
	if cache == nil {
		return in.compileFile(file, src)
	}
	key := codecache.Key{Optimize: in.flags.Optimize, Variant: uint64(uint32(int32(in.literalDigitLimit())))}
	if c := cache.Load(file, src, key); c != nil {
		in.cacheStats.Loaded++
		codecache.SetFilename(c, file)
		return in.compiled(file, src, c)
	}
	co, err := in.compileFile(file, src)
	if err != nil {
		return nil, err
	}
	in.cacheStats.Compiled++
	if !in.dontWriteBytecode() && cache.Store(file, src, key, co.Code) {
		in.cacheStats.Written++
	}
	return co, nil
}

// compiled finishes code compiled from src (now or earlier): it issues
// the compile-time warnings kept in the code (by a compilation without a
// warning callback: the interpreter's own issue them as they compile) and
// keeps the source for tracebacks, unless the file is one of the standard
// library's, which sourceLine reads again from its read-only file system.
func (in *Interpreter) compiled(filename string, src []byte, c *code.Code) (*CodeObj, error) {
	if len(c.Warnings) > 0 {
		warn := in.compileWarner(filename)
		for _, w := range c.Warnings {
			sw := syntax.Warning{Category: "SyntaxWarning", Msg: w.Msg, Span: syntax.Span{Start: syntax.Pos{Line: int32(w.Line)}}}
			if err := warn(sw); err == syntax.ErrWarningRaised {
				return nil, in.syntaxErrorFrom(&syntax.Error{Msg: w.Msg, Filename: filename, Line: w.Line, Kind: "SyntaxError", FileText: true})
			} else if err != nil {
				return nil, err
			}
		}
	}
	if !strings.HasPrefix(filename, "<") && !in.inStdlib(filename) {
		in.rememberSource(filename, src)
	}
	return NewCodeObj(c), nil
}
