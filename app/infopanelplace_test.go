package app

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// rowText is the text of the panel's row called key, or "".
func (p *infoPanel) rowText(key string) string {
	for _, it := range p.props.Items {
		if it.Text == key {
			return renderedText(it.Widget)
		}
	}
	return ""
}

// A point in one of 204 khoroos says its khoroo with the district, and a
// switch of language keeps it selected: the panel shows it again in the
// new language, as the ring on the map still does.
func TestInfoPanelKhorooWithDistrict(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	ui.setLanguage("en")
	pt := annot.Point{Meta: annot.NewMeta("Б", now()), Category: "water_kiosk", Name: "Худаг 7", Status: annot.Working,
		Location: orb.Point{106.925, 47.96}, Places: annot.Places{Khoroo: "6-р хороо", KhorooKey: "sbd:6", District: "Сүхбаатар"}}
	ui.ws.Annotations().Apply(annot.Change{NewPoint: &pt})
	ui.selectAnnotation(pt.ID)
	if got := ui.info.rowText("Lies in"); got != "Sukhbaatar district, khoroo 6\n" {
		t.Errorf("English: lies in %q", got)
	}
	ui.setLanguage("mn")
	if ui.info.title.Text != "Худаг 7" {
		t.Errorf("after the switch the panel's title is %q", ui.info.title.Text)
	}
	if got := ui.info.rowText("Байршил"); got != "Сүхбаатар дүүрэг, 6-р хороо\n" {
		t.Errorf("Mongolian: lies in %q", got)
	}
	if ui.selectedAnnot != pt.ID {
		t.Errorf("the selection became %q", ui.selectedAnnot)
	}
}
