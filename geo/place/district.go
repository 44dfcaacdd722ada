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
	// Spellings are the other ways files and people write it: the city's
	// English files' two-letter codes ("SB_06") and Latin spellings that
	// write й as y ("Chingeltey").
	Spellings []string
}

// Districts lists the nine districts in alphabetical order of their
// Mongolian names.
var Districts = []District{
	{"bnd", "Багануур", "БНД", "Baganuur", []string{"bn"}},
	{"bhd", "Багахангай", "БХД", "Bagakhangai", []string{"bh", "bagahangay"}},
	{"bgd", "Баянгол", "БГД", "Bayangol", []string{"bg"}},
	{"bzd", "Баянзүрх", "БЗД", "Bayanzurkh", []string{"bz"}},
	{"nad", "Налайх", "НД", "Nalaikh", []string{"nalayh"}},
	{"shd", "Сонгинохайрхан", "СХД", "Songinokhairkhan", []string{"songinohayrhan"}},
	{"sbd", "Сүхбаатар", "СБД", "Sukhbaatar", []string{"sb"}},
	{"hud", "Хан-Уул", "ХУД", "Khan-Uul", nil},
	{"chd", "Чингэлтэй", "ЧД", "Chingeltei", []string{"ch", "chingeltey"}},
}

// districtSpellings holds each district's names, abbreviation, code and
// other spellings folded
// as FindDistrict compares them, by district index.
var districtSpellings = func() [][]string {
	out := make([][]string, len(Districts))
	for i, d := range Districts {
		for _, v := range append([]string{d.Name, d.Latin, d.Short, d.Code}, d.Spellings...) {
			out[i] = append(out[i], fold(v))
		}
	}
	return out
}()

// DistrictSpellings are the folded spellings of each district (as
// Districts orders them), its folded Mongolian name first: what the search
// box accepts for it.
func DistrictSpellings() [][]string { return districtSpellings }

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
