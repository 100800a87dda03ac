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

// SetNoLoop tells the interpreter not to call the tier-2 hook's BackEdge
// for the back edges to the loop header at pc any more: a loop the hook
// gave up on then costs what it costs without the hook.
func (co *CodeObj) SetNoLoop(pc int) {
	if co.jitNoLoop == nil {
		co.jitNoLoop = make([]bool, len(co.Instrs))
	}
	co.jitNoLoop[pc] = true
}

// jitWantsLoop reports whether th's tier-2 hook is to be called for a
// back edge to the loop header at pc.
func (th *Thread) jitWantsLoop(co *CodeObj, pc int) bool {
	return th.jit != nil && (co.jitNoLoop == nil || !co.jitNoLoop[pc])
}
