package place

import (
	"slices"
	"testing"
)

// Khoroos of several districts are labelled with their district, but for
// the district a page is about; one district's are not "several".
func TestLabels(t *testing.T) {
	sbd, _ := FindDistrict("sbd")
	chd, _ := FindDistrict("chd")
	ks := []Khoroo{{District: sbd, Name: "1-р хороо"}, {District: chd, Name: "1-р хороо"}, {Name: "Сургалтын 1-р хороо"}}
	if got := Labels(ks, ""); !slices.Equal(got, []string{"СБД 1-р хороо", "ЧД 1-р хороо", "Сургалтын 1-р хороо"}) {
		t.Errorf("no district of their own: %q", got)
	}
	if got := Labels(ks, "Сүхбаатар"); !slices.Equal(got, []string{"1-р хороо", "ЧД 1-р хороо", "Сургалтын 1-р хороо"}) {
		t.Errorf("on Сүхбаатар's page: %q", got)
	}
	if !SeveralDistricts(ks) || SeveralDistricts(ks[:1]) || SeveralDistricts([]Khoroo{ks[0], ks[2], ks[0]}) {
		t.Error("SeveralDistricts")
	}
}
