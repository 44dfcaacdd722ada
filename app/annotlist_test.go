package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// Two districts' 1st khoroos are two choices of the khoroo filter, and
// each lets through its own points only.
func TestKhorooFilterKnowsDistricts(t *testing.T) {
	test.NewTempApp(t)
	at := func(key, district string) annot.Point {
		return annot.Point{Meta: annot.Meta{ID: key}, Category: "school", Status: annot.Working, Location: orb.Point{106.9, 47.9},
			Places: annot.Places{Khoroo: "1-р хороо", KhorooKey: key, District: district}}
	}
	s := &annot.Set{Categories: annot.DefaultCategories(), Points: []annot.Point{at("sbd:1", "Сүхбаатар"), at("bgd:1", "Баянгол"), at("bgd:1b", "Баянгол")}}
	opts := khoroos(s)
	if len(opts) != 2 || opts[0] != "БГД 1-р хороо" || opts[1] != "СБД 1-р хороо" {
		t.Fatalf("khoroo choices %q", opts)
	}
	l := &annotList{category: widget.NewSelect(nil, nil), status: widget.NewSelect(nil, nil), khoroo: widget.NewSelect(nil, nil), review: widget.NewCheck("", nil)}
	l.category.Selected, l.status.Selected, l.khoroo.Selected = all(), all(), "СБД 1-р хороо"
	if got := l.filter(s, "mn"); len(got) != 1 || got[0].id != "sbd:1" {
		t.Errorf("СБД 1-р хороо shows %+v", got)
	}
	l.khoroo.Selected = "БГД 1-р хороо"
	if got := l.filter(s, "mn"); len(got) != 2 {
		t.Errorf("БГД 1-р хороо shows %d points", len(got))
	}
}
