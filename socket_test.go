package pyjit_test

import (
	"bytes"
	"context"
	"runtime"
	"testing"

	"github.com/pyjit/pyjit"
)

// TestSocketNeedsTheHostGranted checks that a script without the host
// granted makes no socket and resolves no name: those calls raise
// PermissionError, while the conversions that touch nothing work. With
// the standard library lent, socket.py imports over _socket.
func TestSocketNeedsTheHostGranted(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("_socket is implemented on Linux")
	}
	lib, dir, ok := pyjit.StandardLibrary()
	if !ok {
		t.Skip("CPython's library is not installed")
	}
	var stdout bytes.Buffer
	in := pyjit.New(pyjit.Options{Stdout: &stdout, Stdlib: lib, StdlibDir: dir})
	src := `
import _socket, socket
print(socket.AF_INET, socket.htons(1), socket.inet_aton('127.0.0.1'), socket.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM))
for f, args in [(_socket.socket, ()), (socket.socket, ()), (socket.socketpair, ()), (socket.gethostname, ()),
                (socket.getaddrinfo, ('localhost', 80)), (socket.gethostbyname, ('localhost',)),
                (_socket.dup, (0,)), (_socket.close, (0,))]:
    try:
        f(*args)
        print(f.__name__, 'allowed')
    except PermissionError as e:
        print(f.__name__, e.errno)
`
	want := "2 256 b'\\x7f\\x00\\x00\\x01' [(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('127.0.0.1', 80))]\n" +
		"socket 13\nsocket 13\nsocketpair 13\ngethostname 13\ngetaddrinfo 13\ngethostbyname 13\ndup 13\nclose 13\n"
	if err := in.Exec(context.Background(), "<test>", src); err != nil {
		t.Fatal(err)
	}
	if got := stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
