//go:build !linux

package vm

// makePosixModule reports that posix is implemented on Linux only.
func makePosixModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the posix module is implemented on Linux only")
}

// makeSelectModule reports that select is implemented on Linux only.
func makeSelectModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the select module is implemented on Linux only")
}

// makePosixSubprocessModule reports that _posixsubprocess is implemented
// on Linux only.
func makePosixSubprocessModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the _posixsubprocess module is implemented on Linux only")
}

// makeSocketModule reports that _socket is implemented on Linux only.
func makeSocketModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the _socket module is implemented on Linux only")
}

// makeTermiosModule reports that termios is implemented on Linux only.
func makeTermiosModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the termios module is implemented on Linux only")
}

// makePwdModule reports that pwd is implemented on Linux only.
func makePwdModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the pwd module is implemented on Linux only")
}

// makeGrpModule reports that grp is implemented on Linux only.
func makeGrpModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the grp module is implemented on Linux only")
}

// makeResourceModule reports that resource is implemented on Linux only.
func makeResourceModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the resource module is implemented on Linux only")
}

// makeFcntlModule reports that fcntl is implemented on Linux only.
func makeFcntlModule(th *Thread) (*Module, error) {
	return nil, Errorf(ImportErrorType, "pyjit: the fcntl module is implemented on Linux only")
}
