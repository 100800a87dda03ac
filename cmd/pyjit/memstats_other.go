//go:build !linux

package main

// peakRSSKiB returns 0: the peak resident set is read from /proc on Linux.
func peakRSSKiB() int64 { return 0 }
