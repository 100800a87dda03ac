package main

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
)

// Find is one failure signature and what is known of it.
type Find struct {
	Sig     string         `json:"sig"`
	Count   int            `json:"count"`
	File    string         `json:"file"`
	Example string         `json:"example"`
	More    []string       `json:"more,omitempty"` // files of further examples
	Modes   map[string]int `json:"modes"`
}

// Store keeps the failures found in a directory, across runs: finds.json
// holds them, one NAME.py per signature holds its reduced program, and
// SUMMARY.md groups them by kind of failure.
type Store struct {
	mu       sync.Mutex
	dir      string
	Finds    map[string]*Find `json:"finds"`
	Programs int              `json:"programs"`
	Runs     int              `json:"runs"`
	Seconds  float64          `json:"seconds"`
	Sessions int              `json:"sessions"`
}

func openStore(dir string) (*Store, error) {
	s := &Store{dir: dir, Finds: map[string]*Find{}}
	b, err := os.ReadFile(filepath.Join(dir, "finds.json"))
	if err == nil {
		if err := json.Unmarshal(b, s); err != nil {
			return nil, fmt.Errorf("%s: %v", filepath.Join(dir, "finds.json"), err)
		}
	} else if !os.IsNotExist(err) {
		return nil, err
	}
	if s.Finds == nil {
		s.Finds = map[string]*Find{}
	}
	return s, nil
}

// examples returns how many programs are stored for sig.
func (s *Store) examples(sig string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f := s.Finds[sig]; f != nil {
		return 1 + len(f.More)
	}
	return 0
}

// add counts one occurrence of sig. For a new one it writes src and
// reports true; for a known one, a non-empty src is stored as a further
// example.
func (s *Store) add(sig, mode, src, example string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f := s.Finds[sig]; f != nil {
		f.Count++
		f.Modes[mode]++
		if src == "" {
			return false, nil
		}
		name := strings.TrimSuffix(f.File, ".py") + fmt.Sprintf("-%d.py", len(f.More)+2)
		f.More = append(f.More, name)
		err := os.WriteFile(filepath.Join(s.dir, name), []byte(src), 0o644)
		if err == nil {
			err = s.saveLocked()
		}
		return false, err
	}
	f := &Find{Sig: sig, Count: 1, File: fileName(sig), Example: example, Modes: map[string]int{mode: 1}}
	s.Finds[sig] = f
	err := os.WriteFile(filepath.Join(s.dir, f.File), []byte(src), 0o644)
	if err == nil {
		err = s.saveLocked()
	}
	return true, err
}

func (s *Store) addRun(programs, runs int, wall time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Programs += programs
	s.Runs += runs
	s.Seconds += wall.Seconds()
	s.Sessions++
}

func (s *Store) save() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.saveLocked()
}

func (s *Store) saveLocked() error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(s.dir, "finds.json"), b, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(s.dir, "SUMMARY.md"), []byte(s.summary()), 0o644)
}

var slugRE = regexp.MustCompile(`[^A-Za-z0-9]+`)

func fileName(sig string) string {
	h := fnv.New32a()
	h.Write([]byte(sig))
	slug := strings.Trim(slugRE.ReplaceAllString(sig, "-"), "-")
	if len(slug) > 70 {
		slug = slug[:70]
	}
	return fmt.Sprintf("%s-%08x.py", slug, h.Sum32())
}

// section is the heading a signature is listed under in SUMMARY.md.
func section(sig string) (int, string) {
	switch {
	case strings.HasPrefix(sig, "Go "), strings.HasPrefix(sig, "fatal"), strings.HasPrefix(sig, "killed"), strings.HasPrefix(sig, "exit status"):
		return 0, "Crashes (Go panic, fatal error, signal, exit status)"
	case strings.HasPrefix(sig, "internal error"):
		return 1, "pyjit internal errors"
	case strings.HasPrefix(sig, "hang"):
		return 2, "Hangs"
	case strings.HasPrefix(sig, "uncaught"):
		return 3, "Uncaught exceptions (CPython ran to the end)"
	case strings.HasPrefix(sig, "wrong outcome"):
		return 4, "Exception where CPython printed a value, or another exception"
	case strings.HasPrefix(sig, "different value"):
		return 5, "Different values"
	}
	return 6, "Missing or extra output"
}

// summary renders SUMMARY.md: the signatures grouped by kind of failure,
// most frequent first.
func (s *Store) summary() string {
	finds := make([]*Find, 0, len(s.Finds))
	for _, f := range s.Finds {
		finds = append(finds, f)
	}
	sort.Slice(finds, func(i, j int) bool {
		si, _ := section(finds[i].Sig)
		sj, _ := section(finds[j].Sig)
		if si != sj {
			return si < sj
		}
		if finds[i].Count != finds[j].Count {
			return finds[i].Count > finds[j].Count
		}
		return finds[i].Sig < finds[j].Sig
	})
	var b strings.Builder
	b.WriteString("# Differential tester finds\n\n")
	fmt.Fprintf(&b, "%d finished sessions: %d programs generated, %d interpreter runs (including reduction), %.0f s.\n\n", s.Sessions, s.Programs, s.Runs, s.Seconds)
	fmt.Fprintf(&b, "%d distinct failure signatures. Counts are failing program runs (a program fails once per pyjit mode).\n", len(s.Finds))
	b.WriteString("Each signature has one reduced program here; run it with `python3 FILE` and `bin/pyjit run FILE` and compare.\n")
	cur := -1
	for _, f := range finds {
		if r, head := section(f.Sig); r != cur {
			cur = r
			fmt.Fprintf(&b, "\n## %s\n\n", head)
		}
		modes := make([]string, 0, len(f.Modes))
		for m, c := range f.Modes {
			modes = append(modes, fmt.Sprintf("%s: %d", m, c))
		}
		sort.Strings(modes)
		fmt.Fprintf(&b, "- %s (%d; %s) — [%s](%s)", f.Sig, f.Count, strings.Join(modes, ", "), f.File, f.File)
		for _, m := range f.More {
			fmt.Fprintf(&b, ", [%s](%s)", m, m)
		}
		fmt.Fprintf(&b, "\n  `%s`\n", strings.ReplaceAll(f.Example, "`", "'"))
	}
	return b.String()
}
