//go:build !linux

package main

// keysRaiseNoSignal does nothing here: the line editor turns Ctrl-C into
// a key once it reads.
func keysRaiseNoSignal() {}
