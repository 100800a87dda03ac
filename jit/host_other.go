//go:build !amd64 && !arm64

package jit

import "github.com/pyjit/pyjit/jit/backend"

// hostBackend is nil where there is no backend: Install installs nothing.
var hostBackend *backend.Backend
