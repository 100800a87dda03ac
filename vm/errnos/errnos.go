// Package errnos holds the errno names, numbers and messages of the
// operating system as CPython 3.11's errno module and os.strerror give
// them (on Linux, generated from CPython by tools/generrno.py).
package errnos

import (
	"strconv"
	"syscall"
)

// Name is an errno name and its number.
type Name struct {
	Name string
	Num  int
}

// Message returns the message strerror gives for errno n, as
// os.strerror(n) returns it.
func Message(n int) string {
	if m, ok := messages[n]; ok {
		return m
	}
	if len(messages) == 0 && n > 0 {
		if s := syscall.Errno(n).Error(); s != "" && s[0] >= 'a' && s[0] <= 'z' {
			return string(s[0]-'a'+'A') + s[1:]
		}
	}
	return "Unknown error " + strconv.Itoa(n)
}

// Code returns the name errno.errorcode gives number n.
func Code(n int) (string, bool) {
	c, ok := codes[n]
	return c, ok
}

// Codes returns the numbers errno.errorcode maps, in no order.
func Codes() []int {
	out := make([]int, 0, len(codes))
	for n := range codes {
		out = append(out, n)
	}
	return out
}
