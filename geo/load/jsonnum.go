package load

import (
	"errors"
	"math"
	"strconv"
)

// number reads a JSON number. allowNaN also accepts the non-standard
// literals NaN, Infinity and -Infinity that some writers emit.
func (s *scanner) number(allowNaN bool) (float64, error) {
	s.peek()
	start := s.pos
	for {
		for s.pos < s.end && isNumByte(s.buf[s.pos]) {
			s.pos++
		}
		if s.pos < s.end {
			break
		}
		n := s.pos - start
		more := s.more(start) // moves the buffer, even at the end of input
		start = s.pos - n
		if !more {
			break
		}
	}
	b := s.buf[start:s.pos]
	if len(b) == 0 || (len(b) == 1 && b[0] == '-') {
		if allowNaN {
			if v, ok := s.nonFinite(len(b) == 1); ok {
				return v, nil
			}
		}
		s.pos = start
		return 0, s.unexpected("a number")
	}
	if v, ok := fastFloat(b); ok {
		return v, nil
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		s.pos = start
		return 0, s.errorf("invalid number %q", b)
	}
	return v, nil
}

// nonFinite reads NaN or Infinity after an optional minus sign.
func (s *scanner) nonFinite(neg bool) (float64, bool) {
	for _, lit := range []string{"NaN", "Infinity"} {
		if s.literal(lit) {
			if lit == "NaN" {
				return math.NaN(), true
			}
			if neg {
				return math.Inf(-1), true
			}
			return math.Inf(1), true
		}
	}
	return 0, false
}

func isNumByte(c byte) bool {
	return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'
}

// pow10 holds the powers of ten that float64 represents exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// fastFloat parses the common plain decimals ("-106.912345") exactly:
// when the digits fit in 2^53 and the fraction has at most 22 digits, one
// correctly rounded division gives the same result as strconv. Anything
// else (exponents, long mantissas, bad syntax) returns ok=false.
func fastFloat(b []byte) (float64, bool) {
	i, neg := 0, false
	if b[0] == '-' {
		neg, i = true, 1
	}
	if i >= len(b) || b[i] < '0' || b[i] > '9' || (b[i] == '0' && i+1 < len(b) && b[i+1] >= '0' && b[i+1] <= '9') {
		return 0, false
	}
	var mant uint64
	frac := -1
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			mant = mant*10 + uint64(c-'0')
			if mant >= 1<<53 {
				return 0, false
			}
			if frac >= 0 {
				frac++
			}
		case c == '.' && frac < 0:
			frac = 0
		default:
			return 0, false
		}
	}
	if frac == 0 || frac > 22 {
		return 0, false
	}
	v := float64(mant)
	if frac > 0 {
		v /= pow10[frac]
	}
	if neg {
		v = -v
	}
	return v, true
}
