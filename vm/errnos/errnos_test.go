package errnos

import (
	"runtime"
	"syscall"
	"testing"
)

func TestMessagesAndCodes(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the table is Linux's")
	}
	for n, want := range map[int]string{
		2:    "No such file or directory",
		13:   "Permission denied",
		0:    "Success",
		1000: "Unknown error 1000",
		-1:   "Unknown error -1",
	} {
		if got := Message(n); got != want {
			t.Errorf("Message(%d) = %q, want %q", n, got, want)
		}
	}
	if c, ok := Code(int(syscall.EAGAIN)); !ok || c != "EAGAIN" {
		t.Errorf("Code(EAGAIN) = %q, %v", c, ok)
	}
	for _, n := range Names {
		if syscall.Errno(n.Num) == 0 || n.Num > 200 {
			t.Errorf("%s = %d: not an errno", n.Name, n.Num)
		}
	}
}
