package printmap

import (
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/render"
)

// On a page about Сүхбаатар's 6th khoroo, the khoroos of other districts
// carry their district's short name; Сүхбаатар's own do not.
func TestNeighboursFromOtherDistrictsNamed(t *testing.T) {
	p := realProject(t)
	a, err := p.FindArea("sukhbaatar 6-r khoroo")
	if err != nil {
		t.Fatal(err)
	}
	layers := p.labelledLayers(&a, a.Geometry.Bound().Pad(0.05))
	prefixed, own := 0, 0
	for j, l := range layers[0].Labels {
		f := layers[0].Layer.Features[j]
		switch d := f.Props.Text("district"); {
		case d == "Сүхбаатар" && l == f.Name:
			own++
		case d == "Чингэлтэй" && l == "ЧД "+f.Name:
			prefixed++
		case d != "Сүхбаатар" && !strings.HasSuffix(l, " "+f.Name):
			t.Errorf("%s %s labelled %q", d, f.Name, l)
		}
	}
	if own != 20 || prefixed != 24 {
		t.Errorf("%d of Сүхбаатар's 20 khoroos plain, %d of Чингэлтэй's 24 prefixed", own, prefixed)
	}
}

// twoDistricts is a row of three khoroos, each a square of 0.01°:
//
//	+------+------+------+
//	| СБД  | СБД  |  ЧД  |
//	| 1-р  | 2-р  | 1-р  |
//	+------+------+------+
//	106.90        106.92  106.93
func twoDistricts() *Project {
	l := &geo.Layer{Kind: geo.Polygons}
	for i, c := range []struct{ name, district string }{{"1-р хороо", "Сүхбаатар"}, {"2-р хороо", "Сүхбаатар"}, {"1-р хороо", "Чингэлтэй"}} {
		x := 106.90 + 0.01*float64(i)
		sq := orb.MultiPolygon{{{{x, 47.90}, {x + 0.01, 47.90}, {x + 0.01, 47.91}, {x, 47.91}, {x, 47.90}}}}
		l.Features = append(l.Features, geo.Feature{Name: c.name, Props: geo.Props{{Key: "district", Value: c.district}}, Geometry: sq})
	}
	l.ComputeBound()
	return FromLayers("", []Layer{{Layer: l, Role: geo.RoleKhoroo}}, &annot.Set{Categories: annot.DefaultCategories()})
}

// A page about no area (the window's current view) names every khoroo's
// district when the khoroos it shows belong to several districts, and
// none when they belong to one.
func TestCurrentViewNamesDistricts(t *testing.T) {
	p := twoDistricts()
	for _, c := range []struct {
		name  string
		shown orb.Bound
		want  []string
	}{
		{"all three", orb.Bound{Min: orb.Point{106.90, 47.90}, Max: orb.Point{106.93, 47.91}}, []string{"СБД 1-р хороо", "СБД 2-р хороо", "ЧД 1-р хороо"}},
		{"Сүхбаатар's only", orb.Bound{Min: orb.Point{106.901, 47.901}, Max: orb.Point{106.915, 47.909}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := p.labelledLayers(nil, c.shown)[0].Labels; !slices.Equal(got, c.want) {
				t.Errorf("labels %q, want %q", got, c.want)
			}
		})
	}
}

// The page of a current view over both districts, laid out in
// Mongolian, draws its khoroos with their districts and its scale bar in
// metres written "м".
func TestCurrentViewPageMongolian(t *testing.T) {
	p := twoDistricts()
	v := render.Fit(p.mustBound(), 800, 400, 0)
	pg, rec := laidOut(t, p, Extent{View: &v}, Options{Lang: "mn", Date: day})
	var labels []string
	for _, dl := range pg.scene.Layers {
		if dl.Role == geo.RoleKhoroo {
			labels = dl.Labels
		}
	}
	if !slices.Equal(labels, []string{"СБД 1-р хороо", "СБД 2-р хороо", "ЧД 1-р хороо"}) {
		t.Errorf("khoroo labels %q", labels)
	}
	bar := pg.scaleBarLayout(rec).label
	if !strings.HasSuffix(bar, " м") && !strings.HasSuffix(bar, " км") {
		t.Errorf("scale bar %q", bar)
	}
	if !slices.ContainsFunc(rec.texts, func(p placed) bool { return p.s == bar }) {
		t.Errorf("the page did not print %q", bar)
	}
}
