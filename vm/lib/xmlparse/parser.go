// Package xmlparse is a non-validating XML 1.0 parser with expat's
// interface and behaviour, for pyjit's pyexpat: events in expat's order
// and pieces (character data split at newlines and references), expat's
// error codes and positions (line from 1, column in characters from 0),
// namespace processing, internal DTD subsets (entities, notations,
// element and attribute-list declarations, attribute defaults) and
// incremental input. Input is UTF-8; the caller decodes other encodings.
package xmlparse

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// Kind names an event.
type Kind int

// The events, one for each of pyexpat's handlers.
const (
	StartElement Kind = iota
	EndElement
	CharData
	ProcInst
	Comment
	StartCData
	EndCData
	StartNamespace
	EndNamespace
	XMLDecl
	StartDoctype
	EndDoctype
	EntityDecl
	UnparsedEntityDecl
	NotationDecl
	ElementDecl
	AttlistDecl
	SkippedEntity
	ExternalEntityRef
	NotStandalone
	Default
	numKinds
)

// Attr is an attribute of a start tag.
type Attr struct {
	Name, Value string
	defaulted   bool // from an ATTLIST declaration, not the tag
}

// Opt is an optional string (None when !Set).
type Opt struct {
	S   string
	Set bool
}

func some(s string) Opt { return Opt{s, true} }

// Model is an element's content model (ElementDeclHandler's tuple).
type Model struct {
	Type, Quant int
	Name        Opt
	Children    []*Model
}

// The content model types and quantifiers, as pyexpat.model's.
const (
	CTypeEmpty = 1 + iota
	CTypeAny
	CTypeMixed
	CTypeName
	CTypeChoice
	CTypeSeq
)

// Quantifiers of content particles.
const (
	CQuantNone = iota
	CQuantOpt
	CQuantRep
	CQuantPlus
)

// Event is what a handler receives; which fields are set depends on Kind.
type Event struct {
	Kind   Kind
	Name   string // element, target, entity, notation, doctype or prefix
	Attrs  []Attr
	Text   string // data, comment, default text
	Value  Opt    // entity value, attribute default, namespace URI, decl version
	Base   Opt
	System Opt
	Public Opt
	Extra  Opt // notation name; the attribute type; the declared encoding
	Flag   int // is-parameter-entity, standalone, required, has-internal-subset, prefix set
	Model  *Model
}

// Handler receives the parser's events.
type Handler interface {
	// Handles reports whether events of kind k are wanted; the text of
	// unwanted markup goes to Default when that is wanted.
	Handles(k Kind) bool
	// Handle receives an event; an error stops the parse and is returned
	// from Parse.
	Handle(e *Event) error
}

// Error is a well-formedness error, at a position of the input.
type Error struct {
	Code       Code
	Line, Col  int
	ByteOffset int64
}

func (e *Error) Error() string { return Message(e.Code) }

// errMore stops a scan that needs more input than the buffer holds.
var errMore = errors.New("xmlparse: need more input")

// Position is a place in the input.
type Position struct {
	Byte      int64
	Line, Col int
}

type state int

const (
	stPrologStart state = iota // nothing seen: an XML declaration may come
	stProlog
	stContent
	stEpilog
)

type entity struct {
	name     string
	value    Opt // replacement text of an internal entity
	system   Opt
	public   Opt
	notation Opt
	open     bool // being expanded (recursion check)
}

type openElem struct {
	qname   string // as written
	name    string // as reported (expanded)
	nsDecls []string
}

// Parser parses one document.
type Parser struct {
	H Handler
	// NS enables namespace processing: names are reported as
	// URI+Sep+local (+Sep+prefix with Triplets).
	NS       bool
	Sep      string
	Triplets bool
	// ExpandInternal reports internal entity references as their
	// replacement text; unset, they go to Default as written.
	ExpandInternal bool
	// ParamEntityParsing is set when parameter entities are parsed
	// (SetParamEntityParsing): the external subset is then no reason to
	// ask NotStandalone.
	ParamEntityParsing bool

	buf    []byte
	start  Position // of buf[0]
	pos    int      // parsed up to buf[pos]
	mark   Position // position of buf[markAt]
	markAt int
	final  bool

	st         state
	stack      []openElem
	ns         map[string][]string
	entities   map[string]*entity
	params     map[string]*entity
	defaults   map[string][]Attr
	tokenized  map[[2]string]bool // element and attribute of non-CDATA types
	external   bool               // the DTD has an external subset or parameter entity references
	standalone bool
	err        error
	finished   bool     // the final part was parsed
	ev         Position // of the event being reported
	depth      int      // entity expansion depth
	entityBase int      // elements open when the innermost expansion began
}

// NewParser returns a parser reporting to h.
func NewParser(h Handler) *Parser {
	return &Parser{H: h, ExpandInternal: true, mark: Position{Line: 1}, start: Position{Line: 1}}
}

// Current returns the position of the event being reported (after an
// error, of the error).
func (p *Parser) Current() Position { return p.ev }

// SkipBOM counts a byte order mark of n bytes, which the caller removed
// from the input, as expat does: one column.
func (p *Parser) SkipBOM(n int) {
	p.start = Position{Byte: int64(n), Line: 1, Col: 1}
	p.mark = p.start
}

// Started reports whether the parser has been given any input.
func (p *Parser) Started() bool { return p.start.Byte > 0 || len(p.buf) > 0 }

// Err returns the error that stopped the parser, or nil.
func (p *Parser) Err() error { return p.err }

// Parse parses data, the next part of the document; final marks its end.
func (p *Parser) Parse(data []byte, final bool) error {
	if p.err != nil {
		return p.err
	}
	if p.finished {
		return p.errorAt(len(p.buf), ErrFinished)
	}
	if p.pos > 0 {
		p.positionAt(p.pos)
		p.start = p.mark
		p.buf = append(p.buf[:0], p.buf[p.pos:]...)
		p.pos, p.markAt = 0, 0
	}
	p.buf = append(p.buf, data...)
	p.final = final
	err := p.run()
	if err == errMore {
		err = nil
	}
	if err == nil && final {
		err = p.finish()
		p.finished = true
	}
	if err != nil {
		p.err = err
	}
	return err
}

// finish checks the state at the end of the input.
func (p *Parser) finish() error {
	if p.st != stEpilog {
		return p.errorAt(len(p.buf), ErrNoElements)
	}
	return nil
}

// positionAt returns the position of buf[i], i >= markAt, moving the mark.
func (p *Parser) positionAt(i int) Position {
	if i < p.markAt {
		p.mark, p.markAt = p.start, 0
	}
	b := p.buf
	m := p.mark
	for j := p.markAt; j < i && j < len(b); j++ {
		c := b[j]
		switch {
		case c == '\n':
			if j > 0 && b[j-1] == '\r' {
				continue
			}
			m.Line++
			m.Col = 0
		case c == '\r':
			m.Line++
			m.Col = 0
		case c < 0x80 || c >= 0xC0:
			m.Col++
		}
	}
	if i > len(b) {
		i = len(b)
	}
	m.Byte = p.start.Byte + int64(i)
	p.mark, p.markAt = m, i
	return m
}

// errorAt returns error c at buf[i]; inside an entity's replacement
// text, at the reference.
func (p *Parser) errorAt(i int, c Code) error {
	pos := p.ev
	if p.depth == 0 {
		pos = p.positionAt(i)
	}
	p.ev = pos
	return &Error{Code: c, Line: pos.Line, Col: pos.Col, ByteOffset: pos.Byte}
}

// emit reports an event at buf[i]. A handler's *Error without a
// position (a refusal, as NotStandalone's) is placed at the event.
func (p *Parser) emit(i int, e *Event) error {
	if p.depth == 0 {
		p.ev = p.positionAt(i)
	}
	err := p.H.Handle(e)
	if xe, ok := err.(*Error); ok && xe.Line == 0 {
		return &Error{Code: xe.Code, Line: p.ev.Line, Col: p.ev.Col, ByteOffset: p.ev.Byte}
	}
	return err
}

func (p *Parser) emitDefault(i int, text []byte) error {
	if !p.H.Handles(Default) || len(text) == 0 {
		return nil
	}
	return p.emit(i, &Event{Kind: Default, Text: normalizeNewlines(string(text))})
}

// incomplete is what a scan returns at the end of the buffer: a wait for
// more input, or at the end of the document the error code at i.
func (p *Parser) incomplete(i int, c Code) error {
	if !p.final {
		return errMore
	}
	return p.errorAt(i, c)
}

// run parses tokens until the buffer is used up.
func (p *Parser) run() error {
	for p.pos < len(p.buf) {
		var n int
		var err error
		switch p.st {
		case stContent:
			n, err = p.contentToken(p.buf, p.pos)
		default:
			n, err = p.prologToken()
		}
		if err != nil {
			return err
		}
		p.pos = n
	}
	return nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// prologToken parses one token before or after the root element.
func (p *Parser) prologToken() (int, error) {
	b, i := p.buf, p.pos
	first := p.st == stPrologStart
	if p.st == stPrologStart {
		p.st = stProlog
	}
	switch {
	case isSpace(b[i]):
		j := i
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if j == len(b) && !p.final {
			p.st = stateIf(first, stPrologStart, p.st)
			return i, errMore
		}
		return j, p.emitDefault(i, b[i:j])
	case b[i] != '<':
		if p.st == stEpilog {
			return i, p.errorAt(i, ErrJunkAfterDocElement)
		}
		// Text before the root: a name is one token, a syntax error
		// when it ends at a space or the end, else invalid where it ends.
		j := i
		for j < len(b) {
			r, n := decodeChar(b, j)
			if n == 0 || !isNameChar(r) {
				break
			}
			j += n
		}
		if j == len(b) && !p.final {
			return i, errMore
		}
		if j > i && (j == len(b) || isSpace(b[j])) {
			return i, p.errorAt(i, ErrSyntax)
		}
		return i, p.errorAt(j, ErrInvalidToken)
	}
	if len(b)-i < 2 {
		p.st = stateIf(first, stPrologStart, p.st)
		return i, p.incomplete(i, ErrUnclosedToken)
	}
	switch c := b[i+1]; {
	case c == '?':
		n, err := p.procInst(b, i, first)
		if err == errMore && first {
			p.st = stPrologStart
		}
		return n, err
	case c == '!':
		if hasPrefixAt(b, i, "<!--") {
			return p.comment(b, i)
		}
		if len(b)-i < 9 && strings.HasPrefix("<!DOCTYPE", string(b[i:])) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		if hasPrefixAt(b, i, "<!DOCTYPE") {
			if p.st == stEpilog {
				return i, p.errorAt(i, ErrJunkAfterDocElement)
			}
			return p.doctype(b, i)
		}
		if len(b)-i < 4 && strings.HasPrefix("<!--", string(b[i:])) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		return i, p.errorAt(i+2, ErrInvalidToken)
	}
	if p.st == stEpilog {
		return i, p.errorAt(i, ErrJunkAfterDocElement)
	}
	return p.contentToken(b, i)
}

func stateIf(c bool, a, b state) state {
	if c {
		return a
	}
	return b
}

func hasPrefixAt(b []byte, i int, s string) bool {
	return len(b)-i >= len(s) && string(b[i:i+len(s)]) == s
}

// decodeChar returns the character at b[i] and its size; size 0 means
// the buffer ends inside it, and r == -1 an invalid character.
func decodeChar(b []byte, i int) (rune, int) {
	c := b[i]
	if c < utf8.RuneSelf {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return -1, 1
		}
		return rune(c), 1
	}
	if !utf8.FullRune(b[i:]) {
		return 0, 0
	}
	r, n := utf8.DecodeRune(b[i:])
	if r == utf8.RuneError && n <= 1 || r == 0xFFFE || r == 0xFFFF {
		return -1, 1
	}
	return r, n
}

// checkChars validates the characters of b[i:j].
func (p *Parser) checkChars(b []byte, i, j int) error {
	for k := i; k < j; {
		r, n := decodeChar(b, k)
		if n == 0 {
			return p.errorAt(k, ErrPartialChar)
		}
		if r < 0 {
			return p.errorAt(k, ErrInvalidToken)
		}
		k += n
	}
	return nil
}

// comment parses <!-- ... -->.
func (p *Parser) comment(b []byte, i int) (int, error) {
	j := i + 4
	for {
		k := indexFrom(b, j, "--")
		if k < 0 {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		if k+2 >= len(b) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		if b[k+2] != '>' {
			if err := p.checkChars(b, i+4, k); err != nil {
				return i, err
			}
			return i, p.errorAt(k+2, ErrInvalidToken)
		}
		if err := p.checkChars(b, i+4, k); err != nil {
			return i, err
		}
		end := k + 3
		if p.H.Handles(Comment) {
			return end, p.emit(i, &Event{Kind: Comment, Text: normalizeNewlines(string(b[i+4 : k]))})
		}
		return end, p.emitDefault(i, b[i:end])
	}
}

func indexFrom(b []byte, i int, s string) int {
	if i > len(b) {
		return -1
	}
	k := strings.Index(string(b[i:]), s)
	if k < 0 {
		return -1
	}
	return i + k
}

// procInst parses <?target data?>, or the XML declaration when first.
func (p *Parser) procInst(b []byte, i int, first bool) (int, error) {
	end := indexFrom(b, i+2, "?>")
	j, err := p.name(b, i+2, nameNC)
	if err != nil {
		return i, err
	}
	if j == len(b) {
		return i, p.incomplete(i, ErrUnclosedToken)
	}
	target := string(b[i+2 : j])
	if strings.EqualFold(target, "xml") {
		if !first || p.depth > 0 {
			return i, p.errorAt(i, ErrMisplacedXmlPi)
		}
		if end < 0 {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		return p.xmlDecl(b, i, j, end)
	}
	if !isSpace(b[j]) && !hasPrefixAt(b, j, "?>") {
		if b[j] == '?' && j+1 == len(b) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		return i, p.errorAt(j, ErrInvalidToken)
	}
	if end < 0 {
		return i, p.incomplete(i, ErrUnclosedToken)
	}
	if err := p.checkChars(b, j, end); err != nil {
		return i, err
	}
	data := j
	for data < end && isSpace(b[data]) {
		data++
	}
	if p.H.Handles(ProcInst) {
		return end + 2, p.emit(i, &Event{Kind: ProcInst, Name: target, Text: normalizeNewlines(string(b[data:end]))})
	}
	return end + 2, p.emitDefault(i, b[i:end+2])
}

// xmlDecl parses the pseudo-attributes of <?xml ...?>.
func (p *Parser) xmlDecl(b []byte, i, j, end int) (int, error) {
	var version, encoding Opt
	standalone := -1
	k := j
	seen := 0
	for {
		s := k
		for k < end && isSpace(b[k]) {
			k++
		}
		if k == end {
			break
		}
		if k == s {
			return i, p.errorAt(k, ErrXmlDecl)
		}
		n := k
		for k < end && isNameByte(b[k]) {
			k++
		}
		name := string(b[n:k])
		for k < end && isSpace(b[k]) {
			k++
		}
		if k == end || b[k] != '=' {
			return i, p.errorAt(k, ErrXmlDecl)
		}
		k++
		for k < end && isSpace(b[k]) {
			k++
		}
		if k == end || b[k] != '"' && b[k] != '\'' {
			return i, p.errorAt(k, ErrXmlDecl)
		}
		q := b[k]
		v := k + 1
		for k = v; k < end && b[k] != q; k++ {
		}
		if k == end {
			return i, p.errorAt(v, ErrXmlDecl)
		}
		val := string(b[v:k])
		k++
		switch {
		case name == "version" && seen == 0:
			version, seen = some(val), 1
		case name == "encoding" && seen >= 1 && seen < 2:
			encoding, seen = some(val), 2
		case name == "standalone" && seen >= 1 && seen < 3 && (val == "yes" || val == "no"):
			standalone, seen = 0, 3
			if val == "yes" {
				standalone = 1
			}
		default:
			return i, p.errorAt(n, ErrXmlDecl)
		}
	}
	if !version.Set {
		return i, p.errorAt(j, ErrXmlDecl)
	}
	p.standalone = standalone == 1
	if p.H.Handles(XMLDecl) {
		return end + 2, p.emit(i, &Event{Kind: XMLDecl, Value: version, Extra: encoding, Flag: standalone})
	}
	return end + 2, p.emitDefault(i, b[i:end+2])
}

// Name forms: in namespace mode a qualified name has at most one colon,
// which cannot begin or end it, and an NCName none; DTD names are
// unrestricted.
const (
	nameNC = iota
	nameQ
	nameAny
)

// name scans a name at b[i:]. It fails unless b[i] starts a name.
func (p *Parser) name(b []byte, i int, form int) (int, error) {
	j := i
	colons := 0
	for j < len(b) {
		r, n := decodeChar(b, j)
		if n == 0 {
			return j, nil
		}
		if r == ':' && p.NS && form != nameAny {
			if j == i || form == nameNC || colons > 0 || j+1 < len(b) && !isNameStartAt(b, j+1) {
				return i, p.errorAt(j, ErrInvalidToken)
			}
			colons++
			j += n
			continue
		}
		if j == i && !isNameStart(r) || j > i && !isNameChar(r) {
			break
		}
		j += n
	}
	if j == i {
		if j == len(b) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		return i, p.errorAt(i, ErrInvalidToken)
	}
	return j, nil
}

func isNameStartAt(b []byte, i int) bool {
	r, n := decodeChar(b, i)
	return n == 0 || isNameStart(r)
}

// normalizeNewlines turns CR LF and CR into LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
