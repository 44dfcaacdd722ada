package geo

import (
	"slices"
	"strings"
	"unicode"
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

// folds merges the Latin spellings of Х (kh, h) and of У, Ү, Ө (u, o).
var folds = strings.NewReplacer("kh", "h", "u", "o")

// SearchKey folds a name or a query into a form in which Cyrillic and Latin
// spellings meet: lower case, Cyrillic transliterated, diacritics and the
// common variants (o/u/ö/ü, kh/h) merged, punctuation dropped.
func SearchKey(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case latin[r] != "" || r == 'ъ':
			sb.WriteString(latin[r])
		case r == 'ö' || r == 'ô':
			sb.WriteByte('o')
		case r == 'ü' || r == 'û':
			sb.WriteByte('u')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			sb.WriteRune(r)
		case unicode.IsSpace(r):
			sb.WriteByte(' ')
		}
	}
	// Ө and Ү are written o or u, ö or ü, even "oe" and "ue": fold them all.
	k := folds.Replace(sb.String())
	return strings.Join(strings.Fields(k), " ")
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
