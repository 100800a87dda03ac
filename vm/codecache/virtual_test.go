package codecache

import "testing"

// TestVirtualPath checks the cache files of code whose file name is in
// angle brackets: distinct names get distinct files.
func TestVirtualPath(t *testing.T) {
	tests := []struct {
		file     string
		optimize int
		want     string
	}{
		{"<pyjit>/abc.py", 0, "/c/@pyjit/abc." + Tag + ".pyc"},
		{"<pyjit>/collections/__init__.py", 1, "/c/@pyjit/collections/__init__." + Tag + ".opt-1.pyc"},
		{"<frozen importlib._bootstrap>", 0, "/c/@/frozen importlib._bootstrap." + Tag + ".pyc"},
		{"<frozen importlib._bootstrap_external>", 0, "/c/@/frozen importlib._bootstrap_external." + Tag + ".pyc"},
	}
	for _, tt := range tests {
		if got := virtualPath("/c", tt.file, tt.optimize); got != tt.want {
			t.Errorf("virtualPath(%q, %d) = %q, want %q", tt.file, tt.optimize, got, tt.want)
		}
	}
}
