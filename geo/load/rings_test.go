package load

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo"
)

// A bowtie: the ring goes (0,0) (1,1) (1,0) (0,1) and back, its edges
// crossing in the middle. It is split there into its two triangles, in
// UB on a 0.01° grid:
//
//	(0,1) +       + (1,1)
//	      | \   / |
//	      |   X   |
//	      | /   \ |
//	(0,0) +       + (1,0)
const bowtie = `[[[106.90,47.89],[106.91,47.90],[106.91,47.89],[106.90,47.90],[106.90,47.89]]]`

// flatRing has three distinct points on one line: no area.
//
//	(0,0) +-----+-----+ (2,0)
const flatRing = `[[[106.90,47.89],[106.91,47.89],[106.92,47.89],[106.90,47.89]]]`

// A bowtie with a hole in its left triangle: the hole stays there.
const bowtieHole = `[[[106.90,47.88],[106.92,47.90],[106.92,47.88],[106.90,47.90],[106.90,47.88]],` +
	`[[106.902,47.888],[106.902,47.892],[106.904,47.89],[106.902,47.888]]]`

var ringCases = []loadCase{
	{name: "a bowtie is split into its two triangles", in: collection(feature("a", polygon(squareCCW)), feature("bowtie", polygon(bowtie))),
		count: 2, warn: "split 1 self-crossing ring (bowties) where the edges cross, the first in feature 2", check: func(t *testing.T, l *geo.Layer) {
			mp := l.Features[1].Geometry.(orb.MultiPolygon)
			if len(mp) != 2 {
				t.Fatalf("%d polygons, want 2 triangles: %v", len(mp), mp)
			}
			for _, p := range mp {
				if a := planar.Area(p); math.Abs(a-0.25e-4) > 1e-9 {
					t.Errorf("a triangle of area %g, want %g", a, 0.25e-4)
				}
			}
		}},
	{name: "a bowtie's hole goes with its half", in: feature("b", polygon(bowtieHole)), count: 1, warn: "split 1 self-crossing ring", check: func(t *testing.T, l *geo.Layer) {
		mp := l.Features[0].Geometry.(orb.MultiPolygon)
		holes := 0
		for _, p := range mp {
			if len(p) == 2 && !planar.RingContains(p[0], p[1][0]) {
				t.Errorf("a hole outside its polygon")
			}
			holes += len(p) - 1
		}
		if len(mp) != 2 || holes != 1 {
			t.Errorf("%d polygons with %d holes, want 2 with 1", len(mp), holes)
		}
	}},
	{name: "a ring with no area is dropped", in: collection(feature("a", polygon(squareCCW)), feature("flat", polygon(flatRing)), feature("c", polygon(squareCCW))),
		count: 2, warn: "dropped 1 ring with no area (all points on one line), the first in feature 2"},
	{name: "a feature whose only ring has no area is skipped, saying why", in: collection(feature("a", polygon(squareCCW)), feature("flat", polygon(flatRing))),
		count: 1, warn: "skipped 1 feature whose rings enclose no area"},
	{name: "a KML Placemark whose only ring has no area", file: "flat.kml", in: kmlDoc(`<Placemark><name>a</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
106.90,47.89 106.91,47.89 106.91,47.90 106.90,47.89</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>flat</name><Polygon><outerBoundaryIs><LinearRing><coordinates>106.90,47.89 106.91,47.89 106.92,47.89 106.90,47.89</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`),
		count: 1, warn: "skipped 1 feature whose rings enclose no area"},
	{name: "Web Mercator out of range", in: `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"features":[` +
		feature("a", polygon(`[[[11900000,6090000],[11901000,6090000],[11901000,1e308],[11900000,6090000]]]`)) + `]}`,
		err: "test.geojson: feature 1: coordinate (11901000, 1e+308) is outside what EPSG:3857 (Web Mercator) can hold (x and y within ±20037508 m)"},
	{name: "UTM easting below zero", in: `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32648"}},"features":[` +
		feature("a", polygon(`[[[630000,5300000],[631000,5300000],[-5,5301000],[630000,5300000]]]`)) + `]}`,
		err: "is outside what"},
}

func TestRings(t *testing.T) { runCases(t, ringCases) }
