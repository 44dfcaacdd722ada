package mapstyle

import (
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

func TestAnnotations(t *testing.T) {
	now := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	s := &annot.Set{Categories: annot.DefaultCategories()}
	s.Points = []annot.Point{
		{Meta: annot.NewMeta("", now), Category: "school", Status: annot.Working, Location: orb.Point{106.9, 47.9}},
		{Meta: annot.NewMeta("", now), Category: "water_kiosk", Name: "Худаг", Status: annot.Broken, Location: orb.Point{106.91, 47.9}},
	}
	s.Gaps = []annot.Gap{
		{Meta: annot.NewMeta("", now), Kind: annot.MissingService, Service: "kindergarten", Severity: annot.High, Status: annot.Open, Geometry: orb.Point{106.92, 47.9}},
		{Meta: annot.NewMeta("", now), Kind: annot.Flooding, Severity: annot.Low, Status: annot.Resolved, Geometry: annot.NewArea([]orb.Point{{106.9, 47.9}, {106.91, 47.9}, {106.91, 47.91}})},
	}
	moved := orb.Point{107, 48}
	ls := Annotations(s, "mn", Overrides{s.Points[0].ID: moved})
	if len(ls) != 4 {
		t.Fatalf("%d layers", len(ls))
	}
	if ls[0].Draw.Layer.Kind != geo.Polygons || !ls[0].Draw.Style.Hatch || ls[0].Draw.Style.Stroke != Grey {
		t.Errorf("the resolved gap area should come first, hatched and grey: %+v", ls[0].Draw.Style)
	}
	if last := ls[3]; last.Draw.Style.Symbol != "warning" || last.Draw.Style.Fill != SeverityColour[annot.High] || last.Draw.Layer.Features[0].Name != "Дутуу үйлчилгээ: Цэцэрлэг" {
		t.Errorf("the gap marker: %+v %q", last.Draw.Style, last.Draw.Layer.Features[0].Name)
	}
	var school, kiosk *Layer
	for i := range ls {
		for j, id := range ls[i].IDs {
			if id == s.Points[0].ID {
				school = &ls[i]
				if ls[i].Draw.Layer.Features[j].Geometry != moved {
					t.Error("the override was not drawn")
				}
			}
			if id == s.Points[1].ID {
				kiosk = &ls[i]
			}
		}
	}
	if school == nil || kiosk == nil || kiosk.Draw.Style.Stroke != brokenRing || school.Draw.Layer.Features[0].Name != "Сургууль" {
		t.Errorf("point layers: school %v, kiosk %v", school, kiosk)
	}
	s.Categories[3].Hidden = true // school
	if n := len(Annotations(s, "en", nil)); n != 3 {
		t.Errorf("with schools hidden: %d layers", n)
	}
	if GapKindName(annot.NoLighting, "en") != "No lighting" || StatusName(annot.Planned, "mn") != "Төлөвлөсөн" {
		t.Error("names")
	}
}
