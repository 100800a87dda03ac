//go:build amd64

package amd64

import (
	"testing"

	"github.com/pyjit/pyjit/jit/backend/backendtest"
)

// TestExec runs compiled traces natively and compares them with ir.Eval
// (the tests every backend shares).
func TestExec(t *testing.T) { backendtest.Run(t, &Backend) }
