package load

import (
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// A unit square near Ulaanbaatar, counter-clockwise, and the same square
// clockwise:
//
//	(106.9,47.9)  +-----+ (106.91,47.9)
//	              |     |
//	(106.9,47.89) +-----+ (106.91,47.89)
const (
	squareCCW = `[[[106.9,47.89],[106.91,47.89],[106.91,47.9],[106.9,47.9],[106.9,47.89]]]`
	squareCW  = `[[[106.9,47.89],[106.9,47.9],[106.91,47.9],[106.91,47.89],[106.9,47.89]]]`
	// squareHole is the square with a small square hole in its middle,
	// both rings written with the wrong winding.
	squareHole = `[[[106.9,47.89],[106.9,47.9],[106.91,47.9],[106.91,47.89],[106.9,47.89]],` +
		`[[106.904,47.894],[106.906,47.894],[106.906,47.896],[106.904,47.896],[106.904,47.894]]]`
)

func feature(name, geom string) string {
	return `{"type":"Feature","properties":{"name":"` + name + `"},"geometry":` + geom + `}`
}

func polygon(coords string) string { return `{"type":"Polygon","coordinates":` + coords + `}` }

func collection(features ...string) string {
	return `{"type":"FeatureCollection","features":[` + strings.Join(features, ",") + `]}`
}

// loadCase is one input and what reading it must give.
type loadCase struct {
	name, file, in string
	kind           geo.Kind
	count          int
	names          []string // the first names, in order
	warn           string   // a warning must contain this
	crs            string   // Layer.CRS must contain this
	err            string   // the error must contain this ("" for success)
	check          func(t *testing.T, l *geo.Layer)
}

var geojsonCases = []loadCase{
	{name: "FeatureCollection", in: collection(feature("1-р хороо", polygon(squareCCW)), feature("2-р хороо", polygon(squareCCW))),
		count: 2, names: []string{"1-р хороо", "2-р хороо"}},
	{name: "single Feature", in: feature("Өлзийт", polygon(squareCCW)), count: 1, names: []string{"Өлзийт"}},
	{name: "bare geometry", in: polygon(squareCCW), count: 1, names: []string{"#1"}},
	{name: "a Feature with a stray features member", in: `{"type":"Feature","features":[],"properties":{"name":"Өлзийт"},"geometry":` + polygon(squareCCW) + `}`,
		count: 1, names: []string{"Өлзийт"}},
	{name: "a Point with a stray features member", in: `{"type":"Point","coordinates":[106.9,47.9],"features":[]}`, kind: geo.Points, count: 1},
	{name: "a Feature whose type comes after its features", in: `{"features":[` + feature("a", polygon(squareCCW)) + `,` + feature("b", polygon(squareCCW)) +
		`],"properties":{"name":"Өлзийт"},"geometry":` + polygon(squareCCW) + `,"type":"Feature"}`,
		count: 1, names: []string{"Өлзийт"}, warn: `ignored the "features" member`},
	{name: "a GeometryCollection of a line and a polygon", in: `{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"GeometryCollection","geometries":[` +
		`{"type":"LineString","coordinates":[[106.9,47.9],[106.91,47.91]]},` + polygon(squareCCW) + `]}}`,
		count: 1, warn: "dropped the lines of 1 feature that mixes lines with areas or points"},
	{name: "top-level GeometryCollection", in: `{"type":"GeometryCollection","geometries":[` + polygon(squareCCW) + `,` + polygon(squareCW) + `]}`,
		count: 2, names: []string{"#1", "#2"}},
	{name: "GeometryCollection inside a feature merges", in: feature("a", `{"type":"GeometryCollection","geometries":[`+polygon(squareCCW)+`,`+polygon(squareCCW)+`]}`),
		count: 1, check: func(t *testing.T, l *geo.Layer) {
			if n := len(l.Features[0].Geometry.(orb.MultiPolygon)); n != 2 {
				t.Errorf("got %d polygons, want 2", n)
			}
		}},
	{name: "MultiPolygon with a hole", in: feature("a", `{"type":"MultiPolygon","coordinates":[`+squareHole+`]}`),
		count: 1, warn: "reoriented 2 rings", check: func(t *testing.T, l *geo.Layer) {
			poly := l.Features[0].Geometry.(orb.MultiPolygon)[0]
			if len(poly) != 2 || poly[0].Orientation() != orb.CCW || poly[1].Orientation() != orb.CW {
				t.Errorf("want CCW exterior and CW hole, got %d rings", len(poly))
			}
		}},
	{name: "UTF-8 byte order mark", in: "\xEF\xBB\xBF" + feature("a", polygon(squareCCW)), count: 1},
	{name: "3D coordinates", in: polygon(`[[[106.9,47.89,1300],[106.91,47.89,1300],[106.91,47.9,1310],[106.9,47.89,1300]]]`),
		count: 1, warn: "heights were dropped"},
	{name: "clockwise exterior", in: polygon(squareCW), count: 1, warn: "reoriented 1 ring", check: func(t *testing.T, l *geo.Layer) {
		if o := l.Features[0].Geometry.(orb.MultiPolygon)[0][0].Orientation(); o != orb.CCW {
			t.Errorf("exterior is %v, want CCW", o)
		}
	}},
	{name: "unclosed ring", in: polygon(`[[[106.9,47.89],[106.91,47.89],[106.91,47.9],[106.9,47.9]]]`),
		count: 1, warn: "closed 1 rings", check: func(t *testing.T, l *geo.Layer) {
			r := l.Features[0].Geometry.(orb.MultiPolygon)[0][0]
			if len(r) != 5 || r[0] != r[4] {
				t.Errorf("ring not closed: %v", r)
			}
		}},
	{name: "duplicate consecutive vertices", in: polygon(`[[[106.9,47.89],[106.9,47.89],[106.91,47.89],[106.91,47.9],[106.91,47.9],[106.9,47.9],[106.9,47.89]]]`),
		count: 1, warn: "dropped 2 repeated", check: func(t *testing.T, l *geo.Layer) {
			if n := len(l.Features[0].Geometry.(orb.MultiPolygon)[0][0]); n != 5 {
				t.Errorf("got %d vertices, want 5", n)
			}
		}},
	{name: "null geometry among polygons", in: collection(feature("a", polygon(squareCCW)), feature("b", "null"), feature("c", "null")),
		count: 1, warn: "skipped 2 features with no geometry"},
	{name: "line among polygons", in: collection(feature("a", polygon(squareCCW)), feature("road", `{"type":"LineString","coordinates":[[106.9,47.9],[106.91,47.91]]}`)),
		count: 1, warn: "1 feature of line geometry"},
	{name: "degenerate ring dropped", in: collection(feature("a", polygon(squareCCW)), feature("b", polygon(`[[[106.9,47.9],[106.91,47.9],[106.9,47.9]]]`))),
		count: 1, warn: "dropped 1 rings with fewer than 3"},
	{name: "points make a points layer", in: collection(feature("Усны цэг", `{"type":"Point","coordinates":[106.93,47.95]}`)),
		kind: geo.Points, count: 1, names: []string{"Усны цэг"}},
	{name: "crs CRS84", in: `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[` + feature("a", polygon(squareCCW)) + `]}`,
		count: 1, crs: "EPSG:4326"},
	{name: "crs after the features", in: `{"type":"FeatureCollection","features":[` + feature("a", polygon(squareCCW)) + `],"crs":{"type":"name","properties":{"name":"EPSG:4326"}}}`,
		count: 1, crs: "EPSG:4326"},
	{name: "crs Web Mercator", in: `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"features":[` +
		feature("a", polygon(`[[[11900053.57,6090234.49],[11901166.77,6090234.49],[11901166.77,6091726.0],[11900053.57,6090234.49]]]`)) + `]}`,
		count: 1, crs: "EPSG:3857", check: wantNear(106.9, 47.9)},
	{name: "crs UTM 48N", in: `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::32648"}},"features":[` +
		feature("a", polygon(`[[[642002.54,5306933.02],[643000,5306933.02],[643000,5308000],[642002.54,5306933.02]]]`)) + `]}`,
		count: 1, crs: "UTM 48N", check: wantNear(106.9, 47.9)},
	{name: "old-style EPSG crs", in: `{"type":"FeatureCollection","crs":{"type":"EPSG","properties":{"code":32648}},"features":[` +
		feature("a", polygon(`[[[642002.54,5306933.02],[643000,5306933.02],[643000,5308000],[642002.54,5306933.02]]]`)) + `]}`,
		count: 1, crs: "UTM 48N", check: wantNear(106.9, 47.9)},
	{name: "crs says UTM but coordinates are degrees", in: `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32646"}},"features":[` + feature("a", polygon(squareCCW)) + `]}`,
		count: 1, warn: "coordinates were trusted", check: wantNear(106.9, 47.89)},
	{name: "API envelope", in: `{"success":true,"message":"ok","geometries":` + collection(feature("a", polygon(squareCCW))) + `}`,
		count: 1, warn: `under "geometries"`},
	{name: "array of plain objects", in: `[{"district":"Сүхбаатар","khoroo":"1-р хороо","geometry":` + polygon(squareCCW) + `},` +
		`{"district":"Сүхбаатар","khoroo":"2-р хороо","geometry":` + polygon(squareCCW) + `}]`,
		count: 2, names: []string{"1-р хороо", "2-р хороо"}, warn: "not standard GeoJSON"},
	{name: "type after coordinates", in: `{"geometry":{"coordinates":` + squareCCW + `,"type":"Polygon"},"properties":{"name":"a"},"type":"Feature"}`,
		count: 1, names: []string{"a"}},
	{name: "escapes in strings", in: feature(`\u04e8\u04af\u043d\u0434\u04e9\u0440 \"Ger\" \ud83c\udfe0`, polygon(squareCCW)), count: 1, names: []string{`Өүндөр "Ger" 🏠`}},
	{name: "nested properties are flattened", in: `{"type":"Feature","properties":{"tags":{"amenity":"clinic","name":"Эмнэлэг"}},"geometry":{"type":"Point","coordinates":[106.9,47.9]}}`,
		kind: geo.Points, count: 1, names: []string{"Эмнэлэг"}, check: func(t *testing.T, l *geo.Layer) {
			if v := l.Features[0].Props.Text("tags.amenity"); v != "clinic" {
				t.Errorf("tags.amenity = %q", v)
			}
		}},
	{name: "numbers, booleans and arrays in properties", in: `{"type":"Feature","properties":{"pop":16655,"ok":true,"none":null,"list":[1,"a"],"exp":1.5e3},"geometry":` + polygon(squareCCW) + `}`,
		count: 1, check: func(t *testing.T, l *geo.Layer) {
			p := l.Features[0].Props
			if p.Text("pop") != "16655" || p.Text("ok") != "true" || p.Text("none") != "" || p.Text("list") != "1, a" || p.Text("exp") != "1500" {
				t.Errorf("props = %v", p)
			}
		}},
	{name: "a name picked from real-world fields", in: collection(
		`{"type":"Feature","properties":{"duureg":"Баянгол","Khoroo_nam":"13-хороо"},"geometry":`+polygon(squareCCW)+`}`,
		`{"type":"Feature","properties":{"duureg":"Баянгол","Khoroo_nam":"14-р хороо"},"geometry":`+polygon(squareCCW)+`}`),
		count: 2, names: []string{"13-хороо", "14-р хороо"}},
	{name: "features without a name are numbered", in: collection(feature("", polygon(squareCCW)), feature("b", polygon(squareCCW))),
		count: 2, names: []string{"#1", "b"}},

	{name: "invalid JSON names line and column", in: "{\"type\": \"FeatureCollection\",\n  \"features\": [ }", err: "line 2, column 17: unexpected '}'"},
	{name: "missing comma", in: `{"type":"Feature" "geometry":null}`, err: "line 1, column 19: unexpected '\"', expected ',' or '}'"},
	{name: "truncated file", in: collection(feature("a", polygon(squareCCW)))[:60], err: "truncated"},
	{name: "empty collection", in: `{"type":"FeatureCollection","features":[]}`, err: "holds no features"},
	{name: "no polygons or points", in: collection(feature("road", `{"type":"LineString","coordinates":[[106.9,47.9],[106.91,47.91]]}`)), err: "holds no polygons, points or lines"},
	{name: "latitude out of range", in: collection(feature("a", polygon(squareCCW)), feature("b", polygon(`[[[106.9,95],[106.91,95],[106.91,96],[106.9,95]]]`))),
		err: "feature 2: coordinate (106.9, 95) is out of range"},
	{name: "NaN coordinate", in: collection(feature("a", polygon(`[[[106.9,NaN],[106.91,47.89],[106.91,47.9],[106.9,47.89]]]`))), err: "feature 1: coordinate (106.9, NaN) is not a finite number"},
	{name: "projected coordinates without crs", in: polygon(`[[[642002.54,5306933.02],[643000,5306933.02],[643000,5308000],[642002.54,5306933.02]]]`),
		err: "coordinates look projected"},
	{name: "unsupported crs", in: `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3395"}},"features":[` + feature("a", polygon(squareCCW)) + `]}`,
		err: "EPSG:3395, which is not supported"},
	{name: "unknown crs name", in: `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"my local grid"}},"features":[` + feature("a", polygon(squareCCW)) + `]}`,
		err: `unknown coordinate system "my local grid"`},
	{name: "deeply nested junk", in: strings.Repeat("[", 100000), err: "line 1, column 2: unexpected '[', expected '{'"},
	{name: "deeply nested coordinates", in: `{"type":"Polygon","coordinates":` + strings.Repeat("[", 100000), err: "coordinates nest deeper than"},
	{name: "deeply nested members", in: strings.Repeat(`{"a":`, 100000), err: "objects nest deeper than"},
	{name: "deeply nested properties", in: `{"type":"Feature","properties":` + strings.Repeat(`{"a":`, 5000), err: "deeper than"},
	{name: "position with one number", in: collection(feature("a", polygon(`[[[106.9],[106.91,47.89],[106.91,47.9],[106.9,47.89]]]`))),
		err: "feature 1: line 1, column 130: a position needs two numbers"},
	{name: "polygon nested wrongly", in: feature("a", `{"type":"Polygon","coordinates":[[106.9,47.89],[106.91,47.89]]}`), err: "feature 1: Polygon coordinates must be a list of rings"},
	{name: "unknown top-level type", in: `{"type":"Feature-Collection"}`, err: `unknown type "Feature-Collection"`},
	{name: "JSON that is not GeoJSON", in: `{"a":1}`, err: `no "type" member`},
	{name: "garbage after the document", in: polygon(squareCCW) + "}", err: "after the end of the JSON document"},
	{name: "PNG renamed .geojson", file: "map.geojson", in: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", err: "map.geojson: a PNG image"},
	{name: "empty file", in: "", err: "the file is empty"},
	{name: "white space only", in: " \n\t", err: "only white space"},
	{name: "plain text", in: "hello", err: `it starts with "hello"`},
	{name: "lone .shp", file: "testdata/none/hexes.shp", in: "\x00\x00\x27\x0a\x00\x00", err: ".shx, .dbf, .prj companions are missing"},
}

// wantNear checks that the layer's first vertex is close to lon, lat.
func wantNear(lon, lat float64) func(t *testing.T, l *geo.Layer) {
	return func(t *testing.T, l *geo.Layer) {
		p := l.Features[0].Geometry.(orb.MultiPolygon)[0][0][0]
		if math.Abs(p[0]-lon) > 1e-6 || math.Abs(p[1]-lat) > 1e-6 {
			t.Errorf("first vertex %v, want near (%v, %v)", p, lon, lat)
		}
	}
}

func TestGeoJSON(t *testing.T) {
	runCases(t, geojsonCases)
}

func runCases(t *testing.T, cases []loadCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			file := tc.file
			if file == "" {
				file = "test.geojson"
			}
			l, err := Read(file, strings.NewReader(tc.in), Options{})
			checkCase(t, tc, l, err)
		})
	}
}

func checkCase(t *testing.T, tc loadCase, l *geo.Layer, err error) {
	t.Helper()
	if tc.err != "" {
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Fatalf("error = %v, want one containing %q", err, tc.err)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("error has more than one line: %q", err)
		}
		return
	}
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if l.Kind != tc.kind || len(l.Features) != tc.count {
		t.Fatalf("got %d %v, want %d %v", len(l.Features), l.Kind, tc.count, tc.kind)
	}
	for i, name := range tc.names {
		if l.Features[i].Name != name {
			t.Errorf("feature %d is named %q, want %q", i+1, l.Features[i].Name, name)
		}
	}
	if tc.warn != "" && !strings.Contains(strings.Join(l.Warnings, "|"), tc.warn) {
		t.Errorf("warnings %q lack %q", l.Warnings, tc.warn)
	}
	if !strings.Contains(l.CRS, tc.crs) {
		t.Errorf("CRS = %q, want %q", l.CRS, tc.crs)
	}
	for i := range l.Features {
		checkLonLat(t, l.Features[i].Geometry)
	}
	if tc.check != nil {
		tc.check(t, l)
	}
}

func checkLonLat(t *testing.T, g orb.Geometry) {
	t.Helper()
	ok := true
	switch g := g.(type) {
	case orb.Point:
		ok = geo.ValidLonLat(g)
	case orb.MultiPolygon:
		for _, poly := range g {
			for _, r := range poly {
				ok = ok && len(r) >= 4 && r[0] == r[len(r)-1]
				for _, p := range r {
					ok = ok && geo.ValidLonLat(p)
				}
			}
		}
	default:
		ok = false
	}
	if !ok {
		t.Errorf("geometry is not valid lon/lat with closed rings: %v", g)
	}
}

func TestAttribution(t *testing.T) {
	in := `{"type":"FeatureCollection","attribution":"© OpenStreetMap contributors","license":"ODbL 1.0","features":[` +
		`{"type":"Feature","properties":{"attribution":"not this"},"geometry":{"type":"Point","coordinates":[106.9,47.9]}}]}`
	l, err := Read("osm.geojson", strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Attribution != "© OpenStreetMap contributors; ODbL 1.0" {
		t.Errorf("attribution %q", l.Attribution)
	}
}
