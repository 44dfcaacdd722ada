package geo

import (
	"strconv"
	"strings"
)

// NameCandidates are the properties real boundary and point files use for
// a display name, most specific first. ChooseNameField prefers the one that
// is filled most often and tells features apart best; this order breaks ties.
var NameCandidates = []string{
	"name:mn", "name_mn", "name", "Name", "NAME", "нэр", "Нэр", "НЭР",
	"duureg", "district", "prefecture", "aimag",
	"Khoroo_nam", "KH_MON", "khoroo", "kheseg",
	"NAME_3", "NAME_2", "NAME_1", "name_local", "name_en", "KH_ENG",
	"tags.name:mn", "tags.name", "title", "label",
}

// ChooseNameField picks the property that names features best: among the
// NameCandidates present, the one with the highest share of filled,
// distinct values. It returns "" when no feature has any candidate.
func ChooseNameField(features []Feature) string {
	best, bestScore := "", 0.0
	for _, key := range NameCandidates {
		s := nameScore(features, key)
		if s > bestScore {
			best, bestScore = key, s
		}
	}
	return best
}

// nameSample bounds how many features ChooseNameField looks at in a large layer.
const nameSample = 4096

// nameScore is the share of (up to nameSample evenly spaced) features with a distinct, non-empty value for key.
func nameScore(features []Feature, key string) float64 {
	if len(features) == 0 {
		return 0
	}
	step := max(1, len(features)/nameSample)
	seen := make(map[string]struct{})
	n := 0
	for i := 0; i < len(features); i += step {
		n++
		v := strings.TrimSpace(features[i].Props.Text(key))
		if v != "" {
			seen[v] = struct{}{}
		}
	}
	return float64(len(seen)) / float64(n)
}

// SetNameField names every feature from field; features with no value get
// a numbered name "#N" counting from 1 in file order. field may be "".
func (l *Layer) SetNameField(field string) {
	l.NameField = field
	for i := range l.Features {
		f := &l.Features[i]
		f.Name = ""
		if field != "" {
			f.Name = strings.TrimSpace(f.Props.Text(field))
		}
		if f.Name == "" {
			f.Name = "#" + strconv.Itoa(i+1)
		}
	}
}
