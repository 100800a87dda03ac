package sre

import "bytes"

// search is SRE(search): it uses the INFO block's literal prefix or first
// character set to skip positions where no match can start.
func (m *matcher[C]) search() (bool, error) {
	code := m.code
	s := m.s
	ptr := m.Start
	end := m.End
	if ptr > end {
		return false, nil
	}
	pc := 0
	var flags uint32
	prefixLen, prefixSkip, prefix, overlap, charset := 0, 0, -1, -1, -1
	if code[0] == opInfo {
		// <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
		flags = code[2]
		min := int64(code[3])
		if min != 0 && int64(end-ptr) < min {
			return false, nil
		}
		if min > 1 {
			end -= int(min) - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPrefix != 0 {
			// <length> <skip> <prefix data> <overlap data>
			prefixLen = int(code[5])
			prefixSkip = int(code[6])
			prefix = 7
			overlap = prefix + prefixLen - 1
		} else if flags&infoCharset != 0 {
			charset = 5
		}
		pc = 1 + int(code[1])
	}

	if prefixLen == 1 {
		c := code[prefix]
		end = m.End
		m.MustAdvance = false
		for ptr < end {
			if ptr = m.indexChar(ptr, end, c); ptr < 0 {
				return false, nil
			}
			m.Start = ptr
			m.Ptr = ptr + prefixSkip
			if flags&infoLiteral != 0 {
				return true, nil
			}
			ok, err := m.match(pc+2*prefixSkip, false)
			if ok || err != nil {
				return ok, err
			}
			ptr++
			m.LastMark, m.LastIndex = -1, -1
		}
		return false, nil
	}

	if prefixLen > 1 {
		end = m.End
		if prefixLen > end-ptr {
			return false, nil
		}
		for ptr < end {
			c := code[prefix]
			for {
				x := uint32(s[ptr])
				ptr++
				if x == c {
					break
				}
				if ptr >= end {
					return false, nil
				}
			}
			if ptr >= end {
				return false, nil
			}
			i := 1
			m.MustAdvance = false
			for {
				if uint32(s[ptr]) == code[prefix+i] {
					i++
					if i != prefixLen {
						ptr++
						if ptr >= end {
							return false, nil
						}
						continue
					}
					m.Start = ptr - (prefixLen - 1)
					m.Ptr = ptr - (prefixLen - prefixSkip - 1)
					if flags&infoLiteral != 0 {
						return true, nil
					}
					ok, err := m.match(pc+2*prefixSkip, false)
					if ok || err != nil {
						return ok, err
					}
					ptr++
					if ptr >= end {
						return false, nil
					}
					m.LastMark, m.LastIndex = -1, -1
				}
				i = int(code[overlap+i])
				if i == 0 {
					break
				}
			}
		}
		return false, nil
	}

	if charset >= 0 {
		end = m.End
		m.MustAdvance = false
		table := m.byteTable(charset)
		for {
			if table != nil {
				for ptr < end && !table[s[ptr]&0xff] {
					ptr++
				}
			} else {
				for ptr < end && !inCharset(code, charset, uint32(s[ptr])) {
					ptr++
				}
			}
			if ptr >= end {
				return false, nil
			}
			m.Start = ptr
			m.Ptr = ptr
			ok, err := m.match(pc, false)
			if ok || err != nil {
				return ok, err
			}
			ptr++
			m.LastMark, m.LastIndex = -1, -1
		}
	}

	m.Start, m.Ptr = ptr, ptr
	ok, err := m.match(pc, true)
	m.MustAdvance = false
	if err != nil || ok {
		return ok, err
	}
	if code[pc] == opAt && (code[pc+1] == atBeginning || code[pc+1] == atBeginningString) {
		m.Start, m.Ptr = end, end
		return false, nil
	}
	if first := m.firstTable(pc); first != nil {
		// No match can start at a byte outside first, nor at the end.
		b := any(s).([]byte)
		stop := min(end+1, m.End)
		for ptr++; ptr < stop; ptr++ {
			if !first[b[ptr]] {
				continue
			}
			m.LastMark, m.LastIndex = -1, -1
			m.Start, m.Ptr = ptr, ptr
			ok, err = m.match(pc, false)
			if err != nil || ok {
				return ok, err
			}
		}
		m.Start, m.Ptr = end, end
		return false, nil
	}
	for ptr < end {
		ptr++
		m.LastMark, m.LastIndex = -1, -1
		m.Start, m.Ptr = ptr, ptr
		ok, err = m.match(pc, false)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// firstTable returns, for a byte subject, the bytes a match of the code
// from pc can start with (firstBytes), worked out once per state; nil for
// a rune subject or when there is no such set.
func (m *matcher[C]) firstTable(pc int) *[256]bool {
	if _, ok := any(m.s).([]byte); !ok {
		return nil
	}
	if !m.firstDone || m.firstPC != pc {
		m.first, m.firstPC, m.firstDone = firstBytes(m.code, pc), pc, true
	}
	return m.first
}

// indexChar returns the first position in [from, end) holding c, or -1.
func (m *matcher[C]) indexChar(from, end int, c uint32) int {
	if b, ok := any(m.s).([]byte); ok {
		if c > 0xff {
			return -1
		}
		if i := bytes.IndexByte(b[from:end], byte(c)); i >= 0 {
			return from + i
		}
		return -1
	}
	for i := from; i < end; i++ {
		if uint32(m.s[i]) == c {
			return i
		}
	}
	return -1
}

// byteTable returns, for a byte subject, the membership of every byte in
// the set at code[i:], computed once per state; nil for a rune subject.
func (m *matcher[C]) byteTable(i int) *[256]bool {
	if _, ok := any(m.s).([]byte); !ok {
		return nil
	}
	if m.table == nil || m.tablePC != i {
		t := new([256]bool)
		for c := range t {
			t[c] = inCharset(m.code, i, uint32(c))
		}
		m.table, m.tablePC = t, i
	}
	return m.table
}
