//go:build !linux

package vm

// makePosixModule reports that posix is implemented on Linux only.
func makePosixModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the posix module is implemented on Linux only")
}
