//go:build linux && !race

package pyjit_test

// The limits against hostile scripts: each script tries to hang its host
// in a loop inside a builtin, to make it allocate more than its memory
// limit or than the machine has, or to raise its recursion limit. Each
// runs in a child process of the test binary (a crash must not take the
// test down with it), under an address-space limit so that a failure
// cannot take the machine either. The child reports what stopped the
// script, how long that took, how far the heap grew, and whether the
// interpreter ran the next script normally.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/pyjit/pyjit"
)

const (
	mb          = 1 << 20
	matrixMem   = 256 * mb
	deadline    = time.Second
	deadlineTol = 500 * time.Millisecond
	// stopTol bounds how long a script runs before a step or memory
	// limit, or a refused allocation, stops it. The time includes the
	// script's own work up to the limit (building a 100 MB string first),
	// so on a loaded machine it is a hang detector, not a latency target.
	stopTol = 10 * time.Second
)

// A limitCase is a hostile script, the limits it runs under and what must
// stop it: "deadline", "steps", "memory" or "interrupt" (the host's
// Interrupt, as Ctrl-C), or the name of the Python exception CPython
// raises; alternatives are separated by "|".
type limitCase struct {
	name     string
	src      string
	deadline bool
	steps    int64
	mem      int64
	want     string
	slow     bool // skipped with -short
}

func limitCases() []limitCase {
	const dl, mem = true, matrixMem
	return []limitCase{
		// Loops inside builtins, stopped by the deadline.
		{name: "deadline/sum range", src: "sum(range(10**18))", deadline: dl, want: "deadline"},
		{name: "deadline/all range", src: "all(range(1, 10**18))", deadline: dl, want: "deadline"},
		{name: "deadline/any map", src: "any(map(bool, [0] * 1000 * 10**6))", deadline: dl, mem: mem, want: "deadline|memory"},
		{name: "deadline/max range", src: "max(range(10**18))", deadline: dl, mem: mem, want: "deadline"},
		{name: "deadline/min range with key", src: "min(range(10**18), key=int)", deadline: dl, want: "deadline"},
		{name: "deadline/sum map", src: "sum(map(abs, range(10**18)))", deadline: dl, want: "deadline"},
		{name: "deadline/enumerate", src: "for i, x in enumerate(range(10**18)):\n    pass", deadline: dl, want: "deadline"},
		{name: "deadline/zip in", src: "(-1, -1) in zip(range(10**18), range(10**18))", deadline: dl, want: "deadline"},
		{name: "deadline/in iterator", src: "-1 in iter(range(10**18))", deadline: dl, want: "deadline"},
		{name: "deadline/filter", src: "next(filter(lambda x: x < 0, range(10**18)))", deadline: dl, want: "deadline"},
		{name: "deadline/big power", src: "10 ** (10**10)", deadline: dl, want: "deadline"},
		{name: "deadline/big power under memory limit", src: "10 ** (10**10)", deadline: dl, mem: mem, want: "memory"},
		{name: "deadline/modular power", src: "pow(3, 10**100000, 10**100000 + 1)", deadline: dl, want: "deadline"},
		{name: "deadline/big products", src: "x = 3 ** 10**7\nwhile True:\n    x = x * x", deadline: dl, mem: 1 << 30, want: "deadline|memory"},
		{name: "deadline/big int loop", src: "x = 7 ** 10**6\nwhile True:\n    y = x * x + x", deadline: dl, want: "deadline"},
		{name: "deadline/sorted comparisons", src: "sorted([str(i) for i in range(10**6)] * 10, key=lambda s: s)", deadline: dl, mem: mem, want: "deadline|memory"},
		{name: "deadline/list count", src: "x = [0] * 10**6\nwhile True:\n    x.count(1)", deadline: dl, want: "deadline"},
		{name: "deadline/dict of a huge range", src: "dict.fromkeys(range(10**18))", deadline: dl, want: "MemoryError"},

		// The same loops counted as steps.
		{name: "steps/sum range", src: "sum(range(10**18))", steps: 1_000_000, want: "steps"},
		{name: "steps/all range", src: "all(range(1, 10**18))", steps: 1_000_000, want: "steps"},
		{name: "steps/max range", src: "max(range(10**18))", steps: 1_000_000, want: "steps"},
		{name: "steps/list count", src: "([0] * 10**7).count(1)", steps: 1_000_000, want: "steps"},
		{name: "steps/in list", src: "-1 in [0] * 10**7", steps: 1_000_000, want: "steps"},
		{name: "steps/sorted", src: "sorted(range(10**6, 0, -1), key=lambda x: -x)", steps: 1_000_000, want: "steps"},
		{name: "steps/tuple index", src: "((0,) * 10**7).index(1)", steps: 1_000_000, want: "steps"},
		{name: "steps/modular power", src: "pow(3, 10**100000, 10**100000 + 1)", steps: 1_000_000, deadline: dl, want: "steps|deadline"},
		{name: "steps/repetition", src: "[1, 2] * 10**7", steps: 1_000_000, want: "steps"},

		// The host's Interrupt (Ctrl-C) inside builtins.
		{name: "interrupt/sum range", src: "sum(range(10**18))", want: "interrupt"},
		{name: "interrupt/max range", src: "max(range(10**18))", want: "interrupt"},
		{name: "interrupt/modular power", src: "pow(3, 10**100000, 10**100000 + 1)", want: "interrupt"},
		{name: "interrupt/big power", src: "10 ** (10**10)", mem: 1 << 30, want: "interrupt|memory"},
		{name: "interrupt/sorted", src: "sorted(range(10**7, 0, -1), key=lambda x: -x)", mem: mem, want: "interrupt|memory"},

		// Growth past the memory limit.
		{name: "memory/list of range", src: "list(range(10**8))", mem: mem, want: "memory"},
		{name: "memory/set of range", src: "set(range(10**9))", mem: mem, want: "memory"},
		{name: "memory/tuple of range", src: "tuple(range(10**9))", mem: mem, want: "memory"},
		{name: "memory/sorted range", src: "sorted(range(10**9))", mem: mem, want: "memory"},
		{name: "memory/split", src: "(' ' * 10**8).split(' ')", mem: mem, want: "memory"},
		{name: "memory/split whitespace", src: "('a ' * 10**8).split()", mem: mem, want: "memory"},
		{name: "memory/percent width", src: "'%*d' % (10**9, 1)", mem: mem, want: "memory"},
		{name: "memory/format width", src: "format(1, '1000000000')", mem: mem, want: "memory"},
		{name: "memory/grouped zero padding", src: "format(1, '0100000000,d')", mem: mem, want: "memory"},
		{name: "memory/float precision", src: "format(1.0, '.1000000000f')", mem: mem, want: "memory"},
		{name: "memory/ljust", src: "'x'.ljust(10**9)", mem: mem, want: "memory"},
		{name: "memory/expandtabs", src: "('\\t' * 10**4).expandtabs(10**6)", mem: mem, want: "memory"},
		{name: "memory/replace", src: "('a' * 10**4).replace('a', 'b' * 10**5)", mem: mem, want: "memory"},
		{name: "memory/join", src: "''.join(['x' * 10**6] * 1000)", mem: mem, want: "memory"},
		{name: "memory/str repetition", src: "'x' * 10**9", mem: mem, want: "memory"},
		{name: "memory/list repetition", src: "[0] * 10**8", mem: mem, want: "memory"},
		{name: "memory/tuple repetition", src: "(0,) * 10**9", mem: mem, want: "memory"},
		{name: "memory/bytearray repetition", src: "bytearray(b'x') * 10**10", mem: mem, want: "memory"},
		{name: "memory/bytes", src: "bytes(10**9)", mem: mem, want: "memory"},
		{name: "memory/to_bytes", src: "(1).to_bytes(10**9, 'big')", mem: mem, want: "memory"},
		{name: "memory/shift", src: "1 << 10**10", mem: mem, want: "memory"},
		{name: "memory/power", src: "2 ** (2**33) + 1", mem: mem, want: "memory"},
		{name: "memory/extend doubling", src: "x = [1]\nwhile True:\n    x.extend(x)", mem: mem, want: "memory"},
		{name: "memory/str doubling", src: "s = 'ab'\nwhile True:\n    s += s", mem: mem, want: "memory"},
		{name: "memory/list of filter", src: "list(filter(None, range(1, 10**18)))", mem: mem, deadline: dl, want: "memory|deadline"},
		{name: "memory/list of zip", src: "list(zip(range(10**18), range(10**18)))", mem: mem, deadline: dl, want: "memory|deadline"},
		{name: "memory/dict comprehension", src: "{i: str(i) * 10000 for i in range(10**9)}", mem: mem, want: "memory"},
		{name: "memory/json of a huge list", src: "import json\njson.dumps([0] * 10**8)", mem: mem, want: "memory"},
		{name: "memory/bytes of range", src: "bytes(range(10**9))", mem: mem, want: "memory"},

		// Sizes no machine can allocate, or beyond an int: CPython's
		// exceptions, with or without a memory limit.
		{name: "error/list of range", src: "list(range(10**12))", mem: mem, want: "MemoryError"},
		{name: "error/set of range", src: "set(range(10**12))", want: "MemoryError"},
		{name: "error/ljust", src: "'x'.ljust(10**12)", mem: mem, want: "MemoryError"},
		{name: "error/rjust", src: "'x'.rjust(10**12)", want: "MemoryError"},
		{name: "error/center", src: "'x'.center(10**12)", want: "MemoryError"},
		{name: "error/zfill", src: "'x'.zfill(10**12)", want: "MemoryError"},
		{name: "error/zfill beyond ssize_t", src: "'x'.zfill(10**20)", want: "OverflowError"},
		{name: "error/expandtabs beyond int", src: "'\\tx'.expandtabs(10**12)", want: "OverflowError"},
		{name: "error/f-string width", src: "f'{1:{10**12}}'", mem: mem, want: "MemoryError"},
		{name: "error/format str width", src: "'{:>1000000000000}'.format('a')", want: "MemoryError"},
		{name: "error/percent width", src: "'%*d' % (10**12, 1)", mem: mem, want: "MemoryError"},
		{name: "error/percent literal width", src: "'%1000000000000d' % 1", want: "MemoryError"},
		{name: "error/percent precision beyond int", src: "'%.*f' % (10**12, 1.0)", want: "OverflowError"},
		{name: "error/percent precision too big", src: "'%.1000000000000d' % 1", want: "ValueError"},
		{name: "error/format precision too big", src: "format(1.0, '.1000000000000f')", want: "ValueError"},
		{name: "error/to_bytes", src: "(1).to_bytes(10**12)", mem: mem, want: "MemoryError"},
		{name: "error/replace", src: "('a' * 10**6).replace('a', 'b' * 10**7)", want: "MemoryError"},
		{name: "error/join", src: "''.join(['x' * 10**6] * 10**6)", want: "MemoryError"},
		{name: "error/bytes", src: "bytes(10**12)", want: "MemoryError"},
		{name: "error/bytearray", src: "bytearray(10**12)", mem: mem, want: "MemoryError"},
		{name: "error/list repetition", src: "[0] * 10**12", want: "MemoryError"},
		{name: "error/list repetition beyond ssize_t", src: "[0] * 10**20", want: "OverflowError"},
		{name: "error/str repetition", src: "'x' * 10**12", mem: mem, want: "MemoryError"},
		{name: "error/power", src: "2 ** (2**40)", want: "MemoryError"},
		{name: "error/shift", src: "1 << 10**12", want: "MemoryError"},
		{name: "error/str of a huge int", src: "str(10 ** 10**5)", deadline: dl, want: "ValueError"},
		{name: "error/bytes of a huge range", src: "bytes(range(10**12))", want: "MemoryError"},

		// Finalizers run under the same limits as the script.
		{name: "deadline/looping __del__", src: "import gc\nclass A:\n    def __del__(self):\n        while True:\n            pass\ndef f():\n    A()\nf()\ngc.collect()", deadline: dl, want: "deadline"},
		{name: "steps/looping __del__", src: "import gc\nclass A:\n    def __del__(self):\n        while True:\n            pass\ndef f():\n    A()\nf()\ngc.collect()", steps: 1_000_000, want: "steps"},
		{name: "memory/growing __del__", src: "import gc\nclass A:\n    def __del__(self):\n        x = [1]\n        while True:\n            x.extend(x)\ndef f():\n    A()\nf()\ngc.collect()", mem: mem, want: "memory"},

		// Recursion: the host's limit holds against sys.setrecursionlimit.
		{name: "recursion/raised limit", src: "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)", deadline: dl, want: "RecursionError"},
		{name: "recursion/raised limit through builtins", src: "import sys\nsys.setrecursionlimit(2**31 - 1)\ndef f(x):\n    return sorted([1, 2], key=f)\nf(0)", deadline: dl, want: "RecursionError"},
		{name: "recursion/nested repr", src: "import sys\nsys.setrecursionlimit(10**6)\nx = []\nfor _ in range(10**5):\n    x = [x]\nrepr(x)", deadline: dl, want: "RecursionError"},
	}
}

// caseResult is what the child reports.
type caseResult struct {
	Outcome    string
	Detail     string
	Elapsed    time.Duration
	PeakGrowth int64
	AfterOK    bool
	AfterErr   string
}

const childEnv = "PYJIT_LIMITS_CASE"

func TestLimitsMatrix(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		t.Skip("in a child")
	}
	cases := limitCases()
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.slow && testing.Short() {
				t.Skip("slow")
			}
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestLimitsMatrixChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d", childEnv, i))
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			runErr := cmd.Run()
			var res caseResult
			found := false
			for _, line := range strings.Split(stdout.String(), "\n") {
				if rest, ok := strings.CutPrefix(line, "LIMITRESULT "); ok {
					found = json.Unmarshal([]byte(rest), &res) == nil
				}
			}
			if !found {
				out := stdout.String() + stderr.String()
				if len(out) > 3000 {
					out = out[:1500] + "\n...\n" + out[len(out)-1500:]
				}
				t.Fatalf("the host did not survive (%v):\n%s", runErr, out)
			}
			checkCase(t, tc, res)
		})
	}
}

func checkCase(t *testing.T, tc limitCase, res caseResult) {
	t.Helper()
	wants := strings.Split(tc.want, "|")
	ok := false
	for _, w := range wants {
		ok = ok || res.Outcome == w
	}
	if !ok {
		t.Errorf("stopped by %s (%s), want %s", res.Outcome, res.Detail, tc.want)
	}
	bound := stopTol
	switch res.Outcome {
	case "deadline":
		bound = deadline + deadlineTol
		if tc.mem > 0 {
			// A collection the memory limit forces near the limit
			// (hundreds of milliseconds for a heap that size) delays it.
			bound += time.Second
		}
	case "interrupt":
		bound = interruptAfter + deadlineTol
	}
	if res.Elapsed > bound {
		t.Errorf("stopped after %v, want within %v", res.Elapsed, bound)
	}
	// The heap may pass the memory limit by what grows between two
	// polls and by the last allocation checked against it.
	limit := int64(1 << 30)
	if tc.mem > 0 {
		limit = tc.mem + tc.mem/2 + 64*mb
	}
	if res.PeakGrowth > limit {
		t.Errorf("heap grew by %d MB, want at most %d MB", res.PeakGrowth/mb, limit/mb)
	}
	if !res.AfterOK {
		t.Errorf("the interpreter is not usable afterwards: %s", res.AfterErr)
	}
}

const interruptAfter = 300 * time.Millisecond

// TestLimitsMatrixChild runs one case in a child process.
func TestLimitsMatrixChild(t *testing.T) {
	idx := os.Getenv(childEnv)
	if idx == "" {
		t.Skip("run by TestLimitsMatrix")
	}
	// A failure must not take the machine down: more than 6 GB of address
	// space fails in the child.
	lim := syscall.Rlimit{Cur: 6 << 30, Max: 6 << 30}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &lim); err != nil {
		t.Fatal(err)
	}
	var i int
	fmt.Sscan(idx, &i)
	tc := limitCases()[i]
	var out bytes.Buffer
	in := pyjit.New(pyjit.Options{Stdout: &out, Stderr: &out, StepLimit: tc.steps, MemoryLimit: tc.mem})
	ctx, cancel := context.Background(), context.CancelFunc(func() {})
	if tc.deadline {
		ctx, cancel = context.WithTimeout(ctx, deadline)
	} else {
		// A bound for a case that fails to stop.
		ctx, cancel = context.WithTimeout(ctx, 20*time.Second)
	}
	defer cancel()
	var timer *time.Timer
	if strings.HasPrefix(tc.want, "interrupt") {
		timer = time.AfterFunc(interruptAfter, in.VM().Interrupt)
	}

	base := heapObjects()
	var peak atomic.Int64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			if g := int64(heapObjects()) - int64(base); g > peak.Load() {
				peak.Store(g)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	err := in.Exec(ctx, "<hostile>", tc.src)
	elapsed := time.Since(start)
	close(done)
	<-sampled
	if timer != nil && !timer.Stop() && (err == nil || !strings.Contains(err.Error(), "KeyboardInterrupt")) {
		// Another limit came first and the interrupt is pending, as
		// Ctrl-C after a script ended would be: the next run raises it.
		in.Exec(context.Background(), "<pending>", "pass\n")
	}

	res := caseResult{Elapsed: elapsed, PeakGrowth: peak.Load()}
	var le *pyjit.LimitError
	var pe *pyjit.Error
	switch {
	case err == nil:
		res.Outcome = "ok"
	case errors.As(err, &le) && errors.Is(err, context.DeadlineExceeded):
		res.Outcome = "deadline"
	case errors.As(err, &le) && errors.Is(err, pyjit.ErrStepLimit):
		res.Outcome = "steps"
	case errors.As(err, &le) && errors.Is(err, pyjit.ErrMemoryLimit):
		res.Outcome = "memory"
	case errors.As(err, &pe) && pe.TypeName() == "KeyboardInterrupt":
		res.Outcome = "interrupt"
	case errors.As(err, &pe):
		res.Outcome = pe.TypeName()
	default:
		res.Outcome = "other"
	}
	if err != nil {
		res.Detail = err.Error()
		if len(res.Detail) > 200 {
			res.Detail = res.Detail[:200]
		}
	}

	// The interpreter runs the next script normally, under the same limits.
	err = in.Exec(context.Background(), "<next>", "r = sum(i * i for i in range(100))\n")
	if err == nil {
		v, _ := in.Global("r")
		res.AfterOK = v.String() == "328350"
		res.AfterErr = "r = " + v.String()
	} else {
		res.AfterErr = err.Error()
	}
	b, _ := json.Marshal(res)
	fmt.Printf("LIMITRESULT %s\n", b)
}

func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
