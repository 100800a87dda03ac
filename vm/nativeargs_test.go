package vm

import (
	"io"
	"math/big"
	"sort"
	"testing"
)

// TestNativeFunctionsRejectBadArguments calls every function of the
// modules written in Go with no argument and with one or two arguments of
// assorted types: each call returns or raises, and none panics (a panic
// would end the script with "pyjit internal error"). Modules whose
// functions act on the process (posix, sys, signals, threads, exit
// handlers) are left out, as are functions that wait and array, which
// imports collections.abc from the standard library (not given here).
func TestNativeFunctionsRejectBadArguments(t *testing.T) {
	in := New(Options{Stdout: io.Discard, Stderr: io.Discard})
	th := in.Thread()
	skipModules := map[string]bool{"_thread": true, "posix": true, "sys": true, "_signal": true,
		"_posixsubprocess": true, "atexit": true, "array": true}
	skipFunctions := map[string]bool{"time.sleep": true, "select.select": true}
	samples := []Value{None, Int(0), Int(-1), Float(1.5), String(""), String("abc"),
		Obj(&Bytes{b: []byte{}}), TupleOf(), IntFromBig(new(big.Int).Lsh(big.NewInt(1), 70))}
	var names []string
	for name := range nativeModules() {
		if !skipModules[name] {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		mv, err := th.importModule(name)
		if err != nil {
			t.Errorf("import %s: %v", name, err)
			continue
		}
		for _, k := range mv.o.(*Module).Dict.Keys() {
			fn, _ := mv.o.(*Module).Dict.GetStr(k.o.(*Str).String())
			b, ok := fn.o.(*Builtin)
			if !ok || skipFunctions[name+"."+b.Name] {
				continue
			}
			var call func(args []Value)
			call = func(args []Value) {
				if r := callRecovering(th, fn, args); r != nil {
					t.Errorf("%s.%s with %d arguments panicked: %v", name, b.Name, len(args), r)
					return
				}
				if len(args) == 2 {
					return
				}
				for _, a := range samples {
					call(append(append([]Value{}, args...), a))
				}
			}
			call(nil)
		}
	}
}

// callRecovering calls fn and returns what it panicked with, if it did.
func callRecovering(th *Thread, fn Value, args []Value) (r any) {
	defer func() { r = recover() }()
	th.Call(fn, args, nil)
	return nil
}
