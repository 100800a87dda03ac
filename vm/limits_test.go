package vm

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// runLimited runs src as __main__ under Run with the given options and
// context, returning the error and what the program printed.
func runLimited(t *testing.T, in *Interpreter, out *bytes.Buffer, ctx context.Context, src string) error {
	t.Helper()
	out.Reset()
	err := in.Run(ctx, func(th *Thread) error { return in.RunFile("<test>", []byte(src)) })
	in.Flush()
	return err
}

func TestLimitsStopScriptsAndLeaveInterpreterUsable(t *testing.T) {
	// Each script tries to outlive its limit: by looping, by recursing
	// without loops, by catching every exception and by hiding in finally.
	for _, tc := range []struct {
		name   string
		opts   Options
		ctx    func() (context.Context, context.CancelFunc)
		src    string
		reason error
	}{
		{"steps/loop", Options{StepLimit: 10_000}, nil,
			"while True:\n    pass\n", ErrStepLimit},
		{"steps/calls without loops", Options{StepLimit: 10_000}, nil,
			"def f(n):\n    return f(n-1) + f(n-1) if n else 1\nf(40)\n", ErrStepLimit},
		{"steps/except and finally do not run", Options{StepLimit: 10_000}, nil,
			"try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\nfinally:\n    print('finally')\n", ErrStepLimit},
		{"steps/from a builtin's callback", Options{StepLimit: 10_000}, nil,
			"def key(x):\n    while True:\n        pass\nsorted([3, 1, 2], key=key)\n", ErrStepLimit},
		{"steps/inside a generator", Options{StepLimit: 10_000}, nil,
			"def g():\n    try:\n        while True:\n            yield 1\n    finally:\n        print('finally')\nfor x in g():\n    pass\n", ErrStepLimit},
		{"steps/inside a coroutine", Options{StepLimit: 10_000}, nil,
			"async def spin():\n    try:\n        while True:\n            pass\n    finally:\n        print('finally')\nc = spin()\ntry:\n    c.send(None)\nexcept BaseException:\n    print('caught')\n", ErrStepLimit},
		{"steps/coroutines awaiting without loops", Options{StepLimit: 10_000}, nil,
			"async def f(n):\n    return await f(n-1) + await f(n-1) if n else 1\ntry:\n    f(40).send(None)\nexcept BaseException:\n    print('caught')\n", ErrStepLimit},
		{"steps/generators delegating without loops", Options{StepLimit: 10_000}, nil,
			"def g(n):\n    if n:\n        yield from g(n-1)\n        yield from g(n-1)\n    else:\n        yield 1\nprint(sum(g(40)))\n", ErrStepLimit},
		{"steps/in a class body and a comprehension", Options{StepLimit: 10_000}, nil,
			"class C:\n    xs = [i for i in range(10**9)]\n", ErrStepLimit},
		{"context/deadline", Options{}, func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 20*time.Millisecond)
		}, "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n", context.DeadlineExceeded},
		{"context/already cancelled", Options{}, func() (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx, cancel
		}, "print('ran')\n", context.Canceled},
		{"memory/growing list", Options{MemoryLimit: 32 << 20}, nil,
			"x = []\nwhile True:\n    x.append('a' * 1000 + str(len(x)))\n", ErrMemoryLimit},
		{"memory/one large allocation", Options{MemoryLimit: 32 << 20}, nil,
			"try:\n    s = 'a' * (1 << 30)\nexcept MemoryError:\n    print('caught')\n", ErrMemoryLimit},
		{"memory/zlib decompression bomb", Options{MemoryLimit: 32 << 20}, nil,
			"import zlib\nco = zlib.compressobj(9, zlib.DEFLATED, -15)\nz = b''.join(co.compress(bytes(1 << 20)) for i in range(100)) + co.flush()\n" +
				"try:\n    zlib.decompress(z, -15)\nexcept MemoryError:\n    print('caught')\n", ErrMemoryLimit},
		{"memory/struct padding", Options{MemoryLimit: 32 << 20}, nil,
			"import _struct\ntry:\n    _struct.pack('100000000x')\nexcept MemoryError:\n    print('caught')\n", ErrMemoryLimit},
	} {
		for _, tier := range tiers {
			t.Run(tc.name+"/"+tier.name, func(t *testing.T) {
				var out bytes.Buffer
				tc.opts.Stdout, tc.opts.Stderr = &out, &out
				in := New(tc.opts)
				in.SetSpecializer(tier.spec)
				ctx, cancel := context.Background(), context.CancelFunc(func() {})
				if tc.ctx != nil {
					ctx, cancel = tc.ctx()
				}
				defer cancel()
				err := runLimited(t, in, &out, ctx, tc.src)
				var le *LimitError
				if !errors.As(err, &le) || !errors.Is(err, tc.reason) {
					t.Fatalf("got error %v, want a *LimitError for %v", err, tc.reason)
				}
				if out.Len() != 0 {
					t.Errorf("Python code ran after the limit: %q", out.String())
				}
				th := in.Thread()
				if th.frame != nil || th.depth != 0 {
					t.Errorf("thread left with frame %p at depth %d", th.frame, th.depth)
				}
				// The interpreter runs the next script normally.
				err = runLimited(t, in, &out, context.Background(), "print(sum(i * i for i in range(100)))\n")
				if err != nil || strings.TrimSpace(out.String()) != "328350" {
					t.Fatalf("next run: %v, output %q", err, out.String())
				}
			})
		}
	}
}

func TestMemoryErrorForHugeSequences(t *testing.T) {
	// Without a limit, allocations larger than the machine's memory raise
	// MemoryError (as in CPython) instead of ending the process.
	got := runSource(t, `
for expr in ["'ab' * 10**13", "[1, 2] * 10**13", "b'x' * (2**62)", "bytearray(10**14)", "(1,) * 10**13", "1 << 2**50", "-3 << 2**64"]:
    try:
        eval(expr)
    except MemoryError as e:
        print(type(e).__name__)
`)
	if want := strings.Repeat("MemoryError\n", 7); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
