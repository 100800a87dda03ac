package syntax

// The abstract syntax tree, shaped like CPython's ast module.

// Node is any syntax tree node.
type Node interface {
	Pos() Span
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// At carries a node's source span.
type At struct{ Span Span }

// Pos returns the node's span.
func (a *At) Pos() Span { return a.Span }

// ExprContext says whether an expression is read, assigned or deleted.
type ExprContext uint8

// Expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// Ellipsis is the value of the `...` constant.
type Ellipsis struct{}

// Bytes is the value of a bytes constant.
type Bytes string

// Expressions.
type (
	// Name is an identifier.
	Name struct {
		At
		ID  string
		Ctx ExprContext
	}
	// Constant is a literal: nil (None), bool, int64, *big.Int, float64,
	// complex128, string, Bytes or Ellipsis.
	Constant struct {
		At
		Value any
	}
	// JoinedStr is an f-string.
	JoinedStr struct {
		At
		Values []Expr
	}
	// FormattedValue is one {…} field of an f-string.
	FormattedValue struct {
		At
		Value      Expr
		Conversion int // -1, 's', 'r', 'a'
		FormatSpec Expr
	}
	// BoolOp is `and`/`or` over two or more values.
	BoolOp struct {
		At
		Op     Token // NAME "and"/"or" encoded as AMPER / VBAR
		Values []Expr
	}
	// BinOp is a binary operator expression.
	BinOp struct {
		At
		Left  Expr
		Op    Token
		Right Expr
	}
	// UnaryOp is -x, +x, ~x or not x (Op NAME).
	UnaryOp struct {
		At
		Op      Token
		Operand Expr
	}
	// Lambda is a lambda expression.
	Lambda struct {
		At
		Args *Arguments
		Body Expr
	}
	// IfExp is `a if cond else b`.
	IfExp struct {
		At
		Test, Body, Else Expr
	}
	// Dict is a dict display; a nil key marks `**value`.
	Dict struct {
		At
		Keys   []Expr
		Values []Expr
	}
	// Set is a set display.
	Set struct {
		At
		Elts []Expr
	}
	// Comp is a list/set/dict comprehension or generator expression.
	Comp struct {
		At
		Kind       Token // LBRACK list, LBRACE set, COLON dict, LPAREN generator
		Elt        Expr
		Value      Expr // dict comprehensions only
		Generators []*Comprehension
	}
	// Await is `await x`.
	Await struct {
		At
		Value Expr
	}
	// Yield is `yield x`.
	Yield struct {
		At
		Value Expr
	}
	// YieldFrom is `yield from x`.
	YieldFrom struct {
		At
		Value Expr
	}
	// Compare is a comparison chain.
	Compare struct {
		At
		Left        Expr
		Ops         []CmpOp
		Comparators []Expr
	}
	// Call is a call expression.
	Call struct {
		At
		Func     Expr
		Args     []Expr // may contain *Starred
		Keywords []*Keyword
	}
	// Attribute is `value.attr`.
	Attribute struct {
		At
		Value Expr
		Attr  string
		Ctx   ExprContext
	}
	// Subscript is `value[slice]`.
	Subscript struct {
		At
		Value Expr
		Slice Expr
		Ctx   ExprContext
	}
	// Starred is `*value`.
	Starred struct {
		At
		Value Expr
		Ctx   ExprContext
	}
	// List is a list display.
	List struct {
		At
		Elts []Expr
		Ctx  ExprContext
	}
	// Tuple is a tuple display.
	Tuple struct {
		At
		Elts []Expr
		Ctx  ExprContext
	}
	// Slice is `lower:upper:step` inside a subscript.
	Slice struct {
		At
		Lower, Upper, Step Expr
	}
	// NamedExpr is `target := value`.
	NamedExpr struct {
		At
		Target *Name
		Value  Expr
	}
)

// CmpOp is a comparison operator.
type CmpOp uint8

// Comparison operators, in CPython's COMPARE_OP order followed by the others.
const (
	Lt CmpOp = iota
	LtE
	Eq
	NotEq
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// Comprehension is one `for … in … if …` clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// Keyword is `arg=value` in a call, or `**value` when Arg is "".
type Keyword struct {
	At
	Arg   string
	Value Expr
}

// Arg is one parameter.
type Arg struct {
	At
	Name       string
	Annotation Expr
}

// Arguments is a parameter list.
type Arguments struct {
	PosOnly    []*Arg
	Args       []*Arg
	Vararg     *Arg
	KwOnly     []*Arg
	KwDefaults []Expr // parallel to KwOnly; nil if no default
	Kwarg      *Arg
	Defaults   []Expr // for the last len(Defaults) of PosOnly+Args
}

// Statements.
type (
	// FunctionDef is `def` or `async def`.
	FunctionDef struct {
		At
		Name       string
		Args       *Arguments
		Body       []Stmt
		Decorators []Expr
		Returns    Expr
		IsAsync    bool
		DocLine    int32 // line of the `def` keyword
		DefStart   Pos   // start of the `def` (or `async`) keyword
	}
	// ClassDef is a class statement.
	ClassDef struct {
		At
		Name       string
		Bases      []Expr
		Keywords   []*Keyword
		Body       []Stmt
		Decorators []Expr
		DefStart   Pos // start of the `class` keyword
	}
	// Return is `return [value]`.
	Return struct {
		At
		Value Expr
	}
	// Delete is `del targets`.
	Delete struct {
		At
		Targets []Expr
	}
	// Assign is `t1 = t2 = value`.
	Assign struct {
		At
		Targets []Expr
		Value   Expr
	}
	// AugAssign is `target op= value`.
	AugAssign struct {
		At
		Target Expr
		Op     Token // the binary operator
		Value  Expr
	}
	// AnnAssign is `target: annotation [= value]`.
	AnnAssign struct {
		At
		Target     Expr
		Annotation Expr
		Value      Expr
		Simple     bool
	}
	// For is `for` or `async for`.
	For struct {
		At
		Target  Expr
		Iter    Expr
		Body    []Stmt
		Else    []Stmt
		IsAsync bool
	}
	// While is a while loop.
	While struct {
		At
		Test Expr
		Body []Stmt
		Else []Stmt
	}
	// If is an if statement (elif chains nest in Else).
	If struct {
		At
		Test Expr
		Body []Stmt
		Else []Stmt
	}
	// With is `with` or `async with`.
	With struct {
		At
		Items   []*WithItem
		Body    []Stmt
		IsAsync bool
	}
	// Raise is `raise [exc [from cause]]`.
	Raise struct {
		At
		Exc, Cause Expr
	}
	// Try is try/except/else/finally; Star marks `except*`.
	Try struct {
		At
		Body     []Stmt
		Handlers []*ExceptHandler
		Else     []Stmt
		Finally  []Stmt
		Star     bool
	}
	// Assert is an assert statement.
	Assert struct {
		At
		Test, Msg Expr
	}
	// Import is `import a.b as c, …`.
	Import struct {
		At
		Names []*Alias
	}
	// ImportFrom is `from .mod import a as b, …`.
	ImportFrom struct {
		At
		Module string
		Names  []*Alias
		Level  int
	}
	// Global is a global declaration.
	Global struct {
		At
		Names []string
	}
	// Nonlocal is a nonlocal declaration.
	Nonlocal struct {
		At
		Names []string
	}
	// ExprStmt is an expression statement.
	ExprStmt struct {
		At
		Value Expr
	}
	// Pass is `pass`.
	Pass struct{ At }
	// Break is `break`.
	Break struct{ At }
	// Continue is `continue`.
	Continue struct{ At }
)

// WithItem is one `expr [as target]` of a with statement.
type WithItem struct {
	Context Expr
	Vars    Expr
}

// ExceptHandler is one except clause.
type ExceptHandler struct {
	At
	Type Expr
	Name string
	Body []Stmt
}

// Alias is one imported name.
type Alias struct {
	At
	Name   string
	AsName string
}

// Module is a parsed file.
type Module struct {
	Body        []Stmt
	TypeIgnores []TypeIgnore // Options.TypeIgnores
}

func (*Name) exprNode()           {}
func (*Constant) exprNode()       {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*BoolOp) exprNode()         {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*Comp) exprNode()           {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
func (*NamedExpr) exprNode()      {}

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

// Match is a match statement.
type Match struct {
	At
	Subject Expr
	Cases   []*MatchCase
}

// MatchCase is one `case pattern [if guard]: body` clause.
type MatchCase struct {
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

func (*Match) stmtNode() {}

// Pattern is a pattern of a case clause.
type Pattern interface {
	Node
	patternNode()
}

// Patterns, shaped like CPython's ast pattern nodes.
type (
	// MatchValue compares the subject with a literal or a dotted name.
	MatchValue struct {
		At
		Value Expr
	}
	// MatchSingleton compares the subject with None, True or False by
	// identity; Value is nil, true or false.
	MatchSingleton struct {
		At
		Value any
	}
	// MatchSequence matches a sequence; at most one element is a
	// *MatchStar.
	MatchSequence struct {
		At
		Patterns []Pattern
	}
	// MatchMapping matches a mapping's keys; Rest names the `**rest`
	// capture ("" if none).
	MatchMapping struct {
		At
		Keys     []Expr
		Patterns []Pattern
		Rest     string
	}
	// MatchClass matches an instance of Cls and its attributes.
	MatchClass struct {
		At
		Cls         Expr
		Patterns    []Pattern
		KwdAttrs    []string
		KwdPatterns []Pattern
	}
	// MatchStar is `*name` (Name "" for `*_`) in a sequence pattern.
	MatchStar struct {
		At
		Name string
	}
	// MatchAs is `pattern as name`, a capture (Pattern nil) or the
	// wildcard `_` (Pattern nil, Name "").
	MatchAs struct {
		At
		Pattern Pattern
		Name    string
	}
	// MatchOr is `p1 | p2 | …`.
	MatchOr struct {
		At
		Patterns []Pattern
	}
)

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
