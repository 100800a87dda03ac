package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/tests/internal/child"
)

// Run is the outcome of running one generated program: how the child
// ended, and its result lines by case id.
type Run struct {
	child.Result
	Lines map[int]string // case id -> "OK repr" or "EXC Type"
	Order []int          // case ids in the order printed
}

// Runner runs programs under an interpreter (see child.Runner).
type Runner child.Runner

// Exec runs src and reads its result lines.
func (rn *Runner) Exec(src string) (*Run, error) {
	res, err := (*child.Runner)(rn).Exec(src)
	if err != nil {
		return nil, err
	}
	r := &Run{Result: *res, Lines: map[int]string{}}
	for _, ln := range strings.Split(r.Stdout, "\n") {
		sp := strings.IndexByte(ln, ' ')
		if sp < 0 {
			continue
		}
		id, err := strconv.Atoi(ln[:sp])
		if err != nil {
			continue
		}
		if _, dup := r.Lines[id]; !dup {
			r.Order = append(r.Order, id)
		}
		r.Lines[id] = normalize(ln[sp+1:])
	}
	return r, nil
}

// normalize removes what legitimately differs between runs and
// implementations from a result line.
func normalize(s string) string {
	s = child.HideAddresses(s)
	if len(s) > 100 {
		s = s[:100] + "..."
	}
	return s
}

var (
	digitsRE   = regexp.MustCompile(`[0-9]+`)
	pyjitFrame = regexp.MustCompile(`(?m)^github\.com/pyjit/pyjit/(\S+?)\([^()]*\)\s*$`)
)

// crashSignature classifies an abnormal pyjit run: a short description of
// the cause that is the same for the same bug, or "" when the run was
// normal. target names what the crashing case exercised.
func crashSignature(r *Run, target string) string {
	e := r.Stderr
	switch {
	case r.TimedOut:
		return "hang (time limit) in " + target
	case strings.Contains(e, "pyjit internal error"):
		i := strings.Index(e, "pyjit internal error")
		msg := strings.SplitN(e[i:], "\n", 2)[0]
		msg = strings.TrimPrefix(msg, "pyjit internal error: ")
		return "internal error: " + digitsRE.ReplaceAllString(msg, "N") + " in " + target
	case strings.Contains(e, "stack overflow") || strings.Contains(e, "stack exceeds"):
		return "Go stack overflow via " + cycle(e)
	case strings.Contains(e, "fatal error:"):
		i := strings.Index(e, "fatal error:")
		msg := strings.SplitN(e[i:], "\n", 2)[0]
		return digitsRE.ReplaceAllString(msg, "N") + " at " + firstFrame(e)
	case strings.Contains(e, "panic:"):
		i := strings.Index(e, "panic:")
		msg := strings.SplitN(e[i:], "\n", 2)[0]
		msg = child.StripAddresses(msg)
		return "Go " + digitsRE.ReplaceAllString(msg, "N") + " at " + firstFrame(e)
	case r.Signal != "":
		return "killed by signal " + r.Signal + " in " + target
	case r.Exit != 0:
		last := strings.TrimSpace(e)
		if i := strings.LastIndexByte(last, '\n'); i >= 0 {
			last = last[i+1:]
		}
		if i := strings.IndexByte(last, ':'); i >= 0 {
			last = last[:i]
		}
		return fmt.Sprintf("exit status %d (%s) in %s", r.Exit, last, target)
	}
	return ""
}

// frames returns the pyjit functions of the first goroutine trace in a Go
// crash report, innermost first, without package path and arguments.
func frames(stderr string) []string {
	var fs []string
	for _, m := range pyjitFrame.FindAllStringSubmatch(stderr, -1) {
		fs = append(fs, m[1])
	}
	return fs
}

func firstFrame(stderr string) string {
	fs := frames(stderr)
	for _, f := range fs {
		if !strings.Contains(f, "internal error") && !strings.HasSuffix(f, ".recoverPanic") {
			return f
		}
	}
	return "?"
}

// cycle names the functions that repeat in a stack overflow: the distinct
// ones deep in the trace, away from where the overflow happened to hit.
func cycle(stderr string) string {
	fs := frames(stderr)
	if len(fs) > 20 {
		fs = fs[10:]
	}
	if len(fs) > 60 {
		fs = fs[:60]
	}
	seen := map[string]bool{}
	var names []string
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			names = append(names, f)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "?"
	}
	return strings.Join(names, ", ")
}

// tempDir makes the directory generated programs are written to.
func tempDir() (string, error) {
	d, err := os.MkdirTemp("", "fuzzruntime-")
	if err != nil {
		return "", err
	}
	return filepath.Abs(d)
}
