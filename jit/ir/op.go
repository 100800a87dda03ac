package ir

import "fmt"

// Op is an instruction's operation.
type Op uint8

// The operations. Int arithmetic wraps unless it is one of the *Ov forms,
// whose overflow a following [OpGuardNoOverflow] checks. Float compares
// are false when either operand is NaN, except FNe, which is true.
const (
	OpNop Op = iota

	OpConstInt   // Aux: the value
	OpConstFloat // Aux: the float64's bits
	OpConstBool  // Aux: 0 or 1
	OpConstRef   // Aux: the reference's word

	OpLoadSlot  // value of slot Aux, of the instruction's type
	OpStoreSlot // slot Aux = Args[0]
	OpLoad      // the 64-bit word at Args[0]+Aux, an int, a float or a ref
	OpStore     // the 64-bit word at Args[0]+Aux = Args[1] (pointer-free memory only)
	OpIndex     // the reference Args[0] + 8*Args[1]: a word of an array

	OpAdd
	OpSub
	OpMul
	OpAddOv
	OpSubOv
	OpMulOv

	OpMin // Args[1] if Args[1] < Args[0], else Args[0] (Python's min(a, b))
	OpMax // Args[1] if Args[1] > Args[0], else Args[0] (Python's max(a, b))

	OpBitAnd // Python's & | ^ on ints
	OpBitOr
	OpBitXor
	// OpFloorDiv and OpFloorMod are Python's // and % on ints: the
	// quotient rounded toward minus infinity, and the remainder with the
	// divisor's sign. They are total: x // 0 is 0 and x % 0 is x, and
	// -2**63 // -1 wraps to -2**63 (the recorder guards both cases, which
	// Python raises for or turns into a big int).
	OpFloorDiv
	OpFloorMod

	OpLt
	OpLe
	OpGt
	OpGe
	OpEq
	OpNe

	OpFAdd
	OpFSub
	OpFMul
	OpFDiv
	OpFNeg
	OpIntToFloat
	OpFMin // as OpMin: Args[0] when either is a NaN or they are equal
	OpFMax // as OpMax
	OpFSqrt

	OpFLt
	OpFLe
	OpFGt
	OpFGe
	OpFEq
	OpFNe

	OpNot
	OpAnd
	OpOr

	OpGuardTrue       // exit unless Args[0]
	OpGuardFalse      // exit if Args[0]
	OpGuardEq         // exit unless Args[0] == Args[1] (ints or refs)
	OpGuardNoOverflow // exit if the *Ov instruction right before overflowed
	OpFuel            // loop back-edge: use one unit of fuel, exit when none is left
	OpExit            // leave the trace; last instruction of a trace without a loop
	// OpCall asks Go to compute callout Aux of its operands (ints,
	// floats or refs): the trace leaves with them, Go either resumes it with
	// the result or, when the callout cannot give one (an error the
	// interpreter raises, a result of another type), takes the exit
	// through its snapshot.
	OpCall

	OpLoop // the body repeats from here
	OpPhi  // loop-carried value: Args[0] before the loop, Args[1] at the end of the body

	numOps
)

// Same marks an operand or result whose type is the instruction's own.
const same Type = 254

// Info describes an operation.
type Info struct {
	Name string
	// Result is the type of the value; same means the instruction's Type.
	Result Type
	// Args are the operand types, Void past the last.
	Args [2]Type
	// Exits is true for the instructions that can leave the trace.
	Exits bool
	// Effect is true for instructions that dead-code elimination keeps
	// even when their value is unused.
	Effect bool
	// Commutes is true for binary operations whose operands can swap.
	Commutes bool
}

var infos = [numOps]Info{
	OpNop:        {Name: "Nop"},
	OpConstInt:   {Name: "ConstInt", Result: Int},
	OpConstFloat: {Name: "ConstFloat", Result: Float},
	OpConstBool:  {Name: "ConstBool", Result: Bool},
	OpConstRef:   {Name: "ConstRef", Result: Object},
	OpLoadSlot:   {Name: "LoadSlot", Result: same},
	OpStoreSlot:  {Name: "StoreSlot", Args: [2]Type{same}, Effect: true},
	OpLoad:       {Name: "Load", Result: same, Args: [2]Type{Object}},
	OpStore:      {Name: "Store", Args: [2]Type{Object, same}, Effect: true},
	OpIndex:      {Name: "Index", Result: Object, Args: [2]Type{Object, Int}},

	OpAdd:   {Name: "Add", Result: Int, Args: [2]Type{Int, Int}, Commutes: true},
	OpSub:   {Name: "Sub", Result: Int, Args: [2]Type{Int, Int}},
	OpMul:   {Name: "Mul", Result: Int, Args: [2]Type{Int, Int}, Commutes: true},
	OpAddOv: {Name: "AddOv", Result: Int, Args: [2]Type{Int, Int}, Commutes: true},
	OpSubOv: {Name: "SubOv", Result: Int, Args: [2]Type{Int, Int}},
	OpMulOv: {Name: "MulOv", Result: Int, Args: [2]Type{Int, Int}, Commutes: true},

	OpMin: {Name: "Min", Result: Int, Args: [2]Type{Int, Int}},
	OpMax: {Name: "Max", Result: Int, Args: [2]Type{Int, Int}},

	OpBitAnd:   {Name: "BitAnd", Result: Int, Args: [2]Type{Int, Int}, Commutes: true},
	OpBitOr:    {Name: "BitOr", Result: Int, Args: [2]Type{Int, Int}, Commutes: true},
	OpBitXor:   {Name: "BitXor", Result: Int, Args: [2]Type{Int, Int}, Commutes: true},
	OpFloorDiv: {Name: "FloorDiv", Result: Int, Args: [2]Type{Int, Int}},
	OpFloorMod: {Name: "FloorMod", Result: Int, Args: [2]Type{Int, Int}},

	OpLt: {Name: "Lt", Result: Bool, Args: [2]Type{Int, Int}},
	OpLe: {Name: "Le", Result: Bool, Args: [2]Type{Int, Int}},
	OpGt: {Name: "Gt", Result: Bool, Args: [2]Type{Int, Int}},
	OpGe: {Name: "Ge", Result: Bool, Args: [2]Type{Int, Int}},
	OpEq: {Name: "Eq", Result: Bool, Args: [2]Type{Int, Int}, Commutes: true},
	OpNe: {Name: "Ne", Result: Bool, Args: [2]Type{Int, Int}, Commutes: true},

	OpFAdd:       {Name: "FAdd", Result: Float, Args: [2]Type{Float, Float}, Commutes: true},
	OpFSub:       {Name: "FSub", Result: Float, Args: [2]Type{Float, Float}},
	OpFMul:       {Name: "FMul", Result: Float, Args: [2]Type{Float, Float}, Commutes: true},
	OpFDiv:       {Name: "FDiv", Result: Float, Args: [2]Type{Float, Float}},
	OpFNeg:       {Name: "FNeg", Result: Float, Args: [2]Type{Float}},
	OpIntToFloat: {Name: "IntToFloat", Result: Float, Args: [2]Type{Int}},
	OpFMin:       {Name: "FMin", Result: Float, Args: [2]Type{Float, Float}},
	OpFMax:       {Name: "FMax", Result: Float, Args: [2]Type{Float, Float}},
	OpFSqrt:      {Name: "FSqrt", Result: Float, Args: [2]Type{Float}},

	OpFLt: {Name: "FLt", Result: Bool, Args: [2]Type{Float, Float}},
	OpFLe: {Name: "FLe", Result: Bool, Args: [2]Type{Float, Float}},
	OpFGt: {Name: "FGt", Result: Bool, Args: [2]Type{Float, Float}},
	OpFGe: {Name: "FGe", Result: Bool, Args: [2]Type{Float, Float}},
	OpFEq: {Name: "FEq", Result: Bool, Args: [2]Type{Float, Float}, Commutes: true},
	OpFNe: {Name: "FNe", Result: Bool, Args: [2]Type{Float, Float}, Commutes: true},

	OpNot: {Name: "Not", Result: Bool, Args: [2]Type{Bool}},
	OpAnd: {Name: "And", Result: Bool, Args: [2]Type{Bool, Bool}, Commutes: true},
	OpOr:  {Name: "Or", Result: Bool, Args: [2]Type{Bool, Bool}, Commutes: true},

	OpGuardTrue:       {Name: "GuardTrue", Args: [2]Type{Bool}, Exits: true, Effect: true},
	OpGuardFalse:      {Name: "GuardFalse", Args: [2]Type{Bool}, Exits: true, Effect: true},
	OpGuardEq:         {Name: "GuardEq", Args: [2]Type{same, same}, Exits: true, Effect: true},
	OpGuardNoOverflow: {Name: "GuardNoOverflow", Args: [2]Type{Int}, Exits: true, Effect: true},
	OpFuel:            {Name: "Fuel", Exits: true, Effect: true},
	OpExit:            {Name: "Exit", Exits: true, Effect: true},
	OpCall:            {Name: "Call", Result: same, Args: [2]Type{same, same}, Exits: true, Effect: true},

	OpLoop: {Name: "Loop", Effect: true},
	OpPhi:  {Name: "Phi", Result: same, Args: [2]Type{same, same}},
}

// Info returns the description of op.
func (op Op) Info() *Info {
	if op >= numOps {
		return &Info{Name: fmt.Sprintf("op(%d)", op)}
	}
	return &infos[op]
}

func (op Op) String() string { return op.Info().Name }

// NumArgs returns the number of operands op takes.
func (op Op) NumArgs() int {
	a := op.Info().Args
	switch {
	case a[0] == Void:
		return 0
	case a[1] == Void:
		return 1
	}
	return 2
}

// IsConst reports whether op is a constant.
func (op Op) IsConst() bool { return op >= OpConstInt && op <= OpConstRef }

// IsOverflow reports whether op is an int operation whose overflow a
// GuardNoOverflow can check.
func (op Op) IsOverflow() bool { return op == OpAddOv || op == OpSubOv || op == OpMulOv }
