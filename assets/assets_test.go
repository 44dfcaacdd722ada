package assets_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

// The training sample must load cleanly, sit in northern Ulaanbaatar and
// hold what the issue asks: one khoroo, 5-8 kheseg, 2-3 ger areas and a
// few dozen service points of several categories, all marked fictional.
func TestSample(t *testing.T) {
	layers := map[string]*geo.Layer{}
	for _, f := range assets.Sample() {
		l, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Warnings) > 0 {
			t.Errorf("%s: warnings %q", f.Name, l.Warnings)
		}
		northernUB := orb.Bound{Min: orb.Point{106.85, 47.93}, Max: orb.Point{107.0, 48.0}}
		if !northernUB.Contains(l.Bound.Min) || !northernUB.Contains(l.Bound.Max) {
			t.Errorf("%s: %v is not in northern Ulaanbaatar", f.Name, l.Bound)
		}
		if !strings.Contains(strings.ToLower(l.Features[0].Props.Text("note")), "fictional") {
			t.Errorf("%s is not marked as fictional", f.Name)
		}
		layers[f.Name] = l
	}
	count := func(name string) int { return len(layers["training/"+name].Features) }
	if count("khoroo.geojson") != 1 || count("kheseg.geojson") < 5 || count("kheseg.geojson") > 8 ||
		count("ger_areas.geojson") < 2 || count("ger_areas.geojson") > 3 || count("services.geojson") < 24 {
		t.Errorf("unexpected counts")
	}
	categories := map[string]bool{}
	for _, f := range layers["training/services.geojson"].Features {
		categories[f.Props.Text("category")] = true
	}
	if len(categories) < 8 {
		t.Errorf("only %d categories of service points", len(categories))
	}
	// The kheseg tile the khoroo: their areas add up to its area.
	khoroo := planar.Area(layers["training/khoroo.geojson"].Features[0].Geometry)
	sum := 0.0
	for _, f := range layers["training/kheseg.geojson"].Features {
		sum += planar.Area(f.Geometry)
	}
	if d := (sum - khoroo) / khoroo; d > 1e-9 || d < -1e-9 {
		t.Errorf("kheseg cover %.6f of the khoroo's area, want 1", sum/khoroo)
	}
}
