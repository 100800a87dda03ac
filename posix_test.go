package pyjit_test

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"testing"

	"github.com/pyjit/pyjit"
)

// TestPosixNeedsTheHostGranted checks that a script without the host's
// file system reaches nothing of the host through os and posix: calls
// that read or change it raise PermissionError, environ is empty, and
// the calls that touch nothing still work. The os module's Python source
// comes from the standard library, lent read-only.
func TestPosixNeedsTheHostGranted(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("posix is implemented on Linux")
	}
	lib, dir, ok := pyjit.StandardLibrary()
	if !ok {
		t.Skip("CPython's library is not installed")
	}
	for name, opts := range map[string]pyjit.Options{
		"no file system":       {},
		"the standard library": {Stdlib: lib, StdlibDir: dir},
	} {
		var stdout bytes.Buffer
		opts.Stdout = &stdout
		in := pyjit.New(opts)
		src := `
import posix
print(posix.environ, posix.strerror(2), posix.fspath('x'), posix.WEXITSTATUS(256))
for f, args in [(posix.listdir, ('/',)), (posix.stat, ('/',)), (posix.getcwd, ()), (posix.open, ('/etc/passwd', 0)),
                (posix.mkdir, ('/tmp/pyjit-denied',)), (posix.scandir, ()), (posix.read, (0, 1)), (posix.getpid, ()),
                (posix.putenv, ('A', 'B')), (posix.rename, ('a', 'b')), (posix.pipe, ()), (posix.link, ('a', 'b')),
                (posix.chown, ('/', 0, 0)), (posix.kill, (1, 0)), (posix.umask, (0,)), (posix._exit, (0,)),
                (posix.uname, ()), (posix.isatty, (1,)), (posix.get_terminal_size, ()), (posix.statvfs, ('/',)),
                (posix.spawnv, (posix.P_WAIT, '/bin/true', ['true'])), (posix.spawnvpe, (posix.P_NOWAIT, 'true', ['true'], {})),
                (posix.system, ('touch /tmp/pyjit-denied',)), (posix.killpg, (0, 0)), (posix.setsid, ()), (posix.setpgid, (0, 0)),
                (posix.sync, ()), (posix.nice, (1,)), (posix.sched_getaffinity, (0,))]:
    try:
        f(*args)
        print(f.__name__, 'allowed')
    except PermissionError as e:
        print(f.__name__, e.errno, e.filename)
`
		want := "{} No such file or directory x 1\n" +
			"listdir 13 /\nstat 13 /\ngetcwd 13 None\nopen 13 /etc/passwd\nmkdir 13 /tmp/pyjit-denied\n" +
			"scandir 13 .\nread 13 None\ngetpid 13 None\nputenv 13 None\nrename 13 a\npipe 13 None\nlink 13 a\n" +
			"chown 13 /\nkill 13 None\numask 13 None\n_exit 13 None\nuname 13 None\nisatty 13 None\nget_terminal_size 13 None\nstatvfs 13 /\n" +
			"spawnv 13 None\nspawnvpe 13 None\nsystem 13 None\nkillpg 13 None\nsetsid 13 None\nsetpgid 13 None\n" +
			"sync 13 None\nnice 13 None\nsched_getaffinity 13 None\n"
		if opts.Stdlib != nil {
			src += `
import os
print(dict(os.environ), os.path.join('a', 'b'), os.path.exists('/'), os.getenv('HOME'))
for f in (os.listdir, os.stat):
    try:
        f('/')
    except PermissionError as e:
        print(type(e).__name__, e)
`
			want += "{} a/b False None\n" +
				"PermissionError [Errno 13] pyjit: file access is not granted to this program: '/'\n" +
				"PermissionError [Errno 13] pyjit: file access is not granted to this program: '/'\n"
		}
		if err := in.Exec(context.Background(), "<test>", src); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := stdout.String(); got != want {
			t.Errorf("%s: got\n%s\nwant\n%s", name, got, want)
		}
	}
}

// TestPosixInConcurrentInterpreters runs os on several interpreters at
// once with the host granted: the posix types they share are only read.
func TestPosixInConcurrentInterpreters(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("posix is implemented on Linux")
	}
	lib, dir, ok := pyjit.StandardLibrary()
	if !ok {
		t.Skip("CPython's library is not installed")
	}
	src := `
import os, stat
base = os.path.join('/tmp', 'pyjit_posix_concurrent_%d_%d' % (os.getpid(), n))
os.mkdir(base)
fd = os.open(os.path.join(base, 'f'), os.O_CREAT | os.O_WRONLY)
os.write(fd, b'abc')
os.close(fd)
r = [(e.name, e.is_file(), e.stat().st_size) for e in os.scandir(base)]
r.append(repr(os.stat_result(range(10)))[:30])
r.append(stat.S_ISDIR(os.stat(base).st_mode))
os.unlink(os.path.join(base, 'f'))
os.rmdir(base)
`
	want := `[('f', True, 3), 'os.stat_result(st_mode=0, st_i', True]`
	errs := make(chan error, 4)
	for n := range 4 {
		go func() {
			in := pyjit.New(pyjit.Options{FS: pyjit.HostFileSystem, Stdlib: lib, StdlibDir: dir})
			ctx := context.Background()
			if err := in.Exec(ctx, "<n>", "n = "+string(rune('0'+n))); err != nil {
				errs <- err
				return
			}
			if err := in.Exec(ctx, "<posix>", src); err != nil {
				errs <- err
				return
			}
			v, err := in.Eval(ctx, "r")
			if err == nil && v.String() != want {
				err = fmt.Errorf("got %s, want %s", v.String(), want)
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
