package vm

// Bits of Thread.interrupt, which other goroutines set and the loop
// checks at safe points (loop back-edges and calls).
const (
	interruptKeyboard int32 = 1 << iota // raise KeyboardInterrupt
	interruptSample                     // report the stack to the sampler
	interruptCancel                     // the run's context is done
	interruptMemory                     // the heap grew past the memory limit
	interruptSteps                      // count a step (set for the whole run under a step limit)
	interruptFinalize                   // finalizers are due (finalize.go)
	interruptGIL                        // another thread waits for the GIL (gil.go)
)

// interruptLimits are the bits handled by limitInterrupt.
const interruptLimits = interruptCancel | interruptMemory | interruptSteps

// FrameInfo describes one Python frame of a sampled stack.
type FrameInfo struct {
	Name      string // function name (co_name)
	QualName  string // qualified name
	Filename  string
	FirstLine int // line of the def
	Line      int // line being executed
}

// A Sampler receives the Python stack, innermost frame first, at the safe
// point following a RequestSample. The slice is reused after it returns.
type Sampler func(stack []FrameInfo)

// SetSampler installs (or with nil removes) the receiver of stack samples;
// profilers install one and call RequestSample on a timer.
func (in *Interpreter) SetSampler(s Sampler) { in.sampler = s }

// RequestSample asks the running program to report its stack at the next
// safe point. It may be called from any goroutine. Requests made before
// that point are each answered with the same stack, so that a call of a
// function implemented in Go that lasts many sample periods is charged
// all of them.
func (in *Interpreter) RequestSample() {
	in.main.samplesDue.Add(1)
	in.main.interrupt.Or(interruptSample)
}

// reportSamples hands stack to the sampler once for each request not yet
// answered.
func (th *Thread) reportSamples(stack []FrameInfo) {
	for n := th.samplesDue.Swap(0); n > 0; n-- {
		th.interp.sampler(stack)
	}
}

// sampleInBuiltin answers a sample request that arrived while callable, a
// function implemented in Go, was running: the stack reported has the
// callable's name on top of the Python frame that called it. Calls check
// for requests before they start, so a request pending afterwards came
// during the call.
func (th *Thread) sampleInBuiltin(callable Value) {
	name, ok := goFunctionName(callable)
	if !ok || th.interp.sampler == nil {
		return
	}
	th.interrupt.And(^interruptSample)
	stack := th.stackInfo()
	stack = append(stack, FrameInfo{})
	copy(stack[1:], stack)
	stack[0] = FrameInfo{Name: name, QualName: name, Filename: "<built-in>"}
	th.sampleBuf = stack
	th.reportSamples(stack)
}

// goFunctionName names the functions implemented in Go that samples are
// charged to: builtins ("len"), methods of builtin types ("list.sort")
// and builtin classes ("dict").
func goFunctionName(callable Value) (string, bool) {
	switch c := callable.o.(type) {
	case *Builtin:
		if c.Self.o != nil {
			if _, isModule := c.Self.o.(*Module); !isModule {
				return c.Self.Type().Name + "." + c.Name, true
			}
		}
		if c.owner != "" {
			return c.owner + "." + c.Name, true
		}
		return c.Name, true
	case *MethodDescriptor:
		return c.Owner.Name + "." + c.Name, true
	case *ClassMethodDescriptor:
		return c.Owner.Name + "." + c.Name, true
	case *Type:
		if !c.heap {
			return c.Name, true
		}
	}
	return "", false
}

// stackInfo describes the thread's Python frames, innermost first.
func (th *Thread) stackInfo() []FrameInfo {
	stack := th.sampleBuf[:0]
	for f := th.frame; f != nil; f = f.back {
		co := f.code
		if co == nil {
			continue
		}
		qual := co.QualName
		if qual == "" {
			qual = co.Name // module and class bodies
		}
		stack = append(stack, FrameInfo{co.Name, qual, co.Filename, co.FirstLine, f.Line()})
	}
	th.sampleBuf = stack
	return stack
}
