package syntax

// Token kinds and source positions.

import "fmt"

// Token is the kind of a lexical token.
type Token uint8

// Token kinds.
const (
	ILLEGAL Token = iota
	EOF
	NEWLINE
	INDENT
	DEDENT
	NAME
	INT
	FLOAT
	IMAG
	STRING

	// Punctuation and operators.
	LPAREN    // (
	RPAREN    // )
	LBRACK    // [
	RBRACK    // ]
	LBRACE    // {
	RBRACE    // }
	COLON     // :
	COMMA     // ,
	SEMI      // ;
	PLUS      // +
	MINUS     // -
	STAR      // *
	SLASH     // /
	VBAR      // |
	AMPER     // &
	LESS      // <
	GREATER   // >
	EQUAL     // =
	DOT       // .
	PERCENT   // %
	EQEQUAL   // ==
	NOTEQUAL  // !=
	LESSEQUAL // <=
	GREATEREQ // >=
	TILDE     // ~
	CIRCUMFLEX
	LEFTSHIFT
	RIGHTSHIFT
	DOUBLESTAR
	PLUSEQ
	MINUSEQ
	STAREQ
	SLASHEQ
	PERCENTEQ
	AMPEREQ
	VBAREQ
	CIRCUMFLEXEQ
	LSHIFTEQ
	RSHIFTEQ
	DSTAREQ
	DSLASH
	DSLASHEQ
	AT
	ATEQ
	RARROW
	ELLIPSIS
	COLONEQ
)

var tokenNames = [...]string{
	ILLEGAL: "ILLEGAL", EOF: "EOF", NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT",
	NAME: "NAME", INT: "INT", FLOAT: "FLOAT", IMAG: "IMAG", STRING: "STRING",
	LPAREN: "(", RPAREN: ")", LBRACK: "[", RBRACK: "]", LBRACE: "{", RBRACE: "}",
	COLON: ":", COMMA: ",", SEMI: ";", PLUS: "+", MINUS: "-", STAR: "*", SLASH: "/",
	VBAR: "|", AMPER: "&", LESS: "<", GREATER: ">", EQUAL: "=", DOT: ".", PERCENT: "%",
	EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=", GREATEREQ: ">=", TILDE: "~",
	CIRCUMFLEX: "^", LEFTSHIFT: "<<", RIGHTSHIFT: ">>", DOUBLESTAR: "**",
	PLUSEQ: "+=", MINUSEQ: "-=", STAREQ: "*=", SLASHEQ: "/=", PERCENTEQ: "%=",
	AMPEREQ: "&=", VBAREQ: "|=", CIRCUMFLEXEQ: "^=", LSHIFTEQ: "<<=", RSHIFTEQ: ">>=",
	DSTAREQ: "**=", DSLASH: "//", DSLASHEQ: "//=", AT: "@", ATEQ: "@=", RARROW: "->",
	ELLIPSIS: "...", COLONEQ: ":=",
}

func (t Token) String() string {
	if int(t) < len(tokenNames) && tokenNames[t] != "" {
		return tokenNames[t]
	}
	return fmt.Sprintf("token(%d)", t)
}

// Pos is a source position: 1-based line, 0-based column in UTF-8 bytes
// (CPython's col_offset convention).
type Pos struct {
	Line, Col int32
}

// Span is a source range [Start, End).
type Span struct {
	Start, End Pos
}

// Error is a syntax error with CPython's SyntaxError fields.
type Error struct {
	Msg      string
	Filename string
	Line     int // 1-based
	Col      int // 1-based character offset, as in SyntaxError.offset
	EndLine  int
	EndCol   int
	Text     string // the source line, with its newline
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	// FileText marks the compiler's errors, whose text CPython reads from
	// the file named Filename (none when there is no such file) rather
	// than taking it from the source compiled, as the parser does.
	FileText bool
	// Tokenizer marks the tokenizer's own errors (not those it leaves to
	// the parser), whose offsets CPython always counts in characters.
	Tokenizer bool
	// AtEnd marks an error found at the end of the input: a bracket or a
	// triple-quoted string left open, or a parse that needed more tokens
	// than the source has. More lines could make the source valid, which
	// compile() with PyCF_ALLOW_INCOMPLETE_INPUT reports as
	// "incomplete input" (codeop and the code module rely on it).
	AtEnd bool
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Filename, e.Line, e.Col, e.Msg)
}
