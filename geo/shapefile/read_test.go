package shapefile

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestReadBack(t *testing.T) {
	l := &Layer{Name: "service_points", Fields: []string{"name", "category"}, Rows: []Row{
		{Geometry: orb.Point{106.91, 47.95}, Values: []string{"Ус түгээх 3-р байр", "water_kiosk"}},
		{Geometry: orb.Point{106.92, 47.96}, Values: []string{"Сургууль", ""}},
	}}
	files, err := l.Files()
	if err != nil {
		t.Fatal(err)
	}
	shp, dbf := files["service_points.shp"], files["service_points.dbf"]
	fields, rows, err := Read(shp, dbf)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(fields, []string{"name", "category"}) || len(rows) != 2 || rows[0].Geometry != (orb.Point{106.91, 47.95}) ||
		!slices.Equal(rows[0].Values, l.Rows[0].Values) || !slices.Equal(rows[1].Values, l.Rows[1].Values) {
		t.Errorf("%v %+v", fields, rows)
	}
	// every cut of either file is an error, never a panic
	for n := range len(shp) {
		if _, _, err := Read(shp[:n], dbf); err == nil {
			t.Errorf(".shp cut to %d bytes read", n)
		}
	}
	for n := range len(dbf) - 1 {
		if _, _, err := Read(shp, dbf[:n]); err == nil {
			t.Errorf(".dbf cut to %d bytes read", n)
		}
	}
}

// TestReadPolygonsBack: an area with a hole, and a second one, come back
// as written, rings in the GeoJSON order the writer was given:
//
//	+-----------+   +--+
//	|  +--+     |   |  |
//	|  +--+     |   +--+
//	+-----------+
func TestReadPolygonsBack(t *testing.T) {
	outer := orb.Ring{{0, 0}, {4, 0}, {4, 3}, {0, 3}, {0, 0}}
	hole := orb.Ring{{1, 1}, {1, 2}, {2, 2}, {2, 1}, {1, 1}}
	small := orb.Ring{{5, 0}, {6, 0}, {6, 1}, {5, 1}, {5, 0}}
	l := &Layer{Name: "gap_areas", Polygons: true, Fields: []string{"kind"}, Rows: []Row{
		{Geometry: orb.Polygon{outer, hole}, Values: []string{"үер"}}, {Geometry: orb.Polygon{small}, Values: []string{"x"}}}}
	files, err := l.Files()
	if err != nil {
		t.Fatal(err)
	}
	shp, dbf := files["gap_areas.shp"], files["gap_areas.dbf"]
	_, rows, err := Read(shp, dbf)
	if err != nil || len(rows) != 2 {
		t.Fatalf("%v, %d rows", err, len(rows))
	}
	mp, ok := rows[0].Geometry.(orb.MultiPolygon)
	if !ok || len(mp) != 1 || len(mp[0]) != 2 || rows[0].Values[0] != "үер" {
		t.Fatalf("the first area: %#v", rows[0])
	}
	if mp[0][0].Orientation() != orb.CW || mp[0][1].Orientation() != orb.CCW || planar.Area(mp[0]) != planar.Area(orb.Polygon{outer, hole}) {
		t.Errorf("the rings as the format holds them: %v", mp[0])
	}
	for n := 100; n < len(shp); n++ {
		if _, _, err := Read(shp[:n], dbf); err == nil {
			t.Errorf(".shp cut to %d bytes read", n)
		}
	}
}
