package vm

// pushArgs returns self followed by args, in the thread's argument stack
// rather than a new slice, and the mark popArgs takes to release them.
// Callees may not keep their argument slice (the interpreter passes them
// windows of its own stack), so the values are only needed until the call
// returns. Calls nest: each pops what it pushed, innermost first.
func (th *Thread) pushArgs(self Value, args []Value) ([]Value, int) {
	mark := len(th.argStack)
	th.argStack = append(append(th.argStack, self), args...)
	return th.argStack[mark:len(th.argStack):len(th.argStack)], mark
}

// popArgs releases what the pushArgs that returned mark pushed, clearing
// it so that the stack keeps nothing alive.
func (th *Thread) popArgs(mark int) {
	clear(th.argStack[mark:])
	th.argStack = th.argStack[:mark]
}
