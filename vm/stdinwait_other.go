//go:build !linux

package vm

import (
	"io"
	"os"
)

// interruptibleStdin returns f: elsewhere than on Linux, Ctrl-C does not
// stop a read of standard input that waits.
func interruptibleStdin(f *os.File, in *Interpreter) io.Reader { return f }
