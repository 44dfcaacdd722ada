package store

import (
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/streets"
)

func sampleStreets() []streets.Feature {
	return []streets.Feature{
		{ID: 11, Class: streets.Primary, NameMN: "Энхтайваны өргөн чөлөө", Name: "Энхтайваны өргөн чөлөө", NameEN: "Peace Avenue",
			Geometry: orb.LineString{{106.90, 47.918}, {106.93, 47.918}}},
		{ID: 12, Class: streets.Building, Number: "14",
			Geometry: orb.Polygon{{{106.91, 47.919}, {106.911, 47.919}, {106.911, 47.9195}, {106.91, 47.919}}}},
		{ID: 13, Class: streets.Place, Name: "Сүхбаатар", Geometry: orb.Point{106.917, 47.92}},
		// a multipolygon relation (negative id): a lake with an island
		{ID: -14, Class: streets.Water, Name: "Өргөө нуур", Geometry: orb.Polygon{
			{{106.90, 47.90}, {106.91, 47.90}, {106.91, 47.906}, {106.90, 47.906}, {106.90, 47.90}},
			{{106.904, 47.902}, {106.904, 47.904}, {106.906, 47.904}, {106.906, 47.902}, {106.904, 47.902}}}},
	}
}

func TestStreetsRoundTrip(t *testing.T) {
	p := newProject(t)
	if s, err := p.Streets(); err != nil || s != nil {
		t.Fatalf("a new project's street map: %v, %v; want none", s, err)
	}
	want := streets.NewSet(sampleStreets())
	if err := p.PutStreets(want, "ub.osm.pbf"); err != nil {
		t.Fatal(err)
	}
	// a second prepare replaces the first
	if err := p.PutStreets(streets.NewSet(sampleStreets()), "ub.osm.pbf"); err != nil {
		t.Fatal(err)
	}
	got, err := p.Streets()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Features, want.Features) {
		t.Errorf("read back %+v\nwant %+v", got.Features, want.Features)
	}
	if ls, err := p.Layers(); err != nil || len(ls) != 0 {
		t.Errorf("the street map shows as %d boundary layers (%v)", len(ls), err)
	}
}

func TestStreetsBrokenRow(t *testing.T) {
	p := newProject(t)
	if err := p.PutStreets(streets.NewSet(sampleStreets()), "ub.osm.pbf"); err != nil {
		t.Fatal(err)
	}
	if _, err := p.db.Exec(`UPDATE osm_streets SET geom = x'47500001' WHERE fid = 2`); err != nil {
		t.Fatal(err)
	}
	_, err := p.Streets()
	if err == nil || !strings.Contains(err.Error(), "row 2") || !strings.HasPrefix(err.Error(), "store: ") {
		t.Errorf("a broken geometry: %v, want an error naming row 2", err)
	}
}

func TestGDALReadsTheStreets(t *testing.T) {
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("ogrinfo not installed")
	}
	p := newProject(t)
	if err := p.PutStreets(streets.NewSet(sampleStreets()), "ub.osm.pbf"); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("ogrinfo", "-ro", "-al", "-where", "class = 'primary'", p.Path(), "osm_streets").CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo: %v\n%s", err, out)
	}
	for _, w := range []string{"Feature Count: 1", "Энхтайваны өргөн чөлөө", "Peace Avenue", "LINESTRING (106.9 47.918,106.93 47.918)"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("ogrinfo does not show %q:\n%s", w, out)
		}
	}
}

// A second prepare replaces the table and its R-tree; the project opens
// again and GDAL's validator finds nothing wrong.
func TestStreetsReplaced(t *testing.T) {
	p := newProject(t)
	for i := 0; i < 2; i++ {
		if err := p.PutStreets(streets.NewSet(sampleStreets()), "ub.osm.pbf"); err != nil {
			t.Fatalf("prepare %d: %v", i+1, err)
		}
	}
	var n int
	if err := p.db.QueryRow(`SELECT count(*) FROM rtree_osm_streets_geom`).Scan(&n); err != nil || n != len(sampleStreets()) {
		t.Errorf("the R-tree holds %d rows (%v), want %d", n, err, len(sampleStreets()))
	}
	path := p.Path()
	p.Close()
	again, err := Open(path)
	if err != nil {
		t.Fatalf("reopening: %v", err)
	}
	again.Close()
	if _, err := exec.LookPath("/usr/bin/python3"); err != nil {
		return
	}
	out, err := exec.Command("/usr/bin/python3", "-m", "osgeo_utils.samples.validate_gpkg", "--extra", path).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		if strings.Contains(string(out), "No module named") {
			t.Skip("python3-gdal not installed")
		}
		t.Errorf("validate_gpkg: %v\n%s", err, out)
	}
}
