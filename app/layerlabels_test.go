package app

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// The window labels a layer of khoroos of two districts as a printed page
// does, each with its district; a layer of one district's khoroos, or of
// kheseg, by the features' names.
func TestWindowLabelsKhoroosWithDistricts(t *testing.T) {
	layer := func(districts ...string) *geo.Layer {
		l := &geo.Layer{Kind: geo.Polygons}
		for i, d := range districts {
			x := 106.9 + 0.01*float64(i)
			sq := orb.MultiPolygon{{{{x, 47.9}, {x + 0.01, 47.9}, {x + 0.01, 47.91}, {x, 47.9}}}}
			l.Features = append(l.Features, geo.Feature{Name: "1-р хороо", Props: geo.Props{{Key: "district", Value: d}}, Geometry: sq})
		}
		return l
	}
	for _, c := range []struct {
		name string
		ml   mapLayer
		want []string
	}{
		{"two districts", mapLayer{layer: layer("Сүхбаатар", "Чингэлтэй"), role: geo.RoleKhoroo}, []string{"СБД 1-р хороо", "ЧД 1-р хороо"}},
		{"one district", mapLayer{layer: layer("Сүхбаатар", "Сүхбаатар"), role: geo.RoleKhoroo}, nil},
		{"kheseg", mapLayer{layer: layer("Сүхбаатар", "Чингэлтэй"), role: geo.RoleKheseg}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := &layerSet{list: []*mapLayer{&c.ml}}
			if got := s.scene().Layers[0].Labels; !slices.Equal(got, c.want) {
				t.Errorf("labels %q, want %q", got, c.want)
			}
		})
	}
}
