package main

// Tab completion at the interactive prompt, as CPython's rlcompleter:
// keywords, the names of __main__ and builtins, and after a dot the
// attributes of the object the dotted name before it evaluates to.

import (
	"strings"
	"unicode"

	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/compile"
)

// completerSource is the Python half of the completer: it runs in its own
// namespace and returns the completions of text, one a line.
const completerSource = `
def complete(text, ns, keywords):
    import builtins
    found = []
    def add(word, value):
        if callable(value):
            word += '('
        if word not in found:
            found.append(word)
    if '.' not in text:
        for kw in keywords:
            if kw.startswith(text):
                if kw in ('finally', 'try'):
                    kw += ':'
                elif kw not in ('False', 'None', 'True', 'break', 'continue', 'pass', 'else'):
                    kw += ' '
                if kw not in found:
                    found.append(kw)
        for names in (ns, builtins.__dict__):
            for name, value in list(names.items()):
                if isinstance(name, str) and name.startswith(text) and name != '__builtins__':
                    add(name, value)
        return '\n'.join(found)
    base, _, prefix = text.rpartition('.')
    if not all(part.isidentifier() for part in base.split('.')):
        return ''
    try:
        obj = eval(base, ns)
    except BaseException:
        return ''
    names = set(dir(obj))
    if hasattr(obj, '__class__'):
        names.add('__class__')
        names.update(dir(obj.__class__))
    hide = '__' if prefix == '_' else '_' if prefix == '' else None
    for name in sorted(names):
        if not name.startswith(prefix) or hide and name.startswith(hide):
            continue
        word = base + '.' + name
        if isinstance(getattr(type(obj), name, None), property):
            found.append(word)
            continue
        try:
            value = getattr(obj, name, None)
        except BaseException:
            value = None
        add(word, value)
    return '\n'.join(found)
`

// pythonKeywords are Python 3.11's keywords, as keyword.kwlist.
var pythonKeywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await", "break",
	"class", "continue", "def", "del", "elif", "else", "except", "finally",
	"for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
	"not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
}

// completer completes the names of one module at the prompt.
type completer struct {
	in   *vm.Interpreter
	main *vm.Module
	fn   vm.Value // the Python function complete, once defined
}

func newCompleter(in *vm.Interpreter, main *vm.Module) *completer {
	return &completer{in: in, main: main}
}

// complete is a liner.WordCompleter: it completes the dotted name that
// ends at pos. Tab after nothing but indentation indents by four spaces.
func (c *completer) complete(line string, pos int) (head string, completions []string, tail string) {
	runes := []rune(line)
	if pos > len(runes) {
		pos = len(runes)
	}
	start := pos
	for start > 0 && (isNameRune(runes[start-1]) || runes[start-1] == '.') {
		start--
	}
	head, word, tail := string(runes[:start]), string(runes[start:pos]), string(runes[pos:])
	if word == "" {
		if strings.TrimSpace(head) == "" {
			return head, []string{"    "}, tail
		}
		return head, nil, tail
	}
	return head, c.words(word), tail
}

func isNameRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// words runs the Python completer on text. Its errors (and any panic of
// the code it evaluates) leave no completions.
func (c *completer) words(text string) (words []string) {
	defer func() {
		if recover() != nil {
			words = nil
		}
	}()
	th := c.in.Thread()
	if c.fn.IsNull() {
		co, err := c.in.Compile("<completer>", []byte(completerSource), compile.ExecMode)
		if err != nil {
			return nil
		}
		ns := vm.NewDict()
		if _, err := th.ExecCode(co, ns, ns); err != nil {
			return nil
		}
		fn, err := th.GetItem(vm.Obj(ns), vm.String("complete"))
		if err != nil {
			return nil
		}
		c.fn = fn
	}
	kws := make([]vm.Value, len(pythonKeywords))
	for i, k := range pythonKeywords {
		kws[i] = vm.String(k)
	}
	res, err := th.CallValues(c.fn, vm.String(text), vm.Obj(c.main.Dict), vm.Obj(vm.NewList(kws)))
	if err != nil {
		return nil
	}
	s, err := th.Str(res)
	if err != nil || s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
