package load

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// What an import makes of a layer, by its kind, its gaps, its name and
// the role asked for.
func TestTake(t *testing.T) {
	square := orb.Polygon{{{106.9, 47.9}, {106.91, 47.9}, {106.91, 47.91}, {106.9, 47.9}}}
	layer := func(kind geo.Kind, title string, g orb.Geometry, annotation ...string) *geo.Layer {
		l := &geo.Layer{Kind: kind, Title: title}
		for _, a := range annotation {
			l.Features = append(l.Features, geo.Feature{Geometry: g, Props: geo.Props{{Key: "annotation", Value: a}}})
		}
		return l
	}
	role := func(r geo.Role) *geo.Role { return &r }
	track := orb.LineString{{106.9, 47.9}, {106.91, 47.91}}
	cases := []struct {
		name     string
		l        *geo.Layer
		as       *geo.Role
		want     string
		boundary geo.Role
	}{
		{"points", layer(geo.Points, "schools", orb.Point{106.9, 47.9}, "point"), nil, RoleServicePoints, geo.RoleOther},
		{"points and gaps", layer(geo.Points, "export", orb.Point{106.9, 47.9}, "point", "gap"), nil, RoleServicePoints, geo.RoleOther},
		{"points as points", layer(geo.Points, "schools", orb.Point{106.9, 47.9}, ""), role(geo.RolePoints), RoleServicePoints, geo.RoleOther},
		{"points as khoroo", layer(geo.Points, "schools", orb.Point{106.9, 47.9}, ""), role(geo.RoleKhoroo), RoleBoundary, geo.RoleKhoroo},
		{"gap areas", layer(geo.Polygons, "export", square, "gap", "gap"), nil, RoleGapAreas, geo.RoleOther},
		{"gap areas as points", layer(geo.Polygons, "export", square, "gap"), role(geo.RolePoints), RoleGapAreas, geo.RoleOther},
		{"gap areas as kheseg", layer(geo.Polygons, "export", square, "gap"), role(geo.RoleKheseg), RoleBoundary, geo.RoleKheseg},
		{"areas, one a gap", layer(geo.Polygons, "Хороод", square, "gap", ""), nil, RoleBoundary, geo.RoleKhoroo},
		{"khoroos", layer(geo.Polygons, "Хороод", square, ""), nil, RoleBoundary, geo.RoleKhoroo},
		{"khoroos as ger areas", layer(geo.Polygons, "Хороод", square, ""), role(geo.RoleGerArea), RoleBoundary, geo.RoleGerArea},
		{"areas as points", layer(geo.Polygons, "Хороод", square, ""), role(geo.RolePoints), RoleBoundary, geo.RolePoints},
		{"track", layer(geo.Lines, "walk", track, ""), nil, RoleLines, geo.RoleOther},
		{"track as khoroo", layer(geo.Lines, "walk", track, ""), role(geo.RoleKhoroo), RoleLines, geo.RoleOther},
		{"empty areas", layer(geo.Polygons, "Хороод", square), nil, RoleBoundary, geo.RoleKhoroo},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, b := Take(c.l, c.as)
			if got != c.want || b != c.boundary {
				t.Errorf("Take = %s %v, want %s %v", got, b, c.want, c.boundary)
			}
		})
	}
}
