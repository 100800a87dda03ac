package xmlparse

import (
	"strconv"
	"strings"
)

// contentToken parses one token of element content at b[i]: a tag,
// character data, a reference, a CDATA section, a comment or a PI.
func (p *Parser) contentToken(b []byte, i int) (int, error) {
	switch b[i] {
	case '<':
		return p.markup(b, i)
	case '&':
		return p.reference(b, i)
	case '\n', '\r':
		j := i + 1
		if b[i] == '\r' {
			if j == len(b) && !p.final {
				return i, errMore
			}
			if j < len(b) && b[j] == '\n' {
				j++
			}
		}
		return j, p.charData(i, "\n")
	}
	return p.text(b, i)
}

// text parses character data up to markup, a reference or a newline.
func (p *Parser) text(b []byte, i int) (int, error) {
	j := i
	for j < len(b) {
		c := b[j]
		if c == '<' || c == '&' || c == '\n' || c == '\r' {
			break
		}
		if c == ']' && hasPrefixAt(b, j, "]]>") {
			return i, p.errorAt(j+2, ErrInvalidToken)
		}
		if c == ']' && !p.final && (len(b)-j < 3) && strings.HasPrefix("]]>", string(b[j:])) {
			break
		}
		r, n := decodeChar(b, j)
		if n == 0 {
			if p.final {
				return i, p.errorAt(j, ErrPartialChar)
			}
			break
		}
		if r < 0 {
			return i, p.errorAt(j, ErrInvalidToken)
		}
		j += n
	}
	if j == i {
		return i, errMore
	}
	return j, p.charData(i, string(b[i:j]))
}

func (p *Parser) charData(i int, s string) error {
	if p.H.Handles(CharData) {
		return p.emit(i, &Event{Kind: CharData, Text: s})
	}
	return p.emitDefault(i, []byte(s))
}

// markup parses a token beginning with '<' in content.
func (p *Parser) markup(b []byte, i int) (int, error) {
	if len(b)-i < 2 {
		return i, p.incomplete(i, ErrUnclosedToken)
	}
	switch b[i+1] {
	case '/':
		return p.endTag(b, i)
	case '?':
		return p.procInst(b, i, false)
	case '!':
		switch {
		case hasPrefixAt(b, i, "<!--"):
			return p.comment(b, i)
		case hasPrefixAt(b, i, "<![CDATA["):
			return p.cdata(b, i)
		case len(b)-i < 9 && (strings.HasPrefix("<![CDATA[", string(b[i:])) || strings.HasPrefix("<!--", string(b[i:]))):
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		return i, p.errorAt(i+2, ErrInvalidToken)
	}
	return p.startTag(b, i)
}

// cdata parses <![CDATA[ ... ]]>, reporting its text in pieces.
func (p *Parser) cdata(b []byte, i int) (int, error) {
	end := indexFrom(b, i+9, "]]>")
	if end < 0 {
		if !p.final {
			return i, errMore
		}
		return i, p.errorAt(len(b), ErrUnclosedCdataSection)
	}
	if err := p.checkChars(b, i+9, end); err != nil {
		return i, err
	}
	if p.H.Handles(StartCData) {
		if err := p.emit(i, &Event{Kind: StartCData}); err != nil {
			return i, err
		}
	} else if err := p.emitDefault(i, b[i:i+9]); err != nil {
		return i, err
	}
	for k := i + 9; k < end; {
		j := k
		if b[k] == '\n' || b[k] == '\r' {
			j++
			if b[k] == '\r' && j < end && b[j] == '\n' {
				j++
			}
			if err := p.charData(k, "\n"); err != nil {
				return i, err
			}
			k = j
			continue
		}
		for j < end && b[j] != '\n' && b[j] != '\r' {
			j++
		}
		if err := p.charData(k, string(b[k:j])); err != nil {
			return i, err
		}
		k = j
	}
	if p.H.Handles(EndCData) {
		return end + 3, p.emit(end, &Event{Kind: EndCData})
	}
	return end + 3, p.emitDefault(end, b[end:end+3])
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// startTag parses <name attr="value" ...> or its empty form.
func (p *Parser) startTag(b []byte, i int) (int, error) {
	j, err := p.name(b, i+1, nameQ)
	if err != nil {
		return i, err
	}
	qname := string(b[i+1 : j])
	var attrs []Attr
	var names []int // positions of the attribute names
	for {
		k := skipSpace(b, j)
		if k == len(b) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		if b[k] == '>' || b[k] == '/' {
			j = k
			break
		}
		if k == j {
			return i, p.errorAt(k, ErrInvalidToken)
		}
		e, err := p.name(b, k, nameQ)
		if err != nil {
			return i, err
		}
		an := string(b[k:e])
		e = skipSpace(b, e)
		if e == len(b) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		if b[e] != '=' {
			return i, p.errorAt(e, ErrInvalidToken)
		}
		e = skipSpace(b, e+1)
		if e == len(b) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		if b[e] != '"' && b[e] != '\'' {
			return i, p.errorAt(e, ErrInvalidToken)
		}
		q := b[e]
		v := e + 1
		end := v
		for end < len(b) && b[end] != q {
			if b[end] == '<' {
				return i, p.errorAt(end, ErrInvalidToken)
			}
			end++
		}
		if end == len(b) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		for x, a := range attrs {
			if a.Name == an {
				_ = x
				return i, p.errorAt(k, ErrDuplicateAttribute)
			}
		}
		val, err := p.attrValue(b, v, end)
		if err != nil {
			return i, err
		}
		if p.tokenized[[2]string{qname, an}] {
			val = collapseSpaces(val)
		}
		attrs = append(attrs, Attr{Name: an, Value: val})
		names = append(names, k)
		j = end + 1
	}
	empty := b[j] == '/'
	if empty {
		if j+1 == len(b) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		if b[j+1] != '>' {
			return i, p.errorAt(j+1, ErrInvalidToken)
		}
		j++
	}
	end := j + 1
	attrs = p.addDefaults(qname, attrs)
	el := openElem{qname: qname, name: qname}
	if p.NS {
		var err error
		if attrs, err = p.bindNamespaces(i, &el, attrs); err != nil {
			return i, err
		}
	}
	if p.st != stContent {
		p.st = stContent
	}
	p.stack = append(p.stack, el)
	if p.H.Handles(StartElement) {
		if err := p.emit(i, &Event{Kind: StartElement, Name: el.name, Attrs: attrs}); err != nil {
			return i, err
		}
	} else if err := p.emitDefault(i, b[i:end]); err != nil {
		return i, err
	}
	if empty {
		return end, p.closeElement(end, nil)
	}
	return end, nil
}

// addDefaults appends the declared defaults of attributes not given.
func (p *Parser) addDefaults(el string, attrs []Attr) []Attr {
	for _, d := range p.defaults[el] {
		given := false
		for _, a := range attrs {
			if a.Name == d.Name {
				given = true
				break
			}
		}
		if !given {
			attrs = append(attrs, Attr{Name: d.Name, Value: d.Value, defaulted: true})
		}
	}
	return attrs
}

// SpecifiedCount returns how many of attrs were in the start tag rather
// than declared defaults (they come first).
func SpecifiedCount(attrs []Attr) int {
	for i, a := range attrs {
		if a.defaulted {
			return i
		}
	}
	return len(attrs)
}

// xmlNamespace is the namespace the prefix xml is bound to.
const xmlNamespace = "http://www.w3.org/XML/1998/namespace"

// bindNamespaces processes the xmlns attributes of a start tag at b[i],
// reports the declarations and expands the element's and attributes'
// names.
func (p *Parser) bindNamespaces(i int, el *openElem, attrs []Attr) ([]Attr, error) {
	if p.ns == nil {
		p.ns = map[string][]string{"xml": {xmlNamespace}}
	}
	kept := attrs[:0:0]
	for _, a := range attrs {
		prefix, isDecl := "", false
		switch {
		case a.Name == "xmlns":
			isDecl = true
		case strings.HasPrefix(a.Name, "xmlns:"):
			prefix, isDecl = a.Name[6:], true
		}
		if !isDecl {
			kept = append(kept, a)
			continue
		}
		if prefix != "" && a.Value == "" {
			return nil, p.errorAt(i, ErrUndeclaringPrefix)
		}
		if p.Sep != "" && strings.Contains(a.Value, p.Sep) {
			// A URI holding the separator would be ambiguous in the
			// reported names.
			return nil, p.errorAt(i, ErrSyntax)
		}
		if prefix == "xmlns" {
			return nil, p.errorAt(i, ErrReservedPrefixXmlns)
		}
		if prefix == "xml" && a.Value != xmlNamespace || prefix != "xml" && a.Value == xmlNamespace {
			if prefix == "xml" {
				return nil, p.errorAt(i, ErrReservedPrefixXml)
			}
			return nil, p.errorAt(i, ErrReservedNamespaceUri)
		}
		p.ns[prefix] = append(p.ns[prefix], a.Value)
		el.nsDecls = append(el.nsDecls, prefix)
		if p.H.Handles(StartNamespace) {
			ev := &Event{Kind: StartNamespace, Name: prefix, Flag: boolInt(prefix != "")}
			if a.Value != "" {
				ev.Value = some(a.Value)
			}
			if err := p.emit(i, ev); err != nil {
				return nil, err
			}
		}
	}
	name, err := p.expand(i, el.qname, true)
	if err != nil {
		return nil, err
	}
	el.name = name
	for k := range kept {
		n, err := p.expand(i, kept[k].Name, false)
		if err != nil {
			return nil, err
		}
		kept[k].Name = n
	}
	for x := 0; x < len(kept); x++ {
		for y := 0; y < x; y++ {
			if kept[x].Name == kept[y].Name {
				return nil, p.errorAt(i, ErrDuplicateAttribute)
			}
		}
	}
	return kept, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// expand returns the reported form of qname: URI, separator and local
// name when it is in a namespace.
func (p *Parser) expand(i int, qname string, isElement bool) (string, error) {
	prefix, local, ok := strings.Cut(qname, ":")
	if !ok {
		prefix, local = "", qname
		if !isElement {
			return qname, nil
		}
	}
	uris := p.ns[prefix]
	if len(uris) == 0 || uris[len(uris)-1] == "" {
		if prefix == "" {
			return qname, nil
		}
		return "", p.errorAt(i, ErrUnboundPrefix)
	}
	name := uris[len(uris)-1] + p.Sep + local
	if p.Triplets && prefix != "" {
		name += p.Sep + prefix
	}
	return name, nil
}

// endTag parses </name>.
func (p *Parser) endTag(b []byte, i int) (int, error) {
	j, err := p.name(b, i+2, nameQ)
	if err != nil {
		return i, err
	}
	k := skipSpace(b, j)
	if k == len(b) {
		return i, p.incomplete(i, ErrUnclosedToken)
	}
	if b[k] != '>' {
		return i, p.errorAt(k, ErrInvalidToken)
	}
	if len(p.stack) == 0 || p.stack[len(p.stack)-1].qname != string(b[i+2:j]) {
		if p.depth > 0 && len(p.stack) <= p.entityBase {
			return i, p.errorAt(i, ErrAsyncEntity)
		}
		return i, p.errorAt(i+2, ErrTagMismatch)
	}
	return k + 1, p.closeElement(i, b[i:k+1])
}

// closeElement pops the innermost element, reporting its end (and the
// end of its namespace declarations) at buf[i]; raw is the end tag.
func (p *Parser) closeElement(i int, raw []byte) error {
	el := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	if p.H.Handles(EndElement) {
		if err := p.emit(i, &Event{Kind: EndElement, Name: el.name}); err != nil {
			return err
		}
	} else if err := p.emitDefault(i, raw); err != nil {
		return err
	}
	for k := len(el.nsDecls) - 1; k >= 0; k-- {
		prefix := el.nsDecls[k]
		p.ns[prefix] = p.ns[prefix][:len(p.ns[prefix])-1]
		if p.H.Handles(EndNamespace) {
			if err := p.emit(i, &Event{Kind: EndNamespace, Name: prefix, Flag: boolInt(prefix != "")}); err != nil {
				return err
			}
		}
	}
	if len(p.stack) == 0 && p.depth == 0 {
		p.st = stEpilog
	}
	return nil
}

// refEnd scans the reference at b[i] ('&'), returning the index of its
// ';'.
func (p *Parser) refEnd(b []byte, i int) (int, error) {
	j := i + 1
	if j == len(b) {
		return i, p.incomplete(i, ErrUnclosedToken)
	}
	if b[j] == '#' {
		j++
		hex := j < len(b) && b[j] == 'x'
		if hex {
			j++
		}
		s := j
		for j < len(b) && (b[j] >= '0' && b[j] <= '9' || hex && (b[j]|0x20 >= 'a' && b[j]|0x20 <= 'f')) {
			j++
		}
		if j == len(b) {
			return i, p.incomplete(i, ErrUnclosedToken)
		}
		if j == s || b[j] != ';' {
			return i, p.errorAt(j, ErrInvalidToken)
		}
		return j, nil
	}
	e, err := p.name(b, j, nameNC)
	if err != nil {
		return i, err
	}
	if e == len(b) {
		return i, p.incomplete(i, ErrUnclosedToken)
	}
	if b[e] != ';' {
		return i, p.errorAt(e, ErrInvalidToken)
	}
	return e, nil
}

// charRef returns the character of the reference b[i:semi] ("&#...").
func (p *Parser) charRef(b []byte, i, semi int) (string, error) {
	digits := string(b[i+2 : semi])
	base := 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	n, err := strconv.ParseUint(digits, base, 32)
	r := rune(n)
	if err != nil || !isXMLChar(r) {
		return "", p.errorAt(i, ErrBadCharRef)
	}
	return string(r), nil
}

func isXMLChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

var predefined = map[string]string{"amp": "&", "lt": "<", "gt": ">", "apos": "'", "quot": "\""}

// reference parses an entity or character reference in content.
func (p *Parser) reference(b []byte, i int) (int, error) {
	semi, err := p.refEnd(b, i)
	if err != nil {
		return i, err
	}
	end := semi + 1
	if b[i+1] == '#' {
		s, err := p.charRef(b, i, semi)
		if err != nil {
			return i, err
		}
		return end, p.charData(i, s)
	}
	name := string(b[i+1 : semi])
	if s, ok := predefined[name]; ok {
		return end, p.charData(i, s)
	}
	ent := p.entities[name]
	if ent == nil {
		if p.external && !p.standalone {
			if p.H.Handles(SkippedEntity) {
				return end, p.emit(i, &Event{Kind: SkippedEntity, Name: name})
			}
			return end, p.emitDefault(i, b[i:end])
		}
		return i, p.errorAt(i, ErrUndefinedEntity)
	}
	if ent.notation.Set {
		return i, p.errorAt(i, ErrBinaryEntityRef)
	}
	if !ent.value.Set {
		if p.H.Handles(ExternalEntityRef) {
			return end, p.emit(i, &Event{Kind: ExternalEntityRef, Name: name, System: ent.system, Public: ent.public})
		}
		return end, p.emitDefault(i, b[i:end])
	}
	if !p.ExpandInternal {
		return end, p.emitDefault(i, b[i:end])
	}
	if ent.open {
		return i, p.errorAt(i, ErrRecursiveEntityRef)
	}
	return end, p.expandEntity(i, ent)
}

// expandEntity parses the replacement text of an internal entity
// referenced at buf[i] as content; its elements must close within it.
func (p *Parser) expandEntity(i int, ent *entity) error {
	if p.depth == 0 {
		p.ev = p.positionAt(i)
	}
	saved := *p
	ent.open = true
	p.buf, p.pos, p.final = []byte(ent.value.S), 0, true
	p.depth++
	p.entityBase = len(p.stack)
	err := p.runContent()
	if err == nil && len(p.stack) != p.entityBase {
		err = p.errorAt(0, ErrAsyncEntity)
	}
	ent.open = false
	stack, ns, st := p.stack, p.ns, p.st
	buf, pos, final, depth, base := saved.buf, saved.pos, saved.final, saved.depth, saved.entityBase
	p.buf, p.pos, p.final, p.depth, p.entityBase = buf, pos, final, depth, base
	p.stack, p.ns, p.st = stack, ns, st
	return err
}

// runContent parses the buffer as element content.
func (p *Parser) runContent() error {
	for p.pos < len(p.buf) {
		n, err := p.contentToken(p.buf, p.pos)
		if err != nil {
			return err
		}
		p.pos = n
	}
	return nil
}

// attrValue returns the normalized value of the attribute b[i:j]:
// references replaced and whitespace characters made spaces.
func (p *Parser) attrValue(b []byte, i, j int) (string, error) {
	var sb strings.Builder
	for k := i; k < j; {
		c := b[k]
		switch {
		case c == '&':
			semi, err := p.refEnd(b[:j], k)
			if err != nil {
				if err == errMore || isCode(err, ErrUnclosedToken) {
					return "", p.errorAt(j, ErrInvalidToken)
				}
				return "", err
			}
			if b[k+1] == '#' {
				s, err := p.charRef(b, k, semi)
				if err != nil {
					return "", err
				}
				sb.WriteString(s)
			} else if err := p.entityInAttr(&sb, k, string(b[k+1:semi])); err != nil {
				return "", err
			}
			k = semi + 1
		case c == '\r':
			sb.WriteByte(' ')
			k++
			if k < j && b[k] == '\n' {
				k++
			}
		case c == '\n' || c == '\t':
			sb.WriteByte(' ')
			k++
		default:
			r, n := decodeChar(b, k)
			if r < 0 || n == 0 {
				return "", p.errorAt(k, ErrInvalidToken)
			}
			sb.Write(b[k : k+n])
			k += n
		}
	}
	return sb.String(), nil
}

func isCode(err error, c Code) bool {
	e, ok := err.(*Error)
	return ok && e.Code == c
}

// entityInAttr appends the value of entity name, referenced at buf[i] in
// an attribute value.
func (p *Parser) entityInAttr(sb *strings.Builder, i int, name string) error {
	if s, ok := predefined[name]; ok {
		sb.WriteString(s)
		return nil
	}
	ent := p.entities[name]
	switch {
	case ent == nil:
		if p.external && !p.standalone {
			return nil
		}
		return p.errorAt(i, ErrUndefinedEntity)
	case ent.notation.Set:
		return p.errorAt(i, ErrBinaryEntityRef)
	case !ent.value.Set:
		return p.errorAt(i, ErrAttributeExternalEntityRef)
	case ent.open:
		return p.errorAt(i, ErrRecursiveEntityRef)
	}
	v := []byte(ent.value.S)
	if strings.IndexByte(ent.value.S, '<') >= 0 {
		return p.errorAt(i, ErrInvalidToken)
	}
	ent.open = true
	defer func() { ent.open = false }()
	s, err := p.attrValue(v, 0, len(v))
	if err != nil {
		return err
	}
	sb.WriteString(s)
	return nil
}
