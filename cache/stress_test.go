//go:build (amd64 || arm64) && linux

package cache

import (
	"errors"
	"flag"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

var stressTime = flag.Duration("cache.stress", time.Second, "how long TestStress runs native code under garbage collection, profiling and signals")

// TestStress runs native code in loops through the trampoline while other
// goroutines allocate pointer-rich garbage, the collector runs back to back,
// CPU profiling is on and preemption and profiling signals are sent to the
// threads running native code. The traces are installed, retired and
// evicted as it goes. Every result must be right and nothing may crash.
func TestStress(t *testing.T) {
	d := *stressTime
	if testing.Short() {
		d = 200 * time.Millisecond
	}
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	prof, err := os.CreateTemp(t.TempDir(), "cpu")
	if err != nil {
		t.Fatal(err)
	}
	if err := pprof.StartCPUProfile(prof); err == nil {
		defer pprof.StopCPUProfile()
	}

	stop := make(chan struct{})
	var bg sync.WaitGroup
	background := func(f func()) {
		bg.Add(1)
		go func() {
			defer bg.Done()
			for {
				select {
				case <-stop:
					return
				default:
					f()
				}
			}
		}()
	}
	for range 3 {
		background(allocateGarbage)
	}
	background(runtime.GC)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gcBefore := ms.NumGC
	var signals atomic.Int64
	const workers = 2
	var tids [workers]atomic.Int32
	background(func() {
		for i := range tids {
			if tid := tids[i].Load(); tid != 0 {
				unix.Tgkill(os.Getpid(), int(tid), unix.SIGURG)
				unix.Tgkill(os.Getpid(), int(tid), unix.SIGPROF)
				signals.Add(2)
			}
		}
		time.Sleep(50 * time.Microsecond)
	})

	var wg sync.WaitGroup
	errs := make(chan error, workers)
	deadline := time.Now().Add(d)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			tids[w].Store(int32(unix.Gettid()))
			errs <- nativeWorker(deadline)
			tids[w].Store(0)
		}()
	}
	wg.Wait()
	runtime.ReadMemStats(&ms)
	t.Logf("%d collections, %d signals sent", ms.NumGC-gcBefore, signals.Load())
	close(stop)
	bg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// sink keeps the garbage reachable for a while so the collector has
// pointers to mark.
var sink atomic.Pointer[node]

type node struct {
	next *node
	m    map[int]*node
	buf  []byte
}

func allocateGarbage() {
	var head *node
	for i := range 200 {
		n := &node{next: head, buf: make([]byte, 64)}
		if i%16 == 0 {
			n.m = map[int]*node{i: head}
		}
		head = n
	}
	sink.Store(head)
}

// nativeWorker installs, enters, retires and reinstalls traces until the
// deadline, checking every result.
func nativeWorker(deadline time.Time) error {
	tab := NewTable(Config{ArenaSize: 16 << 10, MaxBytes: 8 << 10})
	defer tab.Close()
	ctx := new(Context)
	code := new(int)
	for round := 0; time.Now().Before(deadline); round++ {
		loop, err := tab.Install(Key{Code: unsafePointer(code), PC: round % 64}, codeFuelLoop(3), nil)
		if err != nil {
			return err
		}
		add, err := tab.Install(Key{Code: unsafePointer(code), PC: 64 + round%64}, codeAdd(1, 2, 3, 4), nil)
		if err != nil {
			return err
		}
		for i := range 20 {
			fuel := int64(20000 + i)
			ctx.Buf[0], ctx.Fuel = 0, fuel
			if got := tab.Enter(loop, ctx); got != 3 || ctx.Buf[0] != uint64(fuel) || ctx.Fuel != 0 {
				return errors.New("fuel loop gave a wrong result")
			}
			ctx.Buf[1], ctx.Buf[2] = uint64(round), uint64(i)<<32
			if got := tab.Enter(add, ctx); got != 4 || ctx.Buf[3] != uint64(round)+uint64(i)<<32 {
				return errors.New("add gave a wrong result")
			}
		}
		if round%3 == 0 {
			tab.Retire(loop)
		}
	}
	return nil
}

// TestStressCheckmark runs TestStress in a child process with the
// collector's checkmark verification on (GODEBUG=gccheckmark=1), which
// checks after every cycle that the concurrent mark found every reachable
// object.
func TestStressCheckmark(t *testing.T) {
	if os.Getenv("CACHE_STRESS_CHILD") != "" {
		t.Skip("already the child")
	}
	if testing.Short() {
		t.Skip("short")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestStress$", "-cache.stress="+stressTime.String())
	cmd.Env = append(os.Environ(), "CACHE_STRESS_CHILD=1", "GODEBUG=gccheckmark=1")
	out, err := cmd.CombinedOutput()
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		// An emulated test binary cannot start another one.
		t.Skip("cannot run the test binary again:", err)
	}
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}
