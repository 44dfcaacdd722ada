package shapefile

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"
)

func TestReadPointsBack(t *testing.T) {
	l := &Layer{Name: "service_points", Fields: []string{"name", "category"}, Rows: []Row{
		{Geometry: orb.Point{106.91, 47.95}, Values: []string{"Ус түгээх 3-р байр", "water_kiosk"}},
		{Geometry: orb.Point{106.92, 47.96}, Values: []string{"Сургууль", ""}},
	}}
	files, err := l.Files()
	if err != nil {
		t.Fatal(err)
	}
	shp, dbf := files["service_points.shp"], files["service_points.dbf"]
	fields, rows, err := ReadPoints(shp, dbf)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(fields, []string{"name", "category"}) || len(rows) != 2 || rows[0].Geometry != (orb.Point{106.91, 47.95}) ||
		!slices.Equal(rows[0].Values, l.Rows[0].Values) || !slices.Equal(rows[1].Values, l.Rows[1].Values) {
		t.Errorf("%v %+v", fields, rows)
	}
	// every cut of either file is an error, never a panic
	for n := range len(shp) {
		if _, _, err := ReadPoints(shp[:n], dbf); err == nil {
			t.Errorf(".shp cut to %d bytes read", n)
		}
	}
	for n := range len(dbf) - 1 {
		if _, _, err := ReadPoints(shp, dbf[:n]); err == nil {
			t.Errorf(".dbf cut to %d bytes read", n)
		}
	}
	polys := &Layer{Name: "gap_areas", Polygons: true, Fields: []string{"a"}, Rows: []Row{{Geometry: orb.Polygon{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}, Values: []string{"x"}}}}
	pf, _ := polys.Files()
	if _, _, err := ReadPoints(pf["gap_areas.shp"], pf["gap_areas.dbf"]); err == nil {
		t.Error("polygons read as points")
	}
}
