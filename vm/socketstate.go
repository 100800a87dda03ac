package vm

import "sync/atomic"

// socketState is an interpreter's state of module _socket:
// setdefaulttimeout's value (see timeoutBits) and the interpreter's
// exception classes gaierror and herror.
type socketState struct {
	socketTimeout    atomic.Int64
	gaierror, herror *Type
}
