//go:build !linux

package vm

func fileIOClosed(f *FileIO) bool { return false }

func (th *Thread) fastRawRead(f *FileIO, n int) ([]byte, bool, error) {
	return nil, false, Errorf(OSErrorType, "FileIO is not available")
}

func (th *Thread) fastRawWrite(f *FileIO, data []byte) (int, bool, error) { return 0, false, nil }

func (th *Thread) fioReadAll(f *FileIO) (Value, error) {
	return Null, Errorf(OSErrorType, "FileIO is not available")
}

func (th *Thread) fastRawReadInto(f *FileIO, buf []byte) (int, bool, error) {
	return 0, false, Errorf(OSErrorType, "FileIO is not available")
}
