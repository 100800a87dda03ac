// Package sre is a regular expression engine that executes the code lists
// CPython 3.11's re._compiler produces (MAGIC 20220615), with the matching
// rules of CPython's Modules/_sre. It has no knowledge of Python objects:
// a subject is a []byte or a []rune, and results are positions.
//
// Backtracking state lives in explicit stacks, so neither deeply nested
// patterns nor long subjects grow the Go stack, and a poll callback lets
// the caller stop a long match.
package sre

// Magic is the version of the code format (re._constants.MAGIC).
const Magic = 20220615

// CodeSize is the size in bytes of one code word.
const CodeSize = 4

// MaxRepeat is the repeat count meaning "no upper bound".
const MaxRepeat = 1<<32 - 1

// MaxGroups is the largest number of groups a pattern may have.
const MaxGroups = 1<<30 - 1

// Opcodes, in the order of re._constants.OPCODES.
const (
	opFailure = iota
	opSuccess
	opAny
	opAnyAll
	opAssert
	opAssertNot
	opAt
	opBranch
	opCategory
	opCharset
	opBigCharset
	opGroupref
	opGrouprefExists
	opIn
	opInfo
	opJump
	opLiteral
	opMark
	opMaxUntil
	opMinUntil
	opNotLiteral
	opNegate
	opRange
	opRepeat
	opRepeatOne
	opSubpattern
	opMinRepeatOne
	opAtomicGroup
	opPossessiveRepeat
	opPossessiveRepeatOne
	opGrouprefIgnore
	opInIgnore
	opLiteralIgnore
	opNotLiteralIgnore
	opGrouprefLocIgnore
	opInLocIgnore
	opLiteralLocIgnore
	opNotLiteralLocIgnore
	opGrouprefUniIgnore
	opInUniIgnore
	opLiteralUniIgnore
	opNotLiteralUniIgnore
	opRangeUniIgnore
)

// Position codes (re._constants.ATCODES).
const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
)

// Category codes (re._constants.CHCODES).
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
)

// INFO block flags.
const (
	infoPrefix  = 1
	infoLiteral = 2
	infoCharset = 4
)
