package vm

// Warnings issued by the runtime itself.

import (
	"strconv"
	"strings"
)

// warn issues a warning on behalf of the running Python code, as CPython's
// PyErr_WarnEx with stacklevel 1: the location is the innermost Python
// frame. When the warnings module is loaded, its warn decides; else the
// default filters apply.
func (th *Thread) warn(category *Type, msg string) error {
	f := th.frame
	if f == nil || f.code == nil {
		return nil
	}
	if w, ok := th.warningsWarn(); ok {
		// The warnings module decides, as _warnings does in CPython: its
		// filters, its registry and showwarning (which catch_warnings
		// replaces to record).
		_, err := th.Call(w, []Value{String(msg), Obj(category), Int(1)}, nil)
		return err
	}
	// Without the warnings module, its default filters: a
	// DeprecationWarning shows only for code running in __main__, and
	// each warning once per location.
	if category.IsSubtype(DeprecationWarningType) {
		name, _ := f.globals.GetStr("__name__")
		if s, ok := name.o.(*Str); !ok || s.s != "__main__" {
			return nil
		}
	}
	filename, line := f.code.Filename, f.Line()
	key := filename + "\x00" + strconv.Itoa(line) + "\x00" + category.Name + "\x00" + msg
	if th.interp.warned[key] {
		return nil
	}
	if th.interp.warned == nil {
		th.interp.warned = map[string]bool{}
	}
	th.interp.warned[key] = true
	text := filename + ":" + strconv.Itoa(line) + ": " + category.Name + ": " + msg + "\n"
	if src, ok := th.interp.sourceLine(filename, line); ok {
		if src = strings.TrimSpace(src); src != "" {
			text += "  " + src + "\n"
		}
	}
	th.interp.stdout.Flush()
	return th.writeTo(th.interp.sysAttr("stderr"), text)
}

// warningsWarn is the warnings module's warn, when the module is loaded.
func (th *Thread) warningsWarn() (Value, bool) {
	m, ok := th.interp.modules.GetStr("warnings")
	if !ok {
		return Null, false
	}
	mod, ok := m.o.(*Module)
	if !ok {
		return Null, false
	}
	return mod.Dict.GetStr("warn")
}
