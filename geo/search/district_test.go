package search

import (
	"strings"
	"testing"
)

// Every spelling of a district that files and people use comes to the
// same district key, from the one table in geo/place.
func TestDistrictSpellings(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Сүхбаатар", "Сүхбаатар"}, {"SB", "Сүхбаатар"}, {"СБД", "Сүхбаатар"}, {"Sukhbaatar", "Сүхбаатар"},
		{"Khan-Uul", "Хан-Уул"}, {"han ool", "Хан-Уул"}, {"ХУД", "Хан-Уул"},
		{"Chingeltey", "Чингэлтэй"}, {"CH", "Чингэлтэй"}, {"songino hayrhan", "Сонгинохайрхан"},
		{"Nalayh", "Налайх"}, {"bagahangay", "Багахангай"}, {"BN", "Багануур"},
	} {
		got := canonDistricts(words(tc.text))
		if len(got) != 1 || districtName(got[0]) != tc.want {
			t.Errorf("%q: %q (%s), want %s", tc.text, got, districtName(strings.Join(got, "")), tc.want)
		}
	}
}
