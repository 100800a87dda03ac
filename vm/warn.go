package vm

// Warnings issued by the runtime itself.

import (
	"strconv"
	"strings"
)

// warn issues a warning on behalf of the running Python code, as CPython's
// PyErr_WarnEx with stacklevel 1: the location is the innermost Python
// frame. The default filters apply (a DeprecationWarning is shown only for
// code running in __main__, each warning once per location), overridden
// by the actions in the warnings module's filters when it is loaded; the
// action "error" raises the warning instead.
func (th *Thread) warn(category *Type, msg string) error {
	f := th.frame
	if f == nil || f.code == nil {
		return nil
	}
	action := th.warnAction(category)
	if action == "" {
		action = "default"
		if category.IsSubtype(DeprecationWarningType) {
			action = "ignore"
			if name, ok := f.globals.GetStr("__name__"); ok {
				if s, ok := name.o.(*Str); ok && s.s == "__main__" {
					action = "default"
				}
			}
		}
	}
	switch action {
	case "ignore":
		return nil
	case "error":
		return NewException(category, String(msg))
	}
	filename, line := f.code.Filename, f.Line()
	key := filename + "\x00" + strconv.Itoa(line) + "\x00" + category.Name + "\x00" + msg
	if action != "always" {
		if th.interp.warned[key] {
			return nil
		}
		if th.interp.warned == nil {
			th.interp.warned = map[string]bool{}
		}
		th.interp.warned[key] = true
	}
	text := filename + ":" + strconv.Itoa(line) + ": " + category.Name + ": " + msg + "\n"
	if src, ok := th.interp.sourceLine(filename, line); ok {
		if src = strings.TrimSpace(src); src != "" {
			text += "  " + src + "\n"
		}
	}
	th.interp.stdout.Flush()
	return th.writeTo(th.interp.sysAttr("stderr"), text)
}

// warnAction returns the action of the last matching entry of the warnings
// module's filters list, "" when the module is not loaded or none match.
func (th *Thread) warnAction(category *Type) string {
	m, ok := th.interp.modules.GetStr("warnings")
	if !ok {
		return ""
	}
	mod, ok := m.o.(*Module)
	if !ok {
		return ""
	}
	fv, ok := mod.Dict.GetStr("filters")
	if !ok {
		return ""
	}
	l, ok := fv.o.(*List)
	if !ok {
		return ""
	}
	for i := len(l.items) - 1; i >= 0; i-- {
		t, ok := l.items[i].o.(*Tuple)
		if !ok || len(t.items) < 2 {
			continue
		}
		action, ok1 := t.items[0].o.(*Str)
		cat, ok2 := t.items[1].o.(*Type)
		if ok1 && ok2 && category.IsSubtype(cat) {
			return action.s
		}
	}
	return ""
}
