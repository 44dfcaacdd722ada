package load

import (
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/khoroomap/khoroomap/geo/words"
)

// maxDepth bounds how deeply JSON values may nest before the reader gives
// up; real GeoJSON needs at most a dozen levels.
const maxDepth = 128

// scanner is a small streaming JSON tokenizer over an io.Reader. It keeps
// one growing buffer, tracks line and column for error messages and parses
// numbers without allocating. It is not safe for concurrent use.
type scanner struct {
	r         io.Reader
	buf       []byte
	pos, end  int
	base      int64 // file offset of buf[0]
	line      int   // line of buf[pos], from 1
	lineStart int64 // file offset where that line starts
	eof       bool
	readErr   error
	tmp       []byte // scratch for unescaped strings
	key       []byte // the object key being handled
	// propsFrom is the file offset where the properties being read
	// began, -1 outside properties (see overRow).
	propsFrom int64
}

// syntaxError is a JSON syntax problem at a place in the file.
type syntaxError struct {
	line, col int
	why       error // a words error: the translations word it
}

func (e *syntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.line, e.col, e.why)
}

func newScanner(r io.Reader) *scanner {
	return &scanner{r: r, buf: make([]byte, 64<<10), line: 1, propsFrom: -1}
}

// more reads more input, keeping buf[keep:end] (which moves to the front).
// It returns false at the end of input.
func (s *scanner) more(keep int) bool {
	if s.eof {
		return false
	}
	if keep > 0 {
		n := copy(s.buf, s.buf[keep:s.end])
		s.base += int64(keep)
		s.pos -= keep
		s.end = n
	}
	if s.end == len(s.buf) {
		nb := make([]byte, 2*len(s.buf))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	for {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.eof = true
			if !errors.Is(err, io.EOF) {
				s.readErr = err
			}
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
}

// errorf returns a syntaxError at the current position.
func (s *scanner) errorf(format string, args ...any) error {
	if s.readErr != nil {
		return s.readErr
	}
	col := int(s.base+int64(s.pos)-s.lineStart) + 1
	return &syntaxError{line: s.line, col: col, why: words.Errorf(format, args...)}
}

// mark is a remembered place in the input, for errors about a value that
// started there.
type mark struct {
	line           int
	off, lineStart int64
}

func (s *scanner) mark() mark {
	return mark{s.line, s.base + int64(s.pos), s.lineStart}
}

// errorAt returns a syntaxError at a remembered place.
func (s *scanner) errorAt(m mark, format string, args ...any) error {
	return &syntaxError{line: m.line, col: int(m.off-m.lineStart) + 1, why: words.Errorf(format, args...)}
}

// unexpected describes the byte at pos, or the end of input, as an error;
// want is a key of the translations.
func (s *scanner) unexpected(text string) error {
	want := phrase(text)
	if s.pos >= s.end && !s.more(s.pos) {
		return s.errorf("unexpected end of file, expected %s (the file looks truncated)", want)
	}
	c := s.buf[s.pos]
	if c < 0x20 || c >= 0x7f {
		return s.errorf("unexpected byte 0x%02x, expected %s", c, want)
	}
	return s.errorf("unexpected %q, expected %s", rune(c), want)
}

// peek skips white space and returns the next byte without consuming it,
// or 0 at the end of input.
func (s *scanner) peek() byte {
	for {
		for s.pos < s.end {
			c := s.buf[s.pos]
			switch c {
			case ' ', '\t', '\r':
				s.pos++
			case '\n':
				s.pos++
				s.line++
				s.lineStart = s.base + int64(s.pos)
			default:
				return c
			}
		}
		if !s.more(s.pos) {
			return 0
		}
	}
}

// consume skips white space and the byte c, or fails naming want.
func (s *scanner) consume(c byte, want string) error {
	if s.peek() != c {
		return s.unexpected(want)
	}
	s.pos++
	return nil
}

// stringBytes reads a JSON string and returns its unescaped bytes, valid
// until the next call on s.
func (s *scanner) stringBytes() ([]byte, error) {
	s.peek()
	m := s.mark()
	if err := s.consume('"', "a string"); err != nil {
		return nil, err
	}
	start := s.pos
	for {
		for s.pos < s.end {
			c := s.buf[s.pos]
			if c == '"' {
				b := s.buf[start:s.pos]
				s.pos++
				return b, nil
			}
			if c == '\\' || c < 0x20 {
				return s.slowString(m, start)
			}
			s.pos++
		}
		if s.pos-start > int(maxRow) {
			return nil, s.longString(m)
		}
		off := start
		if !s.more(off) {
			return nil, s.errorf("unexpected end of file inside a string (the file looks truncated)")
		}
		start = 0
	}
}

// slowString finishes a string that has escapes, from buf[start:].
func (s *scanner) slowString(m mark, start int) ([]byte, error) {
	s.tmp = append(s.tmp[:0], s.buf[start:s.pos]...)
	for {
		if s.pos >= s.end && !s.more(s.pos) {
			return nil, s.errorf("unexpected end of file inside a string (the file looks truncated)")
		}
		c := s.buf[s.pos]
		switch {
		case c == '"':
			s.pos++
			return s.tmp, nil
		case c < 0x20:
			return nil, s.errorf("control character 0x%02x inside a string", c)
		case c == '\\':
			s.pos++
			if err := s.escape(); err != nil {
				return nil, err
			}
		default:
			s.tmp = append(s.tmp, c)
			s.pos++
		}
		if len(s.tmp) > int(maxRow) {
			return nil, s.longString(m)
		}
	}
}

// escape decodes one escape sequence after a backslash into s.tmp.
func (s *scanner) escape() error {
	if s.pos >= s.end && !s.more(s.pos) {
		return s.errorf("unexpected end of file inside a string")
	}
	c := s.buf[s.pos]
	s.pos++
	switch c {
	case '"', '\\', '/':
		s.tmp = append(s.tmp, c)
	case 'b':
		s.tmp = append(s.tmp, '\b')
	case 'f':
		s.tmp = append(s.tmp, '\f')
	case 'n':
		s.tmp = append(s.tmp, '\n')
	case 'r':
		s.tmp = append(s.tmp, '\r')
	case 't':
		s.tmp = append(s.tmp, '\t')
	case 'u':
		r, err := s.hex4()
		if err != nil {
			return err
		}
		if utf16.IsSurrogate(r) {
			r = s.lowSurrogate(r)
		}
		s.tmp = utf8.AppendRune(s.tmp, r)
	default:
		s.pos--
		return s.errorf("invalid escape \\%c in a string", c)
	}
	return nil
}

// lowSurrogate completes a UTF-16 surrogate pair if one follows.
func (s *scanner) lowSurrogate(hi rune) rune {
	save := s.pos
	if s.pos+1 < s.end || s.more(s.pos) {
		if s.pos+1 < s.end && s.buf[s.pos] == '\\' && s.buf[s.pos+1] == 'u' {
			s.pos += 2
			if lo, err := s.hex4(); err == nil {
				if r := utf16.DecodeRune(hi, lo); r != utf8.RuneError {
					return r
				}
			}
		}
	}
	s.pos = save
	return utf8.RuneError
}

// hex4 reads the four hex digits of a \u escape.
func (s *scanner) hex4() (rune, error) {
	var r rune
	for i := 0; i < 4; i++ {
		if s.pos >= s.end && !s.more(s.pos) {
			return 0, s.errorf("unexpected end of file inside a \\u escape")
		}
		c := s.buf[s.pos]
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, s.errorf("invalid \\u escape in a string")
		}
		r = r<<4 | rune(v)
		s.pos++
	}
	return r, nil
}

// str reads a JSON string as a Go string.
func (s *scanner) str() (string, error) {
	b, err := s.stringBytes()
	return string(b), err
}

// literal consumes word if the input continues with it.
func (s *scanner) literal(word string) bool {
	for s.end-s.pos < len(word) {
		if !s.more(s.pos) {
			break
		}
	}
	if s.end-s.pos < len(word) || string(s.buf[s.pos:s.pos+len(word)]) != word {
		return false
	}
	s.pos += len(word)
	return true
}
