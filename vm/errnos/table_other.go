//go:build !linux

package errnos

// Names are the errno names known on this system.
var Names = []Name{}

var codes = map[int]string{}

var messages = map[int]string{}
