//go:build !linux

package vm

// FileIO is an instance of _io.FileIO, implemented on Linux only.
type FileIO struct{ dict *Dict }

// FileIOType is _io.FileIO, implemented on Linux only.
var FileIOType *Type

// Type implements Object.
func (*FileIO) Type() *Type { return FileIOType }

// makeFileIOType reports that _io.FileIO is absent on this platform.
func makeFileIOType() *Type { return nil }
