// Package place knows Ulaanbaatar's places by key rather than by label: a
// khoroo is (district, number), since several districts have a "1-р
// хороо". It derives the key from what real boundary files carry (a
// district column, "СБД_06", "13-хороо", the district's file name) and
// gives the names people read.
package place

import (
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

// District is one of Ulaanbaatar's nine districts (дүүрэг).
type District struct {
	// Code is the stable key: the city's file code ("sbd").
	Code string
	// Name is the Mongolian name ("Сүхбаатар"); Short its abbreviation
	// as printed on maps ("СБД"); Latin its usual English spelling.
	Name, Short, Latin string
}

// Districts lists the nine districts in alphabetical order of their
// Mongolian names.
var Districts = []District{
	{"bnd", "Багануур", "БНД", "Baganuur"},
	{"bhd", "Багахангай", "БХД", "Bagakhangai"},
	{"bgd", "Баянгол", "БГД", "Bayangol"},
	{"bzd", "Баянзүрх", "БЗД", "Bayanzurkh"},
	{"nad", "Налайх", "НД", "Nalaikh"},
	{"shd", "Сонгинохайрхан", "СХД", "Songinokhairkhan"},
	{"sbd", "Сүхбаатар", "СБД", "Sukhbaatar"},
	{"hud", "Хан-Уул", "ХУД", "Khan-Uul"},
	{"chd", "Чингэлтэй", "ЧД", "Chingeltei"},
}

// districtSpellings holds each district's names, abbreviation and code folded
// as FindDistrict compares them, by district index.
var districtSpellings = func() [][]string {
	out := make([][]string, len(Districts))
	for i, d := range Districts {
		for _, v := range []string{d.Name, d.Latin, d.Short, d.Code} {
			out[i] = append(out[i], fold(v))
		}
	}
	return out
}()

// fold is a search key without spaces and without "district" words.
func fold(s string) string {
	k := strings.TrimSpace(geo.SearchKey(s))
	for _, suffix := range []string{" dooreg", " district", " d"} {
		k = strings.TrimSuffix(k, suffix)
	}
	return strings.ReplaceAll(k, " ", "")
}

// FindDistrict tells which district a text names: its Mongolian or Latin
// name in any spelling the search box accepts ("Sükhbaatar",
// "Сүхбаатар дүүрэг", "Khan Uul"), its abbreviation ("СБД") or its code
// ("sbd"). It reports false for anything else, "" included.
func FindDistrict(s string) (District, bool) {
	k := fold(s)
	if k == "" {
		return District{}, false
	}
	for i, spellings := range districtSpellings {
		for _, v := range spellings {
			if k == v {
				return Districts[i], true
			}
		}
	}
	return District{}, false
}

// districtOfFile is the district a file's name gives ("sbd.kml",
// "Bayanzürkh.json", "bgd-1.kml"), if any.
func districtOfFile(path string) (District, bool) {
	base := filepath.Base(strings.ReplaceAll(path, `\`, "/"))
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if d, ok := FindDistrict(base); ok {
		return d, true
	}
	if i := strings.IndexAny(base, "-_ "); i > 0 {
		return FindDistrict(base[:i])
	}
	return District{}, false
}
