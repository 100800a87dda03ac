package vm

// The faulthandler module, in part: enable, disable, is_enabled and
// dump_traceback, which writes the Python stack of each thread to a file
// descriptor as CPython's does. pyjit turns its own crashes into Python
// exceptions, so enable only records the request; the timed and
// signal-triggered dumps (dump_traceback_later, register) are not there.

import (
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

func makeFaulthandlerModule(th *Thread) (*Module, error) {
	enabled := false
	fileArgs := func(th *Thread, name string, args []Value, kw []string, names []string, out ...*Value) (int, error) {
		if err := unpackArgs(name, args, kw, 0, names, out...); err != nil {
			return 0, err
		}
		file := *out[0]
		if file.o == nil || file.IsNone() {
			file = th.interp.sysAttr("stderr")
			if file.o == nil || file.IsNone() {
				return 0, Errorf(RuntimeErrorType, "sys.stderr is None")
			}
		}
		if file.IsSmallInt() {
			return int(int64(file.n)), nil
		}
		if flush, err := th.GetAttr(file, intern("flush")); err == nil {
			if _, err := th.Call(flush, nil, nil); err != nil {
				return 0, err
			}
		}
		return th.fileDescriptor(file)
	}
	return newNativeModule("faulthandler", map[string]BuiltinFunc{
		"enable": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var file, all Value
			if _, err := fileArgs(th, "enable", args, kw, []string{"file", "all_threads"}, &file, &all); err != nil {
				return Null, err
			}
			enabled = true
			return None, nil
		},
		"disable": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			was := enabled
			enabled = false
			return Bool(was), nil
		},
		"is_enabled": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Bool(enabled), nil
		},
		"dump_traceback": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var file, all Value
			fd, err := fileArgs(th, "dump_traceback", args, kw, []string{"file", "all_threads"}, &file, &all)
			if err != nil {
				return Null, err
			}
			allThreads := true
			if all.o != nil {
				if allThreads, err = th.Truth(all); err != nil {
					return Null, err
				}
			}
			if _, err := unix.Write(fd, []byte(th.dumpTracebacks(allThreads))); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		},
	}), nil
}

// dumpTracebacks is what faulthandler.dump_traceback writes: the stack of
// the running thread, or of every thread, most recent call first.
func (th *Thread) dumpTracebacks(all bool) string {
	var b strings.Builder
	if !all {
		b.WriteString("Stack (most recent call first):\n")
		th.dumpStack(&b)
		return b.String()
	}
	in := th.interp
	threads := []*Thread{in.main}
	in.threads.mu.Lock()
	for t := range in.threads.all {
		threads = append(threads, t)
	}
	in.threads.mu.Unlock()
	for i, t := range threads {
		if i > 0 {
			b.WriteString("\n")
		}
		if t == th {
			b.WriteString("Current thread ")
		} else {
			b.WriteString("Thread ")
		}
		b.WriteString("0x" + formatHex(uint64(t.ident())) + " (most recent call first):\n")
		t.dumpStack(&b)
	}
	return b.String()
}

// dumpStack writes th's frames as faulthandler does.
func (th *Thread) dumpStack(b *strings.Builder) {
	for f := th.frame; f != nil; f = f.back {
		if co := f.code; co != nil {
			b.WriteString("  File \"" + co.Filename + "\", line " + strconv.Itoa(f.Line()) + " in " + co.Name + "\n")
		}
	}
}
