//go:build linux

package vm

// os.spawnv, spawnve, spawnvp and spawnvpe. CPython's os.py writes them in
// Python on fork and exec*, and defines them only where fork exists; pyjit
// cannot fork a Go process, so posix has them natively, with the mode
// constants os.py would have defined (P_WAIT, P_NOWAIT, P_NOWAITO), and
// os.py builds spawnl, spawnle, spawnlp and spawnlpe on them as it does on
// Windows. A child is started with syscall.ForkExec.
//
// CPython's child reports a failure to exec (a missing program, a bad
// argument or environment) by exiting with status 127. With P_WAIT the
// result is the same here; with P_NOWAIT, which returns the child's pid,
// the failure is raised instead, as there is no child.

import (
	"os"
	"strings"
	"syscall"
)

// Spawn modes, with the values os.py gives them.
const (
	spawnWait   = 0
	spawnNoWait = 1
)

// posixSpawnFuncs returns the spawn functions of posix.
func posixSpawnFuncs() map[string]BuiltinFunc {
	return map[string]BuiltinFunc{
		"spawnv":   spawnFunc("spawnv", false, false),
		"spawnve":  spawnFunc("spawnve", true, false),
		"spawnvp":  spawnFunc("spawnvp", false, true),
		"spawnvpe": spawnFunc("spawnvpe", true, true),
	}
}

// spawnFunc returns spawnv and its variants: withEnv takes the child's
// environment as a fourth argument, searchPath looks the program up in
// PATH as execvp does.
func spawnFunc(name string, withEnv, searchPath bool) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		var mode, file, argv, env Value
		pairs := []any{"mode", &mode, "file", &file, "args", &argv}
		if withEnv {
			pairs = append(pairs, "env", &env)
		}
		if err := UnpackArgs(th, name, args, kw, pairs...); err != nil {
			return Null, err
		}
		var items []Value
		switch a := argv.o.(type) {
		case *Tuple:
			items = a.items
		case *List:
			items = a.items
		default:
			return Null, Errorf(TypeErrorType, "argv must be a tuple or a list")
		}
		if len(items) == 0 {
			return Null, Errorf(ValueErrorType, "argv first element cannot be empty")
		}
		if ok, err := th.Truth(items[0]); err != nil {
			return Null, err
		} else if !ok {
			return Null, Errorf(ValueErrorType, "argv first element cannot be empty")
		}
		if err := th.osCheck(Null); err != nil {
			return Null, err
		}
		noWait, err := th.Equal(mode, Int(spawnNoWait))
		if err != nil {
			return Null, err
		}
		pid, err := th.spawnChild(name, file, items, env, withEnv, searchPath)
		if err != nil {
			if noWait {
				return Null, err
			}
			return Int(127), nil
		}
		if noWait {
			return Int(int64(pid)), nil
		}
		for {
			_, ws, err := th.wait4(pid, 0)
			if err != nil {
				return Null, err
			}
			switch {
			case ws.Stopped():
				continue
			case ws.Signaled():
				return Int(-int64(ws.Signal())), nil
			}
			return Int(int64(ws.ExitStatus())), nil
		}
	}
}

// spawnChild converts the program, its arguments and environment as
// execv, execve and execvp do, and starts it.
func (th *Thread) spawnChild(fname string, file Value, items []Value, env Value, withEnv, searchPath bool) (int, error) {
	prog, err := th.pathArg(fname, "path", file, false, false)
	if err != nil {
		return 0, err
	}
	argv := make([]string, len(items))
	for i, v := range items {
		p, err := th.pathArg(fname, "args", v, false, false)
		if err != nil {
			return 0, err
		}
		argv[i] = p.s
	}
	attr := &syscall.ProcAttr{
		Env:   syscall.Environ(),
		Files: []uintptr{0, 1, 2},
	}
	if withEnv {
		if attr.Env, err = th.spawnEnv(fname, env); err != nil {
			return 0, err
		}
	}
	execs := []Value{bytesResult([]byte(prog.s))}
	if searchPath && !strings.Contains(prog.s, "/") {
		execs = execs[:0]
		for _, dir := range strings.Split(spawnPath(attr.Env, withEnv), ":") {
			full := prog.s
			if dir != "" {
				full = strings.TrimSuffix(dir, "/") + "/" + prog.s
			}
			execs = append(execs, bytesResult([]byte(full)))
		}
	}
	pid, err := spawnFirst(execs, argv, attr)
	if err != nil {
		if _, ok := err.(*Exception); ok {
			return 0, err
		}
		return 0, osError(err, Null, Null)
	}
	return pid, nil
}

// spawnEnv converts the environment mapping of spawnve as execve does.
func (th *Thread) spawnEnv(fname string, env Value) ([]string, error) {
	keys, err := th.CallMethod(env, "keys")
	if err != nil {
		return nil, Errorf(TypeErrorType, "env.keys() or env.values() is not a list")
	}
	names, err := th.iterateToSlice(keys)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(names))
	for _, k := range names {
		v, err := th.GetItem(env, k)
		if err != nil {
			return nil, err
		}
		kp, err := th.pathArg(fname, "env", k, false, false)
		if err != nil {
			return nil, err
		}
		vp, err := th.pathArg(fname, "env", v, false, false)
		if err != nil {
			return nil, err
		}
		if kp.s == "" || strings.Contains(kp.s[1:], "=") {
			return nil, Errorf(ValueErrorType, "illegal environment variable name")
		}
		out = append(out, kp.s+"="+vp.s)
	}
	return out, nil
}

// spawnPath is the PATH that execvp searches: the child's, or this
// process's when the child inherits it, else os.defpath.
func spawnPath(env []string, own bool) string {
	if !own {
		if p, ok := os.LookupEnv("PATH"); ok {
			return p
		}
		return "/bin:/usr/bin"
	}
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			return v
		}
	}
	return "/bin:/usr/bin"
}
