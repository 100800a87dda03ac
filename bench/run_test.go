package bench

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The test binary doubles as the measured program: with
// PYJIT_BENCH_TOUCH_MIB set it touches that many MiB and exits.
func TestMain(m *testing.M) {
	if v := os.Getenv("PYJIT_BENCH_TOUCH_MIB"); v != "" {
		n, _ := strconv.Atoi(v)
		touch(n)
		os.Stdout.WriteString("touched\n")
		os.Exit(0)
	}
	os.Exit(m.Run())
}

var sink []byte

func touch(mib int) {
	sink = make([]byte, mib<<20)
	for i := 0; i < len(sink); i += 4096 {
		sink[i] = 1
	}
}

// TestPeakIsTheChilds checks that a child's peak resident set is its own:
// neither hidden below what it touched nor raised to the harness's peak.
func TestPeakIsTheChilds(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	touch(96) // the harness's own peak, far above the small child's
	run := func(mib int) runResult {
		t.Helper()
		env := append(os.Environ(), "PYJIT_BENCH_TOUCH_MIB="+strconv.Itoa(mib))
		r, stderr, err := runMeasured(self, []string{self}, env, time.Minute)
		if err != nil {
			t.Fatalf("run touching %d MiB: %v: %s", mib, err, stderr)
		}
		if strings.TrimSpace(r.output) != "touched" {
			t.Fatalf("output %q", r.output)
		}
		return r
	}
	small, large := run(1), run(48)
	if small.peakKiB <= 0 || small.peakKiB >= 48<<10 {
		t.Errorf("child touching 1 MiB: peak %d KiB (the harness holds 96 MiB)", small.peakKiB)
	}
	if large.peakKiB < 48<<10 || large.peakKiB >= 96<<10 {
		t.Errorf("child touching 48 MiB: peak %d KiB", large.peakKiB)
	}
	sink = nil
}

func TestRunOnceReportsFailure(t *testing.T) {
	_, err := runOnce([]string{"sh", "-c", "echo to stderr >&2; exit 3"}, "x", nil, os.Environ(), time.Minute)
	if err == nil || !strings.Contains(err.Error(), "exit status 3: to stderr") {
		t.Errorf("err = %v, want exit status 3 with the last line of stderr", err)
	}
}
