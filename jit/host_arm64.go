package jit

import (
	"github.com/pyjit/pyjit/arm64"
	"github.com/pyjit/pyjit/jit/backend"
)

// hostBackend generates the machine's code (see host_amd64.go).
var hostBackend *backend.Backend = &arm64.Backend
