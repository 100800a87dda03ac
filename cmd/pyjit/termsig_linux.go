package main

import "golang.org/x/sys/unix"

// keysRaiseNoSignal makes the terminal on standard input pass Ctrl-C to
// the line editor as a key rather than send SIGINT, as the editor does
// itself once it reads: so that Ctrl-C pressed as soon as its prompt
// shows is not lost.
func keysRaiseNoSignal() {
	t, err := unix.IoctlGetTermios(unix.Stdin, unix.TCGETS)
	if err != nil {
		return
	}
	t.Lflag &^= unix.ISIG
	unix.IoctlSetTermios(unix.Stdin, unix.TCSETS, t)
}
