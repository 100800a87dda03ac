// Package csvcore is the CSV reader state machine and the writer's field
// quoting of CPython 3.11's _csv module, over code points. The vm package
// wraps it as _csv; nothing here knows Python objects.
package csvcore

import "strconv"

// NotSet marks an unset quotechar or escapechar (None in Python). Every
// code point, NUL included, can be a dialect character.
const NotSet rune = -1

// eol is the end of an input line, fed to the parser after its characters.
const eol rune = -2

// Quoting is a dialect's quoting style (csv.QUOTE_*).
type Quoting int

// The quoting styles, numbered as csv's constants.
const (
	QuoteMinimal Quoting = iota
	QuoteAll
	QuoteNonNumeric
	QuoteNone
)

// Dialect holds the parameters of reading and writing.
type Dialect struct {
	Delimiter        rune
	QuoteChar        rune // NotSet for None
	EscapeChar       rune // NotSet for None
	DoubleQuote      bool
	SkipInitialSpace bool
	Strict           bool
	LineTerminator   []rune
	Quoting          Quoting
}

// Error is a CSV error (csv.Error in Python).
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

type parserState int

const (
	startRecord parserState = iota
	startField
	escapedChar
	inField
	inQuotedField
	escapeInQuotedField
	quoteInQuotedField
	eatCRNL
	afterEscapedCRNL
)

// Parser splits input lines into records. Save receives each field as it
// completes, with whether it is to be converted to a number (an unquoted
// field under QuoteNonNumeric); an error from Save stops the parse.
type Parser struct {
	D       *Dialect
	Save    func(field []rune, numeric bool) error
	state   parserState
	field   []rune
	numeric bool
}

// Reset readies the parser for a new record.
func (p *Parser) Reset() {
	p.state = startRecord
	p.field = p.field[:0]
	p.numeric = false
}

// InRecord reports whether a record is incomplete: more lines are needed.
func (p *Parser) InRecord() bool { return p.state != startRecord }

// Feed parses one line of input, its characters then its end; limit is the
// largest field length allowed.
func (p *Parser) Feed(line []rune, limit int) error {
	for _, c := range line {
		if err := p.process(c, limit); err != nil {
			return err
		}
	}
	return p.process(eol, limit)
}

// End finishes the input. It reports whether the last record was cut
// short (a partial field, or an open quote), saving its field unless the
// dialect is strict, where the truncation is an error.
func (p *Parser) End() (bool, error) {
	if len(p.field) == 0 && p.state != inQuotedField {
		return false, nil
	}
	if p.D.Strict {
		return false, &Error{"unexpected end of data"}
	}
	return true, p.saveField()
}

func (p *Parser) saveField() error {
	f, numeric := p.field, p.numeric
	p.field, p.numeric = nil, false
	return p.Save(f, numeric)
}

func (p *Parser) addChar(c rune, limit int) error {
	if len(p.field) >= limit {
		return &Error{"field larger than field limit (" + strconv.Itoa(limit) + ")"}
	}
	p.field = append(p.field, c)
	return nil
}

func isNewline(c rune) bool { return c == '\n' || c == '\r' }

// endLine saves the current field at a line end: the record is complete at
// eol, or the rest of a CR LF pair follows.
func (p *Parser) endLine(c rune) error {
	if err := p.saveField(); err != nil {
		return err
	}
	if c == eol {
		p.state = startRecord
	} else {
		p.state = eatCRNL
	}
	return nil
}

// quotes reports whether c opens or closes a quoted field.
func (p *Parser) quotes(c rune) bool {
	return c == p.D.QuoteChar && p.D.Quoting != QuoteNone
}

func (p *Parser) process(c rune, limit int) error {
	d := p.D
	switch p.state {
	case startRecord:
		if c == eol {
			return nil
		}
		if isNewline(c) {
			p.state = eatCRNL
			return nil
		}
		p.state = startField
		return p.startField(c, limit)
	case startField:
		return p.startField(c, limit)
	case escapedChar:
		if isNewline(c) {
			p.state = afterEscapedCRNL
			return p.addChar(c, limit)
		}
		if c == eol {
			c = '\n'
		}
		p.state = inField
		return p.addChar(c, limit)
	case afterEscapedCRNL:
		if c == eol {
			return nil
		}
		return p.inField(c, limit)
	case inField:
		return p.inField(c, limit)
	case inQuotedField:
		switch {
		case c == eol:
		case c == d.EscapeChar:
			p.state = escapeInQuotedField
		case p.quotes(c):
			if d.DoubleQuote {
				p.state = quoteInQuotedField
			} else {
				p.state = inField
			}
		default:
			return p.addChar(c, limit)
		}
	case escapeInQuotedField:
		if c == eol {
			c = '\n'
		}
		p.state = inQuotedField
		return p.addChar(c, limit)
	case quoteInQuotedField:
		switch {
		case p.quotes(c):
			p.state = inQuotedField
			return p.addChar(c, limit)
		case c == d.Delimiter:
			p.state = startField
			return p.saveField()
		case isNewline(c) || c == eol:
			return p.endLine(c)
		case !d.Strict:
			p.state = inField
			return p.addChar(c, limit)
		default:
			return &Error{"'" + string(d.Delimiter) + "' expected after '" + string(d.QuoteChar) + "'"}
		}
	case eatCRNL:
		switch {
		case isNewline(c):
		case c == eol:
			p.state = startRecord
		default:
			return &Error{"new-line character seen in unquoted field - do you need to open the file in universal-newline mode?"}
		}
	}
	return nil
}

func (p *Parser) startField(c rune, limit int) error {
	d := p.D
	switch {
	case isNewline(c) || c == eol:
		return p.endLine(c)
	case p.quotes(c):
		p.state = inQuotedField
	case c == d.EscapeChar:
		p.state = escapedChar
	case c == ' ' && d.SkipInitialSpace:
	case c == d.Delimiter:
		return p.saveField()
	default:
		if d.Quoting == QuoteNonNumeric {
			p.numeric = true
		}
		p.state = inField
		return p.addChar(c, limit)
	}
	return nil
}

func (p *Parser) inField(c rune, limit int) error {
	d := p.D
	switch {
	case isNewline(c) || c == eol:
		return p.endLine(c)
	case c == d.EscapeChar:
		p.state = escapedChar
	case c == d.Delimiter:
		p.state = startField
		return p.saveField()
	default:
		p.state = inField
		return p.addChar(c, limit)
	}
	return nil
}

// Joiner builds one output record from its fields.
type Joiner struct {
	D      *Dialect
	rec    []rune
	fields int
}

// Reset starts a new record.
func (j *Joiner) Reset() {
	j.rec = j.rec[:0]
	j.fields = 0
}

// Append adds a field to the record, quoting it when quoted is set or
// when it holds a special character, and escaping what must be escaped.
func (j *Joiner) Append(field []rune, quoted bool) error {
	d := j.D
	var body []rune
	for _, c := range field {
		if c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || containsRune(d.LineTerminator, c) {
			escape := false
			switch {
			case d.Quoting == QuoteNone:
				escape = true
			case c == d.QuoteChar && d.DoubleQuote:
				body = append(body, d.QuoteChar)
				quoted = true
			case c == d.QuoteChar || c == d.EscapeChar:
				escape = true
			default:
				quoted = true
			}
			if escape {
				if d.EscapeChar == NotSet {
					return &Error{"need to escape, but no escapechar set"}
				}
				body = append(body, d.EscapeChar)
			}
		}
		body = append(body, c)
	}
	if j.fields > 0 {
		j.rec = append(j.rec, d.Delimiter)
	}
	if quoted {
		j.rec = append(j.rec, d.QuoteChar)
	}
	j.rec = append(j.rec, body...)
	if quoted {
		j.rec = append(j.rec, d.QuoteChar)
	}
	j.fields++
	return nil
}

// Finish returns the record with its line terminator. A record of one
// empty field is written as a quoted empty string, which reads back as
// one field rather than none.
func (j *Joiner) Finish() ([]rune, error) {
	if j.fields > 0 && len(j.rec) == 0 {
		if j.D.Quoting == QuoteNone {
			return nil, &Error{"single empty field record must be quoted"}
		}
		j.fields--
		if err := j.Append(nil, true); err != nil {
			return nil, err
		}
	}
	return append(j.rec, j.D.LineTerminator...), nil
}

func containsRune(rs []rune, c rune) bool {
	for _, r := range rs {
		if r == c {
			return true
		}
	}
	return false
}
