// Package strtod converts decimal text to the nearest float64 whatever
// the number of its digits and the size of its exponent, as CPython's
// dtoa does. strconv.ParseFloat keeps at most 800 digits and loses the
// place of the decimal point beyond them ("1" followed by 800 zeros and
// "e-800" parses as 0.1), so the text is first reduced to at most 768
// significant digits and a sticky one, which round the same way.
package strtod

import (
	"math"
	"strconv"
)

// keptDigits is how many significant digits Parse passes on: the exact
// decimal value of a float64 halfway between two others has at most 767.
const keptDigits = 768

// Parse returns the float64 nearest to the decimal number s: an optional
// sign, digits with at most one '.' among them (at least one digit), and
// an optional exponent (e or E, an optional sign, digits). ok is false
// for any other text, underscores included. Magnitudes beyond float64's
// range give ±Inf, those below half the smallest subnormal ±0.
func Parse(s string) (f float64, ok bool) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	// The significant digits, without leading zeros; point is the
	// decimal exponent of the digit after the last one kept in digits,
	// counted as digits are read; sticky records dropped nonzero digits.
	digits := make([]byte, 0, 32)
	point := 0
	sticky := false
	seenDigit, seenDot := false, false
	zerosPending := 0 // zeros after the last nonzero digit, not yet kept
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			seenDigit = true
			if seenDot {
				point--
			}
			if c == '0' {
				if len(digits) > 0 {
					zerosPending++
				}
				continue
			}
			for ; zerosPending > 0; zerosPending-- {
				if len(digits) < keptDigits {
					digits = append(digits, '0')
				} else {
					point++
				}
			}
			if len(digits) < keptDigits {
				digits = append(digits, c)
			} else {
				sticky = true
				point++
			}
		case c == '.' && !seenDot:
			seenDot = true
		default:
			goto exponent
		}
	}
exponent:
	if !seenDigit {
		return 0, false
	}
	// Trailing zeros of the significand scale it instead.
	point += zerosPending
	exp := 0
	if i < len(s) {
		if s[i] != 'e' && s[i] != 'E' {
			return 0, false
		}
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		if i == len(s) {
			return 0, false
		}
		for ; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			// Saturate: any exponent this large overflows or underflows.
			if exp < 1_000_000_000 {
				exp = exp*10 + int(c-'0')
			}
		}
		if eneg {
			exp = -exp
		}
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	if len(digits) == 0 {
		return math.Copysign(0, sign), true
	}
	// The value is 0.DIGITS × 10^magnitude.
	if magnitude := exp + point + len(digits); magnitude > 310 {
		return math.Inf(int(sign)), true
	} else if magnitude < -330 {
		return math.Copysign(0, sign), true
	}
	if sticky {
		digits = append(digits, '1')
		point--
	}
	text := string(digits) + "e" + strconv.Itoa(exp+point)
	f, err := strconv.ParseFloat(text, 64)
	if ne, isNum := err.(*strconv.NumError); err != nil && (!isNum || ne.Err != strconv.ErrRange) {
		return 0, false
	}
	return sign * f, true
}
