// Package code defines pyjit's bytecode: the opcode table with stack
// effects, the instruction format, code objects with their line and
// exception tables, and a disassembler in the style of Python's dis.
//
// The instruction set follows CPython 3.11 closely (LOAD_FAST, LOAD_GLOBAL
// with a NULL-push bit, LOAD_METHOD, KW_NAMES + CALL n, CALL_FUNCTION_EX,
// an exception table instead of block-setup instructions), with two
// simplifications: an instruction is one 32-bit word (8-bit opcode, 24-bit
// argument, so EXTENDED_ARG is never needed) and jump arguments are
// absolute instruction indexes.
//
// Constants are plain Go values (nil, bool, int64, *big.Int, float64,
// complex128, string, Bytes, Ellipsis, Tuple, FrozenSet, *Code) so this
// package does not depend on the interpreter's value types.
package code

import (
	"fmt"
	"math/bits"
)

// Opcode is a bytecode operation.
type Opcode uint8

// Instr is one instruction: opcode in the low 8 bits, argument in the high 24.
type Instr uint32

// MakeInstr builds an instruction.
func MakeInstr(op Opcode, arg int) Instr {
	if arg < 0 || arg >= 1<<24 {
		panic(fmt.Sprintf("code: argument %d out of range for %s", arg, op))
	}
	return Instr(uint32(op) | uint32(arg)<<8)
}

// Op returns the instruction's opcode.
func (i Instr) Op() Opcode { return Opcode(i) }

// Arg returns the instruction's argument.
func (i Instr) Arg() int { return int(uint32(i) >> 8) }

// The opcodes. The comment after each gives its stack effect
// (before → after) and the meaning of its argument.
const (
	NOP                  Opcode = iota // -
	POP_TOP                            // x → -
	PUSH_NULL                          // - → NULL
	COPY                               // x(n) … → x(n) … x(n)      copy the n-th item from the top
	SWAP                               // a(n) … b → b … a           swap top with the n-th item
	UNARY_POSITIVE                     // x → +x
	UNARY_NEGATIVE                     // x → -x
	UNARY_NOT                          // x → not x
	UNARY_INVERT                       // x → ~x
	BINARY_OP                          // a b → a op b               arg: operator (NB_*)
	COMPARE_OP                         // a b → a op b               arg: comparison (CMP_*)
	IS_OP                              // a b → a is b               arg: 1 for `is not`
	CONTAINS_OP                        // a b → a in b               arg: 1 for `not in`
	BINARY_SUBSCR                      // x k → x[k]
	STORE_SUBSCR                       // v x k → -                  x[k] = v
	DELETE_SUBSCR                      // x k → -
	BUILD_SLICE                        // a b [c] → slice            arg: 2 or 3
	BINARY_SLICE                       // x a b → x[a:b]
	STORE_SLICE                        // v x a b → -                x[a:b] = v
	LOAD_CONST                         // - → consts[arg]
	LOAD_FAST                          // - → locals[arg]
	STORE_FAST                         // v → -
	DELETE_FAST                        // -
	LOAD_DEREF                         // - → cell contents          arg: local slot of the cell
	STORE_DEREF                        // v → -
	DELETE_DEREF                       // -
	LOAD_CLOSURE                       // - → cell
	LOAD_CLASSDEREF                    // - → v                      class body: namespace, then cell
	LOAD_GLOBAL                        // - → [NULL] v               arg: name<<1 | push NULL
	STORE_GLOBAL                       // v → -                      arg: name
	DELETE_GLOBAL                      // -
	LOAD_NAME                          // - → v                      arg: name
	STORE_NAME                         // v → -
	DELETE_NAME                        // -
	LOAD_ATTR                          // x → x.name                 arg: name
	LOAD_METHOD                        // x → meth self | NULL x.name
	STORE_ATTR                         // v x → -                    x.name = v
	DELETE_ATTR                        // x → -
	BUILD_TUPLE                        // x1…xn → tuple
	BUILD_LIST                         // x1…xn → list
	BUILD_SET                          // x1…xn → set
	BUILD_MAP                          // k1 v1 … kn vn → dict
	BUILD_CONST_KEY_MAP                // v1…vn keys → dict          keys: constant tuple
	BUILD_STRING                       // s1…sn → str
	LIST_APPEND                        // list(arg) … v → list …     append to the list arg items down
	SET_ADD                            // set(arg) … v → set …
	MAP_ADD                            // dict(arg) … k v → dict …
	LIST_EXTEND                        // list(arg) … it → list …
	SET_UPDATE                         // set(arg) … it → set …
	DICT_UPDATE                        // dict(arg) … m → dict …
	DICT_MERGE                         // f … dict(arg) … m → …     as DICT_UPDATE, rejecting duplicate keys (for calls)
	LIST_TO_TUPLE                      // list → tuple
	FORMAT_VALUE                       // x [spec] → str             arg: conversion | 0x04 if spec
	JUMP_FORWARD                       // -                          arg: target
	JUMP_BACKWARD                      // -                          arg: target (a loop back-edge)
	POP_JUMP_IF_FALSE                  // x → -
	POP_JUMP_IF_TRUE                   // x → -
	POP_JUMP_IF_NONE                   // x → -
	POP_JUMP_IF_NOT_NONE               // x → -
	JUMP_IF_FALSE_OR_POP               // x → x (jump) | - (no jump)
	JUMP_IF_TRUE_OR_POP                // x → x (jump) | -
	GET_ITER                           // x → iter(x)
	FOR_ITER                           // it → it next | - (jump when exhausted)
	KW_NAMES                           // -                          arg: const index of keyword-name tuple for next CALL
	CALL                               // NULL|m f|self a1…an → result   arg: n
	CALL_FUNCTION_EX                   // NULL f args [kwargs] → result  arg: 1 if kwargs
	MAKE_FUNCTION                      // [defaults] [kwdefaults] [annotations] [closure] code → func  arg: flags
	RETURN_VALUE                       // v → (returns)
	RETURN_CONST                       // - → (returns consts[arg])
	LOAD_BUILD_CLASS                   // - → __build_class__
	RAISE_VARARGS                      // [exc [cause]] → (raises)   arg: 0, 1 or 2
	RERAISE                            // exc → (raises)   arg: nonzero ends a lasti handler (the frame stops where it was entered)
	PUSH_EXC_INFO                      // exc → prev_exc exc
	POP_EXCEPT                         // prev_exc → -
	CHECK_EXC_MATCH                    // exc type → exc bool
	CHECK_EG_MATCH                     // eg type → rest match
	PREP_RERAISE_STAR                  // orig list → exc|None
	WITH_EXCEPT_START                  // exit prev exc → exit prev exc res
	BEFORE_WITH                        // mgr → exit enter_result
	BEFORE_ASYNC_WITH                  // mgr → exit awaitable
	LOAD_ASSERTION_ERROR               // - → AssertionError
	IMPORT_NAME                        // level fromlist → module   arg: name
	IMPORT_FROM                        // module → module attr     arg: name
	IMPORT_STAR                        // module → -
	UNPACK_SEQUENCE                    // seq → xn … x1            arg: n
	UNPACK_EX                          // seq → …                  arg: before | after<<8
	YIELD_VALUE                        // v → sent
	GET_YIELD_FROM_ITER                // x → iter
	SEND                               // it v → it result | - result(jump when done)   arg: target
	GET_AWAITABLE                      // x → awaitable            arg: 0 plain, 1 after __aenter__, 2 after __aexit__
	GET_AITER                          // x → aiter
	GET_ANEXT                          // aiter → aiter awaitable
	END_ASYNC_FOR                      // aiter exc → -  (StopAsyncIteration ends the loop)
	SETUP_ANNOTATIONS                  // -
	PRINT_EXPR                         // v → -                     interactive mode
	RETURN_GENERATOR                   // reserved
	GET_LEN                            // x → x len(x)
	MATCH_MAPPING                      // x → x bool                 whether x's type is a mapping for match
	MATCH_SEQUENCE                     // x → x bool                 whether x's type is a sequence for match
	MATCH_KEYS                         // x keys → x keys values|None   values of the keys (a tuple), None if one is missing
	MATCH_CLASS                        // x cls names → attrs|None   arg: positional sub-patterns

	// Specialized instructions (tier 1): each replaces its generic family in
	// place, has the family's stack effect and argument, and reads its inline cache.
	LOAD_GLOBAL_MODULE              // LOAD_GLOBAL: global dict keys version
	LOAD_GLOBAL_BUILTIN             // LOAD_GLOBAL: global and builtins keys versions
	LOAD_ATTR_INSTANCE_VALUE        // LOAD_ATTR: type version; value in the instance dict
	LOAD_ATTR_SLOT                  // LOAD_ATTR: type version; __slots__ index
	LOAD_ATTR_CLASS                 // LOAD_ATTR: type version; plain class attribute
	LOAD_ATTR_PROPERTY              // LOAD_ATTR: type version; property getter function
	LOAD_ATTR_MODULE                // LOAD_ATTR: module dict keys version
	LOAD_ATTR_GETSET                // LOAD_ATTR: type version; getset descriptor of the type (a builtin object's field, an instance's __dict__)
	LOAD_METHOD_WITH_VALUES         // LOAD_METHOD: type version; function on the type not shadowed by the instance dict
	LOAD_METHOD_NO_DICT             // LOAD_METHOD: type version; method of an instance without a dict
	LOAD_METHOD_MODULE              // LOAD_METHOD: module dict keys version
	LOAD_METHOD_CLASS               // LOAD_METHOD: type version; function, classmethod or staticmethod of a class
	STORE_ATTR_INSTANCE_VALUE       // STORE_ATTR: type version; store into the instance dict
	STORE_ATTR_SLOT                 // STORE_ATTR: type version; __slots__ index
	CALL_PY_EXACT_ARGS              // CALL: function version; positional arguments fill the parameters exactly
	CALL_PY_WITH_DEFAULTS           // CALL: function version; missing trailing arguments come from defaults
	CALL_BOUND_METHOD_EXACT_ARGS    // CALL: bound method object whose function takes the arguments exactly
	CALL_PY_KW                      // CALL: function version; keyword arguments through a precomputed slot map
	CALL_BUILTIN_O                  // CALL: builtin function called with one argument
	CALL_BUILTIN_FAST               // CALL: builtin function, positional arguments
	CALL_BUILTIN_FAST_WITH_KEYWORDS // CALL: builtin function with keyword arguments
	CALL_BUILTIN_BOUND              // CALL: method of a builtin type bound to its object, by its descriptor
	CALL_BUILTIN_CLASS              // CALL: builtin type constructor
	CALL_LEN                        // CALL: len(x)
	CALL_ISINSTANCE                 // CALL: isinstance(x, t)
	CALL_TYPE_1                     // CALL: type(x)
	CALL_STR_1                      // CALL: str(x)
	CALL_TUPLE_1                    // CALL: tuple(x)
	CALL_LIST_APPEND                // CALL: list.append(x) through LOAD_METHOD
	CALL_METHOD_DESCRIPTOR_NOARGS   // CALL: method of a builtin type, no arguments
	CALL_METHOD_DESCRIPTOR_O        // CALL: method of a builtin type, one argument
	CALL_METHOD_DESCRIPTOR_FAST     // CALL: method of a builtin type, positional arguments
	CALL_ALLOC_AND_ENTER_INIT       // CALL: class with a Python __init__ and object.__new__
	CALL_PY_NEW                     // CALL: class whose __new__ is a Python function
	CALL_CALLABLE_INSTANCE          // CALL: instance whose type's __call__ is a Python function
	BINARY_OP_ADD_INT               // BINARY_OP: both small ints
	BINARY_OP_SUBTRACT_INT          // BINARY_OP: both small ints
	BINARY_OP_MULTIPLY_INT          // BINARY_OP: both small ints
	BINARY_OP_INT                   // BINARY_OP: both small ints, operators // % & | ^ << >> /
	BINARY_OP_ADD_FLOAT             // BINARY_OP: both floats
	BINARY_OP_SUBTRACT_FLOAT        // BINARY_OP: both floats
	BINARY_OP_MULTIPLY_FLOAT        // BINARY_OP: both floats
	BINARY_OP_FLOAT                 // BINARY_OP: a float and a float or small int, operators + - * / // % **
	BINARY_OP_ADD_STR               // BINARY_OP: both exact str
	BINARY_OP_PY                    // BINARY_OP: instance whose class's method for the operator is a Python function
	COMPARE_OP_INT                  // COMPARE_OP: both small ints
	COMPARE_OP_FLOAT                // COMPARE_OP: floats, or a float and an int a float holds exactly
	COMPARE_OP_STR                  // COMPARE_OP: both exact str
	COMPARE_OP_IDENTITY             // COMPARE_OP: == or != of objects whose types keep object's __eq__ and __ne__
	COMPARE_OP_PY                   // COMPARE_OP: instance whose class's comparison method is a Python function
	FOR_ITER_RANGE                  // FOR_ITER: range iterator
	FOR_ITER_LIST                   // FOR_ITER: list iterator
	FOR_ITER_TUPLE                  // FOR_ITER: tuple iterator
	FOR_ITER_GEN                    // FOR_ITER: generator (resumed in the same loop)
	BINARY_SUBSCR_LIST_INT          // BINARY_SUBSCR: exact list, small int index
	BINARY_SUBSCR_DICT              // BINARY_SUBSCR: exact dict
	BINARY_SUBSCR_TUPLE_INT         // BINARY_SUBSCR: exact tuple, small int index
	BINARY_SUBSCR_GETITEM           // BINARY_SUBSCR: instance whose class's __getitem__ is a Python function
	STORE_SUBSCR_LIST_INT           // STORE_SUBSCR: exact list, small int index
	STORE_SUBSCR_DICT               // STORE_SUBSCR: exact dict
	UNPACK_SEQUENCE_TUPLE           // UNPACK_SEQUENCE: exact tuple of the right length
	UNPACK_SEQUENCE_LIST            // UNPACK_SEQUENCE: exact list of the right length
	numOpcodes
)

// Binary operators (the BINARY_OP argument), as in CPython.
const (
	NB_ADD = iota
	NB_AND
	NB_FLOOR_DIVIDE
	NB_LSHIFT
	NB_MATRIX_MULTIPLY
	NB_MULTIPLY
	NB_REMAINDER
	NB_OR
	NB_POWER
	NB_RSHIFT
	NB_SUBTRACT
	NB_TRUE_DIVIDE
	NB_XOR
	NB_INPLACE_ADD // inplace variants: NB_INPLACE_ADD + (op - NB_ADD)
)

// BinaryOpSymbols maps a BINARY_OP argument to its operator text.
var BinaryOpSymbols = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="}

// Comparison operators (the COMPARE_OP argument).
const (
	CMP_LT = iota
	CMP_LE
	CMP_EQ
	CMP_NE
	CMP_GT
	CMP_GE
)

// CompareOpSymbols maps a COMPARE_OP argument to its operator text.
var CompareOpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// MAKE_FUNCTION flags.
const (
	MakeDefaults    = 0x01
	MakeKwDefaults  = 0x02
	MakeAnnotations = 0x04
	MakeClosure     = 0x08
)

// FORMAT_VALUE flags.
const (
	FormatConvMask = 0x03 // 0 none, 1 str, 2 repr, 3 ascii
	FormatWithSpec = 0x04
)

type opInfo struct {
	name string
	jump bool // argument is a jump target
	// effect returns the stack effect; jump selects the taken branch.
	effect func(arg int, jump bool) int
}

func fixed(n int) func(int, bool) int { return func(int, bool) int { return n } }

var opTable = [numOpcodes]opInfo{
	NOP:                  {"NOP", false, fixed(0)},
	POP_TOP:              {"POP_TOP", false, fixed(-1)},
	PUSH_NULL:            {"PUSH_NULL", false, fixed(1)},
	COPY:                 {"COPY", false, fixed(1)},
	SWAP:                 {"SWAP", false, fixed(0)},
	UNARY_POSITIVE:       {"UNARY_POSITIVE", false, fixed(0)},
	UNARY_NEGATIVE:       {"UNARY_NEGATIVE", false, fixed(0)},
	UNARY_NOT:            {"UNARY_NOT", false, fixed(0)},
	UNARY_INVERT:         {"UNARY_INVERT", false, fixed(0)},
	BINARY_OP:            {"BINARY_OP", false, fixed(-1)},
	COMPARE_OP:           {"COMPARE_OP", false, fixed(-1)},
	IS_OP:                {"IS_OP", false, fixed(-1)},
	CONTAINS_OP:          {"CONTAINS_OP", false, fixed(-1)},
	BINARY_SUBSCR:        {"BINARY_SUBSCR", false, fixed(-1)},
	STORE_SUBSCR:         {"STORE_SUBSCR", false, fixed(-3)},
	DELETE_SUBSCR:        {"DELETE_SUBSCR", false, fixed(-2)},
	BUILD_SLICE:          {"BUILD_SLICE", false, func(a int, _ bool) int { return 1 - a }},
	BINARY_SLICE:         {"BINARY_SLICE", false, fixed(-2)},
	STORE_SLICE:          {"STORE_SLICE", false, fixed(-4)},
	LOAD_CONST:           {"LOAD_CONST", false, fixed(1)},
	LOAD_FAST:            {"LOAD_FAST", false, fixed(1)},
	STORE_FAST:           {"STORE_FAST", false, fixed(-1)},
	DELETE_FAST:          {"DELETE_FAST", false, fixed(0)},
	LOAD_DEREF:           {"LOAD_DEREF", false, fixed(1)},
	STORE_DEREF:          {"STORE_DEREF", false, fixed(-1)},
	DELETE_DEREF:         {"DELETE_DEREF", false, fixed(0)},
	LOAD_CLOSURE:         {"LOAD_CLOSURE", false, fixed(1)},
	LOAD_CLASSDEREF:      {"LOAD_CLASSDEREF", false, fixed(1)},
	LOAD_GLOBAL:          {"LOAD_GLOBAL", false, func(a int, _ bool) int { return 1 + a&1 }},
	STORE_GLOBAL:         {"STORE_GLOBAL", false, fixed(-1)},
	DELETE_GLOBAL:        {"DELETE_GLOBAL", false, fixed(0)},
	LOAD_NAME:            {"LOAD_NAME", false, fixed(1)},
	STORE_NAME:           {"STORE_NAME", false, fixed(-1)},
	DELETE_NAME:          {"DELETE_NAME", false, fixed(0)},
	LOAD_ATTR:            {"LOAD_ATTR", false, fixed(0)},
	LOAD_METHOD:          {"LOAD_METHOD", false, fixed(1)},
	STORE_ATTR:           {"STORE_ATTR", false, fixed(-2)},
	DELETE_ATTR:          {"DELETE_ATTR", false, fixed(-1)},
	BUILD_TUPLE:          {"BUILD_TUPLE", false, func(a int, _ bool) int { return 1 - a }},
	BUILD_LIST:           {"BUILD_LIST", false, func(a int, _ bool) int { return 1 - a }},
	BUILD_SET:            {"BUILD_SET", false, func(a int, _ bool) int { return 1 - a }},
	BUILD_MAP:            {"BUILD_MAP", false, func(a int, _ bool) int { return 1 - 2*a }},
	BUILD_CONST_KEY_MAP:  {"BUILD_CONST_KEY_MAP", false, func(a int, _ bool) int { return -a }},
	BUILD_STRING:         {"BUILD_STRING", false, func(a int, _ bool) int { return 1 - a }},
	LIST_APPEND:          {"LIST_APPEND", false, fixed(-1)},
	SET_ADD:              {"SET_ADD", false, fixed(-1)},
	MAP_ADD:              {"MAP_ADD", false, fixed(-2)},
	LIST_EXTEND:          {"LIST_EXTEND", false, fixed(-1)},
	SET_UPDATE:           {"SET_UPDATE", false, fixed(-1)},
	DICT_UPDATE:          {"DICT_UPDATE", false, fixed(-1)},
	DICT_MERGE:           {"DICT_MERGE", false, fixed(-1)},
	LIST_TO_TUPLE:        {"LIST_TO_TUPLE", false, fixed(0)},
	FORMAT_VALUE:         {"FORMAT_VALUE", false, func(a int, _ bool) int { return -(a & FormatWithSpec >> 2) }},
	JUMP_FORWARD:         {"JUMP_FORWARD", true, fixed(0)},
	JUMP_BACKWARD:        {"JUMP_BACKWARD", true, fixed(0)},
	POP_JUMP_IF_FALSE:    {"POP_JUMP_IF_FALSE", true, fixed(-1)},
	POP_JUMP_IF_TRUE:     {"POP_JUMP_IF_TRUE", true, fixed(-1)},
	POP_JUMP_IF_NONE:     {"POP_JUMP_IF_NONE", true, fixed(-1)},
	POP_JUMP_IF_NOT_NONE: {"POP_JUMP_IF_NOT_NONE", true, fixed(-1)},
	JUMP_IF_FALSE_OR_POP: {"JUMP_IF_FALSE_OR_POP", true, func(_ int, j bool) int { return b2i(!j) * -1 }},
	JUMP_IF_TRUE_OR_POP:  {"JUMP_IF_TRUE_OR_POP", true, func(_ int, j bool) int { return b2i(!j) * -1 }},
	GET_ITER:             {"GET_ITER", false, fixed(0)},
	FOR_ITER:             {"FOR_ITER", true, func(_ int, j bool) int { return map[bool]int{true: -1, false: 1}[j] }},
	KW_NAMES:             {"KW_NAMES", false, fixed(0)},
	CALL:                 {"CALL", false, func(a int, _ bool) int { return -a - 1 }},
	CALL_FUNCTION_EX:     {"CALL_FUNCTION_EX", false, func(a int, _ bool) int { return -2 - a&1 }},
	MAKE_FUNCTION: {"MAKE_FUNCTION", false, func(a int, _ bool) int {
		return -(a&1 + a>>1&1 + a>>2&1 + a>>3&1)
	}},
	RETURN_VALUE:         {"RETURN_VALUE", false, fixed(-1)},
	RETURN_CONST:         {"RETURN_CONST", false, fixed(0)},
	LOAD_BUILD_CLASS:     {"LOAD_BUILD_CLASS", false, fixed(1)},
	RAISE_VARARGS:        {"RAISE_VARARGS", false, func(a int, _ bool) int { return -a }},
	RERAISE:              {"RERAISE", false, fixed(-1)},
	PUSH_EXC_INFO:        {"PUSH_EXC_INFO", false, fixed(1)},
	POP_EXCEPT:           {"POP_EXCEPT", false, fixed(-1)},
	CHECK_EXC_MATCH:      {"CHECK_EXC_MATCH", false, fixed(0)},
	CHECK_EG_MATCH:       {"CHECK_EG_MATCH", false, fixed(0)},
	PREP_RERAISE_STAR:    {"PREP_RERAISE_STAR", false, fixed(-1)},
	WITH_EXCEPT_START:    {"WITH_EXCEPT_START", false, fixed(1)},
	BEFORE_WITH:          {"BEFORE_WITH", false, fixed(1)},
	BEFORE_ASYNC_WITH:    {"BEFORE_ASYNC_WITH", false, fixed(1)},
	LOAD_ASSERTION_ERROR: {"LOAD_ASSERTION_ERROR", false, fixed(1)},
	IMPORT_NAME:          {"IMPORT_NAME", false, fixed(-1)},
	IMPORT_FROM:          {"IMPORT_FROM", false, fixed(1)},
	IMPORT_STAR:          {"IMPORT_STAR", false, fixed(-1)},
	UNPACK_SEQUENCE:      {"UNPACK_SEQUENCE", false, func(a int, _ bool) int { return a - 1 }},
	UNPACK_EX:            {"UNPACK_EX", false, func(a int, _ bool) int { return a&0xFF + a>>8 }},
	YIELD_VALUE:          {"YIELD_VALUE", false, fixed(0)},
	GET_YIELD_FROM_ITER:  {"GET_YIELD_FROM_ITER", false, fixed(0)},
	SEND:                 {"SEND", true, func(_ int, j bool) int { return map[bool]int{true: -1, false: 0}[j] }},
	GET_AWAITABLE:        {"GET_AWAITABLE", false, fixed(0)},
	GET_AITER:            {"GET_AITER", false, fixed(0)},
	GET_ANEXT:            {"GET_ANEXT", false, fixed(1)},
	END_ASYNC_FOR:        {"END_ASYNC_FOR", false, fixed(-2)},
	SETUP_ANNOTATIONS:    {"SETUP_ANNOTATIONS", false, fixed(0)},
	PRINT_EXPR:           {"PRINT_EXPR", false, fixed(-1)},
	RETURN_GENERATOR:     {"RETURN_GENERATOR", false, fixed(0)},
	GET_LEN:              {"GET_LEN", false, fixed(1)},
	MATCH_MAPPING:        {"MATCH_MAPPING", false, fixed(1)},
	MATCH_SEQUENCE:       {"MATCH_SEQUENCE", false, fixed(1)},
	MATCH_KEYS:           {"MATCH_KEYS", false, fixed(1)},
	MATCH_CLASS:          {"MATCH_CLASS", false, fixed(-2)},
}

// specializedFamily maps each specialized opcode to its generic family.
var specializedFamily = map[Opcode]Opcode{
	LOAD_GLOBAL_MODULE:              LOAD_GLOBAL,
	LOAD_GLOBAL_BUILTIN:             LOAD_GLOBAL,
	LOAD_ATTR_INSTANCE_VALUE:        LOAD_ATTR,
	LOAD_ATTR_SLOT:                  LOAD_ATTR,
	LOAD_ATTR_CLASS:                 LOAD_ATTR,
	LOAD_ATTR_PROPERTY:              LOAD_ATTR,
	LOAD_ATTR_MODULE:                LOAD_ATTR,
	LOAD_ATTR_GETSET:                LOAD_ATTR,
	LOAD_METHOD_WITH_VALUES:         LOAD_METHOD,
	LOAD_METHOD_NO_DICT:             LOAD_METHOD,
	LOAD_METHOD_MODULE:              LOAD_METHOD,
	LOAD_METHOD_CLASS:               LOAD_METHOD,
	STORE_ATTR_INSTANCE_VALUE:       STORE_ATTR,
	STORE_ATTR_SLOT:                 STORE_ATTR,
	CALL_PY_EXACT_ARGS:              CALL,
	CALL_PY_WITH_DEFAULTS:           CALL,
	CALL_BOUND_METHOD_EXACT_ARGS:    CALL,
	CALL_PY_KW:                      CALL,
	CALL_BUILTIN_O:                  CALL,
	CALL_BUILTIN_FAST:               CALL,
	CALL_BUILTIN_FAST_WITH_KEYWORDS: CALL,
	CALL_BUILTIN_BOUND:              CALL,
	CALL_BUILTIN_CLASS:              CALL,
	CALL_LEN:                        CALL,
	CALL_ISINSTANCE:                 CALL,
	CALL_TYPE_1:                     CALL,
	CALL_STR_1:                      CALL,
	CALL_TUPLE_1:                    CALL,
	CALL_LIST_APPEND:                CALL,
	CALL_METHOD_DESCRIPTOR_NOARGS:   CALL,
	CALL_METHOD_DESCRIPTOR_O:        CALL,
	CALL_METHOD_DESCRIPTOR_FAST:     CALL,
	CALL_ALLOC_AND_ENTER_INIT:       CALL,
	CALL_PY_NEW:                     CALL,
	CALL_CALLABLE_INSTANCE:          CALL,
	BINARY_OP_ADD_INT:               BINARY_OP,
	BINARY_OP_INT:                   BINARY_OP,
	BINARY_OP_SUBTRACT_INT:          BINARY_OP,
	BINARY_OP_MULTIPLY_INT:          BINARY_OP,
	BINARY_OP_ADD_FLOAT:             BINARY_OP,
	BINARY_OP_SUBTRACT_FLOAT:        BINARY_OP,
	BINARY_OP_MULTIPLY_FLOAT:        BINARY_OP,
	BINARY_OP_FLOAT:                 BINARY_OP,
	BINARY_OP_ADD_STR:               BINARY_OP,
	BINARY_OP_PY:                    BINARY_OP,
	COMPARE_OP_INT:                  COMPARE_OP,
	COMPARE_OP_FLOAT:                COMPARE_OP,
	COMPARE_OP_STR:                  COMPARE_OP,
	COMPARE_OP_IDENTITY:             COMPARE_OP,
	COMPARE_OP_PY:                   COMPARE_OP,
	FOR_ITER_RANGE:                  FOR_ITER,
	FOR_ITER_LIST:                   FOR_ITER,
	FOR_ITER_TUPLE:                  FOR_ITER,
	FOR_ITER_GEN:                    FOR_ITER,
	BINARY_SUBSCR_LIST_INT:          BINARY_SUBSCR,
	BINARY_SUBSCR_DICT:              BINARY_SUBSCR,
	BINARY_SUBSCR_GETITEM:           BINARY_SUBSCR,
	BINARY_SUBSCR_TUPLE_INT:         BINARY_SUBSCR,
	STORE_SUBSCR_LIST_INT:           STORE_SUBSCR,
	STORE_SUBSCR_DICT:               STORE_SUBSCR,
	UNPACK_SEQUENCE_TUPLE:           UNPACK_SEQUENCE,
	UNPACK_SEQUENCE_LIST:            UNPACK_SEQUENCE,
}

var specializedNames = map[Opcode]string{
	LOAD_GLOBAL_MODULE:              "LOAD_GLOBAL_MODULE",
	LOAD_GLOBAL_BUILTIN:             "LOAD_GLOBAL_BUILTIN",
	LOAD_ATTR_INSTANCE_VALUE:        "LOAD_ATTR_INSTANCE_VALUE",
	LOAD_ATTR_SLOT:                  "LOAD_ATTR_SLOT",
	LOAD_ATTR_CLASS:                 "LOAD_ATTR_CLASS",
	LOAD_ATTR_PROPERTY:              "LOAD_ATTR_PROPERTY",
	LOAD_ATTR_MODULE:                "LOAD_ATTR_MODULE",
	LOAD_ATTR_GETSET:                "LOAD_ATTR_GETSET",
	LOAD_METHOD_WITH_VALUES:         "LOAD_METHOD_WITH_VALUES",
	LOAD_METHOD_NO_DICT:             "LOAD_METHOD_NO_DICT",
	LOAD_METHOD_MODULE:              "LOAD_METHOD_MODULE",
	LOAD_METHOD_CLASS:               "LOAD_METHOD_CLASS",
	STORE_ATTR_INSTANCE_VALUE:       "STORE_ATTR_INSTANCE_VALUE",
	STORE_ATTR_SLOT:                 "STORE_ATTR_SLOT",
	CALL_PY_EXACT_ARGS:              "CALL_PY_EXACT_ARGS",
	CALL_PY_WITH_DEFAULTS:           "CALL_PY_WITH_DEFAULTS",
	CALL_BOUND_METHOD_EXACT_ARGS:    "CALL_BOUND_METHOD_EXACT_ARGS",
	CALL_PY_KW:                      "CALL_PY_KW",
	CALL_BUILTIN_O:                  "CALL_BUILTIN_O",
	CALL_BUILTIN_FAST:               "CALL_BUILTIN_FAST",
	CALL_BUILTIN_FAST_WITH_KEYWORDS: "CALL_BUILTIN_FAST_WITH_KEYWORDS",
	CALL_BUILTIN_BOUND:              "CALL_BUILTIN_BOUND",
	CALL_BUILTIN_CLASS:              "CALL_BUILTIN_CLASS",
	CALL_LEN:                        "CALL_LEN",
	CALL_ISINSTANCE:                 "CALL_ISINSTANCE",
	CALL_TYPE_1:                     "CALL_TYPE_1",
	CALL_STR_1:                      "CALL_STR_1",
	CALL_TUPLE_1:                    "CALL_TUPLE_1",
	CALL_LIST_APPEND:                "CALL_LIST_APPEND",
	CALL_METHOD_DESCRIPTOR_NOARGS:   "CALL_METHOD_DESCRIPTOR_NOARGS",
	CALL_METHOD_DESCRIPTOR_O:        "CALL_METHOD_DESCRIPTOR_O",
	CALL_METHOD_DESCRIPTOR_FAST:     "CALL_METHOD_DESCRIPTOR_FAST",
	CALL_ALLOC_AND_ENTER_INIT:       "CALL_ALLOC_AND_ENTER_INIT",
	CALL_PY_NEW:                     "CALL_PY_NEW",
	CALL_CALLABLE_INSTANCE:          "CALL_CALLABLE_INSTANCE",
	BINARY_OP_ADD_INT:               "BINARY_OP_ADD_INT",
	BINARY_OP_INT:                   "BINARY_OP_INT",
	BINARY_OP_SUBTRACT_INT:          "BINARY_OP_SUBTRACT_INT",
	BINARY_OP_MULTIPLY_INT:          "BINARY_OP_MULTIPLY_INT",
	BINARY_OP_ADD_FLOAT:             "BINARY_OP_ADD_FLOAT",
	BINARY_OP_SUBTRACT_FLOAT:        "BINARY_OP_SUBTRACT_FLOAT",
	BINARY_OP_MULTIPLY_FLOAT:        "BINARY_OP_MULTIPLY_FLOAT",
	BINARY_OP_FLOAT:                 "BINARY_OP_FLOAT",
	BINARY_OP_ADD_STR:               "BINARY_OP_ADD_STR",
	BINARY_OP_PY:                    "BINARY_OP_PY",
	COMPARE_OP_INT:                  "COMPARE_OP_INT",
	COMPARE_OP_FLOAT:                "COMPARE_OP_FLOAT",
	COMPARE_OP_STR:                  "COMPARE_OP_STR",
	COMPARE_OP_IDENTITY:             "COMPARE_OP_IDENTITY",
	COMPARE_OP_PY:                   "COMPARE_OP_PY",
	FOR_ITER_RANGE:                  "FOR_ITER_RANGE",
	FOR_ITER_LIST:                   "FOR_ITER_LIST",
	FOR_ITER_TUPLE:                  "FOR_ITER_TUPLE",
	FOR_ITER_GEN:                    "FOR_ITER_GEN",
	BINARY_SUBSCR_LIST_INT:          "BINARY_SUBSCR_LIST_INT",
	BINARY_SUBSCR_DICT:              "BINARY_SUBSCR_DICT",
	BINARY_SUBSCR_GETITEM:           "BINARY_SUBSCR_GETITEM",
	BINARY_SUBSCR_TUPLE_INT:         "BINARY_SUBSCR_TUPLE_INT",
	STORE_SUBSCR_LIST_INT:           "STORE_SUBSCR_LIST_INT",
	STORE_SUBSCR_DICT:               "STORE_SUBSCR_DICT",
	UNPACK_SEQUENCE_TUPLE:           "UNPACK_SEQUENCE_TUPLE",
	UNPACK_SEQUENCE_LIST:            "UNPACK_SEQUENCE_LIST",
}

func init() {
	for op, fam := range specializedFamily {
		opTable[op] = opInfo{name: specializedNames[op], jump: opTable[fam].jump, effect: opTable[fam].effect}
	}
}

// Family returns the generic instruction a specialized one replaces (op
// itself for generic instructions).
func (op Opcode) Family() Opcode {
	if f, ok := specializedFamily[op]; ok {
		return f
	}
	return op
}

// IsSpecialized reports whether op is a specialized form.
func (op Opcode) IsSpecialized() bool {
	_, ok := specializedFamily[op]
	return ok
}

// IsSpecializable reports whether op is the generic form of a family that
// has specialized forms.
func (op Opcode) IsSpecializable() bool {
	switch op {
	case LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR, CALL, BINARY_OP, COMPARE_OP, FOR_ITER,
		BINARY_SUBSCR, STORE_SUBSCR, UNPACK_SEQUENCE:
		return true
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (op Opcode) String() string {
	if op < numOpcodes && opTable[op].name != "" {
		return opTable[op].name
	}
	return fmt.Sprintf("<%d>", uint8(op))
}

// NumOpcodes is the number of defined opcodes.
const NumOpcodes = int(numOpcodes)

// HasJump reports whether op's argument is a jump target.
func (op Opcode) HasJump() bool { return opTable[op].jump }

// StackEffect returns the change in stack depth caused by op with arg;
// jump selects the effect on the branch-taken path.
func StackEffect(op Opcode, arg int, jump bool) int {
	return opTable[op].effect(arg, jump)
}

// IsTerminal reports whether control never falls through op.
func (op Opcode) IsTerminal() bool {
	switch op {
	case JUMP_FORWARD, JUMP_BACKWARD, RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE:
		return true
	}
	return false
}

// TRACE is no instruction of compiled code. While a trace or profile
// function is installed, the interpreter runs a frame over an array of
// TRACE instructions parallel to its code's: the handler reports the
// events of the instruction at the same index, then executes it.
const TRACE Opcode = 255

// StackReads returns how many values below the top of the stack op with
// arg reads or pops: its pops, or more for the instructions that reach
// below what they pop (COPY and SWAP, the appends of comprehensions to a
// container arg items down, WITH_EXCEPT_START's exit function, the
// callable under a call's arguments). It is never less than the net
// number of values the instruction removes.
func StackReads(op Opcode, arg int) int {
	op = op.Family()
	var n int
	switch op {
	case COPY, SWAP, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE, RAISE_VARARGS:
		n = arg
	case BUILD_MAP:
		n = 2 * arg
	case BUILD_CONST_KEY_MAP:
		n = arg + 1
	case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE:
		n = arg + 1
	case MAP_ADD:
		n = arg + 2
	case DICT_MERGE:
		n = arg + 3
	case CALL:
		n = arg + 2
	case CALL_FUNCTION_EX:
		n = 3 + arg&1
	case MAKE_FUNCTION:
		n = 1 + bits.OnesCount(uint(arg&0xf))
	case FORMAT_VALUE:
		n = 1 + (arg>>2)&1
	case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, LOAD_ATTR, LOAD_METHOD, GET_ITER,
		FOR_ITER, LIST_TO_TUPLE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, PUSH_EXC_INFO, BEFORE_WITH,
		BEFORE_ASYNC_WITH, IMPORT_FROM, UNPACK_SEQUENCE, UNPACK_EX, YIELD_VALUE, GET_YIELD_FROM_ITER,
		GET_AWAITABLE, GET_AITER, GET_ANEXT, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE:
		n = 1
	case BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, CHECK_EXC_MATCH, CHECK_EG_MATCH,
		PREP_RERAISE_STAR, IMPORT_NAME, SEND, MATCH_KEYS, END_ASYNC_FOR:
		n = 2
	case BINARY_SLICE, MATCH_CLASS, WITH_EXCEPT_START:
		n = 3
	}
	return max(n, -StackEffect(op, arg, false), -StackEffect(op, arg, true))
}
