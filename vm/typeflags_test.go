package vm

import "testing"

// TestBuiltinLayoutsKnowTheirTypes checks that every type the layout
// table names existed when the table was made.
func TestBuiltinLayoutsKnowTheirTypes(t *testing.T) {
	New(Options{})
	if _, ok := builtinLayouts[nil]; ok {
		t.Fatal("builtinLayouts has a nil type: initTypeLayouts ran before a type it names was made")
	}
}

// TestTypeFlags checks the flags CPython's own library reads: copyreg's
// heap type test, inspect's abstract class test, the subclass bits and
// the collection bits of pattern matching.
func TestTypeFlags(t *testing.T) {
	New(Options{})
	tests := []struct {
		name string
		typ  *Type
		bit  uint64
		want bool
	}{
		{"int is not a heap type", IntType, tpflagsHeapType, false},
		{"int is immutable", IntType, tpflagsImmutableType, true},
		{"int is an int subclass", IntType, 1 << 24, true},
		{"bool is an int subclass", BoolType, 1 << 24, true},
		{"bool is not a base type", BoolType, tpflagsBaseType, false},
		{"int is not collected", IntType, tpflagsHaveGC, false},
		{"list is collected", ListType, tpflagsHaveGC, true},
		{"list is a sequence", ListType, flagSequence, true},
		{"dict is a mapping", DictType, flagMapping, true},
		{"str is a str subclass", StrType, 1 << 28, true},
		{"bytearray is not a bytes subclass", ByteArrayType, 1 << 27, false},
		{"ValueError is an exception", ValueErrorType, 1 << 30, true},
		{"type is a type subclass", TypeType, 1 << 31, true},
		{"list_iterator cannot be instantiated", ListIterType, tpflagsDisallowInstantiation, true},
		{"object can be instantiated", ObjectType, tpflagsDisallowInstantiation, false},
		{"function is a method descriptor", FunctionType, tpflagsMethodDescriptor, true},
	}
	for _, tt := range tests {
		if got := typeFlags(tt.typ)&tt.bit != 0; got != tt.want {
			t.Errorf("%s: flag %#x is %v", tt.name, tt.bit, got)
		}
	}
}
