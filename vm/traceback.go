package vm

// Printing exceptions and tracebacks exactly as CPython's default
// sys.excepthook does, including chained exceptions, collapsed recursion,
// and the caret lines that point at the failing expression.

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/syntax"
)

// sourceLine returns line n (1-based) of a file, without its newline.
func (in *Interpreter) sourceLine(filename string, n int) (string, bool) {
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	lines, ok := in.sources[filename]
	if !ok {
		data, err := in.readModuleFile(filename)
		if err != nil {
			// Like CPython, no source lines for code that is not in a
			// file (-c, stdin, exec of a string).
			in.sources[filename] = nil
			return "", false
		}
		lines = strings.Split(string(data), "\n")
		in.sources[filename] = lines
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimRight(lines[n-1], "\r"), true
}

// rememberSource keeps the source of a compiled file for its tracebacks,
// so they show lines even when the file system is not readable.
func (in *Interpreter) rememberSource(filename string, src []byte) {
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	in.sources[filename] = strings.Split(string(src), "\n")
}

// FormatException renders an exception with its chain as CPython prints it.
// It runs Python code (__str__ of the exceptions and their notes), so a
// host calls it inside Interpreter.Run, under the script's limits; see
// FormatExceptionErr.
func (th *Thread) FormatException(exc *Exception) string {
	s, _ := th.FormatExceptionErr(exc)
	return s
}

// FormatExceptionErr is FormatException that also reports a limit (a
// *LimitError) reached while the Python code it calls ran; the text is
// then incomplete.
func (th *Thread) FormatExceptionErr(exc *Exception) (string, error) {
	tb, _, err := th.FormatExceptionLine(exc)
	return tb, err
}

// FormatExceptionLine is FormatExceptionErr that also returns the line
// of the traceback naming exc's type and message ("KeyError: 'k'",
// "json.decoder.JSONDecodeError: Expecting value: ..."): the traceback's
// last line, unless notes follow it.
func (th *Thread) FormatExceptionLine(exc *Exception) (traceback, line string, err error) {
	var b strings.Builder
	ctx := &printCtx{seen: map[*Exception]bool{}, top: exc}
	th.formatChain(&b, exc, ctx)
	return b.String(), ctx.topLine, ctx.stopped
}

// printCtx follows CPython's _ExceptionPrintContext: exception groups are
// printed inside margins whose depth grows with nesting.
type printCtx struct {
	seen      map[*Exception]bool
	depth     int
	needClose bool
	stopped   error // a *LimitError from Python code the formatting ran
	top       *Exception
	topLine   string // top's "Type: message" line
}

// failed notes an error from Python code run while formatting; a limit
// stops the formatting.
func (c *printCtx) failed(err error) {
	var le *LimitError
	if c.stopped == nil && errors.As(err, &le) {
		c.stopped = err
	}
}

func (c *printCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text with the current margin on every line.
func (c *printCtx) emit(b *strings.Builder, text string, margin string) {
	if text == "" {
		return
	}
	prefix := c.indent()
	if c.depth > 0 {
		if margin == "" {
			margin = "|"
		}
		prefix += margin + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		b.WriteString(prefix + line)
	}
}

const (
	tracebackLimit  = 1000
	recursiveCutoff = 3
	maxGroupWidth   = 15
	maxGroupDepth   = 10
)

func (th *Thread) formatChain(b *strings.Builder, exc *Exception, ctx *printCtx) {
	type link struct {
		msg string
		exc *Exception
	}
	var chain []link
	for e := exc; e != nil; {
		ctx.seen[e] = true
		var next *Exception
		msg := ""
		if c, ok := e.cause.o.(*Exception); ok && !ctx.seen[c] {
			msg, next = "\nThe above exception was the direct cause of the following exception:\n\n", c
		} else if c, ok := e.context.o.(*Exception); ok && !e.suppressContext && !ctx.seen[c] {
			msg, next = "\nDuring handling of the above exception, another exception occurred:\n\n", c
		}
		chain = append(chain, link{msg, e})
		e = next
	}
	for i := len(chain) - 1; i >= 0 && ctx.stopped == nil; i-- {
		if i < len(chain)-1 {
			ctx.emit(b, chain[i].msg, "")
		}
		th.formatOne(b, chain[i].exc, ctx)
	}
}

func (th *Thread) formatStack(exc *Exception) string {
	return th.formatStackLimit(exc, tracebackLimit)
}

// printedTracebackLimit is the number of entries the default excepthook
// prints from sys.tracebacklimit, as PyTraceBack_Print reads it: an int
// at most 0 prints no traceback (show is false), a larger one prints the
// innermost entries; anything else leaves the default.
func (th *Thread) printedTracebackLimit() (limit int, show bool) {
	v := th.interp.sysAttr("tracebacklimit")
	if v.o == nil || !isIntValue(v) {
		return tracebackLimit, true
	}
	b, _ := asBig(v)
	switch {
	case b.Sign() <= 0:
		return 0, false
	case !b.IsInt64() || b.Int64() > 1<<31:
		return 1 << 31, true
	}
	return int(b.Int64()), true
}

func (th *Thread) formatStackLimit(exc *Exception, limit int) string {
	var b strings.Builder
	var entries []*Traceback
	for tb := exc.tb; tb != nil; tb = tb.Next {
		entries = append(entries, tb)
	}
	if len(entries) > limit {
		entries = entries[len(entries)-limit:]
	}
	var last *Traceback
	repeat := 0
	flush := func() {
		if repeat > recursiveCutoff {
			n := repeat - recursiveCutoff
			b.WriteString("  [Previous line repeated " + itoa(n) + " more time" + plural_s(n != 1) + "]\n")
		}
	}
	for _, tb := range entries {
		if last != nil && last.Code.Filename == tb.Code.Filename && last.Line() == tb.Line() && last.Code.Name == tb.Code.Name {
			repeat++
			if repeat > recursiveCutoff {
				continue
			}
		} else {
			flush()
			repeat = 1
		}
		last = tb
		th.formatEntry(&b, tb)
	}
	flush()
	return b.String()
}

func (th *Thread) formatOne(b *strings.Builder, exc *Exception, ctx *printCtx) {
	if !exc.typ.IsSubtype(BaseExceptionGroupType) {
		if limit, show := th.printedTracebackLimit(); exc.tb != nil && show {
			ctx.emit(b, "Traceback (most recent call last):\n", "")
			ctx.emit(b, th.formatStackLimit(exc, limit), "")
		}
		ctx.emit(b, th.formatExceptionOnly(exc, ctx), "")
		return
	}
	if ctx.depth > maxGroupDepth {
		ctx.emit(b, "... (max_group_depth is "+itoa(maxGroupDepth)+")\n", "")
		return
	}
	topLevel := ctx.depth == 0
	if topLevel {
		ctx.depth++
	}
	if limit, show := th.printedTracebackLimit(); exc.tb != nil && show {
		margin := ""
		if topLevel {
			margin = "+"
		}
		ctx.emit(b, "Exception Group Traceback (most recent call last):\n", margin)
		ctx.emit(b, th.formatStackLimit(exc, limit), "")
	}
	ctx.emit(b, th.formatExceptionOnly(exc, ctx), "")
	subs := exc.group.excs.items
	n := len(subs)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	ctx.needClose = false
	for i := 0; i < n; i++ {
		lastExc := i == n-1
		if lastExc {
			ctx.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := itoa(i + 1)
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		b.WriteString(ctx.indent() + lead + "+---------------- " + title + " ----------------\n")
		ctx.depth++
		if !truncated {
			if sub, ok := subs[i].o.(*Exception); ok {
				th.formatChain(b, sub, ctx)
			}
		} else {
			remaining := len(subs) - maxGroupWidth
			ctx.emit(b, "and "+itoa(remaining)+" more exception"+plural_s(remaining > 1)+"\n", "")
		}
		if lastExc && ctx.needClose {
			b.WriteString(ctx.indent() + "+------------------------------------\n")
			ctx.needClose = false
		}
		ctx.depth--
	}
	if topLevel {
		ctx.depth = 0
	}
}

// formatExceptionOnly renders the "Type: message" part (with a SyntaxError's
// location and notes).
func (th *Thread) formatExceptionOnly(exc *Exception, ctx *printCtx) string {
	var b strings.Builder
	if exc.typ.IsSubtype(SyntaxErrorType) {
		th.formatSyntaxError(&b, exc)
	}
	name := exc.typ.QualName
	if m, ok := exc.typ.Dict.GetStr("__module__"); ok {
		if s, ok := m.o.(*Str); ok && s.s != "builtins" && s.s != "__main__" {
			name = s.s + "." + name
		}
	}
	var msg string
	var err error
	if exc.typ.IsSubtype(SyntaxErrorType) {
		msg = syntaxMsg(exc)
	} else {
		msg, err = th.Str(Obj(exc))
	}
	line := name + ": " + msg
	if err != nil {
		ctx.failed(err)
		line = name + ": <exception str() failed>"
	} else if msg == "" {
		line = name
	}
	if s := th.suggestion(exc); s != "" {
		line += ". Did you mean: '" + s + "'?"
	}
	b.WriteString(line + "\n")
	if exc == ctx.top && ctx.topLine == "" {
		ctx.topLine = line
	}
	if exc.dict != nil {
		if notes, ok := exc.dict.GetStr("__notes__"); ok {
			if l, ok := notes.o.(*List); ok {
				for _, n := range l.items {
					s, err := th.Str(n)
					if err != nil {
						ctx.failed(err)
						s = "<note str() failed>"
					}
					b.WriteString(s + "\n")
				}
			} else {
				r, err := th.Repr(notes)
				if err != nil {
					ctx.failed(err)
				}
				b.WriteString(r + "\n")
			}
		}
	}
	return b.String()
}

func syntaxMsg(exc *Exception) string {
	if s, ok := exc.fieldOrNone(synMsg).o.(*Str); ok {
		return s.s
	}
	return ""
}

func (th *Thread) formatSyntaxError(b *strings.Builder, exc *Exception) {
	get := func(name string) Value {
		v, _ := excNamedField(exc, name)
		return v
	}
	ln := get("lineno")
	if !ln.IsSmallInt() {
		return
	}
	// As print_exception_file_and_line: str() of the filename, which
	// may be any object; None is "<string>".
	fname := "<string>"
	if fv := get("filename"); fv.o != nil && !fv.IsNone() {
		s, err := th.Str(fv)
		if err != nil {
			return
		}
		fname = s
	}
	b.WriteString("  File \"" + fname + "\", line " + formatInt(int64(ln.n)) + "\n")
	text, ok := get("text").o.(*Str)
	if !ok {
		return
	}
	offset := -1
	if o := get("offset"); o.IsSmallInt() {
		offset = int(int64(o.n))
	}
	endOffset := -1
	if o := get("end_offset"); o.IsSmallInt() {
		endOffset = int(int64(o.n))
	}
	// As CPython's print_error_text, in bytes of the text's UTF-8: an
	// error spanning lines is marked to the end of its first, and the
	// carets end at the end of the text.
	if el := get("end_lineno"); el.IsSmallInt() && int64(el.n) > int64(ln.n) {
		endOffset = len(text.s)
	}
	if endOffset > len(text.s)+1 {
		endOffset = len(text.s) + 1
	}
	reps := 1
	// CPython marks an IndentationError with a single caret.
	if endOffset > 0 && endOffset > offset && !exc.typ.IsSubtype(IndentationErrorType) {
		reps = endOffset - offset
	}
	t := text.s
	offset--
	for len(t) > 0 && (t[0] == ' ' || t[0] == '\t' || t[0] == '\f') {
		t = t[1:]
		offset--
	}
	n := len(t)
	if n > 0 && t[n-1] == '\n' {
		n--
	}
	offset = min(offset, n)
	// Only the line the offset falls in, of a text holding several.
	for {
		nl := strings.IndexByte(t, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		t, n, offset = t[nl+1:], n-(nl+1), offset-(nl+1)
	}
	b.WriteString("    " + t)
	if n >= len(t) || t[n] != '\n' {
		b.WriteString("\n")
	}
	if offset < 0 || !get("offset").IsSmallInt() {
		return
	}
	b.WriteString("    " + strings.Repeat(" ", offset) + strings.Repeat("^", reps) + "\n")
}

// formatEntry prints one traceback entry: location, source line and carets.
func (th *Thread) formatEntry(b *strings.Builder, tb *Traceback) {
	co := tb.Code
	line := tb.Line()
	b.WriteString("  File \"" + co.Filename + "\", line " + itoa(line) + ", in " + co.Name + "\n")
	src, ok := th.interp.sourceLine(co.Filename, line)
	if !ok {
		return
	}
	stripped := strings.TrimLeft(src, " \t\f")
	if strings.TrimSpace(stripped) == "" {
		return
	}
	stripped = strings.TrimRight(stripped, " \t\f\r\n")
	b.WriteString("    " + stripped + "\n")
	if tb.PC >= co.Positions.Len() {
		return
	}
	pos := co.Positions.At(tb.PC)
	if pos.Col < 0 || pos.EndCol < 0 || pos.Line == 0 || pos.EndLine == 0 {
		return
	}
	truncation := len(src) - len(strings.TrimLeft(src, " \t\f"))
	startByte := int(pos.Col)
	endByte := int(pos.EndCol)
	if startByte > len(src) {
		return
	}
	startOff := utf8.RuneCountInString(src[:startByte])
	var endOff int
	left, right := -1, -1
	primary, secondary := "^", "^"
	if pos.EndLine == pos.Line {
		if endByte > len(src) {
			endByte = len(src)
		}
		endOff = utf8.RuneCountInString(src[:endByte])
		if l, r, ok := caretAnchors(src[startByte:endByte]); ok {
			left, right = l, r
			primary, secondary = "~", "^"
		}
	} else {
		// Multi-line expression: highlight to the last non-blank character.
		t := strings.TrimRight(src, " \t\f\r\n")
		endOff = utf8.RuneCountInString(t)
	}
	strippedLen := utf8.RuneCountInString(src) - truncation
	// strippedLen excludes trailing whitespace, as CPython's source line does.
	strippedLen = utf8.RuneCountInString(stripped)
	if endOff-startOff == strippedLen && left < 0 && right < 0 {
		return
	}
	var c strings.Builder
	c.WriteString("    ")
	for p := truncation + 1; p <= endOff; p++ {
		switch {
		case p <= startOff:
			c.WriteByte(' ')
		case left >= 0 && startOff+left < p && p <= startOff+right:
			c.WriteString(secondary)
		default:
			c.WriteString(primary)
		}
	}
	b.WriteString(c.String() + "\n")
}

// caretAnchors finds the operator of a binary operation or the brackets of
// a subscript in the segment of source that failed (in characters).
func caretAnchors(segment string) (int, int, bool) {
	e, err := syntax.ParseExpr("<segment>", []byte(segment))
	if err != nil || strings.Contains(segment, "\n") {
		return 0, 0, false
	}
	toChar := func(byteOff int) int {
		if byteOff > len(segment) {
			byteOff = len(segment)
		}
		return utf8.RuneCountInString(segment[:byteOff])
	}
	switch x := e.(type) {
	case *syntax.BinOp:
		lend := int(x.Left.Pos().End.Col)
		rstart := int(x.Right.Pos().Start.Col)
		if x.Left.Pos().End.Line != 1 || x.Right.Pos().Start.Line != 1 {
			return 0, 0, false
		}
		for i := lend; i < rstart && i < len(segment); i++ {
			c := segment[i]
			if c == ' ' || c == '\t' || c == '\f' {
				continue
			}
			l, r := i, i+1
			if i+1 < rstart && !(segment[i+1] == ' ' || segment[i+1] == '\t' || segment[i+1] == '\f') {
				r++
			}
			if i+1 < rstart && c == ')' {
				continue
			}
			return toChar(l), toChar(r), true
		}
		return 0, 0, false
	case *syntax.Subscript:
		l := int(x.Value.Pos().End.Col)
		r := int(x.Slice.Pos().End.Col) + 1
		for l < len(segment) && segment[l] != '[' {
			l++
		}
		for r < len(segment) && segment[r] != ']' {
			r++
		}
		if r < len(segment) {
			r++
		}
		return toChar(l), toChar(r), true
	}
	return 0, 0, false
}

// writeUnraisable reports an exception that cannot propagate (one raised
// while finalizing obj) as CPython's PyErr_WriteUnraisable does: through
// sys.unraisablehook, whose default writes "Exception ignored in:" and the
// repr of obj on stderr, then the traceback, which is the running frame's
// when the exception has none.
func (th *Thread) writeUnraisable(err error, obj Value) {
	th.writeUnraisableMsg(err, "", obj)
}

// writeUnraisableMsg is writeUnraisable with the message that replaces
// "Exception ignored in" ("Exception ignored in atexit callback").
func (th *Thread) writeUnraisableMsg(err error, msg string, obj Value) {
	exc, ok := err.(*Exception)
	if !ok {
		return
	}
	if exc.tb == nil && th.frame != nil && th.frame.code != nil {
		f := th.frame
		exc.tb = &Traceback{Code: f.code, PC: max(f.pc-1, 0), frame: f.object()}
	}
	hook := th.interp.sysAttr("unraisablehook")
	if b, ok := hook.o.(*Builtin); ok && b.Fn != nil && b.Name == "unraisablehook" && b.mod == "sys" {
		th.defaultUnraisable(exc, msg, obj)
		return
	}
	msgV := None
	if msg != "" {
		msgV = String(msg)
	}
	if obj.o == nil {
		obj = None
	}
	tb := None
	if exc.tb != nil {
		tb = Obj(exc.tb)
	}
	args := makeStructSeq("UnraisableHookArgs", []string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"},
		[]Value{Obj(exc.typ), Obj(exc), tb, msgV, obj})
	if _, herr := th.Call(hook, []Value{args}, nil); herr != nil {
		if hexc, ok := herr.(*Exception); ok {
			th.defaultUnraisable(hexc, "Exception ignored in sys.unraisablehook", hook)
		}
	}
}

// defaultUnraisable writes what CPython's default sys.unraisablehook
// writes: the message and the repr of obj (or the message alone when obj
// is None), then the exception without its cause or context.
func (th *Thread) defaultUnraisable(exc *Exception, msg string, obj Value) {
	var head string
	if obj.o != nil && !obj.IsNone() {
		if msg == "" {
			msg = "Exception ignored in"
		}
		r, rerr := th.Repr(obj)
		if rerr != nil {
			r = "<object repr() failed>"
		}
		head = msg + ": " + r + "\n"
	} else if msg != "" {
		head = msg + ":\n"
	}
	th.interp.stdout.Flush()
	var b strings.Builder
	ctx := &printCtx{seen: map[*Exception]bool{}}
	for _, c := range []Value{exc.cause, exc.context} {
		if ce, ok := c.o.(*Exception); ok {
			ctx.seen[ce] = true
		}
	}
	th.formatChain(&b, exc, ctx)
	s := head + b.String()
	if err := th.writeTo(th.interp.sysAttr("stderr"), s); err != nil {
		io.WriteString(th.interp.stderr, s)
	}
}

// sysUnraisableHook is sys.unraisablehook (and sys.__unraisablehook__):
// it writes an UnraisableHookArgs as the default hook does.
func sysUnraisableHook(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Null, Errorf(TypeErrorType, "unraisablehook() takes exactly one argument (%d given)", len(args))
	}
	items, ok := unwrap(args[0]).o.(*Tuple)
	if !ok || len(items.items) != 5 {
		return Null, Errorf(TypeErrorType, "sys.unraisablehook argument type must be UnraisableHookArgs")
	}
	v := items.items
	exc, ok := v[1].o.(*Exception)
	if !ok {
		return None, nil
	}
	msg := ""
	if s, ok := v[3].o.(*Str); ok {
		msg = s.s
	}
	th.defaultUnraisable(exc, msg, v[4])
	return None, nil
}

// PrintException writes an uncaught exception to stderr.
func (th *Thread) PrintException(exc *Exception) {
	th.interp.stdout.Flush()
	s := th.FormatException(exc)
	stderr := th.interp.sysAttr("stderr")
	if err := th.writeTo(stderr, s); err != nil {
		io.WriteString(th.interp.stderr, s)
	}
}
