package exchange

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkt"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// clockwiseGap is a gap area as another program (or corners dragged
// across each other) may leave it: the outer ring clockwise, the hole
// counter-clockwise.
//
//	(0,2) <------ (2,2)      outer: (0,0) -> (0,2) -> (2,2) -> (2,0): clockwise
//	  |  .--->.     ^        hole:  (.5,.5) -> (1.5,.5) -> (1.5,1.5) -> (.5,1.5): counter-clockwise
//	  v  '<---'     |
//	(0,0) ------> (2,0)
func clockwiseGap() *annot.Set {
	at := func(x, y float64) orb.Point { return orb.Point{106.9 + x/100, 47.9 + y/100} }
	outer := orb.Ring{at(0, 0), at(0, 2), at(2, 2), at(2, 0), at(0, 0)}
	hole := orb.Ring{at(.5, .5), at(1.5, .5), at(1.5, 1.5), at(.5, 1.5), at(.5, .5)}
	s := &annot.Set{Categories: annot.DefaultCategories()}
	s.Gaps = []annot.Gap{{Meta: annot.NewMeta("", t0), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open,
		Geometry: orb.Polygon{outer, hole}}}
	return s
}

// Exported areas follow RFC 7946's right-hand rule in every format,
// however they were drawn; the project's own copy is left alone.
func TestExportRightHandRule(t *testing.T) {
	for _, f := range []Format{GeoJSON, KML, CSV} {
		t.Run(string(f), func(t *testing.T) {
			s := clockwiseGap()
			var b bytes.Buffer
			if err := Write(&b, s, f, WriteOptions{Lang: "en"}); err != nil {
				t.Fatal(err)
			}
			poly := exportedPolygon(t, f, b.String())
			if len(poly) != 2 || poly[0].Orientation() != orb.CCW || poly[1].Orientation() != orb.CW {
				t.Errorf("exported rings wind %v and %v, want outer counter-clockwise, hole clockwise", poly[0].Orientation(), poly[1].Orientation())
			}
			if s.Gaps[0].Geometry.(orb.Polygon)[0].Orientation() != orb.CW {
				t.Error("the export changed the annotation itself")
			}
		})
	}
}

// exportedPolygon reads the one area back from an export's text.
func exportedPolygon(t *testing.T, f Format, text string) orb.Polygon {
	t.Helper()
	switch f {
	case GeoJSON:
		var fc struct {
			Features []struct {
				Geometry struct{ Coordinates [][][2]float64 }
			}
		}
		if err := json.Unmarshal([]byte(text), &fc); err != nil {
			t.Fatal(err)
		}
		var poly orb.Polygon
		for _, r := range fc.Features[0].Geometry.Coordinates {
			var ring orb.Ring
			for _, p := range r {
				ring = append(ring, p)
			}
			poly = append(poly, ring)
		}
		return poly
	case KML:
		return kmlPolygon(t, text)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	g, err := wkt.Unmarshal(rows[1][len(rows[1])-1])
	if err != nil {
		t.Fatal(err)
	}
	return g.(orb.Polygon)
}

func kmlPolygon(t *testing.T, text string) orb.Polygon {
	var doc struct {
		Rings []string `xml:"Document>Folder>Placemark>Polygon>outerBoundaryIs>LinearRing>coordinates"`
		Holes []string `xml:"Document>Folder>Placemark>Polygon>innerBoundaryIs>LinearRing>coordinates"`
	}
	if err := xml.Unmarshal([]byte(text), &doc); err != nil {
		t.Fatal(err)
	}
	var poly orb.Polygon
	for _, c := range append(doc.Rings, doc.Holes...) {
		var ring orb.Ring
		for _, pair := range strings.Fields(c) {
			x, y, _ := strings.Cut(pair, ",")
			lon, _ := strconv.ParseFloat(x, 64)
			lat, _ := strconv.ParseFloat(y, 64)
			ring = append(ring, orb.Point{lon, lat})
		}
		poly = append(poly, ring)
	}
	return poly
}
