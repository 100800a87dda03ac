package vm

// sys.stdin and input(): the reading side of the standard streams. The
// bytes come from Options.Stdin through one buffered reader per
// interpreter and are decoded as CPython decodes its standard input under
// a UTF-8 locale: UTF-8 with surrogateescape, lines ending at "\n" only
// (CPython's sys.stdin translates no newlines on POSIX).

import (
	"io"
	"os"
	"unicode/utf8"
)

// textStreamReading adds the methods and attributes of a text stream's
// reading side to t, the type of sys.stdin, sys.stdout and sys.stderr.
// Only sys.stdin is readable; the others raise io.UnsupportedOperation, as
// CPython's do.
func textStreamReading(t *Type) {
	reading := func(th *Thread, self Value) (*TextStream, error) {
		ts := self.o.(*TextStream)
		if ts.closed {
			return nil, ioClosedError()
		}
		if ts.r == nil {
			return nil, th.ioUnsupported("not readable")
		}
		return ts, nil
	}
	method(t, "read", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		size, err := th.ioOptSize(args, 0)
		if err != nil {
			return Null, err
		}
		ts, err := reading(th, self)
		if err != nil {
			return Null, err
		}
		b, err := th.readChars(ts, size, false)
		if err != nil {
			return Null, err
		}
		return th.decodeStdin(b)
	})
	method(t, "readline", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		size, err := th.ioOptSize(args, 0)
		if err != nil {
			return Null, err
		}
		ts, err := reading(th, self)
		if err != nil {
			return Null, err
		}
		return th.readStdinLine(ts, size)
	})
	method(t, "readlines", ioBaseReadlines)
	method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return self, nil
	})
	method(t, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		ts, err := reading(th, self)
		if err != nil {
			return Null, err
		}
		line, err := th.readStdinLine(ts, -1)
		if err != nil {
			return Null, err
		}
		if line.o.(*Str).s == "" {
			return Null, NewException(StopIterationType)
		}
		return line, nil
	})
	method(t, "readable", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Bool(self.o.(*TextStream).r != nil), nil
	})
	method(t, "seekable", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		ts := self.o.(*TextStream)
		return Bool(ts.r != nil && ts.in.stdinRegular()), nil
	})
	method(t, "tell", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		ts := self.o.(*TextStream)
		if ts.r == nil || !ts.in.stdinRegular() {
			return Null, th.ioUnsupported("underlying stream is not seekable")
		}
		pos, err := ts.in.stdinFile.Seek(0, io.SeekCurrent)
		if err != nil {
			return Null, stdinError(err)
		}
		return Int(pos - int64(ts.r.Buffered())), nil
	})
	method(t, "seek", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		ts := self.o.(*TextStream)
		if len(args) < 1 || len(args) > 2 {
			return Null, Errorf(TypeErrorType, "seek expected at least 1 argument, got %d", len(args))
		}
		if ts.r == nil || !ts.in.stdinRegular() {
			return Null, th.ioUnsupported("underlying stream is not seekable")
		}
		pos, err := th.cIntArg(args[0])
		if err != nil {
			return Null, err
		}
		whence := int64(0)
		if len(args) == 2 {
			if whence, err = th.cIntArg(args[1]); err != nil {
				return Null, err
			}
		}
		switch {
		case whence == 0 && pos < 0:
			return Null, Errorf(ValueErrorType, "negative seek position %d", pos)
		case whence != 0 && pos != 0:
			return Null, th.ioUnsupported("can't do nonzero cur-relative seeks")
		case whence == 1:
			return th.CallMethod(self, "tell")
		case whence < 0 || whence > 2:
			return Null, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		at, err := ts.in.stdinFile.Seek(pos, int(whence))
		if err != nil {
			return Null, stdinError(err)
		}
		ts.r.Reset(ts.in.stdinSource)
		return Int(at), nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		ts := self.o.(*TextStream)
		return String("<_io.TextIOWrapper name='" + ts.name + "' mode='" + ts.mode() + "' encoding='" + ts.in.stdio.name() + "'>"), nil
	})
	getset(t, "mode", func(th *Thread, v Value) (Value, error) { return String(v.o.(*TextStream).mode()), nil })
	getset(t, "closed", func(th *Thread, v Value) (Value, error) { return Bool(v.o.(*TextStream).closed), nil })
	method(t, "close", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		ts := self.o.(*TextStream)
		if ts.closed {
			return None, nil
		}
		ts.closed = true
		if ts.r == nil {
			return None, ts.in.flushStdout()
		}
		return None, nil
	})
	method(t, "__enter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if self.o.(*TextStream).closed {
			return Null, ioClosedError()
		}
		return self, nil
	})
	method(t, "__exit__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.CallMethod(self, "close")
	})
	getset(t, "line_buffering", func(th *Thread, v Value) (Value, error) { return False, nil })
	getset(t, "newlines", func(th *Thread, v Value) (Value, error) { return None, nil })
}

// mode is the stream's mode as CPython reports it.
func (ts *TextStream) mode() string {
	if ts.r != nil {
		return "r"
	}
	return "w"
}

// readStdinLine reads one line of at most size characters (all of it
// when size is negative), with its "\n"; "" at the end of the input.
func (th *Thread) readStdinLine(ts *TextStream, size int64) (Value, error) {
	if err := th.stdinReadable(); err != nil {
		return Null, err
	}
	if size < 0 {
		th.interp.stdout.Flush()
		b, err := ts.r.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return Null, stdinError(err)
		}
		if err := th.alloc(int64(len(b))); err != nil {
			return Null, err
		}
		return th.decodeStdin(b)
	}
	b, err := th.readChars(ts, size, true)
	if err != nil {
		return Null, err
	}
	return th.decodeStdin(b)
}

// readChars reads the bytes of up to n characters (to the end of the
// input when n is negative), stopping after a "\n" when line is set. A
// byte that starts no valid UTF-8 sequence is one character, as
// surrogateescape decodes it.
func (th *Thread) readChars(ts *TextStream, n int64, line bool) ([]byte, error) {
	if err := th.stdinReadable(); err != nil {
		return nil, err
	}
	th.interp.stdout.Flush()
	if n < 0 && !line {
		b, err := io.ReadAll(ts.r)
		if err != nil {
			return nil, stdinError(err)
		}
		return b, th.alloc(int64(len(b)))
	}
	var out []byte
	for count := int64(0); count < n; count++ {
		if count%4096 == 4095 {
			if err := th.tick(); err != nil {
				return nil, err
			}
		}
		p, err := ts.r.Peek(utf8.UTFMax)
		if stop, ok := err.(*stdinStop); ok {
			return nil, stop.err
		}
		if len(p) == 0 {
			if err != nil && err != io.EOF {
				return nil, stdinError(err)
			}
			break
		}
		w := 1
		if !th.interp.stdio.byteChars() {
			_, w = utf8.DecodeRune(p)
		}
		out = append(out, p[:w]...)
		ts.r.Discard(w)
		if line && p[0] == '\n' {
			break
		}
	}
	return out, nil
}

// stdinReadable refuses to read sys.stdin in an encoding whose
// characters and lines pyjit cannot find in the bytes (UTF-16, UTF-32).
func (th *Thread) stdinReadable() error {
	if e := th.interp.stdio; !e.readable() {
		return Errorf(NotImplementedErrorType, "pyjit reads sys.stdin in UTF-8 or a single-byte encoding, not %s", e.name())
	}
	return nil
}

// decodeStdin decodes bytes read from standard input.
func (th *Thread) decodeStdin(b []byte) (Value, error) {
	e := th.interp.stdio
	if e.codec == nil && utf8.Valid(b) {
		return String(string(b)), nil
	}
	errs := e.errors
	if errs == "" {
		errs = "surrogateescape"
	}
	return th.decodeBytes("read", Null, b, String(e.name()), String(errs))
}

// stdinError converts an error reading standard input into an OSError,
// or returns the exception that stopped a read that waited.
func stdinError(err error) error {
	if stop, ok := err.(*stdinStop); ok {
		return stop.err
	}
	return NewException(OSErrorType, String(err.Error()))
}

// stdinStop carries through the buffered reader of standard input the
// exception (KeyboardInterrupt, a limit) that stopped a read that waited.
type stdinStop struct{ err error }

func (s *stdinStop) Error() string { return s.err.Error() }

// stdinIsTerminal reports whether standard input is a terminal.
func (in *Interpreter) stdinIsTerminal() bool {
	if in.stdinFile == nil {
		return false
	}
	fi, err := in.stdinFile.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// stdinRegular reports whether standard input is a regular file, which
// can seek.
func (in *Interpreter) stdinRegular() bool {
	if in.stdinFile == nil {
		return false
	}
	fi, err := in.stdinFile.Stat()
	return err == nil && fi.Mode().IsRegular()
}

// builtinInput is input([prompt]): the prompt written to sys.stdout, then a
// line read from sys.stdin without its newline; EOFError at the end of the
// input.
func builtinInput(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	in := th.interp
	fin, _ := in.sysAttrPresent("stdin")
	fout, _ := in.sysAttrPresent("stdout")
	ferr, _ := in.sysAttrPresent("stderr")
	switch {
	case fin.o == nil || fin.IsNone():
		return Null, Errorf(RuntimeErrorType, "input(): lost sys.stdin")
	case fout.o == nil || fout.IsNone():
		return Null, Errorf(RuntimeErrorType, "input(): lost sys.stdout")
	case ferr.o == nil || ferr.IsNone():
		return Null, Errorf(RuntimeErrorType, "input(): lost sys.stderr")
	}
	th.CallMethod(ferr, "flush") // errors ignored, as CPython's
	if in.readLine != nil && in.ownStreams(fin, fout) {
		return th.inputEdited(args)
	}
	if len(args) > 0 {
		s, err := th.Str(args[0])
		if err != nil {
			return Null, err
		}
		if err := th.writeTo(fout, s); err != nil {
			return Null, err
		}
	}
	th.CallMethod(fout, "flush") // errors ignored, as CPython's
	var line Value
	var err error
	if ts, ok := fin.o.(*TextStream); ok && ts.r != nil {
		line, err = th.readStdinLine(ts, -1)
	} else {
		line, err = th.CallMethod(fin, "readline")
	}
	if err != nil {
		return Null, err
	}
	s, ok := unwrap(line).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "object.readline() returned non-string")
	}
	if s.s == "" {
		return Null, Errorf(EOFErrorType, "EOF when reading a line")
	}
	if s.s[len(s.s)-1] == '\n' {
		return String(s.s[:len(s.s)-1]), nil
	}
	return Obj(s), nil
}

// SetReadLine makes input() read its line with f, the interactive
// prompt's line editor, as CPython's input() reads with readline on a
// terminal, while sys.stdin and sys.stdout are the interpreter's own
// streams. f shows prompt and returns the line without its newline,
// io.EOF at the end of the input (input() raises EOFError), or an
// exception to raise (KeyboardInterrupt for Ctrl-C). Nil turns it off.
func (in *Interpreter) SetReadLine(f func(prompt string) (string, error)) { in.readLine = f }

// ownStreams reports whether fin and fout are the interpreter's own
// sys.stdin and sys.stdout, open.
func (in *Interpreter) ownStreams(fin, fout Value) bool {
	i, ok1 := fin.o.(*TextStream)
	o, ok2 := fout.o.(*TextStream)
	return ok1 && ok2 && i.r == in.stdin && !i.closed && o.w == in.rawStdout && o.name == "<stdout>" && !o.closed
}

// inputEdited is input() reading through the line editor.
func (th *Thread) inputEdited(args []Value) (Value, error) {
	prompt := ""
	if len(args) > 0 {
		s, err := th.Str(args[0])
		if err != nil {
			return Null, err
		}
		prompt = s
	}
	th.interp.stdout.Flush()
	line, err := th.interp.readLine(prompt)
	switch {
	case err == io.EOF:
		return Null, Errorf(EOFErrorType, "EOF when reading a line")
	case err != nil:
		if exc, ok := err.(*Exception); ok {
			return Null, exc
		}
		return Null, stdinError(err)
	}
	return String(line), nil
}
