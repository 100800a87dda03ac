package vm

import (
	"testing"
	"unsafe"
)

// TestSetEntrySize keeps setEntryBytes, which sizes the allocation checks
// of growing sets, equal to the real size of a table slot.
func TestSetEntrySize(t *testing.T) {
	if got := unsafe.Sizeof(setEntry{}); got != setEntryBytes {
		t.Errorf("setEntry is %d bytes, setEntryBytes says %d", got, setEntryBytes)
	}
}
