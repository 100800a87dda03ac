package jit

import (
	"math"

	"github.com/pyjit/pyjit/vm"
)

// Callouts: what a trace asks Go to compute (ir.OpCall's Aux). A callout
// returns false when it cannot give the interpreter's result as a word;
// the trace then leaves through the call's snapshot and the interpreter
// does the operation itself (raising, or making another type of value).
const (
	callFloatPow   = iota + 1 // float ** float
	callAlloc                 // a new instance of the class at a (record_class.go)
	callAppendAttr            // append b, of kind Aux>>8&0xff, to the values of instance a at position Aux>>16
	callSetAttr               // replace the value of instance a at position Aux>>16 with b, of kind Aux>>8&0xff (record_store.go)
	callPy                    // call Aux>>8 of the trace's calls not inlined (callpy.go)
	callListAppend            // append b, of kind Aux>>8&0xff, to the list a, when its array has room (record_seq.go)
	callBuild                 // make the tuple or list Aux>>8 of the trace's builds from the exit buffer (record_build.go)
	callSetItem               // replace the list item at address a with b, of kind Aux>>8&0xff (record_build.go)
	callContains              // whether the int b is in the list or tuple a, of kind Aux>>8&0xff (record_build.go)
	callCompAppend            // append b, of kind Aux>>8&0xff, to a comprehension's list a (record_build.go)
)

// callout computes callout aux of the operand words a and b. The objects
// it makes are kept alive until the next entry: until then only native
// code and the exit buffer, which the collector does not scan, may hold
// them.
func (j *JIT) callout(aux int64, a, b uint64) (uint64, bool) {
	switch aux & 0xff {
	case callFloatPow:
		r, ok := vm.FloatPow(math.Float64frombits(a), math.Float64frombits(b))
		return math.Float64bits(r), ok
	case callAlloc:
		v := vm.NewPlainInstance((*vm.Type)(pointer(a)))
		j.keep = append(j.keep, v)
		return dataWord(v), true
	case callAppendAttr:
		o := (*vm.Instance)(pointer(a))
		return 0, o.AppendAttr(int(aux>>16), box(kind(aux>>8&0xff), b))
	case callSetAttr:
		o := (*vm.Instance)(pointer(a))
		return 0, o.SetAttrAt(int(aux>>16), box(kind(aux>>8&0xff), b))
	case callSetItem:
		*(*vm.Value)(pointer(a)) = box(kind(aux>>8&0xff), b)
		return 0, true
	case callContains:
		found, ok := containsInt(seqItems(box(kind(aux>>8&0xff), a)), int64(b))
		if found {
			return 1, ok
		}
		return 0, ok
	case callCompAppend:
		(*vm.List)(pointer(a)).AppendGrow(box(kind(aux>>8&0xff), b))
		return 0, true
	case callListAppend:
		l := (*vm.List)(pointer(a))
		return 0, l.AppendInPlace(box(kind(aux>>8&0xff), b))
	}
	return 0, false
}
