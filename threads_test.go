package pyjit_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/pyjit/pyjit"
)

// TestThreadsOfAScript runs scripts that start threads through the
// embedding API: threads still running when a call returns wait for the
// next call (the host's goroutine keeps the GIL in between), Close joins
// the threads that are not daemons, and a limit that stops a call stops
// every thread of the script.
func TestThreadsOfAScript(t *testing.T) {
	tests := []struct {
		name    string
		opts    pyjit.Options
		timeout time.Duration
		steps   []string // sources run one after another with Exec
		wantErr error    // of the last step
		closing string   // output of Close
		want    string
	}{
		{
			name: "threads wait between calls",
			steps: []string{`import threading
ready = threading.Event()
out = []
def worker():
    ready.wait()
    out.append("worker ran")
t = threading.Thread(target=worker)
t.start()
`, `ready.set()
t.join()
print(out, t.is_alive())
`},
			want: "['worker ran'] False\n",
		},
		{
			name: "Close joins the threads that are not daemons",
			steps: []string{`import threading, time
def slow():
    time.sleep(0.05)
    print("joined at close")
threading.Thread(target=slow).start()
threading.Thread(target=lambda: time.sleep(3600), daemon=True).start()
`},
			closing: "joined at close\n",
		},
		{
			name: "the step limit counts every thread",
			opts: pyjit.Options{StepLimit: 200000},
			steps: []string{`import threading
def spin():
    while True:
        pass
t = threading.Thread(target=spin)
t.start()
t.join()
`},
			wantErr: pyjit.ErrStepLimit,
		},
		{
			name:    "cancelling the context stops the threads",
			timeout: 50 * time.Millisecond,
			steps: []string{`import threading
def spin():
    while True:
        pass
threads = [threading.Thread(target=spin) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`},
			wantErr: context.DeadlineExceeded,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			tt.opts.Stdout, tt.opts.Stderr = &out, &out
			in := pyjit.New(tt.opts)
			var err error
			for _, src := range tt.steps {
				ctx := context.Background()
				if tt.timeout > 0 {
					var cancel context.CancelFunc
					ctx, cancel = context.WithTimeout(ctx, tt.timeout)
					defer cancel()
				}
				if err = in.Exec(ctx, "threads.py", src); err != nil {
					break
				}
			}
			if tt.wantErr == nil && err != nil || !errors.Is(err, tt.wantErr) {
				t.Fatalf("Exec returned %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil {
				// The stopped script's threads end with it: the
				// interpreter runs the next script alone.
				if err := in.Exec(context.Background(), "after.py", "import threading\nprint(threading.active_count() >= 1)\n"); err != nil {
					t.Fatalf("after the limit: %v", err)
				}
				out.Reset()
			}
			before := out.String()
			if err := in.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got := out.String()[len(before):]; got != tt.closing {
				t.Errorf("Close wrote %q, want %q", got, tt.closing)
			}
			if before != tt.want && tt.wantErr == nil {
				t.Errorf("output %q, want %q", before, tt.want)
			}
		})
	}
}
