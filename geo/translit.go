package geo

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// latin maps Mongolian Cyrillic letters to the Latin spellings people type
// on keyboards without Cyrillic ("Sukhbaatar", "Bayanzurkh", "khoroo").
var latin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "ye", 'ё': "yo", 'ж': "j",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'ө': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ү': "u", 'ф': "f",
	'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sh", 'ъ': "", 'ы': "y", 'ь': "i",
	'э': "e", 'ю': "yu", 'я': "ya",
}

// SearchKey folds a name or a query into a form in which Cyrillic and Latin
// spellings meet: lower case, Cyrillic transliterated, diacritics and the
// common variants (o/u/ö/ü, kh/h) merged, punctuation dropped.
func SearchKey(s string) string {
	return string(AppendSearchKey(nil, s))
}

// AppendSearchKey appends SearchKey(s) to dst, for callers that fold many
// strings and would rather not allocate for each.
func AppendSearchKey(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case isWordRune(r):
			if space {
				dst, space = append(dst, ' '), false
			}
			dst = appendFolded(dst, r)
		case unicode.IsSpace(r):
			space = len(dst) > start
		}
	}
	return foldVariants(dst, start)
}

// cyrillic is latin as a table over the Cyrillic block (U+0400–U+04FF),
// where a look-up costs less than in the map.
var cyrillic = func() (t [0x100]string) {
	for r, l := range latin {
		t[r-0x400] = l
	}
	return t
}()

// isWordRune reports whether a lower-case r is a letter or a digit,
// quickly for ASCII and Mongolian Cyrillic.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	case r >= 0x400 && r < 0x500 && (cyrillic[r-0x400] != "" || r == 'ъ'):
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendFolded appends a lower-case letter or digit in Latin letters.
func appendFolded(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(dst, byte(r))
	}
	if r >= 0x400 && r < 0x500 && (cyrillic[r-0x400] != "" || r == 'ъ') {
		return append(dst, cyrillic[r-0x400]...)
	}
	switch r {
	case 'ö', 'ô':
		return append(dst, 'o')
	case 'ü', 'û':
		return append(dst, 'u')
	}
	return utf8.AppendRune(dst, r)
}

// foldVariants rewrites dst[start:] in place so that the spellings of Ө
// and Ү (o or u, ö or ü) and of Х (kh or h) meet: "kh" becomes "h", "u"
// becomes "o".
func foldVariants(dst []byte, start int) []byte {
	w := start
	for i := start; i < len(dst); i++ {
		c := dst[i]
		switch {
		case c == 'k' && i+1 < len(dst) && dst[i+1] == 'h':
			c, i = 'h', i+1
		case c == 'u':
			c = 'o'
		}
		dst[w] = c
		w++
	}
	return dst[:w]
}

// MatchName reports whether a name matches a search query, in either
// script, word by word as MatchFeature does: "sukhbaatar", "Сүхбаатар" and
// "Сухбаатар" all match "Сүхбаатар дүүрэг". An empty query matches nothing.
func MatchName(name, query string) bool {
	return MatchFeature(&Feature{Name: name}, query)
}

// MatchFeature reports whether a feature matches a search query: every word
// of the query must appear, in either script, in the feature's name or in
// one of its text properties, so "sukhbaatar 6-r" finds the 6th khoroo of
// Сүхбаатар district in a file that keeps the district in its own column.
func MatchFeature(f *Feature, query string) bool {
	words := strings.Fields(SearchKey(query))
	if len(words) == 0 {
		return false
	}
	keys := []string{SearchKey(f.Name)}
	for _, p := range f.Props {
		if s, ok := p.Value.(string); ok {
			keys = append(keys, SearchKey(s))
		}
	}
	for _, w := range words {
		if !slices.ContainsFunc(keys, func(k string) bool { return wordMatch(k, w) }) {
			return false
		}
	}
	return true
}

// wordMatch reports whether query word w matches text k: at the start of
// one of k's words ("6r" finds "6r horoo" but not "16r horoo"), or, for
// words of four letters or more, anywhere ("hairhan" finds
// "songinohairhan").
func wordMatch(k, w string) bool {
	if len([]rune(w)) >= 4 && !strings.ContainsAny(w, "0123456789") {
		return strings.Contains(k, w)
	}
	for _, kw := range strings.Fields(k) {
		if strings.HasPrefix(kw, w) {
			return true
		}
	}
	return false
}

// Transliterate writes Mongolian Cyrillic in Latin letters, lower case,
// as people type it ("Сүхбаатар" gives "sukhbaatar"); other characters are
// kept, lower-cased.
func Transliterate(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if l, ok := latin[r]; ok {
			sb.WriteString(l)
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
