package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khoroomap/khoroomap/geo"
)

// part is a run of letters or of digits cut out of a text.
type part struct {
	text  string
	num   bool
	glued bool // written against the part before it, with no space ("6-р", "СБД_06")
}

// split cuts text at spaces, at punctuation and between letters and
// digits. A number keeps one decimal point or comma between digits
// ("5847.01"), so measurements stay one word.
func split(text string, parts []part) []part {
	glued := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) && !unicode.IsDigit(r) {
			glued = glued && !unicode.IsSpace(r)
			i += n
			continue
		}
		num := !isLetter(r)
		j := runEnd(text, i+n, num)
		parts = append(parts, part{text: text[i:j], num: num, glued: glued})
		glued = true
		i = j
	}
	return parts
}

// runEnd is where the run of digits (num) or letters going on at text[j]
// ends; a number takes in one decimal point or comma followed by a digit.
func runEnd(text string, j int, num bool) int {
	point := false
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case !num && isLetter(r), num && unicode.IsDigit(r):
		case num && !point && (r == '.' || r == ',') && j+n < len(text) && isDigitAt(text, j+n):
			point = true
		default:
			return j
		}
		j += n
	}
	return j
}

// isLetter is unicode.IsLetter, quicker for ASCII and Cyrillic.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0x400 && r < 0x500:
		return r <= 0x481 || r >= 0x48a
	}
	return unicode.IsLetter(r)
}

func isDigitAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsDigit(r)
}

// ordinals are the folded endings of an ordinal number: "6-р" (-р for
// -дугаар/-дүгээр), "6-r", "6th", "2nd".
var ordinals = map[string]bool{"r": true, "dogaar": true, "dogeer": true, "th": true, "st": true, "nd": true, "rd": true}

// words cuts text into folded words: letters transliterated and folded as
// geo.SearchKey does, numbers without zero padding, ordinal endings
// written against a number dropped, and district abbreviations and
// spellings turned into the district's folded name.
func words(text string) []string {
	var c cutter
	return c.cut(text)
}

// cutter cuts texts into words as words does, reusing its buffers, keeping
// the words of many texts in one array and sharing the strings of words
// it has seen before. Not safe for concurrent use.
type cutter struct {
	parts []part
	key   []byte
	seen  map[string]string
	arena []string
	// districtKeys remembers which property keys name the district.
	districtKeys map[string]bool
}

func newCutter() *cutter {
	return &cutter{seen: map[string]string{}, districtKeys: map[string]bool{}}
}

// cut returns text's words.
func (c *cutter) cut(text string) []string {
	if c.seen != nil && cap(c.arena)-len(c.arena) < 64 { // a new block; the words cut so far stay where they are
		c.arena = make([]string, 0, 4096)
	}
	start := len(c.arena)
	prevNum := false
	c.parts = split(text, c.parts[:0])
	for _, p := range c.parts {
		if p.num {
			c.arena = append(c.arena, trimZeros(p.text))
			prevNum = true
			continue
		}
		c.key = geo.AppendSearchKey(c.key[:0], p.text)
		if len(c.key) > 0 && !(prevNum && p.glued && ordinals[string(c.key)]) {
			c.arena = append(c.arena, c.intern(c.key))
		}
		prevNum = false
	}
	ws := canonDistricts(c.arena[start:])
	c.arena = c.arena[:start+len(ws)]
	return ws[:len(ws):len(ws)]
}

// join runs words together ("songino hairhan" gives "songinohairhan").
func (c *cutter) join(ws []string) string {
	if len(ws) == 1 {
		return ws[0]
	}
	c.key = c.key[:0]
	for _, w := range ws {
		c.key = append(c.key, w...)
	}
	return c.intern(c.key)
}

// intern is b as a string, the same string each time when c keeps them.
func (c *cutter) intern(b []byte) string {
	if s, ok := c.seen[string(b)]; ok {
		return s
	}
	s := string(b)
	if c.seen != nil {
		c.seen[s] = s
	}
	return s
}

// trimZeros drops a number's zero padding: "06" is 6, "0" stays 0.
func trimZeros(n string) string {
	t := strings.TrimLeft(n, "0")
	if t == "" || t[0] == '.' || t[0] == ',' {
		return "0" + t
	}
	return t
}

// isLetters reports whether a folded word is a word rather than a number.
func isLetters(w string) bool { return w != "" && !isNumber(w) }

// isNumber reports whether a folded word is a number.
func isNumber(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// optional are words a query may hold that a feature need not: the kind
// of place ("хороо", "khoroo", "дүүрэг", "district"), which the city's
// files often leave out ("СБД_06").
var optional = map[string]bool{"horoo": true, "dooreg": true, "doorgiin": true, "district": true, "dogaar": true, "dogeer": true}
