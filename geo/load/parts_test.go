package load

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/shapefile"
)

// partsZip holds the layers the Parts tests zip: an export's three (one
// of them empty) and an office's khoroos and schools.
func partsLayers() map[string]*shapefile.Layer {
	square := orb.Polygon{{{106.9, 47.9}, {106.91, 47.9}, {106.91, 47.91}, {106.9, 47.9}}}
	return map[string]*shapefile.Layer{
		"points": {Name: "p", Fields: []string{"annotation", "category_n"}, Rows: []shapefile.Row{
			{Geometry: orb.Point{106.91, 47.95}, Values: []string{"point", "Сургууль"}}, {Geometry: orb.Point{106.92, 47.95}, Values: []string{"point", "Эмнэлэг"}}}},
		"gaps": {Name: "g", Fields: []string{"annotation", "kind"}},
		"areas": {Name: "a", Polygons: true, Fields: []string{"annotation", "kind"}, Rows: []shapefile.Row{
			{Geometry: square, Values: []string{"gap", "flooding"}}}},
		"khoroo": {Name: "k", Polygons: true, Fields: []string{"NAME"}, Rows: []shapefile.Row{
			{Geometry: square, Values: []string{"1-р хороо"}}}},
		"school": {Name: "s", Fields: []string{"NAME", "TYPE"}, Rows: []shapefile.Row{
			{Geometry: orb.Point{106.905, 47.905}, Values: []string{"12-р сургууль", "school"}}}},
	}
}

// Parts of a Shapefile zip are its Shapefiles, each with what an import
// makes of it: an export's (mapped by its _fields.csv) as the points and
// gaps they were, an office's as a boundary layer, its points left out
// beside the areas unless asked for.
func TestPartsShapeZip(t *testing.T) {
	ls := partsLayers()
	mapped := []string{".shp", ".dbf", ".prj", "_fields.csv"}
	points := geo.RolePoints
	cases := []struct {
		name  string
		parts []map[string]string
		as    *geo.Role
		want  string // name role count mapped, per part
	}{
		{"export.zip", []map[string]string{shapeFiles(t, ls["points"], "service_points", mapped...), shapeFiles(t, ls["gaps"], "gap_points", mapped...),
			shapeFiles(t, ls["areas"], "gap_areas", mapped...)}, nil,
			"service_points service_points 2 true|gap_points empty 0 true|gap_areas gap_areas 1 true"},
		{"office.zip", []map[string]string{shapeFiles(t, ls["khoroo"], "Export/Khoroo", ".shp", ".dbf"), shapeFiles(t, ls["school"], "Export/Schools", ".shp", ".dbf")}, nil,
			"Export/Khoroo boundary:khoroo 1 false|Export/Schools skipped 1 false"},
		{"office-points.zip", []map[string]string{shapeFiles(t, ls["khoroo"], "Khoroo", ".shp", ".dbf"), shapeFiles(t, ls["school"], "Schools", ".shp", ".dbf")}, &points,
			"Khoroo skipped 1 false|Schools service_points 1 false"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeZip(t, c.name, c.parts...)
			got, err := describeFile(path, c.as)
			if err != nil || got != c.want {
				t.Errorf("%v\n got %s\nwant %s", err, got, c.want)
			}
		})
	}
}

// Parts of other files: a layer per layer All reads, an export's points
// split into its service points and its gap points; a GPX's waypoints and
// its track.
func TestPartsOtherFiles(t *testing.T) {
	point := func(lon float64, props string) string {
		return fmt.Sprintf(`{"type":"Feature","properties":{%s},"geometry":{"type":"Point","coordinates":[%g,47.9]}}`, props, lon)
	}
	area := `{"type":"Feature","properties":{"annotation":"gap","kind":"flooding"},"geometry":{"type":"Polygon","coordinates":[[[106.9,47.89],[106.91,47.89],[106.91,47.9],[106.9,47.89]]]}}`
	collection := func(fs ...string) string {
		return `{"type":"FeatureCollection","features":[` + strings.Join(fs, ",") + `]}`
	}
	cases := []struct{ name, content, want string }{
		{"export.geojson", collection(point(106.91, `"annotation":"point","name":"Сургууль"`), point(106.92, `"annotation":"gap","kind":"no_light"`), area),
			"export.geojson service_points 1 false|export.geojson gap_points 1 false|export.geojson gap_areas 1 false"},
		{"khoroo.geojson", collection(area[:strings.Index(area, `"annotation"`)] + `"name":"1-р хороо"` + area[strings.Index(area, `,"kind"`)+len(`,"kind":"flooding"`):]),
			"khoroo.geojson boundary:khoroo 1 false"},
		{"arcgis.kml", `<kml><Document><name>Хороод</name><Placemark><name>1-р хороо</name><Polygon><outerBoundaryIs><LinearRing><coordinates>106.9,47.9 106.91,47.9 106.91,47.91 106.9,47.9</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>` +
			`<Placemark><name>12-р сургууль</name><Point><coordinates>106.905,47.905,1350</coordinates></Point></Placemark></Document></kml>`,
			"Хороод boundary:khoroo 1 false|Хороод skipped 1 false"},
		{"walk.gpx", `<gpx version="1.1" creator="t"><wpt lat="47.9" lon="106.9"><name>Худаг</name></wpt><trk><trkseg><trkpt lat="47.9" lon="106.9"/><trkpt lat="47.91" lon="106.91"/></trkseg></trk></gpx>`,
			"walk.gpx service_points 1 false|walk.gpx lines 1 false"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), c.name)
			if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := describeFile(path, nil)
			if err != nil || got != c.want {
				t.Errorf("%v\n got %s\nwant %s", err, got, c.want)
			}
		})
	}
}

// describeFile reads a file as import does and writes its parts in one line.
func describeFile(path string, as *geo.Role) (string, error) {
	opt := Options{Points: as != nil && *as == geo.RolePoints}
	ls, err := All(path, opt)
	if err != nil {
		return "", err
	}
	parts, err := Parts(path, ls, as)
	if err != nil {
		return "", err
	}
	var out []string
	for _, p := range parts {
		role := p.Role
		if role == RoleBoundary {
			role += ":" + p.Boundary.String()
		}
		if p.Role == RoleSkipped && len(p.Layer.Warnings) > 0 {
			role += "(warned again)"
		}
		out = append(out, fmt.Sprintf("%s %s %d %v", p.Name, role, len(p.Layer.Features), p.Mapped))
	}
	return strings.Join(out, "|"), nil
}
