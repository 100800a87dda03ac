//go:build linux

package vm

// The _posixsubprocess module: fork_exec, on which CPython's subprocess
// module starts its children. CPython forks and runs the child's setup in
// C; pyjit hands the same setup to Go's syscall.ForkExec (standard streams,
// descriptors kept open, working directory, environment, session, process
// group, credentials). A failed exec raises its OSError at once instead of
// reporting it through subprocess's error pipe, which then stays empty.
// preexec_fn, Python code run in the child, is not supported.

import (
	"os"
	"strconv"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

func makePosixSubprocessModule(th *Thread) (*Module, error) {
	return newNativeModule("_posixsubprocess", map[string]BuiltinFunc{"fork_exec": forkExec}), nil
}

// forkExecArgs is the number of fork_exec's parameters in CPython 3.11.
const forkExecArgs = 23

// spawnMu serializes the descriptor-flag and umask changes made around a
// spawn, which are process-wide.
var spawnMu sync.Mutex

func forkExec(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "fork_exec() takes no keyword arguments")
	}
	if len(args) != forkExecArgs {
		return Null, Errorf(TypeErrorType, "fork_exec() takes exactly %d arguments (%d given)", forkExecArgs, len(args))
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	th.flushFileWrites()
	var argv []string
	if !args[0].IsNone() {
		items, err := th.iterateToSlice(args[0])
		if err != nil {
			return Null, err
		}
		for _, v := range items {
			p, err := th.pathArg("fork_exec", "args", v, false, false)
			if err != nil {
				return Null, err
			}
			argv = append(argv, p.s)
		}
	}
	execs, err := th.iterateToSlice(args[1])
	if err != nil {
		return Null, err
	}
	closeFds, err := th.Truth(args[2])
	if err != nil {
		return Null, err
	}
	passItems, err := th.iterateToSlice(args[3])
	if err != nil {
		return Null, err
	}
	var passFds []int
	for _, v := range passItems {
		fd, err := th.intArg(v)
		if err != nil {
			return Null, err
		}
		if fd < 0 {
			return Null, Errorf(ValueErrorType, "bad value(s) in fds_to_keep")
		}
		passFds = append(passFds, fd)
	}
	attr := &syscall.ProcAttr{Sys: &syscall.SysProcAttr{}}
	if !args[4].IsNone() {
		p, err := th.pathArg("fork_exec", "cwd", args[4], false, false)
		if err != nil {
			return Null, err
		}
		// The child's chdir fails as this one would: report it with the
		// directory's name, as subprocess does for the child's "noexec".
		var st unix.Stat_t
		if err := unix.Stat(p.s, &st); err != nil {
			return Null, osError(err, p.obj, Null)
		}
		if st.Mode&unix.S_IFMT != unix.S_IFDIR {
			return Null, errnoError(int(syscall.ENOTDIR), p.obj, Null)
		}
		attr.Dir = p.s
	}
	if args[5].IsNone() {
		attr.Env = syscall.Environ()
	} else {
		items, err := th.iterateToSlice(args[5])
		if err != nil {
			return Null, err
		}
		attr.Env = []string{}
		for _, v := range items {
			p, err := th.pathArg("fork_exec", "env", v, false, false)
			if err != nil {
				return Null, err
			}
			attr.Env = append(attr.Env, p.s)
		}
	}
	var fds [8]int // p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write
	for i := range fds {
		if fds[i], err = th.intArg(args[6+i]); err != nil {
			return Null, err
		}
	}
	var ints [3]int // restore_signals, call_setsid, pgid_to_set
	for i := range ints {
		if ints[i], err = th.intArg(args[14+i]); err != nil {
			return Null, err
		}
	}
	sys := attr.Sys
	sys.Setsid = ints[1] != 0
	if ints[2] >= 0 {
		sys.Setpgid, sys.Pgid = true, ints[2]
	}
	if cred, err := th.spawnCredential(args[17], args[18], args[19]); err != nil {
		return Null, err
	} else if cred != nil {
		sys.Credential = cred
	}
	umask, err := th.intArg(args[20])
	if err != nil {
		return Null, err
	}
	if !args[21].IsNone() {
		return Null, Errorf(NotImplementedErrorType, "pyjit cannot run preexec_fn in the child process")
	}
	// subprocess keeps its error pipe open for the child, which would
	// report a failed exec on it; Go reports that itself, so the pipe is
	// left to close on exec, as CPython's child leaves it.
	keep := passFds[:0]
	for _, fd := range passFds {
		if fd != fds[7] {
			keep = append(keep, fd)
		}
	}
	attr.Files = childFiles(fds[0], fds[3], fds[5], keep, closeFds)

	spawnMu.Lock()
	defer spawnMu.Unlock()
	if closeFds {
		defer closeOnExecExcept(len(attr.Files))()
	}
	if umask >= 0 {
		old := unix.Umask(umask)
		defer unix.Umask(old)
	}
	pid, err := spawnFirst(execs, argv, attr)
	if err != nil {
		return Null, th.spawnError(err, args[0], execs)
	}
	return Int(int64(pid)), nil
}

// spawnFirst starts the first of the executables that can be run, as
// CPython's child tries each in turn: the error is the first other than
// "not found", else the last.
func spawnFirst(execs []Value, argv []string, attr *syscall.ProcAttr) (int, error) {
	var saved, last error
	for _, e := range execs {
		b, ok := e.o.(*Bytes)
		if !ok {
			return 0, Errorf(TypeErrorType, "expected bytes, %s found", e.Type().Name)
		}
		pid, err := syscall.ForkExec(string(b.b), argv, attr)
		if err == nil {
			return pid, nil
		}
		last = err
		if err != syscall.ENOENT && err != syscall.ENOTDIR && saved == nil {
			saved = err
		}
	}
	if saved != nil {
		return 0, saved
	}
	if last == nil {
		last = syscall.ENOENT
	}
	return 0, last
}

// spawnError is the exception subprocess raises when the child's exec
// fails: the errno's OSError naming the program (args[0], or the one
// executable given with a directory).
func (th *Thread) spawnError(err error, args Value, execs []Value) error {
	if _, ok := err.(*Exception); ok {
		return err
	}
	// subprocess names the executable it was given, or args[0]: a single
	// executable that is not args[0] was given by name.
	name := Null
	if items, ierr := th.iterateToSlice(args); ierr == nil && len(items) > 0 {
		name = items[0]
		if len(execs) == 1 {
			b, ok := execs[0].o.(*Bytes)
			p, perr := th.pathArg("fork_exec", "args", items[0], false, false)
			if ok && perr == nil && string(b.b) != p.s {
				if v, derr := th.fsDecode(string(b.b)); derr == nil {
					name = v
				}
			}
		}
	}
	return osError(err, name, Null)
}

// spawnCredential is the child's user, group and supplementary groups, or
// nil when fork_exec was given none of them.
func (th *Thread) spawnCredential(gid, groups, uid Value) (*syscall.Credential, error) {
	if gid.IsNone() && groups.IsNone() && uid.IsNone() {
		return nil, nil
	}
	cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: groups.IsNone()}
	if !uid.IsNone() {
		n, err := th.sizeArg(uid)
		if err != nil {
			return nil, err
		}
		cred.Uid = uint32(n)
	}
	if !gid.IsNone() {
		n, err := th.sizeArg(gid)
		if err != nil {
			return nil, err
		}
		cred.Gid = uint32(n)
	}
	if !groups.IsNone() {
		items, err := th.iterateToSlice(groups)
		if err != nil {
			return nil, err
		}
		for _, v := range items {
			n, err := th.sizeArg(v)
			if err != nil {
				return nil, err
			}
			cred.Groups = append(cred.Groups, uint32(n))
		}
	}
	return cred, nil
}

// childFiles maps the child's descriptors: 0, 1 and 2 from the given ones
// (-1 keeps this process's), each kept descriptor to itself. Between them,
// a descriptor is closed with closeFds, else kept when inheritable.
func childFiles(stdin, stdout, stderr int, pass []int, closeFds bool) []uintptr {
	n := 3
	for _, fd := range pass {
		n = max(n, fd+1)
	}
	files := make([]uintptr, n)
	for i := range files {
		files[i] = ^uintptr(0) // closed in the child
		if i >= 3 && !closeFds && inheritable(i) {
			files[i] = uintptr(i)
		}
	}
	for i, fd := range []int{stdin, stdout, stderr} {
		if fd < 0 {
			fd = i
		}
		files[i] = uintptr(fd)
	}
	for _, fd := range pass {
		if fd >= 3 {
			files[fd] = uintptr(fd)
		}
	}
	return files
}

// inheritable reports whether descriptor fd is open without close-on-exec.
func inheritable(fd int) bool {
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	return err == nil && flags&unix.FD_CLOEXEC == 0
}

// closeOnExecExcept marks every inheritable descriptor from n on
// close-on-exec, so that the child does not inherit it, and returns the
// function that restores them.
func closeOnExecExcept(n int) (restore func()) {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return func() {}
	}
	var marked []int
	for _, e := range entries {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd < n || !inheritable(fd) {
			continue
		}
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_SETFD, unix.FD_CLOEXEC); err == nil {
			marked = append(marked, fd)
		}
	}
	return func() {
		for _, fd := range marked {
			unix.FcntlInt(uintptr(fd), unix.F_SETFD, 0)
		}
	}
}
