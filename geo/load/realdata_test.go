package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// realDir returns ../shared/data/real beside the repository, skipping the
// test when it is absent (a user's fresh clone has no ../shared).
func realDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs("../../../shared/data/real")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/data/real beside the repository")
	}
	return dir
}

// Ulaanbaatar's extent, exclaves included, with a little margin.
var ubBound = orb.Bound{Min: orb.Point{106.3, 47.25}, Max: orb.Point{108.6, 48.35}}

// Mongolia's extent.
var mongoliaBound = orb.Bound{Min: orb.Point{87.5, 41.5}, Max: orb.Point{120, 52.2}}

func within(b, outer orb.Bound) bool {
	return outer.Contains(b.Min) && outer.Contains(b.Max)
}

// realFile is what the data README says about one file.
type realFile struct {
	path      string
	kind      geo.Kind
	features  int
	nameField string
	bound     orb.Bound
	crs, warn string
	err       string
	check     func(t *testing.T, l *geo.Layer)
}

var realFiles = []realFile{
	{path: "khoroo-map/khoroos.geojson", features: 204, nameField: "khoroo", bound: ubBound},
	{path: "khoroo-map/khoroos.json", features: 204, nameField: "khoroo", bound: ubBound, warn: "not standard GeoJSON"},
	{path: "c2m2_backend/Ulaanbaatar_districts.geojson", features: 9, nameField: "duureg", bound: ubBound, check: wantNames("Баянзүрх", "Сүхбаатар", "Налайх")},
	{path: "c2m2_backend/Ulaanbaatar.geojson", features: 1, bound: ubBound, crs: "EPSG:4326 (WGS84 lon/lat)", check: func(t *testing.T, l *geo.Layer) {
		if n := len(l.Features[0].Geometry.(orb.MultiPolygon)); n != 3 {
			t.Errorf("the city outline has %d parts, want 3", n)
		}
		if strings.Contains(l.CRS, "assumed") {
			t.Errorf("the legacy crs member was not read: %q", l.CRS)
		}
	}},
	{path: "c2m2_mobile/mongoliahealth.json", kind: geo.Points, features: 207, nameField: "tags.name", bound: ubBound, warn: `under "geometries"`},
	{path: "c2m2_mobile/mongoliapharmacy.json", kind: geo.Points, features: 199, nameField: "tags.name", bound: ubBound, warn: `under "geometries"`},
	{path: "c2m2_mobile/adminBoundary.json", err: "holds no polygons, points or lines"},
	{path: "bilgee/mongolia.prefectures.geojson", features: 24, nameField: "prefecture", bound: mongoliaBound, warn: "reoriented", check: wantNames("Arkhangai")},
	{path: "bilgee/mongolia.geojson", features: 1, bound: mongoliaBound},
	{path: "greenzone/mn.json", features: 22, nameField: "name", bound: mongoliaBound, check: wantNames("Dornod")},
	{path: "greenzone/provinces.json", features: 22, bound: mongoliaBound},
	{path: "greenzone/green_zone_hex_map.geojson", features: 244, crs: "UTM 46N", bound: westernMongolia},
	{path: "greenzone/converted_to_wgs84_geojson.json", features: 244, bound: westernMongolia, warn: "coordinates were trusted"},
	{path: "greenzone/convertedData.json", features: 244, bound: westernMongolia, crs: "EPSG:4326"},
	{path: "greenzone/greenzone_hex_map.shp", err: "a shapefile (.shp); Khoroo Map reads GeoJSON, KML/KMZ and TopoJSON"},
	{path: "topojson/mongolia.topo.json", features: 22, nameField: "name", bound: mongoliaBound, check: wantNames("Dornod")},
	{path: "khoroo_kml_ublight_2021/bgd.kml", features: 25, nameField: "name", bound: ubBound, warn: "heights were dropped", check: func(t *testing.T, l *geo.Layer) {
		if l.Features[0].Props.Text("KHOROO_POP") == "" || l.Features[0].Props.Text("DUUREG") != "Баянгол" {
			t.Errorf("description table not read: %v", l.Features[0].Props)
		}
	}},
	{path: "khoroo_kml_ublight_2021/bzd.kml", features: 42, nameField: "name", bound: ubBound,
		warn:  "skipped 43 features of point geometry among the polygons (label points?), 1 feature of line geometry (neither area nor point), 1 feature with empty <coordinates>",
		check: wantNames("26-р хороо")},
	{path: "khoroo_kml_ublight_2021/hud.kml", features: 25, nameField: "name", bound: ubBound, warn: "2 features with empty <coordinates>"},
}

// westernMongolia holds the greenzone hexagons (UTM zone 46N).
var westernMongolia = orb.Bound{Min: orb.Point{93, 45.5}, Max: orb.Point{97, 48}}

func wantNames(names ...string) func(t *testing.T, l *geo.Layer) {
	return func(t *testing.T, l *geo.Layer) {
		have := map[string]bool{}
		for _, f := range l.Features {
			have[f.Name] = true
		}
		for _, n := range names {
			if !have[n] {
				t.Errorf("no feature named %q", n)
			}
		}
	}
}

func TestRealFiles(t *testing.T) {
	dir := realDir(t)
	for _, rf := range realFiles {
		t.Run(rf.path, func(t *testing.T) {
			l, err := File(filepath.Join(dir, rf.path), Options{})
			if rf.err != "" {
				if err == nil || !strings.Contains(err.Error(), rf.err) || !strings.Contains(err.Error(), filepath.Base(rf.path)) {
					t.Fatalf("error = %v, want one naming the file and saying %q", err, rf.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if l.Kind != rf.kind || len(l.Features) != rf.features || l.NameField != rf.nameField {
				t.Errorf("got %d %v named by %q, want %d %v named by %q", len(l.Features), l.Kind, l.NameField, rf.features, rf.kind, rf.nameField)
			}
			if !within(l.Bound, rf.bound) {
				t.Errorf("bound %v is not within %v", l.Bound, rf.bound)
			}
			if !strings.Contains(l.CRS, rf.crs) {
				t.Errorf("CRS %q, want %q", l.CRS, rf.crs)
			}
			if rf.warn != "" && !strings.Contains(strings.Join(l.Warnings, "|"), rf.warn) {
				t.Errorf("warnings %q lack %q", l.Warnings, rf.warn)
			}
			for i := range l.Features {
				checkLonLat(t, l.Features[i].Geometry)
			}
			if rf.check != nil {
				rf.check(t, l)
			}
		})
	}
}

// The older boundary set has 171 khoroos across nine district files,
// three of them MultiPolygons.
func TestRealAdminLevel3(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realDir(t), "c2m2_backend/adminLevel3/*.json"))
	if len(files) != 9 {
		t.Fatalf("found %d district files, want 9", len(files))
	}
	total, multi := 0, 0
	for _, f := range files {
		l, err := File(f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if l.NameField != "Khoroo_nam" || !within(l.Bound, ubBound) {
			t.Errorf("%s: named by %q, bound %v", f, l.NameField, l.Bound)
		}
		total += len(l.Features)
		for _, ft := range l.Features {
			if len(ft.Geometry.(orb.MultiPolygon)) > 1 {
				multi++
			}
		}
	}
	if total != 171 || multi != 3 {
		t.Errorf("got %d khoroos with %d MultiPolygons, want 171 and 3", total, multi)
	}
}

// Each district file of adminLevel2 is a bare Feature.
func TestRealAdminLevel2(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realDir(t), "c2m2_backend/adminLevel2/*.json"))
	if len(files) != 9 {
		t.Fatalf("found %d district files, want 9", len(files))
	}
	for _, f := range files {
		l, err := File(f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Features) != 1 || l.NameField != "duureg" {
			t.Errorf("%s: %d features named by %q", f, len(l.Features), l.NameField)
		}
	}
}

// The city's KML files hold about 190 khoroos between them, every one named.
func TestRealKML(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realDir(t), "khoroo_kml_ublight_2021/*.kml"))
	if len(files) != 10 {
		t.Fatalf("found %d KML files, want 10", len(files))
	}
	total := 0
	for _, f := range files {
		l, err := File(f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !within(l.Bound, ubBound) {
			t.Errorf("%s: bound %v outside Ulaanbaatar", f, l.Bound)
		}
		total += len(l.Features)
	}
	if total != 190 {
		t.Errorf("got %d khoroo polygons, want 190", total)
	}
}

// The three greenzone GeoJSON files are the same hexagons: converting the
// UTM one must land where the WGS84 ones are.
func TestRealUTMMatchesWGS84(t *testing.T) {
	dir := realDir(t)
	utm, err := File(filepath.Join(dir, "greenzone/green_zone_hex_map.geojson"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	wgs, err := File(filepath.Join(dir, "greenzone/convertedData.json"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range utm.Features {
		a := utm.Features[i].Geometry.(orb.MultiPolygon)[0][0][0]
		b := wgs.Features[i].Geometry.(orb.MultiPolygon)[0][0][0]
		// 1e-6 degrees is about 10 cm.
		if d := max(abs(a[0]-b[0]), abs(a[1]-b[1])); d > 1e-6 {
			t.Fatalf("hexagon %d: UTM converts to %v, WGS84 file has %v", i+1, a, b)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// Searching the real khoroo file in Latin finds one khoroo of one district.
func TestRealSearch(t *testing.T) {
	l, err := File(filepath.Join(realDir(t), "khoroo-map/khoroos.geojson"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int{"sukhbaatar 6-r khoroo": 1, "Баянзүрх": 43, "bayanzurkh 43-r": 1} {
		n := 0
		for i := range l.Features {
			if geo.MatchFeature(&l.Features[i], q) {
				n++
			}
		}
		if n != want {
			t.Errorf("%q matches %d khoroos, want %d", q, n, want)
		}
	}
}
