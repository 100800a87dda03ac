package main

import (
	_ "embed"
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

//go:embed introspect.py
var introspectSource string

// Find is one failure signature and what is known of it.
type Find struct {
	Sig     string         `json:"sig"`
	Group   string         `json:"group"`
	Count   int            `json:"count"`
	File    string         `json:"file"`
	Example string         `json:"example"`
	Modes   map[string]int `json:"modes"`
}

// Store keeps the failures found in -out, across runs: finds.json holds
// them, one NAME.py per signature holds its reduced program, and
// SUMMARY.md groups them by cause.
type Store struct {
	mu       sync.Mutex
	dir      string
	Finds    map[string]*Find `json:"finds"`
	Programs int              `json:"programs"`
	Cases    int              `json:"cases"`
	Seconds  float64          `json:"seconds"`
	Runs     int              `json:"runs"`
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
	for _, f := range s.Finds {
		f.Group = group(f.Sig)
	}
	return s, nil
}

func (s *Store) known(sig string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.Finds[sig] != nil
}

// add counts one occurrence of sig; for a new one it writes src.
func (s *Store) add(sig, mode, src, example string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f := s.Finds[sig]; f != nil {
		f.Count++
		f.Modes[mode]++
		return false, nil
	}
	f := &Find{Sig: sig, Group: group(sig), Count: 1, File: fileName(sig), Example: example, Modes: map[string]int{mode: 1}}
	s.Finds[sig] = f
	err := os.WriteFile(filepath.Join(s.dir, f.File), []byte(src), 0o644)
	if err == nil {
		err = s.saveLocked()
	}
	return true, err
}

func (s *Store) addRun(programs, cases int, wall time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Programs += programs
	s.Cases += cases
	s.Seconds += wall.Seconds()
	s.Runs++
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

var (
	fromRE   = regexp.MustCompile(` (from|in) \S+$`)
	slugRE   = regexp.MustCompile(`[^A-Za-z0-9]+`)
	wrongRE  = regexp.MustCompile(`^wrong exception: CPython (.+?), pyjit (.+?) from `)
	targetRE = regexp.MustCompile(` (?:from|in) (\S+)$`)
)

// group is the cause a signature is filed under in SUMMARY.md.
func group(sig string) string {
	switch {
	case strings.HasPrefix(sig, "hang"):
		return "hang (time limit)"
	case strings.HasPrefix(sig, "wrong exception"):
		m := wrongRE.FindStringSubmatch(sig)
		if m != nil {
			return fmt.Sprintf("wrong exception: CPython %s, pyjit %s", m[1], m[2])
		}
	case strings.HasPrefix(sig, "different result"):
		return "different result (repr differs from CPython's)"
	case strings.HasPrefix(sig, "Go stack overflow"):
		return "Go stack overflow"
	}
	return fromRE.ReplaceAllString(sig, "")
}

func fileName(sig string) string {
	h := fnv.New32a()
	h.Write([]byte(sig))
	slug := strings.Trim(slugRE.ReplaceAllString(sig, "-"), "-")
	if len(slug) > 70 {
		slug = slug[:70]
	}
	return fmt.Sprintf("%s-%08x.py", slug, h.Sum32())
}

// summary renders SUMMARY.md: the failures grouped by cause, biggest first.
func (s *Store) summary() string {
	groups := map[string][]*Find{}
	for _, f := range s.Finds {
		groups[f.Group] = append(groups[f.Group], f)
	}
	type gs struct {
		name  string
		finds []*Find
		total int
	}
	var all []gs
	for n, fs := range groups {
		t := 0
		for _, f := range fs {
			t += f.Count
		}
		sort.Slice(fs, func(i, j int) bool {
			if fs[i].Count != fs[j].Count {
				return fs[i].Count > fs[j].Count
			}
			return fs[i].Sig < fs[j].Sig
		})
		all = append(all, gs{n, fs, t})
	}
	rank := func(n string) int {
		switch {
		case strings.HasPrefix(n, "Go "), strings.HasPrefix(n, "fatal"), strings.HasPrefix(n, "killed"), strings.HasPrefix(n, "exit"):
			return 0
		case strings.HasPrefix(n, "internal error"):
			return 1
		case strings.HasPrefix(n, "hang"):
			return 2
		case strings.HasPrefix(n, "wrong exception"):
			return 3
		}
		return 4
	}
	sort.Slice(all, func(i, j int) bool {
		if ri, rj := rank(all[i].name), rank(all[j].name); ri != rj {
			return ri < rj
		}
		if all[i].total != all[j].total {
			return all[i].total > all[j].total
		}
		return all[i].name < all[j].name
	})
	var b strings.Builder
	b.WriteString("# Runtime fuzzer finds\n\n")
	fmt.Fprintf(&b, "%d fuzzer runs: %d programs run (CPython and pyjit runs, including bisection and reduction), %d cases compared, %.0f s of fuzzing.\n\n",
		s.Runs, s.Programs, s.Cases, s.Seconds)
	fmt.Fprintf(&b, "%d distinct failure signatures in %d groups. Counts are failing cases (a case fails once per pyjit mode).\n", len(s.Finds), len(all))
	b.WriteString("Each signature has one reduced program here; run it with `python3 FILE` and `bin/pyjit run FILE`.\n\n")
	cat := -1
	heads := []string{"Crashes (Go panic, fatal error, signal, exit status)", "pyjit internal errors (uncatchable SystemError)", "Hangs", "Wrong exception type", "Different results"}
	for _, g := range all {
		if r := rank(g.name); r != cat {
			cat = r
			fmt.Fprintf(&b, "## %s\n\n", heads[r])
		}
		fmt.Fprintf(&b, "### %s — %d cases, %d signatures\n\n", g.name, g.total, len(g.finds))
		for i, f := range g.finds {
			if i == 12 {
				fmt.Fprintf(&b, "- ... and %d more signatures\n", len(g.finds)-i)
				break
			}
			where := f.Sig
			if m := targetRE.FindStringSubmatch(f.Sig); m != nil && g.name != f.Sig {
				where = m[1]
			}
			ex := f.Example
			if len(ex) > 150 {
				ex = ex[:150] + "..."
			}
			fmt.Fprintf(&b, "- %s (%d): `%s` — [%s](%s)\n", where, f.Count, strings.ReplaceAll(ex, "`", "'"), f.File, f.File)
		}
		b.WriteString("\n")
	}
	return b.String()
}
