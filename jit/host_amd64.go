package jit

import (
	"github.com/pyjit/pyjit/amd64"
	"github.com/pyjit/pyjit/jit/backend"
)

// hostBackend generates the machine's code. Only the host's backend is
// linked in: the other architectures' assemblers would only make the
// binary larger (each backend is tested on every host in its own package).
var hostBackend *backend.Backend = &amd64.Backend
