package stdlib

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFindHonoursTheEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(EnvVar, dir)
	if got, ok := Find(); !ok || got != dir {
		t.Errorf("Find() = %q, %v; want %q, true", got, ok, dir)
	}
	t.Setenv(EnvVar, "")
	if got, ok := Find(); ok {
		t.Errorf("Find() with %s empty = %q, true; want no library", EnvVar, got)
	}
}

func TestIsLibrary(t *testing.T) {
	dir := t.TempDir()
	if IsLibrary(dir) {
		t.Fatalf("an empty directory is taken for a library")
	}
	if err := os.MkdirAll(filepath.Join(dir, "re"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"os.py", "re/__init__.py"} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !IsLibrary(dir) {
		t.Errorf("a directory with os.py and re/ is not taken for a library")
	}
}
