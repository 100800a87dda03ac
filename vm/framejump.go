package vm

import (
	"math"

	"github.com/pyjit/pyjit/vm/code"
)

// setLineno implements assignment to f_lineno: a trace function, in a
// line event, sends the frame to the first instruction of another line,
// popping the values the target does not have on its stack (CPython
// 3.11's frame_setlineno, with its checks and messages).
func (fo *FrameObj) setLineno(th *Thread, x Value) error {
	if x.o == nil {
		return Errorf(AttributeErrorType, "cannot delete attribute")
	}
	if _, ok := x.o.(intTag); !ok {
		if _, big := x.o.(*BigInt); !big {
			return Errorf(ValueErrorType, "lineno must be an integer")
		}
		return Errorf(ValueErrorType, "lineno out of range")
	}
	n := int64(x.n)
	if n > math.MaxInt32 || n < math.MinInt32 {
		return Errorf(ValueErrorType, "lineno out of range")
	}
	// As CPython's, the event being reported is checked first, then
	// that the frame has a trace function.
	switch th.tracingWhat {
	case "", "line":
	case "call":
		return Errorf(ValueErrorType, "can't jump from the 'call' trace event of a new frame")
	default:
		return Errorf(ValueErrorType, "can only jump from a 'line' trace event")
	}
	t := fo.tr()
	if t.trace.o == nil || t.trace.IsNone() {
		return Errorf(ValueErrorType, "f_lineno can only be set by a trace function")
	}
	f := fo.f
	if !t.traceLine || f == nil {
		if t.traceEntry {
			return Errorf(ValueErrorType, "can't jump from the 'call' trace event of a new frame")
		}
		return Errorf(ValueErrorType, "can only jump from a 'line' trace event")
	}
	co := fo.code
	line := int(n)
	if line < co.FirstLine {
		return Errorf(ValueErrorType, "line %d comes before the current code block", line)
	}
	// The instructions that start a line, and the first line not before
	// the one asked for.
	starts := make([]int, len(co.Instrs))
	best, last := -1, -1
	for i := range co.Instrs {
		l := co.Line(i)
		if l > 0 && l != last {
			starts[i], last = l, l
			if l >= line && (best < 0 || l < best) {
				best = l
			}
		}
	}
	if best < 0 {
		return Errorf(ValueErrorType, "line %d comes after the current code block", line)
	}
	stacks := co.StackKinds()
	from := stacks[t.tracePrev]
	target := -1
	msg := "cannot find bytecode for specified line"
	for i, l := range starts {
		if l != best {
			continue
		}
		if code.JumpCompatible(from, stacks[i]) {
			if target < 0 || len(stacks[i]) > len(stacks[target]) {
				target = i
			}
		} else if target < 0 {
			if from == nil {
				msg = "can't jump from unreachable code"
			} else {
				msg = code.JumpError(stacks[i])
			}
		}
	}
	if target < 0 {
		return Errorf(ValueErrorType, "%s", msg)
	}
	// Pop what the target's stack does not hold; a handled exception's
	// slot restores the exception it replaced, as POP_EXCEPT does.
	depth := len(stacks[target])
	for k := len(from) - 1; k >= depth && f.sp > co.NLocals; k-- {
		f.sp--
		if from[k] == code.KindExcept {
			th.excInfo = f.fast[f.sp]
		}
		f.fast[f.sp] = Null
	}
	t.jumpTo = target
	return nil
}
