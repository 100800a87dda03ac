package vm

// Function returns the function whose call made the frame, or nil for a
// module or class body.
func (f *Frame) Function() *Function { return f.fn }

// Generator reports whether calling the code makes a generator, a
// coroutine or an async generator rather than running a frame.
func (co *CodeObj) Generator() bool {
	return co.Flags&genFlags != 0
}

// SetNoEntry tells the interpreter not to call the tier-2 hook's
// FuncEntry for calls of the code any more.
func (co *CodeObj) SetNoEntry() { co.jitNoEntry = true }
