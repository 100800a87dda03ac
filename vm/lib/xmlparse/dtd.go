package xmlparse

import "strings"

// dtdScan reads the tokens of a document type declaration: names,
// literals and punctuation, skipping white space.
type dtdScan struct {
	p    *Parser
	b    []byte
	i    int
	last int // start of the last token read
}

// space skips white space, reporting whether there was any.
func (s *dtdScan) space() bool {
	j := skipSpace(s.b, s.i)
	had := j > s.i
	s.i = j
	return had
}

func (s *dtdScan) more() error {
	if s.i >= len(s.b) {
		return s.p.incomplete(s.i, ErrUnclosedToken)
	}
	return nil
}

// name reads a name.
func (s *dtdScan) name() (string, error) {
	s.space()
	if err := s.more(); err != nil {
		return "", err
	}
	j, err := s.p.name(s.b, s.i, nameAny)
	if err != nil {
		return "", err
	}
	if j == len(s.b) {
		return "", s.p.incomplete(s.i, ErrUnclosedToken)
	}
	s.last = s.i
	n := string(s.b[s.i:j])
	s.i = j
	return n, nil
}

// literal reads a quoted string.
func (s *dtdScan) literal() (string, error) {
	s.space()
	if err := s.more(); err != nil {
		return "", err
	}
	q := s.b[s.i]
	if q != '"' && q != '\'' {
		return "", s.p.errorAt(s.i, ErrSyntax)
	}
	j := s.i + 1
	for j < len(s.b) && s.b[j] != q {
		j++
	}
	if j == len(s.b) {
		return "", s.p.incomplete(s.i, ErrUnclosedToken)
	}
	if err := s.p.checkChars(s.b, s.i+1, j); err != nil {
		return "", err
	}
	s.last = s.i
	v := string(s.b[s.i+1 : j])
	s.i = j + 1
	return v, nil
}

// peek returns the next byte after white space (0 at the end).
func (s *dtdScan) peek() byte {
	s.space()
	if s.i >= len(s.b) {
		return 0
	}
	return s.b[s.i]
}

// expect reads byte c.
func (s *dtdScan) expect(c byte) error {
	s.space()
	if err := s.more(); err != nil {
		return err
	}
	if s.b[s.i] != c {
		return s.p.errorAt(s.i, ErrSyntax)
	}
	s.last = s.i
	s.i++
	return nil
}

// externalID reads SYSTEM "sys" or PUBLIC "pub" "sys" (the system
// literal optional when notation is set).
func (s *dtdScan) externalID(keyword string, notation bool) (sys, pub Opt, err error) {
	switch keyword {
	case "SYSTEM":
		v, err := s.literal()
		return some(v), pub, err
	case "PUBLIC":
		v, err := s.literal()
		if err != nil {
			return sys, pub, err
		}
		pub = some(v)
		if c := s.peek(); notation && c != '"' && c != '\'' {
			return sys, pub, nil
		}
		v, err = s.literal()
		return some(v), pub, err
	}
	return sys, pub, s.p.errorAt(s.last, ErrSyntax)
}

// doctype parses <!DOCTYPE name ExternalID? [subset]? >.
func (p *Parser) doctype(b []byte, i int) (int, error) {
	s := &dtdScan{p: p, b: b, i: i + 9}
	name, err := s.name()
	if err != nil {
		return i, err
	}
	var sys, pub Opt
	if c := s.peek(); c != '[' && c != '>' {
		kw, err := s.name()
		if err != nil {
			return i, err
		}
		if sys, pub, err = s.externalID(kw, false); err != nil {
			return i, err
		}
		p.external = true
		if !p.ParamEntityParsing {
			if err := p.notStandalone(s.last); err != nil {
				return i, err
			}
		}
	}
	// The whole declaration must be in the buffer before its events.
	end, err := p.doctypeEnd(b, s.i)
	if err != nil {
		return i, err
	}
	subset := s.peek() == '['
	start := &Event{Kind: StartDoctype, Name: name, System: sys, Public: pub, Flag: boolInt(subset)}
	if p.H.Handles(StartDoctype) {
		if err := p.emit(s.i, start); err != nil {
			return i, err
		}
	} else if err := p.doctypeDefault(b, i, s.i); err != nil {
		return i, err
	}
	if subset {
		if !p.H.Handles(StartDoctype) {
			if err := p.emitDefault(s.i, b[s.i:s.i+1]); err != nil {
				return i, err
			}
		}
		s.i++
		if err := p.internalSubset(s); err != nil {
			return i, err
		}
	}
	if err := s.expect('>'); err != nil {
		return i, err
	}
	if p.H.Handles(EndDoctype) {
		return end, p.emit(end-1, &Event{Kind: EndDoctype})
	}
	return end, p.emitDefault(end-1, b[end-1:end])
}

// doctypeDefault reports the tokens of a doctype's start, b[i:j], to
// the default handler one by one, as expat does.
func (p *Parser) doctypeDefault(b []byte, i, j int) error {
	if !p.H.Handles(Default) {
		return nil
	}
	if err := p.emitDefault(i, b[i:i+9]); err != nil {
		return err
	}
	for k := i + 9; k < j; {
		e := k + 1
		switch {
		case isSpace(b[k]):
			e = skipSpace(b, k)
		case b[k] == '"' || b[k] == '\'':
			e = k + 1 + strings.IndexByte(string(b[k+1:j]), b[k]) + 1
		default:
			for e < j && !isSpace(b[e]) && b[e] != '"' && b[e] != '\'' {
				e++
			}
		}
		if err := p.emitDefault(k, b[k:e]); err != nil {
			return err
		}
		k = e
	}
	return nil
}

// doctypeEnd finds the '>' closing a doctype whose internal subset (if
// any) starts at or after b[i], skipping literals and comments.
func (p *Parser) doctypeEnd(b []byte, i int) (int, error) {
	var quote byte
	inSubset := false
	for j := i; j < len(b); j++ {
		c := b[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case hasPrefixAt(b, j, "<!--"):
			k := indexFrom(b, j+4, "-->")
			if k < 0 {
				j = len(b)
				continue
			}
			j = k + 2
		case c == '"' || c == '\'':
			quote = c
		case c == '[':
			inSubset = true
		case c == ']':
			inSubset = false
		case c == '>' && !inSubset:
			return j + 1, nil
		}
	}
	return 0, p.incomplete(i, ErrUnclosedToken)
}

// internalSubset parses the declarations up to ']'.
func (p *Parser) internalSubset(s *dtdScan) error {
	for {
		j := skipSpace(s.b, s.i)
		if j > s.i {
			if err := p.emitDefault(s.i, s.b[s.i:j]); err != nil {
				return err
			}
			s.i = j
		}
		if err := s.more(); err != nil {
			return err
		}
		b, i := s.b, s.i
		var err error
		switch {
		case b[i] == ']':
			if !p.H.Handles(StartDoctype) {
				if err := p.emitDefault(i, b[i:i+1]); err != nil {
					return err
				}
			}
			s.i++
			return nil
		case b[i] == '%':
			s.i = i + 1
			if _, err = s.name(); err == nil {
				err = s.expect(';')
			}
			p.external = true
			if err == nil {
				err = p.notStandalone(i)
			}
		case hasPrefixAt(b, i, "<!--"):
			s.i, err = p.comment(b, i)
		case hasPrefixAt(b, i, "<?"):
			s.i, err = p.procInst(b, i, false)
		case hasPrefixAt(b, i, "<!ENTITY"):
			s.i += 8
			err = p.entityDecl(s, i)
		case hasPrefixAt(b, i, "<!ELEMENT"):
			s.i += 9
			err = p.elementDecl(s, i)
		case hasPrefixAt(b, i, "<!ATTLIST"):
			s.i += 9
			err = p.attlistDecl(s, i)
		case hasPrefixAt(b, i, "<!NOTATION"):
			s.i += 10
			err = p.notationDecl(s, i)
		default:
			err = p.errorAt(i, ErrSyntax)
		}
		if err != nil {
			return err
		}
	}
}

// entityValue is the replacement text of an entity literal: character
// references replaced, general entity references kept.
func (p *Parser) entityValue(v string, at int) (string, error) {
	if !strings.ContainsAny(v, "&%") {
		return v, nil
	}
	var sb strings.Builder
	b := []byte(v)
	for k := 0; k < len(b); k++ {
		switch {
		case b[k] == '%':
			return "", p.errorAt(at, ErrParamEntityRef)
		case b[k] == '&' && k+1 < len(b) && b[k+1] == '#':
			semi := strings.IndexByte(v[k:], ';')
			if semi < 0 {
				return "", p.errorAt(at, ErrInvalidToken)
			}
			saved := p.depth
			p.depth = 0
			s, err := p.charRef(b, k, k+semi)
			p.depth = saved
			if err != nil {
				return "", p.errorAt(at, ErrBadCharRef)
			}
			sb.WriteString(s)
			k += semi
		default:
			sb.WriteByte(b[k])
		}
	}
	return sb.String(), nil
}

// entityDecl parses the rest of <!ENTITY [%] name (value | ExternalID
// [NDATA n]) >.
func (p *Parser) entityDecl(s *dtdScan, start int) error {
	param := false
	if s.peek() == '%' {
		param = true
		s.i++
	}
	name, err := s.name()
	if err != nil {
		return err
	}
	e := &entity{name: name}
	var at int
	if c := s.peek(); c == '"' || c == '\'' {
		v, err := s.literal()
		if err != nil {
			return err
		}
		at = s.last
		if v, err = p.entityValue(v, s.last); err != nil {
			return err
		}
		e.value = some(v)
	} else {
		kw, err := s.name()
		if err != nil {
			return err
		}
		if e.system, e.public, err = s.externalID(kw, false); err != nil {
			return err
		}
		at = s.last
		if c := s.peek(); c != '>' && !param {
			if kw, err := s.name(); err != nil || kw != "NDATA" {
				return p.errorAt(s.last, ErrSyntax)
			}
			n, err := s.name()
			if err != nil {
				return err
			}
			e.notation = some(n)
			at = s.last
		}
	}
	if err := s.expect('>'); err != nil {
		return err
	}
	table := &p.entities
	if param {
		table = &p.params
	}
	if *table == nil {
		*table = map[string]*entity{}
	}
	if _, dup := (*table)[name]; dup {
		return nil
	}
	(*table)[name] = e
	if e.notation.Set && p.H.Handles(UnparsedEntityDecl) {
		return p.emit(at, &Event{Kind: UnparsedEntityDecl, Name: name, System: e.system, Public: e.public, Extra: e.notation})
	}
	if p.H.Handles(EntityDecl) {
		return p.emit(at, &Event{Kind: EntityDecl, Name: name, Flag: boolInt(param), Value: e.value, System: e.system, Public: e.public, Extra: e.notation})
	}
	return p.emitDefault(start, s.b[start:s.i])
}

// notationDecl parses the rest of <!NOTATION name ExternalID >.
func (p *Parser) notationDecl(s *dtdScan, start int) error {
	name, err := s.name()
	if err != nil {
		return err
	}
	kw, err := s.name()
	if err != nil {
		return err
	}
	sys, pub, err := s.externalID(kw, true)
	if err != nil {
		return err
	}
	at := s.last
	if err := s.expect('>'); err != nil {
		return err
	}
	if p.H.Handles(NotationDecl) {
		return p.emit(at, &Event{Kind: NotationDecl, Name: name, System: sys, Public: pub})
	}
	return p.emitDefault(start, s.b[start:s.i])
}

// elementDecl parses the rest of <!ELEMENT name contentspec >.
func (p *Parser) elementDecl(s *dtdScan, start int) error {
	name, err := s.name()
	if err != nil {
		return err
	}
	var m *Model
	if s.peek() == '(' {
		if m, err = p.contentModel(s); err != nil {
			return err
		}
	} else {
		kw, err := s.name()
		if err != nil {
			return err
		}
		switch kw {
		case "EMPTY":
			m = &Model{Type: CTypeEmpty}
		case "ANY":
			m = &Model{Type: CTypeAny}
		default:
			return p.errorAt(s.last, ErrSyntax)
		}
	}
	at := s.last
	if err := s.expect('>'); err != nil {
		return err
	}
	if p.H.Handles(ElementDecl) {
		return p.emit(at, &Event{Kind: ElementDecl, Name: name, Model: m})
	}
	return p.emitDefault(start, s.b[start:s.i])
}

// quantifier reads an optional ?, * or +.
func (s *dtdScan) quantifier() int {
	if s.i < len(s.b) {
		switch s.b[s.i] {
		case '?':
			s.i++
			return CQuantOpt
		case '*':
			s.i++
			return CQuantRep
		case '+':
			s.i++
			return CQuantPlus
		}
	}
	return CQuantNone
}

// contentModel parses a parenthesized content model (mixed or children).
func (p *Parser) contentModel(s *dtdScan) (*Model, error) {
	if err := s.expect('('); err != nil {
		return nil, err
	}
	if s.peek() == '#' {
		s.i++
		kw, err := s.name()
		if err != nil || kw != "PCDATA" {
			return nil, p.errorAt(s.last, ErrSyntax)
		}
		m := &Model{Type: CTypeMixed}
		for s.peek() == '|' {
			s.i++
			n, err := s.name()
			if err != nil {
				return nil, err
			}
			m.Children = append(m.Children, &Model{Type: CTypeName, Name: some(n)})
		}
		if err := s.expect(')'); err != nil {
			return nil, err
		}
		if s.quantifier() == CQuantRep {
			m.Quant = CQuantRep
		}
		return m, nil
	}
	return p.particleGroup(s)
}

// particleGroup parses a choice or sequence after its '('.
func (p *Parser) particleGroup(s *dtdScan) (*Model, error) {
	m := &Model{Type: CTypeSeq}
	var sep byte
	for {
		var cp *Model
		if s.peek() == '(' {
			s.i++
			var err error
			if cp, err = p.particleGroup(s); err != nil {
				return nil, err
			}
		} else {
			n, err := s.name()
			if err != nil {
				return nil, err
			}
			cp = &Model{Type: CTypeName, Name: some(n), Quant: s.quantifier()}
		}
		m.Children = append(m.Children, cp)
		c := s.peek()
		switch {
		case c == ')':
			s.last = s.i
			s.i++
			if sep == '|' {
				m.Type = CTypeChoice
			}
			m.Quant = s.quantifier()
			if len(m.Children) == 1 && sep == 0 {
				m.Type = CTypeSeq
			}
			return m, nil
		case (c == '|' || c == ',') && (sep == 0 || sep == c):
			sep = c
			s.i++
		default:
			if c == 0 {
				return nil, s.p.incomplete(s.i, ErrUnclosedToken)
			}
			return nil, p.errorAt(s.i, ErrSyntax)
		}
	}
}

// attlistDecl parses the rest of <!ATTLIST element (name type default)* >.
func (p *Parser) attlistDecl(s *dtdScan, start int) error {
	el, err := s.name()
	if err != nil {
		return err
	}
	var events []*Event
	var ats []int
	for s.peek() != '>' {
		name, err := s.name()
		if err != nil {
			return err
		}
		var typ string
		if s.peek() == '(' {
			j := strings.IndexByte(string(s.b[s.i:]), ')')
			if j < 0 {
				return s.p.incomplete(s.i, ErrUnclosedToken)
			}
			typ = strings.Join(strings.Fields(string(s.b[s.i:s.i+j+1])), "")
			s.i += j + 1
		} else {
			if typ, err = s.name(); err != nil {
				return err
			}
			if typ == "NOTATION" {
				s.space()
				j := strings.IndexByte(string(s.b[s.i:]), ')')
				if j < 0 {
					return s.p.incomplete(s.i, ErrUnclosedToken)
				}
				typ += strings.Join(strings.Fields(string(s.b[s.i:s.i+j+1])), "")
				s.i += j + 1
			}
		}
		ev := &Event{Kind: AttlistDecl, Name: el, Text: name, Extra: some(typ)}
		if typ != "CDATA" {
			p.declareTokenized(el, name)
		}
		if s.peek() == '#' {
			hash := s.i
			s.i++
			kw, err := s.name()
			if err != nil {
				return err
			}
			s.last = hash
			switch kw {
			case "REQUIRED":
				ev.Flag = 1
			case "IMPLIED":
			case "FIXED":
				ev.Flag = 1
				v, err := s.literal()
				if err != nil {
					return err
				}
				ev.Value = some(v)
			default:
				return p.errorAt(s.last, ErrSyntax)
			}
		} else {
			v, err := s.literal()
			if err != nil {
				return err
			}
			ev.Value = some(v)
		}
		if ev.Value.Set {
			v := []byte(ev.Value.S)
			norm, err := p.attrValue(v, 0, len(v))
			if err != nil {
				return err
			}
			if typ != "CDATA" {
				norm = collapseSpaces(norm)
			}
			ev.Value = some(norm)
			p.addAttrDefault(el, name, norm)
		}
		events = append(events, ev)
		ats = append(ats, s.last)
	}
	if err := s.expect('>'); err != nil {
		return err
	}
	if !p.H.Handles(AttlistDecl) {
		return p.emitDefault(start, s.b[start:s.i])
	}
	for k, ev := range events {
		if err := p.emit(ats[k], ev); err != nil {
			return err
		}
	}
	return nil
}

// addAttrDefault records the first declared default of an attribute.
func (p *Parser) addAttrDefault(el, name, value string) {
	if p.defaults == nil {
		p.defaults = map[string][]Attr{}
	}
	for _, a := range p.defaults[el] {
		if a.Name == name {
			return
		}
	}
	p.defaults[el] = append(p.defaults[el], Attr{Name: name, Value: value})
}

// declareTokenized records that attribute name of element el has a
// tokenized type, whose values have their spaces collapsed.
func (p *Parser) declareTokenized(el, name string) {
	if p.tokenized == nil {
		p.tokenized = map[[2]string]bool{}
	}
	p.tokenized[[2]string{el, name}] = true
}

// collapseSpaces trims spaces and makes each run of them one.
func collapseSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' }), " ")
}

// notStandalone asks the NotStandalone handler, for a document that is
// not declared standalone, whether to go on without its external
// declarations.
func (p *Parser) notStandalone(i int) error {
	if p.standalone || !p.H.Handles(NotStandalone) {
		return nil
	}
	return p.emit(i, &Event{Kind: NotStandalone})
}
