package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/pyjit/pyjit/tests/internal/child"
)

// Run is the outcome of running one program: how the child ended, and
// its output lines with object addresses hidden.
type Run struct {
	child.Result
	Lines []string // stdout split into lines, normalized
}

// Runner runs programs under an interpreter (see child.Runner).
type Runner child.Runner

// Exec runs src and splits its output into lines.
func (rn *Runner) Exec(src string) (*Run, error) {
	res, err := (*child.Runner)(rn).Exec(src)
	if err != nil {
		return nil, err
	}
	r := &Run{Result: *res}
	if text := strings.TrimSuffix(r.Stdout, "\n"); text != "" {
		for _, ln := range strings.Split(text, "\n") {
			r.Lines = append(r.Lines, child.HideAddresses(ln))
		}
	}
	return r, nil
}

// tempDir makes the directory generated programs are written to.
func tempDir() (string, error) {
	d, err := os.MkdirTemp("", "fuzzdiff-")
	if err != nil {
		return "", err
	}
	return filepath.Abs(d)
}
