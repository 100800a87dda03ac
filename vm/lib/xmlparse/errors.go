package xmlparse

// Code is an error number, as expat's enum XML_Error; the texts are
// expat 2.5.0's, as pyexpat.ErrorString gives them.
type Code int

// The error numbers.
const (
	ErrNoMemory Code = iota + 1
	ErrSyntax
	ErrNoElements
	ErrInvalidToken
	ErrUnclosedToken
	ErrPartialChar
	ErrTagMismatch
	ErrDuplicateAttribute
	ErrJunkAfterDocElement
	ErrParamEntityRef
	ErrUndefinedEntity
	ErrRecursiveEntityRef
	ErrAsyncEntity
	ErrBadCharRef
	ErrBinaryEntityRef
	ErrAttributeExternalEntityRef
	ErrMisplacedXmlPi
	ErrUnknownEncoding
	ErrIncorrectEncoding
	ErrUnclosedCdataSection
	ErrExternalEntityHandling
	ErrNotStandalone
	ErrUnexpectedState
	ErrEntityDeclaredInPe
	ErrFeatureRequiresXmlDtd
	ErrCantChangeFeatureOnceParsing
	ErrUnboundPrefix
	ErrUndeclaringPrefix
	ErrIncompletePe
	ErrXmlDecl
	ErrTextDecl
	ErrPublicid
	ErrSuspended
	ErrNotSuspended
	ErrAborted
	ErrFinished
	ErrSuspendPe
	ErrReservedPrefixXml
	ErrReservedPrefixXmlns
	ErrReservedNamespaceUri
	ErrInvalidArgument
	ErrNoBuffer
	ErrAmplificationLimitBreach
)

// messages are the errors' texts (XML_ErrorString), by code.
var messages = [...]string{
	ErrNoMemory:                     "out of memory",
	ErrSyntax:                       "syntax error",
	ErrNoElements:                   "no element found",
	ErrInvalidToken:                 "not well-formed (invalid token)",
	ErrUnclosedToken:                "unclosed token",
	ErrPartialChar:                  "partial character",
	ErrTagMismatch:                  "mismatched tag",
	ErrDuplicateAttribute:           "duplicate attribute",
	ErrJunkAfterDocElement:          "junk after document element",
	ErrParamEntityRef:               "illegal parameter entity reference",
	ErrUndefinedEntity:              "undefined entity",
	ErrRecursiveEntityRef:           "recursive entity reference",
	ErrAsyncEntity:                  "asynchronous entity",
	ErrBadCharRef:                   "reference to invalid character number",
	ErrBinaryEntityRef:              "reference to binary entity",
	ErrAttributeExternalEntityRef:   "reference to external entity in attribute",
	ErrMisplacedXmlPi:               "XML or text declaration not at start of entity",
	ErrUnknownEncoding:              "unknown encoding",
	ErrIncorrectEncoding:            "encoding specified in XML declaration is incorrect",
	ErrUnclosedCdataSection:         "unclosed CDATA section",
	ErrExternalEntityHandling:       "error in processing external entity reference",
	ErrNotStandalone:                "document is not standalone",
	ErrUnexpectedState:              "unexpected parser state - please send a bug report",
	ErrEntityDeclaredInPe:           "entity declared in parameter entity",
	ErrFeatureRequiresXmlDtd:        "requested feature requires XML_DTD support in Expat",
	ErrCantChangeFeatureOnceParsing: "cannot change setting once parsing has begun",
	ErrUnboundPrefix:                "unbound prefix",
	ErrUndeclaringPrefix:            "must not undeclare prefix",
	ErrIncompletePe:                 "incomplete markup in parameter entity",
	ErrXmlDecl:                      "XML declaration not well-formed",
	ErrTextDecl:                     "text declaration not well-formed",
	ErrPublicid:                     "illegal character(s) in public id",
	ErrSuspended:                    "parser suspended",
	ErrNotSuspended:                 "parser not suspended",
	ErrAborted:                      "parsing aborted",
	ErrFinished:                     "parsing finished",
	ErrSuspendPe:                    "cannot suspend in external parameter entity",
	ErrReservedPrefixXml:            "reserved prefix (xml) must not be undeclared or bound to another namespace name",
	ErrReservedPrefixXmlns:          "reserved prefix (xmlns) must not be declared or undeclared",
	ErrReservedNamespaceUri:         "prefix must not be bound to one of the reserved namespace names",
	ErrInvalidArgument:              "invalid argument",
	ErrNoBuffer:                     "a successful prior call to function XML_GetBuffer is required",
	ErrAmplificationLimitBreach:     "limit on input amplification factor (from DTD and entities) breached",
}

// Message returns the text of error code c, or "" for an unknown code.
func Message(c Code) string {
	if c <= 0 || int(c) >= len(messages) {
		return ""
	}
	return messages[c]
}

// Name returns the name of code c in pyexpat.errors (XML_ERROR_SYNTAX).
func Name(c Code) string {
	if c <= 0 || int(c) >= len(names) {
		return ""
	}
	return names[c]
}

// NumCodes is one more than the largest error code.
const NumCodes = len(messages)

var names = [...]string{
	ErrNoMemory:                     "XML_ERROR_NO_MEMORY",
	ErrSyntax:                       "XML_ERROR_SYNTAX",
	ErrNoElements:                   "XML_ERROR_NO_ELEMENTS",
	ErrInvalidToken:                 "XML_ERROR_INVALID_TOKEN",
	ErrUnclosedToken:                "XML_ERROR_UNCLOSED_TOKEN",
	ErrPartialChar:                  "XML_ERROR_PARTIAL_CHAR",
	ErrTagMismatch:                  "XML_ERROR_TAG_MISMATCH",
	ErrDuplicateAttribute:           "XML_ERROR_DUPLICATE_ATTRIBUTE",
	ErrJunkAfterDocElement:          "XML_ERROR_JUNK_AFTER_DOC_ELEMENT",
	ErrParamEntityRef:               "XML_ERROR_PARAM_ENTITY_REF",
	ErrUndefinedEntity:              "XML_ERROR_UNDEFINED_ENTITY",
	ErrRecursiveEntityRef:           "XML_ERROR_RECURSIVE_ENTITY_REF",
	ErrAsyncEntity:                  "XML_ERROR_ASYNC_ENTITY",
	ErrBadCharRef:                   "XML_ERROR_BAD_CHAR_REF",
	ErrBinaryEntityRef:              "XML_ERROR_BINARY_ENTITY_REF",
	ErrAttributeExternalEntityRef:   "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF",
	ErrMisplacedXmlPi:               "XML_ERROR_MISPLACED_XML_PI",
	ErrUnknownEncoding:              "XML_ERROR_UNKNOWN_ENCODING",
	ErrIncorrectEncoding:            "XML_ERROR_INCORRECT_ENCODING",
	ErrUnclosedCdataSection:         "XML_ERROR_UNCLOSED_CDATA_SECTION",
	ErrExternalEntityHandling:       "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
	ErrNotStandalone:                "XML_ERROR_NOT_STANDALONE",
	ErrUnexpectedState:              "XML_ERROR_UNEXPECTED_STATE",
	ErrEntityDeclaredInPe:           "XML_ERROR_ENTITY_DECLARED_IN_PE",
	ErrFeatureRequiresXmlDtd:        "XML_ERROR_FEATURE_REQUIRES_XML_DTD",
	ErrCantChangeFeatureOnceParsing: "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING",
	ErrUnboundPrefix:                "XML_ERROR_UNBOUND_PREFIX",
	ErrUndeclaringPrefix:            "XML_ERROR_UNDECLARING_PREFIX",
	ErrIncompletePe:                 "XML_ERROR_INCOMPLETE_PE",
	ErrXmlDecl:                      "XML_ERROR_XML_DECL",
	ErrTextDecl:                     "XML_ERROR_TEXT_DECL",
	ErrPublicid:                     "XML_ERROR_PUBLICID",
	ErrSuspended:                    "XML_ERROR_SUSPENDED",
	ErrNotSuspended:                 "XML_ERROR_NOT_SUSPENDED",
	ErrAborted:                      "XML_ERROR_ABORTED",
	ErrFinished:                     "XML_ERROR_FINISHED",
	ErrSuspendPe:                    "XML_ERROR_SUSPEND_PE",
	ErrReservedPrefixXml:            "XML_ERROR_RESERVED_PREFIX_XML",
	ErrReservedPrefixXmlns:          "XML_ERROR_RESERVED_PREFIX_XMLNS",
	ErrReservedNamespaceUri:         "XML_ERROR_RESERVED_NAMESPACE_URI",
	ErrInvalidArgument:              "XML_ERROR_INVALID_ARGUMENT",
	ErrNoBuffer:                     "XML_ERROR_NO_BUFFER",
	ErrAmplificationLimitBreach:     "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
}
