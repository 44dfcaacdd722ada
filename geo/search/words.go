package search

import (
	"strings"
	"unicode"

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
func split(text string) []part {
	var parts []part
	rs := []rune(text)
	glued := false
	for i := 0; i < len(rs); {
		r := rs[i]
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			glued = glued && !unicode.IsSpace(r)
			i++
			continue
		}
		j := i + 1
		num, point := unicode.IsDigit(r), false
		for j < len(rs) && continues(rs, j, num, &point) {
			j++
		}
		parts = append(parts, part{text: string(rs[i:j]), num: num, glued: glued})
		glued = true
		i = j
	}
	return parts
}

// continues reports whether rs[j] continues a run of digits (num) or of
// letters; point records the one decimal point a number may have.
func continues(rs []rune, j int, num bool, point *bool) bool {
	r := rs[j]
	if !num {
		return unicode.IsLetter(r)
	}
	if unicode.IsDigit(r) {
		return true
	}
	decimal := (r == '.' || r == ',') && j+1 < len(rs) && unicode.IsDigit(rs[j+1])
	if !decimal || *point {
		return false
	}
	*point = true
	return true
}

// ordinals are the folded endings of an ordinal number: "6-р" (-р for
// -дугаар/-дүгээр), "6-r", "6th", "2nd".
var ordinals = map[string]bool{"r": true, "dogaar": true, "dogeer": true, "th": true, "st": true, "nd": true, "rd": true}

// words cuts text into folded words: letters transliterated and folded as
// geo.SearchKey does, numbers without zero padding, ordinal endings
// written against a number dropped, and district abbreviations and
// spellings turned into the district's folded name.
func words(text string) []string {
	var out []string
	prevNum := false
	for _, p := range split(text) {
		if p.num {
			out = append(out, trimZeros(p.text))
			prevNum = true
			continue
		}
		w := geo.SearchKey(p.text)
		if w != "" && !(prevNum && p.glued && ordinals[w]) {
			out = append(out, w)
		}
		prevNum = false
	}
	return canonDistricts(out)
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
